<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_DZ" sourcelanguage="en">
    <context>
        <name>CategoryScreen</name>
        <message>
            <source>What is your concern about?</source>
            <translation>Votre préoccupation concerne quoi ?</translation>
        </message>
        <message>
            <source>Touch the subject that fits best.</source>
            <translation>Touchez le sujet qui convient le mieux.</translation>
        </message>
    </context>
    <context>
        <name>ConcernReceipt</name>
        <message>
            <source>Your concern has been registered</source>
            <translation>Votre préoccupation est enregistrée</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translation>Votre code de suivi</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Sujet : %1</translation>
        </message>
        <message>
            <source>Keep this receipt. Follow your concern at the kiosk with this code.</source>
            <translation>Gardez ce reçu. Suivez votre préoccupation à la borne avec ce code.</translation>
        </message>
        <message>
            <source>The office may call you on:</source>
            <translation>Le bureau pourra vous appeler au :</translation>
        </message>
        <message>
            <source>Anonymous concern: only this code lets you follow it.</source>
            <translation>Préoccupation anonyme : seul ce code permet de la suivre.</translation>
        </message>
    </context>
    <context>
        <name>ConcernTexts</name>
        <message>
            <source>Please write your concern.</source>
            <translation>Veuillez écrire votre préoccupation.</translation>
        </message>
        <message>
            <source>Please write at least %1 characters.</source>
            <translation>Veuillez écrire au moins %1 caractères.</translation>
        </message>
        <message>
            <source>Your text is too long: at most %1 characters. Please shorten it.</source>
            <translation>Votre texte est trop long : %1 caractères au plus. Veuillez le raccourcir.</translation>
        </message>
        <message>
            <source>The place is too long: at most %1 characters.</source>
            <translation>Le lieu est trop long : %1 caractères au plus.</translation>
        </message>
        <message>
            <source>The name is too long: at most %1 characters.</source>
            <translation>Le nom est trop long : %1 caractères au plus.</translation>
        </message>
        <message>
            <source>Special control characters are not allowed. Please delete them.</source>
            <translation>Les caractères de contrôle spéciaux ne sont pas autorisés. Veuillez les effacer.</translation>
        </message>
        <message>
            <source>Some characters are not allowed. Please delete them.</source>
            <translation>Certains caractères ne sont pas autorisés. Veuillez les effacer.</translation>
        </message>
        <message>
            <source>Please give a phone number, or go back and stay anonymous.</source>
            <translation>Veuillez donner un numéro de téléphone, ou revenir en arrière et rester anonyme.</translation>
        </message>
        <message>
            <source>This phone number is not valid: 10 digits starting 05, 06 or 07 (or 9 digits for a fixed line).</source>
            <translation>Ce numéro de téléphone n’est pas valide : 10 chiffres commençant par 05, 06 ou 07 (ou 9 chiffres pour un fixe).</translation>
        </message>
        <message>
            <source>Your contact details are kept only if you agree. Please answer the question about contact.</source>
            <translation>Vos coordonnées ne sont gardées qu’avec votre accord. Veuillez répondre à la question sur le contact.</translation>
        </message>
        <message>
            <source>Please choose what your concern is about.</source>
            <translation>Veuillez choisir le sujet de votre préoccupation.</translation>
        </message>
        <message>
            <source>Please choose your language again.</source>
            <translation>Veuillez choisir à nouveau votre langue.</translation>
        </message>
        <message>
            <source>Something is not right. Please check and try again.</source>
            <translation>Quelque chose ne va pas. Veuillez vérifier et réessayer.</translation>
        </message>
        <message>
            <source>Sorry, your concern could not be registered right now. Please ask at the reception desk.</source>
            <translation>Désolé, votre préoccupation n’a pas pu être enregistrée pour l’instant. Veuillez vous adresser à l’accueil.</translation>
        </message>
        <message>
            <source>This is not a tracking code. A code looks like %1 and is printed on your receipt. The letters O, I and L are never used.</source>
            <translation>Ce n’est pas un code de suivi. Un code ressemble à %1 et figure sur votre reçu. Les lettres O, I et L ne sont jamais utilisées.</translation>
        </message>
        <message>
            <source>This code has a typing mistake. Please check each character against your receipt.</source>
            <translation>Ce code contient une faute de frappe. Veuillez vérifier chaque caractère sur votre reçu.</translation>
        </message>
        <message>
            <source>No concern with this code was found in this office. Please check the code.</source>
            <translation>Aucune préoccupation avec ce code n’a été trouvée dans ce bureau. Veuillez vérifier le code.</translation>
        </message>
        <message>
            <source>The concern cannot be looked up right now. Please ask at the reception desk.</source>
            <translation>La préoccupation ne peut pas être consultée pour l’instant. Veuillez vous adresser à l’accueil.</translation>
        </message>
        <message>
            <source>Too many wrong codes. Please wait %1 seconds before trying again.</source>
            <translation>Trop de codes erronés. Veuillez attendre %1 secondes avant de réessayer.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>En cours de traitement</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondue</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>Non retenue</translation>
        </message>
        <message>
            <source>The office has your concern and will study it.</source>
            <translation>Le bureau a reçu votre préoccupation et va l’étudier.</translation>
        </message>
        <message>
            <source>Someone at the office is working on your concern.</source>
            <translation>Quelqu’un au bureau s’occupe de votre préoccupation.</translation>
        </message>
        <message>
            <source>The office has answered. Read the answer below.</source>
            <translation>Le bureau a répondu. Lisez la réponse ci-dessous.</translation>
        </message>
        <message>
            <source>Your concern is closed.</source>
            <translation>Votre préoccupation est close.</translation>
        </message>
        <message>
            <source>The office could not accept your concern. The reason is below.</source>
            <translation>Le bureau n’a pas pu retenir votre préoccupation. La raison est indiquée ci-dessous.</translation>
        </message>
        <message>
            <source>Answer from the office</source>
            <translation>Réponse du bureau</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>Contact details deleted</source>
            <translation>Coordonnées effacées</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>État : %1</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>État modifié</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Rouverte</translation>
        </message>
    </context>
    <context>
        <name>ConcernsInbox</name>
        <message>
            <source>The receipt is being printed.</source>
            <translation>Le reçu est en cours d’impression.</translation>
        </message>
        <message>
            <source>Write the reason in the reason field: the citizen will read it.</source>
            <translation>Écrivez la raison dans le champ « raison » : le citoyen la lira.</translation>
        </message>
        <message>
            <source>Write the answer first (as a public answer or in the reason field).</source>
            <translation>Écrivez d’abord la réponse (en réponse publique ou dans le champ « raison »).</translation>
        </message>
        <message>
            <source>This concern cannot go to that status from its current one.</source>
            <translation>Cette préoccupation ne peut pas passer à cet état depuis son état actuel.</translation>
        </message>
        <message>
            <source>Write the note first.</source>
            <translation>Écrivez d’abord la note.</translation>
        </message>
        <message>
            <source>The note is too long (at most 2,000 characters).</source>
            <translation>La note est trop longue (2 000 caractères au plus).</translation>
        </message>
        <message>
            <source>The reason is too long (at most 1,000 characters).</source>
            <translation>La raison est trop longue (1 000 caractères au plus).</translation>
        </message>
        <message>
            <source>Special control characters are not allowed.</source>
            <translation>Les caractères de contrôle spéciaux ne sont pas autorisés.</translation>
        </message>
        <message>
            <source>This concern is not in this office.</source>
            <translation>Cette préoccupation n’est pas dans ce bureau.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so the list may be out of date. Press Refresh in a moment.</source>
            <translation>Le serveur du bureau est injoignable : la liste n’est peut-être pas à jour. Appuyez sur Actualiser dans un instant.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached, so this concern cannot be shown now. Press Refresh in a moment.</source>
            <translation>Le serveur du bureau est injoignable : cette préoccupation ne peut pas être affichée. Appuyez sur Actualiser dans un instant.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. What you wrote is kept here: press the same button again in a moment.</source>
            <translation>Le serveur du bureau est injoignable. Votre texte est conservé ici : appuyez à nouveau sur le même bouton dans un instant.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <source>The office refused: %1</source>
            <translation>Le bureau a refusé : %1</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Préoccupations</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationScreen</name>
        <message>
            <source>The printer is not working. Please write down or photograph your code: %1</source>
            <translation>L’imprimante ne fonctionne pas. Veuillez noter ou photographier votre code : %1</translation>
        </message>
        <message>
            <source>Please take your receipt.</source>
            <translation>Veuillez prendre votre reçu.</translation>
        </message>
        <message>
            <source>Please take your receipt. If none came out, please write down or photograph your code: %1</source>
            <translation>Veuillez prendre votre reçu. S’il n’est pas sorti, veuillez noter ou photographier votre code : %1</translation>
        </message>
        <message>
            <source>Your concern has been registered</source>
            <translation>Votre préoccupation est enregistrée</translation>
        </message>
        <message>
            <source>Your tracking code</source>
            <translation>Votre code de suivi</translation>
        </message>
        <message>
            <source>What happens next: the office will study your concern. Keep your receipt. To see the answer, come back to this kiosk, touch “Follow my concern” and type this code or show the receipt's QR code.</source>
            <translation>Et ensuite : le bureau va étudier votre préoccupation. Gardez votre reçu. Pour voir la réponse, revenez à cette borne, touchez « Suivre ma préoccupation » et tapez ce code ou présentez le code QR du reçu.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
    </context>
    <context>
        <name>ConsentScreen</name>
        <message>
            <source>Do you want the office to contact you?</source>
            <translation>Voulez-vous que le bureau vous contacte ?</translation>
        </message>
        <message>
            <source>Your concern is anonymous unless you agree to give a name and a phone number.</source>
            <translation>Votre préoccupation reste anonyme, sauf si vous acceptez de donner un nom et un numéro de téléphone.</translation>
        </message>
        <message>
            <source>• Who sees them: only the supervisors of the citizen office and of the municipality's central concerns service, to answer you about this concern. They are never printed in full.</source>
            <translation>• Qui les voit : seuls les superviseurs du bureau du citoyen et du service central des préoccupations de la commune, pour vous répondre au sujet de cette préoccupation. Elles ne sont jamais imprimées en entier.</translation>
        </message>
        <message>
            <source>• For how long: they are deleted %1 days after the last change to your concern.</source>
            <translation>• Pour combien de temps : elles sont effacées %1 jours après la dernière modification de votre préoccupation.</translation>
        </message>
        <message>
            <source>• They are not given to anyone else.</source>
            <translation>• Elles ne sont transmises à personne d’autre.</translation>
        </message>
        <message>
            <source>• Without them you can still follow your concern at this kiosk with your code.</source>
            <translation>• Sans elles, vous pouvez toujours suivre votre préoccupation à cette borne avec votre code.</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translation>Non, rester anonyme</translation>
        </message>
        <message>
            <source>Yes, I agree to give my name and phone</source>
            <translation>Oui, j’accepte de donner mon nom et mon téléphone</translation>
        </message>
        <message>
            <source>May the text of your concern be published anonymously (without your name or contact)?</source>
            <translation>Le texte de votre préoccupation peut-il être publié de façon anonyme (sans votre nom ni vos coordonnées) ?</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Do not publish the text of my concern</source>
            <translation>Ne pas publier le texte de ma préoccupation</translation>
        </message>
        <message>
            <source>Publish the text of my concern without my name</source>
            <translation>Publier le texte de ma préoccupation sans mon nom</translation>
        </message>
    </context>
    <context>
        <name>ContactScreen</name>
        <message>
            <source>Your contact details</source>
            <translation>Vos coordonnées</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Nom (facultatif)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>No, stay anonymous</source>
            <translation>Non, rester anonyme</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
    </context>
    <context>
        <name>FollowUpScreen</name>
        <message>
            <source>Follow my concern</source>
            <translation>Suivre ma préoccupation</translation>
        </message>
        <message>
            <source>Type the code printed on your receipt, or hold the receipt's QR code under the scanner.</source>
            <translation>Tapez le code imprimé sur votre reçu, ou présentez le code QR du reçu sous le lecteur.</translation>
        </message>
        <message>
            <source>Tracking code</source>
            <translation>Code de suivi</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Looking up your concern…</source>
            <translation>Recherche de votre préoccupation…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpResult</name>
        <message>
            <source>Look up another code</source>
            <translation>Rechercher un autre code</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>%1 — registered on %2</source>
            <translation>%1 — enregistrée le %2</translation>
        </message>
        <message>
            <source>Reopened on %1: the office is looking at it again.</source>
            <translation>Rouverte le %1 : le bureau la réexamine.</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still there?</source>
            <translation>Êtes-vous toujours là ?</translation>
        </message>
        <message>
            <source>For your privacy, what you have entered will be cleared in %1 seconds. Touch “Continue” to keep going.</source>
            <translation>Pour protéger votre vie privée, ce que vous avez saisi sera effacé dans %1 secondes. Touchez « Continuer » pour poursuivre.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>PlaceScreen</name>
        <message>
            <source>Where is it? (optional)</source>
            <translation>Où est-ce ? (facultatif)</translation>
        </message>
        <message>
            <source>A street, a neighbourhood or a building. You can skip this step.</source>
            <translation>Une rue, un quartier ou un immeuble. Vous pouvez passer cette étape.</translation>
        </message>
        <message>
            <source>Street or neighbourhood</source>
            <translation>Rue ou quartier</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Check your concern</source>
            <translation>Vérifiez votre préoccupation</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translation>Votre préoccupation</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Non indiqué</translation>
        </message>
        <message>
            <source>None: your concern is anonymous</source>
            <translation>Aucun : votre préoccupation est anonyme</translation>
        </message>
        <message>
            <source>Send my concern</source>
            <translation>Envoyer ma préoccupation</translation>
        </message>
        <message>
            <source>Sending your concern…</source>
            <translation>Envoi de votre préoccupation…</translation>
        </message>
    </context>
    <context>
        <name>TextScreen</name>
        <message>
            <source>%1 characters too many: at most %2. Please shorten your text.</source>
            <translation>%1 caractères de trop : %2 au plus. Veuillez raccourcir votre texte.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — write at least %3.</source>
            <translation>%1 / %2 caractères — écrivez-en au moins %3.</translation>
        </message>
        <message>
            <source>%1 / %2 characters — only %3 left.</source>
            <translation>%1 / %2 caractères — plus que %3.</translation>
        </message>
        <message>
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 caractères</translation>
        </message>
        <message>
            <source>Describe your concern</source>
            <translation>Décrivez votre préoccupation</translation>
        </message>
        <message>
            <source>Write here what is wrong and where…</source>
            <translation>Écrivez ici ce qui ne va pas et où…</translation>
        </message>
        <message>
            <source>Your concern</source>
            <translation>Votre préoccupation</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
    </context>
    <context>
        <name>ReprintStatus</name>
        <message>
            <source>The receipt was printed.</source>
            <translation>Le reçu a été imprimé.</translation>
        </message>
        <message>
            <source>The receipt was sent to the printer, but the printer did not confirm that it printed.</source>
            <translation>Le reçu a été envoyé à l’imprimante, mais elle n’a pas confirmé l’impression.</translation>
        </message>
        <message>
            <source>The printer has no paper. The receipt will print once a roll is put in.</source>
            <translation>L’imprimante n’a plus de papier. Le reçu sera imprimé dès qu’un rouleau sera remis.</translation>
        </message>
        <message>
            <source>The printer is not working. It will try again.</source>
            <translation>L’imprimante ne fonctionne pas. Elle va réessayer.</translation>
        </message>
        <message>
            <source>The receipt could not be printed.</source>
            <translation>Le reçu n’a pas pu être imprimé.</translation>
        </message>
    </context>
    <context>
        <name>ConcernDetail</name>
        <message>
            <source>%1 (language: %2)</source>
            <translation>%1 (langue : %2)</translation>
        </message>
        <message>
            <source>Add internal note</source>
            <translation>Ajouter une note interne</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondue</translation>
        </message>
        <message>
            <source>Choose a concern in the list</source>
            <translation>Choisissez une préoccupation dans la liste</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Clore</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>History (internal notes are never shown to the citizen)</source>
            <translation>Historique (les notes internes ne sont jamais montrées au citoyen)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Please log in to see the concerns</source>
            <translation>Veuillez vous connecter pour voir les préoccupations</translation>
        </message>
        <message>
            <source>Reason or answer for the citizen (needed to reject)</source>
            <translation>Raison ou réponse pour le citoyen (obligatoire pour rejeter)</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Enregistrée le</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <source>Reprint receipt</source>
            <translation>Réimprimer le reçu</translation>
        </message>
        <message>
            <source>Send public answer</source>
            <translation>Envoyer une réponse publique</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translation>Prendre en charge</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Write a note or an answer…</source>
            <translation>Écrivez une note ou une réponse…</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonyme</translation>
        </message>
        <message>
            <source>deleted after the retention period</source>
            <translation>effacées après la durée de conservation</translation>
        </message>
        <message>
            <source>hidden (supervisors only)</source>
            <translation>masquées (superviseurs seulement)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non indiqué</translation>
        </message>
    </context>
    <context>
        <name>ConcernFilters</name>
        <message>
            <source>All offices</source>
            <translation>Tous les bureaux</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <source>All subjects</source>
            <translation>Tous les sujets</translation>
        </message>
        <message>
            <source>Any age</source>
            <translation>Toute ancienneté</translation>
        </message>
        <message>
            <source>Older than 15 days</source>
            <translation>De plus de 15 jours</translation>
        </message>
        <message>
            <source>Older than 30 days</source>
            <translation>De plus de 30 jours</translation>
        </message>
        <message>
            <source>Open (received or being handled)</source>
            <translation>Ouvertes (reçues ou en cours)</translation>
        </message>
        <message>
            <source>This office (%1)</source>
            <translation>Ce bureau (%1)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
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
            <translation>Jours</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Sujet</translation>
        </message>
    </context>
    <context>
        <name>IntakeWords</name>
        <message>
            <source>New concern for a citizen</source>
            <translation>Nouvelle préoccupation pour un citoyen</translation>
        </message>
        <message>
            <source>How it came</source>
            <translation>Comment elle est arrivée</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>Au guichet</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translation>Borne</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Formulaire web</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>De quoi il s’agit</translation>
        </message>
        <message>
            <source>The citizen's language</source>
            <translation>Langue du citoyen</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>La préoccupation</translation>
        </message>
        <message>
            <source>Write what the citizen says or wrote, in their words.</source>
            <translation>Écrivez ce que le citoyen dit ou a écrit, avec ses mots.</translation>
        </message>
        <message>
            <source>%1 characters left</source>
            <translation>%1 caractères restants</translation>
        </message>
        <message>
            <source>Contact (only if the citizen wants an answer by phone)</source>
            <translation>Contact (seulement si le citoyen veut une réponse par téléphone)</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Nom (facultatif)</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>The citizen agrees that the office keeps this name and number to contact them</source>
            <translation>Le citoyen accepte que le bureau garde ce nom et ce numéro pour le contacter</translation>
        </message>
        <message>
            <source>The citizen agrees that the text may be published without their name or contact</source>
            <translation>Le citoyen accepte que le texte soit publié sans son nom ni son contact</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Register the concern</source>
            <translation>Enregistrer la préoccupation</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>The concern is registered. Its tracking code:</source>
            <translation>La préoccupation est enregistrée. Son code de suivi :</translation>
        </message>
        <message>
            <source>Read the code out to the citizen, one character at a time, and ask them to write it down: with it they follow their concern at the kiosk or on the web.</source>
            <translation>Lisez le code au citoyen, un caractère à la fois, et demandez-lui de l’écrire : avec lui, il suit sa préoccupation à la borne ou sur le web.</translation>
        </message>
        <message>
            <source>Send the code to the citizen with the answer to their letter or e-mail: with it they follow their concern at the kiosk or on the web.</source>
            <translation>Envoyez le code au citoyen avec la réponse à son courrier ou courriel : avec lui, il suit sa préoccupation à la borne ou sur le web.</translation>
        </message>
        <message>
            <source>Give the receipt to the citizen: the code on it lets them follow their concern at the kiosk or on the web.</source>
            <translation>Donnez le reçu au citoyen : le code qui y figure lui permet de suivre sa préoccupation à la borne ou sur le web.</translation>
        </message>
        <message>
            <source>The office may call the citizen at %1.</source>
            <translation>Le bureau peut appeler le citoyen au %1.</translation>
        </message>
        <message>
            <source>The receipt is being printed.</source>
            <translation>Le reçu est en cours d’impression.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Choose how the concern came.</source>
            <translation>Choisissez comment la préoccupation est arrivée.</translation>
        </message>
        <message>
            <source>The office hub cannot be reached. Nothing was lost: press &quot;Register the concern&quot; again in a moment.</source>
            <translation>Le serveur du bureau est injoignable. Rien n’est perdu : appuyez de nouveau sur « Enregistrer la préoccupation » dans un instant.</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <source>Your role may not register concerns.</source>
            <translation>Votre rôle ne permet pas d’enregistrer des préoccupations.</translation>
        </message>
        <message>
            <source>Keep the name and number only if the citizen agrees: tick the consent box, or empty the contact fields.</source>
            <translation>Ne gardez le nom et le numéro qu’avec l’accord du citoyen : cochez la case d’accord, ou videz les champs de contact.</translation>
        </message>
        <message>
            <source>A contact needs a phone number: write it, or empty the name.</source>
            <translation>Un contact a besoin d’un numéro de téléphone : écrivez-le, ou videz le nom.</translation>
        </message>
    </context>
</TS>
