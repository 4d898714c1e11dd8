<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_DZ" sourcelanguage="en">
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Connection to the office hub lost. Trying again… Check the network cable if this lasts.</source>
            <translation>انقطع الاتصال بخادم المكتب. جارٍ إعادة المحاولة… إذا استمر ذلك، تحقق من كابل الشبكة.</translation>
        </message>
        <message>
            <source>Connection to the office hub lost — your last action “%1” was not applied. It will be retried automatically and will not be done twice.</source>
            <translation>انقطع الاتصال بخادم المكتب — لم يُنفَّذ إجراؤك الأخير «%1». ستُعاد محاولته تلقائيًا ولن يُنفَّذ مرتين.</translation>
        </message>
        <message>
            <source>Connection restored — your action “%1” has been applied.</source>
            <translation>عاد الاتصال — تم تنفيذ إجرائك «%1».</translation>
        </message>
        <message>
            <source>Your action “%1” was cancelled. If the hub had already received it, the screen will show it when the connection is back.</source>
            <translation>أُلغي إجراؤك «%1». إذا كان الخادم قد استلمه من قبل، فستظهره الشاشة عند عودة الاتصال.</translation>
        </message>
        <message>
            <source>Try now</source>
            <translation>حاول الآن</translation>
        </message>
        <message>
            <source>Cancel the action</source>
            <translation>إلغاء الإجراء</translation>
        </message>
    </context>
    <context>
        <name>CurrentTicketPanel</name>
        <message>
            <source>Current ticket</source>
            <translation>التذكرة الحالية</translation>
        </message>
        <message>
            <source>No ticket called. Press “Call next”.</source>
            <translation>لا توجد تذكرة منادى عليها. اضغط «النداء التالي».</translation>
        </message>
        <message>
            <source>%1 (transferred from %2)</source>
            <translation>%1 (محوّلة من %2)</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translation>أولوية: %1</translation>
        </message>
        <message>
            <source>%1 · recalled %2×</source>
            <translation>%1 · أعيد النداء %2 مرة</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>%1 · Counter %2</source>
            <translation>%1 · الشباك %2</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>مسافة</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>النداء التالي</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>إعادة النداء</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>بدء الخدمة</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>غائب</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>تحويل…</translation>
        </message>
        <message>
            <source>Call the selected ticket</source>
            <translation>نداء التذكرة المحددة</translation>
        </message>
        <message>
            <source>Or double-click a ticket in the line</source>
            <translation>أو انقر مرتين على تذكرة في الطابور</translation>
        </message>
        <message>
            <source>Served today</source>
            <translation>خُدموا اليوم</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>الغائبون</translation>
        </message>
        <message>
            <source>Average time</source>
            <translation>متوسط المدة</translation>
        </message>
        <message>
            <source>Today's figures for this counter</source>
            <translation>أرقام اليوم لهذا الشباك</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translation>غلق الشباك</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>تسجيل الخروج</translation>
        </message>
    </context>
    <context>
        <name>DeskTexts</name>
        <message>
            <source>No priority</source>
            <translation>بدون أولوية</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>60 سنة فما فوق</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>إعاقة</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>امرأة حامل</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>في الانتظار</translation>
        </message>
        <message>
            <source>Called — waiting for the citizen</source>
            <translation>تم النداء — في انتظار المواطن</translation>
        </message>
        <message>
            <source>Being served</source>
            <translation>قيد الخدمة</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>انتهت</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>لم يحضر</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>محوّلة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Waiting since %1 (%2 min)</source>
            <translation>في الانتظار منذ %1 (%2 دقيقة)</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 دقيقة</translation>
        </message>
        <message>
            <source>Wrong name or PIN. Check them and try again.</source>
            <translation>الاسم أو الرمز السري غير صحيح. تحقق منهما وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: this account is locked for %1 more minutes. A supervisor can unlock it sooner.</source>
            <translation>رموز سرية خاطئة كثيرة: هذا الحساب مقفل لمدة %1 دقيقة أخرى. يمكن للمشرف فتحه قبل ذلك.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>انتهت جلستك. يرجى تسجيل الدخول من جديد.</translation>
        </message>
        <message>
            <source>Your role does not allow this action. Ask a supervisor.</source>
            <translation>دورك لا يسمح بهذا الإجراء. اطلب من المشرف.</translation>
        </message>
        <message>
            <source>Enter a counter number (1 to 4 letters or digits) and tick at least one service.</source>
            <translation>أدخل رقم الشباك (من 1 إلى 4 أحرف أو أرقام) واختر خدمة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>This counter is not open any more. Open it again to continue.</source>
            <translation>هذا الشباك لم يعد مفتوحًا. افتحه من جديد للمتابعة.</translation>
        </message>
        <message>
            <source>This ticket no longer exists. The list has been updated.</source>
            <translation>هذه التذكرة لم تعد موجودة. تم تحديث القائمة.</translation>
        </message>
        <message>
            <source>This ticket has already been handled, perhaps at another counter. The screen has been updated.</source>
            <translation>تمت معالجة هذه التذكرة من قبل، ربما في شباك آخر. تم تحديث الشاشة.</translation>
        </message>
        <message>
            <source>The ticket is already in that service's line. Choose another service.</source>
            <translation>التذكرة موجودة أصلًا في طابور هذه الخدمة. اختر خدمة أخرى.</translation>
        </message>
        <message>
            <source>That service is not offered in this office.</source>
            <translation>هذه الخدمة غير متوفرة في هذا المكتب.</translation>
        </message>
        <message>
            <source>That service is closed today.</source>
            <translation>هذه الخدمة مغلقة اليوم.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Check the network cable, then try again.</source>
            <translation>تعذّر الوصول إلى خادم المكتب. تحقق من كابل الشبكة ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The office refused this action; nothing was changed. The details are in the log.</source>
            <translation>رفض المكتب هذا الإجراء؛ لم يتغير شيء. التفاصيل في السجل.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>الانشغالات</translation>
        </message>
        <message>
            <source>Concerns · new: %1</source>
            <translation>الانشغالات · الجديدة: %1</translation>
        </message>
        <message>
            <source>The office database is damaged: nothing can be saved. Call the technician (maktab-sync doctor tells how to restore the last backup).</source>
            <translation>قاعدة بيانات المكتب تالفة: لا يمكن حفظ أي شيء. اتصلوا بالتقني (يبيّن الأمر maktab-sync doctor كيفية استرجاع آخر نسخة احتياطية).</translation>
        </message>
        <message>
            <source>The office database cannot be read or written. Call the technician (maktab-sync doctor tells why).</source>
            <translation>تتعذر قراءة قاعدة بيانات المكتب أو الكتابة فيها. اتصلوا بالتقني (يبيّن الأمر maktab-sync doctor السبب).</translation>
        </message>
        <message>
            <source>The office PC's disk is full: your action was not saved. Ask the technician to free some space, then try again.</source>
            <translation>قرص حاسوب المكتب ممتلئ: لم يُحفظ إجراؤكم. اطلبوا من التقني تحرير بعض المساحة، ثم أعيدوا المحاولة.</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translation>لوحة المشرف</translation>
        </message>
        <message>
            <source>These settings were refused: check the hours, the limit and the target, then save again.</source>
            <translation>رُفضت هذه الإعدادات: تحقق من الأوقات والحد والهدف، ثم احفظ مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Open the counter</source>
            <translation>فتح الشباك</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translation>غلق الشباك</translation>
        </message>
        <message>
            <source>You are logged out on this desk, but the office hub could not be told: the counter may show as open until the connection is back.</source>
            <translation>تم تسجيل خروجك من هذا المكتب، لكن تعذّر إبلاغ خادم المكتب: قد يظهر الشباك مفتوحًا حتى يعود الاتصال.</translation>
        </message>
        <message>
            <source>%1 — desk</source>
            <translation>%1 — المكتب</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translation>أنا قادم</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Enter your name and your PIN.</source>
            <translation>أدخل اسمك ورمزك السري.</translation>
        </message>
        <message>
            <source>Desk — staff log-in</source>
            <translation>المكتب — دخول الموظفين</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>الرمز السري</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <source>Language of this desk</source>
            <translation>لغة هذا المكتب</translation>
        </message>
    </context>
    <context>
        <name>OpenCounterScreen</name>
        <message>
            <source>Enter the counter number and tick at least one service.</source>
            <translation>أدخل رقم الشباك واختر خدمة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Open a counter</source>
            <translation>فتح شباك</translation>
        </message>
        <message>
            <source>Counter number</source>
            <translation>رقم الشباك</translation>
        </message>
        <message>
            <source>Services served at this counter</source>
            <translation>الخدمات المقدَّمة في هذا الشباك</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Open the counter</source>
            <translation>فتح الشباك</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>تسجيل الخروج</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Transfer a ticket</source>
            <translation>تحويل تذكرة</translation>
        </message>
        <message>
            <source>Transfer ticket %1 to another service</source>
            <translation>تحويل التذكرة %1 إلى خدمة أخرى</translation>
        </message>
        <message>
            <source>The citizen keeps their place in time: they do not go to the back of the line.</source>
            <translation>يحتفظ المواطن بمكانه حسب وقت وصوله: لا يعود إلى آخر الطابور.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>تحويل</translation>
        </message>
    </context>
    <context>
        <name>WaitingList</name>
        <message>
            <source>Waiting: %1</source>
            <translation>في الانتظار: %1</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>التذكرة</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>الانتظار</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translation>أولوية: %1</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translation>لا أحد ينتظر خدمات هذا الشباك.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Sending and receiving now…</source>
            <translation>جارٍ الإرسال والاستقبال الآن…</translation>
        </message>
        <message>
            <source>Sync with the central server is not set up in this office. A technician can enrol it.</source>
            <translation>المزامنة مع الخادم المركزي غير مُعدّة في هذا المكتب. يمكن لتقني تسجيله.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Try again in a moment.</source>
            <translation>تعذّر الوصول إلى خادم المكتب. حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>انتهت جلستك. يرجى تسجيل الدخول من جديد.</translation>
        </message>
        <message>
            <source>Sync could not be started. The details are in the log.</source>
            <translation>تعذّر بدء المزامنة. التفاصيل في السجل.</translation>
        </message>
        <message>
            <source>Central server: …</source>
            <translation>الخادم المركزي: …</translation>
        </message>
        <message>
            <source>Central server: status unknown</source>
            <translation>الخادم المركزي: الحالة غير معروفة</translation>
        </message>
        <message>
            <source>Central server: not enrolled</source>
            <translation>الخادم المركزي: غير مسجَّل</translation>
        </message>
        <message>
            <source>Central server: sync stopped · %1 waiting</source>
            <translation>الخادم المركزي: المزامنة متوقفة · %1 في الانتظار</translation>
        </message>
        <message>
            <source>Central server: connecting… · %1 waiting</source>
            <translation>الخادم المركزي: جارٍ الاتصال… · %1 في الانتظار</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting · last %2</source>
            <translation>الخادم المركزي: متصل · %1 في الانتظار · آخر مزامنة %2</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting</source>
            <translation>الخادم المركزي: متصل · %1 في الانتظار</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting since %2</source>
            <translation>الخادم المركزي: غير متصل · %1 في الانتظار منذ %2</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting</source>
            <translation>الخادم المركزي: غير متصل · %1 في الانتظار</translation>
        </message>
        <message>
            <source>%1 refused</source>
            <translation>%1 مرفوضة</translation>
        </message>
        <message>
            <source>This office does not send its data to the central server.</source>
            <translation>هذا المكتب لا يرسل بياناته إلى الخادم المركزي.</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>آخر خطأ: %1</translation>
        </message>
        <message>
            <source>%1 changes were refused by the central server: call the technician.</source>
            <translation>رفض الخادم المركزي %1 من التغييرات: اتصل بالتقني.</translation>
        </message>
        <message>
            <source>Next attempt in %1 s</source>
            <translation>المحاولة التالية بعد %1 ثا</translation>
        </message>
        <message>
            <source>No error.</source>
            <translation>لا يوجد خطأ.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>زامِن الآن</translation>
        </message>
        <message>
            <source>Send and receive with the central server now</source>
            <translation>أرسل واستقبل مع الخادم المركزي الآن</translation>
        </message>
    </context>
    <context>
        <name>ConcernsPage</name>
        <message>
            <source>New concern</source>
            <translation>انشغال جديد</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translation>العودة إلى الشباك</translation>
        </message>
        <message>
            <source>Back to opening a counter</source>
            <translation>العودة إلى فتح شباك</translation>
        </message>
        <message>
            <source>%1 · Counter %2</source>
            <translation>%1 · الشباك %2</translation>
        </message>
    </context>
    <context>
        <name>CounterActions</name>
        <message>
            <source>Call next</source>
            <translation>النداء التالي</translation>
        </message>
        <message>
            <source>Call this ticket</source>
            <translation>نداء هذه التذكرة</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>غائب</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translation>لا أحد ينتظر خدمات هذا الشباك.</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>إعادة النداء</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>بدء الخدمة</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>تحويل</translation>
        </message>
    </context>
    <context>
        <name>HelpAlertRow</name>
        <message>
            <source>the office's kiosk</source>
            <translation>جهاز المكتب</translation>
        </message>
        <message>
            <source>A citizen asks for help at %1 (since %2)</source>
            <translation>مواطن يطلب المساعدة عند %1 (منذ %2)</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translation>أنا قادم</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementEditor</name>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>Kabyle</source>
            <translation>القبائلية</translation>
        </message>
        <message>
            <source>Remove the announcement</source>
            <translation>إزالة الإعلان</translation>
        </message>
        <message>
            <source>Show on the display</source>
            <translation>عرض على شاشة القاعة</translation>
        </message>
        <message>
            <source>The display shows no announcement.</source>
            <translation>لا تعرض شاشة القاعة أي إعلان.</translation>
        </message>
        <message>
            <source>The display shows: %1</source>
            <translation>تعرض شاشة القاعة: %1</translation>
        </message>
        <message>
            <source>Write the announcement in at least one language.</source>
            <translation>اكتب الإعلان بلغة واحدة على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityTexts</name>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>Daily limit reached</source>
            <translation>بلغ الحد اليومي</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <source>Outside its hours</source>
            <translation>خارج أوقاتها</translation>
        </message>
        <message>
            <source>Outside its hours · opens %1</source>
            <translation>خارج أوقاتها · تفتح على %1</translation>
        </message>
    </context>
    <context>
        <name>FloorView</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translation>%1 (الهدف %2 دقيقة)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>%1 services</source>
            <translation>%1 خدمات</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>الشباك</translation>
        </message>
        <message>
            <source>Help asked at: %1</source>
            <translation>طُلبت المساعدة في: %1</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translation>أطول انتظار</translation>
        </message>
        <message>
            <source>Next arrival</source>
            <translation>القادم التالي</translation>
        </message>
        <message>
            <source>No counter is open.</source>
            <translation>لا يوجد شباك مفتوح.</translation>
        </message>
        <message>
            <source>Not taking tickets: %1</source>
            <translation>لا تمنح تذاكر: %1</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>الخدمات</translation>
        </message>
        <message>
            <source>Serving</source>
            <translation>قيد الخدمة</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>في الانتظار</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translation>⚠ تجاوز هدف الانتظار: %1</translation>
        </message>
        <message>
            <source>Called within their target today: %1 of %2 (%3 %)</source>
            <translation>نودي عليهم ضمن هدفهم اليوم: %1 من %2 (%3 %)</translation>
        </message>
        <message>
            <source>Called within their target today: nobody called yet</source>
            <translation>نودي عليهم ضمن هدفهم اليوم: لم يُنادَ على أحد بعد</translation>
        </message>
    </context>
    <context>
        <name>ServiceLines</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translation>%1 (الهدف %2 دقيقة)</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translation>⚠ تجاوز هدف الانتظار: %1</translation>
        </message>
        <message>
            <source>%1 waiting · longest %2</source>
            <translation>%1 في الانتظار · الأقصى %2</translation>
        </message>
        <message>
            <source>and %1 more lines</source>
            <translation>و%1 طوابير أخرى</translation>
        </message>
    </context>
    <context>
        <name>ServiceSettings</name>
        <message>
            <source>Catalogue</source>
            <translation>الدليل</translation>
        </message>
        <message>
            <source>Catalogue (%1 min)</source>
            <translation>الدليل (%1 دقيقة)</translation>
        </message>
        <message>
            <source>Close it now</source>
            <translation>أغلقها الآن</translation>
        </message>
        <message>
            <source>Closed now: the kiosks give no ticket for it</source>
            <translation>مغلقة الآن: لا تمنح الأكشاك تذاكر لها</translation>
        </message>
        <message>
            <source>Empty: whenever the office is open</source>
            <translation>فارغ: طوال فتح المكتب</translation>
        </message>
        <message>
            <source>Hours, Sunday to Thursday</source>
            <translation>الأوقات، من الأحد إلى الخميس</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>بلا حد</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>لم يُحفظ: %1</translation>
        </message>
        <message>
            <source>Not saved: write the hours as opening-closing on the 24-hour clock, e.g. 08:00-12:00 (closing after opening), or leave them empty.</source>
            <translation>لم يُحفظ: اكتب الأوقات بصيغة الفتح-الغلق على 24 ساعة، مثلا 08:00-12:00 (الغلق بعد الفتح)، أو اترك الخانة فارغة.</translation>
        </message>
        <message>
            <source>Open it now</source>
            <translation>افتحها الآن</translation>
        </message>
        <message>
            <source>Open: the kiosks give tickets for it</source>
            <translation>مفتوحة: تمنح الأكشاك تذاكر لها</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Saved: the kiosks, desks and display follow it now.</source>
            <translation>حُفظ: تعمل به الأكشاك والشبابيك والشاشة من الآن.</translation>
        </message>
        <message>
            <source>Save the service's settings</source>
            <translation>حفظ إعدادات الخدمة</translation>
        </message>
        <message>
            <source>Tickets a day at most</source>
            <translation>أقصى عدد تذاكر في اليوم</translation>
        </message>
        <message>
            <source>Waiting target (minutes)</source>
            <translation>هدف الانتظار (دقائق)</translation>
        </message>
        <message>
            <source>Open, but no ticket now: %1</source>
            <translation>مفتوحة، لكن بلا تذاكر الآن: %1</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPage</name>
        <message>
            <source>Announcement</source>
            <translation>الإعلان</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>القاعة</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>الخدمات</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translation>لوحة المشرف</translation>
        </message>
        <message>
            <source>Report and training</source>
            <translation>التقرير والتدريب</translation>
        </message>
    </context>
    <context>
        <name>SupervisorTools</name>
        <message>
            <source>Activity report</source>
            <translation>تقرير النشاط</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>اليوم الأول</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>اليوم الأخير</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>حفظ بصيغة PDF</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>حفظ بصيغة CSV</translation>
        </message>
        <message>
            <source>Open the report</source>
            <translation>فتح التقرير</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <source>A training desk opens on a practice office with a realistic morning. Nothing done there reaches the office&apos;s real data.</source>
            <translation>يُفتح مكتب تدريب على مكتب تجريبي بصباح واقعي. لا يصل أي شيء يُنجز فيه إلى البيانات الحقيقية للمكتب.</translation>
        </message>
        <message>
            <source>The last day is before the first: choose the days again.</source>
            <translation>اليوم الأخير قبل اليوم الأول: اختر الأيام من جديد.</translation>
        </message>
        <message>
            <source>A report covers at most 366 days: choose a shorter period.</source>
            <translation>يغطي التقرير 366 يومًا على الأكثر: اختر فترة أقصر.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>جارٍ إعداد التقرير…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>حُفظ: %1</translation>
        </message>
        <message>
            <source>End the training session</source>
            <translation>إنهاء جلسة التدريب</translation>
        </message>
        <message>
            <source>Start a training session</source>
            <translation>بدء جلسة تدريب</translation>
        </message>
        <message>
            <source>The training session has ended.</source>
            <translation>انتهت جلسة التدريب.</translation>
        </message>
        <message>
            <source>Starting the training desk…</source>
            <translation>جارٍ تشغيل مكتب التدريب…</translation>
        </message>
        <message>
            <source>The training desk is open. Practice accounts:</source>
            <translation>مكتب التدريب مفتوح. حسابات التدريب:</translation>
        </message>
        <message>
            <source>The training session could not start: %1</source>
            <translation>تعذّر بدء جلسة التدريب: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %1 (%n page(s)). Open it to print it.</source>
            <extracomment>%1 is the report's file; %n its pages.</extracomment>
            <translation>
                <numerusform>حُفظ: %1 (%n صفحة). افتحه لطباعته.</numerusform>
                <numerusform>حُفظ: %1 (صفحة واحدة). افتحه لطباعته.</numerusform>
                <numerusform>حُفظ: %1 (صفحتان). افتحه لطباعته.</numerusform>
                <numerusform>حُفظ: %1 (%n صفحات). افتحه لطباعته.</numerusform>
                <numerusform>حُفظ: %1 (%n صفحة). افتحه لطباعته.</numerusform>
                <numerusform>حُفظ: %1 (%n صفحة). افتحه لطباعته.</numerusform>
            </translation>
        </message>
    </context>
</TS>
