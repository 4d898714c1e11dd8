<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kab_DZ" sourcelanguage="en">
<context>
    <name>Display</name>
    <message>
        <source>Counter %1</source>
        <extracomment>Counter number on the board and in calls; %1 is the counter (e.g. 3). Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Asfaylu %1</translation>
    </message>
    <message>
        <source>Ticket %1, counter %2</source>
        <extracomment>Spoken call. %1 is the ticket spelled for speech ('A 42'), %2 the counter. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Tikit %1, asfaylu %2</translation>
    </message>
    <message>
        <source>Now calling</source>
        <extracomment>Heading above the newest call on the hall display. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Asiwel tura</translation>
    </message>
    <message>
        <source>Ticket</source>
        <extracomment>Column heading: the ticket number. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Tikit</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>Column heading: the counter the citizen goes to. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Asfaylu</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <extracomment>Heading of the list of the last calls. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Isiwlen yezrin</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Heading of the waiting counts per service. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Di traǧu</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <extracomment>Shown instead of the waiting counts when every line is empty. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Ulac win yettraǧun.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Shown in place of the newest call before the first call of the day. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Ansuf yis-wen</translation>
    </message>
    <message>
        <source>Please wait for your number.</source>
        <extracomment>Under 'Welcome' before the first call of the day. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Ttxil-wen, ṛǧut uṭṭun-nwen.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <extracomment>Small badge when the display lost the office hub; the board keeps the last state. Kabyle: to be reviewed by a native speaker.</extracomment>
        <translation>Tuqqna teɣli — tuqqna tikkelt nniḍen…</translation>
    </message>
    <message>
        <source>A citizen at a kiosk is waiting for help</source>
        <extracomment>Spoken name of the display's discreet bell (no words on screen) while a kiosk waits for a clerk.</extracomment>
        <translation>Yiwen n uɣerman yettraǧu tallelt ɣer yiwet n tbwaṭ</translation>
    </message>
</context>
</TS>
