<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Citizen kiosk screens (kiosk/ui/citizen, kiosk/ui/widgets). French (Algeria): non-breaking spaces before ':' and '?'. -->
<TS version="2.1" language="fr_DZ" sourcelanguage="en_GB">
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Welcome. Please choose your language.</source>
        <translation>Bienvenue. Veuillez choisir votre langue.</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Utiliser cette langue</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Register a concern</source>
        <translation>Signaler une préoccupation</translation>
    </message>
    <message>
        <source>Follow my concern</source>
        <translation>Suivre ma préoccupation</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Prendre un ticket</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translation>Services et documents</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>No wait</source>
        <translation>Pas d’attente</translation>
    </message>
    <message>
        <source>≈ %1 min</source>
        <translation>≈ %1 min</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Choisissez un service</translation>
    </message>
    <message>
        <source>Touch the service you came for. Waiting times are estimates.</source>
        <translation>Touchez le service qui vous amène. Les temps d’attente sont estimés.</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>Do you need priority?</source>
        <translation>Avez-vous besoin d’une priorité ?</translation>
    </message>
    <message>
        <source>People aged 60 and over, people with a disability and pregnant women are called first.</source>
        <translation>Les personnes de 60 ans et plus, les personnes handicapées et les femmes enceintes passent en premier.</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Non, merci</translation>
    </message>
    <message>
        <source>Aged 60 or over</source>
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
        <source>Your ticket is being prepared…</source>
        <translation>Votre ticket est en préparation…</translation>
    </message>
</context>
<context>
    <name>SpoolTicketPrinter</name>
    <message>
        <source>Priority: aged 60 or over</source>
        <translation>Priorité : 60 ans et plus</translation>
    </message>
    <message>
        <source>Priority: disability</source>
        <translation>Priorité : handicap</translation>
    </message>
    <message>
        <source>Priority: pregnancy</source>
        <translation>Priorité : femme enceinte</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Sorry, no ticket can be given for this service right now. Please ask at the reception desk.</source>
        <translation>Désolé, aucun ticket ne peut être délivré pour ce service pour le moment. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>The printer has no paper. Please photograph or remember your number: %1. Staff have been told.</source>
        <translation>L’imprimante n’a plus de papier. Veuillez photographier ou retenir votre numéro : %1. Le personnel a été prévenu.</translation>
    </message>
    <message>
        <source>The printer is not working. Please photograph or remember your number: %1. Staff have been told.</source>
        <translation>L’imprimante ne fonctionne pas. Veuillez photographier ou retenir votre numéro : %1. Le personnel a été prévenu.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Veuillez prendre votre ticket imprimé.</translation>
    </message>
    <message>
        <source>Please take your receipt. If none came out, please remember your number: %1.</source>
        <translation>Veuillez prendre votre ticket imprimé. S’il n’est pas sorti, retenez votre numéro : %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>Your ticket code</source>
        <translation>Code de votre ticket</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Vous êtes le prochain.</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Personnes avant vous : %1</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min</source>
        <translation>Attente estimée : environ %1 min</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue.</source>
        <translation>Êtes-vous toujours là ? Touchez l’écran pour continuer.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Plus de temps</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Nothing to bring.</source>
        <translation>Aucun document à apporter.</translation>
    </message>
    <message>
        <source>Services and documents</source>
        <translation>Services et documents</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation>Documents à apporter :</translation>
    </message>
    <message>
        <source>Take a ticket for this service</source>
        <translation>Prendre un ticket pour ce service</translation>
    </message>
</context>
<context>
    <name>OutOfServicePage</name>
    <message>
        <source>This kiosk is out of service.</source>
        <translation>Cette borne est hors service.</translation>
    </message>
    <message>
        <source>Please go to reception.</source>
        <translation>Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>For the technician:</source>
        <translation>Pour le technicien :</translation>
    </message>
</context>
<context>
    <name>HubLostBanner</name>
    <message>
        <source>The office system is not answering: tickets cannot be given right now. Please ask at reception.</source>
        <translation>Le système du bureau ne répond pas : aucun ticket ne peut être donné pour le moment. Veuillez vous adresser à l’accueil.</translation>
    </message>
</context>
<context>
    <name>KioskExitPanel</name>
    <message>
        <source>Staff only: leave the kiosk</source>
        <translation>Réservé au personnel : quitter la borne</translation>
    </message>
    <message>
        <source>Supervisor's name</source>
        <translation>Nom du superviseur</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Nom ou code PIN incorrect.</translation>
    </message>
    <message>
        <source>Only a supervisor can close the kiosk.</source>
        <translation>Seul un superviseur peut fermer la borne.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this account is locked for a while.</source>
        <translation>Trop de codes PIN erronés : ce compte est bloqué pour un moment.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Le code PIN n’a pas pu être vérifié. Réessayez.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Calls a member of staff to this kiosk</source>
        <translation>Appelle un agent à cette borne</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Calling a member of staff…</source>
        <translation>Appel d’un agent en cours…</translation>
    </message>
    <message>
        <source>Someone is coming to help you. Please stay at the kiosk.</source>
        <translation>Quelqu’un vient vous aider. Veuillez rester près de la borne.</translation>
    </message>
    <message>
        <source>A member of staff is on the way.</source>
        <translation>Un agent arrive vers vous.</translation>
    </message>
    <message>
        <source>We could not call anyone from this kiosk. Please ask at reception.</source>
        <translation>Impossible d’appeler quelqu’un depuis cette borne. Veuillez vous adresser à l’accueil.</translation>
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
        <translation>FORMATION — exercice seulement : rien ici n’est réel</translation>
    </message>
</context>
<context>
    <name>VoicePrompts</name>
    <message>
        <source>Choose your language.</source>
        <translation>Choisissez votre langue.</translation>
    </message>
    <message>
        <source>Listening mode. Touch a button to hear it. Touch it again, or touch OK, to choose it.</source>
        <translation>Mode écoute. Touchez un bouton pour l’entendre. Touchez-le encore, ou touchez OK, pour le choisir.</translation>
    </message>
    <message>
        <source>Listening mode is off.</source>
        <translation>Mode écoute désactivé.</translation>
    </message>
    <message>
        <source>Welcome. To take a ticket, choose “Take a ticket”.</source>
        <translation>Bienvenue. Pour prendre un ticket, choisissez « Prendre un ticket ».</translation>
    </message>
    <message>
        <source>Which service did you come for?</source>
        <translation>Quel service vous amène ?</translation>
    </message>
    <message>
        <source>Choose a service to see the documents to bring.</source>
        <translation>Choisissez un service pour voir les documents à apporter.</translation>
    </message>
    <message>
        <source>Do you need priority? If not, choose “No, thank you”.</source>
        <translation>Avez-vous besoin d’une priorité ? Sinon, choisissez « Non, merci ».</translation>
    </message>
    <message>
        <source>Your number is %1. Take your receipt and wait until your number is called.</source>
        <translation>Votre numéro est %1. Prenez votre ticket et attendez que votre numéro soit appelé.</translation>
    </message>
    <message>
        <source>Sorry, no ticket can be given now. Please ask at reception.</source>
        <translation>Désolé, aucun ticket ne peut être donné maintenant. Veuillez vous adresser à l’accueil.</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>The kiosk reads each button aloud before it acts</source>
        <translation>La borne lit chaque bouton à voix haute avant d’agir</translation>
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
        <translation>Plus de tickets aujourd’hui</translation>
    </message>
    <message>
        <source>Opens at %1</source>
        <translation>Ouvre à %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Fermé pour le moment</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Come back tomorrow from %1.</source>
        <translation>Plus de tickets pour ce service aujourd’hui. Revenez demain à partir de %1.</translation>
    </message>
    <message>
        <source>No more tickets for this service today. Please ask at the reception desk when it opens again.</source>
        <translation>Plus de tickets pour ce service aujourd’hui. Demandez à l’accueil quand il rouvre.</translation>
    </message>
    <message>
        <source>This service gives tickets from %1 today. Please come back then.</source>
        <translation>Ce service délivre des tickets à partir de %1 aujourd’hui. Revenez à cette heure-là.</translation>
    </message>
    <message>
        <source>This service gives no more tickets today. Come back tomorrow from %1.</source>
        <translation>Ce service ne délivre plus de tickets aujourd’hui. Revenez demain à partir de %1.</translation>
    </message>
    <message>
        <source>This service is closed for now. Please ask at the reception desk.</source>
        <translation>Ce service est fermé pour le moment. Demandez à l’accueil.</translation>
    </message>
</context>
</TS>
