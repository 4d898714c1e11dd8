<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kab_DZ" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Activity report</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Aneqqis n urmud</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <extracomment>%1 and %2 are days written 2026-12-01.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tallit: seg %1 ar %2</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <extracomment>A report of one day; %1 is the day, written 2026-12-01.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ass: %1</translation>
    </message>
    <message>
        <source>Generated on %1 (office time, %2)</source>
        <extracomment>%1 is the date and time, 2026-12-01 17:05; %2 the time zone, Africa/Algiers.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Yettwaheyya deg %1 (akud n tnarit, %2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Agzul</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tikitin yettwafken</translation>
    </message>
    <message>
        <source>Served</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ttwaqedcen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ur d-usin ara</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Araǧu, alemmas (tisdatin)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <extracomment>The wait under which 9 citizens out of 10 were called, in minutes.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Araǧu, 90 deg 100 (tisdatin)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Iswi (tisdatin)</translation>
    </message>
    <message>
        <source>Within target</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Deg yiswi</translation>
    </message>
    <message>
        <source>Counter time, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Akud ɣer usfaylu, alemmas (tisdatin)</translation>
    </message>
    <message>
        <source>Counter time, 90th percentile (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Akud ɣer usfaylu, 90 deg 100 (tisdatin)</translation>
    </message>
    <message>
        <source>Concerns received</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Iceɣlen i d-yewwḍen</translation>
    </message>
    <message>
        <source>Concerns answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Iceɣlen yesɛan tiririt</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Isuturen n tallelt</translation>
    </message>
    <message>
        <source>Calls for help answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Isuturen n tallelt yettwarran</translation>
    </message>
    <message>
        <source>Tickets issued per hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tikitin yettwafken s usrag</translation>
    </message>
    <message>
        <source>Hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Asrag</translation>
    </message>
    <message>
        <source>Waits per service against the target (minutes)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Araǧu s umeẓlu, ɣer yiswi (tisdatin)</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Alemmas</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <extracomment>Chart legend: the wait under which 9 citizens out of 10 were called.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>90 deg 100</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Chart legend: the service's target wait (a red dashed mark).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Iswi</translation>
    </message>
    <message>
        <source>Per service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>S umeẓlu</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ameẓlu</translation>
    </message>
    <message>
        <source>Per day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>S wass</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ass</translation>
    </message>
    <message>
        <source>Whole office</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tanarit meṛṛa</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Footer of every page of the report.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Asebter %1 seg %2</translation>
    </message>
    <message>
        <source>No tickets in this period.</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ulac tikit deg tallit-a.</translation>
    </message>
</context>
</TS>
