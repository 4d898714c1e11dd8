<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_DZ" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Activity report</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>تقرير النشاط</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <extracomment>%1 and %2 are days written 2026-12-01.</extracomment>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <extracomment>A report of one day; %1 is the day, written 2026-12-01.</extracomment>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>Generated on %1 (office time, %2)</source>
        <extracomment>%1 is the date and time, 2026-12-01 17:05; %2 the time zone, Africa/Algiers.</extracomment>
        <translation>أُعِدّ في %1 (بتوقيت المكتب، %2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>التذاكر الصادرة</translation>
    </message>
    <message>
        <source>Served</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>تمت خدمتهم</translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>لم يحضروا</translation>
    </message>
    <message>
        <source>Wait, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الانتظار، الوسيط (دقيقة)</translation>
    </message>
    <message>
        <source>Wait, 90th percentile (min)</source>
        <extracomment>The wait under which 9 citizens out of 10 were called, in minutes.</extracomment>
        <translation>الانتظار، المئين 90 (دقيقة)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الهدف (دقيقة)</translation>
    </message>
    <message>
        <source>Within target</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>ضمن الهدف</translation>
    </message>
    <message>
        <source>Counter time, median (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>مدة الخدمة في الشباك، الوسيط (دقيقة)</translation>
    </message>
    <message>
        <source>Counter time, 90th percentile (min)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>مدة الخدمة في الشباك، المئين 90 (دقيقة)</translation>
    </message>
    <message>
        <source>Concerns received</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الانشغالات المستلمة</translation>
    </message>
    <message>
        <source>Concerns answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الانشغالات المُجاب عنها</translation>
    </message>
    <message>
        <source>Calls for help</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>طلبات المساعدة</translation>
    </message>
    <message>
        <source>Calls for help answered</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>طلبات المساعدة المُلبّاة</translation>
    </message>
    <message>
        <source>Tickets issued per hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>التذاكر الصادرة في كل ساعة</translation>
    </message>
    <message>
        <source>Hour</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Waits per service against the target (minutes)</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الانتظار حسب الخدمة مقارنة بالهدف (بالدقائق)</translation>
    </message>
    <message>
        <source>Median</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <extracomment>Chart legend: the wait under which 9 citizens out of 10 were called.</extracomment>
        <translation>المئين 90</translation>
    </message>
    <message>
        <source>Target</source>
        <extracomment>Chart legend: the service's target wait (a red dashed mark).</extracomment>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Per service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>حسب الخدمة</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Per day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>حسب اليوم</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Whole office</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>المكتب كله</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Footer of every page of the report.</extracomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>No tickets in this period.</source>
        <extracomment>The supervisor's activity report (PDF).</extracomment>
        <translation>لا توجد تذاكر في هذه الفترة.</translation>
    </message>
</context>
</TS>
