<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AwayScreen</name>
    <message>
        <source>Your time keeps running: %1 left.</source>
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
    <name>CharterScreen</name>
    <message>
        <source>The rules of this place</source>
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
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
        <extracomment>Room kept around the collapsed clock, right of the screen.</extracomment>
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
        <source>The server cannot be reached. The action was not sent; try again.</source>
        <translation>The server cannot be reached. The action was not sent; try again.</translation>
    </message>
    <message>
        <source>This computer has no session running.</source>
        <translation>This computer has no session running.</translation>
    </message>
    <message>
        <source>You may not manage the computers of this site.</source>
        <translation>You may not manage the computers of this site.</translation>
    </message>
    <message>
        <source>This computer is not known to the server any more.</source>
        <translation>This computer is not known to the server any more.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Your sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <source>The server refused this action.</source>
        <translation>The server refused this action.</translation>
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
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>%n minute(s) added on %1.</source>
        <translation>
            <numerusform>%n minute added on %1.</numerusform>
            <numerusform>%n minutes added on %1.</numerusform>
        </translation>
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
        <source>The session on %1 is being ended.</source>
        <translation>The session on %1 is being ended.</translation>
    </message>
    <message>
        <source>EPN console</source>
        <translation>EPN console</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
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
        <translation>Minutes to add</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Add the minutes to the selected session (Ctrl+E)</source>
        <translation>Add the minutes to the selected session (Ctrl+E)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>End the selected session (Del)</source>
        <translation>End the selected session (Del)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
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
        <extracomment>The screen height the kiosk&apos;s sizes are drawn for; taller screens scale up, to this much.</extracomment>
        <translation>Public computer</translation>
    </message>
    <message>
        <source>Please use the main screen.</source>
        <translation>Please use the main screen.</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
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
        <source>A+  Larger text</source>
        <translation>A+  Larger text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>◐  High contrast</source>
        <translation>◐  High contrast</translation>
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
    <name>MinutesDialog</name>
    <message>
        <source>Add time</source>
        <translation>Add time</translation>
    </message>
    <message>
        <source>Minutes to add:</source>
        <translation>Minutes to add:</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</source>
        <translation>The server cannot be reached. Try again in a moment, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>We do not know this card number. Check it and try again, or ask the staff at the desk.</source>
        <translation>We do not know this card number. Check it and try again, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Type your PIN code, then press Enter.</source>
        <translation>Type your PIN code, then press Enter.</translation>
    </message>
    <message>
        <source>This PIN code is not right. Try again.</source>
        <translation>This PIN code is not right. Try again.</translation>
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
        <extracomment>A weekly allowance below this many seconds is used up (admin.policy.MIN_GRANT_SECONDS).</extracomment>
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
        <source>You are already signed in on computer %1. End your session there first, or ask the staff at the desk.</source>
        <translation>You are already signed in on computer %1. End your session there first, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Your card is blocked. You can use it again on %1, or ask the staff at the desk.</source>
        <translation>Your card is blocked. You can use it again on %1, or ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>Sign-in did not work. Ask the staff at the desk.</translation>
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
    <message>
        <source>Too many tries. Try again in %n minutes, or ask the staff at the desk.</source>
        <translation>Too many tries. Try again in %n minutes, or ask the staff at the desk.</translation>
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
    <name>SessionBar</name>
    <message>
        <source>Time left: %1</source>
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
    <name>StaffConfirm</name>
    <message>
        <source>Please confirm</source>
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
    <message>
        <source>Too many wrong tries: this account is locked for %n minute(s).</source>
        <translation>Too many wrong tries: this account is locked for %n minute(s).</translation>
    </message>
    <message>
        <source>Wrong username, password or PIN. Try again.</source>
        <translation>Wrong username, password or PIN. Try again.</translation>
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
    <message>
        <source>%n minute(s) added.</source>
        <extracomment>How the program quits for maintenance (exit code 0); tests replace it.</extracomment>
        <translation>%n minute(s) added.</translation>
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
        <extracomment>The button answers only after this long, so that a visitor typing in their own program when the message pops up does not acknowledge it by accident.</extracomment>
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
</context>
<context>
    <name>StationTableModel</name>
    <message>
        <source>Station</source>
        <extracomment>The data role that gives the row&apos;s StationStatus (for the window&apos;s actions). The data role the sort proxy uses: numbers sort as numbers, names as text.</extracomment>
        <translation>Station</translation>
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
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
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
        <source>Save your work now. When the time is up, your programs close.</source>
        <translation>Save your work now. When the time is up, your programs close.</translation>
    </message>
</context>
</TS>
