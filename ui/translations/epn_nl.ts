<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>End your session now? Your open programs will be closed.</source>
        <translation>Uw sessie nu beëindigen? Uw geopende programma&apos;s worden gesloten.</translation>
    </message>
    <message>
        <source>Yes, end my session</source>
        <translation>Ja, mijn sessie beëindigen</translation>
    </message>
    <message>
        <source>No, keep working</source>
        <translation>Nee, verder werken</translation>
    </message>
</context>
<context>
    <name>ConsoleMessages</name>
    <message>
        <source>The server cannot be reached. Check the network, then try again.</source>
        <translation>De server is onbereikbaar. Controleer het netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Verkeerde gebruikersnaam of wachtwoord.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, then try again.</source>
        <translation>Te veel pogingen. Wacht enkele minuten en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Typ uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Try again.</source>
        <translation>Aanmelden is niet gelukt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call the IT helpdesk.</source>
        <translation>Er ging iets mis. Probeer het opnieuw, of bel de IT-helpdesk.</translation>
    </message>
    <message>
        <source>Type the address of the server.</source>
        <translation>Typ het adres van de server.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>The server cannot be reached. The action was not sent; try again.</source>
        <translation>De server is onbereikbaar. De actie is niet verstuurd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This computer has no session running.</source>
        <translation>Op deze computer loopt geen sessie.</translation>
    </message>
    <message>
        <source>You may not manage the computers of this site.</source>
        <translation>U mag de computers van deze locatie niet beheren.</translation>
    </message>
    <message>
        <source>This computer is not known to the server any more.</source>
        <translation>De server kent deze computer niet meer.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Uw aanmelding is verlopen. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation>De server heeft deze actie geweigerd.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>%n minute(s) added on %1.</source>
        <translation>
            <numerusform>%n minuut toegevoegd op %1.</numerusform>
            <numerusform>%n minuten toegevoegd op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the session of %1 on %2 now?</source>
        <translation>De sessie van %1 op %2 nu beëindigen?</translation>
    </message>
    <message>
        <source>End the session on %1 now?</source>
        <translation>De sessie op %1 nu beëindigen?</translation>
    </message>
    <message>
        <source>The session on %1 is being ended.</source>
        <translation>De sessie op %1 wordt beëindigd.</translation>
    </message>
    <message>
        <source>EPN console</source>
        <translation>EPN-console</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to add</source>
        <translation>Toe te voegen minuten</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Add the minutes to the selected session (Ctrl+E)</source>
        <translation>De minuten toevoegen aan de geselecteerde sessie (Ctrl+E)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>End the selected session (Del)</source>
        <translation>De geselecteerde sessie beëindigen (Del)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Opnieuw verbinden…</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Your time is up. Thank you for your visit!</source>
        <translation>Uw tijd is om. Bedankt voor uw bezoek!</translation>
    </message>
    <message>
        <source>The room is closing now. Thank you for your visit!</source>
        <translation>De zaal sluit nu. Bedankt voor uw bezoek!</translation>
    </message>
    <message>
        <source>Your session ended because nobody used the computer for a while.</source>
        <translation>Uw sessie is beëindigd omdat niemand de computer een tijdje heeft gebruikt.</translation>
    </message>
    <message>
        <source>The staff ended your session. Thank you!</source>
        <translation>Het personeel heeft uw sessie beëindigd. Bedankt!</translation>
    </message>
    <message>
        <source>Your session is over. Thank you for your visit!</source>
        <translation>Uw sessie is afgelopen. Bedankt voor uw bezoek!</translation>
    </message>
    <message>
        <source>This program could not be started. Ask the staff at the desk.</source>
        <translation>Dit programma kon niet starten. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>The staff locked this computer. Your time keeps running. Ask at the desk.</source>
        <translation>Het personeel heeft deze computer vergrendeld. Uw tijd loopt door. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>Deze computer is buiten gebruik. Gebruik een andere, alstublieft.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Even controleren…</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Typ uw pincode en druk op Enter.</translation>
    </message>
    <message>
        <source>Public computer</source>
        <translation>Openbare computer</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Scan your card or type your card number, then press Enter.</source>
        <translation>Scan uw kaart of typ uw kaartnummer en druk op Enter.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>This computer cannot reach the server right now. Ask the staff at the desk.</source>
        <translation>Deze computer kan de server nu niet bereiken. Vraag het aan de balie.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Aanmelden personeel</translation>
    </message>
    <message>
        <source>EPN console — staff sign-in</source>
        <translation>EPN-console — aanmelden personeel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</source>
        <translation>De server is onbereikbaar. Probeer het zo meteen opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>We do not know this card number. Check it and try again, or ask the staff at the desk.</source>
        <translation>We kennen dit kaartnummer niet. Controleer het en probeer opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Typ uw pincode en druk op Enter.</translation>
    </message>
    <message>
        <source>This PIN code is not right. Try again.</source>
        <translation>Deze pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your card is blocked. Ask the staff at the desk.</source>
        <translation>Uw kaart is geblokkeerd. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back tomorrow.</source>
        <translation>Uw computertijd voor vandaag is op. Morgen krijgt u nieuwe tijd.</translation>
    </message>
    <message>
        <source>The room is closed now. Come back during opening hours.</source>
        <translation>De ruimte is nu gesloten. Kom terug tijdens de openingsuren.</translation>
    </message>
    <message>
        <source>Too many tries. Wait 15 minutes, or ask the staff at the desk.</source>
        <translation>Te veel pogingen. Wacht 15 minuten, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>You are already signed in on another computer. End that session first, or ask the staff at the desk.</source>
        <translation>U bent al aangemeld op een andere computer. Beëindig eerst die sessie, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>Deze computer is buiten gebruik. Gebruik een andere, alstublieft.</translation>
    </message>
    <message>
        <source>This ticket is not valid. Ask the staff at the desk.</source>
        <translation>Dit ticket is niet geldig. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>This computer is not registered with the server. Ask the staff at the desk.</source>
        <translation>Deze computer is niet geregistreerd bij de server. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>Aanmelden is niet gelukt. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Something went wrong. Ask the staff at the desk.</source>
        <translation>Er ging iets mis. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Type or scan your card number first.</source>
        <translation>Typ of scan eerst uw kaartnummer.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Time left: %1</source>
        <translation>Resterende tijd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left. Save your work.</source>
        <translation>
            <numerusform>Nog %n minuut. Bewaar uw werk.</numerusform>
            <numerusform>Nog %n minuten. Bewaar uw werk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Move the mouse or press a key, or your session ends in %n second(s).</source>
        <translation>
            <numerusform>Bent u er nog? Beweeg de muis of druk op een toets, anders eindigt uw sessie over %n seconde.</numerusform>
            <numerusform>Bent u er nog? Beweeg de muis of druk op een toets, anders eindigt uw sessie over %n seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The staff added %n minute(s).</source>
        <translation>
            <numerusform>Het personeel heeft %n minuut toegevoegd.</numerusform>
            <numerusform>Het personeel heeft %n minuten toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation>Hallo %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
</context>
<context>
    <name>StaffMessageDialog</name>
    <message>
        <source>Message from the staff</source>
        <translation>Bericht van het personeel</translation>
    </message>
    <message>
        <source>OK, I have read it</source>
        <translation>OK, ik heb het gelezen</translation>
    </message>
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <source>Station</source>
        <extracomment>The data role that gives the row&apos;s StationStatus (for the window&apos;s actions). The data role the sort proxy uses: numbers sort as numbers, names as text.</extracomment>
        <translation>Werkpost</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n in behandeling</numerusform>
            <numerusform>%n in behandeling</numerusform>
        </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
</TS>
