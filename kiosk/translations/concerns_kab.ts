<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kab_DZ" sourcelanguage="en">
    <context>
        <name>CategoryScreen</name>
        <message>
            <source>What is your concern about?</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ɣef wacu i d-yettmeslay ucɣil-ik?</translation>
        </message>
        <message>
            <source>Touch the subject that fits best.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Sit ɣef usentel i d-yemmalen akk.</translation>
        </message>
    </context>
    <context>
        <name>ConcernReceipt</name>
        <message>
            <source>Your concern has been registered</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-ik yettwasekles</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tangalt-ik n uḍfar</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Asentel: %1</translation>
        </message>
        <message>
            <source>Keep this receipt. Follow your concern at the kiosk with this code.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ḥrez tanawalt-a. Ḍfer ucɣil-ik ɣer tnarit s tengalt-a.</translation>
        </message>
        <message>
            <source>The office may call you on:</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanarit tezmer ad k-d-tessiwel ɣer:</translation>
        </message>
        <message>
            <source>Anonymous concern: only this code lets you follow it.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil war isem: d tangalt-a kan ara k-yeǧǧen ad t-tḍefreḍ.</translation>
        </message>
    </context>
    <context>
        <name>ConcernTexts</name>
        <message>
            <source>Please write your concern.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k aru ucɣil-ik.</translation>
        </message>
        <message>
            <source>Please write at least %1 characters.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k aru ma drus %1 n isekkilen.</translation>
        </message>
        <message>
            <source>Your text is too long: at most %1 characters. Please shorten it.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aḍris-ik ɣezzif aṭas: %1 n isekkilen ma ugar. Ttxil-k sneqs-it.</translation>
        </message>
        <message>
            <source>The place is too long: at most %1 characters.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Adeg ɣezzif aṭas: %1 n isekkilen ma ugar.</translation>
        </message>
        <message>
            <source>The name is too long: at most %1 characters.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isem ɣezzif aṭas: %1 n isekkilen ma ugar.</translation>
        </message>
        <message>
            <source>Special control characters are not allowed. Please delete them.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isekkilen n usenqed imeẓlay ur ttwasirgen ara. Ttxil-k kkes-iten.</translation>
        </message>
        <message>
            <source>Some characters are not allowed. Please delete them.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Kra n isekkilen ur ttwasirgen ara. Ttxil-k kkes-iten.</translation>
        </message>
        <message>
            <source>Please give a phone number, or go back and stay anonymous.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k efk uṭṭun n tiliɣri, neɣ uɣal ɣer deffir ad teqqimeḍ war isem.</translation>
        </message>
        <message>
            <source>This phone number is not valid: 10 digits starting 05, 06 or 07 (or 9 digits for a fixed line).</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Uṭṭun-a n tiliɣri ur yelhi ara: 10 n yizwilen i yebdan s 05, 06 neɣ 07 (neɣ 9 n yizwilen i tiliɣri tusbidt).</translation>
        </message>
        <message>
            <source>Your contact details are kept only if you agree. Please answer the question about contact.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isefka-k n unermes ttwaḥerzen kan ma tqebleḍ. Ttxil-k err ɣef usteqsi n unermes.</translation>
        </message>
        <message>
            <source>Please choose what your concern is about.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k fren asentel n ucɣil-ik.</translation>
        </message>
        <message>
            <source>Please choose your language again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k fren tutlayt-ik tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Something is not right. Please check and try again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Yella kra ur nelhi ara. Ttxil-k senqed, syen ɛreḍ tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Sorry, your concern could not be registered right now. Please ask at the reception desk.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Suref-aɣ, ucɣil-ik ur yettwasekles ara tura. Ttxil-k steqsi deg usagen n ustiqbel.</translation>
        </message>
        <message>
            <source>This is not a tracking code. A code looks like %1 and is printed on your receipt. The letters O, I and L are never used.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Wagi mačči d tangalt n uḍfar. Tangalt am %1, tettwasiggez ɣef tnawalt-ik. Isekkilen O, I d L ur ttwasqedcen ara.</translation>
        </message>
        <message>
            <source>This code has a typing mistake. Please check each character against your receipt.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tangalt-a tesɛa tuccḍa n tira. Ttxil-k senqed yal asekkil ɣef tnawalt-ik.</translation>
        </message>
        <message>
            <source>No concern with this code was found in this office. Please check the code.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ulac ucɣil s tengalt-a deg tnarit-a. Ttxil-k senqed tangalt.</translation>
        </message>
        <message>
            <source>The concern cannot be looked up right now. Please ask at the reception desk.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ur yezmir ara ad yettwanadi ucɣil tura. Ttxil-k steqsi deg usagen n ustiqbel.</translation>
        </message>
        <message>
            <source>Too many wrong codes. Please wait %1 seconds before trying again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aṭas n tengalin ur nelhi ara. Ttxil-k ṛǧu %1 n tsinin send ad tɛerḍeḍ tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Received</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tettwaṭṭef</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Deg leqdic</translation>
        </message>
        <message>
            <source>Answered</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tettwarra</translation>
        </message>
        <message>
            <source>Closed</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tettwamdel</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ur tettwaqbel ara</translation>
        </message>
        <message>
            <source>The office has your concern and will study it.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanarit teṭṭef ucɣil-ik, ad t-teẓrew.</translation>
        </message>
        <message>
            <source>Someone at the office is working on your concern.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Yiwen deg tnarit yettmahal ɣef ucɣil-ik.</translation>
        </message>
        <message>
            <source>The office has answered. Read the answer below.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanarit terra-d. Ɣer tiririt ddaw-a.</translation>
        </message>
        <message>
            <source>Your concern is closed.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-ik yettwamdel.</translation>
        </message>
        <message>
            <source>The office could not accept your concern. The reason is below.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanarit ur tezmir ara ad teqbel ucɣil-ik. Ssebba ddaw-a.</translation>
        </message>
        <message>
            <source>Answer from the office</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tiririt n tnarit</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tazmilt tagensant</translation>
        </message>
        <message>
            <source>Contact details deleted</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isefka n unermes ttwakksen</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Addad: %1</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Addad yettwabeddel</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Yettwaldi tikkelt nniḍen</translation>
        </message>
    </context>
    <context>
        <name>ConcernsInbox</name>
        <message>
            <source>The receipt is being printed.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanawalt tettwasiggez.</translation>
        </message>
        <message>
            <source>Write the reason in the reason field: the citizen will read it.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aru ssebba deg urtal n ssebba: aɣerman ad t-iɣer.</translation>
        </message>
        <message>
            <source>Write the answer first (as a public answer or in the reason field).</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aru tiririt di tazwara (d tiririt tazayezt neɣ deg urtal n ssebba).</translation>
        </message>
        <message>
            <source>This concern cannot go to that status from its current one.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-a ur yezmir ara ad iɛeddi ɣer waddad-a seg waddad-is n tura.</translation>
        </message>
        <message>
            <source>Write the note first.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aru tazmilt di tazwara.</translation>
        </message>
        <message>
            <source>The note is too long (at most 2,000 characters).</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tazmilt teɣzef aṭas (2000 n isekkilen ma ugar).</translation>
        </message>
        <message>
            <source>The reason is too long (at most 1,000 characters).</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ssebba teɣzef aṭas (1000 n isekkilen ma ugar).</translation>
        </message>
        <message>
            <source>Special control characters are not allowed.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isekkilen n usenqed imeẓlay ur ttwasirgen ara.</translation>
        </message>
        <message>
            <source>This concern is not in this office.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-a ulac-it deg tnarit-a.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so the list may be out of date. Press Refresh in a moment.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aqeddac n tnarit ur yettwaweḍ ara: tabdart tezmer ur tettwaleqqem ara. Sit ɣef «Smiren» sakin.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so this concern cannot be shown now. Press Refresh in a moment.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aqeddac n tnarit ur yettwaweḍ ara: ucɣil-a ur d-yettban ara tura. Sit ɣef «Smiren» sakin.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. What you wrote is kept here: press the same button again in a moment.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aqeddac n tnarit ur yettwaweḍ ara. Ayen turiḍ yettwaḥrez da: sit tikkelt nniḍen ɣef tqeffalt-nni sakin.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tuzna…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Asali…</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tiɣimit-ik tfukk. Ttxil-k kcem tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>The office refused: %1</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanarit tugi: %1</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Iceɣlen</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Smiren</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationScreen</name>
        <message>
            <source>The printer is not working. Please write down or photograph your code: %1</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tasiggezt ur tettmahal ara. Ttxil-k aru neɣ ṭṭef tawlaft n tengalt-ik: %1</translation>
        </message>
        <message>
            <source>Please take your receipt.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k ṭṭef tanawalt-ik.</translation>
        </message>
        <message>
            <source>Please take your receipt. If none came out, please write down or photograph your code: %1</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k ṭṭef tanawalt-ik. Ma ur d-teffeɣ ara, aru neɣ ṭṭef tawlaft n tengalt-ik: %1</translation>
        </message>
        <message>
            <source>Your concern has been registered</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-ik yettwasekles</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tangalt-ik n uḍfar</translation>
        </message>
        <message>
            <source>What happens next: the office will study your concern. Keep your receipt. To see the answer, come back to this kiosk, touch “Follow my concern” and type this code or show the receipt's QR code.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ayen ara d-yeḍrun: tanarit ad teẓrew ucɣil-ik. Ḥrez tanawalt-ik. Akken ad twaliḍ tiririt, uɣal-d ɣer tnarit-a, sit ɣef « Ḍfer ucɣil-iw » syen aru tangalt-a neɣ sken tangalt QR n tnawalt.</translation>
        </message>
        <message>
            <source>Done</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ifukk</translation>
        </message>
    </context>
    <context>
        <name>ConsentScreen</name>
        <message>
            <source>Do you want the office to contact you?</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tebɣiḍ ad k-d-tenermes tnarit?</translation>
        </message>
        <message>
            <source>Your concern is anonymous unless you agree to give a name and a phone number.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-ik d war isem, ala ma tqebleḍ ad d-tefkeḍ isem d wuṭṭun n tiliɣri.</translation>
        </message>
        <message>
            <source>• Who sees them: only the supervisors of the citizen office and of the municipality's central concerns service, to answer you about this concern. They are never printed in full.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>• Anwa ara ten-iwalin: d imeɣnasen n tnarit n uɣerman d wid n temsulta talemmast n iceɣlen n tɣiwant kan, akken ad k-d-rren ɣef ucɣil-a. Ur ttwasiggzen ara akk s umata.</translation>
        </message>
        <message>
            <source>• For how long: they are deleted %1 days after the last change to your concern.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>• Acḥal n wakud: ttwakksen %1 n wussan seld abeddel aneggaru n ucɣil-ik.</translation>
        </message>
        <message>
            <source>• They are not given to anyone else.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>• Ur ttunefken ara i wiyaḍ.</translation>
        </message>
        <message>
            <source>• Without them you can still follow your concern at this kiosk with your code.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>• War nutni, tzemreḍ ad tḍefreḍ ucɣil-ik ɣer tnarit-a s tengalt-ik.</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ala, ad qqimeɣ war isem</translation>
        </message>
        <message>
            <source>Yes, I agree to give my name and phone</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ih, qebleɣ ad d-fkeɣ isem-iw d tiliɣri-w</translation>
        </message>
        <message>
            <source>May the text of your concern be published anonymously (without your name or contact)?</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ad yettwassuffeɣ uḍris n ucɣil-ik war isem (war isem-ik, war tiliɣri-k)?</translation>
        </message>
        <message>
            <source>No</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ala</translation>
        </message>
        <message>
            <source>Yes</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ih</translation>
        </message>
        <message>
            <source>Do not publish the text of my concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ur ssuffuɣet ara aḍris n ucɣil-iw</translation>
        </message>
        <message>
            <source>Publish the text of my concern without my name</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ssuffɣet aḍris n ucɣil-iw war isem-iw</translation>
        </message>
    </context>
    <context>
        <name>ContactScreen</name>
        <message>
            <source>Your contact details</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isefka-k n unermes</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isem (ma tebɣiḍ)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tiliɣri</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ala, ad qqimeɣ war isem</translation>
        </message>
        <message>
            <source>Next</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ɣer zdat</translation>
        </message>
    </context>
    <context>
        <name>FollowUpScreen</name>
        <message>
            <source>Follow my concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ḍfer ucɣil-iw</translation>
        </message>
        <message>
            <source>Type the code printed on your receipt, or hold the receipt's QR code under the scanner.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aru tangalt yettwasiggzen ɣef tnawalt-ik, neɣ sers tangalt QR n tnawalt ddaw n usiggez.</translation>
        </message>
        <message>
            <source>Tracking code</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tangalt n uḍfar</translation>
        </message>
        <message>
            <source>Look up</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Nadi</translation>
        </message>
        <message>
            <source>Looking up your concern…</source>
            <translatorcomment>Kabyle: needs native review.</translatorcomment>
            <translation>Anadi ɣef ucɣil-ik…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpResult</name>
        <message>
            <source>Look up another code</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Nadi tangalt nniḍen</translation>
        </message>
        <message>
            <source>History</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Amazray</translation>
        </message>
        <message>
            <source>%1 — registered on %2</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>%1 — yettwasekles ass n %2</translation>
        </message>
        <message>
            <source>Reopened on %1: the office is looking at it again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Yettwaldi tikkelt nniḍen di %1: tanarit tettwali-t tikkelt nniḍen.</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still there?</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Mazal-ik dagi?</translation>
        </message>
        <message>
            <source>For your privacy, what you have entered will be cleared in %1 seconds. Touch “Continue” to keep going.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>I tbaḍnit-ik, ayen i d-tefkiḍ ad yettwakkes deg %1 n tsinin. Sit ɣef « Kemmel » akken ad tkemmleḍ.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Kemmel</translation>
        </message>
    </context>
    <context>
        <name>PlaceScreen</name>
        <message>
            <source>Where is it? (optional)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Anda? (ma tebɣiḍ)</translation>
        </message>
        <message>
            <source>A street, a neighbourhood or a building. You can skip this step.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Abrid, taddart neɣ axxam. Tzemreḍ ad tezgleḍ amecwar-a.</translation>
        </message>
        <message>
            <source>Street or neighbourhood</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Abrid neɣ taddart</translation>
        </message>
        <message>
            <source>Place</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Adeg</translation>
        </message>
        <message>
            <source>Skip</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Zgel</translation>
        </message>
        <message>
            <source>Next</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ɣer zdat</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Check your concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Senqed ucɣil-ik</translation>
        </message>
        <message>
            <source>Subject</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Asentel</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-ik</translation>
        </message>
        <message>
            <source>Place</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Adeg</translation>
        </message>
        <message>
            <source>Contact</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Anermes</translation>
        </message>
        <message>
            <source>Change</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Beddel</translation>
        </message>
        <message>
            <source>Not given</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ur d-yettunefk ara</translation>
        </message>
        <message>
            <source>None: your concern is anonymous</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ulac: ucɣil-ik d war isem</translation>
        </message>
        <message>
            <source>Send my concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Azen ucɣil-iw</translation>
        </message>
        <message>
            <source>Sending your concern…</source>
            <translatorcomment>Kabyle: needs native review.</translatorcomment>
            <translation>Ucɣil-ik yettwazen…</translation>
        </message>
    </context>
    <context>
        <name>TextScreen</name>
        <message>
            <source>%1 characters too many: at most %2. Please shorten your text.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>%1 n isekkilen d timernit: %2 ma ugar. Ttxil-k sneqs aḍris-ik.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — write at least %3.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>%1 / %2 n isekkilen — aru ma drus %3.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — only %3 left.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>%1 / %2 n isekkilen — qqimen-d %3 kan.</translation>
        </message>
        <message>
            <source>%1 / %2 characters</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>%1 / %2 n isekkilen</translation>
        </message>
        <message>
            <source>Describe your concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Glem-d ucɣil-ik</translation>
        </message>
        <message>
            <source>Write here what is wrong and where…</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aru dagi acu i ixuṣṣen d anda…</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ucɣil-ik</translation>
        </message>
        <message>
            <source>Next</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ɣer zdat</translation>
        </message>
    </context>
    <context>
        <name>ReprintStatus</name>
        <message>
            <source>The receipt was printed.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanawalt tettwasiggez.</translation>
        </message>
        <message>
            <source>The receipt was sent to the printer, but the printer did not confirm that it printed.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanawalt tettwazen ɣer tsiggezt, maca tasiggezt ur d-tesentem ara belli tettwasiggez.</translation>
        </message>
        <message>
            <source>The printer has no paper. The receipt will print once a roll is put in.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ulac lkaɣeḍ deg tsiggezt. Tanawalt ad tettwasiggez mi ara d-yettwarnu lkaɣeḍ.</translation>
        </message>
        <message>
            <source>The printer is not working. It will try again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tasiggezt ur tettmahal ara. Ad tɛreḍ tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>The receipt could not be printed.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanawalt ur tezmir ara ad tettwasiggez.</translation>
        </message>
    </context>
    <context>
        <name>ConcernDetail</name>
        <message>
            <source>%1 (language: %2)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>%1 (tutlayt: %2)</translation>
        </message>
        <message>
            <source>Add internal note</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Rnu tazmilt tagensant</translation>
        </message>
        <message>
            <source>Answered</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tettwarra</translation>
        </message>
        <message>
            <source>Choose a concern in the list</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Fren ucɣil deg tebdart</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Mdel</translation>
        </message>
        <message>
            <source>Contact</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Anermes</translation>
        </message>
        <message>
            <source>History (internal notes are never shown to the citizen)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Amazray (tizmilin tigensanin ur ttwaseknent ara i uɣerman)</translation>
        </message>
        <message>
            <source>Place</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Adeg</translation>
        </message>
        <message>
            <source>Please log in to see the concerns</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ttxil-k kcem akken ad twaliḍ iceɣlen</translation>
        </message>
        <message>
            <source>Reason or answer for the citizen (needed to reject)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ssebba neɣ tiririt i uɣerman (tettwasra i tugin)</translation>
        </message>
        <message>
            <source>Registered</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Yettwasekles</translation>
        </message>
        <message>
            <source>Reject</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Agi</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ales asiggez n tnawalt</translation>
        </message>
        <message>
            <source>Send public answer</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Azen tiririt tazayezt</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Bdu leqdic</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Addad</translation>
        </message>
        <message>
            <source>Subject</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Asentel</translation>
        </message>
        <message>
            <source>Write a note or an answer…</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aru tazmilt neɣ tiririt…</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>war isem</translation>
        </message>
        <message>
            <source>deleted after the retention period</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>ttwakksent seld tallit n uḥraz</translation>
        </message>
        <message>
            <source>hidden (supervisors only)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>ffrent (i imeɣnasen kan)</translation>
        </message>
        <message>
            <source>not given</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>ur d-yettunefk ara</translation>
        </message>
    </context>
    <context>
        <name>ConcernFilters</name>
        <message>
            <source>All offices</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Akk tinarin</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Akk addaden</translation>
        </message>
        <message>
            <source>All subjects</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Akk isental</translation>
        </message>
        <message>
            <source>Any age</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Yal tallit</translation>
        </message>
        <message>
            <source>Older than 15 days</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ugar n 15 n wussan</translation>
        </message>
        <message>
            <source>Older than 30 days</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ugar n 30 n wussan</translation>
        </message>
        <message>
            <source>Open (received or being handled)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Yeldin (ttwaṭṭfen neɣ deg leqdic)</translation>
        </message>
        <message>
            <source>This office (%1)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanarit-a (%1)</translation>
        </message>
        <message>
            <source>This week</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Dduṛt-a</translation>
        </message>
    </context>
    <context>
        <name>ConcernList</name>
        <message>
            <source>Code</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tangalt</translation>
        </message>
        <message>
            <source>Days</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ussan</translation>
        </message>
        <message>
            <source>Status</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Addad</translation>
        </message>
        <message>
            <source>Subject</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Asentel</translation>
        </message>
    </context>
    <context>
        <name>IntakeWords</name>
        <message>
            <source>New concern for a citizen</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Acɣil amaynut i uɣerman</translation>
        </message>
        <message>
            <source>How it came</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Amek i d-yusa</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ɣer usfaylu</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Asiwel s tiliɣri</translation>
        </message>
        <message>
            <source>Letter</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tabrat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Imayl</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Akiosk</translation>
        </message>
        <message>
            <source>Web form</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Talɣa n usmel web</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ɣef wacu</translation>
        </message>
        <message>
            <source>The citizen's language</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tutlayt n uɣerman</translation>
        </message>
        <message>
            <source>The concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Acɣil</translation>
        </message>
        <message>
            <source>Write what the citizen says or wrote, in their words.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aru ayen yenna neɣ yura uɣerman, s wawalen-is.</translation>
        </message>
        <message>
            <source>%1 characters left</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Qqimen-d %1 n yisekkilen</translation>
        </message>
        <message>
            <source>Contact (only if the citizen wants an answer by phone)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Anermes (ma yebɣa uɣerman tiririt s tiliɣri kan)</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Isem (ma tebɣiḍ)</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Uṭṭun n tiliɣri</translation>
        </message>
        <message>
            <source>The citizen agrees that the office keeps this name and number to contact them</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aɣerman yeqbel ad teḥrez tnarit isem-a d wuṭṭun-a akken ad t-id-tsiwel</translation>
        </message>
        <message>
            <source>The citizen agrees that the text may be published without their name or contact</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aɣerman yeqbel ad d-yeffeɣ uḍris war isem-is war anermes-is</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Sefsex</translation>
        </message>
        <message>
            <source>Register the concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Sekles acɣil</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tuzna…</translation>
        </message>
        <message>
            <source>The concern is registered. Its tracking code:</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Acɣil yettwasekles. Tangalt n uḍfar-is:</translation>
        </message>
        <message>
            <source>Read the code out to the citizen, one character at a time, and ask them to write it down: with it they follow their concern at the kiosk or on the web.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ɣer tangalt i uɣerman, yiwen n usekkil yal tikkelt, tessutreḍ-as ad tt-yaru: s yis-s ad yeḍfer acɣil-is ɣer ukiosk neɣ deg web.</translation>
        </message>
        <message>
            <source>Send the code to the citizen with the answer to their letter or e-mail: with it they follow their concern at the kiosk or on the web.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Azen tangalt i uɣerman akked tririt ɣef tebrat-is neɣ imayl-is: s yis-s ad yeḍfer acɣil-is ɣer ukiosk neɣ deg web.</translation>
        </message>
        <message>
            <source>Give the receipt to the citizen: the code on it lets them follow their concern at the kiosk or on the web.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Efk tanawalt i uɣerman: tangalt yellan fell-as ad as-teǧǧ ad yeḍfer acɣil-is ɣer ukiosk neɣ deg web.</translation>
        </message>
        <message>
            <source>The office may call the citizen at %1.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanarit tezmer ad tsiwel i uɣerman ɣer %1.</translation>
        </message>
        <message>
            <source>The receipt is being printed.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tanawalt tettwasiggez.</translation>
        </message>
        <message>
            <source>Close</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Mdel</translation>
        </message>
        <message>
            <source>Choose how the concern came.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Fren amek i d-yusa ucɣil.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Nothing was lost: press &quot;Register the concern&quot; again in a moment.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aqeddac n tnarit ur yettwaweḍ ara. Ulac ayen iruḥen: sit ɣef &quot;Sekles acɣil&quot; tikkelt nniḍen ticki.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tiɣimit-ik tfuk. Kcem tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Your role may not register concerns.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Tamlilt-ik ur tettaǧǧa ara ad teskelseḍ iceɣlen.</translation>
        </message>
        <message>
            <source>Keep the name and number only if the citizen agrees: tick the consent box, or empty the contact fields.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Ḥrez isem d wuṭṭun ma yeqbel uɣerman kan: creḍ tasamurt n tmesmunt, neɣ senger urtan n unermes.</translation>
        </message>
        <message>
            <source>A contact needs a phone number: write it, or empty the name.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Anermes yesra uṭṭun n tiliɣri: aru-t, neɣ senger isem.</translation>
        </message>
    </context>
</TS>
