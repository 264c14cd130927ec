<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
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
        <source>The server cannot be reached. The action was not sent; try again.</source>
        <translation>Le serveur est injoignable. L&apos;action n&apos;a pas été envoyée ; réessayez.</translation>
    </message>
    <message>
        <source>This computer has no session running.</source>
        <translation>Aucune session n&apos;est en cours sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You may not manage the computers of this site.</source>
        <translation>Vous ne pouvez pas gérer les ordinateurs de ce site.</translation>
    </message>
    <message>
        <source>This computer is not known to the server any more.</source>
        <translation>Le serveur ne connaît plus cet ordinateur.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation>Le serveur a refusé cette action.</translation>
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
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>%n minute(s) added on %1.</source>
        <translation>
            <numerusform>%n minute ajoutée sur %1.</numerusform>
            <numerusform>%n minutes ajoutées sur %1.</numerusform>
        </translation>
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
        <source>The session on %1 is being ended.</source>
        <translation>La session sur %1 est en cours de fermeture.</translation>
    </message>
    <message>
        <source>EPN console</source>
        <translation>Console EPN</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to add</source>
        <translation>Minutes à ajouter</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>Add the minutes to the selected session (Ctrl+E)</source>
        <translation>Ajouter les minutes à la session sélectionnée (Ctrl+E)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>End the selected session (Del)</source>
        <translation>Terminer la session sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
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
    <name>KioskController</name>
    <message>
        <source>Your time is up. Thank you for your visit!</source>
        <translation>Votre temps est écoulé. Merci de votre visite !</translation>
    </message>
    <message>
        <source>The room is closing now. Thank you for your visit!</source>
        <translation>La salle ferme maintenant. Merci de votre visite !</translation>
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
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>Cet ordinateur est hors service. Utilisez-en un autre, s&apos;il vous plaît.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Tapez votre code PIN, puis appuyez sur Entrée.</translation>
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
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion de l&apos;équipe</translation>
    </message>
    <message>
        <source>EPN console — staff sign-in</source>
        <translation>Console EPN — connexion de l&apos;équipe</translation>
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
    <name>Refusal</name>
    <message>
        <source>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</source>
        <translation>Le serveur est injoignable. Réessayez dans un instant, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>We do not know this card number. Check it and try again, or ask the staff at the desk.</source>
        <translation>Nous ne connaissons pas ce numéro de carte. Vérifiez-le et réessayez, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Tapez votre code PIN, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>This PIN code is not right. Try again.</source>
        <translation>Ce code PIN n&apos;est pas correct. Réessayez.</translation>
    </message>
    <message>
        <source>Your card is blocked. Ask the staff at the desk.</source>
        <translation>Votre carte est bloquée. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back tomorrow.</source>
        <translation>Votre temps d&apos;ordinateur d&apos;aujourd&apos;hui est épuisé. Il revient demain.</translation>
    </message>
    <message>
        <source>The room is closed now. Come back during opening hours.</source>
        <translation>L&apos;espace est fermé maintenant. Revenez pendant les heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Too many tries. Wait 15 minutes, or ask the staff at the desk.</source>
        <translation>Trop d&apos;essais. Attendez 15 minutes, ou demandez à l&apos;accueil.</translation>
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
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>La connexion n&apos;a pas fonctionné. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Something went wrong. Ask the staff at the desk.</source>
        <translation>Un problème est survenu. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Type or scan your card number first.</source>
        <translation>Tapez ou scannez d&apos;abord votre numéro de carte.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left. Save your work.</source>
        <translation>
            <numerusform>Plus que %n minute. Enregistrez votre travail.</numerusform>
            <numerusform>Plus que %n minutes. Enregistrez votre travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Move the mouse or press a key, or your session ends in %n second(s).</source>
        <translation>
            <numerusform>Êtes-vous toujours là ? Bougez la souris ou appuyez sur une touche, sinon votre session se termine dans %n seconde.</numerusform>
            <numerusform>Êtes-vous toujours là ? Bougez la souris ou appuyez sur une touche, sinon votre session se termine dans %n secondes.</numerusform>
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
        <source>Hello %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
</context>
<context>
    <name>StaffMessageDialog</name>
    <message>
        <source>Message from the staff</source>
        <translation>Message de l&apos;équipe</translation>
    </message>
    <message>
        <source>OK, I have read it</source>
        <translation>OK, j&apos;ai lu</translation>
    </message>
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <source>Station</source>
        <extracomment>The data role that gives the row&apos;s StationStatus (for the window&apos;s actions). The data role the sort proxy uses: numbers sort as numbers, names as text.</extracomment>
        <translation>Poste</translation>
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
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
</TS>
