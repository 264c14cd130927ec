<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Disable the account of %1 until someone enables it again?</source>
        <translation>Disable the account of %1 until someone enables it again?</translation>
    </message>
    <message>
        <source>Disable the account of %1 through %2?</source>
        <translation>Disable the account of %1 through %2?</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>The account of %1 is disabled.</translation>
    </message>
    <message>
        <source>Let %1 sign in again?</source>
        <translation>Let %1 sign in again?</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message>
        <source>Remove the PIN of %1? They will sign in with their card number only.</source>
        <translation>Remove the PIN of %1? They will sign in with their card number only.</translation>
    </message>
    <message>
        <source>Replace the PIN of %1 with the new one?</source>
        <translation>Replace the PIN of %1 with the new one?</translation>
    </message>
    <message>
        <source>The PIN of %1 was removed.</source>
        <translation>The PIN of %1 was removed.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 has a new PIN.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>AllowanceForm</name>
    <message>
        <source>Minutes per &amp;session</source>
        <translation>Minutes per &amp;session</translation>
    </message>
    <message>
        <source>Minutes per &amp;day</source>
        <translation>Minutes per &amp;day</translation>
    </message>
    <message>
        <source>Minutes per &amp;week</source>
        <translation>Minutes per &amp;week</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>With 0 minutes, these visitors cannot sign in at all.</source>
        <translation>With 0 minutes, these visitors cannot sign in at all.</translation>
    </message>
    <message>
        <source>A session never lasts longer than what is left of the day.</source>
        <translation>A session never lasts longer than what is left of the day.</translation>
    </message>
    <message>
        <source>A day never gives more than what is left of the week.</source>
        <translation>A day never gives more than what is left of the week.</translation>
    </message>
</context>
<context>
    <name>AllowanceGrid</name>
    <message>
        <source>City-wide: %1</source>
        <translation>City-wide: %1</translation>
    </message>
    <message>
        <source>This category has no allowances of its own: it gets those of every other category.</source>
        <translation>This category has no allowances of its own: it gets those of every other category.</translation>
    </message>
    <message>
        <source>Every other category</source>
        <translation>Every other category</translation>
    </message>
    <message>
        <source>Guest (tickets)</source>
        <translation>Guest (tickets)</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <source>This site — city-wide: %1 · %2 · %3</source>
        <translation>This site — city-wide: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>This site (as every other category)</source>
        <translation>This site (as every other category)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>Inherited from the city</source>
        <translation>Inherited from the city</translation>
    </message>
    <message>
        <source>City-wide (as every other category)</source>
        <translation>City-wide (as every other category)</translation>
    </message>
    <message>
        <source>Inherited from the city (as every other category)</source>
        <translation>Inherited from the city (as every other category)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Per session</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <source>Time allowances by category</source>
        <translation>Time allowances by category</translation>
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
        <translation>Add an app</translation>
    </message>
    <message>
        <source>Change an app</source>
        <translation>Change an app</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Lower-case letters, digits, “.”, “_” and “-”, e.g. libreoffice-writer.</translation>
    </message>
    <message>
        <source>Profiles and computers name the app by its id: it cannot change.</source>
        <translation>Profiles and computers name the app by its id: it cannot change.</translation>
    </message>
    <message>
        <source>Ic&amp;on</source>
        <translation>Ic&amp;on</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icon</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>An icon name of the desktop theme (e.g. firefox) or a path on the computers.</source>
        <translation>An icon name of the desktop theme (e.g. firefox) or a path on the computers.</translation>
    </message>
    <message>
        <source>Name shown to visitors</source>
        <translation>Name shown to visitors</translation>
    </message>
    <message>
        <source>At least one. Visitors see the name in their language, else in French.</source>
        <translation>At least one. Visitors see the name in their language, else in French.</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;French</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>French name</translation>
    </message>
    <message>
        <source>&amp;Dutch</source>
        <translation>&amp;Dutch</translation>
    </message>
    <message>
        <source>Dutch name</source>
        <translation>Dutch name</translation>
    </message>
    <message>
        <source>E&amp;nglish</source>
        <translation>E&amp;nglish</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>At least one. A computer only offers the app if it has a command for it.</source>
        <translation>At least one. A computer only offers the app if it has a command for it.</translation>
    </message>
    <message>
        <source>&amp;Linux</source>
        <translation>&amp;Linux</translation>
    </message>
    <message>
        <source>Command on Linux</source>
        <translation>Command on Linux</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Windows</translation>
    </message>
    <message>
        <source>Command on Windows</source>
        <translation>Command on Windows</translation>
    </message>
    <message>
        <source>&amp;Programs the app may start</source>
        <translation>&amp;Programs the app may start</translation>
    </message>
    <message>
        <source>Programs the app may start</source>
        <translation>Programs the app may start</translation>
    </message>
    <message>
        <source>One per line: process names or paths (e.g. firefox, firefox.exe). During a session the computer stops any other program.</source>
        <translation>One per line: process names or paths (e.g. firefox, firefox.exe). During a session the computer stops any other program.</translation>
    </message>
    <message>
        <source>Give the app a name in one language at least.</source>
        <translation>Give the app a name in one language at least.</translation>
    </message>
    <message>
        <source>Give the command line for Linux or Windows.</source>
        <translation>Give the command line for Linux or Windows.</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter or a digit.</source>
        <translation>Use 1 to 64 lower-case letters, digits, “.”, “_” or “-”, starting with a letter or a digit.</translation>
    </message>
    <message>
        <source>Another app has this id already. Choose another id.</source>
        <translation>Another app has this id already. Choose another id.</translation>
    </message>
    <message>
        <source>The server refused the app: it needs a name in one language at least and a command line.</source>
        <translation>The server refused the app: it needs a name in one language at least and a command line.</translation>
    </message>
    <message>
        <source>The icon may have up to 300 characters.</source>
        <translation>The icon may have up to 300 characters.</translation>
    </message>
    <message>
        <source>A name may have up to 100 characters.</source>
        <translation>A name may have up to 100 characters.</translation>
    </message>
    <message>
        <source>A command line may have up to 1000 characters.</source>
        <translation>A command line may have up to 1000 characters.</translation>
    </message>
    <message>
        <source>Up to 50 programs, each a name or path of up to 260 characters.</source>
        <translation>Up to 50 programs, each a name or path of up to 260 characters.</translation>
    </message>
    <message>
        <source>The server refused a value. Check the form.</source>
        <translation>The server refused a value. Check the form.</translation>
    </message>
</context>
<context>
    <name>AppsPanel</name>
    <message>
        <source>none</source>
        <extracomment>Columns: id (with the icon), a name per language, a command per platform, processes, profiles. What the pane under the table says of the selected app, whole.</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>App “%1” added.</source>
        <translation>App “%1” added.</translation>
    </message>
    <message>
        <source>App “%1” saved.</source>
        <translation>App “%1” saved.</translation>
    </message>
    <message>
        <source>Delete the app “%1”?</source>
        <translation>Delete the app “%1”?</translation>
    </message>
    <message>
        <source>It is taken out of these profiles: %1. Visitors of these profiles no longer see it.</source>
        <translation>It is taken out of these profiles: %1. Visitors of these profiles no longer see it.</translation>
    </message>
    <message>
        <source>No profile uses it.</source>
        <translation>No profile uses it.</translation>
    </message>
    <message>
        <source>Its usage statistics are kept.</source>
        <translation>Its usage statistics are kept.</translation>
    </message>
    <message>
        <source>App “%1” deleted.</source>
        <translation>App “%1” deleted.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Id, name, command or program (Ctrl+F)</source>
        <translation>Id, name, command or program (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an app</source>
        <translation>Find an app</translation>
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
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
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
        <translation>Programs</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Command on Linux:</source>
        <translation>Command on Linux:</translation>
    </message>
    <message>
        <source>Command on Windows:</source>
        <translation>Command on Windows:</translation>
    </message>
    <message>
        <source>Programs allowed:</source>
        <translation>Programs allowed:</translation>
    </message>
    <message>
        <source>In the profiles:</source>
        <translation>In the profiles:</translation>
    </message>
    <message>
        <source>&amp;Add app…</source>
        <translation>&amp;Add app…</translation>
    </message>
    <message>
        <source>Add an app to the catalogue (Ctrl+N)</source>
        <translation>Add an app to the catalogue (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Open the selected app (Enter or double-click)</source>
        <translation>Open the selected app (Enter or double-click)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete the selected app (Delete)</source>
        <translation>Delete the selected app (Delete)</translation>
    </message>
    <message>
        <source>No app in the catalogue yet. Add one with “Add app…” (Ctrl+N).</source>
        <translation>No app in the catalogue yet. Add one with “Add app…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No app in the catalogue yet. An administrator adds them.</source>
        <translation>No app in the catalogue yet. An administrator adds them.</translation>
    </message>
</context>
<context>
    <name>AssignBox</name>
    <message>
        <source>Every site (city-wide)</source>
        <translation>Every site (city-wide)</translation>
    </message>
    <message>
        <source>Nobody yet: give it with the form below.</source>
        <translation>Nobody yet: give it with the form below.</translation>
    </message>
    <message>
        <source>Visitor %1 (their own profile)</source>
        <translation>Visitor %1 (their own profile)</translation>
    </message>
    <message>
        <source>every site</source>
        <translation>every site</translation>
    </message>
    <message>
        <source>Everyone, by default — %1</source>
        <translation>Everyone, by default — %1</translation>
    </message>
    <message>
        <source>Category %1 — %2</source>
        <translation>Category %1 — %2</translation>
    </message>
    <message>
        <source>Only an administrator takes back a profile given city-wide.</source>
        <translation>Only an administrator takes back a profile given city-wide.</translation>
    </message>
    <message>
        <source>Take back the selected row</source>
        <translation>Take back the selected row</translation>
    </message>
    <message>
        <source>Type the visitor&apos;s card number or identifier.</source>
        <translation>Type the visitor&apos;s card number or identifier.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Profile “%1” taken back.</source>
        <translation>Profile “%1” taken back.</translation>
    </message>
    <message>
        <source>Profile “%1” given.</source>
        <translation>Profile “%1” given.</translation>
    </message>
    <message>
        <source>No visitor has this identifier (guest tickets cannot have one).</source>
        <translation>No visitor has this identifier (guest tickets cannot have one).</translation>
    </message>
    <message>
        <source>You may give profiles only at your own sites.</source>
        <translation>You may give profiles only at your own sites.</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Take &amp;back</source>
        <translation>Take &amp;back</translation>
    </message>
    <message>
        <source>&amp;Give to</source>
        <translation>&amp;Give to</translation>
    </message>
    <message>
        <source>A visitor category</source>
        <translation>A visitor category</translation>
    </message>
    <message>
        <source>Everyone (default profile)</source>
        <translation>Everyone (default profile)</translation>
    </message>
    <message>
        <source>One visitor</source>
        <translation>One visitor</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>&amp;Visitor</translation>
    </message>
    <message>
        <source>Card number or identifier</source>
        <translation>Card number or identifier</translation>
    </message>
    <message>
        <source>G&amp;ive</source>
        <translation>G&amp;ive</translation>
    </message>
    <message>
        <source>Give the profile as the form says (Enter in the visitor field)</source>
        <translation>Give the profile as the form says (Enter in the visitor field)</translation>
    </message>
    <message>
        <source>Which profiles a visitor gets: their own first; else their category&apos;s at the site, then city-wide; else the default ones.</source>
        <translation>Which profiles a visitor gets: their own first; else their category&apos;s at the site, then city-wide; else the default ones.</translation>
    </message>
    <message>
        <source>“%1” is given to</source>
        <translation>“%1” is given to</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Done by the server itself or with the epn command on the server</source>
        <translation>Done by the server itself or with the epn command on the server</translation>
    </message>
    <message>
        <source>Signed in to the console</source>
        <extracomment>Keys never shown, even though the server already keeps secrets out of the log.</extracomment>
        <translation>Signed in to the console</translation>
    </message>
    <message>
        <source>Signed in on a computer&apos;s staff panel</source>
        <translation>Signed in on a computer&apos;s staff panel</translation>
    </message>
    <message>
        <source>Extended a session</source>
        <translation>Extended a session</translation>
    </message>
    <message>
        <source>Ended a session</source>
        <translation>Ended a session</translation>
    </message>
    <message>
        <source>Set a session&apos;s time left</source>
        <translation>Set a session&apos;s time left</translation>
    </message>
    <message>
        <source>Sent a message to a computer</source>
        <translation>Sent a message to a computer</translation>
    </message>
    <message>
        <source>Locked a computer</source>
        <translation>Locked a computer</translation>
    </message>
    <message>
        <source>Unlocked a computer</source>
        <translation>Unlocked a computer</translation>
    </message>
    <message>
        <source>Put a computer out of order</source>
        <translation>Put a computer out of order</translation>
    </message>
    <message>
        <source>Put a computer back in service</source>
        <translation>Put a computer back in service</translation>
    </message>
    <message>
        <source>Signed a visitor in from the desk</source>
        <translation>Signed a visitor in from the desk</translation>
    </message>
    <message>
        <source>Answered a call for the desk</source>
        <translation>Answered a call for the desk</translation>
    </message>
    <message>
        <source>Lifted a sign-in lockout</source>
        <translation>Lifted a sign-in lockout</translation>
    </message>
    <message>
        <source>Issued an enrolment code for a site&apos;s computers</source>
        <translation>Issued an enrolment code for a site&apos;s computers</translation>
    </message>
    <message>
        <source>Opened a computer for maintenance</source>
        <translation>Opened a computer for maintenance</translation>
    </message>
    <message>
        <source>Stopped the kiosk program for maintenance</source>
        <translation>Stopped the kiosk program for maintenance</translation>
    </message>
    <message>
        <source>Added a computer</source>
        <translation>Added a computer</translation>
    </message>
    <message>
        <source>Changed the apps of a computer</source>
        <translation>Changed the apps of a computer</translation>
    </message>
    <message>
        <source>Issued an enrolment code for a computer</source>
        <translation>Issued an enrolment code for a computer</translation>
    </message>
    <message>
        <source>Enrolled a computer</source>
        <translation>Enrolled a computer</translation>
    </message>
    <message>
        <source>Revoked a computer&apos;s access</source>
        <translation>Revoked a computer&apos;s access</translation>
    </message>
    <message>
        <source>Created guest tickets</source>
        <translation>Created guest tickets</translation>
    </message>
    <message>
        <source>Added a visitor</source>
        <translation>Added a visitor</translation>
    </message>
    <message>
        <source>Edited a visitor</source>
        <translation>Edited a visitor</translation>
    </message>
    <message>
        <source>Disabled a visitor&apos;s account</source>
        <translation>Disabled a visitor&apos;s account</translation>
    </message>
    <message>
        <source>Enabled a visitor&apos;s account</source>
        <translation>Enabled a visitor&apos;s account</translation>
    </message>
    <message>
        <source>Changed a visitor&apos;s PIN</source>
        <translation>Changed a visitor&apos;s PIN</translation>
    </message>
    <message>
        <source>Imported visitors</source>
        <translation>Imported visitors</translation>
    </message>
    <message>
        <source>Exported the visitors</source>
        <translation>Exported the visitors</translation>
    </message>
    <message>
        <source>Added a site</source>
        <translation>Added a site</translation>
    </message>
    <message>
        <source>Changed a site&apos;s opening hours</source>
        <translation>Changed a site&apos;s opening hours</translation>
    </message>
    <message>
        <source>Changed a site&apos;s texts</source>
        <translation>Changed a site&apos;s texts</translation>
    </message>
    <message>
        <source>Changed a site&apos;s ready-made messages</source>
        <translation>Changed a site&apos;s ready-made messages</translation>
    </message>
    <message>
        <source>Changed a site&apos;s minutes for bookings and the queue</source>
        <translation>Changed a site&apos;s minutes for bookings and the queue</translation>
    </message>
    <message>
        <source>Booked computers</source>
        <translation>Booked computers</translation>
    </message>
    <message>
        <source>Cancelled a booking</source>
        <translation>Cancelled a booking</translation>
    </message>
    <message>
        <source>A visitor took up a booked computer</source>
        <translation>A visitor took up a booked computer</translation>
    </message>
    <message>
        <source>Released a booked computer not taken up in time</source>
        <translation>Released a booked computer not taken up in time</translation>
    </message>
    <message>
        <source>Released a computer held for the queue, not taken up in time</source>
        <translation>Released a computer held for the queue, not taken up in time</translation>
    </message>
    <message>
        <source>Gave a queue number</source>
        <translation>Gave a queue number</translation>
    </message>
    <message>
        <source>Called a queue number to a computer</source>
        <translation>Called a queue number to a computer</translation>
    </message>
    <message>
        <source>Cancelled a queue number</source>
        <translation>Cancelled a queue number</translation>
    </message>
    <message>
        <source>Moved a queue number to the end of the line</source>
        <translation>Moved a queue number to the end of the line</translation>
    </message>
    <message>
        <source>Marked a queue number as served</source>
        <translation>Marked a queue number as served</translation>
    </message>
    <message>
        <source>Changed a site&apos;s no-show rule</source>
        <translation>Changed a site&apos;s no-show rule</translation>
    </message>
    <message>
        <source>Changed a site&apos;s public page</source>
        <translation>Changed a site's public page</translation>
    </message>
    <message>
        <source>Changed a site&apos;s logo</source>
        <translation>Changed a site's logo</translation>
    </message>
    <message>
        <source>Started a class</source>
        <translation>Started a class</translation>
    </message>
    <message>
        <source>Ended a class</source>
        <translation>Ended a class</translation>
    </message>
    <message>
        <source>Erased a visitor&apos;s account</source>
        <translation>Erased a visitor's account</translation>
    </message>
    <message>
        <source>Applied the retention periods (old usage made anonymous)</source>
        <translation>Applied the retention periods (old usage made anonymous)</translation>
    </message>
    <message>
        <source>Planned a workshop</source>
        <translation>Planned a workshop</translation>
    </message>
    <message>
        <source>Edited a workshop</source>
        <translation>Edited a workshop</translation>
    </message>
    <message>
        <source>Cancelled a workshop or one of its dates</source>
        <translation>Cancelled a workshop or one of its dates</translation>
    </message>
    <message>
        <source>Registered someone for a workshop</source>
        <translation>Registered someone for a workshop</translation>
    </message>
    <message>
        <source>Cancelled a registration for a workshop</source>
        <translation>Cancelled a registration for a workshop</translation>
    </message>
    <message>
        <source>Moved someone from a workshop&apos;s waiting list to a place</source>
        <translation>Moved someone from a workshop&apos;s waiting list to a place</translation>
    </message>
    <message>
        <source>Marked attendance at a workshop</source>
        <translation>Marked attendance at a workshop</translation>
    </message>
    <message>
        <source>Added or renamed a workshop theme</source>
        <translation>Added or renamed a workshop theme</translation>
    </message>
    <message>
        <source>Removed a workshop theme</source>
        <translation>Removed a workshop theme</translation>
    </message>
    <message>
        <source>Changed a time policy</source>
        <translation>Changed a time policy</translation>
    </message>
    <message>
        <source>Removed a time policy</source>
        <translation>Removed a time policy</translation>
    </message>
    <message>
        <source>Changed session rules</source>
        <translation>Changed session rules</translation>
    </message>
    <message>
        <source>Removed session rules</source>
        <translation>Removed session rules</translation>
    </message>
    <message>
        <source>Added an app profile</source>
        <translation>Added an app profile</translation>
    </message>
    <message>
        <source>Removed an app profile</source>
        <translation>Removed an app profile</translation>
    </message>
    <message>
        <source>Changed the apps of a profile</source>
        <translation>Changed the apps of a profile</translation>
    </message>
    <message>
        <source>Gave an app profile</source>
        <translation>Gave an app profile</translation>
    </message>
    <message>
        <source>Took back an app profile</source>
        <translation>Took back an app profile</translation>
    </message>
    <message>
        <source>Added an app to the catalogue</source>
        <translation>Added an app to the catalogue</translation>
    </message>
    <message>
        <source>Changed an app of the catalogue</source>
        <translation>Changed an app of the catalogue</translation>
    </message>
    <message>
        <source>Removed an app from the catalogue</source>
        <translation>Removed an app from the catalogue</translation>
    </message>
    <message>
        <source>Added a visitor category</source>
        <translation>Added a visitor category</translation>
    </message>
    <message>
        <source>Added a staff account</source>
        <translation>Added a staff account</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Changed their own password</translation>
    </message>
    <message>
        <source>Reset a staff member&apos;s password</source>
        <translation>Reset a staff member&apos;s password</translation>
    </message>
    <message>
        <source>Set a staff PIN</source>
        <translation>Set a staff PIN</translation>
    </message>
    <message>
        <source>Removed a staff PIN</source>
        <translation>Removed a staff PIN</translation>
    </message>
    <message>
        <source>Actions on sessions and computers</source>
        <translation>Actions on sessions and computers</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Guest tickets</source>
        <translation>Guest tickets</translation>
    </message>
    <message>
        <source>Visitor accounts</source>
        <translation>Visitor accounts</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Sites and opening hours</source>
        <translation>Sites and opening hours</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Queue at the desk</source>
        <translation>Queue at the desk</translation>
    </message>
    <message>
        <source>Time policies</source>
        <translation>Time policies</translation>
    </message>
    <message>
        <source>Session rules</source>
        <translation>Session rules</translation>
    </message>
    <message>
        <source>App profiles</source>
        <translation>App profiles</translation>
    </message>
    <message>
        <source>App catalogue</source>
        <translation>App catalogue</translation>
    </message>
    <message>
        <source>Visitor categories</source>
        <translation>Visitor categories</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Visitor no. %1</source>
        <translation>Visitor no. %1</translation>
    </message>
    <message>
        <source>Staff account %1</source>
        <translation>Staff account %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profile %1</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation>Policy of %1</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>Rules of %1</translation>
    </message>
    <message>
        <source>Queue number %1</source>
        <translation>Queue number %1</translation>
    </message>
    <message>
        <source>All visitors</source>
        <translation>All visitors</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>computer</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visitor</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>exceptional days</source>
        <translation>exceptional days</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>apps</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profiles</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>disabled until</source>
        <translation>disabled until</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>at the computer</source>
        <translation>at the computer</translation>
    </message>
    <message>
        <source>sign-ins ended</source>
        <translation>sign-ins ended</translation>
    </message>
    <message>
        <source>command no.</source>
        <translation>command no.</translation>
    </message>
    <message>
        <source>session no.</source>
        <translation>session no.</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>minutes per day</source>
        <translation>minutes per day</translation>
    </message>
    <message>
        <source>minutes per week</source>
        <translation>minutes per week</translation>
    </message>
    <message>
        <source>minutes per session</source>
        <translation>minutes per session</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation>year of birth</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) added</source>
        <translation>
            <numerusform>%n minute added</numerusform>
            <numerusform>%n minutes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) of %1 min</source>
        <translation>
            <numerusform>%n ticket of %1 min</numerusform>
            <numerusform>%n tickets of %1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>before: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>after: %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log</source>
        <extracomment>Widest the columns open (a longer text wraps; staff can widen them); the details take what is left. The time is never wrapped: its widest form (&quot;07/12/2026 17.39 uur&quot;) fits.</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Action code</translation>
    </message>
    <message>
        <source>Full details</source>
        <translation>Full details</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Loading the audit log…</translation>
    </message>
    <message>
        <source>No loaded entry contains this text. Clear the filter to see them all.</source>
        <translation>No loaded entry contains this text. Clear the filter to see them all.</translation>
    </message>
    <message>
        <source>No entries about the site chosen at the top. Choose all sites there to see the others.</source>
        <translation>No entries about the site chosen at the top. Choose all sites there to see the others.</translation>
    </message>
    <message>
        <source>No entries for these dates and filters. Choose earlier dates, everyone or all actions.</source>
        <translation>No entries for these dates and filters. Choose earlier dates, everyone or all actions.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Kind of action</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the newest entries again (F5)</source>
        <translation>Load the newest entries again (F5)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;ilter</translation>
    </message>
    <message>
        <source>Computer, visitor, word in the details…</source>
        <translation>Computer, visitor, word in the details…</translation>
    </message>
    <message>
        <source>Filter the rows shown</source>
        <translation>Filter the rows shown</translation>
    </message>
    <message>
        <source>Narrow the rows already loaded (Ctrl+F)</source>
        <translation>Narrow the rows already loaded (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the audit rows</source>
        <translation>Filter the audit rows</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Load older entries</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (Ctrl+Shift+S)</source>
        <translation>Save the rows shown as a CSV file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
</context>
<context>
    <name>AwayScreen</name>
    <message>
        <source>Your time keeps running: %1 left.</source>
        <extracomment>The card&apos;s widest, in letters of the screen&apos;s text: 820 px in normal text, more in large. the field, and the button beside it in larger text (a line less: it fits 1024×768)</extracomment>
        <translation>Your time keeps running: %1 left.</translation>
    </message>
    <message>
        <source>The session ends in %1 if you do not come back.</source>
        <translation>The session ends in %1 if you do not come back.</translation>
    </message>
    <message>
        <source>Type your PIN or card number first.</source>
        <translation>Type your PIN or card number first.</translation>
    </message>
    <message numerus="yes">
        <source>This is not your PIN or card number. %n more try(s), then the session ends.</source>
        <translation>
            <numerusform>This is not your PIN or card number. %n more try, then the session ends.</numerusform>
            <numerusform>This is not your PIN or card number. %n more tries, then the session ends.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is locked</source>
        <translation>This computer is locked</translation>
    </message>
    <message>
        <source>Type your PIN or card number to unlock</source>
        <translation>Type your PIN or card number to unlock</translation>
    </message>
    <message>
        <source>Your PIN or card number</source>
        <translation>Your PIN or card number</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Booked: %1.</source>
        <translation>Booked: %1.</translation>
    </message>
    <message>
        <source>Give the group a label, for example its class.</source>
        <translation>Give the group a label, for example its class.</translation>
    </message>
    <message>
        <source>A session code has 4 to 12 letters or digits.</source>
        <translation>A session code has 4 to 12 letters or digits.</translation>
    </message>
    <message>
        <source>Check the form: something cannot be booked as typed.</source>
        <translation>Check the form: something cannot be booked as typed.</translation>
    </message>
    <message>
        <source>The computers are kept for the whole time. The cards listed sign in on them; with a session code, anyone who types it does.</source>
        <translation>The computers are kept for the whole time. The cards listed sign in on them; with a session code, anyone who types it does.</translation>
    </message>
    <message>
        <source>Times at %1&apos;s clock. The computer waits %2 min after the start for the visitor&apos;s card; then it is free again.</source>
        <translation>Times at %1&apos;s clock. The computer waits %2 min after the start for the visitor&apos;s card; then it is free again.</translation>
    </message>
    <message>
        <source>Times at %1&apos;s clock.</source>
        <translation>Times at %1&apos;s clock.</translation>
    </message>
    <message>
        <source>Book computers for a group</source>
        <translation>Book computers for a group</translation>
    </message>
    <message>
        <source>A class or a group on several computers of %1.</source>
        <translation>A class or a group on several computers of %1.</translation>
    </message>
    <message>
        <source>Book a computer</source>
        <translation>Book a computer</translation>
    </message>
    <message>
        <source>One computer of %1 for one visitor.</source>
        <translation>One computer of %1 for one visitor.</translation>
    </message>
    <message>
        <source>Visitor&apos;s &amp;card</source>
        <translation>Visitor&apos;s &amp;card</translation>
    </message>
    <message>
        <source>Co&amp;mputer</source>
        <translation>Co&amp;mputer</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>C&amp;hosen computers</source>
        <translation>C&amp;hosen computers</translation>
    </message>
    <message>
        <source>Visitors&apos; ca&amp;rds</source>
        <translation>Visitors&apos; ca&amp;rds</translation>
    </message>
    <message>
        <source>Session c&amp;ode</source>
        <translation>Session c&amp;ode</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Any free, how many:</source>
        <translation>Any free, how many:</translation>
    </message>
    <message>
        <source>How many computers</source>
        <translation>How many computers</translation>
    </message>
    <message>
        <source>These:</source>
        <translation>These:</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>For example: Classe 5B</source>
        <translation>For example: Class 5B</translation>
    </message>
    <message>
        <source>One card number a line (optional)</source>
        <translation>One card number a line (optional)</translation>
    </message>
    <message>
        <source>Visitors&apos; cards</source>
        <translation>Visitors&apos; cards</translation>
    </message>
    <message>
        <source>4 to 12 letters or digits (optional)</source>
        <translation>4 to 12 letters or digits (optional)</translation>
    </message>
    <message>
        <source>Make one up</source>
        <translation>Make one up</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
</context>
<context>
    <name>BookingsDialog</name>
    <message>
        <source>The bookings could not be loaded: %1</source>
        <translation>The bookings could not be loaded: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Cancel the booking of %1, %2? The computers are free again.</source>
        <translation>Cancel the booking of %1, %2? The computers are free again.</translation>
    </message>
    <message>
        <source>Booking cancelled.</source>
        <translation>Booking cancelled.</translation>
    </message>
    <message>
        <source>Bookings of %1</source>
        <translation>Bookings of %1</translation>
    </message>
    <message>
        <source>Today&apos;s and upcoming bookings of %1, at the site&apos;s clock.</source>
        <translation>Today&apos;s and upcoming bookings of %1, at the site&apos;s clock.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>No booking today or later.</source>
        <translation>No booking today or later.</translation>
    </message>
    <message>
        <source>&amp;Book a computer…</source>
        <translation>&amp;Book a computer…</translation>
    </message>
    <message>
        <source>Book for a &amp;group…</source>
        <translation>Book for a &amp;group…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Cancel booking…</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Apps and profiles</source>
        <extracomment>The names of the member&apos;s sites (admins: all), where they may give profiles.</extracomment>
        <translation>Apps and profiles</translation>
    </message>
    <message>
        <source>Read only: only administrators change the apps and the apps of the profiles. You can give profiles at your own sites or to a visitor, and limit the apps of your sites&apos; computers.</source>
        <translation>Read only: only administrators change the apps and the apps of the profiles. You can give profiles at your own sites or to a visitor, and limit the apps of your sites&apos; computers.</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>The apps visitors can open</source>
        <translation>The apps visitors can open</translation>
    </message>
    <message>
        <source>Sets of apps, and whom they are given to</source>
        <translation>Sets of apps, and whom they are given to</translation>
    </message>
    <message>
        <source>Limit the apps of one computer</source>
        <translation>Limit the apps of one computer</translation>
    </message>
</context>
<context>
    <name>CharterEditor</name>
    <message>
        <source>Visitors accept the &amp;charter</source>
        <translation>Visitors accept the &amp;charter</translation>
    </message>
    <message>
        <source>Whether visitors accept the charter</source>
        <translation>Whether visitors accept the charter</translation>
    </message>
    <message>
        <source>Automatically: once a day when the site has a charter text</source>
        <translation>Automatically: once a day when the site has a charter text</translation>
    </message>
    <message>
        <source>Yes, once a day before their first session</source>
        <translation>Yes, once a day before their first session</translation>
    </message>
    <message>
        <source>No, never asked</source>
        <translation>No, never asked</translation>
    </message>
    <message>
        <source>Guests with a ticket accept it at every session.</source>
        <translation>Guests with a ticket accept it at every session.</translation>
    </message>
</context>
<context>
    <name>CharterScreen</name>
    <message>
        <source>The rules of this place</source>
        <extracomment>side by side; one under the other in larger text (accepting first), see _fit_look</extracomment>
        <translation>The rules of this place</translation>
    </message>
    <message>
        <source>The rules are not written in your language yet. Ask the staff if you need help.</source>
        <translation>The rules are not written in your language yet. Ask the staff if you need help.</translation>
    </message>
    <message>
        <source>Please read them. To use a computer here, you need to accept them.</source>
        <translation>Please read them. To use a computer here, you need to accept them.</translation>
    </message>
    <message>
        <source>I accept the rules</source>
        <translation>I accept the rules</translation>
    </message>
    <message>
        <source>No, I refuse</source>
        <translation>No, I refuse</translation>
    </message>
</context>
<context>
    <name>ClassBar</name>
    <message numerus="yes">
        <source>Sent to %n computer(s) of the class.</source>
        <translation>
            <numerusform>Sent to %n computer of the class.</numerusform>
            <numerusform>Sent to %n computers of the class.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message to the class</source>
        <translation>Message to the class</translation>
    </message>
    <message>
        <source>Message shown on every computer of the class:</source>
        <translation>Message shown on every computer of the class:</translation>
    </message>
    <message>
        <source>End the class “%1”? Every pupil&apos;s session on its computers ends now.</source>
        <translation>End the class “%1”? Every pupil&apos;s session on its computers ends now.</translation>
    </message>
    <message>
        <source>The class is over: its computers are free.</source>
        <translation>The class is over: its computers are free.</translation>
    </message>
    <message>
        <source>Start a class…</source>
        <translation>Start a class…</translation>
    </message>
    <message>
        <source>Lock all</source>
        <translation>Lock all</translation>
    </message>
    <message>
        <source>Unlock all</source>
        <translation>Unlock all</translation>
    </message>
    <message>
        <source>Message to all…</source>
        <translation>Message to all…</translation>
    </message>
    <message>
        <source>+%1 min for all</source>
        <translation>+%1 min for all</translation>
    </message>
    <message>
        <source>End the class</source>
        <translation>End the class</translation>
    </message>
    <message>
        <source>No class running.</source>
        <translation>No class running.</translation>
    </message>
    <message>
        <source>Class “%1” until %2 on %3</source>
        <translation>Class “%1” until %2 on %3</translation>
    </message>
</context>
<context>
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
        <extracomment>The bar&apos;s height at text ×1 on a 1280 px screen (two rows); ``SessionBar.bar_height`` is the height at its own width and text scale. The greeting keeps at least this width (at text ×1), and as much as it needs to show whole on the first row&apos;s two lines, before the session&apos;s buttons go on a row of their own. Room kept around the collapsed clock, right of the screen. How long a note (the staff added time, a program did not start) stays before the greeting comes back. Sizes at text ×1, in pixels; each is multiplied by the text scale (set_text_scale).</extracomment>
        <translation>End session</translation>
    </message>
    <message>
        <source>End your session now? Your open programs will be closed.</source>
        <translation>End your session now? Your open programs will be closed.</translation>
    </message>
    <message>
        <source>Yes, end my session</source>
        <translation>Yes, end my session</translation>
    </message>
    <message>
        <source>No, keep working</source>
        <translation>No, keep working</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsoleMessages</name>
    <message>
        <source>The server cannot be reached. Check the network, then try again.</source>
        <translation>The server cannot be reached. Check the network, then try again.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, then try again.</source>
        <translation>Too many tries. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Type your username and password.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Try again.</source>
        <translation>Sign-in did not work. Try again.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again, or call the IT helpdesk.</source>
        <translation>Something went wrong. Try again, or call the IT helpdesk.</translation>
    </message>
    <message>
        <source>Type the address of the server.</source>
        <translation>Type the address of the server.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>This computer has no session running.</source>
        <translation>This computer has no session running.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Nothing was changed; try again.</source>
        <translation>The server cannot be reached. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>This session already ends at closing time, %1.</source>
        <translation>This session already ends at closing time, %1.</translation>
    </message>
    <message>
        <source>You may not do this at this site.</source>
        <translation>You may not do this at this site.</translation>
    </message>
    <message>
        <source>This is not known to the server any more.</source>
        <translation>This is not known to the server any more.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <extracomment>now, as an aware time (tests freeze it); what day it is comes from :meth:`today`</extracomment>
        <translation>Your sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <source>The server refused a value. Check the form and try again.</source>
        <translation>The server refused a value. Check the form and try again.</translation>
    </message>
    <message>
        <source>No visitor has this identifier.</source>
        <translation>No visitor has this identifier.</translation>
    </message>
    <message>
        <source>This visitor&apos;s account is disabled.</source>
        <translation>This visitor&apos;s account is disabled.</translation>
    </message>
    <message>
        <source>This visitor has no computer time left.</source>
        <translation>This visitor has no computer time left.</translation>
    </message>
    <message>
        <source>The site is closed now.</source>
        <translation>The site is closed now.</translation>
    </message>
    <message>
        <source>This visitor is already signed in on another computer.</source>
        <translation>This visitor is already signed in on another computer.</translation>
    </message>
    <message>
        <source>This computer is offline.</source>
        <translation>This computer is offline.</translation>
    </message>
    <message>
        <source>Someone is already using this computer.</source>
        <translation>Someone is already using this computer.</translation>
    </message>
    <message>
        <source>This computer is out of order.</source>
        <translation>This computer is out of order.</translation>
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation>The server refused this action.</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose another folder.</source>
        <translation>%1 could not be written. Choose another folder.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>EPN console</source>
        <translation>EPN console</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>Set when the program shuts down (signal, end of the demo): nothing is asked.</extracomment>
        <translation>All sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>All my sites</translation>
    </message>
    <message>
        <source>Changes in %1 are not saved. Close the console and lose them?</source>
        <translation>Changes in %1 are not saved. Close the console and lose them?</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
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
        <translation>The server cannot be reached. Reconnecting… The screen shows the last known state; actions are not sent until the connection is back.</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
</context>
<context>
    <name>CoverWindow</name>
    <message>
        <source>Public computer</source>
        <extracomment>How often the kiosk&apos;s windows are raised again over the visitor&apos;s (milliseconds). The screen height the kiosk&apos;s sizes are drawn for; taller screens scale up, to this much.</extracomment>
        <translation>Public computer</translation>
    </message>
    <message>
        <source>Please use the main screen.</source>
        <translation>Please use the main screen.</translation>
    </message>
</context>
<context>
    <name>DatesEditor</name>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 is already closed.</translation>
    </message>
    <message>
        <source>%1 has special hours: remove them first.</source>
        <translation>%1 has special hours: remove them first.</translation>
    </message>
    <message>
        <source>The list is full: remove past dates first.</source>
        <translation>The list is full: remove past dates first.</translation>
    </message>
    <message>
        <source>Type the hours as ranges separated by commas, each starting before it ends and without overlap, e.g. 10:00-13:00, 14:00-16:00.</source>
        <translation>Type the hours as ranges separated by commas, each starting before it ends and without overlap, e.g. 10:00-13:00, 14:00-16:00.</translation>
    </message>
    <message>
        <source>%1 is a closed date: remove it from the closed dates first.</source>
        <translation>%1 is a closed date: remove it from the closed dates first.</translation>
    </message>
    <message>
        <source>The server refused %1: check it and try again.</source>
        <translation>The server refused %1: check it and try again.</translation>
    </message>
    <message>
        <source>This date is past.</source>
        <translation>This date is past.</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Closed dates</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No closed date. Add public holidays and closures below: visitors cannot sign in on those days.</source>
        <translation>No closed date. Add public holidays and closures below: visitors cannot sign in on those days.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Closed date</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>optional, e.g. public holiday</source>
        <translation>optional, e.g. public holiday</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Add closed date</source>
        <translation>Add closed date</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected closed date (Del)</source>
        <translation>Remove the selected closed date (Del)</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>Special hours</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>No special hours. A date added here opens at these hours instead of its weekday&apos;s.</source>
        <translation>No special hours. A date added here opens at these hours instead of its weekday&apos;s.</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>Date with special hours</source>
        <translation>Date with special hours</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>e.g. 10:00-13:00, 14:00-16:00</source>
        <translation>e.g. 10:00-13:00, 14:00-16:00</translation>
    </message>
    <message>
        <source>Special hours of that date</source>
        <translation>Special hours of that date</translation>
    </message>
    <message>
        <source>Add special hours</source>
        <translation>Add special hours</translation>
    </message>
    <message>
        <source>Remove the selected special hours (Del)</source>
        <translation>Remove the selected special hours (Del)</translation>
    </message>
</context>
<context>
    <name>DeskCall</name>
    <message>
        <source>The desk has been told. Someone will come to help you.</source>
        <translation>The desk has been told. Someone will come to help you.</translation>
    </message>
    <message>
        <source>Someone from the desk is coming.</source>
        <translation>Someone from the desk is coming.</translation>
    </message>
    <message>
        <source>The call did not go through. Please go to the desk.</source>
        <translation>The call did not go through. Please go to the desk.</translation>
    </message>
</context>
<context>
    <name>DeskCallButton</name>
    <message>
        <source>Cancel my call</source>
        <translation>Cancel my call</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Cancel call</translation>
    </message>
    <message>
        <source>The desk has been told. Cancel my call</source>
        <translation>The desk has been told. Cancel my call</translation>
    </message>
    <message>
        <source>Cancel the call if you no longer need help</source>
        <translation>Cancel the call if you no longer need help</translation>
    </message>
    <message>
        <source>Call the desk</source>
        <translation>Call the desk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Someone from the desk comes to your computer to help you</source>
        <translation>Someone from the desk comes to your computer to help you</translation>
    </message>
</context>
<context>
    <name>DisableDialog</name>
    <message>
        <source>Disable an account</source>
        <translation>Disable an account</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in. Their data and usage are kept.</source>
        <translation>%1 will not be able to sign in. Their data and usage are kept.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Shown to staff, e.g. card lost</source>
        <translation>Shown to staff, e.g. card lost</translation>
    </message>
    <message>
        <source>&amp;Until (last day)</source>
        <translation>&amp;Until (last day)</translation>
    </message>
    <message>
        <source>Last day of the disablement</source>
        <translation>Last day of the disablement</translation>
    </message>
    <message>
        <source>Leave unticked to disable until someone enables it</source>
        <translation>Leave unticked to disable until someone enables it</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours then minutes</comment>
        <translation>%1 %2</translation>
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
        <translation>Your time is up.</translation>
    </message>
    <message>
        <source>You ended your session.</source>
        <translation>You ended your session.</translation>
    </message>
    <message>
        <source>The staff ended your session.</source>
        <translation>The staff ended your session.</translation>
    </message>
    <message>
        <source>Nobody used the computer for a while.</source>
        <translation>Nobody used the computer for a while.</translation>
    </message>
    <message>
        <source>The room is closing now.</source>
        <translation>The room is closing now.</translation>
    </message>
    <message>
        <source>You were away longer than allowed.</source>
        <translation>You were away longer than allowed.</translation>
    </message>
    <message>
        <source>You signed in on another computer meanwhile.</source>
        <translation>You signed in on another computer meanwhile.</translation>
    </message>
    <message>
        <source>Your computer time is used up.</source>
        <translation>Your computer time is used up.</translation>
    </message>
    <message>
        <source>This computer is reserved from now for someone else.</source>
        <translation>This computer is reserved from now for someone else.</translation>
    </message>
    <message>
        <source>The computer was restarted.</source>
        <translation>The computer was restarted.</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Session over</translation>
    </message>
    <message>
        <source>Your session is over</source>
        <translation>Your session is over</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Thank you for your visit!</translation>
    </message>
    <message>
        <source>The computer is ready for the next visitor.</source>
        <translation>The computer is ready for the next visitor.</translation>
    </message>
    <message>
        <source>Cleaning up the computer for the next visitor…</source>
        <translation>Cleaning up the computer for the next visitor…</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase an account</source>
        <translation>Erase an account</translation>
    </message>
    <message>
        <source>Erase the account of %1?</source>
        <translation>Erase the account of %1?</translation>
    </message>
    <message>
        <source>The name, card number, PIN, notes and profile of this visitor are removed at once, with their workshop registrations&apos; names and the audit entries naming them. Their sessions stay, under no name, so the statistics still count them. This cannot be undone: the visitor will need a new account to come back. The erasure is recorded with a receipt number.</source>
        <translation>The name, card number, PIN, notes and profile of this visitor are removed at once, with their workshop registrations&apos; names and the audit entries naming them. Their sessions stay, under no name, so the statistics still count them. This cannot be undone: the visitor will need a new account to come back. The erasure is recorded with a receipt number.</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the card number %1:</source>
        <translation>To confirm, &amp;type the card number %1:</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the data of %1</source>
        <translation>Export the data of %1</translation>
    </message>
    <message>
        <source>Everything the server holds about %1: the account, the sessions, the workshop registrations and the audit entries naming them. The export is recorded in the audit log.</source>
        <translation>Everything the server holds about %1: the account, the sessions, the workshop registrations and the audit entries naming them. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>A readable &amp;PDF, to print or hand to the visitor</source>
        <translation>A readable &amp;PDF, to print or hand to the visitor</translation>
    </message>
    <message>
        <source>&amp;JSON, for another program</source>
        <translation>&amp;JSON, for another program</translation>
    </message>
    <message>
        <source>PDF &amp;language</source>
        <translation>PDF &amp;language</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>No computer was in use in this period.</source>
        <translation>No computer was in use in this period.</translation>
    </message>
    <message>
        <source>Busiest time: %1 %2:00, %3 % of the computers in use.</source>
        <translation>Busiest time: %1 %2:00, %3 % of the computers in use.</translation>
    </message>
    <message>
        <source>%1 %2:00: %3 station-hours in use</source>
        <translation>%1 %2:00: %3 station-hours in use</translation>
    </message>
    <message>
        <source>(%1 % of the time offered)</source>
        <translation>(%1 % of the time offered)</translation>
    </message>
    <message>
        <source>(closed or still to come)</source>
        <translation>(closed or still to come)</translation>
    </message>
    <message>
        <source>Share of the computers in use</source>
        <translation>Share of the computers in use</translation>
    </message>
    <message>
        <source>Closed or to come</source>
        <translation>Closed or to come</translation>
    </message>
</context>
<context>
    <name>HoldText</name>
    <message numerus="yes">
        <source>This computer is reserved at %1: your session ends in %n minute(s).</source>
        <extracomment>How far a session&apos;s end may be from the start of the hold that cuts it: the server grants whole seconds up to the hold (its end up to a second early), then the grant&apos;s way to the station and the station&apos;s tick.</extracomment>
        <translation>
            <numerusform>This computer is reserved at %1: your session ends in %n minute.</numerusform>
            <numerusform>This computer is reserved at %1: your session ends in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reserved from %1</source>
        <translation>Reserved from %1</translation>
    </message>
    <message>
        <source>This computer is reserved.</source>
        <translation>This computer is reserved.</translation>
    </message>
    <message>
        <source>Reserved for number %1 until %2</source>
        <translation>Reserved for number %1 until %2</translation>
    </message>
    <message>
        <source>Reserved until %1 for the person who booked it</source>
        <translation>Reserved until %1 for the person who booked it</translation>
    </message>
    <message>
        <source>Reserved for “%1” from %2 to %3</source>
        <translation>Reserved for “%1” from %2 to %3</translation>
    </message>
    <message>
        <source>Reserved from %1 to %2</source>
        <translation>Reserved from %1 to %2</translation>
    </message>
    <message>
        <source>This computer is reserved at %1: your session ends now.</source>
        <translation>This computer is reserved at %1: your session ends now.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reserved for the queue until %1</source>
        <translation>Reserved for the queue until %1</translation>
    </message>
    <message>
        <source>Reserved: « %1 » %2</source>
        <translation>Reserved: “%1” %2</translation>
    </message>
    <message>
        <source>Reserved for a visitor %1</source>
        <translation>Reserved for a visitor %1</translation>
    </message>
    <message>
        <source>Called to %1 until %2</source>
        <translation>Called to %1 until %2</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Did not come in time</source>
        <translation>Did not come in time</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Served at the desk</source>
        <translation>Served at the desk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>%1 is already reserved on %2 from %3 to %4.</source>
        <translation>%1 is already reserved on %2 from %3 to %4.</translation>
    </message>
    <message>
        <source>The site is closed on %1.</source>
        <translation>The site is closed on %1.</translation>
    </message>
    <message>
        <source>On %1 the site is open %2: book within these hours.</source>
        <translation>On %1 the site is open %2: book within these hours.</translation>
    </message>
    <message>
        <source>This time does not exist that day: the clocks go forward then.</source>
        <translation>This time does not exist that day: the clocks go forward then.</translation>
    </message>
    <message>
        <source>This is not a date and time.</source>
        <translation>This is not a date and time.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>The end must come after the start.</translation>
    </message>
    <message>
        <source>This time is already past: choose a later one.</source>
        <translation>This time is already past: choose a later one.</translation>
    </message>
    <message>
        <source>A booking lasts at most %1 hours.</source>
        <translation>A booking lasts at most %1 hours.</translation>
    </message>
    <message>
        <source>A booking is made at most %1 days ahead.</source>
        <translation>A booking is made at most %1 days ahead.</translation>
    </message>
    <message>
        <source>%1 is not free now.</source>
        <translation>%1 is not free now.</translation>
    </message>
    <message>
        <source>Not enough free computers then: %1 asked for, %2 free.</source>
        <translation>Not enough free computers then: %1 asked for, %2 free.</translation>
    </message>
    <message>
        <source>No computer is free now.</source>
        <translation>No computer is free now.</translation>
    </message>
    <message>
        <source>This visitor already has number %1.</source>
        <translation>This visitor already has number %1.</translation>
    </message>
    <message>
        <source>Number %1 is no longer in line.</source>
        <translation>Number %1 is no longer in line.</translation>
    </message>
    <message>
        <source>This is already over: nothing left to cancel.</source>
        <translation>This is already over: nothing left to cancel.</translation>
    </message>
    <message>
        <source>This computer is reserved until %1.</source>
        <translation>This computer is reserved until %1.</translation>
    </message>
    <message>
        <source>A computer is reserved for this visitor: %1. Sign them in there.</source>
        <translation>A computer is reserved for this visitor: %1. Sign them in there.</translation>
    </message>
</context>
<context>
    <name>HoldsEditor</name>
    <message>
        <source>A booked computer waits for its &amp;visitor</source>
        <translation>A booked computer waits for its &amp;visitor</translation>
    </message>
    <message>
        <source>The queue keeps a computer for the number ca&amp;lled</source>
        <translation>The queue keeps a computer for the number ca&amp;lled</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes a booked computer waits for its visitor</source>
        <translation>Minutes a booked computer waits for its visitor</translation>
    </message>
    <message>
        <source>Minutes the queue keeps a computer for the number called</source>
        <translation>Minutes the queue keeps a computer for the number called</translation>
    </message>
    <message>
        <source>A computer booked for a visitor waits this long after the start of the booking for their card; then it is free again. When a computer frees up, the first in the queue has it this long; then it goes to the next in line. While anybody waits in the queue, sessions are not extended automatically.</source>
        <translation>A computer booked for a visitor waits this long after the start of the booking for their card; then it is free again. When a computer frees up, the first in the queue has it this long; then it goes to the next in line. While anybody waits in the queue, sessions are not extended automatically.</translation>
    </message>
</context>
<context>
    <name>HourBarChart</name>
    <message>
        <source>No computer was in use in this period.</source>
        <translation>No computer was in use in this period.</translation>
    </message>
    <message>
        <source>Busiest hour: %1:00, %2 station-hours in use.</source>
        <translation>Busiest hour: %1:00, %2 station-hours in use.</translation>
    </message>
    <message>
        <source>%1:00 to %2:00: %3 station-hours in use</source>
        <translation>%1:00 to %2:00: %3 station-hours in use</translation>
    </message>
    <message>
        <source>(%1 % of the time offered)</source>
        <translation>(%1 % of the time offered)</translation>
    </message>
    <message>
        <source>Station-hours in use</source>
        <translation>Station-hours in use</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hour of the day</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Nothing was imported: a visitor of the file was added meanwhile. Press Check again.</source>
        <translation>Nothing was imported: a visitor of the file was added meanwhile. Press Check again.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing is imported until the file is clean: fix it, save it, then press Check again.</source>
        <translation>
            <numerusform>%n problem found. Nothing is imported until the file is clean: fix it, save it, then press Check again.</numerusform>
            <numerusform>%n problems found. Nothing is imported until the file is clean: fix it, save it, then press Check again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names its columns but holds no visitor.</source>
        <translation>The file names its columns but holds no visitor.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) ready to import. Nothing has been imported yet.</source>
        <translation>
            <numerusform>%n visitor ready to import. Nothing has been imported yet.</numerusform>
            <numerusform>%n visitors ready to import. Nothing has been imported yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not UTF-8 text. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and choose it again.</source>
        <translation>This file is not UTF-8 text. In Excel, save it as &quot;CSV UTF-8 (comma delimited)&quot; and choose it again.</translation>
    </message>
    <message>
        <source>This file is empty. Its first line must name the columns (at least identifier), then one visitor per line.</source>
        <translation>This file is empty. Its first line must name the columns (at least identifier), then one visitor per line.</translation>
    </message>
    <message>
        <source>This file is too large for one import (%1 KB at most): split it into smaller files and import them one after the other.</source>
        <translation>This file is too large for one import (%1 KB at most): split it into smaller files and import them one after the other.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is still there and not open.</source>
        <translation>This file cannot be read. Check that it is still there and not open.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n visitor(s)</source>
        <translation>
            <numerusform>&amp;Import %n visitor</numerusform>
            <numerusform>&amp;Import %n visitors</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Possible once the file has no problem left: all rows or none</source>
        <translation>Possible once the file has no problem left: all rows or none</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Import visitors</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Card / identifier</source>
        <translation>Card / identifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>&amp;Only the lines with a problem</source>
        <translation>&amp;Only the lines with a problem</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation>Read the file again after fixing it</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Your time is up. Thank you for your visit!</source>
        <translation>Your time is up. Thank you for your visit!</translation>
    </message>
    <message>
        <source>The room is closing now. Thank you for your visit!</source>
        <translation>The room is closing now. Thank you for your visit!</translation>
    </message>
    <message>
        <source>Your session ended because nobody used the computer for a while.</source>
        <translation>Your session ended because nobody used the computer for a while.</translation>
    </message>
    <message>
        <source>The staff ended your session. Thank you!</source>
        <translation>The staff ended your session. Thank you!</translation>
    </message>
    <message>
        <source>This session was ended: you signed in on another computer while this one was cut off from the network.</source>
        <translation>This session was ended: you signed in on another computer while this one was cut off from the network.</translation>
    </message>
    <message>
        <source>Your session is over: this computer is reserved from now. Thank you!</source>
        <translation>Your session is over: this computer is reserved from now. Thank you!</translation>
    </message>
    <message>
        <source>This session was ended: your computer time is used up. Thank you!</source>
        <translation>This session was ended: your computer time is used up. Thank you!</translation>
    </message>
    <message>
        <source>Your session ended because the computer stayed locked while you were away.</source>
        <translation>Your session ended because the computer stayed locked while you were away.</translation>
    </message>
    <message>
        <source>Your session is over. Thank you for your visit!</source>
        <translation>Your session is over. Thank you for your visit!</translation>
    </message>
    <message>
        <source>This program could not be started. Ask the staff at the desk.</source>
        <translation>This program could not be started. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>The staff locked this computer. Your time keeps running. Ask at the desk.</source>
        <translation>The staff locked this computer. Your time keeps running. Ask at the desk.</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <source>The text in %1 is too long: at most %2 characters. Shorten it to save.</source>
        <translation>The text in %1 is too long: at most %2 characters. Shorten it to save.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Lock-screen message in %1</source>
        <translation>Lock-screen message in %1</translation>
    </message>
    <message>
        <source>e.g. The EPN closes at 16:00 on Friday. Workshop on Tuesday at 10:00.</source>
        <translation>e.g. The EPN closes at 16:00 on Friday. Workshop on Tuesday at 10:00.</translation>
    </message>
    <message>
        <source>How to register in %1</source>
        <translation>How to register in %1</translation>
    </message>
    <message>
        <source>e.g. At the desk or by phone, from Monday before the workshop.</source>
        <translation>e.g. At the desk or by phone, from Monday before the workshop.</translation>
    </message>
    <message>
        <source>Charter in %1</source>
        <translation>Charter in %1</translation>
    </message>
    <message>
        <source>The rules visitors accept before their first session of the day.</source>
        <translation>The rules visitors accept before their first session of the day.</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
        <extracomment>In larger text the site panel shows beside the card only on a screen at least this wide (times the screen&apos;s scale): on a smaller one the card needs the whole width, so that an offline banner and an error fit at once (the panel&apos;s hours are a help, the card the task). The lines kept for a message under the fields: the longest refusal, in any language. Below this height (times the screen&apos;s scale) the PIN step in larger text shows the card number as a one-line reminder, not as its field: the PIN field and the message need the room. The message&apos;s font size before the text size and the screen&apos;s scale (ui.theme: #Message). The hold&apos;s line follows the clock (a hold begins, ends, its claim deadline passes) this often. A group&apos;s session code: as long as the protocol takes (kiosk/protocol/holds.py).</extracomment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Type the code of your ticket first.</source>
        <translation>Type the code of your ticket first.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Type your PIN code, then press Enter.</translation>
    </message>
    <message>
        <source>Type the session code, then press Enter.</source>
        <translation>Type the session code, then press Enter.</translation>
    </message>
    <message>
        <source>Public computer</source>
        <translation>Public computer</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>Guest ticket</source>
        <translation>Guest ticket</translation>
    </message>
    <message>
        <source>Type the code printed on your ticket, then press Enter.</source>
        <translation>Type the code printed on your ticket, then press Enter.</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>I have a card</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Scan your card or type your card number, then press Enter.</source>
        <translation>Scan your card or type your card number, then press Enter.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>I have a guest ticket</source>
        <translation>I have a guest ticket</translation>
    </message>
    <message>
        <source>Type the PIN code of this card, then press Enter.</source>
        <translation>Type the PIN code of this card, then press Enter.</translation>
    </message>
    <message>
        <source>Session code for card %1</source>
        <translation>Session code for card %1</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Session code</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN code</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>This computer cannot reach the server right now. Ask the staff at the desk.</source>
        <translation>This computer cannot reach the server right now. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>This computer is out of order. Please use another one.</translation>
    </message>
    <message>
        <source>Message from the staff: %1</source>
        <translation>Message from the staff: %1</translation>
    </message>
    <message>
        <source>This computer is not protected: its session cannot be locked. Tell the staff at the desk.</source>
        <translation>This computer is not protected: its session cannot be locked. Tell the staff at the desk.</translation>
    </message>
    <message>
        <source>Please ask at the desk.</source>
        <translation>Please ask at the desk.</translation>
    </message>
    <message>
        <source>◐  High contrast</source>
        <translation>◐  High contrast</translation>
    </message>
    <message>
        <source>Type the session code you were given, then press Enter.</source>
        <translation>Type the session code you were given, then press Enter.</translation>
    </message>
    <message>
        <source>PIN code of card %1</source>
        <translation>PIN code of card %1</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
</context>
<context>
    <name>LockoutsDialog</name>
    <message>
        <source>Lifted: %1. They can try again now.</source>
        <translation>Lifted: %1. They can try again now.</translation>
    </message>
    <message>
        <source>Nobody is held back now.</source>
        <translation>Nobody is held back now.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Card %1 on computer %2</source>
        <translation>Card %1 on computer %2</translation>
    </message>
    <message>
        <source>Card %1 on every computer (slowed down)</source>
        <translation>Card %1 on every computer (slowed down)</translation>
    </message>
    <message>
        <source>Computer %1: too many unknown cards or PINs</source>
        <translation>Computer %1: too many unknown cards or PINs</translation>
    </message>
    <message>
        <source>Staff sign-in on computer %1</source>
        <translation>Staff sign-in on computer %1</translation>
    </message>
    <message>
        <source>Console sign-in of %1 from %2</source>
        <translation>Console sign-in of %1 from %2</translation>
    </message>
    <message>
        <source>Console sign-in of an unknown user from %1</source>
        <translation>Console sign-in of an unknown user from %1</translation>
    </message>
    <message>
        <source>Console sign-ins from %1</source>
        <translation>Console sign-ins from %1</translation>
    </message>
    <message>
        <source>Station enrolment codes from %1</source>
        <translation>Station enrolment codes from %1</translation>
    </message>
    <message>
        <source>Lockouts</source>
        <translation>Lockouts</translation>
    </message>
    <message>
        <source>After too many wrong PINs or passwords, a card, a computer or a network address has to wait before the next try. Lift a limit once you have checked who it is: they can try again at once.</source>
        <translation>After too many wrong PINs or passwords, a card, a computer or a network address has to wait before the next try. Lift a limit once you have checked who it is: they can try again at once.</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Lift the limit</source>
        <translation>Lift the limit</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>EPN console — staff sign-in</source>
        <translation>EPN console — staff sign-in</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MaintenanceBar</name>
    <message>
        <source>Maintenance time left: %1</source>
        <translation>Maintenance time left: %1</translation>
    </message>
    <message>
        <source>EPN Kiosk — maintenance</source>
        <translation>EPN Kiosk — maintenance</translation>
    </message>
    <message>
        <source>Maintenance: the desktop is unlocked. It locks again in</source>
        <translation>Maintenance: the desktop is unlocked. It locks again in</translation>
    </message>
    <message>
        <source>Lock again now</source>
        <translation>Lock again now</translation>
    </message>
    <message>
        <source>Lock the computer again now</source>
        <translation>Lock the computer again now</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>(no message in %1)</source>
        <translation>(no message in %1)</translation>
    </message>
    <message>
        <source>Shown under the site&apos;s name on the lock screen of every computer of the site, in the visitor&apos;s language. Leave a language empty to show nothing in it.</source>
        <translation>Shown under the site&apos;s name on the lock screen of every computer of the site, in the visitor&apos;s language. Leave a language empty to show nothing in it.</translation>
    </message>
    <message>
        <source>On the lock screen:</source>
        <translation>On the lock screen:</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Add time</source>
        <extracomment>&quot;End the session&quot; in larger text, on a row of its own (arrange) the unlock button in larger text, on a row of its own (arrange)</extracomment>
        <translation>Add time</translation>
    </message>
    <message>
        <source>Minutes to add:</source>
        <translation>Minutes to add:</translation>
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
        <translation>Select a workshop date in the week above.</translation>
    </message>
    <message>
        <source>walk-in, with the session code</source>
        <translation>walk-in, with the session code</translation>
    </message>
    <message>
        <source>ticked by staff</source>
        <translation>ticked by staff</translation>
    </message>
    <message>
        <source>unticked by staff</source>
        <translation>unticked by staff</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>Re&amp;gistered</source>
        <translation>Re&amp;gistered</translation>
    </message>
    <message>
        <source>&amp;Waitlist, in order</source>
        <translation>&amp;Waitlist, in order</translation>
    </message>
    <message>
        <source>A&amp;ttendance (Space: tick or untick)</source>
        <translation>A&amp;ttendance (Space: tick or untick)</translation>
    </message>
    <message>
        <source>Name or card</source>
        <translation>Name or card</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waitlist, in order</source>
        <translation>Waitlist, in order</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>Register a visitor by card or by name (Ins)</source>
        <translation>Register a visitor by card or by name (Ins)</translation>
    </message>
    <message>
        <source>Cancel the registration</source>
        <translation>Cancel the registration</translation>
    </message>
    <message>
        <source>Cancel the selected registration; the waitlist&apos;s first moves up (Del)</source>
        <translation>Cancel the selected registration; the waitlist&apos;s first moves up (Del)</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)</source>
        <translation>Attendance sheet (PDF)</translation>
    </message>
    <message>
        <source>Save the attendance sheet as a PDF file (Ctrl+S)</source>
        <translation>Save the attendance sheet as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Certificate (PDF)</source>
        <translation>Certificate (PDF)</translation>
    </message>
    <message>
        <source>Save the selected participant&apos;s certificate as a PDF file (Ctrl+Shift+S)</source>
        <translation>Save the selected participant&apos;s certificate as a PDF file (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>The two PINs are not the same: type it again.</source>
        <translation>The two PINs are not the same: type it again.</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>PIN of %1</translation>
    </message>
    <message>
        <source>%1 has a PIN. Give a new one, or remove it.</source>
        <translation>%1 has a PIN. Give a new one, or remove it.</translation>
    </message>
    <message>
        <source>%1 has no PIN: they sign in with their card number only.</source>
        <translation>%1 has no PIN: they sign in with their card number only.</translation>
    </message>
    <message>
        <source>Give a &amp;new PIN</source>
        <translation>Give a &amp;new PIN</translation>
    </message>
    <message>
        <source>&amp;Remove the PIN (card number only)</source>
        <translation>&amp;Remove the PIN (card number only)</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>New &amp;PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN a&amp;gain</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Apps of the profile “%1” saved.</source>
        <translation>Apps of the profile “%1” saved.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Name of the profile (e.g. Jeunes):</source>
        <translation>Name of the profile (e.g. Jeunes):</translation>
    </message>
    <message>
        <source>Profile “%1” created: tick its apps, then save.</source>
        <translation>Profile “%1” created: tick its apps, then save.</translation>
    </message>
    <message>
        <source>This name is taken, or not allowed (at most 64 characters, no “/”).</source>
        <translation>This name is taken, or not allowed (at most 64 characters, no “/”).</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Delete the profile “%1”?</translation>
    </message>
    <message>
        <source>It is given to: %1.</source>
        <translation>It is given to: %1.</translation>
    </message>
    <message>
        <source>Those visitors then get the profiles of the next rule (their category&apos;s, else the default), or no app at all.</source>
        <translation>Those visitors then get the profiles of the next rule (their category&apos;s, else the default), or no app at all.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profile “%1” deleted.</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Create a profile (Ctrl+N)</source>
        <translation>Create a profile (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <source>Delete the selected profile (Delete)</source>
        <translation>Delete the selected profile (Delete)</translation>
    </message>
    <message>
        <source>No profile yet. Create one with “New…” (Ctrl+N).</source>
        <translation>No profile yet. Create one with “New…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No profile yet. An administrator creates them.</source>
        <translation>No profile yet. An administrator creates them.</translation>
    </message>
    <message>
        <source>Apps of the profile</source>
        <translation>Apps of the profile</translation>
    </message>
    <message>
        <source>&amp;Save apps</source>
        <translation>&amp;Save apps</translation>
    </message>
    <message>
        <source>Save the ticked apps for this profile (Ctrl+S)</source>
        <translation>Save the ticked apps for this profile (Ctrl+S)</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Choose a profile on the left.</source>
        <translation>Choose a profile on the left.</translation>
    </message>
    <message>
        <source>Apps of “%1”</source>
        <translation>Apps of “%1”</translation>
    </message>
    <message>
        <source>The catalogue has no app yet: add apps first.</source>
        <translation>The catalogue has no app yet: add apps first.</translation>
    </message>
    <message>
        <source>Tick the apps visitors of this profile may open.</source>
        <translation>Tick the apps visitors of this profile may open.</translation>
    </message>
    <message>
        <source>The apps visitors of this profile may open.</source>
        <translation>The apps visitors of this profile may open.</translation>
    </message>
</context>
<context>
    <name>PublicEditor</name>
    <message>
        <source>Type the colour as # and six hexadecimal digits, e.g. #00528C.</source>
        <translation>Type the colour as # and six hexadecimal digits, e.g. #00528C.</translation>
    </message>
    <message>
        <source>White text on %1 is too hard to read (contrast %2:1, at least %3:1 is needed). Choose a darker colour.</source>
        <translation>White text on %1 is too hard to read (contrast %2:1, at least %3:1 is needed). Choose a darker colour.</translation>
    </message>
    <message>
        <source>This logo is too large: at most %1 KB.</source>
        <translation>This logo is too large: at most %1 KB.</translation>
    </message>
    <message>
        <source>This SVG logo carries a script: it is refused. Save it again as a plain image.</source>
        <translation>This SVG logo carries a script: it is refused. Save it again as a plain image.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>The logo must be a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
        <source>The server refused this text: check its length.</source>
        <translation>The server refused this text: check its length.</translation>
    </message>
    <message>
        <source>The server refused this address: check its length.</source>
        <translation>The server refused this address: check its length.</translation>
    </message>
    <message>
        <source>Type a postcode such as 1000.</source>
        <translation>Type a postcode such as 1000.</translation>
    </message>
    <message>
        <source>The server refused this commune: check its length.</source>
        <translation>The server refused this commune: check its length.</translation>
    </message>
    <message>
        <source>Type a phone number such as 02 279 37 40.</source>
        <translation>Type a phone number such as 02 279 37 40.</translation>
    </message>
    <message>
        <source>Type an e-mail address such as epn@brucity.be.</source>
        <translation>Type an e-mail address such as epn@brucity.be.</translation>
    </message>
    <message>
        <source>Type a web address starting with https://.</source>
        <translation>Type a web address starting with https://.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Not a colour yet: the City&apos;s colour is shown</source>
        <translation>Not a colour yet: the City&apos;s colour is shown</translation>
    </message>
    <message>
        <source>The City&apos;s colour (the site has none of its own)</source>
        <translation>The City&apos;s colour (the site has none of its own)</translation>
    </message>
    <message>
        <source>Open until 18:00 · 4 of 12 computers free</source>
        <translation>Open until 18:00 · 4 of 12 computers free</translation>
    </message>
    <message>
        <source>(a logo)</source>
        <translation>(a logo)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>What citizens see of this site on the public page of the server (no login): its address, hours, free computers, queue and workshops. Never a name or a card.</source>
        <translation>What citizens see of this site on the public page of the server (no login): its address, hours, free computers, queue and workshops. Never a name or a card.</translation>
    </message>
    <message>
        <source>&amp;Show this site on the public page</source>
        <translation>&amp;Show this site on the public page</translation>
    </message>
    <message>
        <source>Open the public pa&amp;ge</source>
        <translation>Open the public pa&amp;ge</translation>
    </message>
    <message>
        <source>Opens this site&apos;s public page in your browser</source>
        <translation>Opens this site&apos;s public page in your browser</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Pos&amp;tcode</source>
        <translation>Pos&amp;tcode</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>Comm&amp;une</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
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
        <translation>e.g. Boulevard Émile Jacqmain 6</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>Co&amp;lour</translation>
    </message>
    <message>
        <source>The site&apos;s colour, as #RRGGBB</source>
        <translation>The site&apos;s colour, as #RRGGBB</translation>
    </message>
    <message>
        <source>The public page writes in white on it: choose a dark colour.</source>
        <translation>The public page writes in white on it: choose a dark colour.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Remove the logo</translation>
    </message>
    <message>
        <source>Show the a&amp;nimateurs&apos; names with the workshops</source>
        <translation>Show the a&amp;nimateurs&apos; names with the workshops</translation>
    </message>
    <message>
        <source>How to register for the workshops (at the desk, by phone…):</source>
        <translation>How to register for the workshops (at the desk, by phone…):</translation>
    </message>
    <message>
        <source>The site&apos;s live box for the City&apos;s website: give this code to its web team.</source>
        <translation>The site&apos;s live box for the City&apos;s website: give this code to its web team.</translation>
    </message>
    <message>
        <source>Cop&amp;y the code</source>
        <translation>Cop&amp;y the code</translation>
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
        <translation>Number %1 → %2</translation>
    </message>
    <message>
        <source>Number %1 taken: go to %2 now.</source>
        <translation>Number %1 taken: go to %2 now.</translation>
    </message>
    <message>
        <source>Number %1 taken.</source>
        <translation>Number %1 taken.</translation>
    </message>
    <message>
        <source>Number %1: go to %2.</source>
        <translation>Number %1: go to %2.</translation>
    </message>
    <message>
        <source>Number %1 goes to the end of the line.</source>
        <translation>Number %1 goes to the end of the line.</translation>
    </message>
    <message>
        <source>Number %1 cancelled.</source>
        <translation>Number %1 cancelled.</translation>
    </message>
    <message>
        <source>Number %1 served at the desk.</source>
        <translation>Number %1 served at the desk.</translation>
    </message>
    <message>
        <source>No computer is free now</source>
        <translation>No computer is free now</translation>
    </message>
    <message>
        <source>Choose a site in the toolbar to take numbers.</source>
        <translation>Choose a site in the toolbar to take numbers.</translation>
    </message>
    <message>
        <source>Nobody waits. Take a number for a visitor above.</source>
        <translation>Nobody waits. Take a number for a visitor above.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Take a number for (Ctrl+Shift+N)</source>
        <translation>Take a number for (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A card number or a name</source>
        <translation>A card number or a name</translation>
    </message>
    <message>
        <source>Card number or name</source>
        <translation>Card number or name</translation>
    </message>
    <message>
        <source>The visitor&apos;s card number or name</source>
        <translation>The visitor&apos;s card number or name</translation>
    </message>
    <message>
        <source>&amp;Take a number</source>
        <translation>&amp;Take a number</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>State and wait</source>
        <translation>State and wait</translation>
    </message>
    <message>
        <source>The queue</source>
        <translation>The queue</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>C&amp;all</translation>
    </message>
    <message>
        <source>Hold the first free computer for the selected number (Enter)</source>
        <translation>Hold the first free computer for the selected number (Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ll to…</source>
        <translation>Ca&amp;ll to…</translation>
    </message>
    <message>
        <source>Hold the computer you choose for this number</source>
        <translation>Hold the computer you choose for this number</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>Send the selected number to the end of the line</source>
        <translation>Send the selected number to the end of the line</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Take the selected number out of the line</source>
        <translation>Take the selected number out of the line</translation>
    </message>
    <message>
        <source>Ser&amp;ved</source>
        <translation>Ser&amp;ved</translation>
    </message>
    <message>
        <source>The visitor was served at the desk</source>
        <translation>The visitor was served at the desk</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>Call the first in line</source>
        <translation>Call the first in line</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>Opens at</source>
        <translation>Opens at</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <source>00:00 as the closing time means midnight.</source>
        <translation>00:00 as the closing time means midnight.</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Remove this range</translation>
    </message>
</context>
<context>
    <name>ReadyMessages</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Ready-made messages:</source>
        <translation>&amp;Ready-made messages:</translation>
    </message>
    <message>
        <source>Ready-made messages</source>
        <translation>Ready-made messages</translation>
    </message>
    <message>
        <source>Edit the list…</source>
        <translation>Edit the list…</translation>
    </message>
    <message>
        <source>&amp;Message (shown on the screen until the visitor closes it):</source>
        <translation>&amp;Message (shown on the screen until the visitor closes it):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>No ready-made message yet.</source>
        <translation>No ready-made message yet.</translation>
    </message>
    <message>
        <source>Each computer shows it in its visitor&apos;s language (%1).</source>
        <translation>Each computer shows it in its visitor&apos;s language (%1).</translation>
    </message>
    <message>
        <source>A typed message is shown as you write it.</source>
        <translation>A typed message is shown as you write it.</translation>
    </message>
    <message>
        <source>Ready-made messages of %1</source>
        <extracomment>Saves a site&apos;s list (through the server&apos;s checks), then calls ``done`` with what was saved or ``failed`` with the refusal: the editor closes only once saved.</extracomment>
        <translation>Ready-made messages of %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Each message needs a text in French, the site&apos;s language.</source>
        <translation>Each message needs a text in French, the site&apos;s language.</translation>
    </message>
    <message>
        <source>Each message needs a text in Dutch, the site&apos;s language.</source>
        <translation>Each message needs a text in Dutch, the site&apos;s language.</translation>
    </message>
    <message>
        <source>Each message needs a text in English, the site&apos;s language.</source>
        <translation>Each message needs a text in English, the site&apos;s language.</translation>
    </message>
    <message>
        <source>A message is too long (%1 characters at most) or empty, or there are too many.</source>
        <translation>A message is too long (%1 characters at most) or empty, or there are too many.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</source>
        <translation>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Type your PIN code, then press Enter.</translation>
    </message>
    <message>
        <source>Your card is blocked. Ask the staff at the desk.</source>
        <translation>Your card is blocked. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back tomorrow.</source>
        <translation>Your computer time for today is used up. It comes back tomorrow.</translation>
    </message>
    <message>
        <source>The room is closed now. Come back during opening hours.</source>
        <translation>The room is closed now. Come back during opening hours.</translation>
    </message>
    <message>
        <source>You are already signed in on another computer. End that session first, or ask the staff at the desk.</source>
        <translation>You are already signed in on another computer. End that session first, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>This computer is out of order. Please use another one.</translation>
    </message>
    <message>
        <source>This ticket is not valid. Ask the staff at the desk.</source>
        <translation>This ticket is not valid. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>This computer is not registered with the server. Ask the staff at the desk.</source>
        <translation>This computer is not registered with the server. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <extracomment>A weekly allowance below this many seconds is used up (admin.rules.grant.MIN_GRANT_SECONDS).</extracomment>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>weekday</comment>
        <translation>on %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>date</comment>
        <translation>on %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>tomorrow at %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>weekday</comment>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>date</comment>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <source>The room is closed now. It opens again %1.</source>
        <translation>The room is closed now. It opens again %1.</translation>
    </message>
    <message>
        <source>Your session on computer %1 may still be open: that computer does not answer. Ask the staff at the desk to end it.</source>
        <translation>Your session on computer %1 may still be open: that computer does not answer. Ask the staff at the desk to end it.</translation>
    </message>
    <message>
        <source>You are already signed in on computer %1. End your session there first, or ask the staff at the desk.</source>
        <translation>You are already signed in on computer %1. End your session there first, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Your card is blocked. You can use it again on %1, or ask the staff at the desk.</source>
        <translation>Your card is blocked. You can use it again on %1, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Your library card has expired. Please see the desk to renew it.</source>
        <translation>Your library card has expired. Please see the desk to renew it.</translation>
    </message>
    <message>
        <source>Card number or PIN not recognised. Check them and try again, or ask the staff at the desk.</source>
        <translation>Card number or PIN not recognised. Check them and try again, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>The library system blocks your card. Please see the desk.</source>
        <translation>The library system blocks your card. Please see the desk.</translation>
    </message>
    <message>
        <source>The library system cannot be reached just now. Try again in a moment, or ask the staff at the desk.</source>
        <translation>The library system cannot be reached just now. Try again in a moment, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>Sign-in did not work. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Please see the desk about fines on your card.</source>
        <translation>Please see the desk about fines on your card.</translation>
    </message>
    <message>
        <source>Please see the desk: fines of %1.</source>
        <translation>Please see the desk: fines of %1.</translation>
    </message>
    <message>
        <source>Your computer time for this week is used up. It comes back %1.</source>
        <translation>Your computer time for this week is used up. It comes back %1.</translation>
    </message>
    <message>
        <source>Your computer time for today is used up. It comes back %1.</source>
        <translation>Your computer time for today is used up. It comes back %1.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes, or ask the staff at the desk.</source>
        <translation>Too many tries. Wait a few minutes, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Too many tries. Try again in a minute, or ask the staff at the desk.</source>
        <translation>Too many tries. Try again in a minute, or ask the staff at the desk.</translation>
    </message>
    <message numerus="yes">
        <source>Too many tries. Try again in %n minutes, or ask the staff at the desk.</source>
        <translation>
            <numerusform>Too many tries. Try again in %n minute, or ask the staff at the desk.</numerusform>
            <numerusform>Too many tries. Try again in %n minutes, or ask the staff at the desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer is reserved for someone else. Your reserved computer is %1.</source>
        <translation>This computer is reserved for someone else. Your reserved computer is %1.</translation>
    </message>
    <message>
        <source>This computer is reserved for someone else. Please use another one.</source>
        <translation>This computer is reserved for someone else. Please use another one.</translation>
    </message>
    <message>
        <source>This computer is reserved for number %2 until %1. Please use another one.</source>
        <translation>This computer is reserved for number %2 until %1. Please use another one.</translation>
    </message>
    <message>
        <source>This computer is reserved for “%2” until %1. Please use another one.</source>
        <translation>This computer is reserved for “%2” until %1. Please use another one.</translation>
    </message>
    <message>
        <source>This computer is reserved until %1. Please use another one.</source>
        <translation>This computer is reserved until %1. Please use another one.</translation>
    </message>
    <message>
        <source>Another computer is reserved for you. Ask the staff at the desk which one.</source>
        <translation>Another computer is reserved for you. Ask the staff at the desk which one.</translation>
    </message>
    <message>
        <source>Computer %1 is reserved for you. Please sign in there.</source>
        <translation>Computer %1 is reserved for you. Please sign in there.</translation>
    </message>
    <message>
        <source>Computer %1 is reserved for you until %2. Please sign in there.</source>
        <translation>Computer %1 is reserved for you until %2. Please sign in there.</translation>
    </message>
    <message>
        <source>This code does not open this computer. Check it, or ask your teacher or animateur.</source>
        <translation>This code does not open this computer. Check it, or ask your teacher or group leader.</translation>
    </message>
    <message>
        <source>We do not know this ticket code. Check it and try again, or ask the staff at the desk.</source>
        <translation>We do not know this ticket code. Check it and try again, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>This ticket was already used. Ask the staff at the desk for a new one.</source>
        <translation>This ticket was already used. Ask the staff at the desk for a new one.</translation>
    </message>
    <message>
        <source>This ticket is no longer valid. Ask the staff at the desk for a new one.</source>
        <translation>This ticket is no longer valid. Ask the staff at the desk for a new one.</translation>
    </message>
    <message>
        <source>This ticket is not valid yet. Look at the date on it, or ask the staff.</source>
        <translation>This ticket is not valid yet. Look at the date on it, or ask the staff.</translation>
    </message>
    <message>
        <source>This ticket is for another public computer room. Ask the staff at the desk.</source>
        <translation>This ticket is for another public computer room. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Something went wrong. Ask the staff at the desk.</source>
        <translation>Something went wrong. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>To use a computer here you need to accept the rules. Ask the staff if you have questions.</source>
        <translation>To use a computer here you need to accept the rules. Ask the staff if you have questions.</translation>
    </message>
    <message>
        <source>Type or scan your card number first.</source>
        <translation>Type or scan your card number first.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The theme ‘%1’ is not in the list any more: choose another one.</source>
        <translation>The theme ‘%1’ is not in the list any more: choose another one.</translation>
    </message>
    <message>
        <source>The theme ‘%1’ is used by workshops: it stays.</source>
        <translation>The theme ‘%1’ is used by workshops: it stays.</translation>
    </message>
    <message>
        <source>The title in %1, the site&apos;s language, is required: type it.</source>
        <translation>The title in %1, the site&apos;s language, is required: type it.</translation>
    </message>
    <message>
        <source>This person is already on the waitlist.</source>
        <translation>This person is already on the waitlist.</translation>
    </message>
    <message>
        <source>This person is already registered.</source>
        <translation>This person is already registered.</translation>
    </message>
    <message numerus="yes">
        <source>This visitor missed %n workshop(s) without cancelling: registrations are paused until %1.</source>
        <translation>
            <numerusform>This visitor missed %n workshop without cancelling: registrations are paused until %1.</numerusform>
            <numerusform>This visitor missed %n workshops without cancelling: registrations are paused until %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workshop is cancelled: nothing can change in it.</source>
        <translation>This workshop is cancelled: nothing can change in it.</translation>
    </message>
    <message>
        <source>This workshop is over: nobody can register any more.</source>
        <translation>This workshop is over: nobody can register any more.</translation>
    </message>
    <message>
        <source>This person came to no date of the workshop: there is no certificate to give.</source>
        <translation>This person came to no date of the workshop: there is no certificate to give.</translation>
    </message>
    <message>
        <source>This visitor is in a session: erase after it ends.</source>
        <translation>This visitor is in a session: erase after it ends.</translation>
    </message>
    <message>
        <source>The server cannot write PDF documents: its font is missing (package %1). Tell the IT staff.</source>
        <translation>The server cannot write PDF documents: its font is missing (package %1). Tell the IT staff.</translation>
    </message>
    <message>
        <source>You are not the teacher of this class or of this site.</source>
        <translation>You are not the teacher of this class or of this site.</translation>
    </message>
    <message>
        <source>This class is not running: nothing was sent.</source>
        <translation>This class is not running: nothing was sent.</translation>
    </message>
    <message>
        <source>Your class is still running: end it before starting another.</source>
        <translation>Your class is still running: end it before starting another.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are registered: the capacity cannot be lower. Cancel registrations first.</source>
        <translation>
            <numerusform>%n person is registered: the capacity cannot be lower. Cancel registrations first.</numerusform>
            <numerusform>%n people are registered: the capacity cannot be lower. Cancel registrations first.</numerusform>
        </translation>
    </message>
    <message>
        <source>People register for each date of this workshop: choose one.</source>
        <translation>People register for each date of this workshop: choose one.</translation>
    </message>
    <message>
        <source>People register for the whole series of this workshop.</source>
        <translation>People register for the whole series of this workshop.</translation>
    </message>
    <message>
        <source>This person is not registered for this date.</source>
        <translation>This person is not registered for this date.</translation>
    </message>
    <message>
        <source>This date starts at %1: attendance is taken from then on.</source>
        <translation>This date starts at %1: attendance is taken from then on.</translation>
    </message>
    <message>
        <source>This date is not one of this workshop&apos;s any more.</source>
        <translation>This date is not one of this workshop&apos;s any more.</translation>
    </message>
    <message>
        <source>The server has no account with this card number any more: search again.</source>
        <translation>The server has no account with this card number any more: search again.</translation>
    </message>
    <message>
        <source>Only an administrator may erase a visitor&apos;s account.</source>
        <translation>Only an administrator may erase a visitor&apos;s account.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Type or scan the visitor&apos;s card number.</source>
        <translation>Type or scan the visitor&apos;s card number.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>Register for a workshop</source>
        <translation>Register for a workshop</translation>
    </message>
    <message>
        <source>A visitor with a card</source>
        <translation>A visitor with a card</translation>
    </message>
    <message>
        <source>Someone without a card</source>
        <translation>Someone without a card</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Card &amp;number</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Gender (optional)</source>
        <translation>&amp;Gender (optional)</translation>
    </message>
    <message>
        <source>&amp;Age (optional)</source>
        <translation>&amp;Age (optional)</translation>
    </message>
    <message>
        <source>&amp;Status (optional)</source>
        <translation>&amp;Status (optional)</translation>
    </message>
    <message>
        <source>&amp;Commune (optional)</source>
        <translation>&amp;Commune (optional)</translation>
    </message>
    <message>
        <source>Outside Brussels</source>
        <translation>Outside Brussels</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The last day is before the first day: check the dates.</source>
        <translation>The last day is before the first day: check the dates.</translation>
    </message>
    <message>
        <source>This period has not started yet: choose a period that has begun.</source>
        <translation>This period has not started yet: choose a period that has begun.</translation>
    </message>
    <message>
        <source>Reports start on 1 January 2000: choose a later date.</source>
        <translation>Reports start on 1 January 2000: choose a later date.</translation>
    </message>
    <message>
        <source>A report covers at most five years: choose a shorter period.</source>
        <translation>A report covers at most five years: choose a shorter period.</translation>
    </message>
    <message>
        <source>The server does not accept this year: choose another one.</source>
        <translation>The server does not accept this year: choose another one.</translation>
    </message>
    <message>
        <source>Give both dates, the first and the last day.</source>
        <translation>Give both dates, the first and the last day.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>All my sites</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel spreadsheets (*.xlsx)</source>
        <translation>Excel spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archives of CSV files (*.zip)</source>
        <translation>ZIP archives of CSV files (*.zip)</translation>
    </message>
    <message>
        <source>Save the label report</source>
        <translation>Save the label report</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>The label report of a period for the funder: opening hours against the label&apos;s thresholds, computers, hours used, visitors and their profile, workshops.</source>
        <translation>The label report of a period for the funder: opening hours against the label&apos;s thresholds, computers, hours used, visitors and their profile, workshops.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>From one date to another</source>
        <translation>From one date to another</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Spreadsheet (XLSX)</translation>
    </message>
    <message>
        <source>CSV files (ZIP)</source>
        <translation>CSV files (ZIP)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>Language of the &amp;report:</source>
        <translation>Language of the &amp;report:</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Cr&amp;eate</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>Ope&amp;n</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Open the saved report</source>
        <translation>Open the saved report</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>No account is due for deletion within a month.</source>
        <translation>No account is due for deletion within a month.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Periods set in the server configuration (read-only here):</source>
        <translation>Periods set in the server configuration (read-only here):</translation>
    </message>
    <message>
        <source>The daily job runs on the server; administrators see its last run here.</source>
        <translation>The daily job runs on the server; administrators see its last run here.</translation>
    </message>
    <message>
        <source>The daily job has not run yet.</source>
        <translation>The daily job has not run yet.</translation>
    </message>
    <message>
        <source>Last run of the daily job: %1 — %2.</source>
        <translation>Last run of the daily job: %1 — %2.</translation>
    </message>
    <message>
        <source>Retention of visitors&apos; data</source>
        <translation>Retention of visitors&apos; data</translation>
    </message>
    <message>
        <source>Accounts deleted within a month unless the visitor uses them. A session at a computer or a workshop registration counts as use; a change by staff does not. There is no other way to keep an account: tell the visitor to come by.</source>
        <translation>Accounts deleted within a month unless the visitor uses them. A session at a computer or a workshop registration counts as use; a change by staff does not. There is no other way to keep an account: tell the visitor to come by.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last use</source>
        <translation>Last use</translation>
    </message>
    <message>
        <source>Deletion date</source>
        <translation>Deletion date</translation>
    </message>
</context>
<context>
    <name>RetentionTexts</name>
    <message numerus="yes">
        <source>Sessions lose the visitor&apos;s name after %n month(s) (they still count).</source>
        <extracomment>The job&apos;s counts named one by one; the others are added up as &quot;other records&quot;.</extracomment>
        <translation>
            <numerusform>Sessions lose the visitor&apos;s name after %n month (they still count).</numerusform>
            <numerusform>Sessions lose the visitor&apos;s name after %n months (they still count).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s), a session no longer tells which visitor it was.</source>
        <translation>
            <numerusform>After %n month, a session no longer tells which visitor it was.</numerusform>
            <numerusform>After %n months, a session no longer tells which visitor it was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts not used for %n month(s) are deleted.</source>
        <translation>
            <numerusform>Accounts not used for %n month are deleted.</numerusform>
            <numerusform>Accounts not used for %n months are deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries are kept %n month(s).</source>
        <translation>
            <numerusform>Audit entries are kept %n month.</numerusform>
            <numerusform>Audit entries are kept %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) pseudonymised</source>
        <translation>
            <numerusform>%n session pseudonymised</numerusform>
            <numerusform>%n sessions pseudonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer linked to a visitor</source>
        <translation>
            <numerusform>%n session no longer linked to a visitor</numerusform>
            <numerusform>%n sessions no longer linked to a visitor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted</source>
        <translation>
            <numerusform>%n account deleted</numerusform>
            <numerusform>%n accounts deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) deleted</source>
        <translation>
            <numerusform>%n audit entry deleted</numerusform>
            <numerusform>%n audit entries deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) removed or unlinked</source>
        <translation>
            <numerusform>%n other record removed or unlinked</numerusform>
            <numerusform>%n other records removed or unlinked</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>nothing was due</translation>
    </message>
</context>
<context>
    <name>RoomText</name>
    <message>
        <source>Free</source>
        <extracomment>How many characters of an identifier stay readable (at most half of it).</extracomment>
        <translation>Free</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
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
        <translation>Extending +%1…</translation>
    </message>
    <message>
        <source>Setting the time left to %1…</source>
        <translation>Setting the time left to %1…</translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Ending the session…</translation>
    </message>
    <message>
        <source>Sending a message…</source>
        <translation>Sending a message…</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Locking…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Putting out of order…</source>
        <translation>Putting out of order…</translation>
    </message>
    <message>
        <source>Putting back in service…</source>
        <translation>Putting back in service…</translation>
    </message>
    <message>
        <source>Telling the visitor you are coming…</source>
        <translation>Telling the visitor you are coming…</translation>
    </message>
    <message>
        <source>Signing in %1…</source>
        <translation>Signing in %1…</translation>
    </message>
    <message>
        <source>Signing a visitor in…</source>
        <translation>Signing a visitor in…</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Set time</source>
        <translation>Set time</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>%1 failed on the computer. Check it and try again.</source>
        <translation>%1 failed on the computer. Check it and try again.</translation>
    </message>
    <message>
        <source>Forbidden program reported, not stopped: %1</source>
        <translation>Forbidden program reported, not stopped: %1</translation>
    </message>
    <message>
        <source>Forbidden program found: %1</source>
        <translation>Forbidden program found: %1</translation>
    </message>
    <message>
        <source>Out of order: %1</source>
        <translation>Out of order: %1</translation>
    </message>
    <message>
        <source>Out of order (no reason given)</source>
        <translation>Out of order (no reason given)</translation>
    </message>
    <message>
        <source>Little time left</source>
        <translation>Little time left</translation>
    </message>
    <message>
        <source>Program stopped: %1</source>
        <translation>Program stopped: %1</translation>
    </message>
    <message>
        <source>Computer not protected: Wayland session, the escape keys are not blocked</source>
        <translation>Computer not protected: Wayland session, the escape keys are not blocked</translation>
    </message>
    <message>
        <source>The visitor&apos;s screen is not running (or keeps crashing)</source>
        <translation>The visitor&apos;s screen is not running (or keeps crashing)</translation>
    </message>
    <message>
        <source>What the last visitor left could not all be removed</source>
        <translation>What the last visitor left could not all be removed</translation>
    </message>
    <message>
        <source>Station program too old for this server (needs %1 or later): update it</source>
        <translation>Station program too old for this server (needs %1 or later): update it</translation>
    </message>
    <message>
        <source>Computer partly protected: some escape keys are not blocked</source>
        <translation>Computer partly protected: some escape keys are not blocked</translation>
    </message>
    <message>
        <source>Enrolment refused: code expired (%1)</source>
        <translation>Enrolment refused: code expired (%1)</translation>
    </message>
    <message>
        <source>Enrolment refused: code already used (%1)</source>
        <translation>Enrolment refused: code already used (%1)</translation>
    </message>
    <message>
        <source>1 recent error</source>
        <translation>1 recent error</translation>
    </message>
    <message>
        <source>%1 recent errors</source>
        <translation>%1 recent errors</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Calls the desk</source>
        <translation>Calls the desk</translation>
    </message>
    <message>
        <source>Calls the desk · %1 min</source>
        <translation>Calls the desk · %1 min</translation>
    </message>
    <message>
        <source>Called the desk at %1 (waiting %2 min)</source>
        <translation>Called the desk at %1 (waiting %2 min)</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Room</source>
        <extracomment>A teacher&apos;s class bar (None for staff): the room shows their class&apos;s PCs only.</extracomment>
        <translation>Room</translation>
    </message>
    <message>
        <source>No computer at this site yet. An administrator adds them with &quot;epn station add&quot;, then enrols each PC.</source>
        <translation>No computer at this site yet. An administrator adds them with &quot;epn station add&quot;, then enrols each PC.</translation>
    </message>
    <message>
        <source>No computer matches. Clear the search or choose &quot;All&quot;.</source>
        <translation>No computer matches. Clear the search or choose &quot;All&quot;.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Minutes to add to %1:</source>
        <translation>Minutes to add to %1:</translation>
    </message>
    <message>
        <source>Extend after closing time</source>
        <translation>Extend after closing time</translation>
    </message>
    <message>
        <source>Minutes to add to %1, even past closing time (recorded in the audit log):</source>
        <translation>Minutes to add to %1, even past closing time (recorded in the audit log):</translation>
    </message>
    <message>
        <source>Set time left</source>
        <translation>Set time left</translation>
    </message>
    <message>
        <source>Time left from now on %1, in minutes:</source>
        <translation>Time left from now on %1, in minutes:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>End the session of %1 on %2 now?</source>
        <translation>End the session of %1 on %2 now?</translation>
    </message>
    <message>
        <source>End the session on %1 now?</source>
        <translation>End the session on %1 now?</translation>
    </message>
    <message>
        <source>%1: cut to closing time, %2 (%3).</source>
        <translation>%1: cut to closing time, %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>End %n session(s) now: %1?</source>
        <translation>
            <numerusform>End %n session now: %1?</numerusform>
            <numerusform>End %n sessions now: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End all %n session(s) in the room now? Every visitor is signed out.</source>
        <translation>
            <numerusform>End the %n session in the room now? The visitor is signed out.</numerusform>
            <numerusform>End all %n sessions in the room now? Every visitor is signed out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Message to %1</translation>
    </message>
    <message numerus="yes">
        <source>Message to %n computer(s)</source>
        <translation>
            <numerusform>Message to %n computer</numerusform>
            <numerusform>Message to %n computers</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>Why is %1 out of order? Your colleagues see the reason.</source>
        <translation>Why is %1 out of order? Your colleagues see the reason.</translation>
    </message>
    <message>
        <source>Put %1 out of order? The session running there ends now.</source>
        <translation>Put %1 out of order? The session running there ends now.</translation>
    </message>
    <message>
        <source>Put %1 out of order? Nobody can sign in there until it is back.</source>
        <translation>Put %1 out of order? Nobody can sign in there until it is back.</translation>
    </message>
    <message numerus="yes">
        <source>Put %n computer(s) out of order? Sessions running there end now.</source>
        <translation>
            <numerusform>Put %n computer out of order? The session running there ends now.</numerusform>
            <numerusform>Put %n computers out of order? Sessions running there end now.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the visitor is being signed in.</source>
        <translation>%1: the visitor is being signed in.</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n computer(s)…</source>
        <translation>
            <numerusform>Sending to %n computer…</numerusform>
            <numerusform>Sending to %n computers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent to %2.</source>
        <translation>%1: sent to %2.</translation>
    </message>
    <message>
        <source>%1 refused on %2 of %3 computers: see their tiles.</source>
        <translation>%1 refused on %2 of %3 computers: see their tiles.</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Computer or visitor (Ctrl+F)</source>
        <translation>Computer or visitor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a computer or visitor</source>
        <translation>Find a computer or visitor</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>S&amp;ort by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sort the computers by</source>
        <translation>Sort the computers by</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>One tile per computer (Ctrl+Shift+L switches)</source>
        <translation>One tile per computer (Ctrl+Shift+L switches)</translation>
    </message>
    <message>
        <source>A compact list, for large rooms (Ctrl+Shift+L)</source>
        <translation>A compact list, for large rooms (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Sound for calls</source>
        <translation>Sound for calls</translation>
    </message>
    <message>
        <source>Play a sound when a computer calls the desk</source>
        <translation>Play a sound when a computer calls the desk</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>I&apos;m coming</translation>
    </message>
    <message>
        <source>Answer the selected computers&apos; call: the visitor sees you are coming (Ctrl+J)</source>
        <translation>Answer the selected computers&apos; call: the visitor sees you are coming (Ctrl+J)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Add 5 minutes to the selected sessions (Ctrl+Shift+E)</source>
        <translation>Add 5 minutes to the selected sessions (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>Add 15 minutes to the selected sessions (Ctrl+E)</source>
        <translation>Add 15 minutes to the selected sessions (Ctrl+E)</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Add the minutes you choose (Ctrl+Shift+T)</source>
        <translation>Add the minutes you choose (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Set time…</source>
        <translation>Set time…</translation>
    </message>
    <message>
        <source>Set the time left of the selected sessions (Ctrl+T)</source>
        <translation>Set the time left of the selected sessions (Ctrl+T)</translation>
    </message>
    <message>
        <source>Extend after closing time…</source>
        <translation>Extend after closing time…</translation>
    </message>
    <message>
        <source>Administrators: let the selected sessions run past closing time</source>
        <translation>Administrators: let the selected sessions run past closing time</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>End the selected sessions, after confirming (Del)</source>
        <translation>End the selected sessions, after confirming (Del)</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Show a message on the selected computers (Ctrl+M)</source>
        <translation>Show a message on the selected computers (Ctrl+M)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the screen; the visitor&apos;s time keeps running (Ctrl+L)</source>
        <translation>Lock the screen; the visitor&apos;s time keeps running (Ctrl+L)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlock the selected screens (Ctrl+U)</source>
        <translation>Unlock the selected screens (Ctrl+U)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign a visitor in on the selected free computer (Ctrl+N, or Enter)</source>
        <translation>Sign a visitor in on the selected free computer (Ctrl+N, or Enter)</translation>
    </message>
    <message>
        <source>Out of order…</source>
        <translation>Out of order…</translation>
    </message>
    <message>
        <source>Put the selected computers out of order, with a reason</source>
        <translation>Put the selected computers out of order, with a reason</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Back in service</translation>
    </message>
    <message>
        <source>Put the selected computers back in service</source>
        <translation>Put the selected computers back in service</translation>
    </message>
    <message>
        <source>End all sessions…</source>
        <translation>End all sessions…</translation>
    </message>
    <message>
        <source>Closing time: end every session of the room, after confirming</source>
        <translation>Closing time: end every session of the room, after confirming</translation>
    </message>
    <message>
        <source>Show errors…</source>
        <translation>Show errors…</translation>
    </message>
    <message>
        <source>The errors the selected computer reported to the server</source>
        <translation>The errors the selected computer reported to the server</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find a computer or visitor (Ctrl+F)</source>
        <translation>Find a computer or visitor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tiles or list</source>
        <translation>Tiles or list</translation>
    </message>
    <message>
        <source>Switch between tiles and the list (Ctrl+Shift+L)</source>
        <translation>Switch between tiles and the list (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
    <message>
        <source>+5 min, the minutes you choose, the time left</source>
        <translation>+5 min, the minutes you choose, the time left</translation>
    </message>
    <message>
        <source>More time actions</source>
        <translation>More time actions</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>In use (%1)</source>
        <translation>In use (%1)</translation>
    </message>
    <message>
        <source>Free (%1)</source>
        <translation>Free (%1)</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Needs attention (%1)</translation>
    </message>
    <message>
        <source>Offline or out of order (%1)</source>
        <translation>Offline or out of order (%1)</translation>
    </message>
    <message>
        <source>Select a computer (Ctrl+click or Shift+click for several, Ctrl+A for all).</source>
        <translation>Select a computer (Ctrl+click or Shift+click for several, Ctrl+A for all).</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) selected</source>
        <translation>
            <numerusform>%n computer selected</numerusform>
            <numerusform>%n computers selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Book this computer…</source>
        <translation>Book this computer…</translation>
    </message>
    <message>
        <source>Book the selected computer for a visitor, later today or another day (Ctrl+R)</source>
        <translation>Book the selected computer for a visitor, later today or another day (Ctrl+R)</translation>
    </message>
    <message>
        <source>Book for a group…</source>
        <translation>Book for a group…</translation>
    </message>
    <message>
        <source>Book several computers for a class or a group</source>
        <translation>Book several computers for a class or a group</translation>
    </message>
    <message>
        <source>Bookings…</source>
        <translation>Bookings…</translation>
    </message>
    <message>
        <source>Today&apos;s and upcoming bookings, to cancel one (Ctrl+Shift+B)</source>
        <translation>Today&apos;s and upcoming bookings, to cancel one (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Out of order, back in service, bookings, errors</source>
        <translation>Out of order, back in service, bookings, errors</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>%1 per session, %2 per day, %3 per week</source>
        <translation>%1 per session, %2 per day, %3 per week</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <source>Time allowances</source>
        <translation>Time allowances</translation>
    </message>
    <message>
        <source>Loading the time allowances…</source>
        <translation>Loading the time allowances…</translation>
    </message>
    <message>
        <source>City-wide allowances of “%1”, for every site.</source>
        <translation>City-wide allowances of “%1”, for every site.</translation>
    </message>
    <message>
        <source>Allowances of “%1” at %2 only. The other sites keep theirs.</source>
        <translation>Allowances of “%1” at %2 only. The other sites keep theirs.</translation>
    </message>
    <message>
        <source>To follow the city again, use “%1” instead.</source>
        <translation>To follow the city again, use “%1” instead.</translation>
    </message>
    <message>
        <source>Change the allowances of “%1”</source>
        <translation>Change the allowances of “%1”</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>City-wide allowances of “%1” saved.</source>
        <translation>City-wide allowances of “%1” saved.</translation>
    </message>
    <message>
        <source>Allowances of “%1” at %2 saved.</source>
        <translation>Allowances of “%1” at %2 saved.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Each warning and extension value comes on its own from the most specific line that sets it.</source>
        <translation>Each warning and extension value comes on its own from the most specific line that sets it.</translation>
    </message>
    <message>
        <source>Remove the city-wide allowances of “%1”? This category then gets those of every other category: %2.</source>
        <translation>Remove the city-wide allowances of “%1”? This category then gets those of every other category: %2.</translation>
    </message>
    <message>
        <source>Remove the allowances of “%1” that are %2&apos;s own? The site follows the city again: %3.</source>
        <translation>Remove the allowances of “%1” that are %2&apos;s own? The site follows the city again: %3.</translation>
    </message>
    <message>
        <source>“%1” now follows: %2.</source>
        <translation>“%1” now follows: %2.</translation>
    </message>
    <message>
        <source>These allowances were removed already. The page is up to date.</source>
        <translation>These allowances were removed already. The page is up to date.</translation>
    </message>
    <message>
        <source>You may not change these allowances: only administrators change the city-wide ones, and staff those of their own sites.</source>
        <translation>You may not change these allowances: only administrators change the city-wide ones, and staff those of their own sites.</translation>
    </message>
    <message>
        <source>The server does not know this category or site any more. Press F5.</source>
        <translation>The server does not know this category or site any more. Press F5.</translation>
    </message>
    <message>
        <source>The server refused these minutes. A session or a day is at most 24 h, a week at most 168 h.</source>
        <translation>The server refused these minutes. A session or a day is at most 24 h, a week at most 168 h.</translation>
    </message>
    <message>
        <source>Your minutes are kept: try again.</source>
        <translation>Your minutes are kept: try again.</translation>
    </message>
    <message>
        <source>Name of the new category: lower-case letters, digits and &apos;-&apos;, at most 32 characters (e.g. &apos;senior-plus&apos;). It gets the allowances of every other category until you change them.</source>
        <translation>Name of the new category: lower-case letters, digits and &apos;-&apos;, at most 32 characters (e.g. &apos;senior-plus&apos;). It gets the allowances of every other category until you change them.</translation>
    </message>
    <message>
        <source>Add a visitor category</source>
        <translation>Add a visitor category</translation>
    </message>
    <message>
        <source>Category “%1” added.</source>
        <translation>Category “%1” added.</translation>
    </message>
    <message>
        <source>The category “%1” exists already.</source>
        <translation>The category “%1” exists already.</translation>
    </message>
    <message>
        <source>The server refused the name “%1”.</source>
        <translation>The server refused the name “%1”.</translation>
    </message>
    <message>
        <source>“guest” is kept for guest tickets: choose another name.</source>
        <translation>“guest” is kept for guest tickets: choose another name.</translation>
    </message>
    <message>
        <source>“%1” cannot be a category name: use lower-case letters, digits and &apos;-&apos; only.</source>
        <translation>“%1” cannot be a category name: use lower-case letters, digits and &apos;-&apos; only.</translation>
    </message>
    <message>
        <source>Time allowances — city-wide</source>
        <translation>Time allowances — city-wide</translation>
    </message>
    <message>
        <source>Minutes a visitor may use the computers, per session, per day and per week, by category. These apply at every site that has no allowances of its own. Choose a site in the toolbar to see and change its own.</source>
        <translation>Minutes a visitor may use the computers, per session, per day and per week, by category. These apply at every site that has no allowances of its own. Choose a site in the toolbar to see and change its own.</translation>
    </message>
    <message>
        <source>Time allowances — %1</source>
        <translation>Time allowances — %1</translation>
    </message>
    <message>
        <source>What applies at this site, per session, per day and per week. Lines in bold are this site&apos;s own; the others are inherited from the city and follow its changes. A change here applies to this site only.</source>
        <translation>What applies at this site, per session, per day and per week. Lines in bold are this site&apos;s own; the others are inherited from the city and follow its changes. A change here applies to this site only.</translation>
    </message>
    <message>
        <source>Use the default allowances</source>
        <translation>Use the default allowances</translation>
    </message>
    <message>
        <source>The selected category gets the allowances of every other one again (Del)</source>
        <translation>The selected category gets the allowances of every other one again (Del)</translation>
    </message>
    <message>
        <source>Use the city&apos;s allowances</source>
        <translation>Use the city&apos;s allowances</translation>
    </message>
    <message>
        <source>Remove this site&apos;s own allowances of the selected category (Del)</source>
        <translation>Remove this site&apos;s own allowances of the selected category (Del)</translation>
    </message>
    <message>
        <source>Read only: only administrators change the city-wide allowances. Choose one of your sites in the toolbar to set its own.</source>
        <translation>Read only: only administrators change the city-wide allowances. Choose one of your sites in the toolbar to set its own.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the allowances of the selected category (F2, Enter or double click)</source>
        <translation>Change the allowances of the selected category (F2, Enter or double click)</translation>
    </message>
    <message>
        <source>Add a category…</source>
        <translation>Add a category…</translation>
    </message>
    <message>
        <source>Add a visitor category (Ctrl+N)</source>
        <translation>Add a visitor category (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Time left: %1</source>
        <extracomment>the expanded bar&apos;s new height (its rows changed): what is placed below it follows the apps shown by their initial (no icon of their own) buttons added to the first row (add_session_button), before &quot;Lock while I&apos;m away&quot;</extracomment>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <source>Show the whole bar</source>
        <translation>Show the whole bar</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still there? %n s</source>
        <translation>
            <numerusform>Still there? %n s</numerusform>
            <numerusform>Still there? %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The staff added %n minute(s).</source>
        <translation>
            <numerusform>The staff added %n minute.</numerusform>
            <numerusform>The staff added %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>All apps</translation>
    </message>
    <message>
        <source>Show every program you can open</source>
        <translation>Show every program you can open</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Step away</source>
        <translation>Step away</translation>
    </message>
    <message>
        <source>Lock while I&apos;m away</source>
        <translation>Lock while I&apos;m away</translation>
    </message>
    <message>
        <source>Lock the screen while you step away. Your PIN or card number unlocks it.</source>
        <translation>Lock the screen while you step away. Your PIN or card number unlocks it.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Make the bar smaller</source>
        <translation>Make the bar smaller</translation>
    </message>
</context>
<context>
    <name>SessionRuleGrid</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Automatic extension</source>
        <translation>Automatic extension</translation>
    </message>
    <message>
        <source>Warnings and automatic extension by category</source>
        <translation>Warnings and automatic extension by category</translation>
    </message>
</context>
<context>
    <name>SessionRulesCounts</name>
    <message numerus="yes">
        <source>up to %n time(s)</source>
        <translation>
            <numerusform>up to %n time</numerusform>
            <numerusform>up to %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRulesForm</name>
    <message>
        <source>no warning</source>
        <translation>no warning</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Warnings before the end</source>
        <translation>&amp;Warnings before the end</translation>
    </message>
    <message>
        <source>Extend by, in &amp;minutes</source>
        <translation>Extend by, in &amp;minutes</translation>
    </message>
    <message>
        <source>&amp;Times per session, at most</source>
        <translation>&amp;Times per session, at most</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>Set here</translation>
    </message>
    <message>
        <source>Warnings: minutes before the end, separated by commas; seconds with “s”. For example: 5, 1, 30 s. Empty: no warning.</source>
        <translation>Warnings: minutes before the end, separated by commas; seconds with “s”. For example: 5, 1, 30 s. Empty: no warning.</translation>
    </message>
    <message>
        <source>Tick at least one value. To leave them all as they fall through, remove this line instead.</source>
        <translation>Tick at least one value. To leave them all as they fall through, remove this line instead.</translation>
    </message>
    <message>
        <source>What applies then: %1.</source>
        <translation>What applies then: %1.</translation>
    </message>
    <message>
        <source>No automatic extension while the minutes or the times are 0.</source>
        <translation>No automatic extension while the minutes or the times are 0.</translation>
    </message>
    <message>
        <source>as every category at this site</source>
        <translation>as every category at this site</translation>
    </message>
    <message>
        <source>as the city</source>
        <translation>as the city</translation>
    </message>
    <message>
        <source>as every category</source>
        <translation>as every category</translation>
    </message>
    <message>
        <source>as the defaults</source>
        <translation>as the defaults</translation>
    </message>
    <message>
        <source>Automatic extension never runs into a booking of the computer, and it stops while anybody waits in the site&apos;s queue.</source>
        <translation>Automatic extension never runs into a booking of the computer, and it stops while anybody waits in the site&apos;s queue.</translation>
    </message>
</context>
<context>
    <name>SessionRulesPanel</name>
    <message>
        <source>City-wide warnings and extension of “%1”, for every site without its own.</source>
        <translation>City-wide warnings and extension of “%1”, for every site without its own.</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1” at %2 only. The other sites keep theirs.</source>
        <translation>Warnings and extension of “%1” at %2 only. The other sites keep theirs.</translation>
    </message>
    <message>
        <source>To follow the city for every value, use “%1” instead.</source>
        <translation>To follow the city for every value, use “%1” instead.</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1”</source>
        <translation>Warnings and extension of “%1”</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Warnings and extension of “%1” saved.</source>
        <translation>Warnings and extension of “%1” saved.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Remove the city-wide warnings and extension of “%1”? Then: %2.</source>
        <translation>Remove the city-wide warnings and extension of “%1”? Then: %2.</translation>
    </message>
    <message>
        <source>Remove the warnings and extension of “%1” that are %2&apos;s own? Then: %3.</source>
        <translation>Remove the warnings and extension of “%1” that are %2&apos;s own? Then: %3.</translation>
    </message>
    <message>
        <source>“%1” now has %2.</source>
        <translation>“%1” now has %2.</translation>
    </message>
    <message>
        <source>This line was removed already. The page is up to date.</source>
        <translation>This line was removed already. The page is up to date.</translation>
    </message>
    <message>
        <source>You may not change these rules: only administrators change the city-wide ones, and staff those of their own sites.</source>
        <translation>You may not change these rules: only administrators change the city-wide ones, and staff those of their own sites.</translation>
    </message>
    <message>
        <source>The server does not know this category or site any more. Press F5. Your values are kept.</source>
        <translation>The server does not know this category or site any more. Press F5. Your values are kept.</translation>
    </message>
    <message>
        <source>The server refused these values: at most 5 warnings, each at most 60 min before the end; at most 600 min more, 20 times, 1000 computers. Your values are kept.</source>
        <translation>The server refused these values: at most 5 warnings, each at most 60 min before the end; at most 600 min more, 20 times, 1000 computers. Your values are kept.</translation>
    </message>
    <message>
        <source>Your values are kept: try again.</source>
        <translation>Your values are kept: try again.</translation>
    </message>
    <message>
        <source>Use the general rules</source>
        <translation>Use the general rules</translation>
    </message>
    <message>
        <source>Remove the city-wide line of the selected category: its values come from every category&apos;s line or the defaults again (Del)</source>
        <translation>Remove the city-wide line of the selected category: its values come from every category&apos;s line or the defaults again (Del)</translation>
    </message>
    <message>
        <source>Use the city&apos;s rules</source>
        <translation>Use the city&apos;s rules</translation>
    </message>
    <message>
        <source>Remove this site&apos;s own line of the selected category (Del)</source>
        <translation>Remove this site&apos;s own line of the selected category (Del)</translation>
    </message>
    <message>
        <source>Read only: only administrators change the city-wide warnings and extensions.</source>
        <translation>Read only: only administrators change the city-wide warnings and extensions.</translation>
    </message>
    <message>
        <source>Warnings before the end and automatic extension</source>
        <translation>Warnings before the end and automatic extension</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the warnings and extension of the selected category (F2 on this list, Enter or double click)</source>
        <translation>Change the warnings and extension of the selected category (F2 on this list, Enter or double click)</translation>
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
        <translation>No warning</translation>
    </message>
    <message>
        <source>No automatic extension</source>
        <translation>No automatic extension</translation>
    </message>
    <message>
        <source>%1 min more</source>
        <translation>%1 min more</translation>
    </message>
    <message>
        <source>warnings %1 before the end</source>
        <translation>warnings %1 before the end</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>no warning</translation>
    </message>
    <message>
        <source>no automatic extension</source>
        <translation>no automatic extension</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <source>This site (every category)</source>
        <translation>This site (every category)</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>The city</translation>
    </message>
    <message>
        <source>City-wide (every category)</source>
        <translation>City-wide (every category)</translation>
    </message>
    <message>
        <source>The city (every category)</source>
        <translation>The city (every category)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Minutes more</source>
        <translation>Minutes more</translation>
    </message>
    <message>
        <source>Times per session</source>
        <translation>Times per session</translation>
    </message>
    <message>
        <source>“%1”: a warning comes at least 1 second before the end.</source>
        <translation>“%1”: a warning comes at least 1 second before the end.</translation>
    </message>
    <message>
        <source>“%1”: a warning comes at most 60 minutes before the end.</source>
        <translation>“%1”: a warning comes at most 60 minutes before the end.</translation>
    </message>
    <message>
        <source>At most 5 warnings.</source>
        <translation>At most 5 warnings.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type minutes, or seconds followed by “s”.</source>
        <translation>“%1” is not a time: type minutes, or seconds followed by “s”.</translation>
    </message>
    <message>
        <source>while nobody waits in the queue</source>
        <translation>while nobody waits in the queue</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>No visitor or guest ticket has this identifier. Check it.</source>
        <translation>No visitor or guest ticket has this identifier. Check it.</translation>
    </message>
    <message>
        <source>This guest ticket cannot be used (expired or used up).</source>
        <translation>This guest ticket cannot be used (expired or used up).</translation>
    </message>
    <message>
        <source>This visitor&apos;s account is disabled.</source>
        <translation>This visitor&apos;s account is disabled.</translation>
    </message>
    <message>
        <source>This visitor has no computer time left today or this week.</source>
        <translation>This visitor has no computer time left today or this week.</translation>
    </message>
    <message>
        <source>The site is closed now: nobody can be signed in.</source>
        <translation>The site is closed now: nobody can be signed in.</translation>
    </message>
    <message>
        <source>This visitor is already signed in on another computer. End that session first.</source>
        <translation>This visitor is already signed in on another computer. End that session first.</translation>
    </message>
    <message>
        <source>This computer is out of order. Choose another one.</source>
        <translation>This computer is out of order. Choose another one.</translation>
    </message>
    <message>
        <source>This computer is offline. Choose another one.</source>
        <translation>This computer is offline. Choose another one.</translation>
    </message>
    <message>
        <source>Someone is already signed in on this computer.</source>
        <translation>Someone is already signed in on this computer.</translation>
    </message>
    <message>
        <source>This identifier is not valid. Check it.</source>
        <translation>This identifier is not valid. Check it.</translation>
    </message>
    <message>
        <source>Sign a visitor in on %1</source>
        <extracomment>Sends the identifier; calls one of the two callbacks on the UI thread.</extracomment>
        <translation>Sign a visitor in on %1</translation>
    </message>
    <message>
        <source>Type or scan the visitor&apos;s card number or guest ticket. They are signed in on %1 without their PIN: you vouch for them.</source>
        <translation>Type or scan the visitor&apos;s card number or guest ticket. They are signed in on %1 without their PIN: you vouch for them.</translation>
    </message>
    <message>
        <source>Visitor identifier</source>
        <translation>Visitor identifier</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Identifier</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SignInSourcesPanel</name>
    <message>
        <source>Sign-ins on %1 try, in this order: %2.</source>
        <translation>Sign-ins on %1 try, in this order: %2.</translation>
    </message>
    <message>
        <source>the server&apos;s own visitor list</source>
        <translation>the server&apos;s own visitor list</translation>
    </message>
    <message>
        <source>Visitors of this server</source>
        <translation>Visitors of this server</translation>
    </message>
    <message>
        <source>library system, SIP2</source>
        <translation>library system, SIP2</translation>
    </message>
    <message>
        <source>directory, LDAP</source>
        <translation>directory, LDAP</translation>
    </message>
    <message>
        <source>card unknown</source>
        <translation>card unknown</translation>
    </message>
    <message>
        <source>wrong PIN or password</source>
        <translation>wrong PIN or password</translation>
    </message>
    <message>
        <source>card expired</source>
        <translation>card expired</translation>
    </message>
    <message>
        <source>card blocked</source>
        <translation>card blocked</translation>
    </message>
    <message>
        <source>fines</source>
        <translation>fines</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>Sign-in sources of this site</source>
        <translation>Sign-in sources of this site</translation>
    </message>
    <message>
        <source>The sign-in sources are set in the server&apos;s configuration file; passwords are not shown. Counts are since the server&apos;s database was made.</source>
        <translation>The sign-in sources are set in the server&apos;s configuration file; passwords are not shown. Counts are since the server&apos;s database was made.</translation>
    </message>
    <message>
        <source>Sign-in sources</source>
        <translation>Sign-in sources</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>The server refused these opening hours: check each range.</source>
        <translation>The server refused these opening hours: check each range.</translation>
    </message>
    <message>
        <source>The server refused this text: check its length.</source>
        <translation>The server refused this text: check its length.</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>Closed &amp;dates</source>
        <translation>Closed &amp;dates</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Charter</source>
        <translation>&amp;Charter</translation>
    </message>
    <message>
        <source>&amp;Public page</source>
        <translation>&amp;Public page</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Site settings</translation>
    </message>
    <message>
        <source>&amp;Bookings and queue</source>
        <translation>&amp;Bookings and queue</translation>
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
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Open all day</source>
        <translation>Open all day</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Closes at %1</source>
        <translation>Closes at %1</translation>
    </message>
    <message>
        <source>Closes on %1 at %2</source>
        <translation>Closes on %1 at %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
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
        <translation>The changes to %1 are not saved. Discard them and show %2?</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Discard them and load the site again?</source>
        <translation>The changes to %1 are not saved. Discard them and load the site again?</translation>
    </message>
    <message>
        <source>Still showing %1, with your unsaved changes. Save or discard them to see %2.</source>
        <translation>Still showing %1, with your unsaved changes. Save or discard them to see %2.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Press F5 to try again.</source>
        <translation>Press F5 to try again.</translation>
    </message>
    <message>
        <source>The site&apos;s logo</source>
        <translation>The site&apos;s logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct what is shown in red.</source>
        <translation>Nothing was saved: correct what is shown in red.</translation>
    </message>
    <message>
        <source>Your changes are kept: try again.</source>
        <translation>Your changes are kept: try again.</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Discard your changes to %1?</translation>
    </message>
    <message>
        <source>You left unsaved changes to %1. Save them now? (If not, they stay in the Sites page until you save or discard them.)</source>
        <translation>You left unsaved changes to %1. Save them now? (If not, they stay in the Sites page until you save or discard them.)</translation>
    </message>
    <message>
        <source>You have no site to manage. Ask an administrator.</source>
        <translation>You have no site to manage. Ask an administrator.</translation>
    </message>
    <message>
        <source>Choose a site in the list on the left.</source>
        <translation>Choose a site in the list on the left.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes to this site (Ctrl+S)</source>
        <translation>Save the changes to this site (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Go back to what the server holds</source>
        <translation>Go back to what the server holds</translation>
    </message>
</context>
<context>
    <name>StaffConfirm</name>
    <message>
        <source>Please confirm</source>
        <extracomment>The widest a staff window gets at scale 1 (it fits a 1280-px screen); its rows wrap.</extracomment>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>The server cannot be reached. Try again in a moment.</source>
        <translation>The server cannot be reached. Try again in a moment.</translation>
    </message>
    <message>
        <source>A visitor is using this computer: end their session first.</source>
        <translation>A visitor is using this computer: end their session first.</translation>
    </message>
    <message>
        <source>That did not work. Try again.</source>
        <translation>That did not work. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries on this computer: try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong tries on this computer: try again in %n minute.</numerusform>
            <numerusform>Too many wrong tries on this computer: try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong username, password or PIN, or not staff of this site. Try again.</source>
        <translation>Wrong username, password or PIN, or not staff of this site. Try again.</translation>
    </message>
    <message>
        <source>This computer belongs to another site: only the staff of its site can sign in here.</source>
        <translation>This computer belongs to another site: only the staff of its site can sign in here.</translation>
    </message>
    <message>
        <source>Your staff sign-in is over. Close the panel and sign in again.</source>
        <translation>Your staff sign-in is over. Close the panel and sign in again.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this computer any more.</source>
        <translation>Nobody is signed in on this computer any more.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) added.</source>
        <extracomment>How the program quits for maintenance (exit code 0); tests replace it.</extracomment>
        <translation>
            <numerusform>%n minute added.</numerusform>
            <numerusform>%n minutes added.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the visitor&apos;s session now? Their programs will be closed.</source>
        <translation>End the visitor&apos;s session now? Their programs will be closed.</translation>
    </message>
    <message>
        <source>Yes, end the session</source>
        <translation>Yes, end the session</translation>
    </message>
    <message>
        <source>The session ends.</source>
        <translation>The session ends.</translation>
    </message>
    <message numerus="yes">
        <source>Quit the kiosk for maintenance? The lock screen comes back by itself in %n minute(s).</source>
        <translation>
            <numerusform>Quit the kiosk for maintenance? The lock screen comes back by itself in %n minute.</numerusform>
            <numerusform>Quit the kiosk for maintenance? The lock screen comes back by itself in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit the kiosk? This computer stays without the lock screen until it is started again.</source>
        <translation>Quit the kiosk? This computer stays without the lock screen until it is started again.</translation>
    </message>
    <message>
        <source>Yes, quit the kiosk</source>
        <translation>Yes, quit the kiosk</translation>
    </message>
</context>
<context>
    <name>StaffMessageDialog</name>
    <message>
        <source>Message from the staff</source>
        <extracomment>The button answers only after this long, so that a visitor typing in their own program when the message pops up does not acknowledge it by accident. In the site&apos;s language: shown when ``texts`` has none in the visitor&apos;s. side by side in normal text, one under the other in larger text (apply_look) the message scrolls when it is longer than the screen (larger text on 1024×768)</extracomment>
        <translation>Message from the staff</translation>
    </message>
    <message>
        <source>OK, I have read it</source>
        <translation>OK, I have read it</translation>
    </message>
    <message>
        <source>Received at %1</source>
        <translation>Received at %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) after this one.</source>
        <translation>
            <numerusform>%n more message after this one.</numerusform>
            <numerusform>%n more messages after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>To unlock the desktop, end the visitor&apos;s session first.</source>
        <translation>To unlock the desktop, end the visitor&apos;s session first.</translation>
    </message>
    <message>
        <source>Nobody is using this computer.</source>
        <translation>Nobody is using this computer.</translation>
    </message>
    <message>
        <source>%1 is using this computer. Time left: %2</source>
        <translation>%1 is using this computer. Time left: %2</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Staff panel</translation>
    </message>
    <message>
        <source>Computer %1 — %2</source>
        <translation>Computer %1 — %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
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
        <translation>Minutes of maintenance</translation>
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
        <translation>Add 5 minutes</translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation>+15 min</translation>
    </message>
    <message>
        <source>Add 15 minutes</source>
        <translation>Add 15 minutes</translation>
    </message>
    <message>
        <source>Other duration…</source>
        <translation>Other duration…</translation>
    </message>
    <message>
        <source>Add another duration</source>
        <translation>Add another duration</translation>
    </message>
    <message>
        <source>End the session…</source>
        <translation>End the session…</translation>
    </message>
    <message>
        <source>End the visitor&apos;s session</source>
        <translation>End the visitor&apos;s session</translation>
    </message>
    <message>
        <source>Unlock the desktop for maintenance</source>
        <translation>Unlock the desktop for maintenance</translation>
    </message>
    <message>
        <source>Quit the kiosk for maintenance…</source>
        <translation>Quit the kiosk for maintenance…</translation>
    </message>
    <message>
        <source>Quit the kiosk for maintenance</source>
        <translation>Quit the kiosk for maintenance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the staff panel</source>
        <translation>Close the staff panel</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <source>Checking…</source>
        <extracomment>this window&apos;s own rules, after the look&apos;s (ui.theme.kiosk_style)</extracomment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Type your staff username and your password or PIN.</source>
        <translation>Type your staff username and your password or PIN.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>For the staff of this site. Visitors: ask at the desk for help.</source>
        <translation>For the staff of this site. Visitors: ask at the desk for help.</translation>
    </message>
    <message>
        <source>Staff username</source>
        <translation>Staff username</translation>
    </message>
    <message>
        <source>Password or staff PIN</source>
        <translation>Password or staff PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in as staff</source>
        <translation>Sign in as staff</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This computer is out of order: %1</source>
        <translation>This computer is out of order: %1</translation>
    </message>
</context>
<context>
    <name>StartClassDialog</name>
    <message>
        <source>Start a class</source>
        <extracomment>Minutes an &quot;extend all&quot; adds.</extracomment>
        <translation>Start a class</translation>
    </message>
    <message>
        <source>&amp;Title of the class</source>
        <translation>&amp;Title of the class</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;Computers of the class</source>
        <translation>&amp;Computers of the class</translation>
    </message>
</context>
<context>
    <name>StationErrorsDialog</name>
    <message>
        <source>The errors could not be loaded: %1</source>
        <translation>The errors could not be loaded: %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <source>This computer has reported no error.</source>
        <translation>This computer has reported no error.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Errors of %1</translation>
    </message>
    <message>
        <source>The errors this computer&apos;s program reported to the server, newest first (the last 30 days). Give them to the IT helpdesk if the computer misbehaves.</source>
        <translation>The errors this computer&apos;s program reported to the server, newest first (the last 30 days). Give them to the IT helpdesk if the computer misbehaves.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>App in use</source>
        <translation>App in use</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StationsPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Now: no limit, the profiles decide.</source>
        <translation>Now: no limit, the profiles decide.</translation>
    </message>
    <message numerus="yes">
        <source>Now: only %n app(s) allowed.</source>
        <translation>
            <numerusform>Now: only %n app allowed.</numerusform>
            <numerusform>Now: only %n apps allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n app(s) blocked.</source>
        <translation>
            <numerusform>Now: %n app blocked.</numerusform>
            <numerusform>Now: %n apps blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one app, or choose “No limit”.</source>
        <translation>Tick at least one app, or choose “No limit”.</translation>
    </message>
    <message>
        <source>Apps of %1 saved; they apply from the next sign-in on this computer.</source>
        <translation>Apps of %1 saved; they apply from the next sign-in on this computer.</translation>
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
        <translation>&amp;No limit: the visitor&apos;s profiles decide</translation>
    </message>
    <message>
        <source>&amp;Only the ticked apps (allowlist)</source>
        <translation>&amp;Only the ticked apps (allowlist)</translation>
    </message>
    <message>
        <source>All apps &amp;except the ticked ones (denylist)</source>
        <translation>All apps &amp;except the ticked ones (denylist)</translation>
    </message>
    <message>
        <source>&amp;Apps</source>
        <translation>&amp;Apps</translation>
    </message>
    <message>
        <source>Apps of the computer&apos;s list</source>
        <translation>Apps of the computer&apos;s list</translation>
    </message>
    <message>
        <source>No computer at this site yet. Computers appear once they are enrolled.</source>
        <translation>No computer at this site yet. Computers appear once they are enrolled.</translation>
    </message>
    <message>
        <source>The limit applies on top of the profiles: a visitor never gets an app their profile does not give. Changes apply from the next sign-in.</source>
        <translation>The limit applies on top of the profiles: a visitor never gets an app their profile does not give. Changes apply from the next sign-in.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save this computer&apos;s apps (Ctrl+S)</source>
        <translation>Save this computer&apos;s apps (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>Statistics</source>
        <extracomment>Rows a breakdown table shows before it scrolls.</extracomment>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>By visitor category</source>
        <translation>By visitor category</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>By age band</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>By site</translation>
    </message>
    <message>
        <source>Use by hour of the day</source>
        <translation>Use by hour of the day</translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour</source>
        <translation>Occupancy by weekday and hour</translation>
    </message>
    <message>
        <source>Bar chart: station-hours in use by hour</source>
        <translation>Bar chart: station-hours in use by hour</translation>
    </message>
    <message>
        <source>Heat map: occupancy by weekday and hour</source>
        <translation>Heat map: occupancy by weekday and hour</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
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
        <translation>Hours</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Unique visitors</translation>
    </message>
    <message>
        <source>Computers in use (share of opening time)</source>
        <translation>Computers in use (share of opening time)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>All my sites</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Statistics exported to %1.</source>
        <translation>Statistics exported to %1.</translation>
    </message>
</context>
<context>
    <name>TextSizeSwitch</name>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>A ×1</source>
        <translation>A ×1</translation>
    </message>
    <message>
        <source>A ×1.5</source>
        <translation>A ×1.5</translation>
    </message>
    <message>
        <source>A ×2</source>
        <translation>A ×2</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Text one and a half times larger</source>
        <translation>Text one and a half times larger</translation>
    </message>
    <message>
        <source>Text twice as large</source>
        <translation>Text twice as large</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Choose a site…</source>
        <translation>Choose a site…</translation>
    </message>
    <message>
        <source>Choose the site where the tickets will be used.</source>
        <translation>Choose the site where the tickets will be used.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <source>These tickets would already be expired: choose a last day from today.</source>
        <translation>These tickets would already be expired: choose a last day from today.</translation>
    </message>
    <message>
        <source>New tickets for visitors without an account</source>
        <translation>New tickets for visitors without an account</translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation>Si&amp;te</translation>
    </message>
    <message>
        <source>Site where the tickets are valid</source>
        <translation>Site where the tickets are valid</translation>
    </message>
    <message>
        <source>How &amp;many</source>
        <translation>How &amp;many</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>Number of tickets</translation>
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
        <translation>Minutes on each ticket</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>First day of validity</source>
        <translation>First day of validity</translation>
    </message>
    <message>
        <source>Last &amp;day</source>
        <translation>Last &amp;day</translation>
    </message>
    <message>
        <source>Last day of validity</source>
        <translation>Last day of validity</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Create the tickets (Ctrl+N)</source>
        <translation>Create the tickets (Ctrl+N)</translation>
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
        <translation>administrator (command line)</translation>
    </message>
    <message>
        <source>Used on %1</source>
        <translation>Used on %1</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Not used yet</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Not valid yet</translation>
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
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Guest tickets</source>
        <translation>Guest tickets</translation>
    </message>
    <message>
        <source>Loading the tickets…</source>
        <translation>Loading the tickets…</translation>
    </message>
    <message>
        <source>No guest tickets here yet. Choose the site, how many and the minutes above, then press Create (Ctrl+N).</source>
        <translation>No guest tickets here yet. Choose the site, how many and the minutes above, then press Create (Ctrl+N).</translation>
    </message>
    <message>
        <source>Creating the tickets…</source>
        <translation>Creating the tickets…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) created at %1. Print them with Ctrl+P or save them as PDF.</source>
        <translation>
            <numerusform>%n ticket created at %1. Print it with Ctrl+P or save it as PDF.</numerusform>
            <numerusform>%n tickets created at %1. Print them with Ctrl+P or save them as PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not create tickets at this site.</source>
        <translation>You may not create tickets at this site.</translation>
    </message>
    <message>
        <source>This site is not known to the server any more.</source>
        <translation>This site is not known to the server any more.</translation>
    </message>
    <message>
        <source>None of the selected tickets can still be used: select unused tickets.</source>
        <translation>None of the selected tickets can still be used: select unused tickets.</translation>
    </message>
    <message numerus="yes">
        <source>%n used or expired ticket(s) left out.</source>
        <translation>
            <numerusform>%n used or expired ticket left out.</numerusform>
            <numerusform>%n used or expired tickets left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Print the guest tickets</source>
        <translation>Print the guest tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sent to the printer.</source>
        <translation>
            <numerusform>%n ticket sent to the printer.</numerusform>
            <numerusform>%n tickets sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be used. Check it and try again.</source>
        <translation>The printer could not be used. Check it and try again.</translation>
    </message>
    <message>
        <source>Save the tickets as PDF</source>
        <translation>Save the tickets as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) saved in %1.</source>
        <translation>
            <numerusform>%n ticket saved in %1.</numerusform>
            <numerusform>%n tickets saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>All my sites</source>
        <translation>All my sites</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>Recent tickets</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>Show the tickets of</source>
        <translation>Show the tickets of</translation>
    </message>
    <message>
        <source>Select batch</source>
        <translation>Select batch</translation>
    </message>
    <message>
        <source>Select every ticket created together with the current one (Ctrl+B)</source>
        <translation>Select every ticket created together with the current one (Ctrl+B)</translation>
    </message>
    <message>
        <source>See the sheet of the selected tickets, or of the new batch (Ctrl+Shift+P)</source>
        <translation>See the sheet of the selected tickets, or of the new batch (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the selected tickets, 10 per page (Ctrl+P)</source>
        <translation>Print the selected tickets, 10 per page (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Save the ticket sheet as a PDF file (Ctrl+S)</source>
        <translation>Save the ticket sheet as a PDF file (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>left</source>
        <extracomment>A calling tile&apos;s tint (the band&apos;s white text on DESK_CALL_COLOUR reads at 7:1). The band&apos;s height at the bottom of a calling tile. A held computer&apos;s line: teal, unlike the states&apos; and the call&apos;s colours (7:1 on white). The pixel sizes tried in turn for the state word and the name until the name fits. Most notes a tile shows; the tooltip and the list have them all. the texts of the last tile painted (ui/painted_text.py)</extracomment>
        <translation>left</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Ready for a visitor</source>
        <translation>Ready for a visitor</translation>
    </message>
    <message>
        <source>Nobody can sign in</source>
        <translation>Nobody can sign in</translation>
    </message>
    <message>
        <source>Not answering since %1</source>
        <translation>Not answering since %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Not answering</translation>
    </message>
</context>
<context>
    <name>VisitorData</name>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>The data was saved in %1.</source>
        <translation>The data was saved in %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Account erased</source>
        <translation>Account erased</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Save the visitor&apos;s data</source>
        <translation>Save the visitor&apos;s data</translation>
    </message>
    <message>
        <source>The data of %1 was saved in %2.</source>
        <translation>The data of %1 was saved in %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>The account of %1 was erased; %n session(s) now count under no name. Receipt number: %2 (the audit entry; give it to the visitor if they ask).</source>
        <translation>
            <numerusform>The account of %1 was erased; %n session now counts under no name. Receipt number: %2 (the audit entry; give it to the visitor if they ask).</numerusform>
            <numerusform>The account of %1 was erased; %n sessions now count under no name. Receipt number: %2 (the audit entry; give it to the visitor if they ask).</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
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
        <translation>born in %1</translation>
    </message>
    <message>
        <source>Yes (asked at sign-in)</source>
        <translation>Yes (asked at sign-in)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Could not be loaded. Press F5 to try again.</source>
        <translation>Could not be loaded. Press F5 to try again.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Running, %1 left</source>
        <translation>Running, %1 left</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No session yet at your sites (the last 20 sessions are listed).</source>
        <translation>No session yet at your sites (the last 20 sessions are listed).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 of %2 (%3 left)</translation>
    </message>
    <message>
        <source>Choose a visitor in the list to see their account, their computer time and their recent sessions.</source>
        <translation>Choose a visitor in the list to see their account, their computer time and their recent sessions.</translation>
    </message>
    <message>
        <source>Card / identifier</source>
        <translation>Card / identifier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Used today</source>
        <translation>Used today</translation>
    </message>
    <message>
        <source>Used this week</source>
        <translation>Used this week</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change this visitor&apos;s details (F2)</source>
        <translation>Change this visitor&apos;s details (F2)</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Refuse this visitor&apos;s sign-ins, with a reason (Ctrl+D)</source>
        <translation>Refuse this visitor&apos;s sign-ins, with a reason (Ctrl+D)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Let this visitor sign in again (Ctrl+D)</source>
        <translation>Let this visitor sign in again (Ctrl+D)</translation>
    </message>
    <message>
        <source>PIN…</source>
        <translation>PIN…</translation>
    </message>
    <message>
        <source>Give a new PIN or remove it (Ctrl+P)</source>
        <translation>Give a new PIN or remove it (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <source>Save everything held about this visitor, as a PDF or JSON (their right of access)</source>
        <translation>Save everything held about this visitor, as a PDF or JSON (their right of access)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Erase this account for good; the sessions still count under no name (admins)</source>
        <translation>Erase this account for good; the sessions still count under no name (admins)</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Site, computer</source>
        <translation>Site, computer</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Type the card number or identifier.</source>
        <extracomment>The fields of the form, in the order of the tab chain; &quot;pin&quot; is the PIN typed twice. The year of birth&apos;s spin box shows &quot;Not given&quot; at this value.</extracomment>
        <translation>Type the card number or identifier.</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type it again.</source>
        <translation>The two PINs are not the same: type it again.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <source>Edit visitor %1</source>
        <translation>Edit visitor %1</translation>
    </message>
    <message>
        <source>&amp;Card / identifier</source>
        <translation>&amp;Card / identifier</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>&amp;Age band</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Co&amp;mmune</source>
        <translation>Co&amp;mmune</translation>
    </message>
    <message>
        <source>&amp;First visit</source>
        <translation>&amp;First visit</translation>
    </message>
    <message>
        <source>&amp;PIN (optional)</source>
        <translation>&amp;PIN (optional)</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN a&amp;gain</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Library card or barcode number</source>
        <translation>Library card or barcode number</translation>
    </message>
    <message>
        <source>As the visitor wants to be called</source>
        <translation>As the visitor wants to be called</translation>
    </message>
    <message>
        <source>4 to 12 digits; empty: no PIN</source>
        <translation>4 to 12 digits; empty: no PIN</translation>
    </message>
    <message>
        <source>Only what the desk needs to know</source>
        <translation>Only what the desk needs to know</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>A commune, or a postcode</source>
        <translation>A commune, or a postcode</translation>
    </message>
    <message>
        <source>Instead of the age band: the band of each visit is then computed</source>
        <translation>Instead of the age band: the band of each visit is then computed</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: their first session</source>
        <translation>YYYY-MM-DD; empty: their first session</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>VisitorExport</name>
    <message>
        <source>Export every visitor</source>
        <translation>Export every visitor</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Every visitor was saved in %1.</source>
        <translation>Every visitor was saved in %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>VisitorTableModel</name>
    <message>
        <source>Card</source>
        <extracomment>The data role that gives the row&apos;s VisitorDetail.</extracomment>
        <translation>Card</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
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
        <translation>Adult</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Youth</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Jobseeker</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>X (other)</source>
        <translation>X (other)</translation>
    </message>
    <message>
        <source>Outside Brussels</source>
        <translation>Outside Brussels</translation>
    </message>
    <message>
        <source>Time was up</source>
        <translation>Time was up</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Ended by staff</source>
        <translation>Ended by staff</translation>
    </message>
    <message>
        <source>Left idle</source>
        <translation>Left idle</translation>
    </message>
    <message>
        <source>Site closing</source>
        <translation>Site closing</translation>
    </message>
    <message>
        <source>Computer restarted</source>
        <translation>Computer restarted</translation>
    </message>
    <message>
        <source>Locked, not back in time</source>
        <translation>Locked, not back in time</translation>
    </message>
    <message>
        <source>Computer stopped reporting</source>
        <translation>Computer stopped reporting</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Could not start</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled until %1: %2</source>
        <translation>Disabled until %1: %2</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Disabled: %1</translation>
    </message>
    <message>
        <source>Type the card number or identifier (at most 64 characters).</source>
        <translation>Type the card number or identifier (at most 64 characters).</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>The PIN must be 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The name is too long (100 characters at most).</source>
        <translation>The name is too long (100 characters at most).</translation>
    </message>
    <message>
        <source>This category is not known to the server any more: choose another.</source>
        <translation>This category is not known to the server any more: choose another.</translation>
    </message>
    <message>
        <source>Choose an age band from the list.</source>
        <translation>Choose an age band from the list.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Choose a status from the list.</translation>
    </message>
    <message>
        <source>Choose a commune from the list, or type a postcode of 4 digits.</source>
        <translation>Choose a commune from the list, or type a postcode of 4 digits.</translation>
    </message>
    <message>
        <source>The year of birth must be a past year, from 1900.</source>
        <translation>The year of birth must be a past year, from 1900.</translation>
    </message>
    <message>
        <source>The first visit is a date written YYYY-MM-DD, not in the future.</source>
        <translation>The first visit is a date written YYYY-MM-DD, not in the future.</translation>
    </message>
    <message>
        <source>The notes are too long (1000 characters at most).</source>
        <translation>The notes are too long (1000 characters at most).</translation>
    </message>
    <message>
        <source>Type a reason (200 characters at most).</source>
        <translation>Type a reason (200 characters at most).</translation>
    </message>
    <message>
        <source>The last day cannot be in the past.</source>
        <translation>The last day cannot be in the past.</translation>
    </message>
    <message>
        <source>The server refused this value.</source>
        <translation>The server refused this value.</translation>
    </message>
    <message>
        <source>A visitor with this identifier already exists.</source>
        <translation>A visitor with this identifier already exists.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it again as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>The file is not UTF-8 text: save it again as &quot;CSV UTF-8&quot; and choose it again.</translation>
    </message>
    <message>
        <source>The file is empty: its first line must name the columns.</source>
        <translation>The file is empty: its first line must name the columns.</translation>
    </message>
    <message>
        <source>The first line cannot be read.</source>
        <translation>The first line cannot be read.</translation>
    </message>
    <message>
        <source>This column is not known.</source>
        <translation>This column is not known.</translation>
    </message>
    <message>
        <source>This column appears twice.</source>
        <translation>This column appears twice.</translation>
    </message>
    <message>
        <source>The column &quot;identifier&quot; is missing.</source>
        <translation>The column &quot;identifier&quot; is missing.</translation>
    </message>
    <message>
        <source>%1 values on this line, but the header names %2.</source>
        <translation>%1 values on this line, but the header names %2.</translation>
    </message>
    <message>
        <source>More than %1 rows: split the file.</source>
        <translation>More than %1 rows: split the file.</translation>
    </message>
    <message>
        <source>This line cannot be read (a quote left open?).</source>
        <translation>This line cannot be read (a quote left open?).</translation>
    </message>
    <message>
        <source>No identifier.</source>
        <translation>No identifier.</translation>
    </message>
    <message>
        <source>Longer than %1 characters.</source>
        <translation>Longer than %1 characters.</translation>
    </message>
    <message>
        <source>Same identifier as line %1.</source>
        <translation>Same identifier as line %1.</translation>
    </message>
    <message>
        <source>Unknown category. Known: %1.</source>
        <translation>Unknown category. Known: %1.</translation>
    </message>
    <message>
        <source>The age band must be one of %1.</source>
        <translation>The age band must be one of %1.</translation>
    </message>
    <message>
        <source>Must be one of %1.</source>
        <translation>Must be one of %1.</translation>
    </message>
    <message>
        <source>Must be 1 or 0 (yes or no).</source>
        <translation>Must be 1 or 0 (yes or no).</translation>
    </message>
    <message>
        <source>Must be a date written YYYY-MM-DD.</source>
        <translation>Must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Computer reserved from then</source>
        <translation>Computer reserved from then</translation>
    </message>
    <message>
        <source>Signed in on another computer</source>
        <translation>Signed in on another computer</translation>
    </message>
    <message>
        <source>No time left</source>
        <translation>No time left</translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Visitors</source>
        <extracomment>Typing pauses this long before the search is sent. Most visitors listed for one search; more: type more.</extracomment>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>No visitor matches &quot;%1&quot;. Check the card number or the name, or create the account with New visitor (Ctrl+N).</source>
        <translation>No visitor matches &quot;%1&quot;. Check the card number or the name, or create the account with New visitor (Ctrl+N).</translation>
    </message>
    <message>
        <source>No visitor account yet. Create one with New visitor (Ctrl+N), or import a CSV file (Ctrl+I).</source>
        <translation>No visitor account yet. Create one with New visitor (Ctrl+N), or import a CSV file (Ctrl+I).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n visitors are shown: type more to narrow the search.</source>
        <translation>
            <numerusform>The first %n visitor is shown: type more to narrow the search.</numerusform>
            <numerusform>The first %n visitors are shown: type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>%n visitor found</numerusform>
            <numerusform>%n visitors found</numerusform>
        </translation>
    </message>
    <message>
        <source>The account of %1 was created.</source>
        <translation>The account of %1 was created.</translation>
    </message>
    <message>
        <source>The account of %1 was saved.</source>
        <translation>The account of %1 was saved.</translation>
    </message>
    <message>
        <source>Import visitors</source>
        <translation>Import visitors</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) imported.</source>
        <translation>
            <numerusform>%n visitor imported.</numerusform>
            <numerusform>%n visitors imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor accounts</source>
        <translation>Visitor accounts</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Card number, or part of the name (Ctrl+F)</source>
        <translation>Card number, or part of the name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Find a visitor</translation>
    </message>
    <message>
        <source>Results come as you type; Enter opens the first one (Ctrl+F)</source>
        <translation>Results come as you type; Enter opens the first one (Ctrl+F)</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>New visitor</translation>
    </message>
    <message>
        <source>Create a visitor account (Ctrl+N)</source>
        <translation>Create a visitor account (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Add many accounts from a CSV file, checked before anything is saved (Ctrl+I)</source>
        <translation>Add many accounts from a CSV file, checked before anything is saved (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save every account in a CSV file (admins)</source>
        <translation>Save every account in a CSV file (admins)</translation>
    </message>
    <message>
        <source>Lockouts…</source>
        <translation>Lockouts…</translation>
    </message>
    <message>
        <source>Cards and computers held back after too many wrong PINs or passwords</source>
        <translation>Cards and computers held back after too many wrong PINs or passwords</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Retention…</translation>
    </message>
    <message>
        <source>How long visitors&apos; data is kept, and the accounts to be deleted soon</source>
        <translation>How long visitors&apos; data is kept, and the accounts to be deleted soon</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Visitors found</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <source>Time warning</source>
        <extracomment>How long a warning stays before it hides by itself (the last minute&apos;s stays). A warning this close to the end stays until dismissed or the end. the last-minute warning, shown again when an idle warning over it is cancelled laid out by _arrange: the texts beside the icon and the button in normal text, the whole width for the detail in larger text</extracomment>
        <translation>Time warning</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation>Hide this warning</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>Move the mouse or press a key, or your session ends in %n second(s).</source>
        <translation>
            <numerusform>Move the mouse or press a key, or your session ends in %n second.</numerusform>
            <numerusform>Move the mouse or press a key, or your session ends in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>Save your work now.</source>
        <translation>Save your work now.</translation>
    </message>
    <message>
        <source>Save your work now. When the time is up, your programs close.</source>
        <translation>Save your work now. When the time is up, your programs close.</translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <source>Each range must start before it ends.</source>
        <translation>Each range must start before it ends.</translation>
    </message>
    <message>
        <source>These ranges overlap: make them follow each other.</source>
        <translation>These ranges overlap: make them follow each other.</translation>
    </message>
    <message>
        <source>Every day is closed. A site needs opening hours on at least one day; for a site that never closes, tick “Open around the clock”. To close on holidays, add closed dates.</source>
        <translation>Every day is closed. A site needs opening hours on at least one day; for a site that never closes, tick “Open around the clock”. To close on holidays, add closed dates.</translation>
    </message>
    <message>
        <source>The server refused the hours of this day: check each range.</source>
        <translation>The server refused the hours of this day: check each range.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Open around the clock (no opening hours)</source>
        <translation>Open around the clock (no opening hours)</translation>
    </message>
    <message>
        <source>Visitors can sign in only during these hours, and sessions end at closing time. A day may have several ranges, e.g. 09:00–12:30 and 13:30–18:00.</source>
        <translation>Visitors can sign in only during these hours, and sessions end at closing time. A day may have several ranges, e.g. 09:00–12:30 and 13:30–18:00.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 closed</translation>
    </message>
    <message>
        <source>Add a range</source>
        <translation>Add a range</translation>
    </message>
    <message>
        <source>Add a range on %1</source>
        <translation>Add a range on %1</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Type a title in one language at least.</source>
        <translation>Type a title in one language at least.</translation>
    </message>
    <message>
        <source>Choose a theme.</source>
        <translation>Choose a theme.</translation>
    </message>
    <message>
        <source>Name the animateur&apos;s staff account.</source>
        <translation>Name the animateur&apos;s staff account.</translation>
    </message>
    <message>
        <source>The session code is 4 to 12 letters or digits.</source>
        <translation>The session code is 4 to 12 letters or digits.</translation>
    </message>
    <message>
        <source>A value is not valid: check the form and try again.</source>
        <translation>A value is not valid: check the form and try again.</translation>
    </message>
    <message>
        <source>Change the workshop</source>
        <translation>Change the workshop</translation>
    </message>
    <message>
        <source>Copy the workshop</source>
        <translation>Copy the workshop</translation>
    </message>
    <message>
        <source>Plan a workshop</source>
        <translation>Plan a workshop</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Title in %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Description in %1</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Animateur</source>
        <translation>&amp;Animateur</translation>
    </message>
    <message>
        <source>Animateur&apos;s &amp;card</source>
        <translation>Animateur&apos;s &amp;card</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>Co&amp;mputers held</source>
        <translation>Co&amp;mputers held</translation>
    </message>
    <message>
        <source>Or these c&amp;omputers</source>
        <translation>Or these c&amp;omputers</translation>
    </message>
    <message>
        <source>&amp;Walk-ins</source>
        <translation>&amp;Walk-ins</translation>
    </message>
    <message>
        <source>Session &amp;code</source>
        <translation>Session &amp;code</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>&amp;Registration</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>&amp;First date</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>&amp;Weeks (one date a week)</source>
        <translation>&amp;Weeks (one date a week)</translation>
    </message>
    <message>
        <source>as many as the places</source>
        <translation>as many as the places</translation>
    </message>
    <message>
        <source>e.g. RC-01, RC-02</source>
        <translation>e.g. RC-01, RC-02</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The visitor card the animateur signs in with at a reserved computer</source>
        <translation>The visitor card the animateur signs in with at a reserved computer</translation>
    </message>
    <message>
        <source>anyone with the session code may come</source>
        <translation>anyone with the session code may come</translation>
    </message>
    <message>
        <source>made up when left empty</source>
        <translation>made up when left empty</translation>
    </message>
    <message>
        <source>once for the whole series</source>
        <translation>once for the whole series</translation>
    </message>
    <message>
        <source>for each date</source>
        <translation>for each date</translation>
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
        <translation>Training</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Pupil or student</source>
        <translation>Pupil or student</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Jobseeker</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>On the waitlist</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
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
        <translation>Loading the workshops…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 of %2 left</translation>
    </message>
    <message>
        <source>No workshops this week. Plan one with New workshop (Ctrl+N).</source>
        <translation>No workshops this week. Plan one with New workshop (Ctrl+N).</translation>
    </message>
    <message>
        <source>date %1 of %2</source>
        <translation>date %1 of %2</translation>
    </message>
    <message>
        <source>animateur: %1</source>
        <translation>animateur: %1</translation>
    </message>
    <message>
        <source>session code %1</source>
        <translation>session code %1</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is number %2 on the waitlist.</source>
        <translation>The workshop is full: %1 is number %2 on the waitlist.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 is registered.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>Cancel the registration of %1?</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled: %2 moves up from the waitlist.</source>
        <translation>The registration of %1 is cancelled: %2 moves up from the waitlist.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled.</source>
        <translation>The registration of %1 is cancelled.</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Save the attendance sheet</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message numerus="yes">
        <source>‘%1’ is saved with %n date(s).</source>
        <translation>
            <numerusform>‘%1’ is saved with %n date.</numerusform>
            <numerusform>‘%1’ is saved with %n dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel ‘%1’ on %2? Its computers are free again.</source>
        <translation>Cancel ‘%1’ on %2? Its computers are free again.</translation>
    </message>
    <message>
        <source>Cancel ‘%1’ and all its dates? Its computers are free again.</source>
        <translation>Cancel ‘%1’ and all its dates? Its computers are free again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>Plan a new workshop like the selected one, a week after its last date (Ctrl+Shift+N)</source>
        <translation>Plan a new workshop like the selected one, a week after its last date (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Cancel the workshop and all its dates (Ctrl+Shift+Del)</source>
        <translation>Cancel the workshop and all its dates (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <source>Cancel this date</source>
        <translation>Cancel this date</translation>
    </message>
    <message>
        <source>Cancel the workshop</source>
        <translation>Cancel the workshop</translation>
    </message>
    <message>
        <source>Plan a workshop or a weekly series (Ctrl+N)</source>
        <translation>Plan a workshop or a weekly series (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected workshop (F2)</source>
        <translation>Change the selected workshop (F2)</translation>
    </message>
    <message>
        <source>Cancel the selected date only (Del)</source>
        <translation>Cancel the selected date only (Del)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Workshops of the week</source>
        <translation>Workshops of the week</translation>
    </message>
</context>
<context>
    <name>WrongPin</name>
    <message numerus="yes">
        <source>Not recognised. This card is now blocked here for %n minutes. Ask at the desk.</source>
        <translation>
            <numerusform>Not recognised. This card is now blocked here for %n minute. Ask at the desk.</numerusform>
            <numerusform>Not recognised. This card is now blocked here for %n minutes. Ask at the desk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not recognised. Careful: one more wrong PIN blocks this card here for %n minutes.</source>
        <translation>
            <numerusform>Not recognised. Careful: one more wrong PIN blocks this card here for %n minute.</numerusform>
            <numerusform>Not recognised. Careful: one more wrong PIN blocks this card here for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Card number or PIN not recognised. %n tries left.</source>
        <translation>
            <numerusform>Card number or PIN not recognised. %n try left.</numerusform>
            <numerusform>Card number or PIN not recognised. %n tries left.</numerusform>
        </translation>
    </message>
</context>
</TS>
