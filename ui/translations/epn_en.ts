<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfirmEndDialog</name>
    <message>
        <source>End session</source>
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
    <message>
        <source>This computer is out of order. Please use another one.</source>
        <translation>This computer is out of order. Please use another one.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
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
        <source>Too many tries. Wait 15 minutes, or ask the staff at the desk.</source>
        <translation>Too many tries. Wait 15 minutes, or ask the staff at the desk.</translation>
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
        <source>Sign-in did not work. Ask the staff at the desk.</source>
        <translation>Sign-in did not work. Ask the staff at the desk.</translation>
    </message>
    <message>
        <source>Something went wrong. Ask the staff at the desk.</source>
        <translation>Something went wrong. Ask the staff at the desk.</translation>
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
    <message numerus="yes">
        <source>%n minute(s) left. Save your work.</source>
        <translation>
            <numerusform>%n minute left. Save your work.</numerusform>
            <numerusform>%n minutes left. Save your work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Move the mouse or press a key, or your session ends in %n second(s).</source>
        <translation>
            <numerusform>Are you still there? Move the mouse or press a key, or your session ends in %n second.</numerusform>
            <numerusform>Are you still there? Move the mouse or press a key, or your session ends in %n seconds.</numerusform>
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
        <source>End session</source>
        <translation>End session</translation>
    </message>
</context>
<context>
    <name>StaffMessageDialog</name>
    <message>
        <source>Message from the staff</source>
        <translation>Message from the staff</translation>
    </message>
    <message>
        <source>OK, I have read it</source>
        <translation>OK, I have read it</translation>
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
</TS>
