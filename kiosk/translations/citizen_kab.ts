<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Citizen kiosk screens (kiosk/ui/citizen, kiosk/ui/widgets). Kabyle (Tamazight, Latin script): machine-assisted draft — NEEDS REVIEW BY A NATIVE KABYLE SPEAKER before production. -->
<TS version="2.1" language="kab_DZ" sourcelanguage="en_GB">
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Welcome. Please choose your language.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ansuf yis-k. Ttxil-k, fren tutlayt-ik.</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Seqdec tutlayt-a</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Register a concern</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Sekles ucɣil</translation>
    </message>
    <message>
        <source>Follow my concern</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ḍfer ucɣil-iw</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ansuf yis-k</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ddem tikit</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Imeẓla d yisemliyen</translation>
    </message>
    <message>
        <source>Change language</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Beddel tutlayt</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Aḍris ameqqran</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <source>Back</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tuɣalin</translation>
    </message>
    <message>
        <source>Start</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Asebter agejdan</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>No wait</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ulac araǧu</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>≈ %1 n tesdatin</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Fren ameẓlu</translation>
    </message>
    <message>
        <source>Touch the service you came for. Waiting times are estimates.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Sit ɣef umeẓlu i wumi d-tusiḍ. Akud n uraǧu d azal kan.</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <source>Service: %1</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ameẓlu: %1</translation>
    </message>
    <message>
        <source>Do you need priority?</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tesriḍ tazwart?</translation>
    </message>
    <message>
        <source>People aged 60 and over, people with a disability and pregnant women are called first.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Imdanen n 60 iseggasen d wugar, imdanen s lɛaqa d tulawin s tadist ttwasawalen d imezwura.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ala, tanemmirt</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>60 iseggasen d wugar</translation>
    </message>
    <message>
        <source>Disability</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Lɛaqa</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tadist</translation>
    </message>
    <message>
        <source>Your ticket is being prepared…</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tikit-ik tettwahegga…</translation>
    </message>
</context>
<context>
    <name>SpoolTicketPrinter</name>
    <message>
        <source>Priority: aged 60 or over</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tazwart: 60 iseggasen d wugar</translation>
    </message>
    <message>
        <source>Priority: disability</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tazwart: lɛaqa</translation>
    </message>
    <message>
        <source>Priority: pregnancy</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tazwart: tadist</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Sorry, no ticket can be given for this service right now. Please ask at the reception desk.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Suref-aɣ, ulac tikit i umeẓlu-a tura. Ttxil-k, steqsi deg usagen n ustiqbel.</translation>
    </message>
    <message>
        <source>The printer has no paper. Please photograph or remember your number: %1. Staff have been told.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ulac lkaɣeḍ deg tsiggezt. Ttxil-k, ṭṭef tawlaft neɣ cfu ɣef wuṭṭun-ik: %1. Imexdamen ttwaselɣen.</translation>
    </message>
    <message>
        <source>The printer is not working. Please photograph or remember your number: %1. Staff have been told.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tasiggezt ur tetteddu ara. Ttxil-k, ṭṭef tawlaft neɣ cfu ɣef wuṭṭun-ik: %1. Imexdamen ttwaselɣen.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ttxil-k, ddem tikit-ik.</translation>
    </message>
    <message>
        <source>Please take your receipt. If none came out, please remember your number: %1.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ttxil-k, ddem tikit-ik. Ma ur d-teffiɣ ara, cfu ɣef wuṭṭun-ik: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ifukk</translation>
    </message>
    <message>
        <source>Your number</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Uṭṭun-ik</translation>
    </message>
    <message>
        <source>Your ticket code</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tangalt n tikit-ik</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tawala-k d tin i d-iteddun.</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Imdanen uqbel-ik: %1</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Araǧu: azal n %1 n tesdatin</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Mazal-ik dagi? Sit ɣef ugdil akken ad tkemmleḍ.</translation>
    </message>
    <message>
        <source>More time</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ugar n wakud</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Nothing to bring.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ulac ayen ara d-tawiḍ.</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Imeẓla d yisemliyen</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Isemliyen ara d-tawiḍ:</translation>
    </message>
    <message>
        <source>Take a ticket for this service</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ddem tikit i umeẓlu-a</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>This kiosk is out of service.</source>
        <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
        <translation>Agdil-a ur yetteddu ara.</translation>
    </message>
    <message>
        <source>Please go to reception.</source>
        <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
        <translation>Ttxil-k, ddu ɣer usagen n ustiqbel.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
        <translation>Ales seg tazwara</translation>
    </message>
    <message>
        <source>For the technician:</source>
        <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
        <translation>I utiknisyan:</translation>
    </message>
</context>
<context>
    <name>HubLostBanner</name>
    <message>
        <source>The office system is not answering: tickets cannot be given right now. Please ask at reception.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Anagraw n tnarit ur d-yerri ara: ulac tikit tura. Ttxil-k, ddu ɣer usagen n ustiqbel.</translation>
    </message>
</context>
<context>
    <name>KioskExitPanel</name>
    <message>
        <source>Staff only: leave the kiosk</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>I yimeggura kan: ffeɣ seg tnarit</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Isem n umeẓẓay</translation>
    </message>
    <message>
        <source>PIN</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tangalt PIN</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ffeɣ seg tnarit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Sefsex</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Isem neɣ tangalt PIN ur ṣeḥḥen ara.</translation>
    </message>
    <message>
        <source>Only a supervisor can close the kiosk.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>D ameẓẓay kan i izemren ad imdel tanarit.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this account is locked for a while.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Aṭas n tengalin PIN ur nṣeḥḥ ara: amiḍan-a yettwasekkeṛ kra n wakud.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ur tettwasenqed ara tengalt PIN. Ɛreḍ tikelt nniḍen.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tallelt</translation>
    </message>
    <message>
        <source>Calls a member of staff to this kiosk</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Yessawal-d i yiwen seg yixeddamen ɣer da</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Calling a member of staff…</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Asiwel n yiwen seg yixeddamen…</translation>
    </message>
    <message>
        <source>Someone is coming to help you. Please stay at the kiosk.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Yiwen ad d-yas ad k-iɛiwen. Ttxil-k, qqim da.</translation>
    </message>
    <message>
        <source>A member of staff is on the way.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Yiwen seg yixeddamen atan deg ubrid ɣur-k.</translation>
    </message>
    <message>
        <source>We could not call anyone from this kiosk. Please ask at reception.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ur nezmir ara ad d-nessiwel i yiwen seg da. Ttxil-k, ddu ɣer usagen n ustiqbel.</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ih</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — practice only: nothing here is real</source>
        <extracomment>The band across the top of every screen of a training office (maktab --training): kiosk, desk and hall display.</extracomment>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>ASILEƔ — d asileɣ kan: ulac ayen n tidet da</translation>
    </message>
</context>
<context>
    <name>VoicePrompts</name>
    <message>
        <source>Choose your language.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Fren tutlayt-ik.</translation>
    </message>
    <message>
        <source>Listening mode. Touch a button to hear it. Touch it again, or touch OK, to choose it.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Askar n usel. Sit ɣef tqeffalt akken ad tt-tesleḍ. Sit fell-as tikkelt nniḍen, neɣ ɣef «Ih», akken ad tt-tferneḍ.</translation>
    </message>
    <message>
        <source>Listening mode is off.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Askar n usel yensa.</translation>
    </message>
    <message>
        <source>Welcome. To take a ticket, choose “Take a ticket”.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ansuf yis-k. Akken ad teddmeḍ tikit, fren «Ddem tikit».</translation>
    </message>
    <message>
        <source>Which service did you come for?</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Anwa ameẓlu i tebɣiḍ?</translation>
    </message>
    <message>
        <source>Choose a service to see the documents to bring.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Fren ameẓlu akken ad twaliḍ isemliyen ara d-tawiḍ.</translation>
    </message>
    <message>
        <source>Do you need priority? If not, choose “No, thank you”.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tesriḍ tazwart? Ma ulac, fren «Ala, tanemmirt».</translation>
    </message>
    <message>
        <source>Your number is %1. Take your receipt and wait until your number is called.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Uṭṭun-ik d %1. Ddem tikit-ik, sakin ṛǧu alamma yettwasiwel wuṭṭun-ik.</translation>
    </message>
    <message>
        <source>Sorry, no ticket can be given now. Please ask at reception.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Suref-iyi, ulac tikit tura. Ttxil-k, ddu ɣer usagen n ustiqbel.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Sel</translation>
    </message>
    <message>
        <source>The kiosk reads each button aloud before it acts</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Tamacint ad teɣṛ s taɣect yal taqeffalt uqbel ad tt-txeddem</translation>
    </message>
</context>
<context>
    <name>ListeningMode</name>
    <message>
        <source>OK</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ih</translation>
    </message>
</context>
<context>
    <name>ServiceRefusalTexts</name>
    <message>
        <source>No more tickets today</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ulac tikit nniḍen ass-a</translation>
    </message>
    <message>
        <source>Opens at %1</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ad yeldi ɣef %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Imdel tura</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Come back tomorrow from %1.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ulac tikit nniḍen i wameẓlu-a ass-a. Uɣal-d azekka seg %1.</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Please ask at the reception desk when it opens again.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ulac tikit nniḍen i wameẓlu-a ass-a. Ttxil-k, steqsi deg usagen n ustiqbel melmi ara d-yeldi tikkelt nniḍen.</translation>
    </message>
    <message>
        <source>This service gives tickets from %1 today. Please come back then.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ameẓlu-a ad d-yefk tikit seg %1 ass-a. Ttxil-k, uɣal-d imir-nni.</translation>
    </message>
    <message>
        <source>This service gives no more tickets today. Come back tomorrow from %1.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ameẓlu-a ur d-ittak ara tikit nniḍen ass-a. Uɣal-d azekka seg %1.</translation>
    </message>
    <message>
        <source>This service is closed for now. Please ask at the reception desk.</source>
        <translatorcomment>Kabyle: needs native review.</translatorcomment>
        <translation>Ameẓlu-a imdel tura. Ttxil-k, steqsi deg usagen n ustiqbel.</translation>
    </message>
</context>
</TS>
