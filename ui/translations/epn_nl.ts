<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AwayScreen</name>
    <message>
        <source>Your time keeps running: %1 left.</source>
        <translation>Uw tijd loopt door: nog %1.</translation>
    </message>
    <message>
        <source>The session ends in %1 if you do not come back.</source>
        <translation>De sessie eindigt over %1 als u niet terugkomt.</translation>
    </message>
    <message>
        <source>Type your PIN or card number first.</source>
        <translation>Typ eerst uw pincode of uw kaartnummer.</translation>
    </message>
    <message numerus="yes">
        <source>This is not your PIN or card number. %n more try(s), then the session ends.</source>
        <translation>
            <numerusform>Dit is niet uw pincode of kaartnummer. Nog %n poging, dan eindigt de sessie.</numerusform>
            <numerusform>Dit is niet uw pincode of kaartnummer. Nog %n pogingen, dan eindigt de sessie.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is locked</source>
        <translation>Deze computer is vergrendeld</translation>
    </message>
    <message>
        <source>Type your PIN or card number to unlock</source>
        <translation>Typ uw pincode of uw kaartnummer om te ontgrendelen</translation>
    </message>
    <message>
        <source>Your PIN or card number</source>
        <translation>Uw pincode of kaartnummer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>CharterScreen</name>
    <message>
        <source>The rules of this place</source>
        <translation>Het reglement van deze ruimte</translation>
    </message>
    <message>
        <source>The rules are not written in your language yet. Ask the staff if you need help.</source>
        <translation>Het reglement is nog niet in uw taal geschreven. Vraag hulp aan het personeel als u dat nodig hebt.</translation>
    </message>
    <message>
        <source>Please read them. To use a computer here, you need to accept them.</source>
        <translation>Lees het alstublieft. Om hier een computer te gebruiken, moet u het aanvaarden.</translation>
    </message>
    <message>
        <source>I accept the rules</source>
        <translation>Ik aanvaard het reglement</translation>
    </message>
    <message>
        <source>No, I refuse</source>
        <translation>Nee, ik weiger</translation>
    </message>
</context>
<context>
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
        <extracomment>Room kept around the collapsed clock, right of the screen.</extracomment>
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
    <name>CoverWindow</name>
    <message>
        <source>Public computer</source>
        <extracomment>The screen height the kiosk&apos;s sizes are drawn for; taller screens scale up, to this much.</extracomment>
        <translation>Openbare computer</translation>
    </message>
    <message>
        <source>Please use the main screen.</source>
        <translation>Gebruik het hoofdscherm, alstublieft.</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <source>Your time is up.</source>
        <extracomment>Longest wait for the cleanup before the lock screen comes back anyway.</extracomment>
        <translation>Uw tijd is om.</translation>
    </message>
    <message>
        <source>You ended your session.</source>
        <translation>U hebt uw sessie beëindigd.</translation>
    </message>
    <message>
        <source>The staff ended your session.</source>
        <translation>Het personeel heeft uw sessie beëindigd.</translation>
    </message>
    <message>
        <source>Nobody used the computer for a while.</source>
        <translation>Niemand heeft de computer een tijdje gebruikt.</translation>
    </message>
    <message>
        <source>The room is closing now.</source>
        <translation>De zaal sluit nu.</translation>
    </message>
    <message>
        <source>You were away longer than allowed.</source>
        <translation>U was langer weg dan toegestaan.</translation>
    </message>
    <message>
        <source>The computer was restarted.</source>
        <translation>De computer is opnieuw opgestart.</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Sessie afgelopen</translation>
    </message>
    <message>
        <source>Your session is over</source>
        <translation>Uw sessie is afgelopen</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Bedankt voor uw bezoek!</translation>
    </message>
    <message>
        <source>The computer is ready for the next visitor.</source>
        <translation>De computer is klaar voor de volgende bezoeker.</translation>
    </message>
    <message>
        <source>Cleaning up the computer for the next visitor…</source>
        <translation>De computer wordt opgeruimd voor de volgende bezoeker…</translation>
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
        <source>Your session ended because the computer stayed locked while you were away.</source>
        <translation>Uw sessie is beëindigd omdat de computer vergrendeld bleef terwijl u weg was.</translation>
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
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Even controleren…</translation>
    </message>
    <message>
        <source>Type the code of your ticket first.</source>
        <translation>Typ eerst de code van uw ticket.</translation>
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
        <source>Guest ticket</source>
        <translation>Gastticket</translation>
    </message>
    <message>
        <source>Type the code printed on your ticket, then press Enter.</source>
        <translation>Typ de code die op uw ticket staat en druk dan op Enter.</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>Ik heb een kaart</translation>
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
        <source>I have a guest ticket</source>
        <translation>Ik heb een gastticket</translation>
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
    <message>
        <source>Out of order</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>Deze computer is buiten gebruik. Gebruik een andere, alstublieft.</translation>
    </message>
    <message>
        <source>Message from the staff: %1</source>
        <translation>Bericht van het personeel: %1</translation>
    </message>
    <message>
        <source>A+  Larger text</source>
        <translation>A+  Grotere tekst</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>◐  High contrast</source>
        <translation>◐  Hoog contrast</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Aanmelden personeel</translation>
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
    <name>MaintenanceBar</name>
    <message>
        <source>Maintenance time left: %1</source>
        <translation>Resterende onderhoudstijd: %1</translation>
    </message>
    <message>
        <source>EPN Kiosk — maintenance</source>
        <translation>EPN Kiosk — onderhoud</translation>
    </message>
    <message>
        <source>Maintenance: the desktop is unlocked. It locks again in</source>
        <translation>Onderhoud: het bureaublad is ontgrendeld. Het wordt opnieuw vergrendeld over</translation>
    </message>
    <message>
        <source>Lock again now</source>
        <translation>Nu opnieuw vergrendelen</translation>
    </message>
    <message>
        <source>Lock the computer again now</source>
        <translation>De computer nu opnieuw vergrendelen</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Add time</source>
        <translation>Tijd toevoegen</translation>
    </message>
    <message>
        <source>Minutes to add:</source>
        <translation>Toe te voegen minuten:</translation>
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
        <source>tomorrow</source>
        <extracomment>A weekly allowance below this many seconds is used up (admin.policy.MIN_GRANT_SECONDS).</extracomment>
        <translation>morgen</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>weekday</comment>
        <translation>op %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>date</comment>
        <translation>op %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>vandaag om %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen om %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>weekday</comment>
        <translation>op %1 om %2</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>date</comment>
        <translation>op %1 om %2</translation>
    </message>
    <message>
        <source>The room is closed now. It opens again %1.</source>
        <translation>De zaal is nu gesloten. Ze gaat opnieuw open %1.</translation>
    </message>
    <message>
        <source>You are already signed in on computer %1. End your session there first, or ask the staff at the desk.</source>
        <translation>U bent al aangemeld op computer %1. Beëindig eerst daar uw sessie, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Your card is blocked. You can use it again on %1, or ask the staff at the desk.</source>
        <translation>Uw kaart is geblokkeerd. U kunt ze opnieuw gebruiken op %1, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>Aanmelden is niet gelukt. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Your computer time for this week is used up. It comes back %1.</source>
        <translation>Uw computertijd voor deze week is op. Ze komt terug %1.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back %1.</source>
        <translation>Uw computertijd voor vandaag is op. Ze komt terug %1.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, or ask the staff at the desk.</source>
        <translation>Te veel pogingen. Wacht een paar minuten, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Too many tries. Try again in a minute, or ask the staff at the desk.</source>
        <translation>Te veel pogingen. Probeer het over een minuut opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Too many tries. Try again in %n minutes, or ask the staff at the desk.</source>
        <translation>Te veel pogingen. Probeer het over %n minuten opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>We do not know this ticket code. Check it and try again, or ask the staff at the desk.</source>
        <translation>We kennen deze ticketcode niet. Controleer ze en probeer opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>This ticket was already used. Ask the staff at the desk for a new one.</source>
        <translation>Dit ticket is al gebruikt. Vraag een nieuw aan de balie.</translation>
    </message>
    <message>
        <source>This ticket is no longer valid. Ask the staff at the desk for a new one.</source>
        <translation>Dit ticket is niet meer geldig. Vraag een nieuw aan de balie.</translation>
    </message>
    <message>
        <source>This ticket is not valid yet. Look at the date on it, or ask the staff.</source>
        <translation>Dit ticket is nog niet geldig. Kijk naar de datum erop, of vraag het aan het personeel.</translation>
    </message>
    <message>
        <source>This ticket is for another public computer room. Ask the staff at the desk.</source>
        <translation>Dit ticket is voor een andere openbare computerruimte. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Something went wrong. Ask the staff at the desk.</source>
        <translation>Er ging iets mis. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>To use a computer here you need to accept the rules. Ask the staff if you have questions.</source>
        <translation>Om hier een computer te gebruiken, moet u het reglement aanvaarden. Stel uw vragen aan het personeel.</translation>
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
    <message>
        <source>Show the whole bar</source>
        <translation>De hele balk tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Nog %n minuut</numerusform>
            <numerusform>Nog %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still there? %n s</source>
        <translation>
            <numerusform>Nog daar? %n s</numerusform>
            <numerusform>Nog daar? %n s</numerusform>
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
        <source>Step away</source>
        <translation>Even weg</translation>
    </message>
    <message>
        <source>Lock while I&apos;m away</source>
        <translation>Vergrendelen terwijl ik weg ben</translation>
    </message>
    <message>
        <source>Lock the screen while you step away. Your PIN or card number unlocks it.</source>
        <translation>Vergrendel het scherm terwijl u even weg bent. Uw pincode of kaartnummer ontgrendelt het.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Aanmelden personeel</translation>
    </message>
    <message>
        <source>Make the bar smaller</source>
        <translation>De balk kleiner maken</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>Closed today</source>
        <extracomment>The message&apos;s language when the visitor&apos;s is missing, before any other.</extracomment>
        <translation>Vandaag gesloten</translation>
    </message>
    <message>
        <source>Open all day</source>
        <translation>De hele dag open</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Openingsuren: %1</translation>
    </message>
    <message>
        <source>Closes at %1</source>
        <translation>Sluit om %1</translation>
    </message>
    <message>
        <source>Closes on %1 at %2</source>
        <translation>Sluit op %1 om %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
</context>
<context>
    <name>StaffConfirm</name>
    <message>
        <source>Please confirm</source>
        <translation>Gelieve te bevestigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>The server cannot be reached. Try again in a moment.</source>
        <translation>De server is onbereikbaar. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>A visitor is using this computer: end their session first.</source>
        <translation>Een bezoeker gebruikt deze computer: beëindig eerst zijn of haar sessie.</translation>
    </message>
    <message>
        <source>That did not work. Try again.</source>
        <translation>Dat is niet gelukt. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for %n minute(s).</source>
        <translation>Te veel foute pogingen: dit account is %n minuut/minuten geblokkeerd.</translation>
    </message>
    <message>
        <source>Wrong username, password or PIN. Try again.</source>
        <translation>Verkeerde gebruikersnaam, wachtwoord of pincode. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>This computer belongs to another site: only the staff of its site can sign in here.</source>
        <translation>Deze computer hoort bij een andere vestiging: alleen het personeel van die vestiging kan hier aanmelden.</translation>
    </message>
    <message>
        <source>Your staff sign-in is over. Close the panel and sign in again.</source>
        <translation>Uw aanmelding als personeel is verlopen. Sluit het paneel en meld opnieuw aan.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this computer any more.</source>
        <translation>Er is niemand meer aangemeld op deze computer.</translation>
    </message>
    <message>
        <source>%n minute(s) added.</source>
        <extracomment>How the program quits for maintenance (exit code 0); tests replace it.</extracomment>
        <translation>%n minuut/minuten toegevoegd.</translation>
    </message>
    <message>
        <source>End the visitor&apos;s session now? Their programs will be closed.</source>
        <translation>De sessie van de bezoeker nu beëindigen? Zijn of haar programma&apos;s worden gesloten.</translation>
    </message>
    <message>
        <source>Yes, end the session</source>
        <translation>Ja, de sessie beëindigen</translation>
    </message>
    <message>
        <source>The session ends.</source>
        <translation>De sessie wordt beëindigd.</translation>
    </message>
    <message>
        <source>Quit the kiosk? This computer stays without the lock screen until it is started again.</source>
        <translation>De kiosk afsluiten? Deze computer blijft zonder vergrendelscherm tot hij opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>Yes, quit the kiosk</source>
        <translation>Ja, de kiosk afsluiten</translation>
    </message>
</context>
<context>
    <name>StaffMessageDialog</name>
    <message>
        <source>Message from the staff</source>
        <extracomment>The button answers only after this long, so that a visitor typing in their own program when the message pops up does not acknowledge it by accident.</extracomment>
        <translation>Bericht van het personeel</translation>
    </message>
    <message>
        <source>OK, I have read it</source>
        <translation>OK, ik heb het gelezen</translation>
    </message>
    <message>
        <source>Received at %1</source>
        <translation>Ontvangen om %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) after this one.</source>
        <translation>
            <numerusform>Nog %n bericht na dit bericht.</numerusform>
            <numerusform>Nog %n berichten na dit bericht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>To unlock the desktop, end the visitor&apos;s session first.</source>
        <translation>Om het bureaublad te ontgrendelen, beëindig eerst de sessie van de bezoeker.</translation>
    </message>
    <message>
        <source>Nobody is using this computer.</source>
        <translation>Niemand gebruikt deze computer.</translation>
    </message>
    <message>
        <source>%1 is using this computer. Time left: %2</source>
        <translation>%1 gebruikt deze computer. Resterende tijd: %2</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Personeelspaneel</translation>
    </message>
    <message>
        <source>Computer %1 — %2</source>
        <translation>Computer %1 — %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minutes of maintenance</source>
        <translation>Minuten onderhoud</translation>
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
        <translation>5 minuten toevoegen</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>Add 15 minutes</source>
        <translation>15 minuten toevoegen</translation>
    </message>
    <message>
        <source>Other duration…</source>
        <translation>Andere duur…</translation>
    </message>
    <message>
        <source>Add another duration</source>
        <translation>Een andere duur toevoegen</translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation>De sessie beëindigen…</translation>
    </message>
    <message>
        <source>End the visitor&apos;s session</source>
        <translation>De sessie van de bezoeker beëindigen</translation>
    </message>
    <message>
        <source>Unlock the desktop for maintenance</source>
        <translation>Het bureaublad ontgrendelen voor onderhoud</translation>
    </message>
    <message>
        <source>Quit the kiosk for maintenance…</source>
        <translation>De kiosk afsluiten voor onderhoud…</translation>
    </message>
    <message>
        <source>Quit the kiosk for maintenance</source>
        <translation>De kiosk afsluiten voor onderhoud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the staff panel</source>
        <translation>Het personeelspaneel sluiten</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Type your staff username and your password or PIN.</source>
        <translation>Typ uw gebruikersnaam van het personeel en uw wachtwoord of pincode.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Aanmelden personeel</translation>
    </message>
    <message>
        <source>For the staff of this site. Visitors: ask at the desk for help.</source>
        <translation>Voor het personeel van deze vestiging. Bezoekers: vraag hulp aan de balie.</translation>
    </message>
    <message>
        <source>Staff username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password or staff PIN</source>
        <translation>Wachtwoord of pincode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in as staff</source>
        <translation>Aanmelden als personeel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
<context>
    <name>WarningBanner</name>
    <message>
        <source>Time warning</source>
        <extracomment>How long a warning stays before it hides by itself (the last minute&apos;s stays). A warning this close to the end stays until dismissed or the end. the last-minute warning, shown again when an idle warning over it is cancelled</extracomment>
        <translation>Tijdwaarschuwing</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation>Deze waarschuwing verbergen</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message numerus="yes">
        <source>Move the mouse or press a key, or your session ends in %n second(s).</source>
        <translation>
            <numerusform>Beweeg de muis of druk op een toets, anders eindigt uw sessie over %n seconde.</numerusform>
            <numerusform>Beweeg de muis of druk op een toets, anders eindigt uw sessie over %n seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Nog %n minuut</numerusform>
            <numerusform>Nog %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Nog %n seconde</numerusform>
            <numerusform>Nog %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>Save your work now. When the time is up, your programs close.</source>
        <translation>Sla uw werk nu op. Als de tijd om is, worden uw programma&apos;s gesloten.</translation>
    </message>
</context>
</TS>
