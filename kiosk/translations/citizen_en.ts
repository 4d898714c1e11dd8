<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Citizen kiosk screens (kiosk/ui/citizen, kiosk/ui/widgets). English: the source language; translations equal the sources so every entry is finished. -->
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Welcome. Please choose your language.</source>
        <translation>Welcome. Please choose your language.</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Use this language</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Register a concern</source>
        <translation>Register a concern</translation>
    </message>
    <message>
        <source>Follow my concern</source>
        <translation>Follow my concern</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translation>Services and documents</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>No wait</source>
        <translation>No wait</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 min</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>Touch the service you came for. Waiting times are estimates.</source>
        <translation>Touch the service you came for. Waiting times are estimates.</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Do you need priority?</source>
        <translation>Do you need priority?</translation>
    </message>
    <message>
        <source>People aged 60 and over, people with a disability and pregnant women are called first.</source>
        <translation>People aged 60 and over, people with a disability and pregnant women are called first.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
        <translation>Aged 60 or over</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>Your ticket is being prepared…</source>
        <translation>Your ticket is being prepared…</translation>
    </message>
</context>
<context>
    <name>SpoolTicketPrinter</name>
    <message>
        <source>Priority: aged 60 or over</source>
        <translation>Priority: aged 60 or over</translation>
    </message>
    <message>
        <source>Priority: disability</source>
        <translation>Priority: disability</translation>
    </message>
    <message>
        <source>Priority: pregnancy</source>
        <translation>Priority: pregnancy</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Sorry, no ticket can be given for this service right now. Please ask at the reception desk.</source>
        <translation>Sorry, no ticket can be given for this service right now. Please ask at the reception desk.</translation>
    </message>
    <message>
        <source>The printer has no paper. Please photograph or remember your number: %1. Staff have been told.</source>
        <translation>The printer has no paper. Please photograph or remember your number: %1. Staff have been told.</translation>
    </message>
    <message>
        <source>The printer is not working. Please photograph or remember your number: %1. Staff have been told.</source>
        <translation>The printer is not working. Please photograph or remember your number: %1. Staff have been told.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Please take your receipt.</translation>
    </message>
    <message>
        <source>Please take your receipt. If none came out, please remember your number: %1.</source>
        <translation>Please take your receipt. If none came out, please remember your number: %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Your ticket code</source>
        <translation>Your ticket code</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>You are next.</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>People ahead of you: %1</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>Estimated wait: about %1 min</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue.</source>
        <translation>Are you still there? Touch the screen to continue.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>More time</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Nothing to bring.</source>
        <translation>Nothing to bring.</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translation>Services and documents</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation>Documents to bring:</translation>
    </message>
    <message>
        <source>Take a ticket for this service</source>
        <translation>Take a ticket for this service</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>This kiosk is out of service.</source>
        <translation>This kiosk is out of service.</translation>
    </message>
    <message>
        <source>Please go to reception.</source>
        <translation>Please go to reception.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>For the technician:</source>
        <translation>For the technician:</translation>
    </message>
</context>
<context>
    <name>HubLostBanner</name>
    <message>
        <source>The office system is not answering: tickets cannot be given right now. Please ask at reception.</source>
        <translation>The office system is not answering: tickets cannot be given right now. Please ask at reception.</translation>
    </message>
</context>
<context>
    <name>KioskExitPanel</name>
    <message>
        <source>Staff only: leave the kiosk</source>
        <translation>Staff only: leave the kiosk</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translation>Supervisor's name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Wrong name or PIN.</translation>
    </message>
    <message>
        <source>Only a supervisor can close the kiosk.</source>
        <translation>Only a supervisor can close the kiosk.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this account is locked for a while.</source>
        <translation>Too many wrong PINs: this account is locked for a while.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>The PIN could not be checked. Try again.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Calls a member of staff to this kiosk</source>
        <translation>Calls a member of staff to this kiosk</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Calling a member of staff…</source>
        <translation>Calling a member of staff…</translation>
    </message>
    <message>
        <source>Someone is coming to help you. Please stay at the kiosk.</source>
        <translation>Someone is coming to help you. Please stay at the kiosk.</translation>
    </message>
    <message>
        <source>A member of staff is on the way.</source>
        <translation>A member of staff is on the way.</translation>
    </message>
    <message>
        <source>We could not call anyone from this kiosk. Please ask at reception.</source>
        <translation>We could not call anyone from this kiosk. Please ask at reception.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — practice only: nothing here is real</source>
        <extracomment>The band across the top of every screen of a training office (maktab --training): kiosk, desk and hall display.</extracomment>
        <translation>TRAINING — practice only: nothing here is real</translation>
    </message>
</context>
<context>
    <name>VoicePrompts</name>
    <message>
        <source>Choose your language.</source>
        <translation>Choose your language.</translation>
    </message>
    <message>
        <source>Listening mode. Touch a button to hear it. Touch it again, or touch OK, to choose it.</source>
        <translation>Listening mode. Touch a button to hear it. Touch it again, or touch OK, to choose it.</translation>
    </message>
    <message>
        <source>Listening mode is off.</source>
        <translation>Listening mode is off.</translation>
    </message>
    <message>
        <source>Welcome. To take a ticket, choose “Take a ticket”.</source>
        <translation>Welcome. To take a ticket, choose “Take a ticket”.</translation>
    </message>
    <message>
        <source>Which service did you come for?</source>
        <translation>Which service did you come for?</translation>
    </message>
    <message>
        <source>Choose a service to see the documents to bring.</source>
        <translation>Choose a service to see the documents to bring.</translation>
    </message>
    <message>
        <source>Do you need priority? If not, choose “No, thank you”.</source>
        <translation>Do you need priority? If not, choose “No, thank you”.</translation>
    </message>
    <message>
        <source>Your number is %1. Take your receipt and wait until your number is called.</source>
        <translation>Your number is %1. Take your receipt and wait until your number is called.</translation>
    </message>
    <message>
        <source>Sorry, no ticket can be given now. Please ask at reception.</source>
        <translation>Sorry, no ticket can be given now. Please ask at reception.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>The kiosk reads each button aloud before it acts</source>
        <translation>The kiosk reads each button aloud before it acts</translation>
    </message>
</context>
<context>
    <name>ListeningMode</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ServiceRefusalTexts</name>
    <message>
        <source>No more tickets today</source>
        <translation>No more tickets today</translation>
    </message>
    <message>
        <source>Opens at %1</source>
        <translation>Opens at %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Come back tomorrow from %1.</source>
        <translation>No more tickets for this service today. Come back tomorrow from %1.</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Please ask at the reception desk when it opens again.</source>
        <translation>No more tickets for this service today. Please ask at the reception desk when it opens again.</translation>
    </message>
    <message>
        <source>This service gives tickets from %1 today. Please come back then.</source>
        <translation>This service gives tickets from %1 today. Please come back then.</translation>
    </message>
    <message>
        <source>This service gives no more tickets today. Come back tomorrow from %1.</source>
        <translation>This service gives no more tickets today. Come back tomorrow from %1.</translation>
    </message>
    <message>
        <source>This service is closed for now. Please ask at the reception desk.</source>
        <translation>This service is closed for now. Please ask at the reception desk.</translation>
    </message>
</context>
</TS>
