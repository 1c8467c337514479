package demo

// KioskTexts are the demo panic button's kiosk texts: language -> key -> template.
var KioskTexts = map[string]map[string]string{
	"en": {
		"title":           "Panic Button",
		"welcome":         "A problem with this printer? Tell us in three taps.",
		"printer":         "Printer [[[SERIAL]]] – [[[PRINTERLOCALISATION]]]",
		"code_title":      "Register this printer",
		"code_help":       "This printer is not registered yet. Enter the printer code shown in the administration interface.",
		"code_label":      "Printer code",
		"code_wrong":      "This code is not valid. Check it and try again.",
		"code_locked":     "Too many attempts. Please wait a few minutes.",
		"email_title":     "Your email",
		"email_label":     "Email address",
		"phone_label":     "Phone (optional)",
		"causes_title":    "What is the problem?",
		"causes_help":     "Tick at least one cause.",
		"message_title":   "A message for the technicians",
		"message_label":   "Message (optional)",
		"next":            "Next",
		"back":            "Back",
		"submit":          "Send",
		"done_title":      "Thank you!",
		"done_text":       "Your request has been sent. Reference:",
		"done_button":     "Done",
		"network_error":   "The cloud cannot be reached. Nothing you typed is lost.",
		"retry":           "Retry",
		"email_invalid":   "Please enter a valid email address.",
		"causes_required": "Please tick at least one cause.",
	},
	"fr": {
		"title":           "Panic Button",
		"welcome":         "Un problème avec cette imprimante ? Dites-le-nous en trois gestes.",
		"printer":         "Imprimante [[[SERIAL]]] – [[[PRINTERLOCALISATION]]]",
		"code_title":      "Enregistrer cette imprimante",
		"code_help":       "Cette imprimante n'est pas encore enregistrée. Saisissez le code imprimante affiché dans l'interface d'administration.",
		"code_label":      "Code imprimante",
		"code_wrong":      "Ce code n'est pas valide. Vérifiez-le et réessayez.",
		"code_locked":     "Trop de tentatives. Veuillez patienter quelques minutes.",
		"email_title":     "Votre e-mail",
		"email_label":     "Adresse e-mail",
		"phone_label":     "Téléphone (facultatif)",
		"causes_title":    "Quel est le problème ?",
		"causes_help":     "Cochez au moins une cause.",
		"message_title":   "Un message pour les techniciens",
		"message_label":   "Message (facultatif)",
		"next":            "Suivant",
		"back":            "Retour",
		"submit":          "Envoyer",
		"done_title":      "Merci !",
		"done_text":       "Votre demande a été envoyée. Référence :",
		"done_button":     "Terminé",
		"network_error":   "Le cloud est injoignable. Rien de ce que vous avez saisi n'est perdu.",
		"retry":           "Réessayer",
		"email_invalid":   "Veuillez saisir une adresse e-mail valide.",
		"causes_required": "Veuillez cocher au moins une cause.",
	},
	"it": {
		"title":           "Panic Button",
		"welcome":         "Un problema con questa stampante? Diccelo in tre tocchi.",
		"printer":         "Stampante [[[SERIAL]]] – [[[PRINTERLOCALISATION]]]",
		"code_title":      "Registra questa stampante",
		"code_help":       "Questa stampante non è ancora registrata. Inserisci il codice stampante mostrato nell'interfaccia di amministrazione.",
		"code_label":      "Codice stampante",
		"code_wrong":      "Questo codice non è valido. Controllalo e riprova.",
		"code_locked":     "Troppi tentativi. Attendi qualche minuto.",
		"email_title":     "La tua email",
		"email_label":     "Indirizzo email",
		"phone_label":     "Telefono (facoltativo)",
		"causes_title":    "Qual è il problema?",
		"causes_help":     "Seleziona almeno una causa.",
		"message_title":   "Un messaggio per i tecnici",
		"message_label":   "Messaggio (facoltativo)",
		"next":            "Avanti",
		"back":            "Indietro",
		"submit":          "Invia",
		"done_title":      "Grazie!",
		"done_text":       "La tua richiesta è stata inviata. Riferimento:",
		"done_button":     "Fine",
		"network_error":   "Il cloud non è raggiungibile. Nulla di ciò che hai scritto è perso.",
		"retry":           "Riprova",
		"email_invalid":   "Inserisci un indirizzo email valido.",
		"causes_required": "Seleziona almeno una causa.",
	},
}

// Causes are the demo causes, in order.
var Causes = []map[string]string{
	{"en": "Paper jam", "fr": "Bourrage papier", "it": "Inceppamento carta"},
	{"en": "Bad print quality", "fr": "Mauvaise qualité d'impression", "it": "Qualità di stampa scadente"},
	{"en": "No toner", "fr": "Plus de toner", "it": "Toner esaurito"},
	{"en": "Scanner does not work", "fr": "Le scanner ne fonctionne pas", "it": "Lo scanner non funziona"},
	{"en": "Error message on the screen", "fr": "Message d'erreur à l'écran", "it": "Messaggio di errore sullo schermo"},
	{"en": "Strange noise", "fr": "Bruit anormal", "it": "Rumore anomalo"},
}

// Template is one language's email settings.
type Template struct {
	FromName, TechSubject, TechHTML, UserSubject, UserHTML                   string
	StatusSubject, StatusAdminHTML, StatusCustomerHTML, StatusTechnicianHTML string
}

// EmailTemplates are the demo email settings per language (fields [2]-[5] and the status templates).
var EmailTemplates = map[string]Template{
	"en": {
		FromName:    "Technical Support",
		TechSubject: "Request for intervention in the premises of [[[PRINTERLOCALISATION]]] – Serial Number [[[SERIAL]]] – Model [[[MODEL]]]",
		TechHTML: `<h1>New intervention request</h1>
<p>Reported by <b>[[[ENDUSEREMAIL]]]</b> (tel. [[[TEL]]]).</p>
<p>Causes:</p>[[[CAUSES]]]
<p>Message: [[[ENDUSERMESSAGE]]]</p>
<table><tr><td>Serial</td><td>[[[SERIAL]]]</td></tr><tr><td>Model</td><td>[[[MODEL]]]</td></tr>
<tr><td>Name</td><td>[[[PRINTERNAME]]]</td></tr><tr><td>Location</td><td>[[[PRINTERLOCALISATION]]]</td></tr>
<tr><td>IP</td><td>[[[IP]]]</td></tr><tr><td>Total</td><td>[[[COUNTERTOTAL]]]</td></tr><tr><td>Black</td><td>[[[COUNTERBLACK]]]</td></tr>
<tr><td>Color</td><td>[[[COUNTERCOLOR]]]</td></tr><tr><td>A3</td><td>[[[COUNTERLARGE]]]</td></tr>
<tr><td>Errors</td><td>[[[OID1]]] [[[OID2]]] [[[OID3]]] [[[OID4]]]</td></tr></table>
<p>Reference [[[REFERENCE]]]</p>`,
		UserSubject: "Your request [[[REFERENCE]]] for printer [[[SERIAL]]] has been received",
		UserHTML: `<p>Hello,</p><p>We received your request about the printer <b>[[[PRINTERNAME]]]</b> ([[[PRINTERLOCALISATION]]]).</p>
<p>Causes:</p>[[[CAUSES]]]<p>Your message: [[[ENDUSERMESSAGE]]]</p><p>Reference: [[[REFERENCE]]]. Our technicians are on it.</p>`,
		StatusSubject:        "Intervention [[[REFERENCE]]] is now [[[STATUS]]]",
		StatusAdminHTML:      `<p>Intervention <a href="[[[INTERVENTIONURL]]]">[[[REFERENCE]]]</a> (printer [[[SERIAL]]], [[[PRINTERLOCALISATION]]]) moved from [[[PREVIOUSSTATUS]]] to <b>[[[STATUS]]]</b>. Technicians: [[[TECHNICIANS]]].</p>`,
		StatusCustomerHTML:   `<p>Hello,</p><p>Your request [[[REFERENCE]]] about the printer [[[PRINTERNAME]]] is now <b>[[[STATUS]]]</b>.</p>`,
		StatusTechnicianHTML: `<p>Intervention <a href="[[[INTERVENTIONURL]]]">[[[REFERENCE]]]</a> assigned to you is now <b>[[[STATUS]]]</b> (printer [[[SERIAL]]], [[[PRINTERLOCALISATION]]]).</p>`,
	},
	"fr": {
		FromName:    "Support technique",
		TechSubject: "Demande d'intervention dans les locaux de [[[PRINTERLOCALISATION]]] – Numéro de série [[[SERIAL]]] – Modèle [[[MODEL]]]",
		TechHTML: `<h1>Nouvelle demande d'intervention</h1>
<p>Signalée par <b>[[[ENDUSEREMAIL]]]</b> (tél. [[[TEL]]]).</p>
<p>Raisons :</p>[[[REASONS]]]
<p>Message : [[[ENDUSERMESSAGE]]]</p>
<table><tr><td>Série</td><td>[[[SERIAL]]]</td></tr><tr><td>Modèle</td><td>[[[MODEL]]]</td></tr>
<tr><td>Nom</td><td>[[[PRINTERNAME]]]</td></tr><tr><td>Emplacement</td><td>[[[PRINTERLOCALISATION]]]</td></tr>
<tr><td>IP</td><td>[[[IP]]]</td></tr><tr><td>Total</td><td>[[[COUNTERTOTAL]]]</td></tr><tr><td>Noir</td><td>[[[COUNTERBLACK]]]</td></tr>
<tr><td>Couleur</td><td>[[[COUNTERCOLOR]]]</td></tr><tr><td>A3</td><td>[[[COUNTERLARGE]]]</td></tr>
<tr><td>Erreurs</td><td>[[[OID1]]] [[[OID2]]] [[[OID3]]] [[[OID4]]]</td></tr></table>
<p>Référence [[[REFERENCE]]]</p>`,
		UserSubject: "Votre demande [[[REFERENCE]]] pour l'imprimante [[[SERIAL]]] a bien été reçue",
		UserHTML: `<p>Bonjour,</p><p>Nous avons bien reçu votre demande concernant l'imprimante <b>[[[PRINTERNAME]]]</b> ([[[PRINTERLOCALISATION]]]).</p>
<p>Raisons :</p>[[[REASONS]]]<p>Votre message : [[[ENDUSERMESSAGE]]]</p><p>Référence : [[[REFERENCE]]]. Nos techniciens s'en occupent.</p>`,
		StatusSubject:        "L'intervention [[[REFERENCE]]] est maintenant : [[[STATUS]]]",
		StatusAdminHTML:      `<p>L'intervention <a href="[[[INTERVENTIONURL]]]">[[[REFERENCE]]]</a> (imprimante [[[SERIAL]]], [[[PRINTERLOCALISATION]]]) est passée de [[[PREVIOUSSTATUS]]] à <b>[[[STATUS]]]</b>. Techniciens : [[[TECHNICIANS]]].</p>`,
		StatusCustomerHTML:   `<p>Bonjour,</p><p>Votre demande [[[REFERENCE]]] concernant l'imprimante [[[PRINTERNAME]]] est maintenant : <b>[[[STATUS]]]</b>.</p>`,
		StatusTechnicianHTML: `<p>L'intervention <a href="[[[INTERVENTIONURL]]]">[[[REFERENCE]]]</a> qui vous est assignée est maintenant : <b>[[[STATUS]]]</b> (imprimante [[[SERIAL]]], [[[PRINTERLOCALISATION]]]).</p>`,
	},
	"it": {
		FromName:    "Assistenza tecnica",
		TechSubject: "Richiesta di intervento presso [[[PRINTERLOCALISATION]]] – Numero di serie [[[SERIAL]]] – Modello [[[MODEL]]]",
		TechHTML: `<h1>Nuova richiesta di intervento</h1>
<p>Segnalata da <b>[[[ENDUSEREMAIL]]]</b> (tel. [[[TEL]]]).</p>
<p>Cause:</p>[[[CAUSES]]]
<p>Messaggio: [[[ENDUSERMESSAGE]]]</p>
<table><tr><td>Seriale</td><td>[[[SERIAL]]]</td></tr><tr><td>Modello</td><td>[[[MODEL]]]</td></tr>
<tr><td>Nome</td><td>[[[PRINTERNAME]]]</td></tr><tr><td>Posizione</td><td>[[[PRINTERLOCALISATION]]]</td></tr>
<tr><td>IP</td><td>[[[IP]]]</td></tr><tr><td>Totale</td><td>[[[COUNTERTOTAL]]]</td></tr><tr><td>B/N</td><td>[[[COUNTERBLACK]]]</td></tr>
<tr><td>Colore</td><td>[[[COUNTERCOLOR]]]</td></tr><tr><td>A3</td><td>[[[COUNTERLARGE]]]</td></tr>
<tr><td>Errori</td><td>[[[OID1]]] [[[OID2]]] [[[OID3]]] [[[OID4]]]</td></tr></table>
<p>Riferimento [[[REFERENCE]]]</p>`,
		UserSubject: "La tua richiesta [[[REFERENCE]]] per la stampante [[[SERIAL]]] è stata ricevuta",
		UserHTML: `<p>Buongiorno,</p><p>Abbiamo ricevuto la tua richiesta relativa alla stampante <b>[[[PRINTERNAME]]]</b> ([[[PRINTERLOCALISATION]]]).</p>
<p>Cause:</p>[[[CAUSES]]]<p>Il tuo messaggio: [[[ENDUSERMESSAGE]]]</p><p>Riferimento: [[[REFERENCE]]]. I nostri tecnici se ne stanno occupando.</p>`,
		StatusSubject:        "L'intervento [[[REFERENCE]]] è ora [[[STATUS]]]",
		StatusAdminHTML:      `<p>L'intervento <a href="[[[INTERVENTIONURL]]]">[[[REFERENCE]]]</a> (stampante [[[SERIAL]]], [[[PRINTERLOCALISATION]]]) è passato da [[[PREVIOUSSTATUS]]] a <b>[[[STATUS]]]</b>. Tecnici: [[[TECHNICIANS]]].</p>`,
		StatusCustomerHTML:   `<p>Buongiorno,</p><p>La tua richiesta [[[REFERENCE]]] relativa alla stampante [[[PRINTERNAME]]] è ora <b>[[[STATUS]]]</b>.</p>`,
		StatusTechnicianHTML: `<p>L'intervento <a href="[[[INTERVENTIONURL]]]">[[[REFERENCE]]]</a> assegnato a te è ora <b>[[[STATUS]]]</b> (stampante [[[SERIAL]]], [[[PRINTERLOCALISATION]]]).</p>`,
	},
}
