<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kab_DZ" sourcelanguage="en">
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Connection to the office hub lost. Trying again… Check the network cable if this lasts.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tuqqna ɣer uqeddac n tnarit teɣli. Aɛraḍ tikkelt nniḍen… Ma iṭul waya, senqed akabel n uẓeṭṭa.</translation>
        </message>
        <message>
            <source>Connection to the office hub lost — your last action “%1” was not applied. It will be retried automatically and will not be done twice.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tuqqna ɣer uqeddac n tnarit teɣli — tigawt-ik taneggarut “%1” ur teddi ara. Ad tettwaɛreḍ i yiman-is, ur tettili ara snat n tikkal.</translation>
        </message>
        <message>
            <source>Connection restored — your action “%1” has been applied.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tuqqna tuɣal-d — tigawt-ik “%1” teddi.</translation>
        </message>
        <message>
            <source>Your action “%1” was cancelled. If the hub had already received it, the screen will show it when the connection is back.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tigawt-ik “%1” tettwasefsex. Ma yella aqeddac yewweḍ-it yakan, agdil ad t-id-yesken mi ara d-tuɣal tuqqna.</translation>
        </message>
        <message>
            <source>Try now</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ɛreḍ tura</translation>
        </message>
        <message>
            <source>Cancel the action</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sefsex tigawt</translation>
        </message>
    </context>
    <context>
        <name>CurrentTicketPanel</name>
        <message>
            <source>Current ticket</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tikit tamirant</translation>
        </message>
        <message>
            <source>No ticket called. Press “Call next”.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ulac tikit yettwasawlen. Sit ɣef “Ssiwel i win d-iteddun”.</translation>
        </message>
        <message>
            <source>%1 (transferred from %2)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 (yettwazen-d seg %2)</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tazwart: %1</translation>
        </message>
        <message>
            <source>%1 · recalled %2×</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 · yettwasawel tikkelt nniḍen %2 n tikkal</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>%1 · Counter %2</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 · Asfaylu %2</translation>
        </message>
        <message>
            <source>Space</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tallunt</translation>
        </message>
        <message>
            <source>Call next</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ssiwel i win d-iteddun</translation>
        </message>
        <message>
            <source>Recall</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ales asiwel</translation>
        </message>
        <message>
            <source>Start</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Bdu</translation>
        </message>
        <message>
            <source>Finish</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Fak</translation>
        </message>
        <message>
            <source>No-show</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur d-yusi ara</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Azen ɣer…</translation>
        </message>
        <message>
            <source>Call the selected ticket</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ssiwel i tikit yettwafernen</translation>
        </message>
        <message>
            <source>Or double-click a ticket in the line</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Neɣ sit snat n tikkal ɣef tikit deg udras</translation>
        </message>
        <message>
            <source>Served today</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ttwaqedcen ass-a</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur d-usin ara</translation>
        </message>
        <message>
            <source>Average time</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Akud alemmas</translation>
        </message>
        <message>
            <source>Today's figures for this counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Izwilen n wass-a i usfaylu-a</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Mdel asfaylu</translation>
        </message>
        <message>
            <source>Log out</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ffeɣ</translation>
        </message>
    </context>
    <context>
        <name>DeskTexts</name>
        <message>
            <source>No priority</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ulac tazwart</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker. Short, as the French "60 ans et plus": it stands beside the ticket number on the desk.</translatorcomment>
            <translation>Imeqqranen (60+)</translation>
        </message>
        <message>
            <source>Disability</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Lɛaqa</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tadist</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettraǧu</translation>
        </message>
        <message>
            <source>Called — waiting for the citizen</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettwasawel — araǧu n uɣerman</translation>
        </message>
        <message>
            <source>Being served</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettwaqdac tura</translation>
        </message>
        <message>
            <source>Finished</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ifukk</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur d-yusi ara</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettwazen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettwasefsex</translation>
        </message>
        <message>
            <source>Waiting since %1 (%2 min)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettraǧu seg %1 (%2 n tesdatin)</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 n tesdatin</translation>
        </message>
        <message>
            <source>Wrong name or PIN. Check them and try again.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Isem neɣ tangalt PIN ur yeṣḥi ara. Senqed-iten, ɛreḍ tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: this account is locked for %1 more minutes. A supervisor can unlock it sooner.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aṭas n tengalin PIN ur neṣḥi ara: amiḍan-a yettwasekker i %1 n tesdatin nniḍen. Anemhal yezmer ad t-yeldi uqbel.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tiɣimit-ik tfukk. Ttxil-k, kcem tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Your role does not allow this action. Ask a supervisor.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tamlilt-ik ur tettaǧǧa ara tigawt-a. Steqsi anemhal.</translation>
        </message>
        <message>
            <source>Enter a counter number (1 to 4 letters or digits) and tick at least one service.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sekcem uṭṭun n usfaylu (seg 1 ar 4 n yisekkilen neɣ n wuṭṭunen) u fren ɣas yiwen umeẓlu.</translation>
        </message>
        <message>
            <source>This counter is not open any more. Open it again to continue.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Asfaylu-a ur yeldi ara tura. Ldi-t tikkelt nniḍen akken ad tkemmleḍ.</translation>
        </message>
        <message>
            <source>This ticket no longer exists. The list has been updated.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tikit-a ulac-itt tura. Tabdart tettwaleqqem.</translation>
        </message>
        <message>
            <source>This ticket has already been handled, perhaps at another counter. The screen has been updated.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tikit-a tettwaqdec yakan, ahat deg usfaylu nniḍen. Agdil yettwaleqqem.</translation>
        </message>
        <message>
            <source>The ticket is already in that service's line. Choose another service.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tikit-a tella yakan deg udras n umeẓlu-a. Fren ameẓlu nniḍen.</translation>
        </message>
        <message>
            <source>That service is not offered in this office.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ameẓlu-a ulac-it deg tnarit-a.</translation>
        </message>
        <message>
            <source>That service is closed today.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ameẓlu-a yemdel ass-a.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Check the network cable, then try again.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur nezmir ara ad naweḍ ɣer uqeddac n tnarit. Senqed akabel n uẓeṭṭa, syin ɛreḍ tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>The office refused this action; nothing was changed. The details are in the log.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tanarit tugi tigawt-a; ulac ayen yettubeddlen. Talqayt tella deg uɣmis.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Iceɣlen</translation>
        </message>
        <message>
            <source>Concerns · new: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Iceɣlen · imaynuten: %1</translation>
        </message>
        <message>
            <source>The office database is damaged: nothing can be saved. Call the technician (maktab-sync doctor tells how to restore the last backup).</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Taffa n yisefka n tnarit teḍṛa: ulac ayen ara yettwaskelsen. Siwel i utiknisyan (maktab-sync doctor ad d-yini amek ara d-yerr aḥraz aneggaru).</translation>
        </message>
        <message>
            <source>The office database cannot be read or written. Call the technician (maktab-sync doctor tells why).</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Taffa n yisefka n tnarit ur tettwaɣer ara, ur tettwaru ara. Siwel i utiknisyan (maktab-sync doctor ad d-yini acimi).</translation>
        </message>
        <message>
            <source>The office PC's disk is full: your action was not saved. Ask the technician to free some space, then try again.</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Aḍebsi n uselkim n tnarit yeččur: tigawt-ik ur tettwaskles ara. Suter deg utiknisyan ad d-yesseḍru adeg, syen ɛreḍ tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tafelwit n umeẓẓay</translation>
        </message>
        <message>
            <source>These settings were refused: check the hours, the limit and the target, then save again.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Iɣewwaṛen-a ttwagin: senqed isragen, talast d yiswi, syin sekles tikkelt nniḍen.</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Open the counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ldi asfaylu</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Mdel asfaylu</translation>
        </message>
        <message>
            <source>You are logged out on this desk, but the office hub could not be told: the counter may show as open until the connection is back.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Teffɣeḍ seg uselkim-a, maca aqeddac n tnarit ur yettwaselɣen ara: asfaylu yezmer ad d-iban yeldi alamma tuɣal-d tuqqna.</translation>
        </message>
        <message>
            <source>%1 — desk</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 — asfaylu</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Atan ad d-aseɣ</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Enter your name and your PIN.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sekcem isem-ik d tengalt-ik PIN.</translation>
        </message>
        <message>
            <source>Desk — staff log-in</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Asfaylu — tuqqna n yimexdamen</translation>
        </message>
        <message>
            <source>Your name</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Isem-ik</translation>
        </message>
        <message>
            <source>PIN</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tangalt PIN</translation>
        </message>
        <message>
            <source>Log in</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Kcem</translation>
        </message>
        <message>
            <source>Language of this desk</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tutlayt n uselkim-a</translation>
        </message>
    </context>
    <context>
        <name>OpenCounterScreen</name>
        <message>
            <source>Enter the counter number and tick at least one service.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sekcem uṭṭun n usfaylu u fren ɣas yiwen umeẓlu.</translation>
        </message>
        <message>
            <source>Open a counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ldi asfaylu</translation>
        </message>
        <message>
            <source>Counter number</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Uṭṭun n usfaylu</translation>
        </message>
        <message>
            <source>Services served at this counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Imeẓla n usfaylu-a</translation>
        </message>
        <message>
            <source>All</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Akk</translation>
        </message>
        <message>
            <source>None</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ula yiwen</translation>
        </message>
        <message>
            <source>Open the counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ldi asfaylu</translation>
        </message>
        <message>
            <source>Log out</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ffeɣ</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Transfer a ticket</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Azen tikit</translation>
        </message>
        <message>
            <source>Transfer ticket %1 to another service</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Azen tikit %1 ɣer umeẓlu nniḍen</translation>
        </message>
        <message>
            <source>The citizen keeps their place in time: they do not go to the back of the line.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aɣerman ad yeǧǧ amkan-is akken d-yusa: ur yettuɣal ara ɣer taggara n udras.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sefsex</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Azen</translation>
        </message>
    </context>
    <context>
        <name>WaitingList</name>
        <message>
            <source>Waiting: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettraǧun: %1</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tikit</translation>
        </message>
        <message>
            <source>Service</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ameẓlu</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Araǧu</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tazwart: %1</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ulac win yettraǧun imeẓla n usfaylu-a.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Sending and receiving now…</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tuzna d wawway tura…</translation>
        </message>
        <message>
            <source>Sync with the central server is not set up in this office. A technician can enrol it.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Amtawi d uqeddac agejdan ur yettwaswel ara deg tnarit-a. Atiknisyan yezmer ad tt-ijerred.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Try again in a moment.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur nezmir ara ad naweḍ ɣer uqeddac n tnarit. Ɛreḍ tikkelt nniḍen ticki.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tiɣimit-ik tfukk. Ttxil-k, kcem tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>Sync could not be started. The details are in the log.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Amtawi ur yezmir ara ad yebdu. Talqayt deg uɣmis.</translation>
        </message>
        <message>
            <source>Central server: …</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: …</translation>
        </message>
        <message>
            <source>Central server: status unknown</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: addad ur yettwassen ara</translation>
        </message>
        <message>
            <source>Central server: not enrolled</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: ur yettwajerred ara</translation>
        </message>
        <message>
            <source>Central server: sync stopped · %1 waiting</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: amtawi yeḥbes · %1 ttraǧun</translation>
        </message>
        <message>
            <source>Central server: connecting… · %1 waiting</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: tuqqna… · %1 ttraǧun</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting · last %2</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: yeqqen · %1 ttraǧun · amtawi aneggaru %2</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: yeqqen · %1 ttraǧun</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting since %2</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: ur yeqqin ara · %1 ttraǧun seg %2</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aqeddac agejdan: ur yeqqin ara · %1 ttraǧun</translation>
        </message>
        <message>
            <source>%1 refused</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 ttwagin</translation>
        </message>
        <message>
            <source>This office does not send its data to the central server.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tanarit-a ur tettazen ara isefka-s ɣer uqeddac agejdan.</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tuccḍa taneggarut: %1</translation>
        </message>
        <message>
            <source>%1 changes were refused by the central server: call the technician.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 n yibeddilen ugin-ten uqeddac agejdan: siwel i utiknisyan.</translation>
        </message>
        <message>
            <source>Next attempt in %1 s</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aɛraḍ d-iteddun deg %1 tsn</translation>
        </message>
        <message>
            <source>No error.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ulac tuccḍa.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Mtawi tura</translation>
        </message>
        <message>
            <source>Send and receive with the central server now</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Azen, rmes seg uqeddac agejdan tura</translation>
        </message>
    </context>
    <context>
        <name>ConcernsPage</name>
        <message>
            <source>New concern</source>
            <translatorcomment>Kabyle (Latin script): best effort, to be reviewed by a native speaker.</translatorcomment>
            <translation>Acɣil amaynut</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Uɣal ɣer usfaylu</translation>
        </message>
        <message>
            <source>Back to opening a counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Uɣal ɣer tulya n usfaylu</translation>
        </message>
        <message>
            <source>%1 · Counter %2</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 · Asfaylu %2</translation>
        </message>
    </context>
    <context>
        <name>CounterActions</name>
        <message>
            <source>Call next</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ssiwel i win d-iteddun</translation>
        </message>
        <message>
            <source>Call this ticket</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ssiwel i tikit-a</translation>
        </message>
        <message>
            <source>Finish</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Fak</translation>
        </message>
        <message>
            <source>No-show</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur d-yusi ara</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ulac win yettraǧun imeẓla n usfaylu-a.</translation>
        </message>
        <message>
            <source>Recall</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ales asiwel</translation>
        </message>
        <message>
            <source>Start</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Bdu</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Azen</translation>
        </message>
    </context>
    <context>
        <name>HelpAlertRow</name>
        <message>
            <source>the office's kiosk</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>tabwaṭ n tnarit</translation>
        </message>
        <message>
            <source>A citizen asks for help at %1 (since %2)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yiwen n uɣerman yessuter tallelt ɣer %1 (seg %2)</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Atan ad d-aseɣ</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementEditor</name>
        <message>
            <source>Arabic</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Taɛrabt</translation>
        </message>
        <message>
            <source>English</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Taglizit</translation>
        </message>
        <message>
            <source>French</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tafransist</translation>
        </message>
        <message>
            <source>Kabyle</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Taqbaylit</translation>
        </message>
        <message>
            <source>Remove the announcement</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Kkes alɣu</translation>
        </message>
        <message>
            <source>Show on the display</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sken-it ɣef ugdil n tzeqqa</translation>
        </message>
        <message>
            <source>The display shows no announcement.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Agdil n tzeqqa ur d-isskan ara alɣu.</translation>
        </message>
        <message>
            <source>The display shows: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Agdil n tzeqqa yessken-d: %1</translation>
        </message>
        <message>
            <source>Write the announcement in at least one language.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aru alɣu s yiwet n tutlayt ma drus.</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityTexts</name>
        <message>
            <source>Closed</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Imdel</translation>
        </message>
        <message>
            <source>Daily limit reached</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Talast n wass tewweḍ</translation>
        </message>
        <message>
            <source>Open</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yeldi</translation>
        </message>
        <message>
            <source>Outside its hours</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Beṛṛa n yisragen-is</translation>
        </message>
        <message>
            <source>Outside its hours · opens %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Beṛṛa n yisragen-is · ad yeldi ɣef %1</translation>
        </message>
    </context>
    <context>
        <name>FloorView</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 (iswi %2 n tesdatin)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 seg %2</translation>
        </message>
        <message>
            <source>%1 services</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 n imeẓla</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Amaḍfur</translation>
        </message>
        <message>
            <source>Counter</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Asfaylu</translation>
        </message>
        <message>
            <source>Help asked at: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tallalt tettwasuter deg: %1</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Araǧu yakk d ameqqran</translation>
        </message>
        <message>
            <source>Next arrival</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Win d-iteddun</translation>
        </message>
        <message>
            <source>No counter is open.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ulac asfaylu yeldin.</translation>
        </message>
        <message>
            <source>Not taking tickets: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur ttakken ara tikit: %1</translation>
        </message>
        <message>
            <source>Service</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ameẓlu</translation>
        </message>
        <message>
            <source>Services</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Imeẓla</translation>
        </message>
        <message>
            <source>Serving</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Deg uqeddec</translation>
        </message>
        <message>
            <source>Target</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Iswi</translation>
        </message>
        <message>
            <source>Today</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ass-a</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Araǧu</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>⚠ Iswi n uraǧu yezri: %1</translation>
        </message>
        <message>
            <source>Called within their target today: %1 of %2 (%3 %)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Wid yettwasiwlen deg yiswi-nsen ass-a: %1 seg %2 (%3 %)</translation>
        </message>
        <message>
            <source>Called within their target today: nobody called yet</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Wid yettwasiwlen deg yiswi-nsen ass-a: ulac win yettwasiwlen yakan</translation>
        </message>
    </context>
    <context>
        <name>ServiceLines</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 (iswi %2 n tesdatin)</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>⚠ Iswi n uraǧu yezri: %1</translation>
        </message>
        <message>
            <source>%1 waiting · longest %2</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>%1 ttraǧun · ameqqran %2</translation>
        </message>
        <message>
            <source>and %1 more lines</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>d %1 n yijerriḍen nniḍen</translation>
        </message>
    </context>
    <context>
        <name>ServiceSettings</name>
        <message>
            <source>Catalogue</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Akatalug</translation>
        </message>
        <message>
            <source>Catalogue (%1 min)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Akatalug (%1 n tesdatin)</translation>
        </message>
        <message>
            <source>Close it now</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Mdel-it tura</translation>
        </message>
        <message>
            <source>Closed now: the kiosks give no ticket for it</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Imdel tura: tibwaṭin ur ttakkent ara tikit i wameẓlu-a</translation>
        </message>
        <message>
            <source>Empty: whenever the office is open</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>D ilem: ticki tanarit teldi</translation>
        </message>
        <message>
            <source>Hours, Sunday to Thursday</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Isragen, seg Acer ar Lexmis</translation>
        </message>
        <message>
            <source>No limit</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>War talast</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur yettwasekles ara: %1</translation>
        </message>
        <message>
            <source>Not saved: write the hours as opening-closing on the 24-hour clock, e.g. 08:00-12:00 (closing after opening), or leave them empty.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ur yettwasekles ara: aru isragen am useldi-amdal ɣef 24 n yisragen, amedya 08:00-12:00 (amdal deffir useldi), neɣ eǧǧ-it d ilem.</translation>
        </message>
        <message>
            <source>Open it now</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ldi-t tura</translation>
        </message>
        <message>
            <source>Open: the kiosks give tickets for it</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yeldi: tibwaṭin ttakkent tikit i wameẓlu-a</translation>
        </message>
        <message>
            <source>Save</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sekles</translation>
        </message>
        <message>
            <source>Saved: the kiosks, desks and display follow it now.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettwasekles: tibwaṭin, isfuyla d ugdil ḍefren-t seg tura.</translation>
        </message>
        <message>
            <source>Save the service's settings</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sekles iɣewwaṛen n umeẓlu</translation>
        </message>
        <message>
            <source>Tickets a day at most</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tikit i wass s wugar</translation>
        </message>
        <message>
            <source>Waiting target (minutes)</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Iswi n uraǧu (tisdatin)</translation>
        </message>
        <message>
            <source>Open, but no ticket now: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yeldi, maca ulac tikit tura: %1</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPage</name>
        <message>
            <source>Announcement</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Alɣu</translation>
        </message>
        <message>
            <source>Back</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Uɣal</translation>
        </message>
        <message>
            <source>Floor</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tazeqqa</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Smiren</translation>
        </message>
        <message>
            <source>Services</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Imeẓla</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tafelwit n umeẓẓay</translation>
        </message>
        <message>
            <source>Report and training</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aneqqis d usileɣ</translation>
        </message>
    </context>
    <context>
        <name>SupervisorTools</name>
        <message>
            <source>Activity report</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aneqqis n urmud</translation>
        </message>
        <message>
            <source>First day</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ass amezwaru</translation>
        </message>
        <message>
            <source>Last day</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ass aneggaru</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sekles s PDF</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Sekles s CSV</translation>
        </message>
        <message>
            <source>Open the report</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ldi aneqqis</translation>
        </message>
        <message>
            <source>Training</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Asileɣ</translation>
        </message>
        <message>
            <source>A training desk opens on a practice office with a realistic morning. Nothing done there reaches the office&apos;s real data.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Asfaylu n usileɣ ad yeldi ɣef tnarit n usileɣ s tṣebḥit am tidet. Ayen akk ara txedmeḍ din ur yettaweḍ ara ɣer yisefka n tidet n tnarit.</translation>
        </message>
        <message>
            <source>The last day is before the first: choose the days again.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Ass aneggaru yezwar amezwaru: fren ussan tikkelt nniḍen.</translation>
        </message>
        <message>
            <source>A report covers at most 366 days: choose a shorter period.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aneqqis ur yettɛeddi ara 366 n wussan: fren tallit taqeṣṛant.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Aheggi n uneqqis…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Yettwasekles: %1</translation>
        </message>
        <message>
            <source>End the training session</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Fak tiɣimit n usileɣ</translation>
        </message>
        <message>
            <source>Start a training session</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Bdu tiɣimit n usileɣ</translation>
        </message>
        <message>
            <source>The training session has ended.</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tiɣimit n usileɣ tfuk.</translation>
        </message>
        <message>
            <source>Starting the training desk…</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Asfaylu n usileɣ yettenker…</translation>
        </message>
        <message>
            <source>The training desk is open. Practice accounts:</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Asfaylu n usileɣ yeldi. Imiḍanen n usileɣ:</translation>
        </message>
        <message>
            <source>The training session could not start: %1</source>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>Tiɣimit n usileɣ ur tebdi ara: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %1 (%n page(s)). Open it to print it.</source>
            <extracomment>%1 is the report's file; %n its pages.</extracomment>
            <translatorcomment>Best effort: to be reviewed by a native Kabyle speaker.</translatorcomment>
            <translation>
                <numerusform>Yettwasekles: %1 (%n n yisebtar). Ldi-t akken ad t-tesiggzeḍ.</numerusform>
            </translation>
        </message>
    </context>
</TS>
