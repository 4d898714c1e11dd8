<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_DZ" sourcelanguage="en">
    <context>
        <name>CategoryScreen</name>
        <message>
            <source>What is your concern about?</source>
            <translation>بماذا يتعلق انشغالك؟</translation>
        </message>
        <message>
            <source>Touch the subject that fits best.</source>
            <translation>المس الموضوع الأقرب إلى انشغالك.</translation>
        </message>
    </context>
    <context>
        <name>ConcernReceipt</name>
        <message>
            <source>Your concern has been registered</source>
            <translation>تم تسجيل انشغالك</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translation>رمز المتابعة الخاص بك</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>الموضوع: %1</translation>
        </message>
        <message>
            <source>Keep this receipt. Follow your concern at the kiosk with this code.</source>
            <translation>احتفظ بهذا الوصل. تابع انشغالك في الجهاز التفاعلي بهذا الرمز.</translation>
        </message>
        <message>
            <source>The office may call you on:</source>
            <translation>قد يتصل بك المكتب على الرقم:</translation>
        </message>
        <message>
            <source>Anonymous concern: only this code lets you follow it.</source>
            <translation>انشغال دون ذكر الاسم: هذا الرمز وحده يسمح لك بمتابعته.</translation>
        </message>
    </context>
    <context>
        <name>ConcernTexts</name>
        <message>
            <source>Please write your concern.</source>
            <translation>يرجى كتابة انشغالك.</translation>
        </message>
        <message>
            <source>Please write at least %1 characters.</source>
            <translation>يرجى كتابة %1 أحرف على الأقل.</translation>
        </message>
        <message>
            <source>Your text is too long: at most %1 characters. Please shorten it.</source>
            <translation>نصك طويل جدا: %1 حرف على الأكثر. يرجى اختصاره.</translation>
        </message>
        <message>
            <source>The place is too long: at most %1 characters.</source>
            <translation>المكان طويل جدا: %1 حرفا على الأكثر.</translation>
        </message>
        <message>
            <source>The name is too long: at most %1 characters.</source>
            <translation>الاسم طويل جدا: %1 حرفا على الأكثر.</translation>
        </message>
        <message>
            <source>Special control characters are not allowed. Please delete them.</source>
            <translation>رموز التحكم الخاصة غير مسموح بها. يرجى حذفها.</translation>
        </message>
        <message>
            <source>Some characters are not allowed. Please delete them.</source>
            <translation>بعض الرموز غير مسموح بها. يرجى حذفها.</translation>
        </message>
        <message>
            <source>Please give a phone number, or go back and stay anonymous.</source>
            <translation>يرجى إدخال رقم هاتف، أو الرجوع والبقاء دون ذكر الاسم.</translation>
        </message>
        <message>
            <source>This phone number is not valid: 10 digits starting 05, 06 or 07 (or 9 digits for a fixed line).</source>
            <translation>رقم الهاتف هذا غير صحيح: 10 أرقام تبدأ بـ 05 أو 06 أو 07 (أو 9 أرقام للهاتف الثابت).</translation>
        </message>
        <message>
            <source>Your contact details are kept only if you agree. Please answer the question about contact.</source>
            <translation>لا تُحفظ بيانات الاتصال بك إلا بموافقتك. يرجى الإجابة عن سؤال الاتصال.</translation>
        </message>
        <message>
            <source>Please choose what your concern is about.</source>
            <translation>يرجى اختيار موضوع انشغالك.</translation>
        </message>
        <message>
            <source>Please choose your language again.</source>
            <translation>يرجى اختيار لغتك مرة أخرى.</translation>
        </message>
        <message>
            <source>Something is not right. Please check and try again.</source>
            <translation>هناك خطأ ما. يرجى التحقق والمحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>Sorry, your concern could not be registered right now. Please ask at the reception desk.</source>
            <translation>عذرا، تعذر تسجيل انشغالك الآن. يرجى السؤال في مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>This is not a tracking code. A code looks like %1 and is printed on your receipt. The letters O, I and L are never used.</source>
            <translation>هذا ليس رمز متابعة. يبدو الرمز هكذا %1 وهو مطبوع على وصلك. الحروف O و I و L لا تُستعمل أبدا.</translation>
        </message>
        <message>
            <source>This code has a typing mistake. Please check each character against your receipt.</source>
            <translation>في هذا الرمز خطأ في الكتابة. يرجى مقارنة كل حرف بما في وصلك.</translation>
        </message>
        <message>
            <source>No concern with this code was found in this office. Please check the code.</source>
            <translation>لم يُعثر على أي انشغال بهذا الرمز في هذا المكتب. يرجى التحقق من الرمز.</translation>
        </message>
        <message>
            <source>The concern cannot be looked up right now. Please ask at the reception desk.</source>
            <translation>لا يمكن البحث عن الانشغال الآن. يرجى السؤال في مكتب الاستقبال.</translation>
        </message>
        <message>
            <source>Too many wrong codes. Please wait %1 seconds before trying again.</source>
            <translation>رموز خاطئة كثيرة. يرجى الانتظار %1 ثانية قبل المحاولة مرة أخرى.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>مستلم</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>قيد المعالجة</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>تمت الإجابة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>غير مقبول</translation>
        </message>
        <message>
            <source>The office has your concern and will study it.</source>
            <translation>انشغالك لدى المكتب وستتم دراسته.</translation>
        </message>
        <message>
            <source>Someone at the office is working on your concern.</source>
            <translation>يعمل أحد موظفي المكتب على انشغالك.</translation>
        </message>
        <message>
            <source>The office has answered. Read the answer below.</source>
            <translation>أجاب المكتب. اقرأ الإجابة أدناه.</translation>
        </message>
        <message>
            <source>Your concern is closed.</source>
            <translation>تم إغلاق انشغالك.</translation>
        </message>
        <message>
            <source>The office could not accept your concern. The reason is below.</source>
            <translation>لم يتمكن المكتب من قبول انشغالك. السبب مذكور أدناه.</translation>
        </message>
        <message>
            <source>Answer from the office</source>
            <translation>إجابة المكتب</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>ملاحظة داخلية</translation>
        </message>
        <message>
            <source>Contact details deleted</source>
            <translation>تم حذف بيانات الاتصال</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>الحالة: %1</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>تغيرت الحالة</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>أعيد فتحه</translation>
        </message>
    </context>
    <context>
        <name>ConcernsInbox</name>
        <message>
            <source>The receipt is being printed.</source>
            <translation>جارٍ طبع الوصل.</translation>
        </message>
        <message>
            <source>Write the reason in the reason field: the citizen will read it.</source>
            <translation>اكتب السبب في خانة السبب: سيقرؤه المواطن.</translation>
        </message>
        <message>
            <source>Write the answer first (as a public answer or in the reason field).</source>
            <translation>اكتب الإجابة أولا (كإجابة علنية أو في خانة السبب).</translation>
        </message>
        <message>
            <source>This concern cannot go to that status from its current one.</source>
            <translation>لا يمكن نقل هذا الانشغال إلى هذه الحالة من حالته الحالية.</translation>
        </message>
        <message>
            <source>Write the note first.</source>
            <translation>اكتب الملاحظة أولا.</translation>
        </message>
        <message>
            <source>The note is too long (at most 2,000 characters).</source>
            <translation>الملاحظة طويلة جدا (2000 حرف على الأكثر).</translation>
        </message>
        <message>
            <source>The reason is too long (at most 1,000 characters).</source>
            <translation>السبب طويل جدا (1000 حرف على الأكثر).</translation>
        </message>
        <message>
            <source>Special control characters are not allowed.</source>
            <translation>رموز التحكم الخاصة غير مسموح بها.</translation>
        </message>
        <message>
            <source>This concern is not in this office.</source>
            <translation>هذا الانشغال ليس في هذا المكتب.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so the list may be out of date. Press Refresh in a moment.</source>
            <translation>تعذر الاتصال بخادم المكتب، لذا قد لا تكون القائمة محدّثة. اضغط على «تحديث» بعد قليل.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so this concern cannot be shown now. Press Refresh in a moment.</source>
            <translation>تعذر الاتصال بخادم المكتب، لذا لا يمكن عرض هذا الانشغال الآن. اضغط على «تحديث» بعد قليل.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. What you wrote is kept here: press the same button again in a moment.</source>
            <translation>تعذر الاتصال بخادم المكتب. ما كتبته محفوظ هنا: اضغط على الزر نفسه مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>جارٍ الإرسال…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>انتهت جلستك. يرجى تسجيل الدخول من جديد.</translation>
        </message>
        <message>
            <source>The office refused: %1</source>
            <translation>رفض المكتب: %1</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>الانشغالات</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationScreen</name>
        <message>
            <source>The printer is not working. Please write down or photograph your code: %1</source>
            <translation>الطابعة لا تعمل. يرجى كتابة رمزك أو تصويره: %1</translation>
        </message>
        <message>
            <source>Please take your receipt.</source>
            <translation>يرجى أخذ الوصل.</translation>
        </message>
        <message>
            <source>Please take your receipt. If none came out, please write down or photograph your code: %1</source>
            <translation>يرجى أخذ الوصل. إن لم يخرج، يرجى كتابة رمزك أو تصويره: %1</translation>
        </message>
        <message>
            <source>Your concern has been registered</source>
            <translation>تم تسجيل انشغالك</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translation>رمز المتابعة الخاص بك</translation>
        </message>
        <message>
            <source>What happens next: the office will study your concern. Keep your receipt. To see the answer, come back to this kiosk, touch “Follow my concern” and type this code or show the receipt's QR code.</source>
            <translation>ماذا بعد: سيدرس المكتب انشغالك. احتفظ بالوصل. لمعرفة الإجابة، عد إلى هذا الجهاز، والمس «متابعة انشغالي» واكتب هذا الرمز أو اعرض رمز QR الموجود على الوصل.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
    </context>
    <context>
        <name>ConsentScreen</name>
        <message>
            <source>Do you want the office to contact you?</source>
            <translation>هل تريد أن يتصل بك المكتب؟</translation>
        </message>
        <message>
            <source>Your concern is anonymous unless you agree to give a name and a phone number.</source>
            <translation>انشغالك دون ذكر الاسم، إلا إذا وافقت على إعطاء اسم ورقم هاتف.</translation>
        </message>
        <message>
            <source>• Who sees them: only the supervisors of the citizen office and of the municipality's central concerns service, to answer you about this concern. They are never printed in full.</source>
            <translation>• من يراها: المشرفون على مكتب المواطن وعلى المصلحة المركزية للانشغالات بالبلدية فقط، للرد عليك بشأن هذا الانشغال. لا تُطبع كاملة أبدا.</translation>
        </message>
        <message>
            <source>• For how long: they are deleted %1 days after the last change to your concern.</source>
            <translation>• إلى متى: تُحذف بعد %1 يوما من آخر تغيير في انشغالك.</translation>
        </message>
        <message>
            <source>• They are not given to anyone else.</source>
            <translation>• لا تُعطى لأي جهة أخرى.</translation>
        </message>
        <message>
            <source>• Without them you can still follow your concern at this kiosk with your code.</source>
            <translation>• بدونها يمكنك دائما متابعة انشغالك في هذا الجهاز برمزك.</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translation>لا، أبقى دون ذكر الاسم</translation>
        </message>
        <message>
            <source>Yes, I agree to give my name and phone</source>
            <translation>نعم، أوافق على إعطاء اسمي ورقم هاتفي</translation>
        </message>
        <message>
            <source>May the text of your concern be published anonymously (without your name or contact)?</source>
            <translation>هل يمكن نشر نص انشغالك دون ذكر هويتك (دون اسمك أو وسيلة الاتصال بك)؟</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>Do not publish the text of my concern</source>
            <translation>لا تنشروا نص انشغالي</translation>
        </message>
        <message>
            <source>Publish the text of my concern without my name</source>
            <translation>انشروا نص انشغالي دون اسمي</translation>
        </message>
    </context>
    <context>
        <name>ContactScreen</name>
        <message>
            <source>Your contact details</source>
            <translation>بيانات الاتصال بك</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>الاسم (اختياري)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translation>لا، أبقى دون ذكر الاسم</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
    </context>
    <context>
        <name>FollowUpScreen</name>
        <message>
            <source>Follow my concern</source>
            <translation>متابعة انشغالي</translation>
        </message>
        <message>
            <source>Type the code printed on your receipt, or hold the receipt's QR code under the scanner.</source>
            <translation>اكتب الرمز المطبوع على وصلك، أو ضع رمز QR الموجود على الوصل تحت الماسح.</translation>
        </message>
        <message>
            <source>Tracking code</source>
            <translation>رمز المتابعة</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Looking up your concern…</source>
            <translation>جارٍ البحث عن انشغالك…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpResult</name>
        <message>
            <source>Look up another code</source>
            <translation>البحث عن رمز آخر</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>%1 — registered on %2</source>
            <translation>%1 — سُجل في %2</translation>
        </message>
        <message>
            <source>Reopened on %1: the office is looking at it again.</source>
            <translation>أُعيد فتحه في %1: المكتب يدرسه من جديد.</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message>
            <source>For your privacy, what you have entered will be cleared in %1 seconds. Touch “Continue” to keep going.</source>
            <translation>حفاظا على خصوصيتك، سيُمحى ما أدخلته بعد %1 ثانية. المس «متابعة» للاستمرار.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
    </context>
    <context>
        <name>PlaceScreen</name>
        <message>
            <source>Where is it? (optional)</source>
            <translation>أين يقع؟ (اختياري)</translation>
        </message>
        <message>
            <source>A street, a neighbourhood or a building. You can skip this step.</source>
            <translation>شارع أو حي أو عمارة. يمكنك تخطي هذه الخطوة.</translation>
        </message>
        <message>
            <source>Street or neighbourhood</source>
            <translation>الشارع أو الحي</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطي</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Check your concern</source>
            <translation>راجع انشغالك</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translation>انشغالك</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>الاتصال</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>None: your concern is anonymous</source>
            <translation>لا شيء: انشغالك دون ذكر الاسم</translation>
        </message>
        <message>
            <source>Send my concern</source>
            <translation>إرسال انشغالي</translation>
        </message>
        <message>
            <source>Sending your concern…</source>
            <translation>جارٍ إرسال انشغالك…</translation>
        </message>
    </context>
    <context>
        <name>TextScreen</name>
        <message>
            <source>%1 characters too many: at most %2. Please shorten your text.</source>
            <translation>%1 حرف زائد: %2 على الأكثر. يرجى اختصار نصك.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — write at least %3.</source>
            <translation>%1 / %2 حرف — اكتب %3 أحرف على الأقل.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — only %3 left.</source>
            <translation>%1 / %2 حرف — بقي %3 فقط.</translation>
        </message>
        <message>
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 حرف</translation>
        </message>
        <message>
            <source>Describe your concern</source>
            <translation>صف انشغالك</translation>
        </message>
        <message>
            <source>Write here what is wrong and where…</source>
            <translation>اكتب هنا ما المشكلة وأين…</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translation>انشغالك</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
    </context>
    <context>
        <name>ReprintStatus</name>
        <message>
            <source>The receipt was printed.</source>
            <translation>تم طبع الوصل.</translation>
        </message>
        <message>
            <source>The receipt was sent to the printer, but the printer did not confirm that it printed.</source>
            <translation>أُرسل الوصل إلى الطابعة، لكنها لم تؤكد طبعه.</translation>
        </message>
        <message>
            <source>The printer has no paper. The receipt will print once a roll is put in.</source>
            <translation>نفد الورق من الطابعة. سيُطبع الوصل بمجرد وضع لفافة جديدة.</translation>
        </message>
        <message>
            <source>The printer is not working. It will try again.</source>
            <translation>الطابعة لا تعمل. ستُعاد المحاولة.</translation>
        </message>
        <message>
            <source>The receipt could not be printed.</source>
            <translation>تعذّر طبع الوصل.</translation>
        </message>
    </context>
    <context>
        <name>ConcernDetail</name>
        <message>
            <source>%1 (language: %2)</source>
            <translation>%1 (اللغة: %2)</translation>
        </message>
        <message>
            <source>Add internal note</source>
            <translation>إضافة ملاحظة داخلية</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>تمت الإجابة</translation>
        </message>
        <message>
            <source>Choose a concern in the list</source>
            <translation>اختر انشغالا من القائمة</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>الاتصال</translation>
        </message>
        <message>
            <source>History (internal notes are never shown to the citizen)</source>
            <translation>السجل (الملاحظات الداخلية لا تُعرض على المواطن أبدا)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Please log in to see the concerns</source>
            <translation>يرجى تسجيل الدخول لرؤية الانشغالات</translation>
        </message>
        <message>
            <source>Reason or answer for the citizen (needed to reject)</source>
            <translation>السبب أو الإجابة للمواطن (ضروري للرفض)</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>تاريخ التسجيل</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>رفض</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>إعادة طبع الوصل</translation>
        </message>
        <message>
            <source>Send public answer</source>
            <translation>إرسال إجابة علنية</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translation>بدء المعالجة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Write a note or an answer…</source>
            <translation>اكتب ملاحظة أو إجابة…</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>دون ذكر الاسم</translation>
        </message>
        <message>
            <source>deleted after the retention period</source>
            <translation>حُذفت بعد انقضاء مدة الحفظ</translation>
        </message>
        <message>
            <source>hidden (supervisors only)</source>
            <translation>مخفية (للمشرفين فقط)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>غير مذكور</translation>
        </message>
    </context>
    <context>
        <name>ConcernFilters</name>
        <message>
            <source>All offices</source>
            <translation>كل المكاتب</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <source>All subjects</source>
            <translation>كل المواضيع</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>أي مدة</translation>
        </message>
        <message>
            <source>Older than 15 days</source>
            <translation>أقدم من 15 يوما</translation>
        </message>
        <message>
            <source>Older than 30 days</source>
            <translation>أقدم من 30 يوما</translation>
        </message>
        <message>
            <source>Open (received or being handled)</source>
            <translation>مفتوحة (مستلمة أو قيد المعالجة)</translation>
        </message>
        <message>
            <source>This office (%1)</source>
            <translation>هذا المكتب (%1)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>هذا الأسبوع</translation>
        </message>
    </context>
    <context>
        <name>ConcernList</name>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>الأيام</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>الموضوع</translation>
        </message>
    </context>
    <context>
        <name>IntakeWords</name>
        <message>
            <source>New concern for a citizen</source>
            <translation>انشغال جديد لمواطن</translation>
        </message>
        <message>
            <source>How it came</source>
            <translation>كيف وصل</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>عند الشباك</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>مكالمة هاتفية</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>بريد إلكتروني</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translation>الكشك</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>استمارة الموقع</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>موضوعه</translation>
        </message>
        <message>
            <source>The citizen's language</source>
            <translation>لغة المواطن</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>الانشغال</translation>
        </message>
        <message>
            <source>Write what the citizen says or wrote, in their words.</source>
            <translation>اكتب ما يقوله المواطن أو ما كتبه، بكلماته.</translation>
        </message>
        <message>
            <source>%1 characters left</source>
            <translation>بقي %1 حرفًا</translation>
        </message>
        <message>
            <source>Contact (only if the citizen wants an answer by phone)</source>
            <translation>وسيلة الاتصال (فقط إن أراد المواطن ردًا بالهاتف)</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>الاسم (اختياري)</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>رقم الهاتف</translation>
        </message>
        <message>
            <source>The citizen agrees that the office keeps this name and number to contact them</source>
            <translation>يوافق المواطن على أن يحتفظ المكتب بهذا الاسم والرقم للاتصال به</translation>
        </message>
        <message>
            <source>The citizen agrees that the text may be published without their name or contact</source>
            <translation>يوافق المواطن على نشر النص دون اسمه أو وسيلة الاتصال به</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Register the concern</source>
            <translation>تسجيل الانشغال</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>جارٍ الإرسال…</translation>
        </message>
        <message>
            <source>The concern is registered. Its tracking code:</source>
            <translation>سُجّل الانشغال. رمز متابعته:</translation>
        </message>
        <message>
            <source>Read the code out to the citizen, one character at a time, and ask them to write it down: with it they follow their concern at the kiosk or on the web.</source>
            <translation>اقرأ الرمز على المواطن حرفًا حرفًا واطلب منه أن يكتبه: به يتابع انشغاله في الكشك أو على الإنترنت.</translation>
        </message>
        <message>
            <source>Send the code to the citizen with the answer to their letter or e-mail: with it they follow their concern at the kiosk or on the web.</source>
            <translation>أرسل الرمز إلى المواطن مع الرد على رسالته أو بريده الإلكتروني: به يتابع انشغاله في الكشك أو على الإنترنت.</translation>
        </message>
        <message>
            <source>Give the receipt to the citizen: the code on it lets them follow their concern at the kiosk or on the web.</source>
            <translation>سلّم الوصل للمواطن: الرمز المكتوب عليه يسمح له بمتابعة انشغاله في الكشك أو على الإنترنت.</translation>
        </message>
        <message>
            <source>The office may call the citizen at %1.</source>
            <translation>يمكن للمكتب الاتصال بالمواطن على %1.</translation>
        </message>
        <message>
            <source>The receipt is being printed.</source>
            <translation>الوصل قيد الطباعة.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Choose how the concern came.</source>
            <translation>اختر كيف وصل الانشغال.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Nothing was lost: press &quot;Register the concern&quot; again in a moment.</source>
            <translation>لا يمكن الوصول إلى خادم المكتب. لم يضِع شيء: اضغط «تسجيل الانشغال» مرة أخرى بعد لحظة.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>انتهت جلستك. يرجى تسجيل الدخول مرة أخرى.</translation>
        </message>
        <message>
            <source>Your role may not register concerns.</source>
            <translation>لا يسمح دورك بتسجيل الانشغالات.</translation>
        </message>
        <message>
            <source>Keep the name and number only if the citizen agrees: tick the consent box, or empty the contact fields.</source>
            <translation>لا تحتفظ بالاسم والرقم إلا بموافقة المواطن: ضع علامة في خانة الموافقة، أو أفرغ حقول الاتصال.</translation>
        </message>
        <message>
            <source>A contact needs a phone number: write it, or empty the name.</source>
            <translation>يحتاج الاتصال إلى رقم هاتف: اكتبه، أو أفرغ الاسم.</translation>
        </message>
    </context>
</TS>
