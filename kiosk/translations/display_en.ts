<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Display</name>
    <message>
        <source>Counter %1</source>
        <extracomment>Counter number on the board and in calls; %1 is the counter (e.g. 3).</extracomment>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Ticket %1, counter %2</source>
        <extracomment>Spoken call. %1 is the ticket spelled for speech ('A 42'), %2 the counter.</extracomment>
        <translation>Ticket %1, counter %2</translation>
    </message>
    <message>
        <source>Now calling</source>
        <extracomment>Heading above the newest call on the hall display.</extracomment>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Ticket</source>
        <extracomment>Column heading: the ticket number.</extracomment>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>Column heading: the counter the citizen goes to.</extracomment>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <extracomment>Heading of the list of the last calls.</extracomment>
        <translation>Previous calls</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Heading of the waiting counts per service.</extracomment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <extracomment>Shown instead of the waiting counts when every line is empty.</extracomment>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Shown in place of the newest call before the first call of the day.</extracomment>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Please wait for your number.</source>
        <extracomment>Under 'Welcome' before the first call of the day.</extracomment>
        <translation>Please wait for your number.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <extracomment>Small badge when the display lost the office hub; the board keeps the last state.</extracomment>
        <translation>Connection lost — reconnecting…</translation>
    </message>
    <message>
        <source>A citizen at a kiosk is waiting for help</source>
        <extracomment>Spoken name of the display's discreet bell (no words on screen) while a kiosk waits for a clerk.</extracomment>
        <translation>A citizen at a kiosk is waiting for help</translation>
    </message>
</context>
</TS>
