<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>CategoryScreen</name>
        <message>
            <source>What is your concern about?</source>
            <translation>What is your concern about?</translation>
        </message>
        <message>
            <source>Touch the subject that fits best.</source>
            <translation>Touch the subject that fits best.</translation>
        </message>
    </context>
    <context>
        <name>ConcernReceipt</name>
        <message>
            <source>Your concern has been registered</source>
            <translation>Your concern has been registered</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translation>Your tracking code</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Subject: %1</translation>
        </message>
        <message>
            <source>Keep this receipt. Follow your concern at the kiosk with this code.</source>
            <translation>Keep this receipt. Follow your concern at the kiosk with this code.</translation>
        </message>
        <message>
            <source>The office may call you on:</source>
            <translation>The office may call you on:</translation>
        </message>
        <message>
            <source>Anonymous concern: only this code lets you follow it.</source>
            <translation>Anonymous concern: only this code lets you follow it.</translation>
        </message>
    </context>
    <context>
        <name>ConcernTexts</name>
        <message>
            <source>Please write your concern.</source>
            <translation>Please write your concern.</translation>
        </message>
        <message>
            <source>Please write at least %1 characters.</source>
            <translation>Please write at least %1 characters.</translation>
        </message>
        <message>
            <source>Your text is too long: at most %1 characters. Please shorten it.</source>
            <translation>Your text is too long: at most %1 characters. Please shorten it.</translation>
        </message>
        <message>
            <source>The place is too long: at most %1 characters.</source>
            <translation>The place is too long: at most %1 characters.</translation>
        </message>
        <message>
            <source>The name is too long: at most %1 characters.</source>
            <translation>The name is too long: at most %1 characters.</translation>
        </message>
        <message>
            <source>Special control characters are not allowed. Please delete them.</source>
            <translation>Special control characters are not allowed. Please delete them.</translation>
        </message>
        <message>
            <source>Some characters are not allowed. Please delete them.</source>
            <translation>Some characters are not allowed. Please delete them.</translation>
        </message>
        <message>
            <source>Please give a phone number, or go back and stay anonymous.</source>
            <translation>Please give a phone number, or go back and stay anonymous.</translation>
        </message>
        <message>
            <source>This phone number is not valid: 10 digits starting 05, 06 or 07 (or 9 digits for a fixed line).</source>
            <translation>This phone number is not valid: 10 digits starting 05, 06 or 07 (or 9 digits for a fixed line).</translation>
        </message>
        <message>
            <source>Your contact details are kept only if you agree. Please answer the question about contact.</source>
            <translation>Your contact details are kept only if you agree. Please answer the question about contact.</translation>
        </message>
        <message>
            <source>Please choose what your concern is about.</source>
            <translation>Please choose what your concern is about.</translation>
        </message>
        <message>
            <source>Please choose your language again.</source>
            <translation>Please choose your language again.</translation>
        </message>
        <message>
            <source>Something is not right. Please check and try again.</source>
            <translation>Something is not right. Please check and try again.</translation>
        </message>
        <message>
            <source>Sorry, your concern could not be registered right now. Please ask at the reception desk.</source>
            <translation>Sorry, your concern could not be registered right now. Please ask at the reception desk.</translation>
        </message>
        <message>
            <source>This is not a tracking code. A code looks like %1 and is printed on your receipt. The letters O, I and L are never used.</source>
            <translation>This is not a tracking code. A code looks like %1 and is printed on your receipt. The letters O, I and L are never used.</translation>
        </message>
        <message>
            <source>This code has a typing mistake. Please check each character against your receipt.</source>
            <translation>This code has a typing mistake. Please check each character against your receipt.</translation>
        </message>
        <message>
            <source>No concern with this code was found in this office. Please check the code.</source>
            <translation>No concern with this code was found in this office. Please check the code.</translation>
        </message>
        <message>
            <source>The concern cannot be looked up right now. Please ask at the reception desk.</source>
            <translation>The concern cannot be looked up right now. Please ask at the reception desk.</translation>
        </message>
        <message>
            <source>Too many wrong codes. Please wait %1 seconds before trying again.</source>
            <translation>Too many wrong codes. Please wait %1 seconds before trying again.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>Being handled</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Not accepted</translation>
        </message>
        <message>
            <source>The office has your concern and will study it.</source>
            <translation>The office has your concern and will study it.</translation>
        </message>
        <message>
            <source>Someone at the office is working on your concern.</source>
            <translation>Someone at the office is working on your concern.</translation>
        </message>
        <message>
            <source>The office has answered. Read the answer below.</source>
            <translation>The office has answered. Read the answer below.</translation>
        </message>
        <message>
            <source>Your concern is closed.</source>
            <translation>Your concern is closed.</translation>
        </message>
        <message>
            <source>The office could not accept your concern. The reason is below.</source>
            <translation>The office could not accept your concern. The reason is below.</translation>
        </message>
        <message>
            <source>Answer from the office</source>
            <translation>Answer from the office</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Internal note</translation>
        </message>
        <message>
            <source>Contact details deleted</source>
            <translation>Contact details deleted</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
    </context>
    <context>
        <name>ConcernsInbox</name>
        <message>
            <source>The receipt is being printed.</source>
            <translation>The receipt is being printed.</translation>
        </message>
        <message>
            <source>Write the reason in the reason field: the citizen will read it.</source>
            <translation>Write the reason in the reason field: the citizen will read it.</translation>
        </message>
        <message>
            <source>Write the answer first (as a public answer or in the reason field).</source>
            <translation>Write the answer first (as a public answer or in the reason field).</translation>
        </message>
        <message>
            <source>This concern cannot go to that status from its current one.</source>
            <translation>This concern cannot go to that status from its current one.</translation>
        </message>
        <message>
            <source>Write the note first.</source>
            <translation>Write the note first.</translation>
        </message>
        <message>
            <source>The note is too long (at most 2,000 characters).</source>
            <translation>The note is too long (at most 2,000 characters).</translation>
        </message>
        <message>
            <source>The reason is too long (at most 1,000 characters).</source>
            <translation>The reason is too long (at most 1,000 characters).</translation>
        </message>
        <message>
            <source>Special control characters are not allowed.</source>
            <translation>Special control characters are not allowed.</translation>
        </message>
        <message>
            <source>This concern is not in this office.</source>
            <translation>This concern is not in this office.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so the list may be out of date. Press Refresh in a moment.</source>
            <translation>The office hub cannot be reached, so the list may be out of date. Press Refresh in a moment.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so this concern cannot be shown now. Press Refresh in a moment.</source>
            <translation>The office hub cannot be reached, so this concern cannot be shown now. Press Refresh in a moment.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. What you wrote is kept here: press the same button again in a moment.</source>
            <translation>The office hub cannot be reached. What you wrote is kept here: press the same button again in a moment.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Your session has ended. Please log in again.</translation>
        </message>
        <message>
            <source>The office refused: %1</source>
            <translation>The office refused: %1</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationScreen</name>
        <message>
            <source>The printer is not working. Please write down or photograph your code: %1</source>
            <translation>The printer is not working. Please write down or photograph your code: %1</translation>
        </message>
        <message>
            <source>Please take your receipt.</source>
            <translation>Please take your receipt.</translation>
        </message>
        <message>
            <source>Please take your receipt. If none came out, please write down or photograph your code: %1</source>
            <translation>Please take your receipt. If none came out, please write down or photograph your code: %1</translation>
        </message>
        <message>
            <source>Your concern has been registered</source>
            <translation>Your concern has been registered</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translation>Your tracking code</translation>
        </message>
        <message>
            <source>What happens next: the office will study your concern. Keep your receipt. To see the answer, come back to this kiosk, touch “Follow my concern” and type this code or show the receipt's QR code.</source>
            <translation>What happens next: the office will study your concern. Keep your receipt. To see the answer, come back to this kiosk, touch “Follow my concern” and type this code or show the receipt's QR code.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>ConsentScreen</name>
        <message>
            <source>Do you want the office to contact you?</source>
            <translation>Do you want the office to contact you?</translation>
        </message>
        <message>
            <source>Your concern is anonymous unless you agree to give a name and a phone number.</source>
            <translation>Your concern is anonymous unless you agree to give a name and a phone number.</translation>
        </message>
        <message>
            <source>• Who sees them: only the supervisors of the citizen office and of the municipality's central concerns service, to answer you about this concern. They are never printed in full.</source>
            <translation>• Who sees them: only the supervisors of the citizen office and of the municipality's central concerns service, to answer you about this concern. They are never printed in full.</translation>
        </message>
        <message>
            <source>• For how long: they are deleted %1 days after the last change to your concern.</source>
            <translation>• For how long: they are deleted %1 days after the last change to your concern.</translation>
        </message>
        <message>
            <source>• They are not given to anyone else.</source>
            <translation>• They are not given to anyone else.</translation>
        </message>
        <message>
            <source>• Without them you can still follow your concern at this kiosk with your code.</source>
            <translation>• Without them you can still follow your concern at this kiosk with your code.</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translation>No, stay anonymous</translation>
        </message>
        <message>
            <source>Yes, I agree to give my name and phone</source>
            <translation>Yes, I agree to give my name and phone</translation>
        </message>
        <message>
            <source>May the text of your concern be published anonymously (without your name or contact)?</source>
            <translation>May the text of your concern be published anonymously (without your name or contact)?</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Do not publish the text of my concern</source>
            <translation>Do not publish the text of my concern</translation>
        </message>
        <message>
            <source>Publish the text of my concern without my name</source>
            <translation>Publish the text of my concern without my name</translation>
        </message>
    </context>
    <context>
        <name>ContactScreen</name>
        <message>
            <source>Your contact details</source>
            <translation>Your contact details</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Name (optional)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translation>No, stay anonymous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>FollowUpScreen</name>
        <message>
            <source>Follow my concern</source>
            <translation>Follow my concern</translation>
        </message>
        <message>
            <source>Type the code printed on your receipt, or hold the receipt's QR code under the scanner.</source>
            <translation>Type the code printed on your receipt, or hold the receipt's QR code under the scanner.</translation>
        </message>
        <message>
            <source>Tracking code</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Look up</translation>
        </message>
        <message>
            <source>Looking up your concern…</source>
            <translation>Looking up your concern…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpResult</name>
        <message>
            <source>Look up another code</source>
            <translation>Look up another code</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>%1 — registered on %2</source>
            <translation>%1 — registered on %2</translation>
        </message>
        <message>
            <source>Reopened on %1: the office is looking at it again.</source>
            <translation>Reopened on %1: the office is looking at it again.</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Are you still there?</translation>
        </message>
        <message>
            <source>For your privacy, what you have entered will be cleared in %1 seconds. Touch “Continue” to keep going.</source>
            <translation>For your privacy, what you have entered will be cleared in %1 seconds. Touch “Continue” to keep going.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>PlaceScreen</name>
        <message>
            <source>Where is it? (optional)</source>
            <translation>Where is it? (optional)</translation>
        </message>
        <message>
            <source>A street, a neighbourhood or a building. You can skip this step.</source>
            <translation>A street, a neighbourhood or a building. You can skip this step.</translation>
        </message>
        <message>
            <source>Street or neighbourhood</source>
            <translation>Street or neighbourhood</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Check your concern</source>
            <translation>Check your concern</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translation>Your concern</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>None: your concern is anonymous</source>
            <translation>None: your concern is anonymous</translation>
        </message>
        <message>
            <source>Send my concern</source>
            <translation>Send my concern</translation>
        </message>
        <message>
            <source>Sending your concern…</source>
            <translation>Sending your concern…</translation>
        </message>
    </context>
    <context>
        <name>TextScreen</name>
        <message>
            <source>%1 characters too many: at most %2. Please shorten your text.</source>
            <translation>%1 characters too many: at most %2. Please shorten your text.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — write at least %3.</source>
            <translation>%1 / %2 characters — write at least %3.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — only %3 left.</source>
            <translation>%1 / %2 characters — only %3 left.</translation>
        </message>
        <message>
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 characters</translation>
        </message>
        <message>
            <source>Describe your concern</source>
            <translation>Describe your concern</translation>
        </message>
        <message>
            <source>Write here what is wrong and where…</source>
            <translation>Write here what is wrong and where…</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translation>Your concern</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>ReprintStatus</name>
        <message>
            <source>The receipt was printed.</source>
            <translation>The receipt was printed.</translation>
        </message>
        <message>
            <source>The receipt was sent to the printer, but the printer did not confirm that it printed.</source>
            <translation>The receipt was sent to the printer, but the printer did not confirm that it printed.</translation>
        </message>
        <message>
            <source>The printer has no paper. The receipt will print once a roll is put in.</source>
            <translation>The printer has no paper. The receipt will print once a roll is put in.</translation>
        </message>
        <message>
            <source>The printer is not working. It will try again.</source>
            <translation>The printer is not working. It will try again.</translation>
        </message>
        <message>
            <source>The receipt could not be printed.</source>
            <translation>The receipt could not be printed.</translation>
        </message>
    </context>
    <context>
        <name>ConcernDetail</name>
        <message>
            <source>%1 (language: %2)</source>
            <translation>%1 (language: %2)</translation>
        </message>
        <message>
            <source>Add internal note</source>
            <translation>Add internal note</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Choose a concern in the list</source>
            <translation>Choose a concern in the list</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>History (internal notes are never shown to the citizen)</source>
            <translation>History (internal notes are never shown to the citizen)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Please log in to see the concerns</source>
            <translation>Please log in to see the concerns</translation>
        </message>
        <message>
            <source>Reason or answer for the citizen (needed to reject)</source>
            <translation>Reason or answer for the citizen (needed to reject)</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>Reprint receipt</translation>
        </message>
        <message>
            <source>Send public answer</source>
            <translation>Send public answer</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translation>Start handling</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Write a note or an answer…</source>
            <translation>Write a note or an answer…</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <source>deleted after the retention period</source>
            <translation>deleted after the retention period</translation>
        </message>
        <message>
            <source>hidden (supervisors only)</source>
            <translation>hidden (supervisors only)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>not given</translation>
        </message>
    </context>
    <context>
        <name>ConcernFilters</name>
        <message>
            <source>All offices</source>
            <translation>All offices</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All subjects</source>
            <translation>All subjects</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Any age</translation>
        </message>
        <message>
            <source>Older than 15 days</source>
            <translation>Older than 15 days</translation>
        </message>
        <message>
            <source>Older than 30 days</source>
            <translation>Older than 30 days</translation>
        </message>
        <message>
            <source>Open (received or being handled)</source>
            <translation>Open (received or being handled)</translation>
        </message>
        <message>
            <source>This office (%1)</source>
            <translation>This office (%1)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
    </context>
    <context>
        <name>ConcernList</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
    </context>
    <context>
        <name>IntakeWords</name>
        <message>
            <source>New concern for a citizen</source>
            <translation>New concern for a citizen</translation>
        </message>
        <message>
            <source>How it came</source>
            <translation>How it came</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>At the counter</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translation>Kiosk</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Web form</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>What it is about</translation>
        </message>
        <message>
            <source>The citizen's language</source>
            <translation>The citizen's language</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>The concern</translation>
        </message>
        <message>
            <source>Write what the citizen says or wrote, in their words.</source>
            <translation>Write what the citizen says or wrote, in their words.</translation>
        </message>
        <message>
            <source>%1 characters left</source>
            <translation>%1 characters left</translation>
        </message>
        <message>
            <source>Contact (only if the citizen wants an answer by phone)</source>
            <translation>Contact (only if the citizen wants an answer by phone)</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Name (optional)</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <source>The citizen agrees that the office keeps this name and number to contact them</source>
            <translation>The citizen agrees that the office keeps this name and number to contact them</translation>
        </message>
        <message>
            <source>The citizen agrees that the text may be published without their name or contact</source>
            <translation>The citizen agrees that the text may be published without their name or contact</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Register the concern</source>
            <translation>Register the concern</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>The concern is registered. Its tracking code:</source>
            <translation>The concern is registered. Its tracking code:</translation>
        </message>
        <message>
            <source>Read the code out to the citizen, one character at a time, and ask them to write it down: with it they follow their concern at the kiosk or on the web.</source>
            <translation>Read the code out to the citizen, one character at a time, and ask them to write it down: with it they follow their concern at the kiosk or on the web.</translation>
        </message>
        <message>
            <source>Send the code to the citizen with the answer to their letter or e-mail: with it they follow their concern at the kiosk or on the web.</source>
            <translation>Send the code to the citizen with the answer to their letter or e-mail: with it they follow their concern at the kiosk or on the web.</translation>
        </message>
        <message>
            <source>Give the receipt to the citizen: the code on it lets them follow their concern at the kiosk or on the web.</source>
            <translation>Give the receipt to the citizen: the code on it lets them follow their concern at the kiosk or on the web.</translation>
        </message>
        <message>
            <source>The office may call the citizen at %1.</source>
            <translation>The office may call the citizen at %1.</translation>
        </message>
        <message>
            <source>The receipt is being printed.</source>
            <translation>The receipt is being printed.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose how the concern came.</source>
            <translation>Choose how the concern came.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Nothing was lost: press &quot;Register the concern&quot; again in a moment.</source>
            <translation>The office hub cannot be reached. Nothing was lost: press &quot;Register the concern&quot; again in a moment.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Your session has ended. Please log in again.</translation>
        </message>
        <message>
            <source>Your role may not register concerns.</source>
            <translation>Your role may not register concerns.</translation>
        </message>
        <message>
            <source>Keep the name and number only if the citizen agrees: tick the consent box, or empty the contact fields.</source>
            <translation>Keep the name and number only if the citizen agrees: tick the consent box, or empty the contact fields.</translation>
        </message>
        <message>
            <source>A contact needs a phone number: write it, or empty the name.</source>
            <translation>A contact needs a phone number: write it, or empty the name.</translation>
        </message>
    </context>
</TS>
