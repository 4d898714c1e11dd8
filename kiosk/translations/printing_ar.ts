<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_DZ" sourcelanguage="en">
<context>
    <name>Receipt</name>
    <message>
        <source>People ahead: %1</source>
        <extracomment>Number of people to be served before this ticket; %1 is the number.</extracomment>
        <translation>عدد الأشخاص قبلك: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <extracomment>%1 is the duration, for example '12 min'.</extracomment>
        <translation>مدة الانتظار المتوقعة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <extracomment>Minutes of estimated wait, in words; %n is the number (digits 0-9).</extracomment>
        <translatorcomment>Arabic forms: 0, 1, 2, 3–10, 11–99, 100–102 (Qt's numerus rules). Digits 0-9.</translatorcomment>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next.</source>
        <extracomment>Printed instead of the queue figures when nobody is ahead.</extracomment>
        <translation>دورك هو التالي.</translation>
    </message>
    <message>
        <source>Keep this ticket until your number is called.</source>
        <extracomment>Last line of the ticket receipt.</extracomment>
        <translation>احتفظ بهذه التذكرة حتى يُنادى رقمك.</translation>
    </message>
    <message>
        <source>Training receipt: not valid, nothing was recorded.</source>
        <extracomment>Printed under SPECIMEN (kept in Latin letters) on the receipts of a training office.</extracomment>
        <translation>وصل تدريبي: غير صالح، لم يُسجَّل أي شيء.</translation>
    </message>
</context>
</TS>
