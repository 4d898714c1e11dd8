<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_DZ" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Activity report</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <extracomment>%1 and %2 are days written 2026-12-01.</extracomment>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <extracomment>A report of one day; %1 is the day, written 2026-12-01.</extracomment>
        <translation>Jour : %1</translation>
    </message>
    <message>
        <source>Generated on %1 (office time, %2)</source>
        <extracomment>%1 is the date and time, 2026-12-01 17:05; %2 the time zone, Africa/Algiers.</extracomment>
        <translation>Établi le %1 (heure du bureau, %2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Tickets délivrés</translation>
    </message>
    <message>
        <source>Served</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Servis</translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Absents à l’appel</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Attente, médiane (min)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <extracomment>The wait under which 9 citizens out of 10 were called, in minutes.</extracomment>
        <translation>Attente, 90ᵉ centile (min)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Objectif (min)</translation>
    </message>
    <message>
        <source>Within target</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Dans l’objectif</translation>
    </message>
    <message>
        <source>Counter time, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Temps au guichet, médiane (min)</translation>
    </message>
    <message>
        <source>Counter time, 90th percentile (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Temps au guichet, 90ᵉ centile (min)</translation>
    </message>
    <message>
        <source>Concerns received</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Préoccupations reçues</translation>
    </message>
    <message>
        <source>Concerns answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Préoccupations ayant reçu une réponse</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Appels à l’aide</translation>
    </message>
    <message>
        <source>Calls for help answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Appels à l’aide pris en charge</translation>
    </message>
    <message>
        <source>Tickets issued per hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Tickets délivrés par heure</translation>
    </message>
    <message>
        <source>Hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Waits per service against the target (minutes)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Attentes par service face à l’objectif (minutes)</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <extracomment>Chart legend: the wait under which 9 citizens out of 10 were called.</extracomment>
        <translation>90ᵉ centile</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Chart legend: the service's target wait (a red dashed mark).</extracomment>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Per service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Par service</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Per day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Whole office</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Ensemble du bureau</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Footer of every page of the report.</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No tickets in this period.</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>Aucun ticket sur cette période.</translation>
    </message>
</context>
</TS>
