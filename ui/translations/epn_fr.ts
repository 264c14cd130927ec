<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AwayScreen</name>
    <message>
        <source>Your time keeps running: %1 left.</source>
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
            <numerusform>Ce n&apos;est pas votre code PIN ni votre numéro de carte. Encore %n essai, puis la session se termine.</numerusform>
            <numerusform>Ce n&apos;est pas votre code PIN ni votre numéro de carte. Encore %n essais, puis la session se termine.</numerusform>
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
    <name>CharterScreen</name>
    <message>
        <source>The rules of this place</source>
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
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
        <extracomment>Room kept around the collapsed clock, right of the screen.</extracomment>
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
    <name>CoverWindow</name>
    <message>
        <source>Public computer</source>
        <extracomment>The screen height the kiosk&apos;s sizes are drawn for; taller screens scale up, to this much.</extracomment>
        <translation>Ordinateur public</translation>
    </message>
    <message>
        <source>Please use the main screen.</source>
        <translation>Utilisez l&apos;écran principal, s&apos;il vous plaît.</translation>
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
        <translation>La salle ferme maintenant.</translation>
    </message>
    <message>
        <source>You were away longer than allowed.</source>
        <translation>Vous êtes resté absent plus longtemps que permis.</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
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
        <source>A+  Larger text</source>
        <translation>A+  Texte plus grand</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>◐  High contrast</source>
        <translation>◐  Contraste élevé</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion de l&apos;équipe</translation>
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
    <name>MinutesDialog</name>
    <message>
        <source>Add time</source>
        <translation>Ajouter du temps</translation>
    </message>
    <message>
        <source>Minutes to add:</source>
        <translation>Minutes à ajouter :</translation>
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
        <extracomment>A weekly allowance below this many seconds is used up (admin.policy.MIN_GRANT_SECONDS).</extracomment>
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
        <translation>La salle est fermée maintenant. Elle rouvre %1.</translation>
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
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>La connexion n&apos;a pas fonctionné. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Your computer time for this week is used up. It comes back %1.</source>
        <translation>Votre temps d&apos;ordinateur de la semaine est épuisé. Il revient %1.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back %1.</source>
        <translation>Votre temps d&apos;ordinateur du jour est épuisé. Il revient %1.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, or ask the staff at the desk.</source>
        <translation>Trop d&apos;essais. Attendez quelques minutes, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Too many tries. Try again in a minute, or ask the staff at the desk.</source>
        <translation>Trop d&apos;essais. Réessayez dans une minute, ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Too many tries. Try again in %n minutes, or ask the staff at the desk.</source>
        <translation>Trop d&apos;essais. Réessayez dans %n minutes, ou demandez à l&apos;accueil.</translation>
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
        <translation>Ce ticket est pour un autre espace public numérique. Demandez à l&apos;accueil.</translation>
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
    <name>SessionBar</name>
    <message>
        <source>Time left: %1</source>
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
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion de l&apos;équipe</translation>
    </message>
    <message>
        <source>Make the bar smaller</source>
        <translation>Réduire la barre</translation>
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
    <name>StaffConfirm</name>
    <message>
        <source>Please confirm</source>
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
    <message>
        <source>Too many wrong tries: this account is locked for %n minute(s).</source>
        <translation>Trop d&apos;essais erronés : ce compte est bloqué pour %n minute(s).</translation>
    </message>
    <message>
        <source>Wrong username, password or PIN. Try again.</source>
        <translation>Nom d&apos;utilisateur, mot de passe ou code PIN incorrect. Réessayez.</translation>
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
    <message>
        <source>%n minute(s) added.</source>
        <extracomment>How the program quits for maintenance (exit code 0); tests replace it.</extracomment>
        <translation>%n minute(s) ajoutée(s).</translation>
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
        <extracomment>The button answers only after this long, so that a visitor typing in their own program when the message pops up does not acknowledge it by accident.</extracomment>
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
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Type your staff username and your password or PIN.</source>
        <translation>Tapez votre nom d&apos;utilisateur d&apos;équipe et votre mot de passe ou code PIN.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion de l&apos;équipe</translation>
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
        <translation>Se connecter en tant qu&apos;équipe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
<context>
    <name>WarningBanner</name>
    <message>
        <source>Time warning</source>
        <extracomment>How long a warning stays before it hides by itself (the last minute&apos;s stays). A warning this close to the end stays until dismissed or the end. the last-minute warning, shown again when an idle warning over it is cancelled</extracomment>
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
        <source>Save your work now. When the time is up, your programs close.</source>
        <translation>Enregistrez votre travail maintenant. Quand le temps est écoulé, vos programmes se ferment.</translation>
    </message>
</context>
</TS>
