<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Disable the account of %1 until someone enables it again?</source>
        <translation>Désactiver le compte de %1 jusqu&apos;à ce que quelqu&apos;un le réactive ?</translation>
    </message>
    <message>
        <source>Disable the account of %1 through %2?</source>
        <translation>Désactiver le compte de %1 jusqu&apos;au %2 inclus ?</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
    <message>
        <source>Let %1 sign in again?</source>
        <translation>Permettre à %1 de se connecter à nouveau ?</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut à nouveau se connecter.</translation>
    </message>
    <message>
        <source>Remove the PIN of %1? They will sign in with their card number only.</source>
        <translation>Supprimer le code PIN de %1 ? La connexion se fera avec le numéro de carte seul.</translation>
    </message>
    <message>
        <source>Replace the PIN of %1 with the new one?</source>
        <translation>Remplacer le code PIN de %1 par le nouveau ?</translation>
    </message>
    <message>
        <source>The PIN of %1 was removed.</source>
        <translation>Le code PIN de %1 a été supprimé.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau code PIN.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>AllowanceForm</name>
    <message>
        <source>Minutes per &amp;session</source>
        <translation>Minutes par &amp;session</translation>
    </message>
    <message>
        <source>Minutes per &amp;day</source>
        <translation>Minutes par &amp;jour</translation>
    </message>
    <message>
        <source>Minutes per &amp;week</source>
        <translation>Minutes par s&amp;emaine</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>With 0 minutes, these visitors cannot sign in at all.</source>
        <translation>Avec 0 minute, ces visiteurs ne peuvent pas se connecter du tout.</translation>
    </message>
    <message>
        <source>A session never lasts longer than what is left of the day.</source>
        <translation>Une session ne dure jamais plus longtemps que ce qu&apos;il reste de la journée.</translation>
    </message>
    <message>
        <source>A day never gives more than what is left of the week.</source>
        <translation>Une journée n&apos;accorde jamais plus que ce qu&apos;il reste de la semaine.</translation>
    </message>
</context>
<context>
    <name>AllowanceGrid</name>
    <message>
        <source>City-wide: %1</source>
        <translation>Toute la Ville : %1</translation>
    </message>
    <message>
        <source>This category has no allowances of its own: it gets those of every other category.</source>
        <translation>Cette catégorie n&apos;a pas de temps autorisé propre : elle reçoit celui de « Toutes les autres catégories ».</translation>
    </message>
    <message>
        <source>Every other category</source>
        <translation>Toutes les autres catégories</translation>
    </message>
    <message>
        <source>Guest (tickets)</source>
        <translation>Invité (tickets)</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <source>This site — city-wide: %1 · %2 · %3</source>
        <translation>Ce site — toute la Ville : %1 · %2 · %3</translation>
    </message>
    <message>
        <source>This site (as every other category)</source>
        <translation>Ce site (comme les autres catégories)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toute la Ville</translation>
    </message>
    <message>
        <source>Inherited from the city</source>
        <translation>Hérité de la Ville</translation>
    </message>
    <message>
        <source>City-wide (as every other category)</source>
        <translation>Toute la Ville (comme les autres catégories)</translation>
    </message>
    <message>
        <source>Inherited from the city (as every other category)</source>
        <translation>Hérité de la Ville (comme les autres catégories)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Par session</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Provient de</translation>
    </message>
    <message>
        <source>Time allowances by category</source>
        <translation>Temps autorisé par catégorie</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Add an app</source>
        <translation>Ajouter une application</translation>
    </message>
    <message>
        <source>Change an app</source>
        <translation>Modifier une application</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “.”, “_” and “-”, e.g. libreoffice-writer.</source>
        <translation>Lettres minuscules, chiffres, « . », « _ » et « - », p. ex. libreoffice-writer.</translation>
    </message>
    <message>
        <source>Profiles and computers name the app by its id: it cannot change.</source>
        <translation>Les profils et les ordinateurs désignent l&apos;application par son identifiant : il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Ic&amp;on</source>
        <translation>Ic&amp;ône</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>An icon name of the desktop theme (e.g. firefox) or a path on the computers.</source>
        <translation>Un nom d&apos;icône du thème du bureau (p. ex. firefox) ou un chemin sur les ordinateurs.</translation>
    </message>
    <message>
        <source>Name shown to visitors</source>
        <translation>Nom affiché aux visiteurs</translation>
    </message>
    <message>
        <source>At least one. Visitors see the name in their language, else in French.</source>
        <translation>Au moins un. Les visiteurs voient le nom dans leur langue, sinon en français.</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>&amp;Dutch</source>
        <translation>&amp;Néerlandais</translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation>Nom en néerlandais</translation>
    </message>
    <message>
        <source>E&amp;nglish</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>At least one. A computer only offers the app if it has a command for it.</source>
        <translation>Au moins une. Un ordinateur ne propose l&apos;application que s&apos;il a une commande pour la lancer.</translation>
    </message>
    <message>
        <source>&amp;Linux</source>
        <translation>&amp;Linux</translation>
    </message>
    <message>
        <source>Command on Linux</source>
        <translation>Commande sous Linux</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Windows</translation>
    </message>
    <message>
        <source>Command on Windows</source>
        <translation>Commande sous Windows</translation>
    </message>
    <message>
        <source>&amp;Programs the app may start</source>
        <translation>&amp;Programmes que l&apos;application peut lancer</translation>
    </message>
    <message>
        <source>Programs the app may start</source>
        <translation>Programmes que l&apos;application peut lancer</translation>
    </message>
    <message>
        <source>One per line: process names or paths (e.g. firefox, firefox.exe). During a session the computer stops any other program.</source>
        <translation>Un par ligne : noms de processus ou chemins (p. ex. firefox, firefox.exe). Pendant une session, l&apos;ordinateur arrête tout autre programme.</translation>
    </message>
    <message>
        <source>Give the app a name in one language at least.</source>
        <translation>Donnez un nom à l&apos;application dans au moins une langue.</translation>
    </message>
    <message>
        <source>Give the command line for Linux or Windows.</source>
        <translation>Indiquez la ligne de commande pour Linux ou Windows.</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter or a digit.</source>
        <translation>Utilisez de 1 à 64 lettres minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Another app has this id already. Choose another id.</source>
        <translation>Une autre application a déjà cet identifiant. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The server refused the app: it needs a name in one language at least and a command line.</source>
        <translation>Le serveur a refusé l&apos;application : il lui faut un nom dans au moins une langue et une ligne de commande.</translation>
    </message>
    <message>
        <source>The icon may have up to 300 characters.</source>
        <translation>L&apos;icône peut compter jusqu&apos;à 300 caractères.</translation>
    </message>
    <message>
        <source>A name may have up to 100 characters.</source>
        <translation>Un nom peut compter jusqu&apos;à 100 caractères.</translation>
    </message>
    <message>
        <source>A command line may have up to 1000 characters.</source>
        <translation>Une ligne de commande peut compter jusqu&apos;à 1000 caractères.</translation>
    </message>
    <message>
        <source>Up to 50 programs, each a name or path of up to 260 characters.</source>
        <translation>Jusqu&apos;à 50 programmes, chacun un nom ou un chemin de 260 caractères au plus.</translation>
    </message>
    <message>
        <source>The server refused a value. Check the form.</source>
        <translation>Le serveur a refusé une valeur. Vérifiez le formulaire.</translation>
    </message>
</context>
<context>
    <name>AppsPanel</name>
    <message>
        <source>none</source>
        <extracomment>Columns: id (with the icon), a name per language, a command per platform, processes, profiles. What the pane under the table says of the selected app, whole.</extracomment>
        <translation>néant</translation>
    </message>
    <message>
        <source>App “%1” added.</source>
        <translation>Application « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>App “%1” saved.</source>
        <translation>Application « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Delete the app “%1”?</source>
        <translation>Supprimer l&apos;application « %1 » ?</translation>
    </message>
    <message>
        <source>It is taken out of these profiles: %1. Visitors of these profiles no longer see it.</source>
        <translation>Elle est retirée de ces profils : %1. Les visiteurs de ces profils ne la voient plus.</translation>
    </message>
    <message>
        <source>No profile uses it.</source>
        <translation>Aucun profil ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>Its usage statistics are kept.</source>
        <translation>Ses statistiques d&apos;utilisation sont conservées.</translation>
    </message>
    <message>
        <source>App “%1” deleted.</source>
        <translation>Application « %1 » supprimée.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Id, name, command or program (Ctrl+F)</source>
        <translation>Identifiant, nom, commande ou programme (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an app</source>
        <translation>Rechercher une application</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Command on Linux:</source>
        <translation>Commande sous Linux :</translation>
    </message>
    <message>
        <source>Command on Windows:</source>
        <translation>Commande sous Windows :</translation>
    </message>
    <message>
        <source>Programs allowed:</source>
        <translation>Programmes autorisés :</translation>
    </message>
    <message>
        <source>In the profiles:</source>
        <translation>Dans les profils :</translation>
    </message>
    <message>
        <source>&amp;Add app…</source>
        <translation>&amp;Ajouter une application…</translation>
    </message>
    <message>
        <source>Add an app to the catalogue (Ctrl+N)</source>
        <translation>Ajouter une application au catalogue (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Open the selected app (Enter or double-click)</source>
        <translation>Ouvrir l&apos;application sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected app (Delete)</source>
        <translation>Supprimer l&apos;application sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>No app in the catalogue yet. Add one with “Add app…” (Ctrl+N).</source>
        <translation>Aucune application dans le catalogue. Ajoutez-en une avec « Ajouter une application… » (Ctrl+N).</translation>
    </message>
    <message>
        <source>No app in the catalogue yet. An administrator adds them.</source>
        <translation>Aucune application dans le catalogue. Un administrateur les ajoute.</translation>
    </message>
</context>
<context>
    <name>AssignBox</name>
    <message>
        <source>Every site (city-wide)</source>
        <translation>Tous les sites (toute la Ville)</translation>
    </message>
    <message>
        <source>Nobody yet: give it with the form below.</source>
        <translation>Personne pour l&apos;instant : attribuez-le avec le formulaire ci-dessous.</translation>
    </message>
    <message>
        <source>Visitor %1 (their own profile)</source>
        <translation>Visiteur %1 (son propre profil)</translation>
    </message>
    <message>
        <source>every site</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>Everyone, by default — %1</source>
        <translation>Tout le monde, par défaut — %1</translation>
    </message>
    <message>
        <source>Category %1 — %2</source>
        <translation>Catégorie %1 — %2</translation>
    </message>
    <message>
        <source>Only an administrator takes back a profile given city-wide.</source>
        <translation>Seul un administrateur peut retirer un profil attribué pour toute la Ville.</translation>
    </message>
    <message>
        <source>Take back the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Type the visitor&apos;s card number or identifier.</source>
        <translation>Tapez le numéro de carte ou l&apos;identifiant du visiteur.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Profile “%1” taken back.</source>
        <translation>Profil « %1 » retiré.</translation>
    </message>
    <message>
        <source>Profile “%1” given.</source>
        <translation>Profil « %1 » attribué.</translation>
    </message>
    <message>
        <source>No visitor has this identifier (guest tickets cannot have one).</source>
        <translation>Aucun visiteur n&apos;a cet identifiant (les tickets invités ne peuvent pas en avoir).</translation>
    </message>
    <message>
        <source>You may give profiles only at your own sites.</source>
        <translation>Vous ne pouvez attribuer des profils que dans vos propres sites.</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Take &amp;back</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Give to</source>
        <translation>A&amp;ttribuer à</translation>
    </message>
    <message>
        <source>A visitor category</source>
        <translation>Une catégorie de visiteurs</translation>
    </message>
    <message>
        <source>Everyone (default profile)</source>
        <translation>Tout le monde (profil par défaut)</translation>
    </message>
    <message>
        <source>One visitor</source>
        <translation>Un visiteur</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Où</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>&amp;Visiteur</translation>
    </message>
    <message>
        <source>Card number or identifier</source>
        <translation>Numéro de carte ou identifiant</translation>
    </message>
    <message>
        <source>G&amp;ive</source>
        <translation>Attri&amp;buer</translation>
    </message>
    <message>
        <source>Give the profile as the form says (Enter in the visitor field)</source>
        <translation>Attribuer le profil comme l&apos;indique le formulaire (Entrée dans le champ du visiteur)</translation>
    </message>
    <message>
        <source>Which profiles a visitor gets: their own first; else their category&apos;s at the site, then city-wide; else the default ones.</source>
        <translation>Les profils d&apos;un visiteur : d&apos;abord les siens ; sinon ceux de sa catégorie sur le site, puis pour toute la Ville ; sinon ceux par défaut.</translation>
    </message>
    <message>
        <source>“%1” is given to</source>
        <translation>« %1 » est attribué à</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Done by the server itself or with the epn command on the server</source>
        <translation>Fait par le serveur lui-même ou avec la commande epn sur le serveur</translation>
    </message>
    <message>
        <source>Signed in to the console</source>
        <extracomment>Keys never shown, even though the server already keeps secrets out of the log.</extracomment>
        <translation>S&apos;est connecté à la console</translation>
    </message>
    <message>
        <source>Signed in on a computer&apos;s staff panel</source>
        <translation>S&apos;est connecté au panneau du personnel d&apos;un ordinateur</translation>
    </message>
    <message>
        <source>Extended a session</source>
        <translation>A prolongé une session</translation>
    </message>
    <message>
        <source>Ended a session</source>
        <translation>A terminé une session</translation>
    </message>
    <message>
        <source>Set a session&apos;s time left</source>
        <translation>A fixé le temps restant d&apos;une session</translation>
    </message>
    <message>
        <source>Sent a message to a computer</source>
        <translation>A envoyé un message à un ordinateur</translation>
    </message>
    <message>
        <source>Locked a computer</source>
        <translation>A verrouillé un ordinateur</translation>
    </message>
    <message>
        <source>Unlocked a computer</source>
        <translation>A déverrouillé un ordinateur</translation>
    </message>
    <message>
        <source>Put a computer out of order</source>
        <translation>A mis un ordinateur hors service</translation>
    </message>
    <message>
        <source>Put a computer back in service</source>
        <translation>A remis un ordinateur en service</translation>
    </message>
    <message>
        <source>Signed a visitor in from the desk</source>
        <translation>A connecté un visiteur depuis l&apos;accueil</translation>
    </message>
    <message>
        <source>Answered a call for the desk</source>
        <translation>A répondu à un appel à l&apos;accueil</translation>
    </message>
    <message>
        <source>Lifted a sign-in lockout</source>
        <translation>A levé un blocage de connexion</translation>
    </message>
    <message>
        <source>Issued an enrolment code for a site&apos;s computers</source>
        <translation>A créé un code d&apos;inscription pour les ordinateurs d&apos;un site</translation>
    </message>
    <message>
        <source>Opened a computer for maintenance</source>
        <translation>A ouvert un ordinateur pour la maintenance</translation>
    </message>
    <message>
        <source>Stopped the kiosk program for maintenance</source>
        <translation>A arrêté le programme kiosque pour la maintenance</translation>
    </message>
    <message>
        <source>Added a computer</source>
        <translation>A ajouté un ordinateur</translation>
    </message>
    <message>
        <source>Changed the apps of a computer</source>
        <translation>A modifié les applications d&apos;un ordinateur</translation>
    </message>
    <message>
        <source>Issued an enrolment code for a computer</source>
        <translation>A créé un code d&apos;inscription pour un ordinateur</translation>
    </message>
    <message>
        <source>Enrolled a computer</source>
        <translation>A inscrit un ordinateur</translation>
    </message>
    <message>
        <source>Revoked a computer&apos;s access</source>
        <translation>A révoqué l&apos;accès d&apos;un ordinateur</translation>
    </message>
    <message>
        <source>Created guest tickets</source>
        <translation>A créé des tickets invités</translation>
    </message>
    <message>
        <source>Added a visitor</source>
        <translation>A ajouté un visiteur</translation>
    </message>
    <message>
        <source>Edited a visitor</source>
        <translation>A modifié un visiteur</translation>
    </message>
    <message>
        <source>Disabled a visitor&apos;s account</source>
        <translation>A désactivé le compte d&apos;un visiteur</translation>
    </message>
    <message>
        <source>Enabled a visitor&apos;s account</source>
        <translation>A réactivé le compte d&apos;un visiteur</translation>
    </message>
    <message>
        <source>Changed a visitor&apos;s PIN</source>
        <translation>A changé le code PIN d&apos;un visiteur</translation>
    </message>
    <message>
        <source>Imported visitors</source>
        <translation>A importé des visiteurs</translation>
    </message>
    <message>
        <source>Exported the visitors</source>
        <translation>A exporté les visiteurs</translation>
    </message>
    <message>
        <source>Added a site</source>
        <translation>A ajouté un site</translation>
    </message>
    <message>
        <source>Changed a site&apos;s opening hours</source>
        <translation>A modifié les heures d&apos;ouverture d&apos;un site</translation>
    </message>
    <message>
        <source>Changed a site&apos;s texts</source>
        <translation>A modifié les textes d&apos;un site</translation>
    </message>
    <message>
        <source>Changed a site&apos;s ready-made messages</source>
        <translation>A modifié les messages types d&apos;un site</translation>
    </message>
    <message>
        <source>Changed a site&apos;s minutes for bookings and the queue</source>
        <translation>A modifié les minutes des réservations et de la file d&apos;attente d&apos;un site</translation>
    </message>
    <message>
        <source>Booked computers</source>
        <translation>A réservé des ordinateurs</translation>
    </message>
    <message>
        <source>Cancelled a booking</source>
        <translation>A annulé une réservation</translation>
    </message>
    <message>
        <source>A visitor took up a booked computer</source>
        <translation>Un visiteur a pris l&apos;ordinateur réservé pour lui</translation>
    </message>
    <message>
        <source>Released a booked computer not taken up in time</source>
        <translation>A libéré un ordinateur réservé qui n&apos;a pas été pris à temps</translation>
    </message>
    <message>
        <source>Released a computer held for the queue, not taken up in time</source>
        <translation>A libéré un ordinateur gardé pour la file d&apos;attente, pas pris à temps</translation>
    </message>
    <message>
        <source>Gave a queue number</source>
        <translation>A donné un numéro de file d&apos;attente</translation>
    </message>
    <message>
        <source>Called a queue number to a computer</source>
        <translation>A appelé un numéro de la file vers un ordinateur</translation>
    </message>
    <message>
        <source>Cancelled a queue number</source>
        <translation>A annulé un numéro de file d&apos;attente</translation>
    </message>
    <message>
        <source>Moved a queue number to the end of the line</source>
        <translation>A remis un numéro en fin de file</translation>
    </message>
    <message>
        <source>Marked a queue number as served</source>
        <translation>A indiqué qu&apos;un numéro de la file a été servi</translation>
    </message>
    <message>
        <source>Changed a site&apos;s no-show rule</source>
        <translation>A modifié la règle des absences non signalées d&apos;un site</translation>
    </message>
    <message>
        <source>Changed a site&apos;s public page</source>
        <translation>A modifié la page publique d'un site</translation>
    </message>
    <message>
        <source>Changed a site&apos;s logo</source>
        <translation>A modifié le logo d'un site</translation>
    </message>
    <message>
        <source>Started a class</source>
        <translation>A commencé une classe</translation>
    </message>
    <message>
        <source>Ended a class</source>
        <translation>A terminé une classe</translation>
    </message>
    <message>
        <source>Erased a visitor&apos;s account</source>
        <translation>A effacé le compte d'un visiteur</translation>
    </message>
    <message>
        <source>Applied the retention periods (old usage made anonymous)</source>
        <translation>A appliqué les durées de conservation (ancienne utilisation rendue anonyme)</translation>
    </message>
    <message>
        <source>Planned a workshop</source>
        <translation>A programmé un atelier</translation>
    </message>
    <message>
        <source>Edited a workshop</source>
        <translation>A modifié un atelier</translation>
    </message>
    <message>
        <source>Cancelled a workshop or one of its dates</source>
        <translation>A annulé un atelier ou une de ses dates</translation>
    </message>
    <message>
        <source>Registered someone for a workshop</source>
        <translation>A inscrit quelqu&apos;un à un atelier</translation>
    </message>
    <message>
        <source>Cancelled a registration for a workshop</source>
        <translation>A annulé une inscription à un atelier</translation>
    </message>
    <message>
        <source>Moved someone from a workshop&apos;s waiting list to a place</source>
        <translation>A donné une place à quelqu&apos;un de la liste d&apos;attente d&apos;un atelier</translation>
    </message>
    <message>
        <source>Marked attendance at a workshop</source>
        <translation>A noté une présence à un atelier</translation>
    </message>
    <message>
        <source>Added or renamed a workshop theme</source>
        <translation>A ajouté ou renommé un thème d&apos;atelier</translation>
    </message>
    <message>
        <source>Removed a workshop theme</source>
        <translation>A supprimé un thème d&apos;atelier</translation>
    </message>
    <message>
        <source>Changed a time policy</source>
        <translation>A modifié une règle de temps</translation>
    </message>
    <message>
        <source>Removed a time policy</source>
        <translation>A supprimé une règle de temps</translation>
    </message>
    <message>
        <source>Changed session rules</source>
        <translation>A modifié des règles de session</translation>
    </message>
    <message>
        <source>Removed session rules</source>
        <translation>A supprimé des règles de session</translation>
    </message>
    <message>
        <source>Added an app profile</source>
        <translation>A ajouté un profil d&apos;applications</translation>
    </message>
    <message>
        <source>Removed an app profile</source>
        <translation>A supprimé un profil d&apos;applications</translation>
    </message>
    <message>
        <source>Changed the apps of a profile</source>
        <translation>A modifié les applications d&apos;un profil</translation>
    </message>
    <message>
        <source>Gave an app profile</source>
        <translation>A attribué un profil d&apos;applications</translation>
    </message>
    <message>
        <source>Took back an app profile</source>
        <translation>A retiré un profil d&apos;applications</translation>
    </message>
    <message>
        <source>Added an app to the catalogue</source>
        <translation>A ajouté une application au catalogue</translation>
    </message>
    <message>
        <source>Changed an app of the catalogue</source>
        <translation>A modifié une application du catalogue</translation>
    </message>
    <message>
        <source>Removed an app from the catalogue</source>
        <translation>A retiré une application du catalogue</translation>
    </message>
    <message>
        <source>Added a visitor category</source>
        <translation>A ajouté une catégorie de visiteurs</translation>
    </message>
    <message>
        <source>Added a staff account</source>
        <translation>A ajouté un compte du personnel</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>A changé son propre mot de passe</translation>
    </message>
    <message>
        <source>Reset a staff member&apos;s password</source>
        <translation>A réinitialisé le mot de passe d&apos;un membre du personnel</translation>
    </message>
    <message>
        <source>Set a staff PIN</source>
        <translation>A défini un code PIN du personnel</translation>
    </message>
    <message>
        <source>Removed a staff PIN</source>
        <translation>A supprimé un code PIN du personnel</translation>
    </message>
    <message>
        <source>Actions on sessions and computers</source>
        <translation>Actions sur les sessions et les ordinateurs</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Guest tickets</source>
        <translation>Tickets invités</translation>
    </message>
    <message>
        <source>Visitor accounts</source>
        <translation>Comptes des visiteurs</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Sites and opening hours</source>
        <translation>Sites et heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Queue at the desk</source>
        <translation>File d&apos;attente à l&apos;accueil</translation>
    </message>
    <message>
        <source>Time policies</source>
        <translation>Règles de temps</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Règles de session</translation>
    </message>
    <message>
        <source>App profiles</source>
        <translation>Profils d&apos;applications</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>Catalogue d&apos;applications</translation>
    </message>
    <message>
        <source>Visitor categories</source>
        <translation>Catégories de visiteurs</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Ordinateur %1</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Visitor no. %1</source>
        <translation>Visiteur n° %1</translation>
    </message>
    <message>
        <source>Staff account %1</source>
        <translation>Compte du personnel %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation>Règle de temps de %1</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>Règles de %1</translation>
    </message>
    <message>
        <source>Queue number %1</source>
        <translation>Numéro de file %1</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>Tous les visiteurs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>ordinateur</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visiteur</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>exceptional days</source>
        <translation>jours exceptionnels</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profils</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>disabled until</source>
        <translation>désactivé jusqu&apos;au</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>at the computer</source>
        <translation>sur l&apos;ordinateur</translation>
    </message>
    <message>
        <source>sign-ins ended</source>
        <translation>connexions fermées</translation>
    </message>
    <message>
        <source>command no.</source>
        <translation>commande n°</translation>
    </message>
    <message>
        <source>session no.</source>
        <translation>session n°</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>minutes per day</source>
        <translation>minutes par jour</translation>
    </message>
    <message>
        <source>minutes per week</source>
        <translation>minutes par semaine</translation>
    </message>
    <message>
        <source>minutes per session</source>
        <translation>minutes par session</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>valable à partir du</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>année de naissance</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) added</source>
        <translation>
            <numerusform>%n minute ajoutée</numerusform>
            <numerusform>%n minutes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Encore %n minute</numerusform>
            <numerusform>Encore %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 min</source>
        <translation>
            <numerusform>%n ticket de %1 min</numerusform>
            <numerusform>%n tickets de %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>avant : %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>après : %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log</source>
        <extracomment>Widest the columns open (a longer text wraps; staff can widen them); the details take what is left. The time is never wrapped: its widest form (&quot;07/12/2026 17.39 uur&quot;) fits.</extracomment>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Fichiers CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Code de l&apos;action</translation>
    </message>
    <message>
        <source>Full details</source>
        <translation>Détails complets</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entrée exportée dans %1.</numerusform>
            <numerusform>%n entrées exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>No loaded entry contains this text. Clear the filter to see them all.</source>
        <translation>Aucune entrée chargée ne contient ce texte. Videz le filtre pour tout voir.</translation>
    </message>
    <message>
        <source>No entries about the site chosen at the top. Choose all sites there to see the others.</source>
        <translation>Aucune entrée pour le site choisi en haut. Choisissez-y tous les sites pour voir les autres.</translation>
    </message>
    <message>
        <source>No entries for these dates and filters. Choose earlier dates, everyone or all actions.</source>
        <translation>Aucune entrée pour ces dates et ces filtres. Choisissez des dates plus anciennes, tout le monde ou toutes les actions.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation>Recharger les entrées les plus récentes (F5)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltrer</translation>
    </message>
    <message>
        <source>Computer, visitor, word in the details…</source>
        <translation>Ordinateur, visiteur, mot dans les détails…</translation>
    </message>
    <message>
        <source>Filter the rows shown</source>
        <translation>Filtrer les lignes affichées</translation>
    </message>
    <message>
        <source>Narrow the rows already loaded (Ctrl+F)</source>
        <translation>Restreindre les lignes déjà chargées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the audit rows</source>
        <translation>Filtrer les lignes du journal</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Charger des entrées plus anciennes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (Ctrl+Shift+S)</source>
        <translation>Enregistrer les lignes affichées dans un fichier CSV (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>AwayScreen</name>
    <message>
        <source>Your time keeps running: %1 left.</source>
        <extracomment>The card&apos;s widest, in letters of the screen&apos;s text: 820 px in normal text, more in large. the field, and the button beside it in larger text (a line less: it fits 1024×768)</extracomment>
        <translation>Votre temps continue de s&apos;écouler : il reste %1.</translation>
    </message>
    <message>
        <source>The session ends in %1 if you do not come back.</source>
        <translation>La session se termine dans %1 si vous ne revenez pas.</translation>
    </message>
    <message>
        <source>Type your PIN or card number first.</source>
        <translation>Tapez d&apos;abord votre code PIN ou votre numéro de carte.</translation>
    </message>
    <message numerus="yes">
        <source>This is not your PIN or card number. %n more try(s), then the session ends.</source>
        <translation>
            <numerusform>Ce n&apos;est ni votre code PIN ni votre numéro de carte. Encore %n essai, puis la session se termine.</numerusform>
            <numerusform>Ce n&apos;est ni votre code PIN ni votre numéro de carte. Encore %n essais, puis la session se termine.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is locked</source>
        <translation>Cet ordinateur est verrouillé</translation>
    </message>
    <message>
        <source>Type your PIN or card number to unlock</source>
        <translation>Tapez votre code PIN ou votre numéro de carte pour déverrouiller</translation>
    </message>
    <message>
        <source>Your PIN or card number</source>
        <translation>Votre code PIN ou numéro de carte</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Booked: %1.</source>
        <translation>Réservé : %1.</translation>
    </message>
    <message>
        <source>Give the group a label, for example its class.</source>
        <translation>Donnez un libellé au groupe, p. ex. sa classe.</translation>
    </message>
    <message>
        <source>A session code has 4 to 12 letters or digits.</source>
        <translation>Un code de session a de 4 à 12 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>Check the form: something cannot be booked as typed.</source>
        <translation>Vérifiez le formulaire : une valeur ne peut pas être réservée telle quelle.</translation>
    </message>
    <message>
        <source>The computers are kept for the whole time. The cards listed sign in on them; with a session code, anyone who types it does.</source>
        <translation>Les ordinateurs sont réservés pendant tout ce temps. Les numéros de carte listés s&apos;y connectent ; avec un code de session, toute personne qui le tape aussi.</translation>
    </message>
    <message>
        <source>Times at %1&apos;s clock. The computer waits %2 min after the start for the visitor&apos;s card; then it is free again.</source>
        <translation>Heures de %1. L&apos;ordinateur attend la carte du visiteur %2 min après le début ; ensuite il est de nouveau libre.</translation>
    </message>
    <message>
        <source>Times at %1&apos;s clock.</source>
        <translation>Heures de %1.</translation>
    </message>
    <message>
        <source>Book computers for a group</source>
        <translation>Réserver des ordinateurs pour un groupe</translation>
    </message>
    <message>
        <source>A class or a group on several computers of %1.</source>
        <translation>Une classe ou un groupe sur plusieurs ordinateurs de %1.</translation>
    </message>
    <message>
        <source>Book a computer</source>
        <translation>Réserver un ordinateur</translation>
    </message>
    <message>
        <source>One computer of %1 for one visitor.</source>
        <translation>Un ordinateur de %1 pour un visiteur.</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;card</source>
        <translation>&amp;Numéro de carte du visiteur</translation>
    </message>
    <message>
        <source>Co&amp;mputer</source>
        <translation>&amp;Ordinateur</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>C&amp;hosen computers</source>
        <translation>Ordinateurs c&amp;hoisis</translation>
    </message>
    <message>
        <source>Visitors&apos; ca&amp;rds</source>
        <translation>Numé&amp;ros de carte des visiteurs</translation>
    </message>
    <message>
        <source>Session c&amp;ode</source>
        <translation>C&amp;ode de session</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Any free, how many:</source>
        <translation>Libres, combien :</translation>
    </message>
    <message>
        <source>How many computers</source>
        <translation>Combien d&apos;ordinateurs</translation>
    </message>
    <message>
        <source>These:</source>
        <translation>Ceux-ci :</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>For example: Classe 5B</source>
        <translation>P. ex. : Classe 5B</translation>
    </message>
    <message>
        <source>One card number a line (optional)</source>
        <translation>Un numéro de carte par ligne (facultatif)</translation>
    </message>
    <message>
        <source>Visitors&apos; cards</source>
        <translation>Numéros de carte des visiteurs</translation>
    </message>
    <message>
        <source>4 to 12 letters or digits (optional)</source>
        <translation>4 à 12 lettres ou chiffres (facultatif)</translation>
    </message>
    <message>
        <source>Make one up</source>
        <translation>En créer un</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
</context>
<context>
    <name>BookingsDialog</name>
    <message>
        <source>The bookings could not be loaded: %1</source>
        <translation>Les réservations n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Cancel the booking of %1, %2? The computers are free again.</source>
        <translation>Annuler la réservation de %1, %2 ? Les ordinateurs sont de nouveau libres.</translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation>Réservation annulée.</translation>
    </message>
    <message>
        <source>Bookings of %1</source>
        <translation>Réservations de %1</translation>
    </message>
    <message>
        <source>Today&apos;s and upcoming bookings of %1, at the site&apos;s clock.</source>
        <translation>Les réservations d&apos;aujourd&apos;hui et à venir de %1, à l&apos;heure du site.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>No booking today or later.</source>
        <translation>Aucune réservation aujourd&apos;hui ni plus tard.</translation>
    </message>
    <message>
        <source>&amp;Book a computer…</source>
        <translation>&amp;Réserver un ordinateur…</translation>
    </message>
    <message>
        <source>Book for a &amp;group…</source>
        <translation>Réserver pour un &amp;groupe…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Annuler la réservation…</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Apps and profiles</source>
        <extracomment>The names of the member&apos;s sites (admins: all), where they may give profiles.</extracomment>
        <translation>Applications et profils</translation>
    </message>
    <message>
        <source>Read only: only administrators change the apps and the apps of the profiles. You can give profiles at your own sites or to a visitor, and limit the apps of your sites&apos; computers.</source>
        <translation>Lecture seule : seuls les administrateurs modifient les applications et celles des profils. Vous pouvez attribuer des profils sur vos sites ou à un visiteur, et limiter les applications des ordinateurs de vos sites.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>The apps visitors can open</source>
        <translation>Les applications que les visiteurs peuvent ouvrir</translation>
    </message>
    <message>
        <source>Sets of apps, and whom they are given to</source>
        <translation>Des ensembles d&apos;applications, et à qui ils sont attribués</translation>
    </message>
    <message>
        <source>Limit the apps of one computer</source>
        <translation>Limiter les applications d&apos;un ordinateur</translation>
    </message>
</context>
<context>
    <name>CharterEditor</name>
    <message>
        <source>Visitors accept the &amp;charter</source>
        <translation>Les visiteurs acceptent le &amp;règlement</translation>
    </message>
    <message>
        <source>Whether visitors accept the charter</source>
        <translation>Acceptation du règlement par les visiteurs</translation>
    </message>
    <message>
        <source>Automatically: once a day when the site has a charter text</source>
        <translation>Automatiquement : une fois par jour si le site a un règlement</translation>
    </message>
    <message>
        <source>Yes, once a day before their first session</source>
        <translation>Oui, une fois par jour avant leur première session</translation>
    </message>
    <message>
        <source>No, never asked</source>
        <translation>Non, jamais demandé</translation>
    </message>
    <message>
        <source>Guests with a ticket accept it at every session.</source>
        <translation>Les invités avec un ticket l&apos;acceptent à chaque session.</translation>
    </message>
</context>
<context>
    <name>CharterScreen</name>
    <message>
        <source>The rules of this place</source>
        <extracomment>side by side; one under the other in larger text (accepting first), see _fit_look</extracomment>
        <translation>Le règlement de cet espace</translation>
    </message>
    <message>
        <source>The rules are not written in your language yet. Ask the staff if you need help.</source>
        <translation>Le règlement n&apos;est pas encore écrit dans votre langue. Demandez de l&apos;aide à l&apos;équipe si besoin.</translation>
    </message>
    <message>
        <source>Please read them. To use a computer here, you need to accept them.</source>
        <translation>Lisez-le, s&apos;il vous plaît. Pour utiliser un ordinateur ici, vous devez l&apos;accepter.</translation>
    </message>
    <message>
        <source>I accept the rules</source>
        <translation>J&apos;accepte le règlement</translation>
    </message>
    <message>
        <source>No, I refuse</source>
        <translation>Non, je refuse</translation>
    </message>
</context>
<context>
    <name>ClassBar</name>
    <message numerus="yes">
        <source>Sent to %n computer(s) of the class.</source>
        <translation>
            <numerusform>Envoyé à %n ordinateur de la classe.</numerusform>
            <numerusform>Envoyé à %n ordinateurs de la classe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message to the class</source>
        <translation>Message à la classe</translation>
    </message>
    <message>
        <source>Message shown on every computer of the class:</source>
        <translation>Message affiché sur chaque ordinateur de la classe :</translation>
    </message>
    <message>
        <source>End the class “%1”? Every pupil&apos;s session on its computers ends now.</source>
        <translation>Terminer la classe « %1 » ? La session de chaque élève sur ses ordinateurs se termine maintenant.</translation>
    </message>
    <message>
        <source>The class is over: its computers are free.</source>
        <translation>La classe est terminée : ses ordinateurs sont libres.</translation>
    </message>
    <message>
        <source>Start a class…</source>
        <translation>Commencer une classe…</translation>
    </message>
    <message>
        <source>Lock all</source>
        <translation>Tout verrouiller</translation>
    </message>
    <message>
        <source>Unlock all</source>
        <translation>Tout déverrouiller</translation>
    </message>
    <message>
        <source>Message to all…</source>
        <translation>Message à tous…</translation>
    </message>
    <message>
        <source>+%1 min for all</source>
        <translation>+%1 min pour tous</translation>
    </message>
    <message>
        <source>End the class</source>
        <translation>Terminer la classe</translation>
    </message>
    <message>
        <source>No class running.</source>
        <translation>Aucune classe en cours.</translation>
    </message>
    <message>
        <source>Class “%1” until %2 on %3</source>
        <translation>Classe « %1 » jusqu’à %2 sur %3</translation>
    </message>
</context>
<context>
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
        <extracomment>The bar&apos;s height at text ×1 on a 1280 px screen (two rows); ``SessionBar.bar_height`` is the height at its own width and text scale. The greeting keeps at least this width (at text ×1), and as much as it needs to show whole on the first row&apos;s two lines, before the session&apos;s buttons go on a row of their own. Room kept around the collapsed clock, right of the screen. How long a note (the staff added time, a program did not start) stays before the greeting comes back. Sizes at text ×1, in pixels; each is multiplied by the text scale (set_text_scale).</extracomment>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>End your session now? Your open programs will be closed.</source>
        <translation>Terminer votre session maintenant ? Vos programmes ouverts seront fermés.</translation>
    </message>
    <message>
        <source>Yes, end my session</source>
        <translation>Oui, terminer ma session</translation>
    </message>
    <message>
        <source>No, keep working</source>
        <translation>Non, continuer</translation>
    </message>
</context>
<context>
    <name>ConsoleDialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsoleMessages</name>
    <message>
        <source>The server cannot be reached. Check the network, then try again.</source>
        <translation>Le serveur est injoignable. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, then try again.</source>
        <translation>Trop d&apos;essais. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Tapez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Try again.</source>
        <translation>La connexion n&apos;a pas fonctionné. Réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call the IT helpdesk.</source>
        <translation>Un problème est survenu. Réessayez, ou appelez le service informatique.</translation>
    </message>
    <message>
        <source>Type the address of the server.</source>
        <translation>Tapez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>This computer has no session running.</source>
        <translation>Aucune session n&apos;est en cours sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Nothing was changed; try again.</source>
        <translation>Le serveur est injoignable. Rien n&apos;a été modifié ; réessayez.</translation>
    </message>
    <message>
        <source>This session already ends at closing time, %1.</source>
        <translation>Cette session se termine déjà à l&apos;heure de fermeture, %1.</translation>
    </message>
    <message>
        <source>You may not do this at this site.</source>
        <translation>Vous ne pouvez pas faire ceci sur ce site.</translation>
    </message>
    <message>
        <source>This is not known to the server any more.</source>
        <translation>Le serveur ne connaît plus cet élément.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <extracomment>now, as an aware time (tests freeze it); what day it is comes from :meth:`today`</extracomment>
        <translation>Votre connexion a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused a value. Check the form and try again.</source>
        <translation>Le serveur a refusé une valeur. Vérifiez le formulaire et réessayez.</translation>
    </message>
    <message>
        <source>No visitor has this identifier.</source>
        <translation>Aucun visiteur n&apos;a ce numéro de carte.</translation>
    </message>
    <message>
        <source>This visitor&apos;s account is disabled.</source>
        <translation>Le compte de ce visiteur est désactivé.</translation>
    </message>
    <message>
        <source>This visitor has no computer time left.</source>
        <translation>Ce visiteur n&apos;a plus de temps d&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The site is closed now.</source>
        <translation>Le site est fermé en ce moment.</translation>
    </message>
    <message>
        <source>This visitor is already signed in on another computer.</source>
        <translation>Ce visiteur est déjà connecté sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>This computer is offline.</source>
        <translation>Cet ordinateur est hors ligne.</translation>
    </message>
    <message>
        <source>Someone is already using this computer.</source>
        <translation>Quelqu&apos;un utilise déjà cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer is out of order.</source>
        <translation>Cet ordinateur est hors service.</translation>
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation>Le serveur a refusé cette action.</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose another folder.</source>
        <translation>%1 n&apos;a pas pu être écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>EPN console</source>
        <translation>Console EPN</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>Set when the program shuts down (signal, end of the demo): nothing is asked.</extracomment>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tous mes sites</translation>
    </message>
    <message>
        <source>Changes in %1 are not saved. Close the console and lose them?</source>
        <translation>Les modifications dans %1 ne sont pas enregistrées. Fermer la console et les perdre ?</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reconnecting… The screen shows the last known state; actions are not sent until the connection is back.</source>
        <translation>Le serveur est injoignable. Reconnexion… L&apos;écran montre le dernier état connu ; les actions ne sont pas envoyées tant que la connexion n&apos;est pas revenue.</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
</context>
<context>
    <name>CoverWindow</name>
    <message>
        <source>Public computer</source>
        <extracomment>How often the kiosk&apos;s windows are raised again over the visitor&apos;s (milliseconds). The screen height the kiosk&apos;s sizes are drawn for; taller screens scale up, to this much.</extracomment>
        <translation>Ordinateur public</translation>
    </message>
    <message>
        <source>Please use the main screen.</source>
        <translation>Utilisez l&apos;écran principal, s&apos;il vous plaît.</translation>
    </message>
</context>
<context>
    <name>DatesEditor</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>Le %1 est déjà une date de fermeture.</translation>
    </message>
    <message>
        <source>%1 has special hours: remove them first.</source>
        <translation>Le %1 a un horaire spécial : retirez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The list is full: remove past dates first.</source>
        <translation>La liste est pleine : retirez d&apos;abord les dates passées.</translation>
    </message>
    <message>
        <source>Type the hours as ranges separated by commas, each starting before it ends and without overlap, e.g. 10:00-13:00, 14:00-16:00.</source>
        <translation>Tapez les heures en plages séparées par des virgules, chacune commençant avant de finir et sans chevauchement, p. ex. 10:00-13:00, 14:00-16:00.</translation>
    </message>
    <message>
        <source>%1 is a closed date: remove it from the closed dates first.</source>
        <translation>Le %1 est une date de fermeture : retirez-la d&apos;abord des dates de fermeture.</translation>
    </message>
    <message>
        <source>The server refused %1: check it and try again.</source>
        <translation>Le serveur a refusé le %1 : vérifiez et réessayez.</translation>
    </message>
    <message>
        <source>This date is past.</source>
        <translation>Cette date est passée.</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Dates de fermeture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No closed date. Add public holidays and closures below: visitors cannot sign in on those days.</source>
        <translation>Aucune date de fermeture. Ajoutez ci-dessous les jours fériés et fermetures : les visiteurs ne peuvent pas se connecter ces jours-là.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Date de fermeture</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>optional, e.g. public holiday</source>
        <translation>facultatif, p. ex. jour férié</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de la fermeture</translation>
    </message>
    <message>
        <source>Add closed date</source>
        <translation>Ajouter la date</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected closed date (Del)</source>
        <translation>Retirer la date de fermeture sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>Horaires spéciaux</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>No special hours. A date added here opens at these hours instead of its weekday&apos;s.</source>
        <translation>Aucun horaire spécial. À une date ajoutée ici, le site ouvre à ces heures plutôt qu&apos;à celles de son jour de la semaine.</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>Date with special hours</source>
        <translation>Date à horaire spécial</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>e.g. 10:00-13:00, 14:00-16:00</source>
        <translation>p. ex. 10:00-13:00, 14:00-16:00</translation>
    </message>
    <message>
        <source>Special hours of that date</source>
        <translation>Horaire spécial de cette date</translation>
    </message>
    <message>
        <source>Add special hours</source>
        <translation>Ajouter l&apos;horaire</translation>
    </message>
    <message>
        <source>Remove the selected special hours (Del)</source>
        <translation>Retirer l&apos;horaire spécial sélectionné (Suppr)</translation>
    </message>
</context>
<context>
    <name>DeskCall</name>
    <message>
        <source>The desk has been told. Someone will come to help you.</source>
        <translation>L&apos;accueil est prévenu. Quelqu&apos;un va venir vous aider.</translation>
    </message>
    <message>
        <source>Someone from the desk is coming.</source>
        <translation>Quelqu&apos;un de l&apos;accueil arrive.</translation>
    </message>
    <message>
        <source>The call did not go through. Please go to the desk.</source>
        <translation>L&apos;appel n&apos;est pas passé. Veuillez vous rendre à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>DeskCallButton</name>
    <message>
        <source>Cancel my call</source>
        <translation>Annuler mon appel</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Annuler l&apos;appel</translation>
    </message>
    <message>
        <source>The desk has been told. Cancel my call</source>
        <translation>L&apos;accueil est prévenu. Annuler mon appel</translation>
    </message>
    <message>
        <source>Cancel the call if you no longer need help</source>
        <translation>Annulez l&apos;appel si vous n&apos;avez plus besoin d&apos;aide</translation>
    </message>
    <message>
        <source>Call the desk</source>
        <translation>Appeler l&apos;accueil</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Someone from the desk comes to your computer to help you</source>
        <translation>Quelqu&apos;un de l&apos;accueil vient à votre ordinateur pour vous aider</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <source>Disable an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in. Their data and usage are kept.</source>
        <translation>%1 ne pourra plus se connecter. Ses données et son historique sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Shown to staff, e.g. card lost</source>
        <translation>Visible par le personnel, p. ex. carte perdue</translation>
    </message>
    <message>
        <source>&amp;Until (last day)</source>
        <translation>&amp;Jusqu&apos;au (dernier jour)</translation>
    </message>
    <message>
        <source>Last day of the disablement</source>
        <translation>Dernier jour de la désactivation</translation>
    </message>
    <message>
        <source>Leave unticked to disable until someone enables it</source>
        <translation>Laissez décoché pour désactiver jusqu&apos;à ce que quelqu&apos;un le réactive</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours then minutes</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <source>Your time is up.</source>
        <extracomment>Longest wait for the cleanup before the lock screen comes back anyway.</extracomment>
        <translation>Votre temps est écoulé.</translation>
    </message>
    <message>
        <source>You ended your session.</source>
        <translation>Vous avez terminé votre session.</translation>
    </message>
    <message>
        <source>The staff ended your session.</source>
        <translation>L&apos;équipe a terminé votre session.</translation>
    </message>
    <message>
        <source>Nobody used the computer for a while.</source>
        <translation>Personne n&apos;a utilisé l&apos;ordinateur depuis un moment.</translation>
    </message>
    <message>
        <source>The room is closing now.</source>
        <translation>L&apos;espace ferme maintenant.</translation>
    </message>
    <message>
        <source>You were away longer than allowed.</source>
        <translation>Votre absence a duré plus longtemps qu&apos;autorisé.</translation>
    </message>
    <message>
        <source>You signed in on another computer meanwhile.</source>
        <translation>Vous avez ouvert une session sur un autre ordinateur entre-temps.</translation>
    </message>
    <message>
        <source>Your computer time is used up.</source>
        <translation>Votre temps d&apos;ordinateur est écoulé.</translation>
    </message>
    <message>
        <source>This computer is reserved from now for someone else.</source>
        <translation>Cet ordinateur est réservé à partir de maintenant pour quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>The computer was restarted.</source>
        <translation>L&apos;ordinateur a redémarré.</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Your session is over</source>
        <translation>Votre session est terminée</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Merci de votre visite !</translation>
    </message>
    <message>
        <source>The computer is ready for the next visitor.</source>
        <translation>L&apos;ordinateur est prêt pour la personne suivante.</translation>
    </message>
    <message>
        <source>Cleaning up the computer for the next visitor…</source>
        <translation>Nettoyage de l&apos;ordinateur pour la personne suivante…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase an account</source>
        <translation>Effacer un compte</translation>
    </message>
    <message>
        <source>Erase the account of %1?</source>
        <translation>Effacer le compte de %1 ?</translation>
    </message>
    <message>
        <source>The name, card number, PIN, notes and profile of this visitor are removed at once, with their workshop registrations&apos; names and the audit entries naming them. Their sessions stay, under no name, so the statistics still count them. This cannot be undone: the visitor will need a new account to come back. The erasure is recorded with a receipt number.</source>
        <translation>Le nom, le numéro de carte, le code PIN, les notes et le profil de cette personne sont supprimés tout de suite, ainsi que son nom dans les inscriptions aux ateliers et les entrées du journal d&apos;audit qui la nomment. Ses sessions restent, sans nom, pour que les statistiques les comptent toujours. C&apos;est irréversible : il faudra un nouveau compte pour revenir. L&apos;effacement est enregistré avec un numéro de reçu.</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the card number %1:</source>
        <translation>Pour confirmer, &amp;tapez le numéro de carte %1 :</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the data of %1</source>
        <translation>Exporter les données de %1</translation>
    </message>
    <message>
        <source>Everything the server holds about %1: the account, the sessions, the workshop registrations and the audit entries naming them. The export is recorded in the audit log.</source>
        <translation>Tout ce que le serveur conserve sur %1 : le compte, les sessions, les inscriptions aux ateliers et les entrées du journal d&apos;audit qui nomment cette personne. L&apos;export est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>A readable &amp;PDF, to print or hand to the visitor</source>
        <translation>Un &amp;PDF lisible, à imprimer ou à remettre à la personne</translation>
    </message>
    <message>
        <source>&amp;JSON, for another program</source>
        <translation>&amp;JSON, pour un autre programme</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>&amp;Langue du PDF</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>No computer was in use in this period.</source>
        <translation>Aucun ordinateur n&apos;a été utilisé pendant cette période.</translation>
    </message>
    <message>
        <source>Busiest time: %1 %2:00, %3 % of the computers in use.</source>
        <translation>Moment le plus chargé : %1 %2 h, %3 % des ordinateurs occupés.</translation>
    </message>
    <message>
        <source>%1 %2:00: %3 station-hours in use</source>
        <translation>%1 %2 h : %3 heures d&apos;ordinateur utilisées</translation>
    </message>
    <message>
        <source>(%1 % of the time offered)</source>
        <translation>(%1 % du temps disponible)</translation>
    </message>
    <message>
        <source>(closed or still to come)</source>
        <translation>(fermé ou à venir)</translation>
    </message>
    <message>
        <source>Share of the computers in use</source>
        <translation>Part des ordinateurs occupés</translation>
    </message>
    <message>
        <source>Closed or to come</source>
        <translation>Fermé ou à venir</translation>
    </message>
</context>
<context>
    <name>HoldText</name>
    <message numerus="yes">
        <source>This computer is reserved at %1: your session ends in %n minute(s).</source>
        <extracomment>How far a session&apos;s end may be from the start of the hold that cuts it: the server grants whole seconds up to the hold (its end up to a second early), then the grant&apos;s way to the station and the station&apos;s tick.</extracomment>
        <translation>
            <numerusform>Cet ordinateur est réservé à %1 : votre session se termine dans %n minute.</numerusform>
            <numerusform>Cet ordinateur est réservé à %1 : votre session se termine dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved from %1</source>
        <translation>Réservé à partir de %1</translation>
    </message>
    <message>
        <source>This computer is reserved.</source>
        <translation>Cet ordinateur est réservé.</translation>
    </message>
    <message>
        <source>Reserved for number %1 until %2</source>
        <translation>Réservé pour le numéro %1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Reserved until %1 for the person who booked it</source>
        <translation>Réservé jusqu&apos;à %1 pour la personne qui l&apos;a réservé</translation>
    </message>
    <message>
        <source>Reserved for “%1” from %2 to %3</source>
        <translation>Réservé pour « %1 » de %2 à %3</translation>
    </message>
    <message>
        <source>Reserved from %1 to %2</source>
        <translation>Réservé de %1 à %2</translation>
    </message>
    <message>
        <source>This computer is reserved at %1: your session ends now.</source>
        <translation>Cet ordinateur est réservé à %1 : votre session se termine maintenant.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reserved for the queue until %1</source>
        <translation>Réservé pour la file d&apos;attente jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Reserved: « %1 » %2</source>
        <translation>Réservé : « %1 » %2</translation>
    </message>
    <message>
        <source>Reserved for a visitor %1</source>
        <translation>Réservé pour un visiteur %1</translation>
    </message>
    <message>
        <source>Called to %1 until %2</source>
        <translation>Appelé vers %1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Did not come in time</source>
        <translation>Pas venu à temps</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Served at the desk</source>
        <translation>Servi à l&apos;accueil</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>%1 is already reserved on %2 from %3 to %4.</source>
        <translation>%1 est déjà réservé le %2 de %3 à %4.</translation>
    </message>
    <message>
        <source>The site is closed on %1.</source>
        <translation>Le site est fermé le %1.</translation>
    </message>
    <message>
        <source>On %1 the site is open %2: book within these hours.</source>
        <translation>Le %1, le site est ouvert %2 : réservez dans ces heures.</translation>
    </message>
    <message>
        <source>This time does not exist that day: the clocks go forward then.</source>
        <translation>Cette heure n&apos;existe pas ce jour-là : on avance l&apos;heure.</translation>
    </message>
    <message>
        <source>This is not a date and time.</source>
        <translation>Ce n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit venir après le début.</translation>
    </message>
    <message>
        <source>This time is already past: choose a later one.</source>
        <translation>Cette heure est déjà passée : choisissez-en une plus tardive.</translation>
    </message>
    <message>
        <source>A booking lasts at most %1 hours.</source>
        <translation>Une réservation dure au plus %1 heures.</translation>
    </message>
    <message>
        <source>A booking is made at most %1 days ahead.</source>
        <translation>Une réservation se fait au plus %1 jours à l&apos;avance.</translation>
    </message>
    <message>
        <source>%1 is not free now.</source>
        <translation>%1 n&apos;est pas libre maintenant.</translation>
    </message>
    <message>
        <source>Not enough free computers then: %1 asked for, %2 free.</source>
        <translation>Pas assez d&apos;ordinateurs libres à ce moment : %1 demandés, %2 libres.</translation>
    </message>
    <message>
        <source>No computer is free now.</source>
        <translation>Aucun ordinateur n&apos;est libre maintenant.</translation>
    </message>
    <message>
        <source>This visitor already has number %1.</source>
        <translation>Ce visiteur a déjà le numéro %1.</translation>
    </message>
    <message>
        <source>Number %1 is no longer in line.</source>
        <translation>Le numéro %1 n&apos;est plus dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>This is already over: nothing left to cancel.</source>
        <translation>C&apos;est déjà terminé : plus rien à annuler.</translation>
    </message>
    <message>
        <source>This computer is reserved until %1.</source>
        <translation>Cet ordinateur est réservé jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>A computer is reserved for this visitor: %1. Sign them in there.</source>
        <translation>Un ordinateur est réservé pour ce visiteur : %1. Connectez-le sur celui-là.</translation>
    </message>
</context>
<context>
    <name>HoldsEditor</name>
    <message>
        <source>A booked computer waits for its &amp;visitor</source>
        <translation>Un ordinateur réservé attend son &amp;visiteur</translation>
    </message>
    <message>
        <source>The queue keeps a computer for the number ca&amp;lled</source>
        <translation>La file d&apos;attente réserve un ordinateur au numéro &amp;appelé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes a booked computer waits for its visitor</source>
        <translation>Minutes pendant lesquelles un ordinateur réservé attend son visiteur</translation>
    </message>
    <message>
        <source>Minutes the queue keeps a computer for the number called</source>
        <translation>Minutes pendant lesquelles la file d&apos;attente réserve un ordinateur au numéro appelé</translation>
    </message>
    <message>
        <source>A computer booked for a visitor waits this long after the start of the booking for their card; then it is free again. When a computer frees up, the first in the queue has it this long; then it goes to the next in line. While anybody waits in the queue, sessions are not extended automatically.</source>
        <translation>Un ordinateur réservé pour un visiteur attend sa carte aussi longtemps après le début de la réservation ; ensuite il est de nouveau libre. Quand un ordinateur se libère, le premier de la file d&apos;attente l&apos;a pendant ce temps ; ensuite il passe au suivant. Tant que quelqu&apos;un attend dans la file, les sessions ne sont pas prolongées automatiquement.</translation>
    </message>
</context>
<context>
    <name>HourBarChart</name>
    <message>
        <source>No computer was in use in this period.</source>
        <translation>Aucun ordinateur n&apos;a été utilisé pendant cette période.</translation>
    </message>
    <message>
        <source>Busiest hour: %1:00, %2 station-hours in use.</source>
        <translation>Heure la plus chargée : %1 h, %2 heures d&apos;ordinateur utilisées.</translation>
    </message>
    <message>
        <source>%1:00 to %2:00: %3 station-hours in use</source>
        <translation>De %1 h à %2 h : %3 heures d&apos;ordinateur utilisées</translation>
    </message>
    <message>
        <source>(%1 % of the time offered)</source>
        <translation>(%1 % du temps disponible)</translation>
    </message>
    <message>
        <source>Station-hours in use</source>
        <translation>Heures d&apos;ordinateur utilisées</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Heure de la journée</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported: a visitor of the file was added meanwhile. Press Check again.</source>
        <translation>Rien n&apos;a été importé : un visiteur du fichier a été ajouté entre-temps. Appuyez sur « Vérifier à nouveau ».</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing is imported until the file is clean: fix it, save it, then press Check again.</source>
        <translation>
            <numerusform>%n problème trouvé. Rien n&apos;est importé tant que le fichier n&apos;est pas correct : corrigez-le, enregistrez-le, puis appuyez sur Vérifier à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés. Rien n&apos;est importé tant que le fichier n&apos;est pas correct : corrigez-le, enregistrez-le, puis appuyez sur Vérifier à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names its columns but holds no visitor.</source>
        <translation>Le fichier donne le nom des colonnes mais ne contient aucun visiteur.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) ready to import. Nothing has been imported yet.</source>
        <translation>
            <numerusform>%n visiteur prêt à être importé. Rien n&apos;a encore été importé.</numerusform>
            <numerusform>%n visiteurs prêts à être importés. Rien n&apos;a encore été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and choose it again.</source>
        <translation>Ce fichier n&apos;est pas du texte UTF-8. Dans Excel, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) » et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file is empty. Its first line must name the columns (at least identifier), then one visitor per line.</source>
        <translation>Ce fichier est vide. Sa première ligne doit donner le nom des colonnes (au moins « identifier »), puis un visiteur par ligne.</translation>
    </message>
    <message>
        <source>This file is too large for one import (%1 KB at most): split it into smaller files and import them one after the other.</source>
        <translation>Ce fichier est trop volumineux pour une seule importation (%1 Ko au maximum) : divisez-le en fichiers plus petits et importez-les l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is still there and not open.</source>
        <translation>Impossible de lire ce fichier. Vérifiez qu&apos;il existe toujours et qu&apos;il n&apos;est pas ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n visitor(s)</source>
        <translation>
            <numerusform>&amp;Importer %n visiteur</numerusform>
            <numerusform>&amp;Importer %n visiteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Possible once the file has no problem left: all rows or none</source>
        <translation>Possible quand le fichier n&apos;a plus aucun problème : toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Importer des visiteurs</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Card / identifier</source>
        <translation>Carte / identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Only the lines with a problem</source>
        <translation>&amp;Seulement les lignes avec un problème</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation>Relire le fichier après l&apos;avoir corrigé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Your time is up. Thank you for your visit!</source>
        <translation>Votre temps est écoulé. Merci de votre visite !</translation>
    </message>
    <message>
        <source>The room is closing now. Thank you for your visit!</source>
        <translation>L&apos;espace ferme maintenant. Merci de votre visite !</translation>
    </message>
    <message>
        <source>Your session ended because nobody used the computer for a while.</source>
        <translation>Votre session est terminée car personne n&apos;a utilisé l&apos;ordinateur depuis un moment.</translation>
    </message>
    <message>
        <source>The staff ended your session. Thank you!</source>
        <translation>L&apos;équipe a terminé votre session. Merci !</translation>
    </message>
    <message>
        <source>This session was ended: you signed in on another computer while this one was cut off from the network.</source>
        <translation>Cette session a été terminée : vous avez ouvert une session sur un autre ordinateur pendant que celui-ci était coupé du réseau.</translation>
    </message>
    <message>
        <source>Your session is over: this computer is reserved from now. Thank you!</source>
        <translation>Votre session est terminée : cet ordinateur est réservé à partir de maintenant. Merci !</translation>
    </message>
    <message>
        <source>This session was ended: your computer time is used up. Thank you!</source>
        <translation>Cette session a été terminée : votre temps d&apos;ordinateur est écoulé. Merci !</translation>
    </message>
    <message>
        <source>Your session ended because the computer stayed locked while you were away.</source>
        <translation>Votre session est terminée car l&apos;ordinateur est resté verrouillé pendant votre absence.</translation>
    </message>
    <message>
        <source>Your session is over. Thank you for your visit!</source>
        <translation>Votre session est terminée. Merci de votre visite !</translation>
    </message>
    <message>
        <source>This program could not be started. Ask the staff at the desk.</source>
        <translation>Ce programme n&apos;a pas pu démarrer. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The staff locked this computer. Your time keeps running. Ask at the desk.</source>
        <translation>L&apos;équipe a verrouillé cet ordinateur. Votre temps continue de s&apos;écouler. Demandez à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <source>The text in %1 is too long: at most %2 characters. Shorten it to save.</source>
        <translation>Le texte en %1 est trop long : %2 caractères au plus. Raccourcissez-le pour enregistrer.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>Lock-screen message in %1</source>
        <translation>Message de l&apos;écran de verrouillage en %1</translation>
    </message>
    <message>
        <source>e.g. The EPN closes at 16:00 on Friday. Workshop on Tuesday at 10:00.</source>
        <translation>p. ex. L&apos;EPN ferme à 16 h vendredi. Atelier mardi à 10 h.</translation>
    </message>
    <message>
        <source>How to register in %1</source>
        <translation>Comment s&apos;inscrire en %1</translation>
    </message>
    <message>
        <source>e.g. At the desk or by phone, from Monday before the workshop.</source>
        <translation>p. ex. À l&apos;accueil ou par téléphone, dès le lundi avant l&apos;atelier.</translation>
    </message>
    <message>
        <source>Charter in %1</source>
        <translation>Règlement en %1</translation>
    </message>
    <message>
        <source>The rules visitors accept before their first session of the day.</source>
        <translation>Les règles que les visiteurs acceptent avant leur première session du jour.</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
        <extracomment>In larger text the site panel shows beside the card only on a screen at least this wide (times the screen&apos;s scale): on a smaller one the card needs the whole width, so that an offline banner and an error fit at once (the panel&apos;s hours are a help, the card the task). The lines kept for a message under the fields: the longest refusal, in any language. Below this height (times the screen&apos;s scale) the PIN step in larger text shows the card number as a one-line reminder, not as its field: the PIN field and the message need the room. The message&apos;s font size before the text size and the screen&apos;s scale (ui.theme: #Message). The hold&apos;s line follows the clock (a hold begins, ends, its claim deadline passes) this often. A group&apos;s session code: as long as the protocol takes (kiosk/protocol/holds.py).</extracomment>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Type the code of your ticket first.</source>
        <translation>Tapez d&apos;abord le code de votre ticket.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Tapez votre code PIN, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Type the session code, then press Enter.</source>
        <translation>Tapez le code de session, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Public computer</source>
        <translation>Ordinateur public</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Ordinateur %1</translation>
    </message>
    <message>
        <source>Guest ticket</source>
        <translation>Ticket invité</translation>
    </message>
    <message>
        <source>Type the code printed on your ticket, then press Enter.</source>
        <translation>Tapez le code imprimé sur votre ticket, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Code du ticket</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>J&apos;ai une carte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Scan your card or type your card number, then press Enter.</source>
        <translation>Scannez votre carte ou tapez votre numéro de carte, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>I have a guest ticket</source>
        <translation>J&apos;ai un ticket invité</translation>
    </message>
    <message>
        <source>Type the PIN code of this card, then press Enter.</source>
        <translation>Tapez le code PIN de cette carte, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Session code for card %1</source>
        <translation>Code de session pour la carte %1</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Code de session</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>This computer cannot reach the server right now. Ask the staff at the desk.</source>
        <translation>Cet ordinateur ne peut pas joindre le serveur pour le moment. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>Cet ordinateur est hors service. Utilisez-en un autre, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Message from the staff: %1</source>
        <translation>Message de l&apos;équipe : %1</translation>
    </message>
    <message>
        <source>This computer is not protected: its session cannot be locked. Tell the staff at the desk.</source>
        <translation>Cet ordinateur n&apos;est pas protégé : sa session ne peut pas être verrouillée. Prévenez l&apos;équipe à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translation>Veuillez vous adresser à l&apos;accueil.</translation>
    </message>
    <message>
        <source>◐  High contrast</source>
        <translation>◐  Contraste élevé</translation>
    </message>
    <message>
        <source>Type the session code you were given, then press Enter.</source>
        <translation>Tapez le code de session que vous avez reçu, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>PIN code of card %1</source>
        <translation>Code PIN de la carte %1</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
</context>
<context>
    <name>LockoutsDialog</name>
    <message>
        <source>Lifted: %1. They can try again now.</source>
        <translation>Limite levée : %1. La personne peut réessayer maintenant.</translation>
    </message>
    <message>
        <source>Nobody is held back now.</source>
        <translation>Personne n&apos;est bloqué en ce moment.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Card %1 on computer %2</source>
        <translation>Carte %1 sur l&apos;ordinateur %2</translation>
    </message>
    <message>
        <source>Card %1 on every computer (slowed down)</source>
        <translation>Carte %1 sur tous les ordinateurs (ralentie)</translation>
    </message>
    <message>
        <source>Computer %1: too many unknown cards or PINs</source>
        <translation>Ordinateur %1 : trop de cartes ou de codes PIN inconnus</translation>
    </message>
    <message>
        <source>Staff sign-in on computer %1</source>
        <translation>Connexion du personnel sur l&apos;ordinateur %1</translation>
    </message>
    <message>
        <source>Console sign-in of %1 from %2</source>
        <translation>Connexion à la console de %1 depuis %2</translation>
    </message>
    <message>
        <source>Console sign-in of an unknown user from %1</source>
        <translation>Connexion à la console d&apos;un utilisateur inconnu depuis %1</translation>
    </message>
    <message>
        <source>Console sign-ins from %1</source>
        <translation>Connexions à la console depuis %1</translation>
    </message>
    <message>
        <source>Station enrolment codes from %1</source>
        <translation>Codes d&apos;inscription d&apos;ordinateur depuis %1</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>After too many wrong PINs or passwords, a card, a computer or a network address has to wait before the next try. Lift a limit once you have checked who it is: they can try again at once.</source>
        <translation>Après trop de codes PIN ou de mots de passe erronés, une carte, un ordinateur ou une adresse réseau doit attendre avant le prochain essai. Levez une limite une fois que vous avez vérifié de qui il s&apos;agit : la personne peut réessayer tout de suite.</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Lift the limit</source>
        <translation>Lever la limite</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <source>EPN console — staff sign-in</source>
        <translation>Console EPN — connexion du personnel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MaintenanceBar</name>
    <message>
        <source>Maintenance time left: %1</source>
        <translation>Temps de maintenance restant : %1</translation>
    </message>
    <message>
        <source>EPN Kiosk — maintenance</source>
        <translation>EPN Kiosk — maintenance</translation>
    </message>
    <message>
        <source>Maintenance: the desktop is unlocked. It locks again in</source>
        <translation>Maintenance : le bureau est déverrouillé. Il se verrouille à nouveau dans</translation>
    </message>
    <message>
        <source>Lock again now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock the computer again now</source>
        <translation>Verrouiller l&apos;ordinateur maintenant</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>(no message in %1)</source>
        <translation>(pas de message en %1)</translation>
    </message>
    <message>
        <source>Shown under the site&apos;s name on the lock screen of every computer of the site, in the visitor&apos;s language. Leave a language empty to show nothing in it.</source>
        <translation>Affiché sous le nom du site sur l&apos;écran de verrouillage de chaque ordinateur du site, dans la langue du visiteur. Laissez une langue vide pour ne rien y afficher.</translation>
    </message>
    <message>
        <source>On the lock screen:</source>
        <translation>Sur l&apos;écran de verrouillage :</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Add time</source>
        <extracomment>&quot;End the session&quot; in larger text, on a row of its own (arrange) the unlock button in larger text, on a row of its own (arrange)</extracomment>
        <translation>Ajouter du temps</translation>
    </message>
    <message>
        <source>Minutes to add:</source>
        <translation>Minutes à ajouter :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Select a workshop date in the week above.</source>
        <translation>Sélectionnez une date d&apos;atelier dans la semaine ci-dessus.</translation>
    </message>
    <message>
        <source>walk-in, with the session code</source>
        <translation>sans inscription, avec le code de session</translation>
    </message>
    <message>
        <source>ticked by staff</source>
        <translation>coché par le personnel</translation>
    </message>
    <message>
        <source>unticked by staff</source>
        <translation>décoché par le personnel</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connecté à un ordinateur</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>n&apos;est pas venu</translation>
    </message>
    <message>
        <source>Re&amp;gistered</source>
        <translation>&amp;Inscrits</translation>
    </message>
    <message>
        <source>&amp;Waitlist, in order</source>
        <translation>&amp;Liste d&apos;attente, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>A&amp;ttendance (Space: tick or untick)</source>
        <translation>&amp;Présences (Espace : cocher ou décocher)</translation>
    </message>
    <message>
        <source>Name or card</source>
        <translation>Nom ou carte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waitlist, in order</source>
        <translation>Liste d&apos;attente, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Inscrire…</translation>
    </message>
    <message>
        <source>Register a visitor by card or by name (Ins)</source>
        <translation>Inscrire un visiteur par sa carte ou par son nom (Inser)</translation>
    </message>
    <message>
        <source>Cancel the registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Cancel the selected registration; the waitlist&apos;s first moves up (Del)</source>
        <translation>Annuler l&apos;inscription sélectionnée ; la première personne de la liste d&apos;attente prend la place (Suppr)</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)</source>
        <translation>Liste de présence (PDF)</translation>
    </message>
    <message>
        <source>Save the attendance sheet as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer la liste de présence en PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Certificate (PDF)</source>
        <translation>Attestation (PDF)</translation>
    </message>
    <message>
        <source>Save the selected participant&apos;s certificate as a PDF file (Ctrl+Shift+S)</source>
        <translation>Enregistrer l&apos;attestation de la personne sélectionnée en PDF (Ctrl+Maj+S)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>The two PINs are not the same: type it again.</source>
        <translation>Les deux codes PIN sont différents : tapez-le à nouveau.</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <source>%1 has a PIN. Give a new one, or remove it.</source>
        <translation>%1 a un code PIN. Donnez-en un nouveau, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 has no PIN: they sign in with their card number only.</source>
        <translation>%1 n&apos;a pas de code PIN : la connexion se fait avec le numéro de carte seul.</translation>
    </message>
    <message>
        <source>Give a &amp;new PIN</source>
        <translation>Donner un &amp;nouveau code PIN</translation>
    </message>
    <message>
        <source>&amp;Remove the PIN (card number only)</source>
        <translation>&amp;Supprimer le code PIN (numéro de carte seul)</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Nouveau code &amp;PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>&amp;Répéter le code PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Répéter le code PIN</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Apps of the profile “%1” saved.</source>
        <translation>Applications du profil « %1 » enregistrées.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. Jeunes):</source>
        <translation>Nom du profil (p. ex. Jeunes) :</translation>
    </message>
    <message>
        <source>Profile “%1” created: tick its apps, then save.</source>
        <translation>Profil « %1 » créé : cochez ses applications, puis enregistrez.</translation>
    </message>
    <message>
        <source>This name is taken, or not allowed (at most 64 characters, no “/”).</source>
        <translation>Ce nom est déjà pris ou n&apos;est pas autorisé (64 caractères au plus, sans « / »).</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>It is given to: %1.</source>
        <translation>Il est attribué à : %1.</translation>
    </message>
    <message>
        <source>Those visitors then get the profiles of the next rule (their category&apos;s, else the default), or no app at all.</source>
        <translation>Ces visiteurs recevront alors les profils de la règle suivante (ceux de leur catégorie, sinon ceux par défaut), ou aucune application.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a profile (Ctrl+N)</source>
        <translation>Créer un profil (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>Delete the selected profile (Delete)</source>
        <translation>Supprimer le profil sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>No profile yet. Create one with “New…” (Ctrl+N).</source>
        <translation>Aucun profil pour l&apos;instant. Créez-en un avec « Nouveau… » (Ctrl+N).</translation>
    </message>
    <message>
        <source>No profile yet. An administrator creates them.</source>
        <translation>Aucun profil pour l&apos;instant. Un administrateur les crée.</translation>
    </message>
    <message>
        <source>Apps of the profile</source>
        <translation>Applications du profil</translation>
    </message>
    <message>
        <source>&amp;Save apps</source>
        <translation>Enregistrer les &amp;applications</translation>
    </message>
    <message>
        <source>Save the ticked apps for this profile (Ctrl+S)</source>
        <translation>Enregistrer les applications cochées pour ce profil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Choisissez un profil à gauche.</translation>
    </message>
    <message>
        <source>Apps of “%1”</source>
        <translation>Applications de « %1 »</translation>
    </message>
    <message>
        <source>The catalogue has no app yet: add apps first.</source>
        <translation>Le catalogue n&apos;a pas encore d&apos;application : ajoutez-en d&apos;abord.</translation>
    </message>
    <message>
        <source>Tick the apps visitors of this profile may open.</source>
        <translation>Cochez les applications que les visiteurs de ce profil peuvent ouvrir.</translation>
    </message>
    <message>
        <source>The apps visitors of this profile may open.</source>
        <translation>Les applications que les visiteurs de ce profil peuvent ouvrir.</translation>
    </message>
</context>
<context>
    <name>PublicEditor</name>
    <message>
        <source>Type the colour as # and six hexadecimal digits, e.g. #00528C.</source>
        <translation>Tapez la couleur sous la forme # et six chiffres hexadécimaux, p. ex. #00528C.</translation>
    </message>
    <message>
        <source>White text on %1 is too hard to read (contrast %2:1, at least %3:1 is needed). Choose a darker colour.</source>
        <translation>Un texte blanc sur %1 est trop difficile à lire (contraste %2:1, il faut au moins %3:1). Choisissez une couleur plus foncée.</translation>
    </message>
    <message>
        <source>This logo is too large: at most %1 KB.</source>
        <translation>Ce logo est trop lourd : %1 Ko au plus.</translation>
    </message>
    <message>
        <source>This SVG logo carries a script: it is refused. Save it again as a plain image.</source>
        <translation>Ce logo SVG contient un script : il est refusé. Enregistrez-le à nouveau comme simple image.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Le logo doit être une image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>The server refused this text: check its length.</source>
        <translation>Le serveur a refusé ce texte : vérifiez sa longueur.</translation>
    </message>
    <message>
        <source>The server refused this address: check its length.</source>
        <translation>Le serveur a refusé cette adresse : vérifiez sa longueur.</translation>
    </message>
    <message>
        <source>Type a postcode such as 1000.</source>
        <translation>Tapez un code postal comme 1000.</translation>
    </message>
    <message>
        <source>The server refused this commune: check its length.</source>
        <translation>Le serveur a refusé cette commune : vérifiez sa longueur.</translation>
    </message>
    <message>
        <source>Type a phone number such as 02 279 37 40.</source>
        <translation>Tapez un numéro de téléphone comme 02 279 37 40.</translation>
    </message>
    <message>
        <source>Type an e-mail address such as epn@brucity.be.</source>
        <translation>Tapez une adresse e-mail comme epn@brucity.be.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://.</source>
        <translation>Tapez une adresse web qui commence par https://.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Not a colour yet: the City&apos;s colour is shown</source>
        <translation>Pas encore une couleur : la couleur de la Ville est affichée</translation>
    </message>
    <message>
        <source>The City&apos;s colour (the site has none of its own)</source>
        <translation>La couleur de la Ville (le site n&apos;en a pas)</translation>
    </message>
    <message>
        <source>Open until 18:00 · 4 of 12 computers free</source>
        <translation>Ouvert jusqu&apos;à 18 h · 4 ordinateurs libres sur 12</translation>
    </message>
    <message>
        <source>(a logo)</source>
        <translation>(un logo)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>What citizens see of this site on the public page of the server (no login): its address, hours, free computers, queue and workshops. Never a name or a card.</source>
        <translation>Ce que les citoyens voient de ce site sur la page publique du serveur (sans connexion) : son adresse, ses heures, les ordinateurs libres, la file d&apos;attente et les ateliers. Jamais un nom ni une carte.</translation>
    </message>
    <message>
        <source>&amp;Show this site on the public page</source>
        <translation>&amp;Afficher ce site sur la page publique</translation>
    </message>
    <message>
        <source>Open the public pa&amp;ge</source>
        <translation>Ouvrir la pa&amp;ge publique</translation>
    </message>
    <message>
        <source>Opens this site&apos;s public page in your browser</source>
        <translation>Ouvre la page publique de ce site dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation>Code pos&amp;tal</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>Comm&amp;une</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>e.g. Boulevard Émile Jacqmain 6</source>
        <translation>p. ex. Boulevard Émile Jacqmain 6</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>Cou&amp;leur</translation>
    </message>
    <message>
        <source>The site&apos;s colour, as #RRGGBB</source>
        <translation>La couleur du site, sous la forme #RRVVBB</translation>
    </message>
    <message>
        <source>The public page writes in white on it: choose a dark colour.</source>
        <translation>La page publique écrit en blanc dessus : choisissez une couleur foncée.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Show the a&amp;nimateurs&apos; names with the workshops</source>
        <translation>Afficher le &amp;nom des animateurs avec les ateliers</translation>
    </message>
    <message>
        <source>How to register for the workshops (at the desk, by phone…):</source>
        <translation>Comment s&apos;inscrire aux ateliers (à l&apos;accueil, par téléphone…) :</translation>
    </message>
    <message>
        <source>The site&apos;s live box for the City&apos;s website: give this code to its web team.</source>
        <translation>L&apos;encadré en direct du site pour le site web de la Ville : donnez ce code à son équipe web.</translation>
    </message>
    <message>
        <source>Cop&amp;y the code</source>
        <translation>Cop&amp;ier le code</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>The panel&apos;s width: the tiles keep three columns at 1280 px. the heading&apos;s row: the room puts its Bookings button at its end</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Number %1 → %2</source>
        <translation>Numéro %1 → %2</translation>
    </message>
    <message>
        <source>Number %1 taken: go to %2 now.</source>
        <translation>Numéro %1 donné : allez maintenant à %2.</translation>
    </message>
    <message>
        <source>Number %1 taken.</source>
        <translation>Numéro %1 donné.</translation>
    </message>
    <message>
        <source>Number %1: go to %2.</source>
        <translation>Numéro %1 : allez à %2.</translation>
    </message>
    <message>
        <source>Number %1 goes to the end of the line.</source>
        <translation>Le numéro %1 passe en fin de file.</translation>
    </message>
    <message>
        <source>Number %1 cancelled.</source>
        <translation>Numéro %1 annulé.</translation>
    </message>
    <message>
        <source>Number %1 served at the desk.</source>
        <translation>Numéro %1 servi à l&apos;accueil.</translation>
    </message>
    <message>
        <source>No computer is free now</source>
        <translation>Aucun ordinateur n&apos;est libre maintenant</translation>
    </message>
    <message>
        <source>Choose a site in the toolbar to take numbers.</source>
        <translation>Choisissez un site dans la barre d&apos;outils pour donner des numéros.</translation>
    </message>
    <message>
        <source>Nobody waits. Take a number for a visitor above.</source>
        <translation>Personne n&apos;attend. Donnez un numéro à un visiteur ci-dessus.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Take a number for (Ctrl+Shift+N)</source>
        <translation>Donner un numéro à (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A card number or a name</source>
        <translation>Un numéro de carte ou un nom</translation>
    </message>
    <message>
        <source>Card number or name</source>
        <translation>Numéro de carte ou nom</translation>
    </message>
    <message>
        <source>The visitor&apos;s card number or name</source>
        <translation>Le numéro de carte ou le nom du visiteur</translation>
    </message>
    <message>
        <source>&amp;Take a number</source>
        <translation>Donner un &amp;numéro</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>State and wait</source>
        <translation>État et attente</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>La file d&apos;attente</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <source>Hold the first free computer for the selected number (Enter)</source>
        <translation>Réserver le premier ordinateur libre pour le numéro sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Ca&amp;ll to…</source>
        <translation>Appeler &amp;sur…</translation>
    </message>
    <message>
        <source>Hold the computer you choose for this number</source>
        <translation>Réserver l&apos;ordinateur de votre choix pour ce numéro</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Send the selected number to the end of the line</source>
        <translation>Envoyer le numéro sélectionné en fin de file</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Take the selected number out of the line</source>
        <translation>Retirer le numéro sélectionné de la file</translation>
    </message>
    <message>
        <source>Ser&amp;ved</source>
        <translation>Ser&amp;vi</translation>
    </message>
    <message>
        <source>The visitor was served at the desk</source>
        <translation>Le visiteur a été servi à l&apos;accueil</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Donner un numéro</translation>
    </message>
    <message>
        <source>Call the first in line</source>
        <translation>Appeler le premier de la file</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <source>00:00 as the closing time means midnight.</source>
        <translation>00:00 comme heure de fermeture signifie minuit.</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Retirer cette plage</translation>
    </message>
</context>
<context>
    <name>ReadyMessages</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Ready-made messages:</source>
        <translation>Messages &amp;types :</translation>
    </message>
    <message>
        <source>Ready-made messages</source>
        <translation>Messages types</translation>
    </message>
    <message>
        <source>Edit the list…</source>
        <translation>Modifier la liste…</translation>
    </message>
    <message>
        <source>&amp;Message (shown on the screen until the visitor closes it):</source>
        <translation>&amp;Message (affiché à l&apos;écran jusqu&apos;à ce que le visiteur le ferme) :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>No ready-made message yet.</source>
        <translation>Pas encore de message type.</translation>
    </message>
    <message>
        <source>Each computer shows it in its visitor&apos;s language (%1).</source>
        <translation>Chaque ordinateur l&apos;affiche dans la langue de son visiteur (%1).</translation>
    </message>
    <message>
        <source>A typed message is shown as you write it.</source>
        <translation>Un message tapé s&apos;affiche tel que vous l&apos;écrivez.</translation>
    </message>
    <message>
        <source>Ready-made messages of %1</source>
        <extracomment>Saves a site&apos;s list (through the server&apos;s checks), then calls ``done`` with what was saved or ``failed`` with the refusal: the editor closes only once saved.</extracomment>
        <translation>Messages types de %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Each message needs a text in French, the site&apos;s language.</source>
        <translation>Chaque message doit avoir un texte en français, la langue du site.</translation>
    </message>
    <message>
        <source>Each message needs a text in Dutch, the site&apos;s language.</source>
        <translation>Chaque message doit avoir un texte en néerlandais, la langue du site.</translation>
    </message>
    <message>
        <source>Each message needs a text in English, the site&apos;s language.</source>
        <translation>Chaque message doit avoir un texte en anglais, la langue du site.</translation>
    </message>
    <message>
        <source>A message is too long (%1 characters at most) or empty, or there are too many.</source>
        <translation>Un message est trop long (%1 caractères au maximum) ou vide, ou il y en a trop.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</source>
        <translation>Le serveur est injoignable. Réessayez dans un instant, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Tapez votre code PIN, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Your card is blocked. Ask the staff at the desk.</source>
        <translation>Votre carte est bloquée. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back tomorrow.</source>
        <translation>Votre temps d&apos;ordinateur du jour est épuisé. Vous en aurez à nouveau demain.</translation>
    </message>
    <message>
        <source>The room is closed now. Come back during opening hours.</source>
        <translation>L&apos;espace est fermé maintenant. Revenez pendant les heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>You are already signed in on another computer. End that session first, or ask the staff at the desk.</source>
        <translation>Vous êtes déjà connecté sur un autre ordinateur. Terminez d&apos;abord cette session, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>Cet ordinateur est hors service. Utilisez-en un autre, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This ticket is not valid. Ask the staff at the desk.</source>
        <translation>Ce ticket n&apos;est pas valable. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This computer is not registered with the server. Ask the staff at the desk.</source>
        <translation>Cet ordinateur n&apos;est pas enregistré auprès du serveur. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <extracomment>A weekly allowance below this many seconds is used up (admin.rules.grant.MIN_GRANT_SECONDS).</extracomment>
        <translation>demain</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>weekday</comment>
        <translation>le %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>date</comment>
        <translation>le %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>weekday</comment>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>date</comment>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>The room is closed now. It opens again %1.</source>
        <translation>L&apos;espace est fermé maintenant. Il rouvre %1.</translation>
    </message>
    <message>
        <source>Your session on computer %1 may still be open: that computer does not answer. Ask the staff at the desk to end it.</source>
        <translation>Votre session sur l&apos;ordinateur %1 est peut-être encore ouverte : cet ordinateur ne répond pas. Demandez à l&apos;accueil de la terminer.</translation>
    </message>
    <message>
        <source>You are already signed in on computer %1. End your session there first, or ask the staff at the desk.</source>
        <translation>Vous êtes déjà connecté sur l&apos;ordinateur %1. Terminez d&apos;abord votre session là-bas, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Your card is blocked. You can use it again on %1, or ask the staff at the desk.</source>
        <translation>Votre carte est bloquée. Vous pourrez à nouveau l&apos;utiliser le %1, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Your library card has expired. Please see the desk to renew it.</source>
        <translation>Votre carte de bibliothèque a expiré. Passez à l&apos;accueil pour la renouveler.</translation>
    </message>
    <message>
        <source>Card number or PIN not recognised. Check them and try again, or ask the staff at the desk.</source>
        <translation>Numéro de carte ou code PIN non reconnu. Vérifiez-les et réessayez, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The library system blocks your card. Please see the desk.</source>
        <translation>La bibliothèque a bloqué votre carte. Passez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The library system cannot be reached just now. Try again in a moment, or ask the staff at the desk.</source>
        <translation>Le système de la bibliothèque ne répond pas pour l&apos;instant. Réessayez dans un moment, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>La connexion n&apos;a pas fonctionné. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Please see the desk about fines on your card.</source>
        <translation>Passez à l&apos;accueil : votre carte a des amendes.</translation>
    </message>
    <message>
        <source>Please see the desk: fines of %1.</source>
        <translation>Passez à l&apos;accueil : amendes de %1.</translation>
    </message>
    <message>
        <source>Your computer time for this week is used up. It comes back %1.</source>
        <translation>Votre temps d&apos;ordinateur de la semaine est épuisé. Vous en aurez à nouveau %1.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back %1.</source>
        <translation>Votre temps d&apos;ordinateur du jour est épuisé. Vous en aurez à nouveau %1.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, or ask the staff at the desk.</source>
        <translation>Trop d&apos;essais. Attendez quelques minutes, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Too many tries. Try again in a minute, or ask the staff at the desk.</source>
        <translation>Trop d&apos;essais. Réessayez dans une minute, ou demandez à l&apos;accueil.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Try again in %n minutes, or ask the staff at the desk.</source>
        <translation>
            <numerusform>Trop d&apos;essais. Réessayez dans %n minute, ou demandez à l&apos;accueil.</numerusform>
            <numerusform>Trop d&apos;essais. Réessayez dans %n minutes, ou demandez à l&apos;accueil.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is reserved for someone else. Your reserved computer is %1.</source>
        <translation>Cet ordinateur est réservé pour quelqu&apos;un d&apos;autre. Votre ordinateur réservé est %1.</translation>
    </message>
    <message>
        <source>This computer is reserved for someone else. Please use another one.</source>
        <translation>Cet ordinateur est réservé pour quelqu&apos;un d&apos;autre. Utilisez-en un autre, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This computer is reserved for number %2 until %1. Please use another one.</source>
        <translation>Cet ordinateur est réservé pour le numéro %2 jusqu&apos;à %1. Utilisez-en un autre, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This computer is reserved for “%2” until %1. Please use another one.</source>
        <translation>Cet ordinateur est réservé pour « %2 » jusqu&apos;à %1. Utilisez-en un autre, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This computer is reserved until %1. Please use another one.</source>
        <translation>Cet ordinateur est réservé jusqu&apos;à %1. Utilisez-en un autre, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Another computer is reserved for you. Ask the staff at the desk which one.</source>
        <translation>Un autre ordinateur est réservé pour vous. Demandez à l&apos;accueil lequel.</translation>
    </message>
    <message>
        <source>Computer %1 is reserved for you. Please sign in there.</source>
        <translation>L&apos;ordinateur %1 est réservé pour vous. Connectez-vous sur celui-là, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Computer %1 is reserved for you until %2. Please sign in there.</source>
        <translation>L&apos;ordinateur %1 est réservé pour vous jusqu&apos;à %2. Connectez-vous sur celui-là, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>This code does not open this computer. Check it, or ask your teacher or animateur.</source>
        <translation>Ce code n&apos;ouvre pas cet ordinateur. Vérifiez-le, ou demandez à votre professeur ou à votre animateur.</translation>
    </message>
    <message>
        <source>We do not know this ticket code. Check it and try again, or ask the staff at the desk.</source>
        <translation>Nous ne connaissons pas ce code de ticket. Vérifiez-le et réessayez, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This ticket was already used. Ask the staff at the desk for a new one.</source>
        <translation>Ce ticket a déjà été utilisé. Demandez-en un nouveau à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This ticket is no longer valid. Ask the staff at the desk for a new one.</source>
        <translation>Ce ticket n&apos;est plus valable. Demandez-en un nouveau à l&apos;accueil.</translation>
    </message>
    <message>
        <source>This ticket is not valid yet. Look at the date on it, or ask the staff.</source>
        <translation>Ce ticket n&apos;est pas encore valable. Regardez la date indiquée, ou demandez à l&apos;équipe.</translation>
    </message>
    <message>
        <source>This ticket is for another public computer room. Ask the staff at the desk.</source>
        <translation>Ce ticket est valable dans un autre espace public numérique. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Something went wrong. Ask the staff at the desk.</source>
        <translation>Un problème est survenu. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>To use a computer here you need to accept the rules. Ask the staff if you have questions.</source>
        <translation>Pour utiliser un ordinateur ici, vous devez accepter le règlement. Posez vos questions à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Type or scan your card number first.</source>
        <translation>Tapez ou scannez d&apos;abord votre numéro de carte.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>The theme ‘%1’ is not in the list any more: choose another one.</source>
        <translation>Le thème « %1 » n&apos;est plus dans la liste : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The theme ‘%1’ is used by workshops: it stays.</source>
        <translation>Le thème « %1 » est utilisé par des ateliers : il est conservé.</translation>
    </message>
    <message>
        <source>The title in %1, the site&apos;s language, is required: type it.</source>
        <translation>Le titre en %1, la langue du site, est obligatoire : tapez-le.</translation>
    </message>
    <message>
        <source>This person is already on the waitlist.</source>
        <translation>Cette personne est déjà sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>This person is already registered.</source>
        <translation>Cette personne est déjà inscrite.</translation>
    </message>
    <message numerus="yes">
        <source>This visitor missed %n workshop(s) without cancelling: registrations are paused until %1.</source>
        <translation>
            <numerusform>Ce visiteur a manqué %n atelier sans annuler : ses inscriptions sont suspendues jusqu&apos;au %1.</numerusform>
            <numerusform>Ce visiteur a manqué %n ateliers sans annuler : ses inscriptions sont suspendues jusqu&apos;au %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workshop is cancelled: nothing can change in it.</source>
        <translation>Cet atelier est annulé : plus rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>This workshop is over: nobody can register any more.</source>
        <translation>Cet atelier est terminé : plus personne ne peut s&apos;y inscrire.</translation>
    </message>
    <message>
        <source>This person came to no date of the workshop: there is no certificate to give.</source>
        <translation>Cette personne n&apos;est venue à aucune date de l&apos;atelier : il n&apos;y a pas d&apos;attestation à lui donner.</translation>
    </message>
    <message>
        <source>This visitor is in a session: erase after it ends.</source>
        <translation>Cette personne est en session : effacez le compte quand la session est terminée.</translation>
    </message>
    <message>
        <source>The server cannot write PDF documents: its font is missing (package %1). Tell the IT staff.</source>
        <translation>Le serveur ne peut pas écrire de documents PDF : sa police manque (paquet %1). Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>You are not the teacher of this class or of this site.</source>
        <translation>Vous n’êtes pas l’enseignant de cette classe ou de ce site.</translation>
    </message>
    <message>
        <source>This class is not running: nothing was sent.</source>
        <translation>Cette classe n’est pas en cours : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Your class is still running: end it before starting another.</source>
        <translation>Votre classe est encore en cours : terminez-la avant d’en commencer une autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are registered: the capacity cannot be lower. Cancel registrations first.</source>
        <translation>
            <numerusform>%n personne est inscrite : le nombre de places ne peut pas être plus bas. Annulez d&apos;abord des inscriptions.</numerusform>
            <numerusform>%n personnes sont inscrites : le nombre de places ne peut pas être plus bas. Annulez d&apos;abord des inscriptions.</numerusform>
        </translation>
    </message>
    <message>
        <source>People register for each date of this workshop: choose one.</source>
        <translation>On s&apos;inscrit à chaque date de cet atelier : choisissez-en une.</translation>
    </message>
    <message>
        <source>People register for the whole series of this workshop.</source>
        <translation>On s&apos;inscrit à toute la série de cet atelier.</translation>
    </message>
    <message>
        <source>This person is not registered for this date.</source>
        <translation>Cette personne n&apos;est pas inscrite à cette date.</translation>
    </message>
    <message>
        <source>This date starts at %1: attendance is taken from then on.</source>
        <translation>Cette date commence le %1 : les présences se notent à partir de ce moment.</translation>
    </message>
    <message>
        <source>This date is not one of this workshop&apos;s any more.</source>
        <translation>Cette date ne fait plus partie de cet atelier.</translation>
    </message>
    <message>
        <source>The server has no account with this card number any more: search again.</source>
        <translation>Le serveur n&apos;a plus de compte avec ce numéro de carte : cherchez à nouveau.</translation>
    </message>
    <message>
        <source>Only an administrator may erase a visitor&apos;s account.</source>
        <translation>Seul un administrateur peut effacer le compte d&apos;un visiteur.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Type or scan the visitor&apos;s card number.</source>
        <translation>Tapez ou scannez le numéro de carte du visiteur.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Tapez le nom de la personne.</translation>
    </message>
    <message>
        <source>Register for a workshop</source>
        <translation>Inscrire à un atelier</translation>
    </message>
    <message>
        <source>A visitor with a card</source>
        <translation>Un visiteur avec une carte</translation>
    </message>
    <message>
        <source>Someone without a card</source>
        <translation>Une personne sans carte</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Numéro de carte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Gender (optional)</source>
        <translation>&amp;Genre (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Age (optional)</source>
        <translation>Â&amp;ge (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Status (optional)</source>
        <translation>&amp;Statut (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Commune (optional)</source>
        <translation>&amp;Commune (facultatif)</translation>
    </message>
    <message>
        <source>Outside Brussels</source>
        <translation>Hors de Bruxelles</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The last day is before the first day: check the dates.</source>
        <translation>Le dernier jour est avant le premier : vérifiez les dates.</translation>
    </message>
    <message>
        <source>This period has not started yet: choose a period that has begun.</source>
        <translation>Cette période n&apos;a pas encore commencé : choisissez une période déjà entamée.</translation>
    </message>
    <message>
        <source>Reports start on 1 January 2000: choose a later date.</source>
        <translation>Les rapports commencent le 1er janvier 2000 : choisissez une date plus récente.</translation>
    </message>
    <message>
        <source>A report covers at most five years: choose a shorter period.</source>
        <translation>Un rapport couvre au plus cinq ans : choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>The server does not accept this year: choose another one.</source>
        <translation>Le serveur n&apos;accepte pas cette année : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Give both dates, the first and the last day.</source>
        <translation>Indiquez les deux dates, le premier et le dernier jour.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Tout le réseau</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tous mes sites</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel spreadsheets (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV files (*.zip)</source>
        <translation>Archives ZIP de fichiers CSV (*.zip)</translation>
    </message>
    <message>
        <source>Save the label report</source>
        <translation>Enregistrer le rapport pour le label</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>The label report of a period for the funder: opening hours against the label&apos;s thresholds, computers, hours used, visitors and their profile, workshops.</source>
        <translation>Le rapport d&apos;une période pour le label, à remettre au pouvoir subsidiant : heures d&apos;ouverture face aux seuils du label, ordinateurs, heures utilisées, visiteurs et leur profil, ateliers.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>From one date to another</source>
        <translation>D&apos;une date à une autre</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Trimestre %1</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Tableur (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (ZIP)</source>
        <translation>Fichiers CSV (ZIP)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>Language of the &amp;report:</source>
        <translation>Langue du &amp;rapport :</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Cré&amp;er</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Ouvrir le rapport enregistré</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>No account is due for deletion within a month.</source>
        <translation>Aucun compte ne sera supprimé dans le mois.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Periods set in the server configuration (read-only here):</source>
        <translation>Durées fixées dans la configuration du serveur (lecture seule ici) :</translation>
    </message>
    <message>
        <source>The daily job runs on the server; administrators see its last run here.</source>
        <translation>Le traitement quotidien tourne sur le serveur ; les administrateurs voient ici son dernier passage.</translation>
    </message>
    <message>
        <source>The daily job has not run yet.</source>
        <translation>Le traitement quotidien n&apos;a pas encore tourné.</translation>
    </message>
    <message>
        <source>Last run of the daily job: %1 — %2.</source>
        <translation>Dernier passage du traitement quotidien : %1 — %2.</translation>
    </message>
    <message>
        <source>Retention of visitors&apos; data</source>
        <translation>Conservation des données des visiteurs</translation>
    </message>
    <message>
        <source>Accounts deleted within a month unless the visitor uses them. A session at a computer or a workshop registration counts as use; a change by staff does not. There is no other way to keep an account: tell the visitor to come by.</source>
        <translation>Comptes supprimés dans le mois si la personne ne s&apos;en sert pas. Une session sur un ordinateur ou une inscription à un atelier compte comme utilisation ; une modification par le personnel, non. Il n&apos;y a pas d&apos;autre moyen de garder un compte : invitez la personne à passer.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last use</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Deletion date</source>
        <translation>Date de suppression</translation>
    </message>
</context>
<context>
    <name>RetentionTexts</name>
    <message numerus="yes">
        <source>Sessions lose the visitor&apos;s name after %n month(s) (they still count).</source>
        <extracomment>The job&apos;s counts named one by one; the others are added up as &quot;other records&quot;.</extracomment>
        <translation>
            <numerusform>Les sessions perdent le nom du visiteur après %n mois (elles comptent toujours).</numerusform>
            <numerusform>Les sessions perdent le nom du visiteur après %n mois (elles comptent toujours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s), a session no longer tells which visitor it was.</source>
        <translation>
            <numerusform>Après %n mois, une session ne dit plus de quel visiteur il s&apos;agissait.</numerusform>
            <numerusform>Après %n mois, une session ne dit plus de quel visiteur il s&apos;agissait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts not used for %n month(s) are deleted.</source>
        <translation>
            <numerusform>Les comptes inutilisés depuis %n mois sont supprimés.</numerusform>
            <numerusform>Les comptes inutilisés depuis %n mois sont supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries are kept %n month(s).</source>
        <translation>
            <numerusform>Les entrées du journal d&apos;audit sont gardées %n mois.</numerusform>
            <numerusform>Les entrées du journal d&apos;audit sont gardées %n mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) pseudonymised</source>
        <translation>
            <numerusform>%n session pseudonymisée</numerusform>
            <numerusform>%n sessions pseudonymisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer linked to a visitor</source>
        <translation>
            <numerusform>%n session n&apos;est plus liée à un visiteur</numerusform>
            <numerusform>%n sessions ne sont plus liées à un visiteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted</source>
        <translation>
            <numerusform>%n compte supprimé</numerusform>
            <numerusform>%n comptes supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) deleted</source>
        <translation>
            <numerusform>%n entrée d&apos;audit supprimée</numerusform>
            <numerusform>%n entrées d&apos;audit supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) removed or unlinked</source>
        <translation>
            <numerusform>%n autre enregistrement supprimé ou détaché</numerusform>
            <numerusform>%n autres enregistrements supprimés ou détachés</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>rien n&apos;était échu</translation>
    </message>
</context>
<context>
    <name>RoomText</name>
    <message>
        <source>Free</source>
        <extracomment>How many characters of an identifier stay readable (at most half of it).</extracomment>
        <translation>Libre</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Extending +%1…</source>
        <translation>Prolongation +%1…</translation>
    </message>
    <message>
        <source>Setting the time left to %1…</source>
        <translation>Envoi du nouveau temps restant (%1)…</translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Fin de la session…</translation>
    </message>
    <message>
        <source>Sending a message…</source>
        <translation>Envoi d&apos;un message…</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Verrouillage…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Putting out of order…</source>
        <translation>Mise hors service…</translation>
    </message>
    <message>
        <source>Putting back in service…</source>
        <translation>Remise en service…</translation>
    </message>
    <message>
        <source>Telling the visitor you are coming…</source>
        <translation>Le visiteur est prévenu que vous arrivez…</translation>
    </message>
    <message>
        <source>Signing in %1…</source>
        <translation>Connexion de %1…</translation>
    </message>
    <message>
        <source>Signing a visitor in…</source>
        <translation>Connexion d&apos;un visiteur…</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>Fixer le temps</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Remise en service</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refusé : %2</translation>
    </message>
    <message>
        <source>%1 failed on the computer. Check it and try again.</source>
        <translation>%1 a échoué sur l&apos;ordinateur. Vérifiez l&apos;ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>Forbidden program reported, not stopped: %1</source>
        <translation>Programme interdit signalé, non arrêté : %1</translation>
    </message>
    <message>
        <source>Forbidden program found: %1</source>
        <translation>Programme interdit détecté : %1</translation>
    </message>
    <message>
        <source>Out of order: %1</source>
        <translation>Hors service : %1</translation>
    </message>
    <message>
        <source>Out of order (no reason given)</source>
        <translation>Hors service (aucune raison donnée)</translation>
    </message>
    <message>
        <source>Little time left</source>
        <translation>Peu de temps restant</translation>
    </message>
    <message>
        <source>Program stopped: %1</source>
        <translation>Programme arrêté : %1</translation>
    </message>
    <message>
        <source>Computer not protected: Wayland session, the escape keys are not blocked</source>
        <translation>Ordinateur non protégé : session Wayland, les touches d&apos;échappement ne sont pas bloquées</translation>
    </message>
    <message>
        <source>The visitor&apos;s screen is not running (or keeps crashing)</source>
        <translation>L&apos;écran du visiteur ne tourne pas (ou plante sans cesse)</translation>
    </message>
    <message>
        <source>What the last visitor left could not all be removed</source>
        <translation>Ce que le visiteur précédent a laissé n&apos;a pas pu être entièrement effacé</translation>
    </message>
    <message>
        <source>Station program too old for this server (needs %1 or later): update it</source>
        <translation>Programme de l&apos;ordinateur trop ancien pour ce serveur (version %1 ou plus récente requise) : mettez-le à jour</translation>
    </message>
    <message>
        <source>Computer partly protected: some escape keys are not blocked</source>
        <translation>Ordinateur partiellement protégé : certaines touches d&apos;échappement ne sont pas bloquées</translation>
    </message>
    <message>
        <source>Enrolment refused: code expired (%1)</source>
        <translation>Inscription refusée : code expiré (%1)</translation>
    </message>
    <message>
        <source>Enrolment refused: code already used (%1)</source>
        <translation>Inscription refusée : code déjà utilisé (%1)</translation>
    </message>
    <message>
        <source>1 recent error</source>
        <translation>1 erreur récente</translation>
    </message>
    <message>
        <source>%1 recent errors</source>
        <translation>%1 erreurs récentes</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Calls the desk</source>
        <translation>Appelle l&apos;accueil</translation>
    </message>
    <message>
        <source>Calls the desk · %1 min</source>
        <translation>Appelle l&apos;accueil · %1 min</translation>
    </message>
    <message>
        <source>Called the desk at %1 (waiting %2 min)</source>
        <translation>A appelé l&apos;accueil à %1 (attend depuis %2 min)</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Room</source>
        <extracomment>A teacher&apos;s class bar (None for staff): the room shows their class&apos;s PCs only.</extracomment>
        <translation>Salle</translation>
    </message>
    <message>
        <source>No computer at this site yet. An administrator adds them with &quot;epn station add&quot;, then enrols each PC.</source>
        <translation>Aucun ordinateur sur ce site pour l&apos;instant. Un administrateur les ajoute avec « epn station add », puis inscrit chaque ordinateur.</translation>
    </message>
    <message>
        <source>No computer matches. Clear the search or choose &quot;All&quot;.</source>
        <translation>Aucun ordinateur ne correspond. Effacez la recherche ou choisissez « Tous ».</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>Minutes to add to %1:</source>
        <translation>Minutes à ajouter à %1 :</translation>
    </message>
    <message>
        <source>Extend after closing time</source>
        <translation>Prolonger après la fermeture</translation>
    </message>
    <message>
        <source>Minutes to add to %1, even past closing time (recorded in the audit log):</source>
        <translation>Minutes à ajouter à %1, même après l&apos;heure de fermeture (noté dans le journal d&apos;audit) :</translation>
    </message>
    <message>
        <source>Set time left</source>
        <translation>Fixer le temps restant</translation>
    </message>
    <message>
        <source>Time left from now on %1, in minutes:</source>
        <translation>Temps restant sur %1 à partir de maintenant, en minutes :</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>End the session of %1 on %2 now?</source>
        <translation>Terminer maintenant la session de %1 sur %2 ?</translation>
    </message>
    <message>
        <source>End the session on %1 now?</source>
        <translation>Terminer maintenant la session sur %1 ?</translation>
    </message>
    <message>
        <source>%1: cut to closing time, %2 (%3).</source>
        <translation>%1 : limité à l&apos;heure de fermeture, %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>End %n session(s) now: %1?</source>
        <translation>
            <numerusform>Terminer maintenant %n session : %1 ?</numerusform>
            <numerusform>Terminer maintenant %n sessions : %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End all %n session(s) in the room now? Every visitor is signed out.</source>
        <translation>
            <numerusform>Terminer maintenant la %n session de la salle ? Le visiteur est déconnecté.</numerusform>
            <numerusform>Terminer maintenant les %n sessions de la salle ? Tous les visiteurs sont déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Message pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Message to %n computer(s)</source>
        <translation>
            <numerusform>Message pour %n ordinateur</numerusform>
            <numerusform>Message pour %n ordinateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Why is %1 out of order? Your colleagues see the reason.</source>
        <translation>Pourquoi %1 est-il hors service ? Vos collègues voient la raison.</translation>
    </message>
    <message>
        <source>Put %1 out of order? The session running there ends now.</source>
        <translation>Mettre %1 hors service ? La session en cours s&apos;y termine maintenant.</translation>
    </message>
    <message>
        <source>Put %1 out of order? Nobody can sign in there until it is back.</source>
        <translation>Mettre %1 hors service ? Personne ne pourra s&apos;y connecter avant sa remise en service.</translation>
    </message>
    <message numerus="yes">
        <source>Put %n computer(s) out of order? Sessions running there end now.</source>
        <translation>
            <numerusform>Mettre %n ordinateur hors service ? La session en cours s&apos;y termine maintenant.</numerusform>
            <numerusform>Mettre %n ordinateurs hors service ? Les sessions en cours s&apos;y terminent maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the visitor is being signed in.</source>
        <translation>%1 : le visiteur est en cours de connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n computer(s)…</source>
        <translation>
            <numerusform>Envoi à %n ordinateur…</numerusform>
            <numerusform>Envoi à %n ordinateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent to %2.</source>
        <translation>%1 : envoyé à %2.</translation>
    </message>
    <message>
        <source>%1 refused on %2 of %3 computers: see their tiles.</source>
        <translation>%1 refusé sur %2 des %3 ordinateurs : voir leurs vignettes.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>C&amp;hercher</translation>
    </message>
    <message>
        <source>Computer or visitor (Ctrl+F)</source>
        <translation>Ordinateur ou visiteur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a computer or visitor</source>
        <translation>Chercher un ordinateur ou un visiteur</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sort the computers by</source>
        <translation>Trier les ordinateurs par</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>One tile per computer (Ctrl+Shift+L switches)</source>
        <translation>Une vignette par ordinateur (Ctrl+Maj+L pour basculer)</translation>
    </message>
    <message>
        <source>A compact list, for large rooms (Ctrl+Shift+L)</source>
        <translation>Une liste compacte, pour les grandes salles (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Sound for calls</source>
        <translation>Son pour les appels</translation>
    </message>
    <message>
        <source>Play a sound when a computer calls the desk</source>
        <translation>Émettre un son quand un ordinateur appelle l&apos;accueil</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>J&apos;arrive</translation>
    </message>
    <message>
        <source>Answer the selected computers&apos; call: the visitor sees you are coming (Ctrl+J)</source>
        <translation>Répondre à l&apos;appel des ordinateurs sélectionnés : le visiteur voit que vous arrivez (Ctrl+J)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Add 5 minutes to the selected sessions (Ctrl+Shift+E)</source>
        <translation>Ajouter 5 minutes aux sessions sélectionnées (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>Add 15 minutes to the selected sessions (Ctrl+E)</source>
        <translation>Ajouter 15 minutes aux sessions sélectionnées (Ctrl+E)</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <source>Add the minutes you choose (Ctrl+Shift+T)</source>
        <translation>Ajouter les minutes de votre choix (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>Set time…</source>
        <translation>Fixer le temps…</translation>
    </message>
    <message>
        <source>Set the time left of the selected sessions (Ctrl+T)</source>
        <translation>Fixer le temps restant des sessions sélectionnées (Ctrl+T)</translation>
    </message>
    <message>
        <source>Extend after closing time…</source>
        <translation>Prolonger après la fermeture…</translation>
    </message>
    <message>
        <source>Administrators: let the selected sessions run past closing time</source>
        <translation>Administrateurs : laisser les sessions choisies continuer après la fermeture</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End the selected sessions, after confirming (Del)</source>
        <translation>Terminer les sessions sélectionnées, après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Show a message on the selected computers (Ctrl+M)</source>
        <translation>Afficher un message sur les ordinateurs sélectionnés (Ctrl+M)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the screen; the visitor&apos;s time keeps running (Ctrl+L)</source>
        <translation>Verrouiller l&apos;écran ; le temps du visiteur continue de s&apos;écouler (Ctrl+L)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the selected screens (Ctrl+U)</source>
        <translation>Déverrouiller les écrans sélectionnés (Ctrl+U)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Sign a visitor in on the selected free computer (Ctrl+N, or Enter)</source>
        <translation>Connecter un visiteur sur l&apos;ordinateur libre sélectionné (Ctrl+N, ou Entrée)</translation>
    </message>
    <message>
        <source>Out of order…</source>
        <translation>Hors service…</translation>
    </message>
    <message>
        <source>Put the selected computers out of order, with a reason</source>
        <translation>Mettre les ordinateurs sélectionnés hors service, avec une raison</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>Put the selected computers back in service</source>
        <translation>Remettre en service les ordinateurs sélectionnés</translation>
    </message>
    <message>
        <source>End all sessions…</source>
        <translation>Terminer toutes les sessions…</translation>
    </message>
    <message>
        <source>Closing time: end every session of the room, after confirming</source>
        <translation>Fermeture : terminer toutes les sessions de la salle, après confirmation</translation>
    </message>
    <message>
        <source>Show errors…</source>
        <translation>Voir les erreurs…</translation>
    </message>
    <message>
        <source>The errors the selected computer reported to the server</source>
        <translation>Les erreurs que l&apos;ordinateur sélectionné a signalées au serveur</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Find a computer or visitor (Ctrl+F)</source>
        <translation>Chercher un ordinateur ou un visiteur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tiles or list</source>
        <translation>Vignettes ou liste</translation>
    </message>
    <message>
        <source>Switch between tiles and the list (Ctrl+Shift+L)</source>
        <translation>Basculer entre les vignettes et la liste (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Plus de temps</translation>
    </message>
    <message>
        <source>+5 min, the minutes you choose, the time left</source>
        <translation>+5 min, les minutes de votre choix, le temps restant</translation>
    </message>
    <message>
        <source>More time actions</source>
        <translation>Autres actions sur le temps</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>In use (%1)</source>
        <translation>Occupés (%1)</translation>
    </message>
    <message>
        <source>Free (%1)</source>
        <translation>Libres (%1)</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>À surveiller (%1)</translation>
    </message>
    <message>
        <source>Offline or out of order (%1)</source>
        <translation>Hors ligne ou hors service (%1)</translation>
    </message>
    <message>
        <source>Select a computer (Ctrl+click or Shift+click for several, Ctrl+A for all).</source>
        <translation>Sélectionnez un ordinateur (Ctrl+clic ou Maj+clic pour plusieurs, Ctrl+A pour tous).</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) selected</source>
        <translation>
            <numerusform>%n ordinateur sélectionné</numerusform>
            <numerusform>%n ordinateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Book this computer…</source>
        <translation>Réserver cet ordinateur…</translation>
    </message>
    <message>
        <source>Book the selected computer for a visitor, later today or another day (Ctrl+R)</source>
        <translation>Réserver l&apos;ordinateur sélectionné pour un visiteur, plus tard aujourd&apos;hui ou un autre jour (Ctrl+R)</translation>
    </message>
    <message>
        <source>Book for a group…</source>
        <translation>Réserver pour un groupe…</translation>
    </message>
    <message>
        <source>Book several computers for a class or a group</source>
        <translation>Réserver plusieurs ordinateurs pour une classe ou un groupe</translation>
    </message>
    <message>
        <source>Bookings…</source>
        <translation>Réservations…</translation>
    </message>
    <message>
        <source>Today&apos;s and upcoming bookings, to cancel one (Ctrl+Shift+B)</source>
        <translation>Les réservations d&apos;aujourd&apos;hui et à venir, pour en annuler une (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Out of order, back in service, bookings, errors</source>
        <translation>Hors service, remise en service, réservations, erreurs</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>%1 per session, %2 per day, %3 per week</source>
        <translation>%1 par session, %2 par jour, %3 par semaine</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <source>Time allowances</source>
        <translation>Temps autorisé</translation>
    </message>
    <message>
        <source>Loading the time allowances…</source>
        <translation>Chargement du temps autorisé…</translation>
    </message>
    <message>
        <source>City-wide allowances of “%1”, for every site.</source>
        <translation>Temps autorisé de « %1 » pour toute la Ville, sur chaque site.</translation>
    </message>
    <message>
        <source>Allowances of “%1” at %2 only. The other sites keep theirs.</source>
        <translation>Temps autorisé de « %1 » à %2 seulement. Les autres sites gardent le leur.</translation>
    </message>
    <message>
        <source>To follow the city again, use “%1” instead.</source>
        <translation>Pour suivre à nouveau la Ville, utilisez plutôt « %1 ».</translation>
    </message>
    <message>
        <source>Change the allowances of “%1”</source>
        <translation>Modifier le temps autorisé de « %1 »</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>City-wide allowances of “%1” saved.</source>
        <translation>Temps autorisé de « %1 » pour toute la Ville enregistré.</translation>
    </message>
    <message>
        <source>Allowances of “%1” at %2 saved.</source>
        <translation>Temps autorisé de « %1 » à %2 enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Each warning and extension value comes on its own from the most specific line that sets it.</source>
        <translation>Chaque valeur d&apos;avertissement et de prolongation est reprise séparément de la ligne la plus précise qui la définit.</translation>
    </message>
    <message>
        <source>Remove the city-wide allowances of “%1”? This category then gets those of every other category: %2.</source>
        <translation>Supprimer le temps autorisé propre à « %1 » pour toute la Ville ? Cette catégorie reçoit alors celui de « Toutes les autres catégories » : %2.</translation>
    </message>
    <message>
        <source>Remove the allowances of “%1” that are %2&apos;s own? The site follows the city again: %3.</source>
        <translation>Supprimer le temps autorisé de « %1 » propre à %2 ? Le site suit à nouveau la Ville : %3.</translation>
    </message>
    <message>
        <source>“%1” now follows: %2.</source>
        <translation>« %1 » suit maintenant : %2.</translation>
    </message>
    <message>
        <source>These allowances were removed already. The page is up to date.</source>
        <translation>Ce temps autorisé avait déjà été supprimé. La page est à jour.</translation>
    </message>
    <message>
        <source>You may not change these allowances: only administrators change the city-wide ones, and staff those of their own sites.</source>
        <translation>Vous ne pouvez pas modifier ce temps autorisé : seuls les administrateurs modifient celui de toute la Ville, et le personnel celui de ses propres sites.</translation>
    </message>
    <message>
        <source>The server does not know this category or site any more. Press F5.</source>
        <translation>Le serveur ne connaît plus cette catégorie ou ce site. Appuyez sur F5.</translation>
    </message>
    <message>
        <source>The server refused these minutes. A session or a day is at most 24 h, a week at most 168 h.</source>
        <translation>Le serveur a refusé ces minutes. Une session ou une journée dure au plus 24 h, une semaine au plus 168 h.</translation>
    </message>
    <message>
        <source>Your minutes are kept: try again.</source>
        <translation>Vos minutes sont conservées : réessayez.</translation>
    </message>
    <message>
        <source>Name of the new category: lower-case letters, digits and &apos;-&apos;, at most 32 characters (e.g. &apos;senior-plus&apos;). It gets the allowances of every other category until you change them.</source>
        <translation>Nom de la nouvelle catégorie : lettres minuscules, chiffres et « - », 32 caractères au plus (p. ex. « senior-plus »). Elle reçoit le temps autorisé de « Toutes les autres catégories » tant que vous ne le modifiez pas.</translation>
    </message>
    <message>
        <source>Add a visitor category</source>
        <translation>Ajouter une catégorie de visiteurs</translation>
    </message>
    <message>
        <source>Category “%1” added.</source>
        <translation>Catégorie « %1 » ajoutée.</translation>
    </message>
    <message>
        <source>The category “%1” exists already.</source>
        <translation>La catégorie « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The server refused the name “%1”.</source>
        <translation>Le serveur a refusé le nom « %1 ».</translation>
    </message>
    <message>
        <source>“guest” is kept for guest tickets: choose another name.</source>
        <translation>« guest » est réservé aux tickets invités : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>“%1” cannot be a category name: use lower-case letters, digits and &apos;-&apos; only.</source>
        <translation>« %1 » ne peut pas être un nom de catégorie : utilisez seulement des lettres minuscules, des chiffres et « - ».</translation>
    </message>
    <message>
        <source>Time allowances — city-wide</source>
        <translation>Temps autorisé — toute la Ville</translation>
    </message>
    <message>
        <source>Minutes a visitor may use the computers, per session, per day and per week, by category. These apply at every site that has no allowances of its own. Choose a site in the toolbar to see and change its own.</source>
        <translation>Les minutes d&apos;ordinateur autorisées pour un visiteur, par session, par jour et par semaine, selon sa catégorie. Elles valent sur chaque site qui n&apos;a pas son propre temps autorisé. Choisissez un site dans la barre d&apos;outils pour voir et modifier le sien.</translation>
    </message>
    <message>
        <source>Time allowances — %1</source>
        <translation>Temps autorisé — %1</translation>
    </message>
    <message>
        <source>What applies at this site, per session, per day and per week. Lines in bold are this site&apos;s own; the others are inherited from the city and follow its changes. A change here applies to this site only.</source>
        <translation>Ce qui s&apos;applique sur ce site, par session, par jour et par semaine. Les lignes en gras sont propres à ce site ; les autres viennent de la Ville et suivent ses changements. Un changement ici ne vaut que pour ce site.</translation>
    </message>
    <message>
        <source>Use the default allowances</source>
        <translation>Reprendre le temps par défaut</translation>
    </message>
    <message>
        <source>The selected category gets the allowances of every other one again (Del)</source>
        <translation>La catégorie sélectionnée reçoit à nouveau le temps de « Toutes les autres catégories » (Suppr)</translation>
    </message>
    <message>
        <source>Use the city&apos;s allowances</source>
        <translation>Reprendre le temps de la Ville</translation>
    </message>
    <message>
        <source>Remove this site&apos;s own allowances of the selected category (Del)</source>
        <translation>Supprimer le temps propre à ce site pour la catégorie sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Read only: only administrators change the city-wide allowances. Choose one of your sites in the toolbar to set its own.</source>
        <translation>Lecture seule : seuls les administrateurs modifient le temps autorisé de toute la Ville. Choisissez un de vos sites dans la barre d&apos;outils pour régler le sien.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the allowances of the selected category (F2, Enter or double click)</source>
        <translation>Modifier le temps autorisé de la catégorie sélectionnée (F2, Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Add a category…</source>
        <translation>Ajouter une catégorie…</translation>
    </message>
    <message>
        <source>Add a visitor category (Ctrl+N)</source>
        <translation>Ajouter une catégorie de visiteurs (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Time left: %1</source>
        <extracomment>the expanded bar&apos;s new height (its rows changed): what is placed below it follows the apps shown by their initial (no icon of their own) buttons added to the first row (add_session_button), before &quot;Lock while I&apos;m away&quot;</extracomment>
        <translation>Temps restant : %1</translation>
    </message>
    <message>
        <source>Show the whole bar</source>
        <translation>Afficher toute la barre</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Encore %n minute</numerusform>
            <numerusform>Encore %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still there? %n s</source>
        <translation>
            <numerusform>Toujours là ? %n s</numerusform>
            <numerusform>Toujours là ? %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The staff added %n minute(s).</source>
        <translation>
            <numerusform>L&apos;équipe a ajouté %n minute.</numerusform>
            <numerusform>L&apos;équipe a ajouté %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>Show every program you can open</source>
        <translation>Voir tous les programmes que vous pouvez ouvrir</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Step away</source>
        <translation>Je m&apos;absente</translation>
    </message>
    <message>
        <source>Lock while I&apos;m away</source>
        <translation>Verrouiller pendant mon absence</translation>
    </message>
    <message>
        <source>Lock the screen while you step away. Your PIN or card number unlocks it.</source>
        <translation>Verrouillez l&apos;écran pendant votre absence. Votre code PIN ou votre numéro de carte le déverrouille.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <source>Make the bar smaller</source>
        <translation>Réduire la barre</translation>
    </message>
</context>
<context>
    <name>SessionRuleGrid</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provient de</translation>
    </message>
    <message>
        <source>Automatic extension</source>
        <translation>Prolongation automatique</translation>
    </message>
    <message>
        <source>Warnings and automatic extension by category</source>
        <translation>Avertissements et prolongation automatique par catégorie</translation>
    </message>
</context>
<context>
    <name>SessionRulesCounts</name>
    <message numerus="yes">
        <source>up to %n time(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n fois</numerusform>
            <numerusform>jusqu&apos;à %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRulesForm</name>
    <message>
        <source>no warning</source>
        <translation>aucun avertissement</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Warnings before the end</source>
        <translation>&amp;Avertissements avant la fin</translation>
    </message>
    <message>
        <source>Extend by, in &amp;minutes</source>
        <translation>Prolongation, en &amp;minutes</translation>
    </message>
    <message>
        <source>&amp;Times per session, at most</source>
        <translation>Nombre maximal de &amp;fois par session</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>Réglé ici</translation>
    </message>
    <message>
        <source>Warnings: minutes before the end, separated by commas; seconds with “s”. For example: 5, 1, 30 s. Empty: no warning.</source>
        <translation>Avertissements : minutes avant la fin, séparées par des virgules ; les secondes avec « s ». Par exemple : 5, 1, 30 s. Vide : aucun avertissement.</translation>
    </message>
    <message>
        <source>Tick at least one value. To leave them all as they fall through, remove this line instead.</source>
        <translation>Cochez au moins une valeur. Pour toutes les laisser suivre la ligne suivante, supprimez plutôt cette ligne.</translation>
    </message>
    <message>
        <source>What applies then: %1.</source>
        <translation>Ce qui s&apos;applique alors : %1.</translation>
    </message>
    <message>
        <source>No automatic extension while the minutes or the times are 0.</source>
        <translation>Pas de prolongation automatique tant que les minutes ou le nombre de fois valent 0.</translation>
    </message>
    <message>
        <source>as every category at this site</source>
        <translation>comme les autres catégories de ce site</translation>
    </message>
    <message>
        <source>as the city</source>
        <translation>comme la Ville</translation>
    </message>
    <message>
        <source>as every category</source>
        <translation>comme les autres catégories</translation>
    </message>
    <message>
        <source>as the defaults</source>
        <translation>comme les valeurs par défaut</translation>
    </message>
    <message>
        <source>Automatic extension never runs into a booking of the computer, and it stops while anybody waits in the site&apos;s queue.</source>
        <translation>La prolongation automatique ne déborde jamais sur une réservation de l&apos;ordinateur, et elle s&apos;arrête tant que quelqu&apos;un attend dans la file d&apos;attente du site.</translation>
    </message>
</context>
<context>
    <name>SessionRulesPanel</name>
    <message>
        <source>City-wide warnings and extension of “%1”, for every site without its own.</source>
        <translation>Avertissements et prolongation de « %1 » pour toute la Ville, sur chaque site qui n&apos;a pas les siens.</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1” at %2 only. The other sites keep theirs.</source>
        <translation>Avertissements et prolongation de « %1 » à %2 seulement. Les autres sites gardent les leurs.</translation>
    </message>
    <message>
        <source>To follow the city for every value, use “%1” instead.</source>
        <translation>Pour suivre la Ville pour chaque valeur, utilisez plutôt « %1 ».</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1”</source>
        <translation>Avertissements et prolongation de « %1 »</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1” saved.</source>
        <translation>Avertissements et prolongation de « %1 » enregistrés.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Remove the city-wide warnings and extension of “%1”? Then: %2.</source>
        <translation>Supprimer les avertissements et la prolongation de « %1 » pour toute la Ville ? Ensuite : %2.</translation>
    </message>
    <message>
        <source>Remove the warnings and extension of “%1” that are %2&apos;s own? Then: %3.</source>
        <translation>Supprimer les avertissements et la prolongation de « %1 » propres à %2 ? Ensuite : %3.</translation>
    </message>
    <message>
        <source>“%1” now has %2.</source>
        <translation>« %1 » a maintenant : %2.</translation>
    </message>
    <message>
        <source>This line was removed already. The page is up to date.</source>
        <translation>Cette ligne avait déjà été supprimée. La page est à jour.</translation>
    </message>
    <message>
        <source>You may not change these rules: only administrators change the city-wide ones, and staff those of their own sites.</source>
        <translation>Vous ne pouvez pas modifier ces règles : seuls les administrateurs modifient celles de toute la Ville, et le personnel celles de ses propres sites.</translation>
    </message>
    <message>
        <source>The server does not know this category or site any more. Press F5. Your values are kept.</source>
        <translation>Le serveur ne connaît plus cette catégorie ou ce site. Appuyez sur F5. Vos valeurs sont conservées.</translation>
    </message>
    <message>
        <source>The server refused these values: at most 5 warnings, each at most 60 min before the end; at most 600 min more, 20 times, 1000 computers. Your values are kept.</source>
        <translation>Le serveur a refusé ces valeurs : 5 avertissements au plus, chacun 60 min au plus avant la fin ; au plus 600 min en plus, 20 fois, 1000 ordinateurs. Vos valeurs sont conservées.</translation>
    </message>
    <message>
        <source>Your values are kept: try again.</source>
        <translation>Vos valeurs sont conservées : réessayez.</translation>
    </message>
    <message>
        <source>Use the general rules</source>
        <translation>Reprendre les règles générales</translation>
    </message>
    <message>
        <source>Remove the city-wide line of the selected category: its values come from every category&apos;s line or the defaults again (Del)</source>
        <translation>Supprimer la ligne de la catégorie sélectionnée pour toute la Ville : ses valeurs reviennent à la ligne « Toutes les autres catégories » ou aux valeurs par défaut (Suppr)</translation>
    </message>
    <message>
        <source>Use the city&apos;s rules</source>
        <translation>Reprendre les règles de la Ville</translation>
    </message>
    <message>
        <source>Remove this site&apos;s own line of the selected category (Del)</source>
        <translation>Supprimer la ligne propre à ce site pour la catégorie sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Read only: only administrators change the city-wide warnings and extensions.</source>
        <translation>Lecture seule : seuls les administrateurs modifient les avertissements et prolongations de toute la Ville.</translation>
    </message>
    <message>
        <source>Warnings before the end and automatic extension</source>
        <translation>Avertissements avant la fin et prolongation automatique</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the warnings and extension of the selected category (F2 on this list, Enter or double click)</source>
        <translation>Modifier les avertissements et la prolongation de la catégorie sélectionnée (F2 dans cette liste, Entrée ou double-clic)</translation>
    </message>
</context>
<context>
    <name>SessionRulesText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Aucun avertissement</translation>
    </message>
    <message>
        <source>No automatic extension</source>
        <translation>Pas de prolongation automatique</translation>
    </message>
    <message>
        <source>%1 min more</source>
        <translation>%1 min de plus</translation>
    </message>
    <message>
        <source>warnings %1 before the end</source>
        <translation>avertissements %1 avant la fin</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>aucun avertissement</translation>
    </message>
    <message>
        <source>no automatic extension</source>
        <translation>pas de prolongation automatique</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Ce site</translation>
    </message>
    <message>
        <source>This site (every category)</source>
        <translation>Ce site (autres catégories)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toute la Ville</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La Ville</translation>
    </message>
    <message>
        <source>City-wide (every category)</source>
        <translation>Toute la Ville (autres catégories)</translation>
    </message>
    <message>
        <source>The city (every category)</source>
        <translation>La Ville (autres catégories)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Minutes more</source>
        <translation>Minutes en plus</translation>
    </message>
    <message>
        <source>Times per session</source>
        <translation>Fois par session</translation>
    </message>
    <message>
        <source>“%1”: a warning comes at least 1 second before the end.</source>
        <translation>« %1 » : un avertissement doit venir au moins 1 seconde avant la fin.</translation>
    </message>
    <message>
        <source>“%1”: a warning comes at most 60 minutes before the end.</source>
        <translation>« %1 » : un avertissement doit venir au plus 60 minutes avant la fin.</translation>
    </message>
    <message>
        <source>At most 5 warnings.</source>
        <translation>5 avertissements au plus.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes, or seconds followed by “s”.</source>
        <translation>« %1 » n&apos;est pas une durée : tapez des minutes, ou des secondes suivies de « s ».</translation>
    </message>
    <message>
        <source>while nobody waits in the queue</source>
        <translation>si personne n&apos;attend</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>No visitor or guest ticket has this identifier. Check it.</source>
        <translation>Aucun visiteur ni ticket invité n&apos;a cet identifiant. Vérifiez-le.</translation>
    </message>
    <message>
        <source>This guest ticket cannot be used (expired or used up).</source>
        <translation>Ce ticket invité ne peut pas être utilisé (expiré ou épuisé).</translation>
    </message>
    <message>
        <source>This visitor&apos;s account is disabled.</source>
        <translation>Le compte de ce visiteur est désactivé.</translation>
    </message>
    <message>
        <source>This visitor has no computer time left today or this week.</source>
        <translation>Ce visiteur n&apos;a plus de temps d&apos;ordinateur aujourd&apos;hui ou cette semaine.</translation>
    </message>
    <message>
        <source>The site is closed now: nobody can be signed in.</source>
        <translation>Le site est fermé en ce moment : personne ne peut être connecté.</translation>
    </message>
    <message>
        <source>This visitor is already signed in on another computer. End that session first.</source>
        <translation>Ce visiteur est déjà connecté sur un autre ordinateur. Terminez d&apos;abord cette session.</translation>
    </message>
    <message>
        <source>This computer is out of order. Choose another one.</source>
        <translation>Cet ordinateur est hors service. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This computer is offline. Choose another one.</source>
        <translation>Cet ordinateur est hors ligne. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Someone is already signed in on this computer.</source>
        <translation>Quelqu&apos;un est déjà connecté sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This identifier is not valid. Check it.</source>
        <translation>Cet identifiant n&apos;est pas valide. Vérifiez-le.</translation>
    </message>
    <message>
        <source>Sign a visitor in on %1</source>
        <extracomment>Sends the identifier; calls one of the two callbacks on the UI thread.</extracomment>
        <translation>Connecter un visiteur sur %1</translation>
    </message>
    <message>
        <source>Type or scan the visitor&apos;s card number or guest ticket. They are signed in on %1 without their PIN: you vouch for them.</source>
        <translation>Tapez ou scannez le numéro de carte ou le ticket invité du visiteur. Il sera connecté sur %1 sans son code PIN : vous vous portez garant.</translation>
    </message>
    <message>
        <source>Visitor identifier</source>
        <translation>Identifiant du visiteur</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connecter</translation>
    </message>
</context>
<context>
    <name>SignInSourcesPanel</name>
    <message>
        <source>Sign-ins on %1 try, in this order: %2.</source>
        <translation>Les connexions à %1 essaient, dans cet ordre : %2.</translation>
    </message>
    <message>
        <source>the server&apos;s own visitor list</source>
        <translation>la liste des visiteurs du serveur</translation>
    </message>
    <message>
        <source>Visitors of this server</source>
        <translation>Visiteurs de ce serveur</translation>
    </message>
    <message>
        <source>library system, SIP2</source>
        <translation>système de la bibliothèque, SIP2</translation>
    </message>
    <message>
        <source>directory, LDAP</source>
        <translation>annuaire, LDAP</translation>
    </message>
    <message>
        <source>card unknown</source>
        <translation>carte inconnue</translation>
    </message>
    <message>
        <source>wrong PIN or password</source>
        <translation>code PIN ou mot de passe erroné</translation>
    </message>
    <message>
        <source>card expired</source>
        <translation>carte expirée</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>carte bloquée</translation>
    </message>
    <message>
        <source>fines</source>
        <translation>amendes</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Sign-in sources of this site</source>
        <translation>Sources de connexion de ce site</translation>
    </message>
    <message>
        <source>The sign-in sources are set in the server&apos;s configuration file; passwords are not shown. Counts are since the server&apos;s database was made.</source>
        <translation>Les sources de connexion se règlent dans le fichier de configuration du serveur ; les mots de passe ne sont pas affichés. Les nombres sont comptés depuis la création de la base de données du serveur.</translation>
    </message>
    <message>
        <source>Sign-in sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>The server refused these opening hours: check each range.</source>
        <translation>Le serveur a refusé ces heures d&apos;ouverture : vérifiez chaque plage.</translation>
    </message>
    <message>
        <source>The server refused this text: check its length.</source>
        <translation>Le serveur a refusé ce texte : vérifiez sa longueur.</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>Heures d&apos;&amp;ouverture</translation>
    </message>
    <message>
        <source>Closed &amp;dates</source>
        <translation>&amp;Dates de fermeture</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>É&amp;cran de verrouillage</translation>
    </message>
    <message>
        <source>&amp;Charter</source>
        <translation>&amp;Règlement</translation>
    </message>
    <message>
        <source>&amp;Public page</source>
        <translation>&amp;Page publique</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Réglages du site</translation>
    </message>
    <message>
        <source>&amp;Bookings and queue</source>
        <translation>Réservations et &amp;file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>SiteListPanel</name>
    <message>
        <source>S&amp;ites</source>
        <translation>S&amp;ites</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>Closed today</source>
        <extracomment>The message&apos;s language when the visitor&apos;s is missing, before any other.</extracomment>
        <translation>Fermé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Open all day</source>
        <translation>Ouvert toute la journée</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Heures d&apos;ouverture : %1</translation>
    </message>
    <message>
        <source>Closes at %1</source>
        <translation>Ferme à %1</translation>
    </message>
    <message>
        <source>Closes on %1 at %2</source>
        <translation>Ferme le %1 à %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
</context>
<context>
    <name>SitesView</name>
    <message>
        <source>Sites</source>
        <extracomment>The site the form holds (None: none loaded yet). None until loaded, or from a server without bookings (the tab is then off)</extracomment>
        <translation>Sites</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them and show %2?</source>
        <translation>Les modifications de %1 ne sont pas enregistrées. Les abandonner et afficher %2 ?</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them and load the site again?</source>
        <translation>Les modifications de %1 ne sont pas enregistrées. Les abandonner et recharger le site ?</translation>
    </message>
    <message>
        <source>Still showing %1, with your unsaved changes. Save or discard them to see %2.</source>
        <translation>%1 reste affiché, avec vos modifications non enregistrées. Enregistrez-les ou abandonnez-les pour voir %2.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Press F5 to try again.</source>
        <translation>Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>The site&apos;s logo</source>
        <translation>Le logo du site</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is shown in red.</source>
        <translation>Rien n&apos;a été enregistré : corrigez ce qui est en rouge.</translation>
    </message>
    <message>
        <source>Your changes are kept: try again.</source>
        <translation>Vos modifications sont conservées : réessayez.</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Abandonner vos modifications de %1 ?</translation>
    </message>
    <message>
        <source>You left unsaved changes to %1. Save them now? (If not, they stay in the Sites page until you save or discard them.)</source>
        <translation>Vous avez laissé des modifications non enregistrées pour %1. Les enregistrer maintenant ? (Sinon, elles restent dans la page Sites jusqu&apos;à ce que vous les enregistriez ou les abandonniez.)</translation>
    </message>
    <message>
        <source>You have no site to manage. Ask an administrator.</source>
        <translation>Vous n&apos;avez aucun site à gérer. Demandez à un administrateur.</translation>
    </message>
    <message>
        <source>Choose a site in the list on the left.</source>
        <translation>Choisissez un site dans la liste à gauche.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes to this site (Ctrl+S)</source>
        <translation>Enregistrer les modifications de ce site (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Go back to what the server holds</source>
        <translation>Revenir à la version enregistrée sur le serveur</translation>
    </message>
</context>
<context>
    <name>StaffConfirm</name>
    <message>
        <source>Please confirm</source>
        <extracomment>The widest a staff window gets at scale 1 (it fits a 1280-px screen); its rows wrap.</extracomment>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>The server cannot be reached. Try again in a moment.</source>
        <translation>Le serveur est injoignable. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A visitor is using this computer: end their session first.</source>
        <translation>Une personne utilise cet ordinateur : terminez d&apos;abord sa session.</translation>
    </message>
    <message>
        <source>That did not work. Try again.</source>
        <translation>Cela n&apos;a pas fonctionné. Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries on this computer: try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais erronés sur cet ordinateur : réessayez dans %n minute.</numerusform>
            <numerusform>Trop d&apos;essais erronés sur cet ordinateur : réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong username, password or PIN, or not staff of this site. Try again.</source>
        <translation>Nom d&apos;utilisateur, mot de passe ou code PIN incorrect, ou vous n&apos;êtes pas de l&apos;équipe de ce site. Réessayez.</translation>
    </message>
    <message>
        <source>This computer belongs to another site: only the staff of its site can sign in here.</source>
        <translation>Cet ordinateur appartient à un autre site : seule l&apos;équipe de ce site peut se connecter ici.</translation>
    </message>
    <message>
        <source>Your staff sign-in is over. Close the panel and sign in again.</source>
        <translation>Votre connexion d&apos;équipe a expiré. Fermez le panneau et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this computer any more.</source>
        <translation>Plus personne n&apos;est connecté sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) added.</source>
        <extracomment>How the program quits for maintenance (exit code 0); tests replace it.</extracomment>
        <translation>
            <numerusform>%n minute ajoutée.</numerusform>
            <numerusform>%n minutes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the visitor&apos;s session now? Their programs will be closed.</source>
        <translation>Terminer la session de la personne maintenant ? Ses programmes seront fermés.</translation>
    </message>
    <message>
        <source>Yes, end the session</source>
        <translation>Oui, terminer la session</translation>
    </message>
    <message>
        <source>The session ends.</source>
        <translation>La session se termine.</translation>
    </message>
    <message numerus="yes">
        <source>Quit the kiosk for maintenance? The lock screen comes back by itself in %n minute(s).</source>
        <translation>
            <numerusform>Quitter le kiosque pour la maintenance ? L&apos;écran de verrouillage revient de lui-même dans %n minute.</numerusform>
            <numerusform>Quitter le kiosque pour la maintenance ? L&apos;écran de verrouillage revient de lui-même dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit the kiosk? This computer stays without the lock screen until it is started again.</source>
        <translation>Quitter le kiosque ? Cet ordinateur restera sans écran de verrouillage jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>Yes, quit the kiosk</source>
        <translation>Oui, quitter le kiosque</translation>
    </message>
</context>
<context>
    <name>StaffMessageDialog</name>
    <message>
        <source>Message from the staff</source>
        <extracomment>The button answers only after this long, so that a visitor typing in their own program when the message pops up does not acknowledge it by accident. In the site&apos;s language: shown when ``texts`` has none in the visitor&apos;s. side by side in normal text, one under the other in larger text (apply_look) the message scrolls when it is longer than the screen (larger text on 1024×768)</extracomment>
        <translation>Message de l&apos;équipe</translation>
    </message>
    <message>
        <source>OK, I have read it</source>
        <translation>OK, j&apos;ai lu</translation>
    </message>
    <message>
        <source>Received at %1</source>
        <translation>Reçu à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) after this one.</source>
        <translation>
            <numerusform>Encore %n message après celui-ci.</numerusform>
            <numerusform>Encore %n messages après celui-ci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>To unlock the desktop, end the visitor&apos;s session first.</source>
        <translation>Pour déverrouiller le bureau, terminez d&apos;abord la session de la personne.</translation>
    </message>
    <message>
        <source>Nobody is using this computer.</source>
        <translation>Personne n&apos;utilise cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is using this computer. Time left: %2</source>
        <translation>%1 utilise cet ordinateur. Temps restant : %2</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Panneau de l&apos;équipe</translation>
    </message>
    <message>
        <source>Computer %1 — %2</source>
        <translation>Ordinateur %1 — %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes of maintenance</source>
        <translation>Minutes de maintenance</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation>Ajouter 5 minutes</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>Add 15 minutes</source>
        <translation>Ajouter 15 minutes</translation>
    </message>
    <message>
        <source>Other duration…</source>
        <translation>Autre durée…</translation>
    </message>
    <message>
        <source>Add another duration</source>
        <translation>Ajouter une autre durée</translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation>Terminer la session…</translation>
    </message>
    <message>
        <source>End the visitor&apos;s session</source>
        <translation>Terminer la session de la personne</translation>
    </message>
    <message>
        <source>Unlock the desktop for maintenance</source>
        <translation>Déverrouiller le bureau pour la maintenance</translation>
    </message>
    <message>
        <source>Quit the kiosk for maintenance…</source>
        <translation>Quitter le kiosque pour la maintenance…</translation>
    </message>
    <message>
        <source>Quit the kiosk for maintenance</source>
        <translation>Quitter le kiosque pour la maintenance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the staff panel</source>
        <translation>Fermer le panneau de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <source>Checking…</source>
        <extracomment>this window&apos;s own rules, after the look&apos;s (ui.theme.kiosk_style)</extracomment>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Type your staff username and your password or PIN.</source>
        <translation>Tapez votre nom d&apos;utilisateur d&apos;équipe et votre mot de passe ou code PIN.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <source>For the staff of this site. Visitors: ask at the desk for help.</source>
        <translation>Réservé à l&apos;équipe de ce site. Visiteurs : demandez de l&apos;aide à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Staff username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password or staff PIN</source>
        <translation>Mot de passe ou code PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in as staff</source>
        <translation>Se connecter comme membre du personnel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This computer is out of order: %1</source>
        <translation>Cet ordinateur est hors service : %1</translation>
    </message>
</context>
<context>
    <name>StartClassDialog</name>
    <message>
        <source>Start a class</source>
        <extracomment>Minutes an &quot;extend all&quot; adds.</extracomment>
        <translation>Commencer une classe</translation>
    </message>
    <message>
        <source>&amp;Title of the class</source>
        <translation>&amp;Titre de la classe</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’à</translation>
    </message>
    <message>
        <source>&amp;Computers of the class</source>
        <translation>&amp;Ordinateurs de la classe</translation>
    </message>
</context>
<context>
    <name>StationErrorsDialog</name>
    <message>
        <source>The errors could not be loaded: %1</source>
        <translation>Impossible de charger les erreurs : %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>This computer has reported no error.</source>
        <translation>Cet ordinateur n&apos;a signalé aucune erreur.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Erreurs de %1</translation>
    </message>
    <message>
        <source>The errors this computer&apos;s program reported to the server, newest first (the last 30 days). Give them to the IT helpdesk if the computer misbehaves.</source>
        <translation>Les erreurs que le programme de cet ordinateur a signalées au serveur, les plus récentes d&apos;abord (30 derniers jours). Transmettez-les au support informatique si l&apos;ordinateur fonctionne mal.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <source>Computer</source>
        <extracomment>The data role that gives the row&apos;s StationStatus (for the room&apos;s actions). The data role the sort proxy uses: numbers sort as numbers, names as text. Seconds left now (int), None without a session. The tile&apos;s notes: list[Note], errors first, then the station&apos;s alerts, its recent errors, pending commands, warnings. Whether the station needs the desk&apos;s attention (bool). Seconds the visitor has waited since calling the desk (int), None when not calling. The colour of each state; always shown with the state&apos;s name and icon, never alone. Sorting by state: sessions first, then free, then what cannot be used. A computer calling the desk: violet, unlike any state&apos;s colour; always with its words. The visitor called the desk and waits (first of all notes). The station&apos;s protection is not what it should be, or a PC tried a stale code of it. The station forwarded errors of its own lately (``StationStatus.recent_errors``). The computer is held for a booking or the queue, now or later today (what for, when). Each site&apos;s timezone (site id -&gt; zone), to say a hold&apos;s times at the site&apos;s clock.</extracomment>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>App in use</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Now: no limit, the profiles decide.</source>
        <translation>Actuellement : pas de limite, les profils décident.</translation>
    </message>
    <message numerus="yes">
        <source>Now: only %n app(s) allowed.</source>
        <translation>
            <numerusform>Actuellement : %n seule application autorisée.</numerusform>
            <numerusform>Actuellement : seulement %n applications autorisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n app(s) blocked.</source>
        <translation>
            <numerusform>Actuellement : %n application bloquée.</numerusform>
            <numerusform>Actuellement : %n applications bloquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one app, or choose “No limit”.</source>
        <translation>Cochez au moins une application, ou choisissez « Pas de limite ».</translation>
    </message>
    <message>
        <source>Apps of %1 saved; they apply from the next sign-in on this computer.</source>
        <translation>Applications de %1 enregistrées ; elles s&apos;appliquent dès la prochaine connexion sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Computer</source>
        <translation>&amp;Ordinateur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>&amp;No limit: the visitor&apos;s profiles decide</source>
        <translation>Pas de &amp;limite : les profils du visiteur décident</translation>
    </message>
    <message>
        <source>&amp;Only the ticked apps (allowlist)</source>
        <translation>&amp;Uniquement les applications cochées (liste d&apos;autorisation)</translation>
    </message>
    <message>
        <source>All apps &amp;except the ticked ones (denylist)</source>
        <translation>Toutes les applications &amp;sauf celles cochées (liste de blocage)</translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <source>Apps of the computer&apos;s list</source>
        <translation>Applications de la liste de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>No computer at this site yet. Computers appear once they are enrolled.</source>
        <translation>Aucun ordinateur sur ce site pour l&apos;instant. Les ordinateurs apparaissent une fois inscrits.</translation>
    </message>
    <message>
        <source>The limit applies on top of the profiles: a visitor never gets an app their profile does not give. Changes apply from the next sign-in.</source>
        <translation>La limite s&apos;ajoute aux profils : un visiteur n&apos;obtient jamais une application que son profil ne lui donne pas. Les modifications s&apos;appliquent dès la prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this computer&apos;s apps (Ctrl+S)</source>
        <translation>Enregistrer les applications de cet ordinateur (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Statistics</source>
        <extracomment>Rows a breakdown table shows before it scrolls.</extracomment>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>By visitor category</source>
        <translation>Par catégorie de visiteur</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Par site</translation>
    </message>
    <message>
        <source>Use by hour of the day</source>
        <translation>Utilisation par heure de la journée</translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour</source>
        <translation>Occupation par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Bar chart: station-hours in use by hour</source>
        <translation>Graphique en barres : heures-ordinateur utilisées par heure</translation>
    </message>
    <message>
        <source>Heat map: occupancy by weekday and hour</source>
        <translation>Carte thermique : occupation par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Heures utilisées</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Visiteurs différents</translation>
    </message>
    <message>
        <source>Computers in use (share of opening time)</source>
        <translation>Ordinateurs occupés (part du temps d&apos;ouverture)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tous mes sites</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Fichiers CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Statistics exported to %1.</source>
        <translation>Statistiques exportées dans %1.</translation>
    </message>
</context>
<context>
    <name>TextSizeSwitch</name>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>A ×1</source>
        <translation>A ×1</translation>
    </message>
    <message>
        <source>A ×1.5</source>
        <translation>A ×1,5</translation>
    </message>
    <message>
        <source>A ×2</source>
        <translation>A ×2</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <source>Text one and a half times larger</source>
        <translation>Texte une fois et demie plus grand</translation>
    </message>
    <message>
        <source>Text twice as large</source>
        <translation>Texte deux fois plus grand</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Choose a site…</source>
        <translation>Choisissez un site…</translation>
    </message>
    <message>
        <source>Choose the site where the tickets will be used.</source>
        <translation>Choisissez le site où les tickets seront utilisés.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>These tickets would already be expired: choose a last day from today.</source>
        <translation>Ces tickets seraient déjà expirés : choisissez un dernier jour à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>New tickets for visitors without an account</source>
        <translation>Nouveaux tickets pour les visiteurs sans compte</translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation>Si&amp;te</translation>
    </message>
    <message>
        <source>Site where the tickets are valid</source>
        <translation>Site où les tickets sont valables</translation>
    </message>
    <message>
        <source>How &amp;many</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>Nombre de tickets</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes on each ticket</source>
        <translation>Minutes sur chaque ticket</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valable &amp;du</translation>
    </message>
    <message>
        <source>First day of validity</source>
        <translation>Premier jour de validité</translation>
    </message>
    <message>
        <source>Last &amp;day</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Last day of validity</source>
        <translation>Dernier jour de validité</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create the tickets (Ctrl+N)</source>
        <translation>Créer les tickets (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>administrator (command line)</source>
        <translation>administrateur (ligne de commande)</translation>
    </message>
    <message>
        <source>Used on %1</source>
        <translation>Utilisé le %1</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Pas encore utilisé</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Guest tickets</source>
        <translation>Tickets invités</translation>
    </message>
    <message>
        <source>Loading the tickets…</source>
        <translation>Chargement des tickets…</translation>
    </message>
    <message>
        <source>No guest tickets here yet. Choose the site, how many and the minutes above, then press Create (Ctrl+N).</source>
        <translation>Pas encore de tickets invités ici. Choisissez le site, le nombre et les minutes ci-dessus, puis appuyez sur Créer (Ctrl+N).</translation>
    </message>
    <message>
        <source>Creating the tickets…</source>
        <translation>Création des tickets…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) created at %1. Print them with Ctrl+P or save them as PDF.</source>
        <translation>
            <numerusform>%n ticket créé pour %1. Imprimez-le avec Ctrl+P ou enregistrez-le en PDF.</numerusform>
            <numerusform>%n tickets créés pour %1. Imprimez-les avec Ctrl+P ou enregistrez-les en PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not create tickets at this site.</source>
        <translation>Vous ne pouvez pas créer de tickets pour ce site.</translation>
    </message>
    <message>
        <source>This site is not known to the server any more.</source>
        <translation>Ce site n&apos;est plus connu du serveur.</translation>
    </message>
    <message>
        <source>None of the selected tickets can still be used: select unused tickets.</source>
        <translation>Aucun des tickets sélectionnés n&apos;est encore utilisable : sélectionnez des tickets non utilisés.</translation>
    </message>
    <message numerus="yes">
        <source>%n used or expired ticket(s) left out.</source>
        <translation>
            <numerusform>%n ticket utilisé ou expiré laissé de côté.</numerusform>
            <numerusform>%n tickets utilisés ou expirés laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print the guest tickets</source>
        <translation>Imprimer les tickets invités</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent to the printer.</source>
        <translation>
            <numerusform>%n ticket envoyé à l&apos;imprimante.</numerusform>
            <numerusform>%n tickets envoyés à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be used. Check it and try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Save the tickets as PDF</source>
        <translation>Enregistrer les tickets en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) saved in %1.</source>
        <translation>
            <numerusform>%n ticket enregistré dans %1.</numerusform>
            <numerusform>%n tickets enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Tous mes sites</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>Tickets récents</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the tickets of</source>
        <translation>Afficher les tickets de</translation>
    </message>
    <message>
        <source>Select batch</source>
        <translation>Sélectionner le lot</translation>
    </message>
    <message>
        <source>Select every ticket created together with the current one (Ctrl+B)</source>
        <translation>Sélectionner tous les tickets créés en même temps que celui-ci (Ctrl+B)</translation>
    </message>
    <message>
        <source>See the sheet of the selected tickets, or of the new batch (Ctrl+Shift+P)</source>
        <translation>Voir la feuille des tickets sélectionnés, ou du nouveau lot (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the selected tickets, 10 per page (Ctrl+P)</source>
        <translation>Imprimer les tickets sélectionnés, 10 par page (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the ticket sheet as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer la feuille de tickets dans un fichier PDF (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>left</source>
        <extracomment>A calling tile&apos;s tint (the band&apos;s white text on DESK_CALL_COLOUR reads at 7:1). The band&apos;s height at the bottom of a calling tile. A held computer&apos;s line: teal, unlike the states&apos; and the call&apos;s colours (7:1 on white). The pixel sizes tried in turn for the state word and the name until the name fits. Most notes a tile shows; the tooltip and the list have them all. the texts of the last tile painted (ui/painted_text.py)</extracomment>
        <translation>restant</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>Ready for a visitor</source>
        <translation>Prêt pour un visiteur</translation>
    </message>
    <message>
        <source>Nobody can sign in</source>
        <translation>Personne ne peut s&apos;y connecter</translation>
    </message>
    <message>
        <source>Not answering since %1</source>
        <translation>Ne répond plus depuis %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
</context>
<context>
    <name>VisitorData</name>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The data was saved in %1.</source>
        <translation>Les données ont été enregistrées dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Account erased</source>
        <translation>Compte effacé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the visitor&apos;s data</source>
        <translation>Enregistrer les données du visiteur</translation>
    </message>
    <message>
        <source>The data of %1 was saved in %2.</source>
        <translation>Les données de %1 ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>The account of %1 was erased; %n session(s) now count under no name. Receipt number: %2 (the audit entry; give it to the visitor if they ask).</source>
        <translation>
            <numerusform>Le compte de %1 a été effacé ; %n session compte désormais sans nom. Numéro de reçu : %2 (l&apos;entrée du journal d&apos;audit ; à donner à la personne si elle le demande).</numerusform>
            <numerusform>Le compte de %1 a été effacé ; %n sessions comptent désormais sans nom. Numéro de reçu : %2 (l&apos;entrée du journal d&apos;audit ; à donner à la personne si elle le demande).</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement en cours…</translation>
    </message>
</context>
<context>
    <name>VisitorDetailsPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>né(e) en %1</translation>
    </message>
    <message>
        <source>Yes (asked at sign-in)</source>
        <translation>Oui (demandé à la connexion)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Could not be loaded. Press F5 to try again.</source>
        <translation>Impossible à charger. Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Running, %1 left</source>
        <translation>En cours, encore %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No session yet at your sites (the last 20 sessions are listed).</source>
        <translation>Pas encore de session sur vos sites (les 20 dernières sessions sont affichées).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 sur %2 (encore %3)</translation>
    </message>
    <message>
        <source>Choose a visitor in the list to see their account, their computer time and their recent sessions.</source>
        <translation>Choisissez un visiteur dans la liste pour voir son compte, son temps d&apos;ordinateur et ses dernières sessions.</translation>
    </message>
    <message>
        <source>Card / identifier</source>
        <translation>Carte / identifiant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Used today</source>
        <translation>Utilisé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Used this week</source>
        <translation>Utilisé cette semaine</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change this visitor&apos;s details (F2)</source>
        <translation>Modifier les données de ce visiteur (F2)</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Refuse this visitor&apos;s sign-ins, with a reason (Ctrl+D)</source>
        <translation>Refuser les connexions de ce visiteur, avec un motif (Ctrl+D)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Let this visitor sign in again (Ctrl+D)</source>
        <translation>Permettre à ce visiteur de se connecter à nouveau (Ctrl+D)</translation>
    </message>
    <message>
        <source>PIN…</source>
        <translation>Code PIN…</translation>
    </message>
    <message>
        <source>Give a new PIN or remove it (Ctrl+P)</source>
        <translation>Donner un nouveau code PIN ou le supprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Save everything held about this visitor, as a PDF or JSON (their right of access)</source>
        <translation>Enregistrer tout ce qui est conservé sur ce visiteur, en PDF ou en JSON (son droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase this account for good; the sessions still count under no name (admins)</source>
        <translation>Effacer ce compte définitivement ; les sessions comptent toujours, sans nom (administrateurs)</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Dernières sessions</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Site, computer</source>
        <translation>Site, ordinateur</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Type the card number or identifier.</source>
        <extracomment>The fields of the form, in the order of the tab chain; &quot;pin&quot; is the PIN typed twice. The year of birth&apos;s spin box shows &quot;Not given&quot; at this value.</extracomment>
        <translation>Tapez le numéro de carte ou l&apos;identifiant.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again.</source>
        <translation>Les deux codes PIN sont différents : tapez-le à nouveau.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Nouveau visiteur</translation>
    </message>
    <message>
        <source>Edit visitor %1</source>
        <translation>Modifier le visiteur %1</translation>
    </message>
    <message>
        <source>&amp;Card / identifier</source>
        <translation>&amp;Carte / identifiant</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>Tranche d&apos;&amp;âge</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Année de naissance</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Co&amp;mmune</source>
        <translation>Co&amp;mmune</translation>
    </message>
    <message>
        <source>&amp;First visit</source>
        <translation>&amp;Première visite</translation>
    </message>
    <message>
        <source>&amp;PIN (optional)</source>
        <translation>Code &amp;PIN (facultatif)</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>&amp;Répéter le code PIN</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Library card or barcode number</source>
        <translation>Carte de bibliothèque ou code-barres</translation>
    </message>
    <message>
        <source>As the visitor wants to be called</source>
        <translation>Comme le visiteur souhaite être appelé</translation>
    </message>
    <message>
        <source>4 to 12 digits; empty: no PIN</source>
        <translation>4 à 12 chiffres ; vide : pas de code PIN</translation>
    </message>
    <message>
        <source>Only what the desk needs to know</source>
        <translation>Seulement ce que l&apos;accueil doit savoir</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>A commune, or a postcode</source>
        <translation>Une commune, ou un code postal</translation>
    </message>
    <message>
        <source>Instead of the age band: the band of each visit is then computed</source>
        <translation>Au lieu de la tranche d&apos;âge : la tranche de chaque visite est alors calculée</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: their first session</source>
        <translation>AAAA-MM-JJ ; vide : sa première session</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>VisitorExport</name>
    <message>
        <source>Export every visitor</source>
        <translation>Exporter tous les visiteurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Every visitor was saved in %1.</source>
        <translation>Tous les visiteurs ont été enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>VisitorTableModel</name>
    <message>
        <source>Card</source>
        <extracomment>The data role that gives the row&apos;s VisitorDetail.</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>VisitorTexts</name>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>X (other)</source>
        <translation>X (autre)</translation>
    </message>
    <message>
        <source>Outside Brussels</source>
        <translation>Hors de Bruxelles</translation>
    </message>
    <message>
        <source>Time was up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Ended by staff</source>
        <translation>Terminée par le personnel</translation>
    </message>
    <message>
        <source>Left idle</source>
        <translation>Inactivité</translation>
    </message>
    <message>
        <source>Site closing</source>
        <translation>Fermeture du site</translation>
    </message>
    <message>
        <source>Computer restarted</source>
        <translation>Ordinateur redémarré</translation>
    </message>
    <message>
        <source>Locked, not back in time</source>
        <translation>Verrouillé, pas revenu à temps</translation>
    </message>
    <message>
        <source>Computer stopped reporting</source>
        <translation>L&apos;ordinateur ne répondait plus</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>N&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled until %1: %2</source>
        <translation>Désactivé jusqu&apos;au %1 : %2</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Désactivé : %1</translation>
    </message>
    <message>
        <source>Type the card number or identifier (at most 64 characters).</source>
        <translation>Tapez le numéro de carte ou l&apos;identifiant (64 caractères au maximum).</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Le code PIN doit compter 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The name is too long (100 characters at most).</source>
        <translation>Le nom est trop long (100 caractères au maximum).</translation>
    </message>
    <message>
        <source>This category is not known to the server any more: choose another.</source>
        <translation>Le serveur ne connaît plus cette catégorie : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Choose an age band from the list.</source>
        <translation>Choisissez une tranche d&apos;âge dans la liste.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Choisissez un statut dans la liste.</translation>
    </message>
    <message>
        <source>Choose a commune from the list, or type a postcode of 4 digits.</source>
        <translation>Choisissez une commune dans la liste, ou tapez un code postal de 4 chiffres.</translation>
    </message>
    <message>
        <source>The year of birth must be a past year, from 1900.</source>
        <translation>L&apos;année de naissance doit être une année passée, à partir de 1900.</translation>
    </message>
    <message>
        <source>The first visit is a date written YYYY-MM-DD, not in the future.</source>
        <translation>La première visite est une date écrite AAAA-MM-JJ, pas dans le futur.</translation>
    </message>
    <message>
        <source>The notes are too long (1000 characters at most).</source>
        <translation>Les notes sont trop longues (1000 caractères au maximum).</translation>
    </message>
    <message>
        <source>Type a reason (200 characters at most).</source>
        <translation>Tapez un motif (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>The last day cannot be in the past.</source>
        <translation>Le dernier jour ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>The server refused this value.</source>
        <translation>Le serveur a refusé cette valeur.</translation>
    </message>
    <message>
        <source>A visitor with this identifier already exists.</source>
        <translation>Un visiteur avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it again as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 : enregistrez-le à nouveau au format « CSV UTF-8 » et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is empty: its first line must name the columns.</source>
        <translation>Le fichier est vide : sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>The first line cannot be read.</source>
        <translation>La première ligne ne peut pas être lue.</translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation>Cette colonne n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Cette colonne apparaît deux fois.</translation>
    </message>
    <message>
        <source>The column &quot;identifier&quot; is missing.</source>
        <translation>Il manque la colonne « identifier ».</translation>
    </message>
    <message>
        <source>%1 values on this line, but the header names %2.</source>
        <translation>%1 valeurs sur cette ligne, mais l&apos;en-tête en nomme %2.</translation>
    </message>
    <message>
        <source>More than %1 rows: split the file.</source>
        <translation>Plus de %1 lignes : divisez le fichier.</translation>
    </message>
    <message>
        <source>This line cannot be read (a quote left open?).</source>
        <translation>Cette ligne ne peut pas être lue (un guillemet non fermé ?).</translation>
    </message>
    <message>
        <source>No identifier.</source>
        <translation>Pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Longer than %1 characters.</source>
        <translation>Plus long que %1 caractères.</translation>
    </message>
    <message>
        <source>Same identifier as line %1.</source>
        <translation>Même identifiant qu&apos;à la ligne %1.</translation>
    </message>
    <message>
        <source>Unknown category. Known: %1.</source>
        <translation>Catégorie inconnue. Connues : %1.</translation>
    </message>
    <message>
        <source>The age band must be one of %1.</source>
        <translation>La tranche d&apos;âge doit être l&apos;une de : %1.</translation>
    </message>
    <message>
        <source>Must be one of %1.</source>
        <translation>Doit être l&apos;une de ces valeurs : %1.</translation>
    </message>
    <message>
        <source>Must be 1 or 0 (yes or no).</source>
        <translation>Doit être 1 ou 0 (oui ou non).</translation>
    </message>
    <message>
        <source>Must be a date written YYYY-MM-DD.</source>
        <translation>Doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Computer reserved from then</source>
        <translation>Ordinateur réservé à partir de ce moment</translation>
    </message>
    <message>
        <source>Signed in on another computer</source>
        <translation>Connecté sur un autre ordinateur</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>Plus de temps restant</translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Visitors</source>
        <extracomment>Typing pauses this long before the search is sent. Most visitors listed for one search; more: type more.</extracomment>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>No visitor matches &quot;%1&quot;. Check the card number or the name, or create the account with New visitor (Ctrl+N).</source>
        <translation>Aucun visiteur ne correspond à « %1 ». Vérifiez le numéro de carte ou le nom, ou créez le compte avec Nouveau visiteur (Ctrl+N).</translation>
    </message>
    <message>
        <source>No visitor account yet. Create one with New visitor (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>Pas encore de compte visiteur. Créez-en un avec Nouveau visiteur (Ctrl+N), ou importez un fichier CSV (Ctrl+I).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n visitors are shown: type more to narrow the search.</source>
        <translation>
            <numerusform>Le premier visiteur (%n) est affiché : tapez davantage pour affiner la recherche.</numerusform>
            <numerusform>Les %n premiers visiteurs sont affichés : tapez davantage pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>%n visiteur trouvé</numerusform>
            <numerusform>%n visiteurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>The account of %1 was created.</source>
        <translation>Le compte de %1 a été créé.</translation>
    </message>
    <message>
        <source>The account of %1 was saved.</source>
        <translation>Le compte de %1 a été enregistré.</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Importer des visiteurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) imported.</source>
        <translation>
            <numerusform>%n visiteur importé.</numerusform>
            <numerusform>%n visiteurs importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor accounts</source>
        <translation>Comptes des visiteurs</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Card number, or part of the name (Ctrl+F)</source>
        <translation>Numéro de carte, ou une partie du nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Chercher un visiteur</translation>
    </message>
    <message>
        <source>Results come as you type; Enter opens the first one (Ctrl+F)</source>
        <translation>Les résultats s&apos;affichent pendant que vous tapez ; Entrée ouvre le premier (Ctrl+F)</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Nouveau visiteur</translation>
    </message>
    <message>
        <source>Create a visitor account (Ctrl+N)</source>
        <translation>Créer un compte visiteur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Add many accounts from a CSV file, checked before anything is saved (Ctrl+I)</source>
        <translation>Ajouter de nombreux comptes à partir d&apos;un fichier CSV, vérifié avant tout enregistrement (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every account in a CSV file (admins)</source>
        <translation>Enregistrer tous les comptes dans un fichier CSV (administrateurs)</translation>
    </message>
    <message>
        <source>Lockouts…</source>
        <translation>Blocages…</translation>
    </message>
    <message>
        <source>Cards and computers held back after too many wrong PINs or passwords</source>
        <translation>Cartes et ordinateurs bloqués après trop de codes PIN ou de mots de passe erronés</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Conservation…</translation>
    </message>
    <message>
        <source>How long visitors&apos; data is kept, and the accounts to be deleted soon</source>
        <translation>Combien de temps les données des visiteurs sont gardées, et les comptes bientôt supprimés</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Visiteurs trouvés</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <source>Time warning</source>
        <extracomment>How long a warning stays before it hides by itself (the last minute&apos;s stays). A warning this close to the end stays until dismissed or the end. the last-minute warning, shown again when an idle warning over it is cancelled laid out by _arrange: the texts beside the icon and the button in normal text, the whole width for the detail in larger text</extracomment>
        <translation>Avertissement de temps</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation>Masquer cet avertissement</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message numerus="yes">
        <source>Move the mouse or press a key, or your session ends in %n second(s).</source>
        <translation>
            <numerusform>Bougez la souris ou appuyez sur une touche, sinon votre session se termine dans %n seconde.</numerusform>
            <numerusform>Bougez la souris ou appuyez sur une touche, sinon votre session se termine dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Encore %n minute</numerusform>
            <numerusform>Encore %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Encore %n seconde</numerusform>
            <numerusform>Encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save your work now.</source>
        <translation>Enregistrez votre travail maintenant.</translation>
    </message>
    <message>
        <source>Save your work now. When the time is up, your programs close.</source>
        <translation>Enregistrez votre travail maintenant. Quand le temps est écoulé, vos programmes se ferment.</translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <source>Each range must start before it ends.</source>
        <translation>Chaque plage doit commencer avant de finir.</translation>
    </message>
    <message>
        <source>These ranges overlap: make them follow each other.</source>
        <translation>Ces plages se chevauchent : faites-les se suivre.</translation>
    </message>
    <message>
        <source>Every day is closed. A site needs opening hours on at least one day; for a site that never closes, tick “Open around the clock”. To close on holidays, add closed dates.</source>
        <translation>Tous les jours sont fermés. Un site doit être ouvert au moins un jour ; pour un site qui ne ferme jamais, cochez « Ouvert jour et nuit ». Pour fermer les jours fériés, ajoutez des dates de fermeture.</translation>
    </message>
    <message>
        <source>The server refused the hours of this day: check each range.</source>
        <translation>Le serveur a refusé les heures de ce jour : vérifiez chaque plage.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Open around the clock (no opening hours)</source>
        <translation>Ouvert jour et nuit (pas d&apos;heures d&apos;ouverture)</translation>
    </message>
    <message>
        <source>Visitors can sign in only during these hours, and sessions end at closing time. A day may have several ranges, e.g. 09:00–12:30 and 13:30–18:00.</source>
        <translation>Les visiteurs ne peuvent se connecter que pendant ces heures, et les sessions s&apos;arrêtent à la fermeture. Un jour peut avoir plusieurs plages, p. ex. 09:00–12:30 et 13:30–18:00.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 fermé</translation>
    </message>
    <message>
        <source>Add a range</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>Add a range on %1</source>
        <translation>Ajouter une plage le %1</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Type a title in one language at least.</source>
        <translation>Tapez un titre dans une langue au moins.</translation>
    </message>
    <message>
        <source>Choose a theme.</source>
        <translation>Choisissez un thème.</translation>
    </message>
    <message>
        <source>Name the animateur&apos;s staff account.</source>
        <translation>Indiquez le compte du personnel de l&apos;animateur.</translation>
    </message>
    <message>
        <source>The session code is 4 to 12 letters or digits.</source>
        <translation>Le code de session compte 4 à 12 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>A value is not valid: check the form and try again.</source>
        <translation>Une valeur n&apos;est pas valable : vérifiez le formulaire et réessayez.</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Modifier l&apos;atelier</translation>
    </message>
    <message>
        <source>Copy the workshop</source>
        <translation>Copier l&apos;atelier</translation>
    </message>
    <message>
        <source>Plan a workshop</source>
        <translation>Programmer un atelier</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Titre en %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Description en %1</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Animateur</source>
        <translation>&amp;Animateur</translation>
    </message>
    <message>
        <source>Animateur&apos;s &amp;card</source>
        <translation>&amp;Carte de l&apos;animateur</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>Co&amp;mputers held</source>
        <translation>Ordinateurs &amp;réservés</translation>
    </message>
    <message>
        <source>Or these c&amp;omputers</source>
        <translation>Ou ces &amp;ordinateurs</translation>
    </message>
    <message>
        <source>&amp;Walk-ins</source>
        <translation>Sans &amp;inscription</translation>
    </message>
    <message>
        <source>Session &amp;code</source>
        <translation>Co&amp;de de session</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>I&amp;nscription</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>&amp;Première date</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Weeks (one date a week)</source>
        <translation>&amp;Semaines (une date par semaine)</translation>
    </message>
    <message>
        <source>as many as the places</source>
        <translation>autant que de places</translation>
    </message>
    <message>
        <source>e.g. RC-01, RC-02</source>
        <translation>p. ex. RC-01, RC-02</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>The visitor card the animateur signs in with at a reserved computer</source>
        <translation>La carte de visiteur avec laquelle l&apos;animateur se connecte à un ordinateur réservé</translation>
    </message>
    <message>
        <source>anyone with the session code may come</source>
        <translation>toute personne avec le code de session peut venir</translation>
    </message>
    <message>
        <source>made up when left empty</source>
        <translation>créé s&apos;il reste vide</translation>
    </message>
    <message>
        <source>once for the whole series</source>
        <translation>une fois pour toute la série</translation>
    </message>
    <message>
        <source>for each date</source>
        <translation>pour chaque date</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>WorkshopTexts</name>
    <message>
        <source>Initiation</source>
        <extracomment>The label report&apos;s statistics fields (kiosk/protocol/workshops.py), in the form&apos;s order.</extracomment>
        <translation>Initiation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous niveaux</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Élève ou étudiant</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensionné</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>Sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>WorkshopsView</name>
    <message>
        <source>Workshops</source>
        <extracomment>Computers per line in the week&apos;s cells. the staff accounts an administrator may name as animateur (staff: themselves) the selected workshop&apos;s people as last loaded (shown again on a language switch)</extracomment>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Loading the workshops…</source>
        <translation>Chargement des ateliers…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 sur %2 libres</translation>
    </message>
    <message>
        <source>No workshops this week. Plan one with New workshop (Ctrl+N).</source>
        <translation>Aucun atelier cette semaine. Programmez-en un avec Nouvel atelier (Ctrl+N).</translation>
    </message>
    <message>
        <source>date %1 of %2</source>
        <translation>date %1 sur %2</translation>
    </message>
    <message>
        <source>animateur: %1</source>
        <translation>animateur : %1</translation>
    </message>
    <message>
        <source>session code %1</source>
        <translation>code de session %1</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is number %2 on the waitlist.</source>
        <translation>L&apos;atelier est complet : %1 est numéro %2 sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 est inscrit.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>Annuler l&apos;inscription de %1 ?</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled: %2 moves up from the waitlist.</source>
        <translation>L&apos;inscription de %1 est annulée : %2 quitte la liste d&apos;attente et prend la place.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled.</source>
        <translation>L&apos;inscription de %1 est annulée.</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Enregistrer la liste de présence</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Enregistrer l&apos;attestation</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>‘%1’ is saved with %n date(s).</source>
        <translation>
            <numerusform>« %1 » est enregistré avec %n date.</numerusform>
            <numerusform>« %1 » est enregistré avec %n dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel ‘%1’ on %2? Its computers are free again.</source>
        <translation>Annuler « %1 » le %2 ? Ses ordinateurs redeviennent libres.</translation>
    </message>
    <message>
        <source>Cancel ‘%1’ and all its dates? Its computers are free again.</source>
        <translation>Annuler « %1 » et toutes ses dates ? Ses ordinateurs redeviennent libres.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <source>Plan a new workshop like the selected one, a week after its last date (Ctrl+Shift+N)</source>
        <translation>Programmer un nouvel atelier comme celui sélectionné, une semaine après sa dernière date (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Cancel the workshop and all its dates (Ctrl+Shift+Del)</source>
        <translation>Annuler l&apos;atelier et toutes ses dates (Ctrl+Maj+Suppr)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copier…</translation>
    </message>
    <message>
        <source>Cancel this date</source>
        <translation>Annuler cette date</translation>
    </message>
    <message>
        <source>Cancel the workshop</source>
        <translation>Annuler l&apos;atelier</translation>
    </message>
    <message>
        <source>Plan a workshop or a weekly series (Ctrl+N)</source>
        <translation>Programmer un atelier ou une série hebdomadaire (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected workshop (F2)</source>
        <translation>Modifier l&apos;atelier sélectionné (F2)</translation>
    </message>
    <message>
        <source>Cancel the selected date only (Del)</source>
        <translation>Annuler uniquement la date sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Workshops of the week</source>
        <translation>Ateliers de la semaine</translation>
    </message>
</context>
<context>
    <name>WrongPin</name>
    <message numerus="yes">
        <source>Not recognised. This card is now blocked here for %n minutes. Ask at the desk.</source>
        <translation>
            <numerusform>Non reconnu. Cette carte est maintenant bloquée ici pendant %n minute. Demandez à l&apos;accueil.</numerusform>
            <numerusform>Non reconnu. Cette carte est maintenant bloquée ici pendant %n minutes. Demandez à l&apos;accueil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not recognised. Careful: one more wrong PIN blocks this card here for %n minutes.</source>
        <translation>
            <numerusform>Non reconnu. Attention : encore un code PIN erroné et cette carte sera bloquée ici pendant %n minute.</numerusform>
            <numerusform>Non reconnu. Attention : encore un code PIN erroné et cette carte sera bloquée ici pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Card number or PIN not recognised. %n tries left.</source>
        <translation>
            <numerusform>Numéro de carte ou code PIN non reconnu. Il vous reste %n essai.</numerusform>
            <numerusform>Numéro de carte ou code PIN non reconnu. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
</context>
</TS>
