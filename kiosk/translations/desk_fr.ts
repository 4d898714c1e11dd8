<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_DZ" sourcelanguage="en">
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Connection to the office hub lost. Trying again… Check the network cable if this lasts.</source>
            <translation>Connexion au serveur du bureau perdue. Nouvelle tentative… Si cela dure, vérifiez le câble réseau.</translation>
        </message>
        <message>
            <source>Connection to the office hub lost — your last action “%1” was not applied. It will be retried automatically and will not be done twice.</source>
            <translation>Connexion au serveur du bureau perdue — votre dernière action « %1 » n’a pas été appliquée. Elle sera réessayée automatiquement et ne sera pas faite deux fois.</translation>
        </message>
        <message>
            <source>Connection restored — your action “%1” has been applied.</source>
            <translation>Connexion rétablie — votre action « %1 » a été appliquée.</translation>
        </message>
        <message>
            <source>Your action “%1” was cancelled. If the hub had already received it, the screen will show it when the connection is back.</source>
            <translation>Votre action « %1 » a été annulée. Si le serveur l’avait déjà reçue, l’écran l’affichera au retour de la connexion.</translation>
        </message>
        <message>
            <source>Try now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <source>Cancel the action</source>
            <translation>Annuler l’action</translation>
        </message>
    </context>
    <context>
        <name>CurrentTicketPanel</name>
        <message>
            <source>Current ticket</source>
            <translation>Ticket en cours</translation>
        </message>
        <message>
            <source>No ticket called. Press “Call next”.</source>
            <translation>Aucun ticket appelé. Appuyez sur « Appeler le suivant ».</translation>
        </message>
        <message>
            <source>%1 (transferred from %2)</source>
            <translation>%1 (transféré depuis %2)</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translation>Priorité : %1</translation>
        </message>
        <message>
            <source>%1 · recalled %2×</source>
            <translation>%1 · rappelé %2 fois</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>%1 · Counter %2</source>
            <translation>%1 · Guichet %2</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>Appeler le suivant</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Rappeler</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>Transférer…</translation>
        </message>
        <message>
            <source>Call the selected ticket</source>
            <translation>Appeler le ticket choisi</translation>
        </message>
        <message>
            <source>Or double-click a ticket in the line</source>
            <translation>Ou double-cliquez sur un ticket de la file</translation>
        </message>
        <message>
            <source>Served today</source>
            <translation>Servis aujourd’hui</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>Absents</translation>
        </message>
        <message>
            <source>Average time</source>
            <translation>Durée moyenne</translation>
        </message>
        <message>
            <source>Today's figures for this counter</source>
            <translation>Chiffres du jour pour ce guichet</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translation>Fermer le guichet</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Se déconnecter</translation>
        </message>
    </context>
    <context>
        <name>DeskTexts</name>
        <message>
            <source>No priority</source>
            <translation>Sans priorité</translation>
        </message>
        <message>
            <source>Elderly</source>
            <translation>60 ans et plus</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Femme enceinte</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Called — waiting for the citizen</source>
            <translation>Appelé — en attente du citoyen</translation>
        </message>
        <message>
            <source>Being served</source>
            <translation>En cours de service</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Ne s’est pas présenté</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Waiting since %1 (%2 min)</source>
            <translation>En attente depuis %1 (%2 min)</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Wrong name or PIN. Check them and try again.</source>
            <translation>Nom ou code PIN incorrect. Vérifiez-les et réessayez.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: this account is locked for %1 more minutes. A supervisor can unlock it sooner.</source>
            <translation>Trop de codes PIN erronés : ce compte est bloqué encore %1 minutes. Un superviseur peut le débloquer plus tôt.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <source>Your role does not allow this action. Ask a supervisor.</source>
            <translation>Votre rôle ne permet pas cette action. Demandez à un superviseur.</translation>
        </message>
        <message>
            <source>Enter a counter number (1 to 4 letters or digits) and tick at least one service.</source>
            <translation>Saisissez un numéro de guichet (1 à 4 lettres ou chiffres) et cochez au moins un service.</translation>
        </message>
        <message>
            <source>This counter is not open any more. Open it again to continue.</source>
            <translation>Ce guichet n’est plus ouvert. Rouvrez-le pour continuer.</translation>
        </message>
        <message>
            <source>This ticket no longer exists. The list has been updated.</source>
            <translation>Ce ticket n’existe plus. La liste a été mise à jour.</translation>
        </message>
        <message>
            <source>This ticket has already been handled, perhaps at another counter. The screen has been updated.</source>
            <translation>Ce ticket a déjà été traité, peut-être à un autre guichet. L’écran a été mis à jour.</translation>
        </message>
        <message>
            <source>The ticket is already in that service's line. Choose another service.</source>
            <translation>Le ticket est déjà dans la file de ce service. Choisissez un autre service.</translation>
        </message>
        <message>
            <source>That service is not offered in this office.</source>
            <translation>Ce service n’est pas proposé dans ce bureau.</translation>
        </message>
        <message>
            <source>That service is closed today.</source>
            <translation>Ce service est fermé aujourd’hui.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Check the network cable, then try again.</source>
            <translation>Le serveur du bureau est injoignable. Vérifiez le câble réseau, puis réessayez.</translation>
        </message>
        <message>
            <source>The office refused this action; nothing was changed. The details are in the log.</source>
            <translation>Le bureau a refusé cette action ; rien n’a été modifié. Les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Préoccupations</translation>
        </message>
        <message>
            <source>Concerns · new: %1</source>
            <translation>Préoccupations · nouvelles : %1</translation>
        </message>
        <message>
            <source>The office database is damaged: nothing can be saved. Call the technician (maktab-sync doctor tells how to restore the last backup).</source>
            <translation>La base de données du bureau est endommagée : plus rien ne peut être enregistré. Appelez le technicien (maktab-sync doctor indique comment restaurer la dernière sauvegarde).</translation>
        </message>
        <message>
            <source>The office database cannot be read or written. Call the technician (maktab-sync doctor tells why).</source>
            <translation>La base de données du bureau ne peut être ni lue ni écrite. Appelez le technicien (maktab-sync doctor indique pourquoi).</translation>
        </message>
        <message>
            <source>The office PC's disk is full: your action was not saved. Ask the technician to free some space, then try again.</source>
            <translation>Le disque du PC du bureau est plein : votre action n’a pas été enregistrée. Demandez au technicien de libérer de la place, puis réessayez.</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translation>Console du superviseur</translation>
        </message>
        <message>
            <source>These settings were refused: check the hours, the limit and the target, then save again.</source>
            <translation>Ces réglages ont été refusés : vérifiez les horaires, la limite et l’objectif, puis enregistrez à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>Open the counter</source>
            <translation>Ouvrir le guichet</translation>
        </message>
        <message>
            <source>Close the counter</source>
            <translation>Fermer le guichet</translation>
        </message>
        <message>
            <source>You are logged out on this desk, but the office hub could not be told: the counter may show as open until the connection is back.</source>
            <translation>Vous êtes déconnecté de ce poste, mais le serveur du bureau n’a pas pu être prévenu : le guichet peut apparaître ouvert jusqu’au retour de la connexion.</translation>
        </message>
        <message>
            <source>%1 — desk</source>
            <translation>%1 — guichet</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translation>J’arrive</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>Enter your name and your PIN.</source>
            <translation>Saisissez votre nom et votre code PIN.</translation>
        </message>
        <message>
            <source>Desk — staff log-in</source>
            <translation>Guichet — connexion du personnel</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Language of this desk</source>
            <translation>Langue de ce poste</translation>
        </message>
    </context>
    <context>
        <name>OpenCounterScreen</name>
        <message>
            <source>Enter the counter number and tick at least one service.</source>
            <translation>Saisissez le numéro du guichet et cochez au moins un service.</translation>
        </message>
        <message>
            <source>Open a counter</source>
            <translation>Ouvrir un guichet</translation>
        </message>
        <message>
            <source>Counter number</source>
            <translation>Numéro du guichet</translation>
        </message>
        <message>
            <source>Services served at this counter</source>
            <translation>Services assurés à ce guichet</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Open the counter</source>
            <translation>Ouvrir le guichet</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Se déconnecter</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Transfer a ticket</source>
            <translation>Transférer un ticket</translation>
        </message>
        <message>
            <source>Transfer ticket %1 to another service</source>
            <translation>Transférer le ticket %1 vers un autre service</translation>
        </message>
        <message>
            <source>The citizen keeps their place in time: they do not go to the back of the line.</source>
            <translation>Le citoyen garde sa place dans le temps : il ne repasse pas en fin de file.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transférer</translation>
        </message>
    </context>
    <context>
        <name>WaitingList</name>
        <message>
            <source>Waiting: %1</source>
            <translation>En attente : %1</translation>
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
            <translation>Attente</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Priority: %1</source>
            <translation>Priorité : %1</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translation>Personne n’attend pour les services de ce guichet.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Sending and receiving now…</source>
            <translation>Envoi et réception en cours…</translation>
        </message>
        <message>
            <source>Sync with the central server is not set up in this office. A technician can enrol it.</source>
            <translation>La synchronisation avec le serveur central n’est pas configurée dans ce bureau. Un technicien peut l’inscrire.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Try again in a moment.</source>
            <translation>Le serveur du bureau est injoignable. Réessayez dans un moment.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <source>Sync could not be started. The details are in the log.</source>
            <translation>La synchronisation n’a pas pu démarrer. Les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>Central server: …</source>
            <translation>Serveur central : …</translation>
        </message>
        <message>
            <source>Central server: status unknown</source>
            <translation>Serveur central : état inconnu</translation>
        </message>
        <message>
            <source>Central server: not enrolled</source>
            <translation>Serveur central : non inscrit</translation>
        </message>
        <message>
            <source>Central server: sync stopped · %1 waiting</source>
            <translation>Serveur central : synchro arrêtée · %1 en attente</translation>
        </message>
        <message>
            <source>Central server: connecting… · %1 waiting</source>
            <translation>Serveur central : connexion… · %1 en attente</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting · last %2</source>
            <translation>Serveur central : en ligne · %1 en attente · dernière synchro %2</translation>
        </message>
        <message>
            <source>Central server: online · %1 waiting</source>
            <translation>Serveur central : en ligne · %1 en attente</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting since %2</source>
            <translation>Serveur central : hors ligne · %1 en attente depuis %2</translation>
        </message>
        <message>
            <source>Central server: offline · %1 waiting</source>
            <translation>Serveur central : hors ligne · %1 en attente</translation>
        </message>
        <message>
            <source>%1 refused</source>
            <translation>%1 refusées</translation>
        </message>
        <message>
            <source>This office does not send its data to the central server.</source>
            <translation>Ce bureau n’envoie pas ses données au serveur central.</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Dernière erreur : %1</translation>
        </message>
        <message>
            <source>%1 changes were refused by the central server: call the technician.</source>
            <translation>%1 modifications ont été refusées par le serveur central : appelez le technicien.</translation>
        </message>
        <message>
            <source>Next attempt in %1 s</source>
            <translation>Prochain essai dans %1 s</translation>
        </message>
        <message>
            <source>No error.</source>
            <translation>Aucune erreur.</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Send and receive with the central server now</source>
            <translation>Envoyer et recevoir maintenant avec le serveur central</translation>
        </message>
    </context>
    <context>
        <name>ConcernsPage</name>
        <message>
            <source>New concern</source>
            <translation>Nouvelle préoccupation</translation>
        </message>
        <message>
            <source>Back to the counter</source>
            <translation>Retour au guichet</translation>
        </message>
        <message>
            <source>Back to opening a counter</source>
            <translation>Retour à l’ouverture d’un guichet</translation>
        </message>
        <message>
            <source>%1 · Counter %2</source>
            <translation>%1 · Guichet %2</translation>
        </message>
    </context>
    <context>
        <name>CounterActions</name>
        <message>
            <source>Call next</source>
            <translation>Appeler le suivant</translation>
        </message>
        <message>
            <source>Call this ticket</source>
            <translation>Appeler ce ticket</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Nobody is waiting for this counter's services.</source>
            <translation>Personne n’attend pour les services de ce guichet.</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Rappeler</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transférer</translation>
        </message>
    </context>
    <context>
        <name>HelpAlertRow</name>
        <message>
            <source>the office's kiosk</source>
            <translation>la borne du bureau</translation>
        </message>
        <message>
            <source>A citizen asks for help at %1 (since %2)</source>
            <translation>Un citoyen demande de l’aide à %1 (depuis %2)</translation>
        </message>
        <message>
            <source>I'm coming</source>
            <translation>J’arrive</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementEditor</name>
        <message>
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Kabyle</source>
            <translation>Kabyle</translation>
        </message>
        <message>
            <source>Remove the announcement</source>
            <translation>Retirer l’annonce</translation>
        </message>
        <message>
            <source>Show on the display</source>
            <translation>Afficher sur l’écran de la salle</translation>
        </message>
        <message>
            <source>The display shows no announcement.</source>
            <translation>L’écran de la salle n’affiche aucune annonce.</translation>
        </message>
        <message>
            <source>The display shows: %1</source>
            <translation>L’écran de la salle affiche : %1</translation>
        </message>
        <message>
            <source>Write the announcement in at least one language.</source>
            <translation>Écrivez l’annonce dans au moins une langue.</translation>
        </message>
    </context>
    <context>
        <name>AvailabilityTexts</name>
        <message>
            <source>Closed</source>
            <translation>Fermé</translation>
        </message>
        <message>
            <source>Daily limit reached</source>
            <translation>Limite du jour atteinte</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Outside its hours</source>
            <translation>Hors de ses horaires</translation>
        </message>
        <message>
            <source>Outside its hours · opens %1</source>
            <translation>Hors de ses horaires · ouvre à %1</translation>
        </message>
    </context>
    <context>
        <name>FloorView</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translation>%1 (objectif %2 min)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>%1 services</source>
            <translation>%1 services</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Guichet</translation>
        </message>
        <message>
            <source>Help asked at: %1</source>
            <translation>Aide demandée à : %1</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translation>Plus longue attente</translation>
        </message>
        <message>
            <source>Next arrival</source>
            <translation>Prochain arrivant</translation>
        </message>
        <message>
            <source>No counter is open.</source>
            <translation>Aucun guichet n’est ouvert.</translation>
        </message>
        <message>
            <source>Not taking tickets: %1</source>
            <translation>Ne délivrent pas de tickets : %1</translation>
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
            <translation>En cours</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Attente</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translation>⚠ Objectif d’attente dépassé : %1</translation>
        </message>
        <message>
            <source>Called within their target today: %1 of %2 (%3 %)</source>
            <translation>Appelés dans leur objectif aujourd’hui : %1 sur %2 (%3 %)</translation>
        </message>
        <message>
            <source>Called within their target today: nobody called yet</source>
            <translation>Appelés dans leur objectif aujourd’hui : personne n’a encore été appelé</translation>
        </message>
    </context>
    <context>
        <name>ServiceLines</name>
        <message>
            <source>%1 (target %2 min)</source>
            <translation>%1 (objectif %2 min)</translation>
        </message>
        <message>
            <source>⚠ Waiting target passed: %1</source>
            <translation>⚠ Objectif d’attente dépassé : %1</translation>
        </message>
        <message>
            <source>%1 waiting · longest %2</source>
            <translation>%1 en attente · max %2</translation>
        </message>
        <message>
            <source>and %1 more lines</source>
            <translation>et %1 autres files</translation>
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
            <translation>Le fermer maintenant</translation>
        </message>
        <message>
            <source>Closed now: the kiosks give no ticket for it</source>
            <translation>Fermé : les bornes ne délivrent aucun ticket pour ce service</translation>
        </message>
        <message>
            <source>Empty: whenever the office is open</source>
            <translation>Vide : tant que le bureau est ouvert</translation>
        </message>
        <message>
            <source>Hours, Sunday to Thursday</source>
            <translation>Horaires, du dimanche au jeudi</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sans limite</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Not saved: write the hours as opening-closing on the 24-hour clock, e.g. 08:00-12:00 (closing after opening), or leave them empty.</source>
            <translation>Non enregistré : écrivez les horaires sous la forme ouverture-fermeture sur 24 heures, par ex. 08:00-12:00 (la fermeture après l’ouverture), ou laissez le champ vide.</translation>
        </message>
        <message>
            <source>Open it now</source>
            <translation>L’ouvrir maintenant</translation>
        </message>
        <message>
            <source>Open: the kiosks give tickets for it</source>
            <translation>Ouvert : les bornes délivrent des tickets pour ce service</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Saved: the kiosks, desks and display follow it now.</source>
            <translation>Enregistré : les bornes, les guichets et l’écran l’appliquent dès maintenant.</translation>
        </message>
        <message>
            <source>Save the service's settings</source>
            <translation>Enregistrer les réglages du service</translation>
        </message>
        <message>
            <source>Tickets a day at most</source>
            <translation>Tickets par jour au plus</translation>
        </message>
        <message>
            <source>Waiting target (minutes)</source>
            <translation>Objectif d’attente (minutes)</translation>
        </message>
        <message>
            <source>Open, but no ticket now: %1</source>
            <translation>Ouvert, mais aucun ticket maintenant : %1</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPage</name>
        <message>
            <source>Announcement</source>
            <translation>Annonce</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Salle</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Supervisor console</source>
            <translation>Console du superviseur</translation>
        </message>
        <message>
            <source>Report and training</source>
            <translation>Rapport et formation</translation>
        </message>
    </context>
    <context>
        <name>SupervisorTools</name>
        <message>
            <source>Activity report</source>
            <translation>Rapport d’activité</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>Enregistrer en CSV</translation>
        </message>
        <message>
            <source>Open the report</source>
            <translation>Ouvrir le rapport</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>A training desk opens on a practice office with a realistic morning. Nothing done there reaches the office&apos;s real data.</source>
            <translation>Un guichet de formation s’ouvre sur un bureau d’exercice avec une matinée réaliste. Rien de ce qui s’y fait n’atteint les données réelles du bureau.</translation>
        </message>
        <message>
            <source>The last day is before the first: choose the days again.</source>
            <translation>Le dernier jour est avant le premier : choisissez à nouveau les jours.</translation>
        </message>
        <message>
            <source>A report covers at most 366 days: choose a shorter period.</source>
            <translation>Un rapport couvre au plus 366 jours : choisissez une période plus courte.</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>Préparation du rapport…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>End the training session</source>
            <translation>Terminer la session de formation</translation>
        </message>
        <message>
            <source>Start a training session</source>
            <translation>Commencer une session de formation</translation>
        </message>
        <message>
            <source>The training session has ended.</source>
            <translation>La session de formation est terminée.</translation>
        </message>
        <message>
            <source>Starting the training desk…</source>
            <translation>Démarrage du guichet de formation…</translation>
        </message>
        <message>
            <source>The training desk is open. Practice accounts:</source>
            <translation>Le guichet de formation est ouvert. Comptes d’exercice :</translation>
        </message>
        <message>
            <source>The training session could not start: %1</source>
            <translation>La session de formation n’a pas pu démarrer : %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %1 (%n page(s)). Open it to print it.</source>
            <extracomment>%1 is the report's file; %n its pages.</extracomment>
            <translation>
                <numerusform>Enregistré : %1 (%n page). Ouvrez-le pour l’imprimer.</numerusform>
                <numerusform>Enregistré : %1 (%n pages). Ouvrez-le pour l’imprimer.</numerusform>
            </translation>
        </message>
    </context>
</TS>
