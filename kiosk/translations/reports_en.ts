<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Activity report</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <extracomment>%1 and %2 are days written 2026-12-01.</extracomment>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <extracomment>A report of one day; %1 is the day, written 2026-12-01.</extracomment>
        <translation>Day: %1</translation>
    </message>
    <message>
        <source>Generated on %1 (office time, %2)</source>
        <extracomment>%1 is the date and time, 2026-12-01 17:05; %2 the time zone, Africa/Algiers.</extracomment>
        <translation>Generated on %1 (office time, %2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Served</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Wait, median (min)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <extracomment>The wait under which 9 citizens out of 10 were called, in minutes.</extracomment>
        <translation>Wait, 90th percentile (min)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Target (min)</translation>
    </message>
    <message>
        <source>Within target</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Counter time, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Counter time, median (min)</translation>
    </message>
    <message>
        <source>Counter time, 90th percentile (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Counter time, 90th percentile (min)</translation>
    </message>
    <message>
        <source>Concerns received</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Concerns received</translation>
    </message>
    <message>
        <source>Concerns answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Concerns answered</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Calls for help</translation>
    </message>
    <message>
        <source>Calls for help answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Calls for help answered</translation>
    </message>
    <message>
        <source>Tickets issued per hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Tickets issued per hour</translation>
    </message>
    <message>
        <source>Hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Waits per service against the target (minutes)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Waits per service against the target (minutes)</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <extracomment>Chart legend: the wait under which 9 citizens out of 10 were called.</extracomment>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Chart legend: the service's target wait (a red dashed mark).</extracomment>
        <translation>Target</translation>
    </message>
    <message>
        <source>Per service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Per service</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Per day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <source>Whole office</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Footer of every page of the report.</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No tickets in this period.</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>No tickets in this period.</translation>
    </message>
</context>
</TS>
