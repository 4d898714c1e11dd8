<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Citizen kiosk screens (kiosk/ui/citizen, kiosk/ui/widgets). Arabic (Algeria): Modern Standard Arabic, polite plural; Western digits. -->
<TS version="2.1" language="ar_DZ" sourcelanguage="en_GB">
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Welcome. Please choose your language.</source>
        <translation>مرحبا بكم. يرجى اختيار اللغة.</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>استعمال هذه اللغة</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Register a concern</source>
        <translation>تسجيل انشغال</translation>
    </message>
    <message>
        <source>Follow my concern</source>
        <translation>متابعة انشغالي</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبا بكم</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>أخذ تذكرة</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translation>الخدمات والوثائق</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>تكبير الخط</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>No wait</source>
        <translation>بدون انتظار</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 دقيقة</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>اختيار الخدمة</translation>
    </message>
    <message>
        <source>Touch the service you came for. Waiting times are estimates.</source>
        <translation>يرجى لمس الخدمة المطلوبة. مدة الانتظار تقريبية.</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <source>Service: %1</source>
        <translation>الخدمة: %1</translation>
    </message>
    <message>
        <source>Do you need priority?</source>
        <translation>هل تحتاجون إلى الأولوية؟</translation>
    </message>
    <message>
        <source>People aged 60 and over, people with a disability and pregnant women are called first.</source>
        <translation>يُنادى أولًا على الأشخاص البالغين 60 سنة فما فوق، والأشخاص ذوي الإعاقة، والنساء الحوامل.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>60 سنة فما فوق</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>شخص ذو إعاقة</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>امرأة حامل</translation>
    </message>
    <message>
        <source>Your ticket is being prepared…</source>
        <translation>جارٍ تحضير تذكرتك…</translation>
    </message>
</context>
<context>
    <name>SpoolTicketPrinter</name>
    <message>
        <source>Priority: aged 60 or over</source>
        <translation>أولوية: 60 سنة فما فوق</translation>
    </message>
    <message>
        <source>Priority: disability</source>
        <translation>أولوية: شخص ذو إعاقة</translation>
    </message>
    <message>
        <source>Priority: pregnancy</source>
        <translation>أولوية: امرأة حامل</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Sorry, no ticket can be given for this service right now. Please ask at the reception desk.</source>
        <translation>عذرًا، لا يمكن إعطاء تذكرة لهذه الخدمة الآن. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>The printer has no paper. Please photograph or remember your number: %1. Staff have been told.</source>
        <translation>نفد الورق من الطابعة. يرجى تصوير رقمكم أو حفظه: %1. تم إبلاغ الموظفين.</translation>
    </message>
    <message>
        <source>The printer is not working. Please photograph or remember your number: %1. Staff have been told.</source>
        <translation>الطابعة لا تعمل. يرجى تصوير رقمكم أو حفظه: %1. تم إبلاغ الموظفين.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>يرجى أخذ الوصل.</translation>
    </message>
    <message>
        <source>Please take your receipt. If none came out, please remember your number: %1.</source>
        <translation>يرجى أخذ الوصل. إن لم يخرج، يرجى حفظ رقمكم: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>رقمكم</translation>
    </message>
    <message>
        <source>Your ticket code</source>
        <translation>رمز تذكرتكم</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>دوركم هو التالي.</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>عدد الأشخاص قبلكم: %1</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>مدة الانتظار التقريبية: %1 دقيقة</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue.</source>
        <translation>هل ما زلتم هنا؟ المسوا الشاشة للمتابعة.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>مزيدًا من الوقت</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Nothing to bring.</source>
        <translation>لا حاجة لأي وثيقة.</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translation>الخدمات والوثائق</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation>الوثائق المطلوبة:</translation>
    </message>
    <message>
        <source>Take a ticket for this service</source>
        <translation>أخذ تذكرة لهذه الخدمة</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>This kiosk is out of service.</source>
        <translation>هذا الجهاز خارج الخدمة.</translation>
    </message>
    <message>
        <source>Please go to reception.</source>
        <translation>يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>For the technician:</source>
        <translation>إلى التقني:</translation>
    </message>
</context>
<context>
    <name>HubLostBanner</name>
    <message>
        <source>The office system is not answering: tickets cannot be given right now. Please ask at reception.</source>
        <translation>نظام المكتب لا يستجيب: لا يمكن إعطاء التذاكر الآن. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>KioskExitPanel</name>
    <message>
        <source>Staff only: leave the kiosk</source>
        <translation>للموظفين فقط: الخروج من الجهاز</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translation>اسم المشرف</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>الخروج من الجهاز</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>الاسم أو الرمز السري غير صحيح.</translation>
    </message>
    <message>
        <source>Only a supervisor can close the kiosk.</source>
        <translation>المشرف وحده يمكنه إغلاق الجهاز.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this account is locked for a while.</source>
        <translation>عدد كبير من المحاولات الخاطئة: هذا الحساب مقفل لبعض الوقت.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>تعذر التحقق من الرمز السري. أعيدوا المحاولة.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Calls a member of staff to this kiosk</source>
        <translation>يستدعي موظفًا إلى هذا الجهاز</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Calling a member of staff…</source>
        <translation>جارٍ استدعاء موظف…</translation>
    </message>
    <message>
        <source>Someone is coming to help you. Please stay at the kiosk.</source>
        <translation>سيأتي أحد لمساعدتكم. يُرجى البقاء قرب الجهاز.</translation>
    </message>
    <message>
        <source>A member of staff is on the way.</source>
        <translation>موظف في الطريق إليكم.</translation>
    </message>
    <message>
        <source>We could not call anyone from this kiosk. Please ask at reception.</source>
        <translation>تعذّر استدعاء أحد من هذا الجهاز. يُرجى التوجه إلى الاستقبال.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — practice only: nothing here is real</source>
        <extracomment>The band across the top of every screen of a training office (maktab --training): kiosk, desk and hall display.</extracomment>
        <translation>تدريب — للتمرّن فقط: لا شيء هنا حقيقي</translation>
    </message>
</context>
<context>
    <name>VoicePrompts</name>
    <message>
        <source>Choose your language.</source>
        <translation>اختر لغتك.</translation>
    </message>
    <message>
        <source>Listening mode. Touch a button to hear it. Touch it again, or touch OK, to choose it.</source>
        <translation>وضع الاستماع. المس زرًا لتسمعه، ثم المسه مرة أخرى، أو المس «حسنًا»، لتختاره.</translation>
    </message>
    <message>
        <source>Listening mode is off.</source>
        <translation>تم إيقاف وضع الاستماع.</translation>
    </message>
    <message>
        <source>Welcome. To take a ticket, choose “Take a ticket”.</source>
        <translation>مرحبًا. لأخذ تذكرة، اختر «أخذ تذكرة».</translation>
    </message>
    <message>
        <source>Which service did you come for?</source>
        <translation>ما الخدمة التي جئت من أجلها؟</translation>
    </message>
    <message>
        <source>Choose a service to see the documents to bring.</source>
        <translation>اختر خدمة لترى الوثائق التي يجب إحضارها.</translation>
    </message>
    <message>
        <source>Do you need priority? If not, choose “No, thank you”.</source>
        <translation>هل تحتاج إلى أولوية؟ إن لم تكن بحاجة إليها، اختر «لا، شكرًا».</translation>
    </message>
    <message>
        <source>Your number is %1. Take your receipt and wait until your number is called.</source>
        <translation>رقمك هو %1. خذ وصلك وانتظر حتى يُنادى على رقمك.</translation>
    </message>
    <message>
        <source>Sorry, no ticket can be given now. Please ask at reception.</source>
        <translation>عذرًا، لا يمكن إعطاء تذكرة الآن. يرجى التوجه إلى الاستقبال.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>The kiosk reads each button aloud before it acts</source>
        <translation>يقرأ الجهاز كل زر بصوت مسموع قبل أن ينفذه</translation>
    </message>
</context>
<context>
    <name>ListeningMode</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>ServiceRefusalTexts</name>
    <message>
        <source>No more tickets today</source>
        <translation>لا مزيد من التذاكر اليوم</translation>
    </message>
    <message>
        <source>Opens at %1</source>
        <translation>تفتح على الساعة %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>مغلقة الآن</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Come back tomorrow from %1.</source>
        <translation>لا مزيد من التذاكر لهذه الخدمة اليوم. عُد غدًا ابتداءً من الساعة %1.</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Please ask at the reception desk when it opens again.</source>
        <translation>لا مزيد من التذاكر لهذه الخدمة اليوم. يرجى السؤال في مكتب الاستقبال عن موعد إعادة فتحها.</translation>
    </message>
    <message>
        <source>This service gives tickets from %1 today. Please come back then.</source>
        <translation>تمنح هذه الخدمة التذاكر ابتداءً من الساعة %1 اليوم. يرجى العودة حينها.</translation>
    </message>
    <message>
        <source>This service gives no more tickets today. Come back tomorrow from %1.</source>
        <translation>لم تعد هذه الخدمة تمنح تذاكر اليوم. عُد غدًا ابتداءً من الساعة %1.</translation>
    </message>
    <message>
        <source>This service is closed for now. Please ask at the reception desk.</source>
        <translation>هذه الخدمة مغلقة حاليًا. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
</context>
</TS>
