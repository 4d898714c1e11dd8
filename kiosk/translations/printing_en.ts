<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Receipt</name>
    <message>
        <source>People ahead: %1</source>
        <extracomment>Number of people to be served before this ticket; %1 is the number.</extracomment>
        <translation>People ahead: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <extracomment>%1 is the duration, for example '12 min'.</extracomment>
        <translation>Estimated wait: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <extracomment>Minutes of estimated wait, in words; %n is the number (digits 0-9).</extracomment>
        <translatorcomment>English: singular for 1.</translatorcomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next.</source>
        <extracomment>Printed instead of the queue figures when nobody is ahead.</extracomment>
        <translation>You are next.</translation>
    </message>
    <message>
        <source>Keep this ticket until your number is called.</source>
        <extracomment>Last line of the ticket receipt.</extracomment>
        <translation>Keep this ticket until your number is called.</translation>
    </message>
    <message>
        <source>Training receipt: not valid, nothing was recorded.</source>
        <extracomment>Printed under SPECIMEN (kept in Latin letters) on the receipts of a training office.</extracomment>
        <translation>Training receipt: not valid, nothing was recorded.</translation>
    </message>
</context>
</TS>
