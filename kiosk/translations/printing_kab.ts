<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kab_DZ" sourcelanguage="en">
<context>
    <name>Receipt</name>
    <message>
        <source>People ahead: %1</source>
        <extracomment>Number of people to be served before this ticket; %1 is the number.</extracomment>
        <translation>Imdanen yezwaren: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <extracomment>%1 is the duration, for example '12 min'.</extracomment>
        <translation>Akud n uraǧu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <extracomment>Minutes of estimated wait, in words; %n is the number (digits 0-9).</extracomment>
        <translatorcomment>Qt has no Kabyle plural rule: one form, the plural, read after the number. Kabyle: needs native review.</translatorcomment>
        <translation>
            <numerusform>%n n tesdatin</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next.</source>
        <extracomment>Printed instead of the queue figures when nobody is ahead.</extracomment>
        <translation>Tawala-k d tin i d-iteddun.</translation>
    </message>
    <message>
        <source>Keep this ticket until your number is called.</source>
        <extracomment>Last line of the ticket receipt.</extracomment>
        <translation>Ḥrez tikit-a alamma yettwaɣra wuṭṭun-ik.</translation>
    </message>
    <message>
        <source>Training receipt: not valid, nothing was recorded.</source>
        <extracomment>Printed under SPECIMEN (kept in Latin letters) on the receipts of a training office.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>D asileɣ kan: ur yesɛi ara azal, ulac ayen yettwaskelsen.</translation>
    </message>
</context>
</TS>
