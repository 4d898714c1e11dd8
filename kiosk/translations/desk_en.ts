<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Connection to the office hub lost. Trying again… Check the network cable if this lasts.</source>
            <translation>Connection to the office hub lost. Trying again… Check the network cable if this lasts.</translation>
        </message>
        <message>
            <source>Connection to the office hub lost — your last action “%1” was not applied. It will be retried automatically and will not be done twice.</source>
            <translation>Connection to the office hub lost — your last action “%1” was not applied. It will be retried automatically and will not be done twice.</translation>
        </message>
        <message>
            <source>Connection restored — your action “%1” has been applied.</source>
            <translation>Connection restored — your action “%1” has been applied.</translation>
        </message>
        <message>
            <source>Your action “%1” was cancelled. If the hub had already received it, the screen will show it when the connection is back.</source>
            <translation>Your action “%1” was cancelled. If the hub had already received it, the screen will show it when the connection is back.</translation>
        </message>
        <message>
            <source>Try now</source>
            <translation>Try now</translation>
        </message>
        <message>
            <source>Cancel the action</source>
            <translation>Cancel the action</translation>
        </message>
    </context>
    <context>
        <name>CurrentTicketPanel</name>
        <message>
            <source>Current ticket</source>
            <translation>Current ticket</translation>
        </message>
        <message>
            <source>No ticket called. Press “Call next”.</source>
            <translation>No ticket called. Press “Call next”.</translation>
        </message>
        <message>
            <source>%1 (transferred from %2)</source>
            <translation>%1 (transferred from %2)</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translation>Priority: %1</translation>
        </message>
        <message>
            <source>%1 · recalled %2×</source>
            <translation>%1 · recalled %2×</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>%1 · Counter %2</source>
            <translation>%1 · Counter %2</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>Call next</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recall</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <source>Call the selected ticket</source>
            <translation>Call the selected ticket</translation>
        </message>
        <message>
            <source>Or double-click a ticket in the line</source>
            <translation>Or double-click a ticket in the line</translation>
        </message>
        <message>
            <source>Served today</source>
            <translation>Served today</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>No-shows</translation>
        </message>
        <message>
            <source>Average time</source>
            <translation>Average time</translation>
        </message>
        <message>
            <source>Today's figures for this counter</source>
            <translation>Today's figures for this counter</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translation>Close the counter</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
    </context>
    <context>
        <name>DeskTexts</name>
        <message>
            <source>No priority</source>
            <translation>No priority</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>Elderly</translation>
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
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Called — waiting for the citizen</source>
            <translation>Called — waiting for the citizen</translation>
        </message>
        <message>
            <source>Being served</source>
            <translation>Being served</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Did not come</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Waiting since %1 (%2 min)</source>
            <translation>Waiting since %1 (%2 min)</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Wrong name or PIN. Check them and try again.</source>
            <translation>Wrong name or PIN. Check them and try again.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: this account is locked for %1 more minutes. A supervisor can unlock it sooner.</source>
            <translation>Too many wrong PINs: this account is locked for %1 more minutes. A supervisor can unlock it sooner.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Your session has ended. Please log in again.</translation>
        </message>
        <message>
            <source>Your role does not allow this action. Ask a supervisor.</source>
            <translation>Your role does not allow this action. Ask a supervisor.</translation>
        </message>
        <message>
            <source>Enter a counter number (1 to 4 letters or digits) and tick at least one service.</source>
            <translation>Enter a counter number (1 to 4 letters or digits) and tick at least one service.</translation>
        </message>
        <message>
            <source>This counter is not open any more. Open it again to continue.</source>
            <translation>This counter is not open any more. Open it again to continue.</translation>
        </message>
        <message>
            <source>This ticket no longer exists. The list has been updated.</source>
            <translation>This ticket no longer exists. The list has been updated.</translation>
        </message>
        <message>
            <source>This ticket has already been handled, perhaps at another counter. The screen has been updated.</source>
            <translation>This ticket has already been handled, perhaps at another counter. The screen has been updated.</translation>
        </message>
        <message>
            <source>The ticket is already in that service's line. Choose another service.</source>
            <translation>The ticket is already in that service's line. Choose another service.</translation>
        </message>
        <message>
            <source>That service is not offered in this office.</source>
            <translation>That service is not offered in this office.</translation>
        </message>
        <message>
            <source>That service is closed today.</source>
            <translation>That service is closed today.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Check the network cable, then try again.</source>
            <translation>The office hub cannot be reached. Check the network cable, then try again.</translation>
        </message>
        <message>
            <source>The office refused this action; nothing was changed. The details are in the log.</source>
            <translation>The office refused this action; nothing was changed. The details are in the log.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Concerns · new: %1</source>
            <translation>Concerns · new: %1</translation>
        </message>
        <message>
            <source>The office database is damaged: nothing can be saved. Call the technician (maktab-sync doctor tells how to restore the last backup).</source>
            <translation>The office database is damaged: nothing can be saved. Call the technician (maktab-sync doctor tells how to restore the last backup).</translation>
        </message>
        <message>
            <source>The office database cannot be read or written. Call the technician (maktab-sync doctor tells why).</source>
            <translation>The office database cannot be read or written. Call the technician (maktab-sync doctor tells why).</translation>
        </message>
        <message>
            <source>The office PC's disk is full: your action was not saved. Ask the technician to free some space, then try again.</source>
            <translation>The office PC's disk is full: your action was not saved. Ask the technician to free some space, then try again.</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translation>Supervisor console</translation>
        </message>
        <message>
            <source>These settings were refused: check the hours, the limit and the target, then save again.</source>
            <translation>These settings were refused: check the hours, the limit and the target, then save again.</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Open the counter</source>
            <translation>Open the counter</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translation>Close the counter</translation>
        </message>
        <message>
            <source>You are logged out on this desk, but the office hub could not be told: the counter may show as open until the connection is back.</source>
            <translation>You are logged out on this desk, but the office hub could not be told: the counter may show as open until the connection is back.</translation>
        </message>
        <message>
            <source>%1 — desk</source>
            <translation>%1 — desk</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translation>I'm coming</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Enter your name and your PIN.</source>
            <translation>Enter your name and your PIN.</translation>
        </message>
        <message>
            <source>Desk — staff log-in</source>
            <translation>Desk — staff log-in</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Language of this desk</source>
            <translation>Language of this desk</translation>
        </message>
    </context>
    <context>
        <name>OpenCounterScreen</name>
        <message>
            <source>Enter the counter number and tick at least one service.</source>
            <translation>Enter the counter number and tick at least one service.</translation>
        </message>
        <message>
            <source>Open a counter</source>
            <translation>Open a counter</translation>
        </message>
        <message>
            <source>Counter number</source>
            <translation>Counter number</translation>
        </message>
        <message>
            <source>Services served at this counter</source>
            <translation>Services served at this counter</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Open the counter</source>
            <translation>Open the counter</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Transfer a ticket</source>
            <translation>Transfer a ticket</translation>
        </message>
        <message>
            <source>Transfer ticket %1 to another service</source>
            <translation>Transfer ticket %1 to another service</translation>
        </message>
        <message>
            <source>The citizen keeps their place in time: they do not go to the back of the line.</source>
            <translation>The citizen keeps their place in time: they do not go to the back of the line.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
    </context>
    <context>
        <name>WaitingList</name>
        <message>
            <source>Waiting: %1</source>
            <translation>Waiting: %1</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translation>Priority: %1</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translation>Nobody is waiting for this counter's services.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Sending and receiving now…</source>
            <translation>Sending and receiving now…</translation>
        </message>
        <message>
            <source>Sync with the central server is not set up in this office. A technician can enrol it.</source>
            <translation>Sync with the central server is not set up in this office. A technician can enrol it.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Try again in a moment.</source>
            <translation>The office hub cannot be reached. Try again in a moment.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Your session has ended. Please log in again.</translation>
        </message>
        <message>
            <source>Sync could not be started. The details are in the log.</source>
            <translation>Sync could not be started. The details are in the log.</translation>
        </message>
        <message>
            <source>Central server: …</source>
            <translation>Central server: …</translation>
        </message>
        <message>
            <source>Central server: status unknown</source>
            <translation>Central server: status unknown</translation>
        </message>
        <message>
            <source>Central server: not enrolled</source>
            <translation>Central server: not enrolled</translation>
        </message>
        <message>
            <source>Central server: sync stopped · %1 waiting</source>
            <translation>Central server: sync stopped · %1 waiting</translation>
        </message>
        <message>
            <source>Central server: connecting… · %1 waiting</source>
            <translation>Central server: connecting… · %1 waiting</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting · last %2</source>
            <translation>Central server: online · %1 waiting · last %2</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting</source>
            <translation>Central server: online · %1 waiting</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting since %2</source>
            <translation>Central server: offline · %1 waiting since %2</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting</source>
            <translation>Central server: offline · %1 waiting</translation>
        </message>
        <message>
            <source>%1 refused</source>
            <translation>%1 refused</translation>
        </message>
        <message>
            <source>This office does not send its data to the central server.</source>
            <translation>This office does not send its data to the central server.</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <source>%1 changes were refused by the central server: call the technician.</source>
            <translation>%1 changes were refused by the central server: call the technician.</translation>
        </message>
        <message>
            <source>Next attempt in %1 s</source>
            <translation>Next attempt in %1 s</translation>
        </message>
        <message>
            <source>No error.</source>
            <translation>No error.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Send and receive with the central server now</source>
            <translation>Send and receive with the central server now</translation>
        </message>
    </context>
    <context>
        <name>ConcernsPage</name>
        <message>
            <source>New concern</source>
            <translation>New concern</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translation>Back to the counter</translation>
        </message>
        <message>
            <source>Back to opening a counter</source>
            <translation>Back to opening a counter</translation>
        </message>
        <message>
            <source>%1 · Counter %2</source>
            <translation>%1 · Counter %2</translation>
        </message>
    </context>
    <context>
        <name>CounterActions</name>
        <message>
            <source>Call next</source>
            <translation>Call next</translation>
        </message>
        <message>
            <source>Call this ticket</source>
            <translation>Call this ticket</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translation>Nobody is waiting for this counter's services.</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recall</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
    </context>
    <context>
        <name>HelpAlertRow</name>
        <message>
            <source>the office's kiosk</source>
            <translation>the office's kiosk</translation>
        </message>
        <message>
            <source>A citizen asks for help at %1 (since %2)</source>
            <translation>A citizen asks for help at %1 (since %2)</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translation>I'm coming</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementEditor</name>
        <message>
            <source>Arabic</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Kabyle</source>
            <translation>Kabyle</translation>
        </message>
        <message>
            <source>Remove the announcement</source>
            <translation>Remove the announcement</translation>
        </message>
        <message>
            <source>Show on the display</source>
            <translation>Show on the display</translation>
        </message>
        <message>
            <source>The display shows no announcement.</source>
            <translation>The display shows no announcement.</translation>
        </message>
        <message>
            <source>The display shows: %1</source>
            <translation>The display shows: %1</translation>
        </message>
        <message>
            <source>Write the announcement in at least one language.</source>
            <translation>Write the announcement in at least one language.</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityTexts</name>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Daily limit reached</source>
            <translation>Daily limit reached</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Outside its hours</source>
            <translation>Outside its hours</translation>
        </message>
        <message>
            <source>Outside its hours · opens %1</source>
            <translation>Outside its hours · opens %1</translation>
        </message>
    </context>
    <context>
        <name>FloorView</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translation>%1 (target %2 min)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1 services</source>
            <translation>%1 services</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Help asked at: %1</source>
            <translation>Help asked at: %1</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translation>Longest wait</translation>
        </message>
        <message>
            <source>Next arrival</source>
            <translation>Next arrival</translation>
        </message>
        <message>
            <source>No counter is open.</source>
            <translation>No counter is open.</translation>
        </message>
        <message>
            <source>Not taking tickets: %1</source>
            <translation>Not taking tickets: %1</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Serving</source>
            <translation>Serving</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translation>⚠ Waiting target passed: %1</translation>
        </message>
        <message>
            <source>Called within their target today: %1 of %2 (%3 %)</source>
            <translation>Called within their target today: %1 of %2 (%3 %)</translation>
        </message>
        <message>
            <source>Called within their target today: nobody called yet</source>
            <translation>Called within their target today: nobody called yet</translation>
        </message>
    </context>
    <context>
        <name>ServiceLines</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translation>%1 (target %2 min)</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translation>⚠ Waiting target passed: %1</translation>
        </message>
        <message>
            <source>%1 waiting · longest %2</source>
            <translation>%1 waiting · longest %2</translation>
        </message>
        <message>
            <source>and %1 more lines</source>
            <translation>and %1 more lines</translation>
        </message>
    </context>
    <context>
        <name>ServiceSettings</name>
        <message>
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Catalogue (%1 min)</source>
            <translation>Catalogue (%1 min)</translation>
        </message>
        <message>
            <source>Close it now</source>
            <translation>Close it now</translation>
        </message>
        <message>
            <source>Closed now: the kiosks give no ticket for it</source>
            <translation>Closed now: the kiosks give no ticket for it</translation>
        </message>
        <message>
            <source>Empty: whenever the office is open</source>
            <translation>Empty: whenever the office is open</translation>
        </message>
        <message>
            <source>Hours, Sunday to Thursday</source>
            <translation>Hours, Sunday to Thursday</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>No limit</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Not saved: write the hours as opening-closing on the 24-hour clock, e.g. 08:00-12:00 (closing after opening), or leave them empty.</source>
            <translation>Not saved: write the hours as opening-closing on the 24-hour clock, e.g. 08:00-12:00 (closing after opening), or leave them empty.</translation>
        </message>
        <message>
            <source>Open it now</source>
            <translation>Open it now</translation>
        </message>
        <message>
            <source>Open: the kiosks give tickets for it</source>
            <translation>Open: the kiosks give tickets for it</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Saved: the kiosks, desks and display follow it now.</source>
            <translation>Saved: the kiosks, desks and display follow it now.</translation>
        </message>
        <message>
            <source>Save the service's settings</source>
            <translation>Save the service's settings</translation>
        </message>
        <message>
            <source>Tickets a day at most</source>
            <translation>Tickets a day at most</translation>
        </message>
        <message>
            <source>Waiting target (minutes)</source>
            <translation>Waiting target (minutes)</translation>
        </message>
        <message>
            <source>Open, but no ticket now: %1</source>
            <translation>Open, but no ticket now: %1</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPage</name>
        <message>
            <source>Announcement</source>
            <translation>Announcement</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translation>Supervisor console</translation>
        </message>
        <message>
            <source>Report and training</source>
            <translation>Report and training</translation>
        </message>
    </context>
    <context>
        <name>SupervisorTools</name>
        <message>
            <source>Activity report</source>
            <translation>Activity report</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>Save as CSV</translation>
        </message>
        <message>
            <source>Open the report</source>
            <translation>Open the report</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>A training desk opens on a practice office with a realistic morning. Nothing done there reaches the office&apos;s real data.</source>
            <translation>A training desk opens on a practice office with a realistic morning. Nothing done there reaches the office&apos;s real data.</translation>
        </message>
        <message>
            <source>The last day is before the first: choose the days again.</source>
            <translation>The last day is before the first: choose the days again.</translation>
        </message>
        <message>
            <source>A report covers at most 366 days: choose a shorter period.</source>
            <translation>A report covers at most 366 days: choose a shorter period.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Preparing the report…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>End the training session</source>
            <translation>End the training session</translation>
        </message>
        <message>
            <source>Start a training session</source>
            <translation>Start a training session</translation>
        </message>
        <message>
            <source>The training session has ended.</source>
            <translation>The training session has ended.</translation>
        </message>
        <message>
            <source>Starting the training desk…</source>
            <translation>Starting the training desk…</translation>
        </message>
        <message>
            <source>The training desk is open. Practice accounts:</source>
            <translation>The training desk is open. Practice accounts:</translation>
        </message>
        <message>
            <source>The training session could not start: %1</source>
            <translation>The training session could not start: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %1 (%n page(s)). Open it to print it.</source>
            <extracomment>%1 is the report's file; %n its pages.</extracomment>
            <translation>
                <numerusform>Saved: %1 (%n page). Open it to print it.</numerusform>
                <numerusform>Saved: %1 (%n pages). Open it to print it.</numerusform>
            </translation>
        </message>
    </context>
</TS>
