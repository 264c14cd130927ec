<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Disable the account of %1 until someone enables it again?</source>
        <translation>Het account van %1 uitschakelen tot iemand het weer inschakelt?</translation>
    </message>
    <message>
        <source>Disable the account of %1 through %2?</source>
        <translation>Het account van %1 uitschakelen tot en met %2?</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Het account van %1 is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Let %1 sign in again?</source>
        <translation>%1 zich opnieuw laten aanmelden?</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 kan zich opnieuw aanmelden.</translation>
    </message>
    <message>
        <source>Remove the PIN of %1? They will sign in with their card number only.</source>
        <translation>De pincode van %1 verwijderen? Aanmelden gebeurt dan alleen met het kaartnummer.</translation>
    </message>
    <message>
        <source>Replace the PIN of %1 with the new one?</source>
        <translation>De pincode van %1 vervangen door de nieuwe?</translation>
    </message>
    <message>
        <source>The PIN of %1 was removed.</source>
        <translation>De pincode van %1 is verwijderd.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 heeft een nieuwe pincode.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
</context>
<context>
    <name>AllowanceForm</name>
    <message>
        <source>Minutes per &amp;session</source>
        <translation>Minuten per &amp;sessie</translation>
    </message>
    <message>
        <source>Minutes per &amp;day</source>
        <translation>Minuten per &amp;dag</translation>
    </message>
    <message>
        <source>Minutes per &amp;week</source>
        <translation>Minuten per &amp;week</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>With 0 minutes, these visitors cannot sign in at all.</source>
        <translation>Met 0 minuten kunnen deze bezoekers zich helemaal niet aanmelden.</translation>
    </message>
    <message>
        <source>A session never lasts longer than what is left of the day.</source>
        <translation>Een sessie duurt nooit langer dan wat er van de dag overblijft.</translation>
    </message>
    <message>
        <source>A day never gives more than what is left of the week.</source>
        <translation>Een dag geeft nooit meer dan wat er van de week overblijft.</translation>
    </message>
</context>
<context>
    <name>AllowanceGrid</name>
    <message>
        <source>City-wide: %1</source>
        <translation>Hele stad: %1</translation>
    </message>
    <message>
        <source>This category has no allowances of its own: it gets those of every other category.</source>
        <translation>Deze categorie heeft geen eigen toegestane tijd: ze krijgt die van ‘Elke andere categorie’.</translation>
    </message>
    <message>
        <source>Every other category</source>
        <translation>Elke andere categorie</translation>
    </message>
    <message>
        <source>Guest (tickets)</source>
        <translation>Gast (tickets)</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Deze locatie</translation>
    </message>
    <message>
        <source>This site — city-wide: %1 · %2 · %3</source>
        <translation>Deze locatie — hele stad: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>This site (as every other category)</source>
        <translation>Deze locatie (zoals elke andere categorie)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Hele stad</translation>
    </message>
    <message>
        <source>Inherited from the city</source>
        <translation>Overgenomen van de stad</translation>
    </message>
    <message>
        <source>City-wide (as every other category)</source>
        <translation>Hele stad (zoals elke andere categorie)</translation>
    </message>
    <message>
        <source>Inherited from the city (as every other category)</source>
        <translation>Overgenomen van de stad (zoals elke andere categorie)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Per sessie</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Time allowances by category</source>
        <translation>Toegestane tijd per categorie</translation>
    </message>
</context>
<context>
    <name>AppDialog</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Add an app</source>
        <translation>Een app toevoegen</translation>
    </message>
    <message>
        <source>Change an app</source>
        <translation>Een app wijzigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “.”, “_” and “-”, e.g. libreoffice-writer.</source>
        <translation>Kleine letters, cijfers, ‘.’, ‘_’ en ‘-’, bv. libreoffice-writer.</translation>
    </message>
    <message>
        <source>Profiles and computers name the app by its id: it cannot change.</source>
        <translation>Profielen en computers herkennen de app aan haar id: die kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Ic&amp;on</source>
        <translation>Pict&amp;ogram</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Pictogram</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>An icon name of the desktop theme (e.g. firefox) or a path on the computers.</source>
        <translation>Een pictogramnaam van het bureaubladthema (bv. firefox) of een pad op de computers.</translation>
    </message>
    <message>
        <source>Name shown to visitors</source>
        <translation>Naam die bezoekers zien</translation>
    </message>
    <message>
        <source>At least one. Visitors see the name in their language, else in French.</source>
        <translation>Minstens één. Bezoekers zien de naam in hun taal, anders in het Frans.</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Frans</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Franse naam</translation>
    </message>
    <message>
        <source>&amp;Dutch</source>
        <translation>&amp;Nederlands</translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <source>E&amp;nglish</source>
        <translation>&amp;Engels</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Opdrachtregel</translation>
    </message>
    <message>
        <source>At least one. A computer only offers the app if it has a command for it.</source>
        <translation>Minstens één. Een computer biedt de app alleen aan als er een opdracht voor is.</translation>
    </message>
    <message>
        <source>&amp;Linux</source>
        <translation>&amp;Linux</translation>
    </message>
    <message>
        <source>Command on Linux</source>
        <translation>Opdracht op Linux</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Windows</translation>
    </message>
    <message>
        <source>Command on Windows</source>
        <translation>Opdracht op Windows</translation>
    </message>
    <message>
        <source>&amp;Programs the app may start</source>
        <translation>&amp;Programma&apos;s die de app mag starten</translation>
    </message>
    <message>
        <source>Programs the app may start</source>
        <translation>Programma&apos;s die de app mag starten</translation>
    </message>
    <message>
        <source>One per line: process names or paths (e.g. firefox, firefox.exe). During a session the computer stops any other program.</source>
        <translation>Eén per regel: procesnamen of paden (bv. firefox, firefox.exe). Tijdens een sessie stopt de computer elk ander programma.</translation>
    </message>
    <message>
        <source>Give the app a name in one language at least.</source>
        <translation>Geef de app een naam in minstens één taal.</translation>
    </message>
    <message>
        <source>Give the command line for Linux or Windows.</source>
        <translation>Geef de opdrachtregel voor Linux of Windows.</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter or a digit.</source>
        <translation>Gebruik 1 tot 64 kleine letters, cijfers, ‘.’, ‘_’ of ‘-’, beginnend met een letter of een cijfer.</translation>
    </message>
    <message>
        <source>Another app has this id already. Choose another id.</source>
        <translation>Een andere app heeft deze id al. Kies een andere id.</translation>
    </message>
    <message>
        <source>The server refused the app: it needs a name in one language at least and a command line.</source>
        <translation>De server heeft de app geweigerd: ze heeft een naam in minstens één taal en een opdrachtregel nodig.</translation>
    </message>
    <message>
        <source>The icon may have up to 300 characters.</source>
        <translation>Het pictogram mag hoogstens 300 tekens lang zijn.</translation>
    </message>
    <message>
        <source>A name may have up to 100 characters.</source>
        <translation>Een naam mag hoogstens 100 tekens lang zijn.</translation>
    </message>
    <message>
        <source>A command line may have up to 1000 characters.</source>
        <translation>Een opdrachtregel mag hoogstens 1000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Up to 50 programs, each a name or path of up to 260 characters.</source>
        <translation>Hoogstens 50 programma&apos;s, elk een naam of pad van hoogstens 260 tekens.</translation>
    </message>
    <message>
        <source>The server refused a value. Check the form.</source>
        <translation>De server heeft een waarde geweigerd. Controleer het formulier.</translation>
    </message>
</context>
<context>
    <name>AppsPanel</name>
    <message>
        <source>none</source>
        <extracomment>Columns: id (with the icon), a name per language, a command per platform, processes, profiles. What the pane under the table says of the selected app, whole.</extracomment>
        <translation>geen</translation>
    </message>
    <message>
        <source>App “%1” added.</source>
        <translation>App ‘%1’ toegevoegd.</translation>
    </message>
    <message>
        <source>App “%1” saved.</source>
        <translation>App ‘%1’ opgeslagen.</translation>
    </message>
    <message>
        <source>Delete the app “%1”?</source>
        <translation>De app ‘%1’ verwijderen?</translation>
    </message>
    <message>
        <source>It is taken out of these profiles: %1. Visitors of these profiles no longer see it.</source>
        <translation>Ze wordt uit deze profielen gehaald: %1. Bezoekers met deze profielen zien ze niet meer.</translation>
    </message>
    <message>
        <source>No profile uses it.</source>
        <translation>Geen enkel profiel gebruikt ze.</translation>
    </message>
    <message>
        <source>Its usage statistics are kept.</source>
        <translation>De gebruiksstatistieken blijven bewaard.</translation>
    </message>
    <message>
        <source>App “%1” deleted.</source>
        <translation>App ‘%1’ verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Id, name, command or program (Ctrl+F)</source>
        <translation>Id, naam, opdracht of programma (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an app</source>
        <translation>Een app zoeken</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
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
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>Command on Linux:</source>
        <translation>Opdracht op Linux:</translation>
    </message>
    <message>
        <source>Command on Windows:</source>
        <translation>Opdracht op Windows:</translation>
    </message>
    <message>
        <source>Programs allowed:</source>
        <translation>Toegestane programma&apos;s:</translation>
    </message>
    <message>
        <source>In the profiles:</source>
        <translation>In de profielen:</translation>
    </message>
    <message>
        <source>&amp;Add app…</source>
        <translation>App &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add an app to the catalogue (Ctrl+N)</source>
        <translation>Een app aan de catalogus toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Open the selected app (Enter or double-click)</source>
        <translation>De geselecteerde app openen (Enter of dubbelklik)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Delete the selected app (Delete)</source>
        <translation>De geselecteerde app verwijderen (Delete)</translation>
    </message>
    <message>
        <source>No app in the catalogue yet. Add one with “Add app…” (Ctrl+N).</source>
        <translation>Nog geen app in de catalogus. Voeg er een toe met ‘App toevoegen…’ (Ctrl+N).</translation>
    </message>
    <message>
        <source>No app in the catalogue yet. An administrator adds them.</source>
        <translation>Nog geen app in de catalogus. Een beheerder voegt ze toe.</translation>
    </message>
</context>
<context>
    <name>AssignBox</name>
    <message>
        <source>Every site (city-wide)</source>
        <translation>Alle locaties (hele stad)</translation>
    </message>
    <message>
        <source>Nobody yet: give it with the form below.</source>
        <translation>Nog niemand: ken het toe met het formulier hieronder.</translation>
    </message>
    <message>
        <source>Visitor %1 (their own profile)</source>
        <translation>Bezoeker %1 (eigen profiel)</translation>
    </message>
    <message>
        <source>every site</source>
        <translation>alle locaties</translation>
    </message>
    <message>
        <source>Everyone, by default — %1</source>
        <translation>Iedereen, standaard — %1</translation>
    </message>
    <message>
        <source>Category %1 — %2</source>
        <translation>Categorie %1 — %2</translation>
    </message>
    <message>
        <source>Only an administrator takes back a profile given city-wide.</source>
        <translation>Alleen een beheerder neemt een profiel terug dat voor de hele stad is toegekend.</translation>
    </message>
    <message>
        <source>Take back the selected row</source>
        <translation>De geselecteerde regel terugnemen</translation>
    </message>
    <message>
        <source>Type the visitor&apos;s card number or identifier.</source>
        <translation>Typ het kaartnummer van de bezoeker.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Kies een categorie.</translation>
    </message>
    <message>
        <source>Profile “%1” taken back.</source>
        <translation>Profiel ‘%1’ teruggenomen.</translation>
    </message>
    <message>
        <source>Profile “%1” given.</source>
        <translation>Profiel ‘%1’ toegekend.</translation>
    </message>
    <message>
        <source>No visitor has this identifier (guest tickets cannot have one).</source>
        <translation>Geen enkele bezoeker heeft dit kaartnummer (een gastticket kan geen eigen profiel krijgen).</translation>
    </message>
    <message>
        <source>You may give profiles only at your own sites.</source>
        <translation>U kunt alleen op uw eigen locaties profielen toekennen.</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Toegekend aan</translation>
    </message>
    <message>
        <source>Take &amp;back</source>
        <translation>&amp;Terugnemen</translation>
    </message>
    <message>
        <source>&amp;Give to</source>
        <translation>Toekennen &amp;aan</translation>
    </message>
    <message>
        <source>A visitor category</source>
        <translation>Een bezoekerscategorie</translation>
    </message>
    <message>
        <source>Everyone (default profile)</source>
        <translation>Iedereen (standaardprofiel)</translation>
    </message>
    <message>
        <source>One visitor</source>
        <translation>Eén bezoeker</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Waar</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>&amp;Bezoeker</translation>
    </message>
    <message>
        <source>Card number or identifier</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>G&amp;ive</source>
        <translation>Toe&amp;kennen</translation>
    </message>
    <message>
        <source>Give the profile as the form says (Enter in the visitor field)</source>
        <translation>Het profiel toekennen zoals in het formulier staat (Enter in het bezoekersveld)</translation>
    </message>
    <message>
        <source>Which profiles a visitor gets: their own first; else their category&apos;s at the site, then city-wide; else the default ones.</source>
        <translation>Welke profielen een bezoeker krijgt: eerst de eigen; anders die van de categorie op de locatie, dan voor de hele stad; anders de standaardprofielen.</translation>
    </message>
    <message>
        <source>“%1” is given to</source>
        <translation>‘%1’ is toegekend aan</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Done by the server itself or with the epn command on the server</source>
        <translation>Gedaan door de server zelf of met de opdracht epn op de server</translation>
    </message>
    <message>
        <source>Signed in to the console</source>
        <extracomment>Keys never shown, even though the server already keeps secrets out of the log.</extracomment>
        <translation>Heeft zich aangemeld op de console</translation>
    </message>
    <message>
        <source>Signed in on a computer&apos;s staff panel</source>
        <translation>Heeft zich aangemeld op het personeelspaneel van een computer</translation>
    </message>
    <message>
        <source>Extended a session</source>
        <translation>Heeft een sessie verlengd</translation>
    </message>
    <message>
        <source>Ended a session</source>
        <translation>Heeft een sessie beëindigd</translation>
    </message>
    <message>
        <source>Set a session&apos;s time left</source>
        <translation>Heeft de resterende tijd van een sessie ingesteld</translation>
    </message>
    <message>
        <source>Sent a message to a computer</source>
        <translation>Heeft een bericht naar een computer gestuurd</translation>
    </message>
    <message>
        <source>Locked a computer</source>
        <translation>Heeft een computer vergrendeld</translation>
    </message>
    <message>
        <source>Unlocked a computer</source>
        <translation>Heeft een computer ontgrendeld</translation>
    </message>
    <message>
        <source>Put a computer out of order</source>
        <translation>Heeft een computer buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>Put a computer back in service</source>
        <translation>Heeft een computer weer in gebruik genomen</translation>
    </message>
    <message>
        <source>Signed a visitor in from the desk</source>
        <translation>Heeft een bezoeker vanaf de balie aangemeld</translation>
    </message>
    <message>
        <source>Answered a call for the desk</source>
        <translation>Heeft een oproep naar de balie beantwoord</translation>
    </message>
    <message>
        <source>Lifted a sign-in lockout</source>
        <translation>Heeft een aanmeldblokkering opgeheven</translation>
    </message>
    <message>
        <source>Issued an enrolment code for a site&apos;s computers</source>
        <translation>Heeft een inschrijvingscode voor de computers van een locatie aangemaakt</translation>
    </message>
    <message>
        <source>Opened a computer for maintenance</source>
        <translation>Heeft een computer geopend voor onderhoud</translation>
    </message>
    <message>
        <source>Stopped the kiosk program for maintenance</source>
        <translation>Heeft het kioskprogramma gestopt voor onderhoud</translation>
    </message>
    <message>
        <source>Added a computer</source>
        <translation>Heeft een computer toegevoegd</translation>
    </message>
    <message>
        <source>Changed the apps of a computer</source>
        <translation>Heeft de apps van een computer gewijzigd</translation>
    </message>
    <message>
        <source>Issued an enrolment code for a computer</source>
        <translation>Heeft een inschrijvingscode voor een computer aangemaakt</translation>
    </message>
    <message>
        <source>Enrolled a computer</source>
        <translation>Heeft een computer ingeschreven</translation>
    </message>
    <message>
        <source>Revoked a computer&apos;s access</source>
        <translation>Heeft de toegang van een computer ingetrokken</translation>
    </message>
    <message>
        <source>Created guest tickets</source>
        <translation>Heeft gasttickets aangemaakt</translation>
    </message>
    <message>
        <source>Added a visitor</source>
        <translation>Heeft een bezoeker toegevoegd</translation>
    </message>
    <message>
        <source>Edited a visitor</source>
        <translation>Heeft een bezoeker gewijzigd</translation>
    </message>
    <message>
        <source>Disabled a visitor&apos;s account</source>
        <translation>Heeft het account van een bezoeker uitgeschakeld</translation>
    </message>
    <message>
        <source>Enabled a visitor&apos;s account</source>
        <translation>Heeft het account van een bezoeker weer ingeschakeld</translation>
    </message>
    <message>
        <source>Changed a visitor&apos;s PIN</source>
        <translation>Heeft de pincode van een bezoeker gewijzigd</translation>
    </message>
    <message>
        <source>Imported visitors</source>
        <translation>Heeft bezoekers geïmporteerd</translation>
    </message>
    <message>
        <source>Exported the visitors</source>
        <translation>Heeft de bezoekers geëxporteerd</translation>
    </message>
    <message>
        <source>Added a site</source>
        <translation>Heeft een locatie toegevoegd</translation>
    </message>
    <message>
        <source>Changed a site&apos;s opening hours</source>
        <translation>Heeft de openingsuren van een locatie gewijzigd</translation>
    </message>
    <message>
        <source>Changed a site&apos;s texts</source>
        <translation>Heeft de teksten van een locatie gewijzigd</translation>
    </message>
    <message>
        <source>Changed a site&apos;s ready-made messages</source>
        <translation>Heeft de standaardberichten van een locatie gewijzigd</translation>
    </message>
    <message>
        <source>Changed a site&apos;s minutes for bookings and the queue</source>
        <translation>Heeft de minuten voor reservaties en de wachtrij van een locatie gewijzigd</translation>
    </message>
    <message>
        <source>Booked computers</source>
        <translation>Heeft computers gereserveerd</translation>
    </message>
    <message>
        <source>Cancelled a booking</source>
        <translation>Heeft een reservatie geannuleerd</translation>
    </message>
    <message>
        <source>A visitor took up a booked computer</source>
        <translation>Een bezoeker heeft de voor hem gereserveerde computer ingenomen</translation>
    </message>
    <message>
        <source>Released a booked computer not taken up in time</source>
        <translation>Heeft een gereserveerde computer vrijgegeven die niet op tijd is ingenomen</translation>
    </message>
    <message>
        <source>Released a computer held for the queue, not taken up in time</source>
        <translation>Heeft een computer vrijgegeven die voor de wachtrij was vastgehouden en niet op tijd is ingenomen</translation>
    </message>
    <message>
        <source>Gave a queue number</source>
        <translation>Heeft een wachtnummer gegeven</translation>
    </message>
    <message>
        <source>Called a queue number to a computer</source>
        <translation>Heeft een wachtnummer naar een computer geroepen</translation>
    </message>
    <message>
        <source>Cancelled a queue number</source>
        <translation>Heeft een wachtnummer geannuleerd</translation>
    </message>
    <message>
        <source>Moved a queue number to the end of the line</source>
        <translation>Heeft een wachtnummer achteraan de wachtrij gezet</translation>
    </message>
    <message>
        <source>Marked a queue number as served</source>
        <translation>Heeft een wachtnummer als geholpen gemarkeerd</translation>
    </message>
    <message>
        <source>Changed a site&apos;s no-show rule</source>
        <translation>Heeft de regel voor onverwittigde afwezigheden van een locatie gewijzigd</translation>
    </message>
    <message>
        <source>Changed a site&apos;s public page</source>
        <translation>Heeft de publieke pagina van een locatie gewijzigd</translation>
    </message>
    <message>
        <source>Changed a site&apos;s logo</source>
        <translation>Heeft het logo van een locatie gewijzigd</translation>
    </message>
    <message>
        <source>Started a class</source>
        <translation>Heeft een klas gestart</translation>
    </message>
    <message>
        <source>Ended a class</source>
        <translation>Heeft een klas beëindigd</translation>
    </message>
    <message>
        <source>Erased a visitor&apos;s account</source>
        <translation>Heeft het account van een bezoeker gewist</translation>
    </message>
    <message>
        <source>Applied the retention periods (old usage made anonymous)</source>
        <translation>Heeft de bewaartermijnen toegepast (oud gebruik anoniem gemaakt)</translation>
    </message>
    <message>
        <source>Planned a workshop</source>
        <translation>Heeft een workshop gepland</translation>
    </message>
    <message>
        <source>Edited a workshop</source>
        <translation>Heeft een workshop gewijzigd</translation>
    </message>
    <message>
        <source>Cancelled a workshop or one of its dates</source>
        <translation>Heeft een workshop of een van de data ervan geannuleerd</translation>
    </message>
    <message>
        <source>Registered someone for a workshop</source>
        <translation>Heeft iemand voor een workshop ingeschreven</translation>
    </message>
    <message>
        <source>Cancelled a registration for a workshop</source>
        <translation>Heeft een inschrijving voor een workshop geannuleerd</translation>
    </message>
    <message>
        <source>Moved someone from a workshop&apos;s waiting list to a place</source>
        <translation>Heeft iemand van de wachtlijst van een workshop een plaats gegeven</translation>
    </message>
    <message>
        <source>Marked attendance at a workshop</source>
        <translation>Heeft een aanwezigheid op een workshop genoteerd</translation>
    </message>
    <message>
        <source>Added or renamed a workshop theme</source>
        <translation>Heeft een workshopthema toegevoegd of hernoemd</translation>
    </message>
    <message>
        <source>Removed a workshop theme</source>
        <translation>Heeft een workshopthema verwijderd</translation>
    </message>
    <message>
        <source>Changed a time policy</source>
        <translation>Heeft een tijdsregeling gewijzigd</translation>
    </message>
    <message>
        <source>Removed a time policy</source>
        <translation>Heeft een tijdsregeling verwijderd</translation>
    </message>
    <message>
        <source>Changed session rules</source>
        <translation>Heeft sessieregels gewijzigd</translation>
    </message>
    <message>
        <source>Removed session rules</source>
        <translation>Heeft sessieregels verwijderd</translation>
    </message>
    <message>
        <source>Added an app profile</source>
        <translation>Heeft een appprofiel toegevoegd</translation>
    </message>
    <message>
        <source>Removed an app profile</source>
        <translation>Heeft een appprofiel verwijderd</translation>
    </message>
    <message>
        <source>Changed the apps of a profile</source>
        <translation>Heeft de apps van een profiel gewijzigd</translation>
    </message>
    <message>
        <source>Gave an app profile</source>
        <translation>Heeft een appprofiel toegekend</translation>
    </message>
    <message>
        <source>Took back an app profile</source>
        <translation>Heeft een appprofiel ingetrokken</translation>
    </message>
    <message>
        <source>Added an app to the catalogue</source>
        <translation>Heeft een app aan de catalogus toegevoegd</translation>
    </message>
    <message>
        <source>Changed an app of the catalogue</source>
        <translation>Heeft een app van de catalogus gewijzigd</translation>
    </message>
    <message>
        <source>Removed an app from the catalogue</source>
        <translation>Heeft een app uit de catalogus verwijderd</translation>
    </message>
    <message>
        <source>Added a visitor category</source>
        <translation>Heeft een bezoekerscategorie toegevoegd</translation>
    </message>
    <message>
        <source>Added a staff account</source>
        <translation>Heeft een personeelsaccount toegevoegd</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Heeft het eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Reset a staff member&apos;s password</source>
        <translation>Heeft het wachtwoord van een medewerker opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Set a staff PIN</source>
        <translation>Heeft een personeelspincode ingesteld</translation>
    </message>
    <message>
        <source>Removed a staff PIN</source>
        <translation>Heeft een personeelspincode verwijderd</translation>
    </message>
    <message>
        <source>Actions on sessions and computers</source>
        <translation>Acties op sessies en computers</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Guest tickets</source>
        <translation>Gasttickets</translation>
    </message>
    <message>
        <source>Visitor accounts</source>
        <translation>Bezoekersaccounts</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Sites and opening hours</source>
        <translation>Locaties en openingsuren</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservaties</translation>
    </message>
    <message>
        <source>Queue at the desk</source>
        <translation>Wachtrij aan de balie</translation>
    </message>
    <message>
        <source>Time policies</source>
        <translation>Tijdsregelingen</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Sessieregels</translation>
    </message>
    <message>
        <source>App profiles</source>
        <translation>Appprofielen</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>Appcatalogus</translation>
    </message>
    <message>
        <source>Visitor categories</source>
        <translation>Bezoekerscategorieën</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Personeelsaccounts</translation>
    </message>
    <message>
        <source>system</source>
        <translation>systeem</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Locatie %1</translation>
    </message>
    <message>
        <source>Visitor no. %1</source>
        <translation>Bezoeker nr. %1</translation>
    </message>
    <message>
        <source>Staff account %1</source>
        <translation>Personeelsaccount %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profiel %1</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categorie %1</translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation>Tijdsregeling van %1</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>Regels van %1</translation>
    </message>
    <message>
        <source>Queue number %1</source>
        <translation>Wachtnummer %1</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>Alle bezoekers</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>site</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>computer</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>bezoeker</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>number</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>openingsuren</translation>
    </message>
    <message>
        <source>exceptional days</source>
        <translation>uitzonderlijke dagen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>apps</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profielen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>disabled until</source>
        <translation>uitgeschakeld tot</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>tijdzone</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>locaties</translation>
    </message>
    <message>
        <source>at the computer</source>
        <translation>aan de computer</translation>
    </message>
    <message>
        <source>sign-ins ended</source>
        <translation>beëindigde aanmeldingen</translation>
    </message>
    <message>
        <source>command no.</source>
        <translation>opdracht nr.</translation>
    </message>
    <message>
        <source>session no.</source>
        <translation>sessie nr.</translation>
    </message>
    <message>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <source>minutes per day</source>
        <translation>minuten per dag</translation>
    </message>
    <message>
        <source>minutes per week</source>
        <translation>minuten per week</translation>
    </message>
    <message>
        <source>minutes per session</source>
        <translation>minuten per sessie</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>geldig vanaf</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>geldig tot</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>geboortejaar</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) added</source>
        <translation>
            <numerusform>%n minuut toegevoegd</numerusform>
            <numerusform>%n minuten toegevoegd</numerusform>
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
        <source>%n ticket(s) of %1 min</source>
        <translation>
            <numerusform>%n ticket van %1 min</numerusform>
            <numerusform>%n tickets van %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>voordien: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>nadien: %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log</source>
        <extracomment>Widest the columns open (a longer text wraps; staff can widen them); the details take what is left. The time is never wrapped: its widest form (&quot;07/12/2026 17.39 uur&quot;) fits.</extracomment>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Het auditlogboek exporteren</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV-bestanden voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Actiecode</translation>
    </message>
    <message>
        <source>Full details</source>
        <translation>Volledige details</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1.</numerusform>
            <numerusform>%n regels geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Het auditlogboek wordt geladen…</translation>
    </message>
    <message>
        <source>No loaded entry contains this text. Clear the filter to see them all.</source>
        <translation>Geen enkele geladen regel bevat deze tekst. Maak de filter leeg om alles te zien.</translation>
    </message>
    <message>
        <source>No entries about the site chosen at the top. Choose all sites there to see the others.</source>
        <translation>Geen regels over de bovenaan gekozen locatie. Kies daar alle locaties om de andere te zien.</translation>
    </message>
    <message>
        <source>No entries for these dates and filters. Choose earlier dates, everyone or all actions.</source>
        <translation>Geen regels voor deze data en filters. Kies vroegere data, iedereen of alle acties.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ctie</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Soort actie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation>De nieuwste regels opnieuw laden (F5)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilteren</translation>
    </message>
    <message>
        <source>Computer, visitor, word in the details…</source>
        <translation>Computer, bezoeker, woord in de details…</translation>
    </message>
    <message>
        <source>Filter the rows shown</source>
        <translation>De getoonde regels filteren</translation>
    </message>
    <message>
        <source>Narrow the rows already loaded (Ctrl+F)</source>
        <translation>De reeds geladen regels beperken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the audit rows</source>
        <translation>De regels van het logboek filteren</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Meer laden</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Oudere regels laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (Ctrl+Shift+S)</source>
        <translation>De getoonde regels opslaan als CSV-bestand (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Regels van het auditlogboek</translation>
    </message>
</context>
<context>
    <name>AwayScreen</name>
    <message>
        <source>Your time keeps running: %1 left.</source>
        <extracomment>The card&apos;s widest, in letters of the screen&apos;s text: 820 px in normal text, more in large. the field, and the button beside it in larger text (a line less: it fits 1024×768)</extracomment>
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
    <name>BookingDialog</name>
    <message>
        <source>Booked: %1.</source>
        <translation>Gereserveerd: %1.</translation>
    </message>
    <message>
        <source>Give the group a label, for example its class.</source>
        <translation>Geef de groep een benaming, bijvoorbeeld de klas.</translation>
    </message>
    <message>
        <source>A session code has 4 to 12 letters or digits.</source>
        <translation>Een sessiecode heeft 4 tot 12 letters of cijfers.</translation>
    </message>
    <message>
        <source>Check the form: something cannot be booked as typed.</source>
        <translation>Controleer het formulier: iets kan niet gereserveerd worden zoals het getypt is.</translation>
    </message>
    <message>
        <source>The computers are kept for the whole time. The cards listed sign in on them; with a session code, anyone who types it does.</source>
        <translation>De computers blijven de hele tijd gereserveerd. De vermelde kaartnummers kunnen erop aanmelden; met een sessiecode kan iedereen die hem typt dat ook.</translation>
    </message>
    <message>
        <source>Times at %1&apos;s clock. The computer waits %2 min after the start for the visitor&apos;s card; then it is free again.</source>
        <translation>Uren van %1. De computer wacht na het begin %2 min op de kaart van de bezoeker; daarna is hij weer vrij.</translation>
    </message>
    <message>
        <source>Times at %1&apos;s clock.</source>
        <translation>Uren van %1.</translation>
    </message>
    <message>
        <source>Book computers for a group</source>
        <translation>Computers reserveren voor een groep</translation>
    </message>
    <message>
        <source>A class or a group on several computers of %1.</source>
        <translation>Een klas of groep op meerdere computers van %1.</translation>
    </message>
    <message>
        <source>Book a computer</source>
        <translation>Een computer reserveren</translation>
    </message>
    <message>
        <source>One computer of %1 for one visitor.</source>
        <translation>Eén computer van %1 voor één bezoeker.</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;card</source>
        <translation>&amp;Kaartnummer van de bezoeker</translation>
    </message>
    <message>
        <source>Co&amp;mputer</source>
        <translation>&amp;Computer</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Benaming</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>C&amp;hosen computers</source>
        <translation>&amp;Gekozen computers</translation>
    </message>
    <message>
        <source>Visitors&apos; ca&amp;rds</source>
        <translation>Kaart&amp;nummers van de bezoekers</translation>
    </message>
    <message>
        <source>Session c&amp;ode</source>
        <translation>Sessie&amp;code</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Any free, how many:</source>
        <translation>Vrije, hoeveel:</translation>
    </message>
    <message>
        <source>How many computers</source>
        <translation>Hoeveel computers</translation>
    </message>
    <message>
        <source>These:</source>
        <translation>Deze:</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>For example: Classe 5B</source>
        <translation>Bijvoorbeeld: Klas 5B</translation>
    </message>
    <message>
        <source>One card number a line (optional)</source>
        <translation>Eén kaartnummer per regel (optioneel)</translation>
    </message>
    <message>
        <source>Visitors&apos; cards</source>
        <translation>Kaartnummers van de bezoekers</translation>
    </message>
    <message>
        <source>4 to 12 letters or digits (optional)</source>
        <translation>4 tot 12 letters of cijfers (optioneel)</translation>
    </message>
    <message>
        <source>Make one up</source>
        <translation>Er een maken</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reserveren</translation>
    </message>
</context>
<context>
    <name>BookingsDialog</name>
    <message>
        <source>The bookings could not be loaded: %1</source>
        <translation>De reservaties konden niet geladen worden: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <source>Cancel the booking of %1, %2? The computers are free again.</source>
        <translation>De reservatie van %1, %2 annuleren? De computers zijn dan weer vrij.</translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation>Reservatie geannuleerd.</translation>
    </message>
    <message>
        <source>Bookings of %1</source>
        <translation>Reservaties van %1</translation>
    </message>
    <message>
        <source>Today&apos;s and upcoming bookings of %1, at the site&apos;s clock.</source>
        <translation>De reservaties van vandaag en later van %1, volgens de klok van de locatie.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservaties</translation>
    </message>
    <message>
        <source>No booking today or later.</source>
        <translation>Geen reservatie vandaag of later.</translation>
    </message>
    <message>
        <source>&amp;Book a computer…</source>
        <translation>Een computer &amp;reserveren…</translation>
    </message>
    <message>
        <source>Book for a &amp;group…</source>
        <translation>Reserveren voor een &amp;groep…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>Reservatie &amp;annuleren…</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Apps and profiles</source>
        <extracomment>The names of the member&apos;s sites (admins: all), where they may give profiles.</extracomment>
        <translation>Apps en profielen</translation>
    </message>
    <message>
        <source>Read only: only administrators change the apps and the apps of the profiles. You can give profiles at your own sites or to a visitor, and limit the apps of your sites&apos; computers.</source>
        <translation>Alleen lezen: alleen beheerders wijzigen de apps en de apps van de profielen. U kunt profielen toekennen op uw eigen locaties of aan een bezoeker, en de apps van de computers van uw locaties beperken.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>The apps visitors can open</source>
        <translation>De apps die bezoekers kunnen openen</translation>
    </message>
    <message>
        <source>Sets of apps, and whom they are given to</source>
        <translation>Groepen apps, en aan wie ze zijn toegekend</translation>
    </message>
    <message>
        <source>Limit the apps of one computer</source>
        <translation>De apps van één computer beperken</translation>
    </message>
</context>
<context>
    <name>CharterEditor</name>
    <message>
        <source>Visitors accept the &amp;charter</source>
        <translation>Bezoekers aanvaarden het &amp;reglement</translation>
    </message>
    <message>
        <source>Whether visitors accept the charter</source>
        <translation>Of bezoekers het reglement aanvaarden</translation>
    </message>
    <message>
        <source>Automatically: once a day when the site has a charter text</source>
        <translation>Automatisch: eenmaal per dag als de locatie een reglement heeft</translation>
    </message>
    <message>
        <source>Yes, once a day before their first session</source>
        <translation>Ja, eenmaal per dag voor hun eerste sessie</translation>
    </message>
    <message>
        <source>No, never asked</source>
        <translation>Nee, nooit gevraagd</translation>
    </message>
    <message>
        <source>Guests with a ticket accept it at every session.</source>
        <translation>Gasten met een ticket aanvaarden het bij elke sessie.</translation>
    </message>
</context>
<context>
    <name>CharterScreen</name>
    <message>
        <source>The rules of this place</source>
        <extracomment>side by side; one under the other in larger text (accepting first), see _fit_look</extracomment>
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
    <name>ClassBar</name>
    <message numerus="yes">
        <source>Sent to %n computer(s) of the class.</source>
        <translation>
            <numerusform>Verstuurd naar %n computer van de klas.</numerusform>
            <numerusform>Verstuurd naar %n computers van de klas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message to the class</source>
        <translation>Bericht aan de klas</translation>
    </message>
    <message>
        <source>Message shown on every computer of the class:</source>
        <translation>Bericht op elke computer van de klas:</translation>
    </message>
    <message>
        <source>End the class “%1”? Every pupil&apos;s session on its computers ends now.</source>
        <translation>De klas ‘%1’ beëindigen? De sessie van elke leerling op haar computers stopt nu.</translation>
    </message>
    <message>
        <source>The class is over: its computers are free.</source>
        <translation>De klas is voorbij: haar computers zijn vrij.</translation>
    </message>
    <message>
        <source>Start a class…</source>
        <translation>Een klas starten…</translation>
    </message>
    <message>
        <source>Lock all</source>
        <translation>Alles vergrendelen</translation>
    </message>
    <message>
        <source>Unlock all</source>
        <translation>Alles ontgrendelen</translation>
    </message>
    <message>
        <source>Message to all…</source>
        <translation>Bericht aan iedereen…</translation>
    </message>
    <message>
        <source>+%1 min for all</source>
        <translation>+%1 min voor iedereen</translation>
    </message>
    <message>
        <source>End the class</source>
        <translation>Klas beëindigen</translation>
    </message>
    <message>
        <source>No class running.</source>
        <translation>Geen klas bezig.</translation>
    </message>
    <message>
        <source>Class “%1” until %2 on %3</source>
        <translation>Klas ‘%1’ tot %2 op %3</translation>
    </message>
</context>
<context>
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
        <extracomment>The bar&apos;s height at text ×1 on a 1280 px screen (two rows); ``SessionBar.bar_height`` is the height at its own width and text scale. The greeting keeps at least this width (at text ×1), and as much as it needs to show whole on the first row&apos;s two lines, before the session&apos;s buttons go on a row of their own. Room kept around the collapsed clock, right of the screen. How long a note (the staff added time, a program did not start) stays before the greeting comes back. Sizes at text ×1, in pixels; each is multiplied by the text scale (set_text_scale).</extracomment>
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
    <name>ConsoleDialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>This computer has no session running.</source>
        <translation>Op deze computer loopt geen sessie.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Nothing was changed; try again.</source>
        <translation>De server is onbereikbaar. Er is niets gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This session already ends at closing time, %1.</source>
        <translation>Deze sessie eindigt al bij sluitingstijd, %1.</translation>
    </message>
    <message>
        <source>You may not do this at this site.</source>
        <translation>U mag dit niet doen op deze locatie.</translation>
    </message>
    <message>
        <source>This is not known to the server any more.</source>
        <translation>De server kent dit niet meer.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <extracomment>now, as an aware time (tests freeze it); what day it is comes from :meth:`today`</extracomment>
        <translation>Uw aanmelding is verlopen. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The server refused a value. Check the form and try again.</source>
        <translation>De server heeft een waarde geweigerd. Controleer het formulier en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No visitor has this identifier.</source>
        <translation>Er is geen bezoeker met dit kaartnummer.</translation>
    </message>
    <message>
        <source>This visitor&apos;s account is disabled.</source>
        <translation>Het account van deze bezoeker is uitgeschakeld.</translation>
    </message>
    <message>
        <source>This visitor has no computer time left.</source>
        <translation>Deze bezoeker heeft geen computertijd meer.</translation>
    </message>
    <message>
        <source>The site is closed now.</source>
        <translation>De locatie is nu gesloten.</translation>
    </message>
    <message>
        <source>This visitor is already signed in on another computer.</source>
        <translation>Deze bezoeker is al aangemeld op een andere computer.</translation>
    </message>
    <message>
        <source>This computer is offline.</source>
        <translation>Deze computer is offline.</translation>
    </message>
    <message>
        <source>Someone is already using this computer.</source>
        <translation>Iemand gebruikt deze computer al.</translation>
    </message>
    <message>
        <source>This computer is out of order.</source>
        <translation>Deze computer is buiten gebruik.</translation>
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation>De server heeft deze actie geweigerd.</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose another folder.</source>
        <translation>%1 kon niet worden geschreven. Kies een andere map.</translation>
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
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>EPN console</source>
        <translation>EPN-console</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>Set when the program shuts down (signal, end of the demo): nothing is asked.</extracomment>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Al mijn locaties</translation>
    </message>
    <message>
        <source>Changes in %1 are not saved. Close the console and lose them?</source>
        <translation>De wijzigingen aan %1 zijn niet opgeslagen. De console sluiten en ze verliezen?</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reconnecting… The screen shows the last known state; actions are not sent until the connection is back.</source>
        <translation>De server is onbereikbaar. Opnieuw verbinden… Het scherm toont de laatst bekende toestand; acties worden pas verstuurd als de verbinding terug is.</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personeel</translation>
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
        <extracomment>How often the kiosk&apos;s windows are raised again over the visitor&apos;s (milliseconds). The screen height the kiosk&apos;s sizes are drawn for; taller screens scale up, to this much.</extracomment>
        <translation>Openbare computer</translation>
    </message>
    <message>
        <source>Please use the main screen.</source>
        <translation>Gebruik het hoofdscherm, alstublieft.</translation>
    </message>
</context>
<context>
    <name>DatesEditor</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 is al een sluitingsdag.</translation>
    </message>
    <message>
        <source>%1 has special hours: remove them first.</source>
        <translation>%1 heeft afwijkende uren: verwijder die eerst.</translation>
    </message>
    <message>
        <source>The list is full: remove past dates first.</source>
        <translation>De lijst is vol: verwijder eerst voorbije data.</translation>
    </message>
    <message>
        <source>Type the hours as ranges separated by commas, each starting before it ends and without overlap, e.g. 10:00-13:00, 14:00-16:00.</source>
        <translation>Typ de uren als tijdspannes, gescheiden door komma&apos;s; elke tijdspanne begint voor ze eindigt en overlapt geen andere, bv. 10:00-13:00, 14:00-16:00.</translation>
    </message>
    <message>
        <source>%1 is a closed date: remove it from the closed dates first.</source>
        <translation>%1 is een sluitingsdag: verwijder hem eerst uit de sluitingsdagen.</translation>
    </message>
    <message>
        <source>The server refused %1: check it and try again.</source>
        <translation>De server heeft %1 geweigerd: controleer de datum en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This date is past.</source>
        <translation>Deze datum is voorbij.</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>No closed date. Add public holidays and closures below: visitors cannot sign in on those days.</source>
        <translation>Geen sluitingsdagen. Voeg hieronder feestdagen en sluitingen toe: bezoekers kunnen zich op die dagen niet aanmelden.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Sluitingsdag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>optional, e.g. public holiday</source>
        <translation>optioneel, bv. feestdag</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van de sluiting</translation>
    </message>
    <message>
        <source>Add closed date</source>
        <translation>Sluitingsdag toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected closed date (Del)</source>
        <translation>De geselecteerde sluitingsdag verwijderen (Del)</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>Afwijkende uren</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>No special hours. A date added here opens at these hours instead of its weekday&apos;s.</source>
        <translation>Geen afwijkende uren. Op een datum die hier staat, gelden deze uren in plaats van die van de weekdag.</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>Date with special hours</source>
        <translation>Datum met afwijkende uren</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>e.g. 10:00-13:00, 14:00-16:00</source>
        <translation>bv. 10:00-13:00, 14:00-16:00</translation>
    </message>
    <message>
        <source>Special hours of that date</source>
        <translation>Afwijkende uren van die datum</translation>
    </message>
    <message>
        <source>Add special hours</source>
        <translation>Afwijkende uren toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected special hours (Del)</source>
        <translation>De geselecteerde afwijkende uren verwijderen (Del)</translation>
    </message>
</context>
<context>
    <name>DeskCall</name>
    <message>
        <source>The desk has been told. Someone will come to help you.</source>
        <translation>De balie is verwittigd. Er komt iemand om u te helpen.</translation>
    </message>
    <message>
        <source>Someone from the desk is coming.</source>
        <translation>Er komt iemand van de balie naar u toe.</translation>
    </message>
    <message>
        <source>The call did not go through. Please go to the desk.</source>
        <translation>De oproep is niet gelukt. Ga naar de balie, alstublieft.</translation>
    </message>
</context>
<context>
    <name>DeskCallButton</name>
    <message>
        <source>Cancel my call</source>
        <translation>Mijn oproep annuleren</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Oproep annuleren</translation>
    </message>
    <message>
        <source>The desk has been told. Cancel my call</source>
        <translation>De balie is verwittigd. Mijn oproep annuleren</translation>
    </message>
    <message>
        <source>Cancel the call if you no longer need help</source>
        <translation>Annuleer de oproep als u geen hulp meer nodig hebt</translation>
    </message>
    <message>
        <source>Call the desk</source>
        <translation>De balie roepen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Someone from the desk comes to your computer to help you</source>
        <translation>Iemand van de balie komt naar uw computer om u te helpen</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <source>Disable an account</source>
        <translation>Een account uitschakelen</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in. Their data and usage are kept.</source>
        <translation>%1 kan zich niet meer aanmelden. De gegevens en het gebruik blijven bewaard.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Shown to staff, e.g. card lost</source>
        <translation>Zichtbaar voor het personeel, bv. kaart verloren</translation>
    </message>
    <message>
        <source>&amp;Until (last day)</source>
        <translation>&amp;Tot en met (laatste dag)</translation>
    </message>
    <message>
        <source>Last day of the disablement</source>
        <translation>Laatste dag van de uitschakeling</translation>
    </message>
    <message>
        <source>Leave unticked to disable until someone enables it</source>
        <translation>Laat leeg om uit te schakelen tot iemand het weer inschakelt</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Uitschakelen…</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours then minutes</comment>
        <translation>%1 en %2</translation>
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
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 u %2 min</translation>
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
        <translation>De ruimte sluit nu.</translation>
    </message>
    <message>
        <source>You were away longer than allowed.</source>
        <translation>U was langer weg dan toegestaan.</translation>
    </message>
    <message>
        <source>You signed in on another computer meanwhile.</source>
        <translation>U bent intussen op een andere computer aangemeld.</translation>
    </message>
    <message>
        <source>Your computer time is used up.</source>
        <translation>Uw computertijd is op.</translation>
    </message>
    <message>
        <source>This computer is reserved from now for someone else.</source>
        <translation>Deze computer is vanaf nu voor iemand anders gereserveerd.</translation>
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
    <name>EraseDialog</name>
    <message>
        <source>Erase an account</source>
        <translation>Een account wissen</translation>
    </message>
    <message>
        <source>Erase the account of %1?</source>
        <translation>Het account van %1 wissen?</translation>
    </message>
    <message>
        <source>The name, card number, PIN, notes and profile of this visitor are removed at once, with their workshop registrations&apos; names and the audit entries naming them. Their sessions stay, under no name, so the statistics still count them. This cannot be undone: the visitor will need a new account to come back. The erasure is recorded with a receipt number.</source>
        <translation>De naam, het kaartnummer, de pincode, de notities en het profiel van deze bezoeker worden meteen verwijderd, samen met de naam bij workshopinschrijvingen en de auditregels die de bezoeker noemen. De sessies blijven, zonder naam, zodat de statistieken ze nog tellen. Dit kan niet ongedaan worden gemaakt: de bezoeker heeft een nieuw account nodig om terug te komen. Het wissen wordt vastgelegd met een ontvangstnummer.</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the card number %1:</source>
        <translation>&amp;Typ ter bevestiging het kaartnummer %1:</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the data of %1</source>
        <translation>De gegevens van %1 exporteren</translation>
    </message>
    <message>
        <source>Everything the server holds about %1: the account, the sessions, the workshop registrations and the audit entries naming them. The export is recorded in the audit log.</source>
        <translation>Alles wat de server over %1 bewaart: het account, de sessies, de workshopinschrijvingen en de auditregels die de bezoeker noemen. De export wordt in het auditlogboek vastgelegd.</translation>
    </message>
    <message>
        <source>A readable &amp;PDF, to print or hand to the visitor</source>
        <translation>Een leesbare &amp;pdf, om af te drukken of aan de bezoeker te geven</translation>
    </message>
    <message>
        <source>&amp;JSON, for another program</source>
        <translation>&amp;JSON, voor een ander programma</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>&amp;Taal van de pdf</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>No computer was in use in this period.</source>
        <translation>Er was in deze periode geen enkele computer in gebruik.</translation>
    </message>
    <message>
        <source>Busiest time: %1 %2:00, %3 % of the computers in use.</source>
        <translation>Drukste moment: %1 %2.00 uur, %3 % van de computers in gebruik.</translation>
    </message>
    <message>
        <source>%1 %2:00: %3 station-hours in use</source>
        <translation>%1 %2.00 uur: %3 computeruren in gebruik</translation>
    </message>
    <message>
        <source>(%1 % of the time offered)</source>
        <translation>(%1 % van de beschikbare tijd)</translation>
    </message>
    <message>
        <source>(closed or still to come)</source>
        <translation>(gesloten of nog niet voorbij)</translation>
    </message>
    <message>
        <source>Share of the computers in use</source>
        <translation>Deel van de computers in gebruik</translation>
    </message>
    <message>
        <source>Closed or to come</source>
        <translation>Gesloten of nog niet voorbij</translation>
    </message>
</context>
<context>
    <name>HoldText</name>
    <message numerus="yes">
        <source>This computer is reserved at %1: your session ends in %n minute(s).</source>
        <extracomment>How far a session&apos;s end may be from the start of the hold that cuts it: the server grants whole seconds up to the hold (its end up to a second early), then the grant&apos;s way to the station and the station&apos;s tick.</extracomment>
        <translation>
            <numerusform>Deze computer is gereserveerd om %1: uw sessie stopt over %n minuut.</numerusform>
            <numerusform>Deze computer is gereserveerd om %1: uw sessie stopt over %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved from %1</source>
        <translation>Gereserveerd vanaf %1</translation>
    </message>
    <message>
        <source>This computer is reserved.</source>
        <translation>Deze computer is gereserveerd.</translation>
    </message>
    <message>
        <source>Reserved for number %1 until %2</source>
        <translation>Gereserveerd voor wachtnummer %1 tot %2</translation>
    </message>
    <message>
        <source>Reserved until %1 for the person who booked it</source>
        <translation>Gereserveerd tot %1 voor wie deze computer gereserveerd heeft</translation>
    </message>
    <message>
        <source>Reserved for “%1” from %2 to %3</source>
        <translation>Gereserveerd voor ‘%1’ van %2 tot %3</translation>
    </message>
    <message>
        <source>Reserved from %1 to %2</source>
        <translation>Gereserveerd van %1 tot %2</translation>
    </message>
    <message>
        <source>This computer is reserved at %1: your session ends now.</source>
        <translation>Deze computer is gereserveerd om %1: uw sessie stopt nu.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Reserved for the queue until %1</source>
        <translation>Gereserveerd voor de wachtrij tot %1</translation>
    </message>
    <message>
        <source>Reserved: « %1 » %2</source>
        <translation>Gereserveerd: ‘%1’ %2</translation>
    </message>
    <message>
        <source>Reserved for a visitor %1</source>
        <translation>Gereserveerd voor een bezoeker %1</translation>
    </message>
    <message>
        <source>Called to %1 until %2</source>
        <translation>Opgeroepen naar %1 tot %2</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Opgeroepen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Did not come in time</source>
        <translation>Niet op tijd gekomen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Served at the desk</source>
        <translation>Geholpen aan de balie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ongeveer %1</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>%1 is already reserved on %2 from %3 to %4.</source>
        <translation>%1 is al gereserveerd op %2 van %3 tot %4.</translation>
    </message>
    <message>
        <source>The site is closed on %1.</source>
        <translation>De locatie is gesloten op %1.</translation>
    </message>
    <message>
        <source>On %1 the site is open %2: book within these hours.</source>
        <translation>Op %1 is de locatie open %2: reserveer binnen deze uren.</translation>
    </message>
    <message>
        <source>This time does not exist that day: the clocks go forward then.</source>
        <translation>Dit uur bestaat die dag niet: de klok gaat dan een uur vooruit.</translation>
    </message>
    <message>
        <source>This is not a date and time.</source>
        <translation>Dit is geen datum en uur.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Het einde moet na het begin komen.</translation>
    </message>
    <message>
        <source>This time is already past: choose a later one.</source>
        <translation>Dit uur is al voorbij: kies een later uur.</translation>
    </message>
    <message>
        <source>A booking lasts at most %1 hours.</source>
        <translation>Een reservatie duurt hoogstens %1 uur.</translation>
    </message>
    <message>
        <source>A booking is made at most %1 days ahead.</source>
        <translation>Een reservatie wordt hoogstens %1 dagen vooraf gemaakt.</translation>
    </message>
    <message>
        <source>%1 is not free now.</source>
        <translation>%1 is nu niet vrij.</translation>
    </message>
    <message>
        <source>Not enough free computers then: %1 asked for, %2 free.</source>
        <translation>Niet genoeg vrije computers op dat moment: %1 gevraagd, %2 vrij.</translation>
    </message>
    <message>
        <source>No computer is free now.</source>
        <translation>Er is nu geen computer vrij.</translation>
    </message>
    <message>
        <source>This visitor already has number %1.</source>
        <translation>Deze bezoeker heeft al wachtnummer %1.</translation>
    </message>
    <message>
        <source>Number %1 is no longer in line.</source>
        <translation>Wachtnummer %1 staat niet meer in de wachtrij.</translation>
    </message>
    <message>
        <source>This is already over: nothing left to cancel.</source>
        <translation>Dit is al voorbij: er valt niets meer te annuleren.</translation>
    </message>
    <message>
        <source>This computer is reserved until %1.</source>
        <translation>Deze computer is gereserveerd tot %1.</translation>
    </message>
    <message>
        <source>A computer is reserved for this visitor: %1. Sign them in there.</source>
        <translation>Er is een computer gereserveerd voor deze bezoeker: %1. Meld de bezoeker daar aan.</translation>
    </message>
</context>
<context>
    <name>HoldsEditor</name>
    <message>
        <source>A booked computer waits for its &amp;visitor</source>
        <translation>Een gereserveerde computer wacht op de be&amp;zoeker</translation>
    </message>
    <message>
        <source>The queue keeps a computer for the number ca&amp;lled</source>
        <translation>De wachtrij houdt een computer vrij voor het opgeroepen &amp;wachtnummer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes a booked computer waits for its visitor</source>
        <translation>Minuten dat een gereserveerde computer op de bezoeker wacht</translation>
    </message>
    <message>
        <source>Minutes the queue keeps a computer for the number called</source>
        <translation>Minuten dat de wachtrij een computer vrijhoudt voor het opgeroepen wachtnummer</translation>
    </message>
    <message>
        <source>A computer booked for a visitor waits this long after the start of the booking for their card; then it is free again. When a computer frees up, the first in the queue has it this long; then it goes to the next in line. While anybody waits in the queue, sessions are not extended automatically.</source>
        <translation>Een computer die voor een bezoeker gereserveerd is, wacht zo lang na het begin van de reservatie op diens kaart; daarna is hij weer vrij. Als er een computer vrijkomt, krijgt de eerste in de wachtrij hem zo lang; daarna gaat hij naar de volgende. Zolang er iemand in de wachtrij wacht, worden sessies niet automatisch verlengd.</translation>
    </message>
</context>
<context>
    <name>HourBarChart</name>
    <message>
        <source>No computer was in use in this period.</source>
        <translation>Er was in deze periode geen enkele computer in gebruik.</translation>
    </message>
    <message>
        <source>Busiest hour: %1:00, %2 station-hours in use.</source>
        <translation>Drukste uur: %1.00 uur, %2 computeruren in gebruik.</translation>
    </message>
    <message>
        <source>%1:00 to %2:00: %3 station-hours in use</source>
        <translation>Van %1.00 tot %2.00 uur: %3 computeruren in gebruik</translation>
    </message>
    <message>
        <source>(%1 % of the time offered)</source>
        <translation>(%1 % van de beschikbare tijd)</translation>
    </message>
    <message>
        <source>Station-hours in use</source>
        <translation>Computeruren in gebruik</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Uur van de dag</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Checking the file…</source>
        <translation>Bestand controleren…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Nothing was imported: a visitor of the file was added meanwhile. Press Check again.</source>
        <translation>Er is niets geïmporteerd: een bezoeker uit het bestand werd intussen toegevoegd. Druk op Opnieuw controleren.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing is imported until the file is clean: fix it, save it, then press Check again.</source>
        <translation>
            <numerusform>%n probleem gevonden. Er wordt niets geïmporteerd zolang het bestand niet in orde is: verbeter het, sla het op en druk dan op Opnieuw controleren.</numerusform>
            <numerusform>%n problemen gevonden. Er wordt niets geïmporteerd zolang het bestand niet in orde is: verbeter het, sla het op en druk dan op Opnieuw controleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names its columns but holds no visitor.</source>
        <translation>Het bestand heeft namen van kolommen, maar bevat geen enkele bezoeker.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) ready to import. Nothing has been imported yet.</source>
        <translation>
            <numerusform>%n bezoeker klaar om te importeren. Er is nog niets geïmporteerd.</numerusform>
            <numerusform>%n bezoekers klaar om te importeren. Er is nog niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and choose it again.</source>
        <translation>Dit bestand is geen UTF-8-tekst. Sla het in Excel op als ‘CSV UTF-8 (door komma&apos;s gescheiden)’ en kies het opnieuw.</translation>
    </message>
    <message>
        <source>This file is empty. Its first line must name the columns (at least identifier), then one visitor per line.</source>
        <translation>Dit bestand is leeg. De eerste regel moet de namen van de kolommen bevatten (minstens ‘identifier’), daarna één bezoeker per regel.</translation>
    </message>
    <message>
        <source>This file is too large for one import (%1 KB at most): split it into smaller files and import them one after the other.</source>
        <translation>Dit bestand is te groot voor één import (hoogstens %1 KB): splits het in kleinere bestanden en importeer ze na elkaar.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is still there and not open.</source>
        <translation>Dit bestand kan niet gelezen worden. Controleer of het nog bestaat en niet in een ander programma geopend is.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n visitor(s)</source>
        <translation>
            <numerusform>%n bezoeker &amp;importeren</numerusform>
            <numerusform>%n bezoekers &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Possible once the file has no problem left: all rows or none</source>
        <translation>Mogelijk zodra het bestand geen problemen meer heeft: alle regels of geen enkele</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Bezoekers importeren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Card / identifier</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Regels van het bestand</translation>
    </message>
    <message>
        <source>&amp;Only the lines with a problem</source>
        <translation>&amp;Alleen de regels met een probleem</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation>Het bestand opnieuw lezen nadat u het hebt verbeterd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
        <translation>De ruimte sluit nu. Bedankt voor uw bezoek!</translation>
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
        <source>This session was ended: you signed in on another computer while this one was cut off from the network.</source>
        <translation>Deze sessie is beëindigd: u hebt zich op een andere computer aangemeld terwijl deze van het netwerk was afgesloten.</translation>
    </message>
    <message>
        <source>Your session is over: this computer is reserved from now. Thank you!</source>
        <translation>Uw sessie is voorbij: deze computer is vanaf nu gereserveerd. Bedankt!</translation>
    </message>
    <message>
        <source>This session was ended: your computer time is used up. Thank you!</source>
        <translation>Deze sessie is beëindigd: uw computertijd is op. Bedankt!</translation>
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
    <name>LanguageTexts</name>
    <message>
        <source>The text in %1 is too long: at most %2 characters. Shorten it to save.</source>
        <translation>De tekst in het %1 is te lang: hoogstens %2 tekens. Maak hem korter om hem op te slaan.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
    <message>
        <source>Lock-screen message in %1</source>
        <translation>Bericht op het vergrendelscherm in het %1</translation>
    </message>
    <message>
        <source>e.g. The EPN closes at 16:00 on Friday. Workshop on Tuesday at 10:00.</source>
        <translation>bv. De computerruimte sluit vrijdag om 16.00 uur. Workshop op dinsdag om 10.00 uur.</translation>
    </message>
    <message>
        <source>How to register in %1</source>
        <translation>Hoe inschrijven in het %1</translation>
    </message>
    <message>
        <source>e.g. At the desk or by phone, from Monday before the workshop.</source>
        <translation>bv. Aan de balie of telefonisch, vanaf de maandag voor de workshop.</translation>
    </message>
    <message>
        <source>Charter in %1</source>
        <translation>Reglement in het %1</translation>
    </message>
    <message>
        <source>The rules visitors accept before their first session of the day.</source>
        <translation>De regels die bezoekers aanvaarden voor hun eerste sessie van de dag.</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
        <extracomment>In larger text the site panel shows beside the card only on a screen at least this wide (times the screen&apos;s scale): on a smaller one the card needs the whole width, so that an offline banner and an error fit at once (the panel&apos;s hours are a help, the card the task). The lines kept for a message under the fields: the longest refusal, in any language. Below this height (times the screen&apos;s scale) the PIN step in larger text shows the card number as a one-line reminder, not as its field: the PIN field and the message need the room. The message&apos;s font size before the text size and the screen&apos;s scale (ui.theme: #Message). The hold&apos;s line follows the clock (a hold begins, ends, its claim deadline passes) this often. A group&apos;s session code: as long as the protocol takes (kiosk/protocol/holds.py).</extracomment>
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
        <source>Type the session code, then press Enter.</source>
        <translation>Typ de sessiecode en druk dan op Enter.</translation>
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
        <source>Type the PIN code of this card, then press Enter.</source>
        <translation>Typ de pincode van deze kaart en druk op Enter.</translation>
    </message>
    <message>
        <source>Session code for card %1</source>
        <translation>Sessiecode voor kaart %1</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Sessiecode</translation>
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
        <source>This computer is not protected: its session cannot be locked. Tell the staff at the desk.</source>
        <translation>Deze computer is niet beveiligd: de sessie kan niet vergrendeld worden. Meld het aan de balie.</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translation>Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>◐  High contrast</source>
        <translation>◐  Hoog contrast</translation>
    </message>
    <message>
        <source>Type the session code you were given, then press Enter.</source>
        <translation>Typ de sessiecode die u kreeg en druk dan op Enter.</translation>
    </message>
    <message>
        <source>PIN code of card %1</source>
        <translation>Pincode van kaart %1</translation>
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
    <name>LockoutsDialog</name>
    <message>
        <source>Lifted: %1. They can try again now.</source>
        <translation>Beperking opgeheven: %1. Die persoon kan nu opnieuw proberen.</translation>
    </message>
    <message>
        <source>Nobody is held back now.</source>
        <translation>Er is op dit moment niemand geblokkeerd.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Card %1 on computer %2</source>
        <translation>Kaart %1 op computer %2</translation>
    </message>
    <message>
        <source>Card %1 on every computer (slowed down)</source>
        <translation>Kaart %1 op alle computers (vertraagd)</translation>
    </message>
    <message>
        <source>Computer %1: too many unknown cards or PINs</source>
        <translation>Computer %1: te veel onbekende kaarten of pincodes</translation>
    </message>
    <message>
        <source>Staff sign-in on computer %1</source>
        <translation>Aanmelding van het personeel op computer %1</translation>
    </message>
    <message>
        <source>Console sign-in of %1 from %2</source>
        <translation>Aanmelding op de console van %1 vanaf %2</translation>
    </message>
    <message>
        <source>Console sign-in of an unknown user from %1</source>
        <translation>Aanmelding op de console van een onbekende gebruiker vanaf %1</translation>
    </message>
    <message>
        <source>Console sign-ins from %1</source>
        <translation>Aanmeldingen op de console vanaf %1</translation>
    </message>
    <message>
        <source>Station enrolment codes from %1</source>
        <translation>Inschrijvingscodes voor computers vanaf %1</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Blokkeringen</translation>
    </message>
    <message>
        <source>After too many wrong PINs or passwords, a card, a computer or a network address has to wait before the next try. Lift a limit once you have checked who it is: they can try again at once.</source>
        <translation>Na te veel foute pincodes of wachtwoorden moet een kaart, een computer of een netwerkadres wachten voor de volgende poging. Hef een beperking op zodra u hebt nagegaan wie het is: die persoon kan dan meteen opnieuw proberen.</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Mislukte pogingen</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Lift the limit</source>
        <translation>Beperking opheffen</translation>
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
    <name>MessageEditor</name>
    <message>
        <source>(no message in %1)</source>
        <translation>(geen bericht in het %1)</translation>
    </message>
    <message>
        <source>Shown under the site&apos;s name on the lock screen of every computer of the site, in the visitor&apos;s language. Leave a language empty to show nothing in it.</source>
        <translation>Verschijnt onder de naam van de locatie op het vergrendelscherm van elke computer van de locatie, in de taal van de bezoeker. Laat een taal leeg om in die taal niets te tonen.</translation>
    </message>
    <message>
        <source>On the lock screen:</source>
        <translation>Op het vergrendelscherm:</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Add time</source>
        <extracomment>&quot;End the session&quot; in larger text, on a row of its own (arrange) the unlock button in larger text, on a row of its own (arrange)</extracomment>
        <translation>Tijd toevoegen</translation>
    </message>
    <message>
        <source>Minutes to add:</source>
        <translation>Toe te voegen minuten:</translation>
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
        <translation>Selecteer hierboven een datum van een workshop in de week.</translation>
    </message>
    <message>
        <source>walk-in, with the session code</source>
        <translation>zonder inschrijving, met de sessiecode</translation>
    </message>
    <message>
        <source>ticked by staff</source>
        <translation>aangevinkt door het personeel</translation>
    </message>
    <message>
        <source>unticked by staff</source>
        <translation>uitgevinkt door het personeel</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>aangemeld op een computer</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <source>Re&amp;gistered</source>
        <translation>&amp;Ingeschreven</translation>
    </message>
    <message>
        <source>&amp;Waitlist, in order</source>
        <translation>&amp;Wachtlijst, in volgorde</translation>
    </message>
    <message>
        <source>A&amp;ttendance (Space: tick or untick)</source>
        <translation>&amp;Aanwezigheid (spatie: aan- of uitvinken)</translation>
    </message>
    <message>
        <source>Name or card</source>
        <translation>Naam of kaart</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Waitlist, in order</source>
        <translation>Wachtlijst, in volgorde</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Inschrijven…</translation>
    </message>
    <message>
        <source>Register a visitor by card or by name (Ins)</source>
        <translation>Een bezoeker inschrijven met kaart of naam (Ins)</translation>
    </message>
    <message>
        <source>Cancel the registration</source>
        <translation>Inschrijving annuleren</translation>
    </message>
    <message>
        <source>Cancel the selected registration; the waitlist&apos;s first moves up (Del)</source>
        <translation>De geselecteerde inschrijving annuleren; de eerste op de wachtlijst krijgt de plaats (Del)</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)</source>
        <translation>Aanwezigheidslijst (pdf)</translation>
    </message>
    <message>
        <source>Save the attendance sheet as a PDF file (Ctrl+S)</source>
        <translation>De aanwezigheidslijst als pdf-bestand opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Certificate (PDF)</source>
        <translation>Attest (pdf)</translation>
    </message>
    <message>
        <source>Save the selected participant&apos;s certificate as a PDF file (Ctrl+Shift+S)</source>
        <translation>Het attest van de geselecteerde deelnemer als pdf-bestand opslaan (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>The two PINs are not the same: type it again.</source>
        <translation>De twee pincodes verschillen: typ de pincode opnieuw.</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>Pincode van %1</translation>
    </message>
    <message>
        <source>%1 has a PIN. Give a new one, or remove it.</source>
        <translation>%1 heeft een pincode. Geef een nieuwe pincode of verwijder de huidige.</translation>
    </message>
    <message>
        <source>%1 has no PIN: they sign in with their card number only.</source>
        <translation>%1 heeft geen pincode: aanmelden gebeurt alleen met het kaartnummer.</translation>
    </message>
    <message>
        <source>Give a &amp;new PIN</source>
        <translation>Een &amp;nieuwe pincode geven</translation>
    </message>
    <message>
        <source>&amp;Remove the PIN (card number only)</source>
        <translation>De pincode &amp;verwijderen (alleen kaartnummer)</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Nieuwe &amp;pincode</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 tot 12 cijfers</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>Pincode &amp;opnieuw</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pincode opnieuw</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Apps of the profile “%1” saved.</source>
        <translation>Apps van het profiel ‘%1’ opgeslagen.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. Jeunes):</source>
        <translation>Naam van het profiel (bv. Jongeren):</translation>
    </message>
    <message>
        <source>Profile “%1” created: tick its apps, then save.</source>
        <translation>Profiel ‘%1’ aangemaakt: vink de apps aan en sla het profiel op.</translation>
    </message>
    <message>
        <source>This name is taken, or not allowed (at most 64 characters, no “/”).</source>
        <translation>Deze naam is al in gebruik of niet toegestaan (hoogstens 64 tekens, geen ‘/’).</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Het profiel ‘%1’ verwijderen?</translation>
    </message>
    <message>
        <source>It is given to: %1.</source>
        <translation>Het is toegekend aan: %1.</translation>
    </message>
    <message>
        <source>Those visitors then get the profiles of the next rule (their category&apos;s, else the default), or no app at all.</source>
        <translation>Die bezoekers krijgen dan de profielen van de volgende regel (die van hun categorie, anders de standaardprofielen), of helemaal geen app.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profiel ‘%1’ verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profielen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Create a profile (Ctrl+N)</source>
        <translation>Een profiel aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Delete the selected profile (Delete)</source>
        <translation>Het geselecteerde profiel verwijderen (Delete)</translation>
    </message>
    <message>
        <source>No profile yet. Create one with “New…” (Ctrl+N).</source>
        <translation>Nog geen profiel. Maak er een aan met ‘Nieuw…’ (Ctrl+N).</translation>
    </message>
    <message>
        <source>No profile yet. An administrator creates them.</source>
        <translation>Nog geen profiel. Een beheerder maakt ze aan.</translation>
    </message>
    <message>
        <source>Apps of the profile</source>
        <translation>Apps van het profiel</translation>
    </message>
    <message>
        <source>&amp;Save apps</source>
        <translation>Apps op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the ticked apps for this profile (Ctrl+S)</source>
        <translation>De aangevinkte apps voor dit profiel opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Kies links een profiel.</translation>
    </message>
    <message>
        <source>Apps of “%1”</source>
        <translation>Apps van ‘%1’</translation>
    </message>
    <message>
        <source>The catalogue has no app yet: add apps first.</source>
        <translation>De catalogus heeft nog geen apps: voeg eerst apps toe.</translation>
    </message>
    <message>
        <source>Tick the apps visitors of this profile may open.</source>
        <translation>Vink de apps aan die bezoekers met dit profiel mogen openen.</translation>
    </message>
    <message>
        <source>The apps visitors of this profile may open.</source>
        <translation>De apps die bezoekers met dit profiel mogen openen.</translation>
    </message>
</context>
<context>
    <name>PublicEditor</name>
    <message>
        <source>Type the colour as # and six hexadecimal digits, e.g. #00528C.</source>
        <translation>Typ de kleur als # en zes hexadecimale cijfers, bv. #00528C.</translation>
    </message>
    <message>
        <source>White text on %1 is too hard to read (contrast %2:1, at least %3:1 is needed). Choose a darker colour.</source>
        <translation>Witte tekst op %1 is te moeilijk leesbaar (contrast %2:1, minstens %3:1 is nodig). Kies een donkerdere kleur.</translation>
    </message>
    <message>
        <source>This logo is too large: at most %1 KB.</source>
        <translation>Dit logo is te groot: hoogstens %1 kB.</translation>
    </message>
    <message>
        <source>This SVG logo carries a script: it is refused. Save it again as a plain image.</source>
        <translation>Dit SVG-logo bevat een script: het wordt geweigerd. Sla het opnieuw op als gewone afbeelding.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Het logo moet een PNG-, JPEG- of SVG-afbeelding zijn.</translation>
    </message>
    <message>
        <source>The server refused this text: check its length.</source>
        <translation>De server heeft deze tekst geweigerd: controleer de lengte.</translation>
    </message>
    <message>
        <source>The server refused this address: check its length.</source>
        <translation>De server heeft dit adres geweigerd: controleer de lengte.</translation>
    </message>
    <message>
        <source>Type a postcode such as 1000.</source>
        <translation>Typ een postcode zoals 1000.</translation>
    </message>
    <message>
        <source>The server refused this commune: check its length.</source>
        <translation>De server heeft deze gemeente geweigerd: controleer de lengte.</translation>
    </message>
    <message>
        <source>Type a phone number such as 02 279 37 40.</source>
        <translation>Typ een telefoonnummer zoals 02 279 37 40.</translation>
    </message>
    <message>
        <source>Type an e-mail address such as epn@brucity.be.</source>
        <translation>Typ een e-mailadres zoals epn@brucity.be.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://.</source>
        <translation>Typ een webadres dat begint met https://.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Not a colour yet: the City&apos;s colour is shown</source>
        <translation>Nog geen kleur: de kleur van de Stad wordt getoond</translation>
    </message>
    <message>
        <source>The City&apos;s colour (the site has none of its own)</source>
        <translation>De kleur van de Stad (de locatie heeft geen eigen kleur)</translation>
    </message>
    <message>
        <source>Open until 18:00 · 4 of 12 computers free</source>
        <translation>Open tot 18.00 uur · 4 van de 12 computers vrij</translation>
    </message>
    <message>
        <source>(a logo)</source>
        <translation>(een logo)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>What citizens see of this site on the public page of the server (no login): its address, hours, free computers, queue and workshops. Never a name or a card.</source>
        <translation>Wat burgers van deze locatie zien op de publieke pagina van de server (zonder aanmelding): het adres, de uren, de vrije computers, de wachtrij en de workshops. Nooit een naam of een kaart.</translation>
    </message>
    <message>
        <source>&amp;Show this site on the public page</source>
        <translation>Deze locatie op de publieke pagina &amp;tonen</translation>
    </message>
    <message>
        <source>Open the public pa&amp;ge</source>
        <translation>Publieke pa&amp;gina openen</translation>
    </message>
    <message>
        <source>Opens this site&apos;s public page in your browser</source>
        <translation>Opent de publieke pagina van deze locatie in uw browser</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation>Pos&amp;tcode</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>e.g. Boulevard Émile Jacqmain 6</source>
        <translation>bv. Émile Jacqmainlaan 6</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>K&amp;leur</translation>
    </message>
    <message>
        <source>The site&apos;s colour, as #RRGGBB</source>
        <translation>De kleur van de locatie, als #RRGGBB</translation>
    </message>
    <message>
        <source>The public page writes in white on it: choose a dark colour.</source>
        <translation>De publieke pagina schrijft er in het wit op: kies een donkere kleur.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Een bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>Logo ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Show the a&amp;nimateurs&apos; names with the workshops</source>
        <translation>De &amp;namen van de begeleiders bij de workshops tonen</translation>
    </message>
    <message>
        <source>How to register for the workshops (at the desk, by phone…):</source>
        <translation>Hoe inschrijven voor de workshops (aan de balie, telefonisch…):</translation>
    </message>
    <message>
        <source>The site&apos;s live box for the City&apos;s website: give this code to its web team.</source>
        <translation>Het live kader van de locatie voor de website van de Stad: geef deze code aan het webteam.</translation>
    </message>
    <message>
        <source>Cop&amp;y the code</source>
        <translation>Code kop&amp;iëren</translation>
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
        <translation>Wachtnummer %1 → %2</translation>
    </message>
    <message>
        <source>Number %1 taken: go to %2 now.</source>
        <translation>Wachtnummer %1 gegeven: ga nu naar %2.</translation>
    </message>
    <message>
        <source>Number %1 taken.</source>
        <translation>Wachtnummer %1 gegeven.</translation>
    </message>
    <message>
        <source>Number %1: go to %2.</source>
        <translation>Wachtnummer %1: ga naar %2.</translation>
    </message>
    <message>
        <source>Number %1 goes to the end of the line.</source>
        <translation>Wachtnummer %1 gaat achteraan in de wachtrij.</translation>
    </message>
    <message>
        <source>Number %1 cancelled.</source>
        <translation>Wachtnummer %1 geannuleerd.</translation>
    </message>
    <message>
        <source>Number %1 served at the desk.</source>
        <translation>Wachtnummer %1 geholpen aan de balie.</translation>
    </message>
    <message>
        <source>No computer is free now</source>
        <translation>Er is nu geen computer vrij</translation>
    </message>
    <message>
        <source>Choose a site in the toolbar to take numbers.</source>
        <translation>Kies een locatie in de werkbalk om wachtnummers te geven.</translation>
    </message>
    <message>
        <source>Nobody waits. Take a number for a visitor above.</source>
        <translation>Niemand wacht. Geef hierboven een wachtnummer aan een bezoeker.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Take a number for (Ctrl+Shift+N)</source>
        <translation>Wachtnummer geven aan (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>A card number or a name</source>
        <translation>Een kaartnummer of een naam</translation>
    </message>
    <message>
        <source>Card number or name</source>
        <translation>Kaartnummer of naam</translation>
    </message>
    <message>
        <source>The visitor&apos;s card number or name</source>
        <translation>Het kaartnummer of de naam van de bezoeker</translation>
    </message>
    <message>
        <source>&amp;Take a number</source>
        <translation>&amp;Wachtnummer geven</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>State and wait</source>
        <translation>Status en wachttijd</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>De wachtrij</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>Op&amp;roepen</translation>
    </message>
    <message>
        <source>Hold the first free computer for the selected number (Enter)</source>
        <translation>De eerste vrije computer reserveren voor het geselecteerde wachtnummer (Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ll to…</source>
        <translation>Oproepen &amp;naar…</translation>
    </message>
    <message>
        <source>Hold the computer you choose for this number</source>
        <translation>De computer van uw keuze reserveren voor dit wachtnummer</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <source>Send the selected number to the end of the line</source>
        <translation>Het geselecteerde wachtnummer achteraan de wachtrij zetten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Take the selected number out of the line</source>
        <translation>Het geselecteerde wachtnummer uit de wachtrij halen</translation>
    </message>
    <message>
        <source>Ser&amp;ved</source>
        <translation>&amp;Geholpen</translation>
    </message>
    <message>
        <source>The visitor was served at the desk</source>
        <translation>De bezoeker is aan de balie geholpen</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Wachtnummer geven</translation>
    </message>
    <message>
        <source>Call the first in line</source>
        <translation>De eerste in de wachtrij oproepen</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>Opens at</source>
        <translation>Opent om</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Sluit om</translation>
    </message>
    <message>
        <source>00:00 as the closing time means midnight.</source>
        <translation>00:00 als sluitingstijd betekent middernacht.</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Deze tijdspanne verwijderen</translation>
    </message>
</context>
<context>
    <name>ReadyMessages</name>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>&amp;Ready-made messages:</source>
        <translation>&amp;Standaardberichten:</translation>
    </message>
    <message>
        <source>Ready-made messages</source>
        <translation>Standaardberichten</translation>
    </message>
    <message>
        <source>Edit the list…</source>
        <translation>Lijst wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Message (shown on the screen until the visitor closes it):</source>
        <translation>&amp;Bericht (blijft op het scherm tot de bezoeker het sluit):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>No ready-made message yet.</source>
        <translation>Nog geen standaardbericht.</translation>
    </message>
    <message>
        <source>Each computer shows it in its visitor&apos;s language (%1).</source>
        <translation>Elke computer toont het in de taal van zijn bezoeker (%1).</translation>
    </message>
    <message>
        <source>A typed message is shown as you write it.</source>
        <translation>Een getypt bericht verschijnt zoals u het schrijft.</translation>
    </message>
    <message>
        <source>Ready-made messages of %1</source>
        <extracomment>Saves a site&apos;s list (through the server&apos;s checks), then calls ``done`` with what was saved or ``failed`` with the refusal: the editor closes only once saved.</extracomment>
        <translation>Standaardberichten van %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Each message needs a text in French, the site&apos;s language.</source>
        <translation>Elk bericht heeft een tekst in het Frans nodig, de taal van de locatie.</translation>
    </message>
    <message>
        <source>Each message needs a text in Dutch, the site&apos;s language.</source>
        <translation>Elk bericht heeft een tekst in het Nederlands nodig, de taal van de locatie.</translation>
    </message>
    <message>
        <source>Each message needs a text in English, the site&apos;s language.</source>
        <translation>Elk bericht heeft een tekst in het Engels nodig, de taal van de locatie.</translation>
    </message>
    <message>
        <source>A message is too long (%1 characters at most) or empty, or there are too many.</source>
        <translation>Een bericht is te lang (hoogstens %1 tekens) of leeg, of er zijn er te veel.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</source>
        <translation>De server is onbereikbaar. Probeer het zo meteen opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Typ uw pincode en druk op Enter.</translation>
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
        <extracomment>A weekly allowance below this many seconds is used up (admin.rules.grant.MIN_GRANT_SECONDS).</extracomment>
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
        <translation>De ruimte is nu gesloten en gaat %1 weer open.</translation>
    </message>
    <message>
        <source>Your session on computer %1 may still be open: that computer does not answer. Ask the staff at the desk to end it.</source>
        <translation>Uw sessie op computer %1 is misschien nog open: die computer antwoordt niet. Vraag aan de balie om ze te beëindigen.</translation>
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
        <source>Your library card has expired. Please see the desk to renew it.</source>
        <translation>Uw bibliotheekkaart is verlopen. Ga even langs de balie om ze te verlengen.</translation>
    </message>
    <message>
        <source>Card number or PIN not recognised. Check them and try again, or ask the staff at the desk.</source>
        <translation>Kaartnummer of pincode niet herkend. Controleer ze en probeer opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>The library system blocks your card. Please see the desk.</source>
        <translation>Het bibliotheeksysteem blokkeert uw kaart. Ga even langs de balie.</translation>
    </message>
    <message>
        <source>The library system cannot be reached just now. Try again in a moment, or ask the staff at the desk.</source>
        <translation>Het bibliotheeksysteem is nu niet bereikbaar. Probeer het zo meteen opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>Aanmelden is niet gelukt. Vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Please see the desk about fines on your card.</source>
        <translation>Ga even langs de balie: er staan boetes op uw kaart.</translation>
    </message>
    <message>
        <source>Please see the desk: fines of %1.</source>
        <translation>Ga even langs de balie: boetes van %1.</translation>
    </message>
    <message>
        <source>Your computer time for this week is used up. It comes back %1.</source>
        <translation>Uw computertijd voor deze week is op. U krijgt %1 weer tijd.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back %1.</source>
        <translation>Uw computertijd voor vandaag is op. U krijgt %1 weer tijd.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, or ask the staff at the desk.</source>
        <translation>Te veel pogingen. Wacht een paar minuten, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>Too many tries. Try again in a minute, or ask the staff at the desk.</source>
        <translation>Te veel pogingen. Probeer het over een minuut opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Try again in %n minutes, or ask the staff at the desk.</source>
        <translation>
            <numerusform>Te veel pogingen. Probeer opnieuw over %n minuut, of vraag het aan de balie.</numerusform>
            <numerusform>Te veel pogingen. Probeer opnieuw over %n minuten, of vraag het aan de balie.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is reserved for someone else. Your reserved computer is %1.</source>
        <translation>Deze computer is voor iemand anders gereserveerd. Uw gereserveerde computer is %1.</translation>
    </message>
    <message>
        <source>This computer is reserved for someone else. Please use another one.</source>
        <translation>Deze computer is voor iemand anders gereserveerd. Gebruik een andere computer.</translation>
    </message>
    <message>
        <source>This computer is reserved for number %2 until %1. Please use another one.</source>
        <translation>Deze computer is tot %1 gereserveerd voor wachtnummer %2. Gebruik een andere computer.</translation>
    </message>
    <message>
        <source>This computer is reserved for “%2” until %1. Please use another one.</source>
        <translation>Deze computer is tot %1 gereserveerd voor ‘%2’. Gebruik een andere computer.</translation>
    </message>
    <message>
        <source>This computer is reserved until %1. Please use another one.</source>
        <translation>Deze computer is gereserveerd tot %1. Gebruik een andere computer.</translation>
    </message>
    <message>
        <source>Another computer is reserved for you. Ask the staff at the desk which one.</source>
        <translation>Er is een andere computer voor u gereserveerd. Vraag aan de balie welke.</translation>
    </message>
    <message>
        <source>Computer %1 is reserved for you. Please sign in there.</source>
        <translation>Computer %1 is voor u gereserveerd. Meld u daar aan.</translation>
    </message>
    <message>
        <source>Computer %1 is reserved for you until %2. Please sign in there.</source>
        <translation>Computer %1 is tot %2 voor u gereserveerd. Meld u daar aan.</translation>
    </message>
    <message>
        <source>This code does not open this computer. Check it, or ask your teacher or animateur.</source>
        <translation>Met deze code kunt u deze computer niet gebruiken. Controleer hem, of vraag het aan uw leerkracht of begeleider.</translation>
    </message>
    <message>
        <source>We do not know this ticket code. Check it and try again, or ask the staff at the desk.</source>
        <translation>We kennen deze ticketcode niet. Controleer de code en probeer opnieuw, of vraag het aan de balie.</translation>
    </message>
    <message>
        <source>This ticket was already used. Ask the staff at the desk for a new one.</source>
        <translation>Dit ticket is al gebruikt. Vraag een nieuw ticket aan de balie.</translation>
    </message>
    <message>
        <source>This ticket is no longer valid. Ask the staff at the desk for a new one.</source>
        <translation>Dit ticket is niet meer geldig. Vraag een nieuw ticket aan de balie.</translation>
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
    <name>Refusals</name>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>The theme ‘%1’ is not in the list any more: choose another one.</source>
        <translation>Het thema ‘%1’ staat niet meer in de lijst: kies een ander.</translation>
    </message>
    <message>
        <source>The theme ‘%1’ is used by workshops: it stays.</source>
        <translation>Het thema ‘%1’ wordt door workshops gebruikt: het blijft.</translation>
    </message>
    <message>
        <source>The title in %1, the site&apos;s language, is required: type it.</source>
        <translation>De titel in het %1, de taal van de locatie, is verplicht: typ hem.</translation>
    </message>
    <message>
        <source>This person is already on the waitlist.</source>
        <translation>Deze persoon staat al op de wachtlijst.</translation>
    </message>
    <message>
        <source>This person is already registered.</source>
        <translation>Deze persoon is al ingeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>This visitor missed %n workshop(s) without cancelling: registrations are paused until %1.</source>
        <translation>
            <numerusform>Deze bezoeker is %n keer niet naar een workshop gekomen zonder te annuleren: inschrijven kan pas weer op %1.</numerusform>
            <numerusform>Deze bezoeker is %n keer niet naar een workshop gekomen zonder te annuleren: inschrijven kan pas weer op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workshop is cancelled: nothing can change in it.</source>
        <translation>Deze workshop is geannuleerd: er kan niets meer aan gewijzigd worden.</translation>
    </message>
    <message>
        <source>This workshop is over: nobody can register any more.</source>
        <translation>Deze workshop is voorbij: niemand kan zich nog inschrijven.</translation>
    </message>
    <message>
        <source>This person came to no date of the workshop: there is no certificate to give.</source>
        <translation>Deze persoon is op geen enkele datum van de workshop geweest: er is geen attest te geven.</translation>
    </message>
    <message>
        <source>This visitor is in a session: erase after it ends.</source>
        <translation>Deze bezoeker zit in een sessie: wis het account wanneer die afgelopen is.</translation>
    </message>
    <message>
        <source>The server cannot write PDF documents: its font is missing (package %1). Tell the IT staff.</source>
        <translation>De server kan geen pdf-documenten maken: zijn lettertype ontbreekt (pakket %1). Verwittig de informaticadienst.</translation>
    </message>
    <message>
        <source>You are not the teacher of this class or of this site.</source>
        <translation>U bent niet de leerkracht van deze klas of van deze locatie.</translation>
    </message>
    <message>
        <source>This class is not running: nothing was sent.</source>
        <translation>Deze klas is niet bezig: er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Your class is still running: end it before starting another.</source>
        <translation>Uw klas is nog bezig: beëindig ze voor u een andere start.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are registered: the capacity cannot be lower. Cancel registrations first.</source>
        <translation>
            <numerusform>%n persoon is ingeschreven: het aantal plaatsen kan niet lager. Annuleer eerst inschrijvingen.</numerusform>
            <numerusform>%n personen zijn ingeschreven: het aantal plaatsen kan niet lager. Annuleer eerst inschrijvingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>People register for each date of this workshop: choose one.</source>
        <translation>Voor deze workshop schrijft men zich per datum in: kies er een.</translation>
    </message>
    <message>
        <source>People register for the whole series of this workshop.</source>
        <translation>Voor deze workshop schrijft men zich in voor de hele reeks.</translation>
    </message>
    <message>
        <source>This person is not registered for this date.</source>
        <translation>Deze persoon is niet ingeschreven voor deze datum.</translation>
    </message>
    <message>
        <source>This date starts at %1: attendance is taken from then on.</source>
        <translation>Deze datum begint op %1: de aanwezigheid wordt vanaf dan genoteerd.</translation>
    </message>
    <message>
        <source>This date is not one of this workshop&apos;s any more.</source>
        <translation>Deze datum hoort niet meer bij deze workshop.</translation>
    </message>
    <message>
        <source>The server has no account with this card number any more: search again.</source>
        <translation>De server heeft geen account met dit kaartnummer meer: zoek opnieuw.</translation>
    </message>
    <message>
        <source>Only an administrator may erase a visitor&apos;s account.</source>
        <translation>Alleen een beheerder mag het account van een bezoeker wissen.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Type or scan the visitor&apos;s card number.</source>
        <translation>Typ of scan het kaartnummer van de bezoeker.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Typ de naam van de persoon.</translation>
    </message>
    <message>
        <source>Register for a workshop</source>
        <translation>Inschrijven voor een workshop</translation>
    </message>
    <message>
        <source>A visitor with a card</source>
        <translation>Een bezoeker met een kaart</translation>
    </message>
    <message>
        <source>Someone without a card</source>
        <translation>Iemand zonder kaart</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Kaartnummer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Gender (optional)</source>
        <translation>&amp;Gender (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Age (optional)</source>
        <translation>&amp;Leeftijd (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Status (optional)</source>
        <translation>&amp;Statuut (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Commune (optional)</source>
        <translation>Ge&amp;meente (optioneel)</translation>
    </message>
    <message>
        <source>Outside Brussels</source>
        <translation>Buiten Brussel</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The last day is before the first day: check the dates.</source>
        <translation>De laatste dag ligt vóór de eerste: controleer de datums.</translation>
    </message>
    <message>
        <source>This period has not started yet: choose a period that has begun.</source>
        <translation>Deze periode is nog niet begonnen: kies een periode die al begonnen is.</translation>
    </message>
    <message>
        <source>Reports start on 1 January 2000: choose a later date.</source>
        <translation>Rapporten beginnen op 1 januari 2000: kies een latere datum.</translation>
    </message>
    <message>
        <source>A report covers at most five years: choose a shorter period.</source>
        <translation>Een rapport beslaat hoogstens vijf jaar: kies een kortere periode.</translation>
    </message>
    <message>
        <source>The server does not accept this year: choose another one.</source>
        <translation>De server aanvaardt dit jaar niet: kies een ander jaar.</translation>
    </message>
    <message>
        <source>Give both dates, the first and the last day.</source>
        <translation>Geef beide datums op, de eerste en de laatste dag.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Het hele netwerk</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Al mijn locaties</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Excel spreadsheets (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV files (*.zip)</source>
        <translation>ZIP-archieven met CSV-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Save the label report</source>
        <translation>Het labelrapport opslaan</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Het rapport wordt gemaakt…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>The label report of a period for the funder: opening hours against the label&apos;s thresholds, computers, hours used, visitors and their profile, workshops.</source>
        <translation>Het labelrapport van een periode voor de subsidiërende overheid: openingsuren tegenover de drempels van het label, computers, gebruikte uren, bezoekers en hun profiel, workshops.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>From one date to another</source>
        <translation>Van een datum tot een andere</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Kwartaal %1</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Rekenblad (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (ZIP)</source>
        <translation>CSV-bestanden (ZIP)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Tot &amp;en met:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Locat&amp;ie:</translation>
    </message>
    <message>
        <source>Language of the &amp;report:</source>
        <translation>Taal van het &amp;rapport:</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>Ope&amp;nen</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormaat:</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Het opgeslagen rapport openen</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>No account is due for deletion within a month.</source>
        <translation>Binnen een maand wordt geen enkel account verwijderd.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Periods set in the server configuration (read-only here):</source>
        <translation>Termijnen ingesteld in de serverconfiguratie (hier alleen-lezen):</translation>
    </message>
    <message>
        <source>The daily job runs on the server; administrators see its last run here.</source>
        <translation>De dagelijkse taak draait op de server; beheerders zien hier de laatste uitvoering.</translation>
    </message>
    <message>
        <source>The daily job has not run yet.</source>
        <translation>De dagelijkse taak is nog niet uitgevoerd.</translation>
    </message>
    <message>
        <source>Last run of the daily job: %1 — %2.</source>
        <translation>Laatste uitvoering van de dagelijkse taak: %1 — %2.</translation>
    </message>
    <message>
        <source>Retention of visitors&apos; data</source>
        <translation>Bewaring van bezoekersgegevens</translation>
    </message>
    <message>
        <source>Accounts deleted within a month unless the visitor uses them. A session at a computer or a workshop registration counts as use; a change by staff does not. There is no other way to keep an account: tell the visitor to come by.</source>
        <translation>Accounts die binnen een maand worden verwijderd, tenzij de bezoeker ze gebruikt. Een sessie op een computer of een workshopinschrijving telt als gebruik; een wijziging door het personeel niet. Er is geen andere manier om een account te behouden: vraag de bezoeker langs te komen.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Last use</source>
        <translation>Laatst gebruikt</translation>
    </message>
    <message>
        <source>Deletion date</source>
        <translation>Verwijderdatum</translation>
    </message>
</context>
<context>
    <name>RetentionTexts</name>
    <message numerus="yes">
        <source>Sessions lose the visitor&apos;s name after %n month(s) (they still count).</source>
        <extracomment>The job&apos;s counts named one by one; the others are added up as &quot;other records&quot;.</extracomment>
        <translation>
            <numerusform>Sessies verliezen de naam van de bezoeker na %n maand (ze tellen nog mee).</numerusform>
            <numerusform>Sessies verliezen de naam van de bezoeker na %n maanden (ze tellen nog mee).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s), a session no longer tells which visitor it was.</source>
        <translation>
            <numerusform>Na %n maand toont een sessie niet meer welke bezoeker het was.</numerusform>
            <numerusform>Na %n maanden toont een sessie niet meer welke bezoeker het was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts not used for %n month(s) are deleted.</source>
        <translation>
            <numerusform>Accounts die %n maand niet gebruikt zijn, worden verwijderd.</numerusform>
            <numerusform>Accounts die %n maanden niet gebruikt zijn, worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries are kept %n month(s).</source>
        <translation>
            <numerusform>Auditregels worden %n maand bewaard.</numerusform>
            <numerusform>Auditregels worden %n maanden bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) pseudonymised</source>
        <translation>
            <numerusform>%n sessie gepseudonimiseerd</numerusform>
            <numerusform>%n sessies gepseudonimiseerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer linked to a visitor</source>
        <translation>
            <numerusform>%n sessie niet meer aan een bezoeker gekoppeld</numerusform>
            <numerusform>%n sessies niet meer aan een bezoeker gekoppeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted</source>
        <translation>
            <numerusform>%n account verwijderd</numerusform>
            <numerusform>%n accounts verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) deleted</source>
        <translation>
            <numerusform>%n auditregel verwijderd</numerusform>
            <numerusform>%n auditregels verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) removed or unlinked</source>
        <translation>
            <numerusform>%n ander gegeven verwijderd of losgekoppeld</numerusform>
            <numerusform>%n andere gegevens verwijderd of losgekoppeld</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>er was niets te doen</translation>
    </message>
</context>
<context>
    <name>RoomText</name>
    <message>
        <source>Free</source>
        <extracomment>How many characters of an identifier stay readable (at most half of it).</extracomment>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Extending +%1…</source>
        <translation>Verlengen: +%1…</translation>
    </message>
    <message>
        <source>Setting the time left to %1…</source>
        <translation>Resterende tijd instellen op %1…</translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Sessie wordt beëindigd…</translation>
    </message>
    <message>
        <source>Sending a message…</source>
        <translation>Bericht wordt verzonden…</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Vergrendelen…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>Putting out of order…</source>
        <translation>Buiten gebruik stellen…</translation>
    </message>
    <message>
        <source>Putting back in service…</source>
        <translation>Terug in gebruik nemen…</translation>
    </message>
    <message>
        <source>Telling the visitor you are coming…</source>
        <translation>De bezoeker wordt verwittigd dat u eraan komt…</translation>
    </message>
    <message>
        <source>Signing in %1…</source>
        <translation>%1 wordt aangemeld…</translation>
    </message>
    <message>
        <source>Signing a visitor in…</source>
        <translation>Bezoeker wordt aangemeld…</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>Tijd instellen</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Terug in gebruik</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Beantwoorden</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 geweigerd: %2</translation>
    </message>
    <message>
        <source>%1 failed on the computer. Check it and try again.</source>
        <translation>%1 is mislukt op de computer. Controleer de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Forbidden program reported, not stopped: %1</source>
        <translation>Verboden programma gemeld, niet gestopt: %1</translation>
    </message>
    <message>
        <source>Forbidden program found: %1</source>
        <translation>Verboden programma gevonden: %1</translation>
    </message>
    <message>
        <source>Out of order: %1</source>
        <translation>Buiten gebruik: %1</translation>
    </message>
    <message>
        <source>Out of order (no reason given)</source>
        <translation>Buiten gebruik (geen reden opgegeven)</translation>
    </message>
    <message>
        <source>Little time left</source>
        <translation>Weinig tijd over</translation>
    </message>
    <message>
        <source>Program stopped: %1</source>
        <translation>Programma gestopt: %1</translation>
    </message>
    <message>
        <source>Computer not protected: Wayland session, the escape keys are not blocked</source>
        <translation>Computer niet beveiligd: Wayland-sessie, de escapetoetsen worden niet geblokkeerd</translation>
    </message>
    <message>
        <source>The visitor&apos;s screen is not running (or keeps crashing)</source>
        <translation>Het bezoekersscherm draait niet (of loopt steeds vast)</translation>
    </message>
    <message>
        <source>What the last visitor left could not all be removed</source>
        <translation>Wat de vorige bezoeker achterliet, kon niet helemaal worden gewist</translation>
    </message>
    <message>
        <source>Station program too old for this server (needs %1 or later): update it</source>
        <translation>Programma van de computer te oud voor deze server (versie %1 of nieuwer nodig): werk het bij</translation>
    </message>
    <message>
        <source>Computer partly protected: some escape keys are not blocked</source>
        <translation>Computer gedeeltelijk beveiligd: sommige escapetoetsen worden niet geblokkeerd</translation>
    </message>
    <message>
        <source>Enrolment refused: code expired (%1)</source>
        <translation>Inschrijving geweigerd: code verlopen (%1)</translation>
    </message>
    <message>
        <source>Enrolment refused: code already used (%1)</source>
        <translation>Inschrijving geweigerd: code al gebruikt (%1)</translation>
    </message>
    <message>
        <source>1 recent error</source>
        <translation>1 recente fout</translation>
    </message>
    <message>
        <source>%1 recent errors</source>
        <translation>%1 recente fouten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>Calls the desk</source>
        <translation>Roept de balie</translation>
    </message>
    <message>
        <source>Calls the desk · %1 min</source>
        <translation>Roept de balie · %1 min</translation>
    </message>
    <message>
        <source>Called the desk at %1 (waiting %2 min)</source>
        <translation>Heeft de balie geroepen om %1 (wacht al %2 min)</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Room</source>
        <extracomment>A teacher&apos;s class bar (None for staff): the room shows their class&apos;s PCs only.</extracomment>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>No computer at this site yet. An administrator adds them with &quot;epn station add&quot;, then enrols each PC.</source>
        <translation>Nog geen computers op deze locatie. Een beheerder voegt ze toe met &quot;epn station add&quot; en schrijft daarna elke computer in.</translation>
    </message>
    <message>
        <source>No computer matches. Clear the search or choose &quot;All&quot;.</source>
        <translation>Geen enkele computer komt overeen. Wis de zoekopdracht of kies ‘Alle’.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <source>Minutes to add to %1:</source>
        <translation>Aantal minuten extra voor %1:</translation>
    </message>
    <message>
        <source>Extend after closing time</source>
        <translation>Verlengen na sluitingstijd</translation>
    </message>
    <message>
        <source>Minutes to add to %1, even past closing time (recorded in the audit log):</source>
        <translation>Aantal minuten extra voor %1, ook na sluitingstijd (wordt vastgelegd in het auditlogboek):</translation>
    </message>
    <message>
        <source>Set time left</source>
        <translation>Resterende tijd instellen</translation>
    </message>
    <message>
        <source>Time left from now on %1, in minutes:</source>
        <translation>Resterende tijd op %1 vanaf nu, in minuten:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Instellen</translation>
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
        <source>%1: cut to closing time, %2 (%3).</source>
        <translation>%1: ingekort tot sluitingstijd, %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>End %n session(s) now: %1?</source>
        <translation>
            <numerusform>%n sessie nu beëindigen: %1?</numerusform>
            <numerusform>%n sessies nu beëindigen: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End all %n session(s) in the room now? Every visitor is signed out.</source>
        <translation>
            <numerusform>De %n sessie in de zaal nu beëindigen? De bezoeker wordt afgemeld.</numerusform>
            <numerusform>Alle %n sessies in de zaal nu beëindigen? Elke bezoeker wordt afgemeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Bericht aan %1</translation>
    </message>
    <message numerus="yes">
        <source>Message to %n computer(s)</source>
        <translation>
            <numerusform>Bericht aan %n computer</numerusform>
            <numerusform>Bericht aan %n computers</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Why is %1 out of order? Your colleagues see the reason.</source>
        <translation>Waarom is %1 buiten gebruik? Uw collega&apos;s zien de reden.</translation>
    </message>
    <message>
        <source>Put %1 out of order? The session running there ends now.</source>
        <translation>%1 buiten gebruik stellen? De lopende sessie eindigt nu.</translation>
    </message>
    <message>
        <source>Put %1 out of order? Nobody can sign in there until it is back.</source>
        <translation>%1 buiten gebruik stellen? Niemand kan zich er aanmelden tot hij terug in gebruik is.</translation>
    </message>
    <message numerus="yes">
        <source>Put %n computer(s) out of order? Sessions running there end now.</source>
        <translation>
            <numerusform>%n computer buiten gebruik stellen? De lopende sessie eindigt nu.</numerusform>
            <numerusform>%n computers buiten gebruik stellen? De lopende sessies eindigen nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the visitor is being signed in.</source>
        <translation>%1: de bezoeker wordt aangemeld.</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n computer(s)…</source>
        <translation>
            <numerusform>Verzenden naar %n computer…</numerusform>
            <numerusform>Verzenden naar %n computers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent to %2.</source>
        <translation>%1: verzonden naar %2.</translation>
    </message>
    <message>
        <source>%1 refused on %2 of %3 computers: see their tiles.</source>
        <translation>%1 geweigerd op %2 van de %3 computers: zie hun tegels.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Computer or visitor (Ctrl+F)</source>
        <translation>Computer of bezoeker (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a computer or visitor</source>
        <translation>Een computer of bezoeker zoeken</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>S&amp;orteren op</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Sort the computers by</source>
        <translation>De computers sorteren op</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tegels</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>One tile per computer (Ctrl+Shift+L switches)</source>
        <translation>Eén tegel per computer (Ctrl+Shift+L wisselt)</translation>
    </message>
    <message>
        <source>A compact list, for large rooms (Ctrl+Shift+L)</source>
        <translation>Een compacte lijst, voor grote zalen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Sound for calls</source>
        <translation>Geluid bij oproepen</translation>
    </message>
    <message>
        <source>Play a sound when a computer calls the desk</source>
        <translation>Een geluid laten horen wanneer een computer de balie roept</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Ik kom eraan</translation>
    </message>
    <message>
        <source>Answer the selected computers&apos; call: the visitor sees you are coming (Ctrl+J)</source>
        <translation>De oproep van de geselecteerde computers beantwoorden: de bezoeker ziet dat u eraan komt (Ctrl+J)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Add 5 minutes to the selected sessions (Ctrl+Shift+E)</source>
        <translation>5 minuten toevoegen aan de geselecteerde sessies (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>Add 15 minutes to the selected sessions (Ctrl+E)</source>
        <translation>15 minuten toevoegen aan de geselecteerde sessies (Ctrl+E)</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <source>Add the minutes you choose (Ctrl+Shift+T)</source>
        <translation>Het aantal minuten naar keuze toevoegen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Set time…</source>
        <translation>Tijd instellen…</translation>
    </message>
    <message>
        <source>Set the time left of the selected sessions (Ctrl+T)</source>
        <translation>De resterende tijd van de geselecteerde sessies instellen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Extend after closing time…</source>
        <translation>Verlengen na sluitingstijd…</translation>
    </message>
    <message>
        <source>Administrators: let the selected sessions run past closing time</source>
        <translation>Beheerders: de geselecteerde sessies na sluitingstijd laten doorlopen</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <source>End the selected sessions, after confirming (Del)</source>
        <translation>De geselecteerde sessies beëindigen, na bevestiging (Del)</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Show a message on the selected computers (Ctrl+M)</source>
        <translation>Een bericht tonen op de geselecteerde computers (Ctrl+M)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the screen; the visitor&apos;s time keeps running (Ctrl+L)</source>
        <translation>Het scherm vergrendelen; de tijd van de bezoeker loopt door (Ctrl+L)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlock the selected screens (Ctrl+U)</source>
        <translation>De geselecteerde schermen ontgrendelen (Ctrl+U)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Sign a visitor in on the selected free computer (Ctrl+N, or Enter)</source>
        <translation>Een bezoeker aanmelden op de geselecteerde vrije computer (Ctrl+N, of Enter)</translation>
    </message>
    <message>
        <source>Out of order…</source>
        <translation>Buiten gebruik…</translation>
    </message>
    <message>
        <source>Put the selected computers out of order, with a reason</source>
        <translation>De geselecteerde computers buiten gebruik stellen, met een reden</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Terug in gebruik</translation>
    </message>
    <message>
        <source>Put the selected computers back in service</source>
        <translation>De geselecteerde computers terug in gebruik nemen</translation>
    </message>
    <message>
        <source>End all sessions…</source>
        <translation>Alle sessies beëindigen…</translation>
    </message>
    <message>
        <source>Closing time: end every session of the room, after confirming</source>
        <translation>Sluitingstijd: alle sessies in de zaal beëindigen, na bevestiging</translation>
    </message>
    <message>
        <source>Show errors…</source>
        <translation>Fouten bekijken…</translation>
    </message>
    <message>
        <source>The errors the selected computer reported to the server</source>
        <translation>De fouten die de geselecteerde computer aan de server meldde</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Find a computer or visitor (Ctrl+F)</source>
        <translation>Een computer of bezoeker zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tiles or list</source>
        <translation>Tegels of lijst</translation>
    </message>
    <message>
        <source>Switch between tiles and the list (Ctrl+Shift+L)</source>
        <translation>Wisselen tussen tegels en lijst (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Meer tijd</translation>
    </message>
    <message>
        <source>+5 min, the minutes you choose, the time left</source>
        <translation>+5 min, het aantal minuten dat u kiest, de resterende tijd</translation>
    </message>
    <message>
        <source>More time actions</source>
        <translation>Meer opties voor de tijd</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>In use (%1)</source>
        <translation>In gebruik (%1)</translation>
    </message>
    <message>
        <source>Free (%1)</source>
        <translation>Vrij (%1)</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Aandacht nodig (%1)</translation>
    </message>
    <message>
        <source>Offline or out of order (%1)</source>
        <translation>Offline of buiten gebruik (%1)</translation>
    </message>
    <message>
        <source>Select a computer (Ctrl+click or Shift+click for several, Ctrl+A for all).</source>
        <translation>Selecteer een computer (Ctrl+klik of Shift+klik voor meerdere, Ctrl+A voor alle).</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) selected</source>
        <translation>
            <numerusform>%n computer geselecteerd</numerusform>
            <numerusform>%n computers geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Book this computer…</source>
        <translation>Deze computer reserveren…</translation>
    </message>
    <message>
        <source>Book the selected computer for a visitor, later today or another day (Ctrl+R)</source>
        <translation>De geselecteerde computer reserveren voor een bezoeker, later vandaag of op een andere dag (Ctrl+R)</translation>
    </message>
    <message>
        <source>Book for a group…</source>
        <translation>Reserveren voor een groep…</translation>
    </message>
    <message>
        <source>Book several computers for a class or a group</source>
        <translation>Meerdere computers reserveren voor een klas of groep</translation>
    </message>
    <message>
        <source>Bookings…</source>
        <translation>Reservaties…</translation>
    </message>
    <message>
        <source>Today&apos;s and upcoming bookings, to cancel one (Ctrl+Shift+B)</source>
        <translation>De reservaties van vandaag en later, om er een te annuleren (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Out of order, back in service, bookings, errors</source>
        <translation>Buiten gebruik, weer in gebruik, reservaties, fouten</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>%1 per session, %2 per day, %3 per week</source>
        <translation>%1 per sessie, %2 per dag, %3 per week</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <source>Time allowances</source>
        <translation>Toegestane tijd</translation>
    </message>
    <message>
        <source>Loading the time allowances…</source>
        <translation>Toegestane tijd laden…</translation>
    </message>
    <message>
        <source>City-wide allowances of “%1”, for every site.</source>
        <translation>Toegestane tijd van ‘%1’ voor de hele stad, op elke locatie.</translation>
    </message>
    <message>
        <source>Allowances of “%1” at %2 only. The other sites keep theirs.</source>
        <translation>Toegestane tijd van ‘%1’ alleen in %2. De andere locaties houden de hunne.</translation>
    </message>
    <message>
        <source>To follow the city again, use “%1” instead.</source>
        <translation>Gebruik liever ‘%1’ om opnieuw de stad te volgen.</translation>
    </message>
    <message>
        <source>Change the allowances of “%1”</source>
        <translation>Toegestane tijd van ‘%1’ wijzigen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>City-wide allowances of “%1” saved.</source>
        <translation>Toegestane tijd van ‘%1’ voor de hele stad opgeslagen.</translation>
    </message>
    <message>
        <source>Allowances of “%1” at %2 saved.</source>
        <translation>Toegestane tijd van ‘%1’ in %2 opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>Each warning and extension value comes on its own from the most specific line that sets it.</source>
        <translation>Elke waarde van de waarschuwingen en de verlenging komt afzonderlijk van de meest specifieke regel die ze instelt.</translation>
    </message>
    <message>
        <source>Remove the city-wide allowances of “%1”? This category then gets those of every other category: %2.</source>
        <translation>De toegestane tijd van ‘%1’ voor de hele stad verwijderen? Deze categorie krijgt dan die van ‘Elke andere categorie’: %2.</translation>
    </message>
    <message>
        <source>Remove the allowances of “%1” that are %2&apos;s own? The site follows the city again: %3.</source>
        <translation>De eigen toegestane tijd van ‘%1’ in %2 verwijderen? De locatie volgt dan opnieuw de stad: %3.</translation>
    </message>
    <message>
        <source>“%1” now follows: %2.</source>
        <translation>‘%1’ volgt nu: %2.</translation>
    </message>
    <message>
        <source>These allowances were removed already. The page is up to date.</source>
        <translation>Deze toegestane tijd was al verwijderd. De pagina is bijgewerkt.</translation>
    </message>
    <message>
        <source>You may not change these allowances: only administrators change the city-wide ones, and staff those of their own sites.</source>
        <translation>U mag deze toegestane tijd niet wijzigen: alleen beheerders wijzigen die van de hele stad, en het personeel die van de eigen locaties.</translation>
    </message>
    <message>
        <source>The server does not know this category or site any more. Press F5.</source>
        <translation>De server kent deze categorie of locatie niet meer. Druk op F5.</translation>
    </message>
    <message>
        <source>The server refused these minutes. A session or a day is at most 24 h, a week at most 168 h.</source>
        <translation>De server heeft deze minuten geweigerd. Een sessie of een dag duurt hoogstens 24 u, een week hoogstens 168 u.</translation>
    </message>
    <message>
        <source>Your minutes are kept: try again.</source>
        <translation>Uw minuten blijven bewaard: probeer opnieuw.</translation>
    </message>
    <message>
        <source>Name of the new category: lower-case letters, digits and &apos;-&apos;, at most 32 characters (e.g. &apos;senior-plus&apos;). It gets the allowances of every other category until you change them.</source>
        <translation>Naam van de nieuwe categorie: kleine letters, cijfers en ‘-’, hoogstens 32 tekens (bv. ‘senior-plus’). Ze krijgt de toegestane tijd van ‘Elke andere categorie’ tot u die wijzigt.</translation>
    </message>
    <message>
        <source>Add a visitor category</source>
        <translation>Een bezoekerscategorie toevoegen</translation>
    </message>
    <message>
        <source>Category “%1” added.</source>
        <translation>Categorie ‘%1’ toegevoegd.</translation>
    </message>
    <message>
        <source>The category “%1” exists already.</source>
        <translation>De categorie ‘%1’ bestaat al.</translation>
    </message>
    <message>
        <source>The server refused the name “%1”.</source>
        <translation>De server heeft de naam ‘%1’ geweigerd.</translation>
    </message>
    <message>
        <source>“guest” is kept for guest tickets: choose another name.</source>
        <translation>‘guest’ is voorbehouden voor gasttickets: kies een andere naam.</translation>
    </message>
    <message>
        <source>“%1” cannot be a category name: use lower-case letters, digits and &apos;-&apos; only.</source>
        <translation>‘%1’ kan geen categorienaam zijn: gebruik alleen kleine letters, cijfers en ‘-’.</translation>
    </message>
    <message>
        <source>Time allowances — city-wide</source>
        <translation>Toegestane tijd — hele stad</translation>
    </message>
    <message>
        <source>Minutes a visitor may use the computers, per session, per day and per week, by category. These apply at every site that has no allowances of its own. Choose a site in the toolbar to see and change its own.</source>
        <translation>Hoeveel minuten een bezoeker de computers mag gebruiken, per sessie, per dag en per week, per categorie. Dit geldt op elke locatie zonder eigen toegestane tijd. Kies bovenaan een locatie om die van de locatie te zien en te wijzigen.</translation>
    </message>
    <message>
        <source>Time allowances — %1</source>
        <translation>Toegestane tijd — %1</translation>
    </message>
    <message>
        <source>What applies at this site, per session, per day and per week. Lines in bold are this site&apos;s own; the others are inherited from the city and follow its changes. A change here applies to this site only.</source>
        <translation>Wat op deze locatie geldt, per sessie, per dag en per week. Vetgedrukte regels zijn eigen aan deze locatie; de andere zijn overgenomen van de stad en volgen haar wijzigingen. Een wijziging hier geldt alleen voor deze locatie.</translation>
    </message>
    <message>
        <source>Use the default allowances</source>
        <translation>Standaard toegestane tijd gebruiken</translation>
    </message>
    <message>
        <source>The selected category gets the allowances of every other one again (Del)</source>
        <translation>De geselecteerde categorie krijgt opnieuw de toegestane tijd van ‘Elke andere categorie’ (Del)</translation>
    </message>
    <message>
        <source>Use the city&apos;s allowances</source>
        <translation>Toegestane tijd van de stad gebruiken</translation>
    </message>
    <message>
        <source>Remove this site&apos;s own allowances of the selected category (Del)</source>
        <translation>De eigen toegestane tijd van deze locatie voor de geselecteerde categorie verwijderen (Del)</translation>
    </message>
    <message>
        <source>Read only: only administrators change the city-wide allowances. Choose one of your sites in the toolbar to set its own.</source>
        <translation>Alleen lezen: enkel beheerders wijzigen de toegestane tijd voor de hele stad. Kies bovenaan een van uw locaties om die van de locatie in te stellen.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the allowances of the selected category (F2, Enter or double click)</source>
        <translation>De toegestane tijd van de geselecteerde categorie wijzigen (F2, Enter of dubbelklik)</translation>
    </message>
    <message>
        <source>Add a category…</source>
        <translation>Categorie toevoegen…</translation>
    </message>
    <message>
        <source>Add a visitor category (Ctrl+N)</source>
        <translation>Een bezoekerscategorie toevoegen (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Time left: %1</source>
        <extracomment>the expanded bar&apos;s new height (its rows changed): what is placed below it follows the apps shown by their initial (no icon of their own) buttons added to the first row (add_session_button), before &quot;Lock while I&apos;m away&quot;</extracomment>
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
            <numerusform>Bent u er nog? %n s</numerusform>
            <numerusform>Bent u er nog? %n s</numerusform>
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
        <source>All apps</source>
        <translation>Alle programma&apos;s</translation>
    </message>
    <message>
        <source>Show every program you can open</source>
        <translation>Alle programma&apos;s tonen die u kunt openen</translation>
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
    <name>SessionRuleGrid</name>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Automatic extension</source>
        <translation>Automatische verlenging</translation>
    </message>
    <message>
        <source>Warnings and automatic extension by category</source>
        <translation>Waarschuwingen en automatische verlenging per categorie</translation>
    </message>
</context>
<context>
    <name>SessionRulesCounts</name>
    <message numerus="yes">
        <source>up to %n time(s)</source>
        <translation>
            <numerusform>tot %n keer</numerusform>
            <numerusform>tot %n keer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRulesForm</name>
    <message>
        <source>no warning</source>
        <translation>geen waarschuwing</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Warnings before the end</source>
        <translation>&amp;Waarschuwingen voor het einde</translation>
    </message>
    <message>
        <source>Extend by, in &amp;minutes</source>
        <translation>Verlengen met (in &amp;minuten)</translation>
    </message>
    <message>
        <source>&amp;Times per session, at most</source>
        <translation>Hoogstens zoveel &amp;keer per sessie</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>Hier ingesteld</translation>
    </message>
    <message>
        <source>Warnings: minutes before the end, separated by commas; seconds with “s”. For example: 5, 1, 30 s. Empty: no warning.</source>
        <translation>Waarschuwingen: minuten voor het einde, gescheiden door komma&apos;s; seconden met ‘s’. Bijvoorbeeld: 5, 1, 30 s. Leeg: geen waarschuwing.</translation>
    </message>
    <message>
        <source>Tick at least one value. To leave them all as they fall through, remove this line instead.</source>
        <translation>Vink minstens één waarde aan. Wilt u alle waarden van hogerop overnemen, verwijder dan liever deze regel.</translation>
    </message>
    <message>
        <source>What applies then: %1.</source>
        <translation>Wat dan geldt: %1.</translation>
    </message>
    <message>
        <source>No automatic extension while the minutes or the times are 0.</source>
        <translation>Geen automatische verlenging zolang de minuten of het aantal keer 0 zijn.</translation>
    </message>
    <message>
        <source>as every category at this site</source>
        <translation>zoals elke categorie op deze locatie</translation>
    </message>
    <message>
        <source>as the city</source>
        <translation>zoals de stad</translation>
    </message>
    <message>
        <source>as every category</source>
        <translation>zoals elke categorie</translation>
    </message>
    <message>
        <source>as the defaults</source>
        <translation>zoals standaard</translation>
    </message>
    <message>
        <source>Automatic extension never runs into a booking of the computer, and it stops while anybody waits in the site&apos;s queue.</source>
        <translation>Automatische verlenging loopt nooit over een reservatie van de computer heen, en ze stopt zolang er iemand in de wachtrij van de locatie wacht.</translation>
    </message>
</context>
<context>
    <name>SessionRulesPanel</name>
    <message>
        <source>City-wide warnings and extension of “%1”, for every site without its own.</source>
        <translation>Waarschuwingen en verlenging van ‘%1’ voor de hele stad, op elke locatie zonder eigen regels.</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1” at %2 only. The other sites keep theirs.</source>
        <translation>Waarschuwingen en verlenging van ‘%1’ alleen in %2. De andere locaties houden de hunne.</translation>
    </message>
    <message>
        <source>To follow the city for every value, use “%1” instead.</source>
        <translation>Gebruik liever ‘%1’ om voor elke waarde de stad te volgen.</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1”</source>
        <translation>Waarschuwingen en verlenging van ‘%1’</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1” saved.</source>
        <translation>Waarschuwingen en verlenging van ‘%1’ opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Remove the city-wide warnings and extension of “%1”? Then: %2.</source>
        <translation>De waarschuwingen en verlenging van ‘%1’ voor de hele stad verwijderen? Dan geldt: %2.</translation>
    </message>
    <message>
        <source>Remove the warnings and extension of “%1” that are %2&apos;s own? Then: %3.</source>
        <translation>De eigen waarschuwingen en verlenging van ‘%1’ in %2 verwijderen? Dan geldt: %3.</translation>
    </message>
    <message>
        <source>“%1” now has %2.</source>
        <translation>‘%1’ heeft nu: %2.</translation>
    </message>
    <message>
        <source>This line was removed already. The page is up to date.</source>
        <translation>Deze regel was al verwijderd. De pagina is bijgewerkt.</translation>
    </message>
    <message>
        <source>You may not change these rules: only administrators change the city-wide ones, and staff those of their own sites.</source>
        <translation>U mag deze regels niet wijzigen: alleen beheerders wijzigen die van de hele stad, en het personeel die van de eigen locaties.</translation>
    </message>
    <message>
        <source>The server does not know this category or site any more. Press F5. Your values are kept.</source>
        <translation>De server kent deze categorie of locatie niet meer. Druk op F5. Uw waarden blijven bewaard.</translation>
    </message>
    <message>
        <source>The server refused these values: at most 5 warnings, each at most 60 min before the end; at most 600 min more, 20 times, 1000 computers. Your values are kept.</source>
        <translation>De server weigerde deze waarden: hoogstens 5 waarschuwingen, elk hoogstens 60 min voor het einde; hoogstens 600 min extra, 20 keer, 1000 computers. Uw waarden blijven bewaard.</translation>
    </message>
    <message>
        <source>Your values are kept: try again.</source>
        <translation>Uw waarden blijven bewaard: probeer opnieuw.</translation>
    </message>
    <message>
        <source>Use the general rules</source>
        <translation>Algemene regels gebruiken</translation>
    </message>
    <message>
        <source>Remove the city-wide line of the selected category: its values come from every category&apos;s line or the defaults again (Del)</source>
        <translation>De regel van de geselecteerde categorie voor de hele stad verwijderen: de waarden komen dan opnieuw van de regel voor elke categorie of van de standaardwaarden (Del)</translation>
    </message>
    <message>
        <source>Use the city&apos;s rules</source>
        <translation>Regels van de stad gebruiken</translation>
    </message>
    <message>
        <source>Remove this site&apos;s own line of the selected category (Del)</source>
        <translation>De eigen regel van deze locatie voor de geselecteerde categorie verwijderen (Del)</translation>
    </message>
    <message>
        <source>Read only: only administrators change the city-wide warnings and extensions.</source>
        <translation>Alleen lezen: enkel beheerders wijzigen de waarschuwingen en verlengingen voor de hele stad.</translation>
    </message>
    <message>
        <source>Warnings before the end and automatic extension</source>
        <translation>Waarschuwingen voor het einde en automatische verlenging</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change the warnings and extension of the selected category (F2 on this list, Enter or double click)</source>
        <translation>De waarschuwingen en verlenging van de geselecteerde categorie wijzigen (F2 in deze lijst, Enter of dubbelklik)</translation>
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
        <translation>Geen waarschuwing</translation>
    </message>
    <message>
        <source>No automatic extension</source>
        <translation>Geen automatische verlenging</translation>
    </message>
    <message>
        <source>%1 min more</source>
        <translation>%1 min extra</translation>
    </message>
    <message>
        <source>warnings %1 before the end</source>
        <translation>waarschuwingen %1 voor het einde</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>geen waarschuwing</translation>
    </message>
    <message>
        <source>no automatic extension</source>
        <translation>geen automatische verlenging</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Deze locatie</translation>
    </message>
    <message>
        <source>This site (every category)</source>
        <translation>Deze locatie (elke categorie)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Hele stad</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>De stad</translation>
    </message>
    <message>
        <source>City-wide (every category)</source>
        <translation>Hele stad (elke categorie)</translation>
    </message>
    <message>
        <source>The city (every category)</source>
        <translation>De stad (elke categorie)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Minutes more</source>
        <translation>Extra minuten</translation>
    </message>
    <message>
        <source>Times per session</source>
        <translation>Aantal keer per sessie</translation>
    </message>
    <message>
        <source>“%1”: a warning comes at least 1 second before the end.</source>
        <translation>‘%1’: een waarschuwing komt minstens 1 seconde voor het einde.</translation>
    </message>
    <message>
        <source>“%1”: a warning comes at most 60 minutes before the end.</source>
        <translation>‘%1’: een waarschuwing komt hoogstens 60 minuten voor het einde.</translation>
    </message>
    <message>
        <source>At most 5 warnings.</source>
        <translation>Hoogstens 5 waarschuwingen.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes, or seconds followed by “s”.</source>
        <translation>‘%1’ is geen tijd: typ minuten, of seconden gevolgd door ‘s’.</translation>
    </message>
    <message>
        <source>while nobody waits in the queue</source>
        <translation>als niemand wacht</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>No visitor or guest ticket has this identifier. Check it.</source>
        <translation>Onbekend kaartnummer of onbekende ticketcode: controleer wat u hebt getypt.</translation>
    </message>
    <message>
        <source>This guest ticket cannot be used (expired or used up).</source>
        <translation>Dit gastticket kan niet gebruikt worden (verlopen of opgebruikt).</translation>
    </message>
    <message>
        <source>This visitor&apos;s account is disabled.</source>
        <translation>Het account van deze bezoeker is uitgeschakeld.</translation>
    </message>
    <message>
        <source>This visitor has no computer time left today or this week.</source>
        <translation>Deze bezoeker heeft vandaag of deze week geen computertijd meer.</translation>
    </message>
    <message>
        <source>The site is closed now: nobody can be signed in.</source>
        <translation>De locatie is nu gesloten: niemand kan aangemeld worden.</translation>
    </message>
    <message>
        <source>This visitor is already signed in on another computer. End that session first.</source>
        <translation>Deze bezoeker is al aangemeld op een andere computer. Beëindig eerst die sessie.</translation>
    </message>
    <message>
        <source>This computer is out of order. Choose another one.</source>
        <translation>Deze computer is buiten gebruik. Kies een andere.</translation>
    </message>
    <message>
        <source>This computer is offline. Choose another one.</source>
        <translation>Deze computer is offline. Kies een andere.</translation>
    </message>
    <message>
        <source>Someone is already signed in on this computer.</source>
        <translation>Er is al iemand aangemeld op deze computer.</translation>
    </message>
    <message>
        <source>This identifier is not valid. Check it.</source>
        <translation>Dit is geen geldig kaartnummer of geldige ticketcode: controleer wat u hebt getypt.</translation>
    </message>
    <message>
        <source>Sign a visitor in on %1</source>
        <extracomment>Sends the identifier; calls one of the two callbacks on the UI thread.</extracomment>
        <translation>Een bezoeker aanmelden op %1</translation>
    </message>
    <message>
        <source>Type or scan the visitor&apos;s card number or guest ticket. They are signed in on %1 without their PIN: you vouch for them.</source>
        <translation>Typ of scan het kaartnummer of het gastticket van de bezoeker. De bezoeker wordt zonder pincode aangemeld op %1: u staat voor die persoon in.</translation>
    </message>
    <message>
        <source>Visitor identifier</source>
        <translation>Kaartnummer of ticketcode van de bezoeker</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Kaartnummer of ticketcode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>SignInSourcesPanel</name>
    <message>
        <source>Sign-ins on %1 try, in this order: %2.</source>
        <translation>Aanmeldingen in %1 proberen, in deze volgorde: %2.</translation>
    </message>
    <message>
        <source>the server&apos;s own visitor list</source>
        <translation>de eigen bezoekerslijst van de server</translation>
    </message>
    <message>
        <source>Visitors of this server</source>
        <translation>Bezoekers van deze server</translation>
    </message>
    <message>
        <source>library system, SIP2</source>
        <translation>bibliotheeksysteem, SIP2</translation>
    </message>
    <message>
        <source>directory, LDAP</source>
        <translation>gebruikersdirectory, LDAP</translation>
    </message>
    <message>
        <source>card unknown</source>
        <translation>kaart onbekend</translation>
    </message>
    <message>
        <source>wrong PIN or password</source>
        <translation>verkeerde pincode of wachtwoord</translation>
    </message>
    <message>
        <source>card expired</source>
        <translation>kaart verlopen</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>kaart geblokkeerd</translation>
    </message>
    <message>
        <source>fines</source>
        <translation>boetes</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Weigeringen</translation>
    </message>
    <message>
        <source>Sign-in sources of this site</source>
        <translation>Aanmeldbronnen van deze locatie</translation>
    </message>
    <message>
        <source>The sign-in sources are set in the server&apos;s configuration file; passwords are not shown. Counts are since the server&apos;s database was made.</source>
        <translation>De aanmeldbronnen worden ingesteld in het configuratiebestand van de server; wachtwoorden worden niet getoond. De tellingen lopen sinds de database van de server werd aangemaakt.</translation>
    </message>
    <message>
        <source>Sign-in sources</source>
        <translation>Aanmeldbronnen</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>The server refused these opening hours: check each range.</source>
        <translation>De server heeft deze openingsuren geweigerd: controleer elke tijdspanne.</translation>
    </message>
    <message>
        <source>The server refused this text: check its length.</source>
        <translation>De server heeft deze tekst geweigerd: controleer de lengte.</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Openingsuren</translation>
    </message>
    <message>
        <source>Closed &amp;dates</source>
        <translation>Sluitings&amp;dagen</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Vergrendelscherm</translation>
    </message>
    <message>
        <source>&amp;Charter</source>
        <translation>&amp;Reglement</translation>
    </message>
    <message>
        <source>&amp;Public page</source>
        <translation>&amp;Publieke pagina</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Instellingen van de locatie</translation>
    </message>
    <message>
        <source>&amp;Bookings and queue</source>
        <translation>Reservaties en wach&amp;trij</translation>
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
        <translation>Locaties</translation>
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
    <name>SitesView</name>
    <message>
        <source>Sites</source>
        <extracomment>The site the form holds (None: none loaded yet). None until loaded, or from a server without bookings (the tab is then off)</extracomment>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them and show %2?</source>
        <translation>De wijzigingen aan %1 zijn niet opgeslagen. Ze verwerpen en %2 tonen?</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them and load the site again?</source>
        <translation>De wijzigingen aan %1 zijn niet opgeslagen. Ze verwerpen en de locatie opnieuw laden?</translation>
    </message>
    <message>
        <source>Still showing %1, with your unsaved changes. Save or discard them to see %2.</source>
        <translation>%1 blijft getoond, met uw niet-opgeslagen wijzigingen. Sla ze op of verwerp ze om %2 te zien.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 laden…</translation>
    </message>
    <message>
        <source>Press F5 to try again.</source>
        <translation>Druk op F5 om opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The site&apos;s logo</source>
        <translation>Het logo van de locatie</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Dit bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is shown in red.</source>
        <translation>Er is niets opgeslagen: verbeter wat in het rood staat.</translation>
    </message>
    <message>
        <source>Your changes are kept: try again.</source>
        <translation>Uw wijzigingen blijven bewaard: probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Uw wijzigingen aan %1 verwerpen?</translation>
    </message>
    <message>
        <source>You left unsaved changes to %1. Save them now? (If not, they stay in the Sites page until you save or discard them.)</source>
        <translation>U hebt niet-opgeslagen wijzigingen aan %1 achtergelaten. Nu opslaan? (Zo niet, dan blijven ze op de pagina Locaties tot u ze opslaat of verwerpt.)</translation>
    </message>
    <message>
        <source>You have no site to manage. Ask an administrator.</source>
        <translation>U beheert geen enkele locatie. Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <source>Choose a site in the list on the left.</source>
        <translation>Kies een locatie in de lijst links.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the changes to this site (Ctrl+S)</source>
        <translation>De wijzigingen aan deze locatie opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Go back to what the server holds</source>
        <translation>Terugkeren naar de versie op de server</translation>
    </message>
</context>
<context>
    <name>StaffConfirm</name>
    <message>
        <source>Please confirm</source>
        <extracomment>The widest a staff window gets at scale 1 (it fits a 1280-px screen); its rows wrap.</extracomment>
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
    <message numerus="yes">
        <source>Too many wrong tries on this computer: try again in %n minute(s).</source>
        <translation>
            <numerusform>Te veel foute pogingen op deze computer: probeer opnieuw over %n minuut.</numerusform>
            <numerusform>Te veel foute pogingen op deze computer: probeer opnieuw over %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong username, password or PIN, or not staff of this site. Try again.</source>
        <translation>Verkeerde gebruikersnaam, wachtwoord of pincode, of u behoort niet tot het personeel van deze locatie. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>This computer belongs to another site: only the staff of its site can sign in here.</source>
        <translation>Deze computer hoort bij een andere locatie: alleen het personeel van die locatie kan hier aanmelden.</translation>
    </message>
    <message>
        <source>Your staff sign-in is over. Close the panel and sign in again.</source>
        <translation>Uw aanmelding als personeel is verlopen. Sluit het paneel en meld opnieuw aan.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this computer any more.</source>
        <translation>Er is niemand meer aangemeld op deze computer.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) added.</source>
        <extracomment>How the program quits for maintenance (exit code 0); tests replace it.</extracomment>
        <translation>
            <numerusform>%n minuut toegevoegd.</numerusform>
            <numerusform>%n minuten toegevoegd.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Quit the kiosk for maintenance? The lock screen comes back by itself in %n minute(s).</source>
        <translation>
            <numerusform>De kiosk afsluiten voor onderhoud? Het vergrendelscherm komt vanzelf terug over %n minuut.</numerusform>
            <numerusform>De kiosk afsluiten voor onderhoud? Het vergrendelscherm komt vanzelf terug over %n minuten.</numerusform>
        </translation>
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
        <extracomment>The button answers only after this long, so that a visitor typing in their own program when the message pops up does not acknowledge it by accident. In the site&apos;s language: shown when ``texts`` has none in the visitor&apos;s. side by side in normal text, one under the other in larger text (apply_look) the message scrolls when it is longer than the screen (larger text on 1024×768)</extracomment>
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
        <extracomment>this window&apos;s own rules, after the look&apos;s (ui.theme.kiosk_style)</extracomment>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Type your staff username and your password or PIN.</source>
        <translation>Typ uw gebruikersnaam als personeelslid en uw wachtwoord of pincode.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Aanmelden personeel</translation>
    </message>
    <message>
        <source>For the staff of this site. Visitors: ask at the desk for help.</source>
        <translation>Voor het personeel van deze locatie. Bezoekers: vraag hulp aan de balie.</translation>
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
    <message>
        <source>This computer is out of order: %1</source>
        <translation>Deze computer is buiten gebruik: %1</translation>
    </message>
</context>
<context>
    <name>StartClassDialog</name>
    <message>
        <source>Start a class</source>
        <extracomment>Minutes an &quot;extend all&quot; adds.</extracomment>
        <translation>Een klas starten</translation>
    </message>
    <message>
        <source>&amp;Title of the class</source>
        <translation>&amp;Titel van de klas</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>&amp;Computers of the class</source>
        <translation>&amp;Computers van de klas</translation>
    </message>
</context>
<context>
    <name>StationErrorsDialog</name>
    <message>
        <source>The errors could not be loaded: %1</source>
        <translation>De fouten konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Niets te tonen.</translation>
    </message>
    <message>
        <source>This computer has reported no error.</source>
        <translation>Deze computer heeft geen fouten gemeld.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Fouten van %1</translation>
    </message>
    <message>
        <source>The errors this computer&apos;s program reported to the server, newest first (the last 30 days). Give them to the IT helpdesk if the computer misbehaves.</source>
        <translation>De fouten die het programma van deze computer aan de server meldde, nieuwste eerst (de laatste 30 dagen). Geef ze door aan de IT-helpdesk als de computer niet goed werkt.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Keer</translation>
    </message>
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <source>Computer</source>
        <extracomment>The data role that gives the row&apos;s StationStatus (for the room&apos;s actions). The data role the sort proxy uses: numbers sort as numbers, names as text. Seconds left now (int), None without a session. The tile&apos;s notes: list[Note], errors first, then the station&apos;s alerts, its recent errors, pending commands, warnings. Whether the station needs the desk&apos;s attention (bool). Seconds the visitor has waited since calling the desk (int), None when not calling. The colour of each state; always shown with the state&apos;s name and icon, never alone. Sorting by state: sessions first, then free, then what cannot be used. A computer calling the desk: violet, unlike any state&apos;s colour; always with its words. The visitor called the desk and waits (first of all notes). The station&apos;s protection is not what it should be, or a PC tried a stale code of it. The station forwarded errors of its own lately (``StationStatus.recent_errors``). The computer is held for a booking or the queue, now or later today (what for, when). Each site&apos;s timezone (site id -&gt; zone), to say a hold&apos;s times at the site&apos;s clock.</extracomment>
        <translation>Computer</translation>
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
        <source>App in use</source>
        <translation>App in gebruik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Now: no limit, the profiles decide.</source>
        <translation>Nu: geen limiet, de profielen beslissen.</translation>
    </message>
    <message numerus="yes">
        <source>Now: only %n app(s) allowed.</source>
        <translation>
            <numerusform>Nu: alleen %n app toegestaan.</numerusform>
            <numerusform>Nu: alleen %n apps toegestaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n app(s) blocked.</source>
        <translation>
            <numerusform>Nu: %n app geblokkeerd.</numerusform>
            <numerusform>Nu: %n apps geblokkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one app, or choose “No limit”.</source>
        <translation>Vink minstens één app aan, of kies ‘Geen limiet’.</translation>
    </message>
    <message>
        <source>Apps of %1 saved; they apply from the next sign-in on this computer.</source>
        <translation>Apps van %1 opgeslagen; ze gelden vanaf de volgende aanmelding op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Computer</source>
        <translation>&amp;Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>&amp;No limit: the visitor&apos;s profiles decide</source>
        <translation>&amp;Geen limiet: de profielen van de bezoeker beslissen</translation>
    </message>
    <message>
        <source>&amp;Only the ticked apps (allowlist)</source>
        <translation>Alleen de aange&amp;vinkte apps (toelatingslijst)</translation>
    </message>
    <message>
        <source>All apps &amp;except the ticked ones (denylist)</source>
        <translation>Alle apps be&amp;halve de aangevinkte (blokkeerlijst)</translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation>&amp;Apps</translation>
    </message>
    <message>
        <source>Apps of the computer&apos;s list</source>
        <translation>Apps op de lijst van de computer</translation>
    </message>
    <message>
        <source>No computer at this site yet. Computers appear once they are enrolled.</source>
        <translation>Nog geen computer op deze locatie. Computers verschijnen zodra ze ingeschreven zijn.</translation>
    </message>
    <message>
        <source>The limit applies on top of the profiles: a visitor never gets an app their profile does not give. Changes apply from the next sign-in.</source>
        <translation>De limiet komt bovenop de profielen: een bezoeker krijgt nooit een app die zijn profiel niet geeft. Wijzigingen gelden vanaf de volgende aanmelding.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save this computer&apos;s apps (Ctrl+S)</source>
        <translation>De apps van deze computer opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Statistics</source>
        <extracomment>Rows a breakdown table shows before it scrolls.</extracomment>
        <translation>Statistieken</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporteren naar CSV</translation>
    </message>
    <message>
        <source>By visitor category</source>
        <translation>Per bezoekerscategorie</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per leeftijdsgroep</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Per locatie</translation>
    </message>
    <message>
        <source>Use by hour of the day</source>
        <translation>Gebruik per uur van de dag</translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour</source>
        <translation>Bezetting per weekdag en per uur</translation>
    </message>
    <message>
        <source>Bar chart: station-hours in use by hour</source>
        <translation>Staafdiagram: gebruikte computeruren per uur</translation>
    </message>
    <message>
        <source>Heat map: occupancy by weekday and hour</source>
        <translation>Warmtekaart: bezetting per weekdag en per uur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Gebruikte uren</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Unieke bezoekers</translation>
    </message>
    <message>
        <source>Computers in use (share of opening time)</source>
        <translation>Computers in gebruik (deel van de openingstijd)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Al mijn locaties</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>De statistieken exporteren</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV-bestanden voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Statistics exported to %1.</source>
        <translation>Statistieken geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>TextSizeSwitch</name>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
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
        <translation>Normale tekst</translation>
    </message>
    <message>
        <source>Text one and a half times larger</source>
        <translation>Tekst anderhalve keer groter</translation>
    </message>
    <message>
        <source>Text twice as large</source>
        <translation>Tekst twee keer groter</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Choose a site…</source>
        <translation>Kies een locatie…</translation>
    </message>
    <message>
        <source>Choose the site where the tickets will be used.</source>
        <translation>Kies de locatie waar de tickets gebruikt zullen worden.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>De laatste dag ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <source>These tickets would already be expired: choose a last day from today.</source>
        <translation>Deze tickets zouden al verlopen zijn: kies een laatste dag vanaf vandaag.</translation>
    </message>
    <message>
        <source>New tickets for visitors without an account</source>
        <translation>Nieuwe tickets voor bezoekers zonder account</translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation>Loca&amp;tie</translation>
    </message>
    <message>
        <source>Site where the tickets are valid</source>
        <translation>Locatie waar de tickets geldig zijn</translation>
    </message>
    <message>
        <source>How &amp;many</source>
        <translation>&amp;Aantal</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>Aantal tickets</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes on each ticket</source>
        <translation>Minuten op elk ticket</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Geldig &amp;vanaf</translation>
    </message>
    <message>
        <source>First day of validity</source>
        <translation>Eerste geldigheidsdag</translation>
    </message>
    <message>
        <source>Last &amp;day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>Last day of validity</source>
        <translation>Laatste geldigheidsdag</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Create the tickets (Ctrl+N)</source>
        <translation>De tickets aanmaken (Ctrl+N)</translation>
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
        <translation>beheerder (opdrachtregel)</translation>
    </message>
    <message>
        <source>Used on %1</source>
        <translation>Gebruikt op %1</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Nog niet gebruikt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt op</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Guest tickets</source>
        <translation>Gasttickets</translation>
    </message>
    <message>
        <source>Loading the tickets…</source>
        <translation>De tickets worden geladen…</translation>
    </message>
    <message>
        <source>No guest tickets here yet. Choose the site, how many and the minutes above, then press Create (Ctrl+N).</source>
        <translation>Hier zijn nog geen gasttickets. Kies hierboven de locatie, het aantal en de minuten en druk dan op Aanmaken (Ctrl+N).</translation>
    </message>
    <message>
        <source>Creating the tickets…</source>
        <translation>De tickets worden aangemaakt…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) created at %1. Print them with Ctrl+P or save them as PDF.</source>
        <translation>
            <numerusform>%n ticket aangemaakt voor %1. Druk het af met Ctrl+P of sla het op als pdf.</numerusform>
            <numerusform>%n tickets aangemaakt voor %1. Druk ze af met Ctrl+P of sla ze op als pdf.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not create tickets at this site.</source>
        <translation>U mag voor deze locatie geen tickets aanmaken.</translation>
    </message>
    <message>
        <source>This site is not known to the server any more.</source>
        <translation>Deze locatie is niet meer bekend bij de server.</translation>
    </message>
    <message>
        <source>None of the selected tickets can still be used: select unused tickets.</source>
        <translation>Geen van de geselecteerde tickets is nog bruikbaar: selecteer ongebruikte tickets.</translation>
    </message>
    <message numerus="yes">
        <source>%n used or expired ticket(s) left out.</source>
        <translation>
            <numerusform>%n gebruikt of verlopen ticket weggelaten.</numerusform>
            <numerusform>%n gebruikte of verlopen tickets weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print the guest tickets</source>
        <translation>De gasttickets afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent to the printer.</source>
        <translation>
            <numerusform>%n ticket naar de printer gestuurd.</numerusform>
            <numerusform>%n tickets naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be used. Check it and try again.</source>
        <translation>De printer kon niet worden gebruikt. Controleer de printer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Save the tickets as PDF</source>
        <translation>De tickets als pdf opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) saved in %1.</source>
        <translation>
            <numerusform>%n ticket opgeslagen in %1.</numerusform>
            <numerusform>%n tickets opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>Al mijn locaties</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>Recente tickets</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Show the tickets of</source>
        <translation>De tickets tonen van</translation>
    </message>
    <message>
        <source>Select batch</source>
        <translation>Reeks selecteren</translation>
    </message>
    <message>
        <source>Select every ticket created together with the current one (Ctrl+B)</source>
        <translation>Alle tickets selecteren die samen met dit ticket zijn aangemaakt (Ctrl+B)</translation>
    </message>
    <message>
        <source>See the sheet of the selected tickets, or of the new batch (Ctrl+Shift+P)</source>
        <translation>Het blad van de geselecteerde tickets of van de nieuwe reeks bekijken (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the selected tickets, 10 per page (Ctrl+P)</source>
        <translation>De geselecteerde tickets afdrukken, 10 per pagina (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als pdf opslaan</translation>
    </message>
    <message>
        <source>Save the ticket sheet as a PDF file (Ctrl+S)</source>
        <translation>Het ticketblad als pdf-bestand opslaan (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>left</source>
        <extracomment>A calling tile&apos;s tint (the band&apos;s white text on DESK_CALL_COLOUR reads at 7:1). The band&apos;s height at the bottom of a calling tile. A held computer&apos;s line: teal, unlike the states&apos; and the call&apos;s colours (7:1 on white). The pixel sizes tried in turn for the state word and the name until the name fits. Most notes a tile shows; the tooltip and the list have them all. the texts of the last tile painted (ui/painted_text.py)</extracomment>
        <translation>over</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
    <message>
        <source>Ready for a visitor</source>
        <translation>Klaar voor een bezoeker</translation>
    </message>
    <message>
        <source>Nobody can sign in</source>
        <translation>Niemand kan zich aanmelden</translation>
    </message>
    <message>
        <source>Not answering since %1</source>
        <translation>Geen antwoord sinds %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Geen antwoord</translation>
    </message>
</context>
<context>
    <name>VisitorData</name>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>The data was saved in %1.</source>
        <translation>De gegevens zijn opgeslagen in %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Account erased</source>
        <translation>Account gewist</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Save the visitor&apos;s data</source>
        <translation>De gegevens van de bezoeker opslaan</translation>
    </message>
    <message>
        <source>The data of %1 was saved in %2.</source>
        <translation>De gegevens van %1 zijn opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>The account of %1 was erased; %n session(s) now count under no name. Receipt number: %2 (the audit entry; give it to the visitor if they ask).</source>
        <translation>
            <numerusform>Het account van %1 is gewist; %n sessie telt nu zonder naam. Ontvangstnummer: %2 (de auditregel; geef het aan de bezoeker als die erom vraagt).</numerusform>
            <numerusform>Het account van %1 is gewist; %n sessies tellen nu zonder naam. Ontvangstnummer: %2 (de auditregel; geef het aan de bezoeker als die erom vraagt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
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
        <translation>geboren in %1</translation>
    </message>
    <message>
        <source>Yes (asked at sign-in)</source>
        <translation>Ja (gevraagd bij het aanmelden)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Could not be loaded. Press F5 to try again.</source>
        <translation>Kon niet geladen worden. Druk op F5 om opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Running, %1 left</source>
        <translation>Bezig, nog %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No session yet at your sites (the last 20 sessions are listed).</source>
        <translation>Nog geen sessie op uw locaties (de laatste 20 sessies worden getoond).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 van %2 (nog %3)</translation>
    </message>
    <message>
        <source>Choose a visitor in the list to see their account, their computer time and their recent sessions.</source>
        <translation>Kies een bezoeker in de lijst om het account, de computertijd en de recente sessies te zien.</translation>
    </message>
    <message>
        <source>Card / identifier</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuut</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Eerste bezoek</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Used today</source>
        <translation>Vandaag gebruikt</translation>
    </message>
    <message>
        <source>Used this week</source>
        <translation>Deze week gebruikt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Change this visitor&apos;s details (F2)</source>
        <translation>De gegevens van deze bezoeker wijzigen (F2)</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Uitschakelen…</translation>
    </message>
    <message>
        <source>Refuse this visitor&apos;s sign-ins, with a reason (Ctrl+D)</source>
        <translation>Aanmeldingen van deze bezoeker weigeren, met een reden (Ctrl+D)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>Let this visitor sign in again (Ctrl+D)</source>
        <translation>Deze bezoeker opnieuw laten aanmelden (Ctrl+D)</translation>
    </message>
    <message>
        <source>PIN…</source>
        <translation>Pincode…</translation>
    </message>
    <message>
        <source>Give a new PIN or remove it (Ctrl+P)</source>
        <translation>Een nieuwe pincode geven of de pincode verwijderen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Gegevens exporteren…</translation>
    </message>
    <message>
        <source>Save everything held about this visitor, as a PDF or JSON (their right of access)</source>
        <translation>Alles wat over deze bezoeker bewaard wordt opslaan, als pdf of JSON (het recht op inzage)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Erase this account for good; the sessions still count under no name (admins)</source>
        <translation>Dit account definitief wissen; de sessies tellen nog mee, zonder naam (beheerders)</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Recente sessies</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Site, computer</source>
        <translation>Locatie, computer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Einde</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Type the card number or identifier.</source>
        <extracomment>The fields of the form, in the order of the tab chain; &quot;pin&quot; is the PIN typed twice. The year of birth&apos;s spin box shows &quot;Not given&quot; at this value.</extracomment>
        <translation>Typ het kaartnummer.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again.</source>
        <translation>De twee pincodes verschillen: typ de pincode opnieuw.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Kies een categorie.</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Nieuwe bezoeker</translation>
    </message>
    <message>
        <source>Edit visitor %1</source>
        <translation>Bezoeker %1 wijzigen</translation>
    </message>
    <message>
        <source>&amp;Card / identifier</source>
        <translation>&amp;Kaartnummer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegorie</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>&amp;Leeftijdsgroep</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Geboortejaar</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Geslacht</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statuut</translation>
    </message>
    <message>
        <source>Co&amp;mmune</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <source>&amp;First visit</source>
        <translation>&amp;Eerste bezoek</translation>
    </message>
    <message>
        <source>&amp;PIN (optional)</source>
        <translation>&amp;Pincode (optioneel)</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>Pincode &amp;opnieuw</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>Library card or barcode number</source>
        <translation>Bibliotheekkaart of streepjescode</translation>
    </message>
    <message>
        <source>As the visitor wants to be called</source>
        <translation>Zoals de bezoeker genoemd wil worden</translation>
    </message>
    <message>
        <source>4 to 12 digits; empty: no PIN</source>
        <translation>4 tot 12 cijfers; leeg: geen pincode</translation>
    </message>
    <message>
        <source>Only what the desk needs to know</source>
        <translation>Alleen wat de balie moet weten</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>A commune, or a postcode</source>
        <translation>Een gemeente, of een postcode</translation>
    </message>
    <message>
        <source>Instead of the age band: the band of each visit is then computed</source>
        <translation>In plaats van de leeftijdsgroep: de groep van elk bezoek wordt dan berekend</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: their first session</source>
        <translation>JJJJ-MM-DD; leeg: de eerste sessie</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>VisitorExport</name>
    <message>
        <source>Export every visitor</source>
        <translation>Alle bezoekers exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Every visitor was saved in %1.</source>
        <translation>Alle bezoekers zijn opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>VisitorTableModel</name>
    <message>
        <source>Card</source>
        <extracomment>The data role that gives the row&apos;s VisitorDetail.</extracomment>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>VisitorTexts</name>
    <message>
        <source>Adult</source>
        <translation>Volwassene</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jongere</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Werkzoekende</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>X (other)</source>
        <translation>X (ander)</translation>
    </message>
    <message>
        <source>Outside Brussels</source>
        <translation>Buiten Brussel</translation>
    </message>
    <message>
        <source>Time was up</source>
        <translation>Tijd om</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Ended by staff</source>
        <translation>Beëindigd door het personeel</translation>
    </message>
    <message>
        <source>Left idle</source>
        <translation>Te lang inactief</translation>
    </message>
    <message>
        <source>Site closing</source>
        <translation>Sluiting van de locatie</translation>
    </message>
    <message>
        <source>Computer restarted</source>
        <translation>Computer herstart</translation>
    </message>
    <message>
        <source>Locked, not back in time</source>
        <translation>Vergrendeld, niet op tijd terug</translation>
    </message>
    <message>
        <source>Computer stopped reporting</source>
        <translation>De computer meldde zich niet meer</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Kon niet starten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Disabled until %1: %2</source>
        <translation>Uitgeschakeld tot en met %1: %2</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Uitgeschakeld: %1</translation>
    </message>
    <message>
        <source>Type the card number or identifier (at most 64 characters).</source>
        <translation>Typ het kaartnummer (hoogstens 64 tekens).</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>De pincode moet 4 tot 12 cijfers tellen.</translation>
    </message>
    <message>
        <source>The name is too long (100 characters at most).</source>
        <translation>De naam is te lang (hoogstens 100 tekens).</translation>
    </message>
    <message>
        <source>This category is not known to the server any more: choose another.</source>
        <translation>De server kent deze categorie niet meer: kies een andere.</translation>
    </message>
    <message>
        <source>Choose an age band from the list.</source>
        <translation>Kies een leeftijdsgroep uit de lijst.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Kies een waarde uit de lijst.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Kies een statuut uit de lijst.</translation>
    </message>
    <message>
        <source>Choose a commune from the list, or type a postcode of 4 digits.</source>
        <translation>Kies een gemeente uit de lijst, of typ een postcode van 4 cijfers.</translation>
    </message>
    <message>
        <source>The year of birth must be a past year, from 1900.</source>
        <translation>Het geboortejaar moet een voorbij jaar zijn, vanaf 1900.</translation>
    </message>
    <message>
        <source>The first visit is a date written YYYY-MM-DD, not in the future.</source>
        <translation>Het eerste bezoek is een datum geschreven als JJJJ-MM-DD, niet in de toekomst.</translation>
    </message>
    <message>
        <source>The notes are too long (1000 characters at most).</source>
        <translation>De notities zijn te lang (hoogstens 1000 tekens).</translation>
    </message>
    <message>
        <source>Type a reason (200 characters at most).</source>
        <translation>Typ een reden (hoogstens 200 tekens).</translation>
    </message>
    <message>
        <source>The last day cannot be in the past.</source>
        <translation>De laatste dag kan niet in het verleden liggen.</translation>
    </message>
    <message>
        <source>The server refused this value.</source>
        <translation>De server heeft deze waarde geweigerd.</translation>
    </message>
    <message>
        <source>A visitor with this identifier already exists.</source>
        <translation>Er bestaat al een bezoeker met dit kaartnummer.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it again as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Het bestand is geen UTF-8-tekst: sla het opnieuw op als ‘CSV UTF-8’ en kies het opnieuw.</translation>
    </message>
    <message>
        <source>The file is empty: its first line must name the columns.</source>
        <translation>Het bestand is leeg: de eerste regel moet de kolommen noemen.</translation>
    </message>
    <message>
        <source>The first line cannot be read.</source>
        <translation>De eerste regel kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation>Deze kolom is niet bekend.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>Deze kolom komt twee keer voor.</translation>
    </message>
    <message>
        <source>The column &quot;identifier&quot; is missing.</source>
        <translation>De kolom ‘identifier’ ontbreekt.</translation>
    </message>
    <message>
        <source>%1 values on this line, but the header names %2.</source>
        <translation>%1 waarden op deze regel, maar de kopregel noemt er %2.</translation>
    </message>
    <message>
        <source>More than %1 rows: split the file.</source>
        <translation>Meer dan %1 regels: splits het bestand.</translation>
    </message>
    <message>
        <source>This line cannot be read (a quote left open?).</source>
        <translation>Deze regel kan niet gelezen worden (een aanhalingsteken dat niet gesloten is?).</translation>
    </message>
    <message>
        <source>No identifier.</source>
        <translation>Geen kaartnummer.</translation>
    </message>
    <message>
        <source>Longer than %1 characters.</source>
        <translation>Langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>Same identifier as line %1.</source>
        <translation>Hetzelfde kaartnummer als op regel %1.</translation>
    </message>
    <message>
        <source>Unknown category. Known: %1.</source>
        <translation>Onbekende categorie. Bekend: %1.</translation>
    </message>
    <message>
        <source>The age band must be one of %1.</source>
        <translation>De leeftijdsgroep moet een van deze zijn: %1.</translation>
    </message>
    <message>
        <source>Must be one of %1.</source>
        <translation>Moet een van deze waarden zijn: %1.</translation>
    </message>
    <message>
        <source>Must be 1 or 0 (yes or no).</source>
        <translation>Moet 1 of 0 zijn (ja of nee).</translation>
    </message>
    <message>
        <source>Must be a date written YYYY-MM-DD.</source>
        <translation>Moet een datum zijn in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Computer reserved from then</source>
        <translation>Computer vanaf dan gereserveerd</translation>
    </message>
    <message>
        <source>Signed in on another computer</source>
        <translation>Aangemeld op een andere computer</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>Geen resterende tijd meer</translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Visitors</source>
        <extracomment>Typing pauses this long before the search is sent. Most visitors listed for one search; more: type more.</extracomment>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>No visitor matches &quot;%1&quot;. Check the card number or the name, or create the account with New visitor (Ctrl+N).</source>
        <translation>Geen bezoeker komt overeen met ‘%1’. Controleer het kaartnummer of de naam, of maak het account aan met ‘Nieuwe bezoeker’ (Ctrl+N).</translation>
    </message>
    <message>
        <source>No visitor account yet. Create one with New visitor (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>Nog geen bezoekersaccount. Maak er een aan met Nieuwe bezoeker (Ctrl+N), of importeer een CSV-bestand (Ctrl+I).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n visitors are shown: type more to narrow the search.</source>
        <translation>
            <numerusform>De eerste bezoeker (%n) wordt getoond: typ meer om de zoekopdracht te verfijnen.</numerusform>
            <numerusform>De eerste %n bezoekers worden getoond: typ meer om de zoekopdracht te verfijnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>%n bezoeker gevonden</numerusform>
            <numerusform>%n bezoekers gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>The account of %1 was created.</source>
        <translation>Het account van %1 is aangemaakt.</translation>
    </message>
    <message>
        <source>The account of %1 was saved.</source>
        <translation>Het account van %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Bezoekers importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) imported.</source>
        <translation>
            <numerusform>%n bezoeker geïmporteerd.</numerusform>
            <numerusform>%n bezoekers geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor accounts</source>
        <translation>Bezoekersaccounts</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Card number, or part of the name (Ctrl+F)</source>
        <translation>Kaartnummer, of een deel van de naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Een bezoeker zoeken</translation>
    </message>
    <message>
        <source>Results come as you type; Enter opens the first one (Ctrl+F)</source>
        <translation>De resultaten verschijnen terwijl u typt; Enter opent het eerste (Ctrl+F)</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Nieuwe bezoeker</translation>
    </message>
    <message>
        <source>Create a visitor account (Ctrl+N)</source>
        <translation>Een bezoekersaccount aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <source>Add many accounts from a CSV file, checked before anything is saved (Ctrl+I)</source>
        <translation>Veel accounts toevoegen uit een CSV-bestand, gecontroleerd voordat er iets wordt opgeslagen (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Save every account in a CSV file (admins)</source>
        <translation>Alle accounts opslaan in een CSV-bestand (beheerders)</translation>
    </message>
    <message>
        <source>Lockouts…</source>
        <translation>Blokkeringen…</translation>
    </message>
    <message>
        <source>Cards and computers held back after too many wrong PINs or passwords</source>
        <translation>Kaarten en computers die geblokkeerd zijn na te veel foute pincodes of wachtwoorden</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Bewaring…</translation>
    </message>
    <message>
        <source>How long visitors&apos; data is kept, and the accounts to be deleted soon</source>
        <translation>Hoelang bezoekersgegevens bewaard worden, en welke accounts binnenkort verwijderd worden</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Gevonden bezoekers</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <source>Time warning</source>
        <extracomment>How long a warning stays before it hides by itself (the last minute&apos;s stays). A warning this close to the end stays until dismissed or the end. the last-minute warning, shown again when an idle warning over it is cancelled laid out by _arrange: the texts beside the icon and the button in normal text, the whole width for the detail in larger text</extracomment>
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
        <source>Save your work now.</source>
        <translation>Sla uw werk nu op.</translation>
    </message>
    <message>
        <source>Save your work now. When the time is up, your programs close.</source>
        <translation>Sla uw werk nu op. Als de tijd om is, worden uw programma&apos;s gesloten.</translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <source>Each range must start before it ends.</source>
        <translation>Elke tijdspanne moet beginnen voor ze eindigt.</translation>
    </message>
    <message>
        <source>These ranges overlap: make them follow each other.</source>
        <translation>Deze tijdspannes overlappen: laat ze op elkaar volgen.</translation>
    </message>
    <message>
        <source>Every day is closed. A site needs opening hours on at least one day; for a site that never closes, tick “Open around the clock”. To close on holidays, add closed dates.</source>
        <translation>Alle dagen zijn gesloten. Een locatie heeft op minstens één dag openingsuren nodig; vink voor een locatie die nooit sluit ‘Dag en nacht open’ aan. Voeg sluitingsdagen toe om op feestdagen te sluiten.</translation>
    </message>
    <message>
        <source>The server refused the hours of this day: check each range.</source>
        <translation>De server heeft de uren van deze dag geweigerd: controleer elke tijdspanne.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>Open around the clock (no opening hours)</source>
        <translation>Dag en nacht open (geen openingsuren)</translation>
    </message>
    <message>
        <source>Visitors can sign in only during these hours, and sessions end at closing time. A day may have several ranges, e.g. 09:00–12:30 and 13:30–18:00.</source>
        <translation>Bezoekers kunnen zich alleen tijdens deze uren aanmelden, en sessies eindigen bij sluitingstijd. Een dag kan meerdere tijdspannes hebben, bv. 09:00–12:30 en 13:30–18:00.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 gesloten</translation>
    </message>
    <message>
        <source>Add a range</source>
        <translation>Tijdspanne toevoegen</translation>
    </message>
    <message>
        <source>Add a range on %1</source>
        <translation>Een tijdspanne toevoegen voor %1</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Type a title in one language at least.</source>
        <translation>Typ een titel in minstens één taal.</translation>
    </message>
    <message>
        <source>Choose a theme.</source>
        <translation>Kies een thema.</translation>
    </message>
    <message>
        <source>Name the animateur&apos;s staff account.</source>
        <translation>Geef het personeelsaccount van de begeleider.</translation>
    </message>
    <message>
        <source>The session code is 4 to 12 letters or digits.</source>
        <translation>De sessiecode telt 4 tot 12 letters of cijfers.</translation>
    </message>
    <message>
        <source>A value is not valid: check the form and try again.</source>
        <translation>Een waarde is niet geldig: controleer het formulier en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Workshop wijzigen</translation>
    </message>
    <message>
        <source>Copy the workshop</source>
        <translation>Workshop kopiëren</translation>
    </message>
    <message>
        <source>Plan a workshop</source>
        <translation>Een workshop plannen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Titel in het %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Beschrijving in het %1</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>Lo&amp;catie</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>&amp;Animateur</source>
        <translation>&amp;Begeleider</translation>
    </message>
    <message>
        <source>Animateur&apos;s &amp;card</source>
        <translation>&amp;Kaart van de begeleider</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <source>Co&amp;mputers held</source>
        <translation>&amp;Gereserveerde computers</translation>
    </message>
    <message>
        <source>Or these c&amp;omputers</source>
        <translation>Of deze c&amp;omputers</translation>
    </message>
    <message>
        <source>&amp;Walk-ins</source>
        <translation>Zonder &amp;inschrijving</translation>
    </message>
    <message>
        <source>Session &amp;code</source>
        <translation>Sessie&amp;code</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>I&amp;nschrijving</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>&amp;Eerste datum</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>&amp;Weeks (one date a week)</source>
        <translation>&amp;Weken (één datum per week)</translation>
    </message>
    <message>
        <source>as many as the places</source>
        <translation>evenveel als de plaatsen</translation>
    </message>
    <message>
        <source>e.g. RC-01, RC-02</source>
        <translation>bv. RC-01, RC-02</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>The visitor card the animateur signs in with at a reserved computer</source>
        <translation>De bezoekerskaart waarmee de begeleider zich aanmeldt op een gereserveerde computer</translation>
    </message>
    <message>
        <source>anyone with the session code may come</source>
        <translation>iedereen met de sessiecode mag komen</translation>
    </message>
    <message>
        <source>made up when left empty</source>
        <translation>wordt aangemaakt als het leeg blijft</translation>
    </message>
    <message>
        <source>once for the whole series</source>
        <translation>één keer voor de hele reeks</translation>
    </message>
    <message>
        <source>for each date</source>
        <translation>per datum</translation>
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
        <translation>Initiatie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Leerling of student</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Werkzoekende</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Werkend</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Gepensioneerd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>WorkshopsView</name>
    <message>
        <source>Workshops</source>
        <extracomment>Computers per line in the week&apos;s cells. the staff accounts an administrator may name as animateur (staff: themselves) the selected workshop&apos;s people as last loaded (shown again on a language switch)</extracomment>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Loading the workshops…</source>
        <translation>De workshops worden geladen…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 van %2 vrij</translation>
    </message>
    <message>
        <source>No workshops this week. Plan one with New workshop (Ctrl+N).</source>
        <translation>Geen workshops deze week. Plan er een met Nieuwe workshop (Ctrl+N).</translation>
    </message>
    <message>
        <source>date %1 of %2</source>
        <translation>datum %1 van %2</translation>
    </message>
    <message>
        <source>animateur: %1</source>
        <translation>begeleider: %1</translation>
    </message>
    <message>
        <source>session code %1</source>
        <translation>sessiecode %1</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is number %2 on the waitlist.</source>
        <translation>De workshop is volzet: %1 staat als nummer %2 op de wachtlijst.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 is ingeschreven.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>De inschrijving van %1 annuleren?</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled: %2 moves up from the waitlist.</source>
        <translation>De inschrijving van %1 is geannuleerd: %2 krijgt de plaats van de wachtlijst.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled.</source>
        <translation>De inschrijving van %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>De aanwezigheidslijst opslaan</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Het attest opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>‘%1’ is saved with %n date(s).</source>
        <translation>
            <numerusform>‘%1’ is opgeslagen met %n datum.</numerusform>
            <numerusform>‘%1’ is opgeslagen met %n datums.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel ‘%1’ on %2? Its computers are free again.</source>
        <translation>‘%1’ op %2 annuleren? De computers komen weer vrij.</translation>
    </message>
    <message>
        <source>Cancel ‘%1’ and all its dates? Its computers are free again.</source>
        <translation>‘%1’ en al zijn datums annuleren? De computers komen weer vrij.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week van %1 tot %2</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <source>Plan a new workshop like the selected one, a week after its last date (Ctrl+Shift+N)</source>
        <translation>Een nieuwe workshop plannen zoals de geselecteerde, een week na de laatste datum (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Cancel the workshop and all its dates (Ctrl+Shift+Del)</source>
        <translation>De workshop en al zijn datums annuleren (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nieuwe workshop…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <source>Cancel this date</source>
        <translation>Deze datum annuleren</translation>
    </message>
    <message>
        <source>Cancel the workshop</source>
        <translation>Workshop annuleren</translation>
    </message>
    <message>
        <source>Plan a workshop or a weekly series (Ctrl+N)</source>
        <translation>Een workshop of een wekelijkse reeks plannen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected workshop (F2)</source>
        <translation>De geselecteerde workshop wijzigen (F2)</translation>
    </message>
    <message>
        <source>Cancel the selected date only (Del)</source>
        <translation>Alleen de geselecteerde datum annuleren (Del)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Workshops of the week</source>
        <translation>Workshops van de week</translation>
    </message>
</context>
<context>
    <name>WrongPin</name>
    <message numerus="yes">
        <source>Not recognised. This card is now blocked here for %n minutes. Ask at the desk.</source>
        <translation>
            <numerusform>Niet herkend. Deze kaart is nu %n minuut geblokkeerd op deze computer. Vraag het aan de balie.</numerusform>
            <numerusform>Niet herkend. Deze kaart is nu %n minuten geblokkeerd op deze computer. Vraag het aan de balie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not recognised. Careful: one more wrong PIN blocks this card here for %n minutes.</source>
        <translation>
            <numerusform>Niet herkend. Let op: nog één foute pincode en deze kaart wordt hier %n minuut geblokkeerd.</numerusform>
            <numerusform>Niet herkend. Let op: nog één foute pincode en deze kaart wordt hier %n minuten geblokkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Card number or PIN not recognised. %n tries left.</source>
        <translation>
            <numerusform>Kaartnummer of pincode niet herkend. U hebt nog %n poging.</numerusform>
            <numerusform>Kaartnummer of pincode niet herkend. U hebt nog %n pogingen.</numerusform>
        </translation>
    </message>
</context>
</TS>
