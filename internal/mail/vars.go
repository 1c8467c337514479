package mail

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/i18n"
)

// DateLayout formats [[[DATE]]]: unambiguous in every language; the caller picks the time zone
// (the organization's) by passing Vars.Date in it.
const DateLayout = "2006-01-02 15:04 MST"

// Vars are the values a template can use. A zero field renders as empty text.
type Vars struct {
	EndUserEmail        string   // ENDUSEREMAIL
	Tel                 string   // TEL
	Causes              []string // CAUSES and its alias REASONS, labels in the report's language
	EndUserMessage      string   // ENDUSERMESSAGE; line breaks become <br> in HTML
	Serial              string   // SERIAL
	Model               string   // MODEL
	IP                  string   // IP
	PrinterName         string   // PRINTERNAME
	PrinterLocalisation string   // PRINTERLOCALISATION
	CounterTotal        string   // COUNTERTOTAL, formatted by the caller ("" when unknown)
	CounterBlack        string   // COUNTERBLACK
	CounterColor        string   // COUNTERCOLOR
	CounterLarge        string   // COUNTERLARGE
	OID1                string   // OID1: error message 1
	OID2                string   // OID2
	OID3                string   // OID3
	OID4                string   // OID4
	Reference           string   // REFERENCE, e.g. PB-2026-000123
	Status              string   // STATUS, name in the recipient's language
	PreviousStatus      string   // PREVIOUSSTATUS
	InterventionURL     string   // INTERVENTIONURL
	Technicians         []string // TECHNICIANS, display names
	Organization        string   // ORGANIZATION
	Note                string   // NOTE: a public note (line breaks become <br> in HTML)
	Date                time.Time
}

// Variable describes one [[[NAME]]] for the admin's variable picker.
type Variable struct {
	Name         string            // without brackets, e.g. "SERIAL"
	AliasOf      string            // the variable this one is another name for ("CAUSES" for REASONS)
	Example      string            // a plausible value, as text
	Descriptions map[string]string // by language: "en", "fr", "it"
}

// Token is the variable as typed in a template, e.g. "[[[SERIAL]]]".
func (v Variable) Token() string { return "[[[" + v.Name + "]]]" }

// Description returns the description in lang ("fr", "fr-BE", "it_IT", …), falling back to English.
func (v Variable) Description(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	base, _, _ = strings.Cut(base, "_")
	if d := v.Descriptions[base]; d != "" {
		return d
	}
	return v.Descriptions["en"]
}

// Languages lists the languages every Variable has a description in.
func Languages() []string { return slices.Clone(i18n.UILanguages) }

// varDef is a catalog entry: the public description plus how to read the value from Vars.
type varDef struct {
	Variable
	text func(*Vars) string   // scalar value
	list func(*Vars) []string // list value (CAUSES, TECHNICIANS)
	html bool                 // list renders as <ul> in HTML
}

func d(en, fr, it string) map[string]string { return map[string]string{"en": en, "fr": fr, "it": it} }

// catalog is the single list of variables, in the order the admin's picker shows them.
var catalog = []varDef{
	{Variable: Variable{Name: "ENDUSEREMAIL", Descriptions: d("Reporter's email address", "Email de l'utilisateur", "Email dell'utente")},
		text: func(v *Vars) string { return v.EndUserEmail }},
	{Variable: Variable{Name: "TEL", Descriptions: d("Reporter's telephone number", "Téléphone de l'utilisateur", "Telefono dell'utente")},
		text: func(v *Vars) string { return v.Tel }},
	{Variable: Variable{Name: "CAUSES", Descriptions: d(
		"Causes of the failure ticked by the reporter (a list in HTML, comma-separated in subjects and text)",
		"Causes de la panne cochées par l'utilisateur (liste en HTML, séparées par des virgules dans le sujet et le texte)",
		"Cause del guasto selezionate dall'utente (elenco in HTML, separate da virgole nell'oggetto e nel testo)")},
		list: func(v *Vars) []string { return v.Causes }, html: true},
	{Variable: Variable{Name: "REASONS", AliasOf: "CAUSES", Descriptions: d(
		"Same as [[[CAUSES]]]: reasons for the failure",
		"Identique à [[[CAUSES]]] : raisons de la panne",
		"Come [[[CAUSES]]]: motivi del guasto")},
		list: func(v *Vars) []string { return v.Causes }, html: true},
	{Variable: Variable{Name: "ENDUSERMESSAGE", Descriptions: d("Reporter's message", "Message de l'utilisateur", "Messaggio dell'utente")},
		text: func(v *Vars) string { return v.EndUserMessage }},
	{Variable: Variable{Name: "SERIAL", Descriptions: d("Printer serial number", "Numéro de série de l'imprimante", "Numero di serie della stampante")},
		text: func(v *Vars) string { return v.Serial }},
	{Variable: Variable{Name: "MODEL", Descriptions: d("Printer model", "Modèle de l'imprimante", "Modello della stampante")},
		text: func(v *Vars) string { return v.Model }},
	{Variable: Variable{Name: "IP", Descriptions: d("Printer IP network address", "Adresse réseau IP de l'imprimante", "Indirizzo di rete IP della stampante")},
		text: func(v *Vars) string { return v.IP }},
	{Variable: Variable{Name: "PRINTERNAME", Descriptions: d("Printer name", "Nom de l'imprimante", "Nome della stampante")},
		text: func(v *Vars) string { return v.PrinterName }},
	{Variable: Variable{Name: "PRINTERLOCALISATION", Descriptions: d("Printer location", "Localisation de l'imprimante", "Ubicazione della stampante")},
		text: func(v *Vars) string { return v.PrinterLocalisation }},
	{Variable: Variable{Name: "COUNTERTOTAL", Descriptions: d("Meter: total number of prints", "Compteur des impressions au total", "Contatore: totale delle stampe")},
		text: func(v *Vars) string { return v.CounterTotal }},
	{Variable: Variable{Name: "COUNTERBLACK", Descriptions: d("Meter: black & white prints", "Compteur des impressions noir & blanc", "Contatore: stampe in bianco e nero")},
		text: func(v *Vars) string { return v.CounterBlack }},
	{Variable: Variable{Name: "COUNTERCOLOR", Descriptions: d("Meter: colour prints", "Compteur des impressions couleur", "Contatore: stampe a colori")},
		text: func(v *Vars) string { return v.CounterColor }},
	{Variable: Variable{Name: "COUNTERLARGE", Descriptions: d("Meter: A3 prints", "Compteur des impressions A3", "Contatore: stampe A3")},
		text: func(v *Vars) string { return v.CounterLarge }},
	{Variable: Variable{Name: "OID1", Descriptions: d("Printer error message 1", "Message d'erreur 1 de l'imprimante", "Messaggio di errore 1 della stampante")},
		text: func(v *Vars) string { return v.OID1 }},
	{Variable: Variable{Name: "OID2", Descriptions: d("Printer error message 2", "Message d'erreur 2 de l'imprimante", "Messaggio di errore 2 della stampante")},
		text: func(v *Vars) string { return v.OID2 }},
	{Variable: Variable{Name: "OID3", Descriptions: d("Printer error message 3", "Message d'erreur 3 de l'imprimante", "Messaggio di errore 3 della stampante")},
		text: func(v *Vars) string { return v.OID3 }},
	{Variable: Variable{Name: "OID4", Descriptions: d("Printer error message 4", "Message d'erreur 4 de l'imprimante", "Messaggio di errore 4 della stampante")},
		text: func(v *Vars) string { return v.OID4 }},
	{Variable: Variable{Name: "REFERENCE", Descriptions: d("Intervention reference", "Référence de l'intervention", "Riferimento dell'intervento")},
		text: func(v *Vars) string { return v.Reference }},
	{Variable: Variable{Name: "STATUS", Descriptions: d("Current status of the intervention", "Statut actuel de l'intervention", "Stato attuale dell'intervento")},
		text: func(v *Vars) string { return v.Status }},
	{Variable: Variable{Name: "PREVIOUSSTATUS", Descriptions: d("Previous status of the intervention", "Statut précédent de l'intervention", "Stato precedente dell'intervento")},
		text: func(v *Vars) string { return v.PreviousStatus }},
	{Variable: Variable{Name: "INTERVENTIONURL", Descriptions: d("Link to the intervention in the back end", "Lien vers l'intervention dans l'interface d'administration", "Link all'intervento nell'interfaccia di amministrazione")},
		text: func(v *Vars) string { return v.InterventionURL }},
	{Variable: Variable{Name: "TECHNICIANS", Descriptions: d("Technicians assigned to the intervention (comma-separated)", "Techniciens assignés à l'intervention (séparés par des virgules)", "Tecnici assegnati all'intervento (separati da virgole)")},
		list: func(v *Vars) []string { return v.Technicians }},
	{Variable: Variable{Name: "ORGANIZATION", Descriptions: d("Organization name", "Nom de l'organisation", "Nome dell'organizzazione")},
		text: func(v *Vars) string { return v.Organization }},
	{Variable: Variable{Name: "NOTE", Descriptions: d("The public note (note emails)", "La note publique (emails de note)", "La nota pubblica (email di nota)")},
		text: func(v *Vars) string { return v.Note }},
	{Variable: Variable{Name: "DATE", Descriptions: d("Date and time of the report", "Date et heure du signalement", "Data e ora della segnalazione")},
		text: func(v *Vars) string {
			if v.Date.IsZero() {
				return ""
			}
			return v.Date.Format(DateLayout)
		}},
}

// byName indexes catalog; built once from the literal above and never written afterwards.
var byName = func() map[string]*varDef {
	m := make(map[string]*varDef, len(catalog))
	for i := range catalog {
		m[catalog[i].Name] = &catalog[i]
	}
	return m
}()

// ExampleVars returns plausible values for every variable: for template previews and test sends.
func ExampleVars() Vars {
	return Vars{
		EndUserEmail:        "jane.doe@example.com",
		Tel:                 "+32 2 555 01 23",
		Causes:              []string{"Paper jam", "No toner"},
		EndUserMessage:      "The printer makes a strange noise.\nTray 2 is stuck.",
		Serial:              "1254533333",
		Model:               "Workcentre 7845",
		IP:                  "192.168.1.50",
		PrinterName:         "MFP-2F-01",
		PrinterLocalisation: "Alliance, floor 2",
		CounterTotal:        "125430",
		CounterBlack:        "100230",
		CounterColor:        "25200",
		CounterLarge:        "3120",
		OID1:                "Paper jam in tray 2",
		OID2:                "Toner low (black)",
		OID3:                "Waste toner container nearly full",
		OID4:                "Front door open",
		Reference:           "PB-2026-000123",
		Status:              "In progress",
		PreviousStatus:      "Open",
		InterventionURL:     "https://panicb.example.com/interventions/PB-2026-000123",
		Technicians:         []string{"Marc Dupont", "Giulia Rossi"},
		Organization:        "Alliance",
		Note:                "The technician will come by this afternoon.",
		Date:                time.Date(2026, time.March, 14, 9, 26, 0, 0, time.UTC),
	}
}

// Variables returns every variable a template may use, with descriptions and an example value.
// The result is a fresh copy: callers may modify it.
func Variables() []Variable {
	out := make([]Variable, len(catalog))
	for i := range catalog {
		out[i] = catalog[i].public()
	}
	return out
}

// LookupVariable returns the variable called name (case-sensitive, without brackets).
func LookupVariable(name string) (Variable, bool) {
	def, ok := byName[name]
	if !ok {
		return Variable{}, false
	}
	return def.public(), true
}

func (def *varDef) public() Variable {
	ex := ExampleVars()
	v := def.Variable
	v.Descriptions = maps.Clone(def.Descriptions)
	v.Example = def.value(&ex, ModeText)
	return v
}

// SetErrors fills OID1..OID4 from a printer's error messages, in order (errors[0] is [[[OID1]]]).
func (v *Vars) SetErrors(errs []string) {
	for i, dst := range []*string{&v.OID1, &v.OID2, &v.OID3, &v.OID4} {
		if i < len(errs) {
			*dst = errs[i]
		}
	}
}
