package snmp

import (
	"sort"

	"github.com/panicbutton/panicbutton/internal/i18n"
)

// conditionText is how people read one condition of hrPrinterDetectedErrorState: its message per
// language and its severity ("critical" or "warning", the words of prtAlertSeverityLevel).
type conditionText struct {
	severity string
	messages map[string]string // language -> message
}

// conditionTexts has every condition of errorStateBits in the languages of the admin and the system
// emails (i18n.UILanguages). The English messages and the severities are those of conditionInfo, which
// the poller uses for the alerts it stores (TestConditionTextsMatchPollerLabels keeps them equal).
var conditionTexts = map[Condition]conditionText{
	LowPaper:            {"warning", map[string]string{"en": "Low paper", "fr": "Papier bientôt épuisé", "it": "Carta in esaurimento"}},
	NoPaper:             {"critical", map[string]string{"en": "No paper", "fr": "Plus de papier", "it": "Carta esaurita"}},
	LowToner:            {"warning", map[string]string{"en": "Low toner", "fr": "Toner bientôt épuisé", "it": "Toner in esaurimento"}},
	NoToner:             {"critical", map[string]string{"en": "No toner", "fr": "Plus de toner", "it": "Toner esaurito"}},
	DoorOpen:            {"critical", map[string]string{"en": "Door open", "fr": "Porte ouverte", "it": "Sportello aperto"}},
	Jammed:              {"critical", map[string]string{"en": "Paper jam", "fr": "Bourrage papier", "it": "Inceppamento carta"}},
	Offline:             {"critical", map[string]string{"en": "Offline", "fr": "Hors ligne", "it": "Non in linea"}},
	ServiceRequested:    {"critical", map[string]string{"en": "Service requested", "fr": "Intervention technique demandée", "it": "Richiesta assistenza tecnica"}},
	InputTrayMissing:    {"critical", map[string]string{"en": "Input tray missing", "fr": "Bac d'alimentation absent", "it": "Cassetto carta mancante"}},
	OutputTrayMissing:   {"critical", map[string]string{"en": "Output tray missing", "fr": "Bac de sortie absent", "it": "Vassoio di uscita mancante"}},
	MarkerSupplyMissing: {"critical", map[string]string{"en": "Marker supply missing", "fr": "Consommable d'impression absent", "it": "Materiale di consumo mancante"}},
	OutputNearFull:      {"warning", map[string]string{"en": "Output tray nearly full", "fr": "Bac de sortie presque plein", "it": "Vassoio di uscita quasi pieno"}},
	OutputFull:          {"critical", map[string]string{"en": "Output tray full", "fr": "Bac de sortie plein", "it": "Vassoio di uscita pieno"}},
	InputTrayEmpty:      {"warning", map[string]string{"en": "Input tray empty", "fr": "Bac d'alimentation vide", "it": "Cassetto carta vuoto"}},
	OverduePreventMaint: {"warning", map[string]string{"en": "Preventive maintenance overdue", "fr": "Maintenance préventive en retard", "it": "Manutenzione preventiva scaduta"}},
}

// ConditionMessage is the message of a detected error condition in lang ("fr", "it-CH", ...): English when
// lang is empty or has no translation, the condition's MIB name when the condition is unknown.
func ConditionMessage(c Condition, lang string) string {
	t, ok := conditionTexts[c]
	if !ok {
		return string(c)
	}
	return i18n.Pick(t.messages, i18n.Normalize(lang), i18n.Fallback)
}

// conditionMessages returns the messages of conds in lang, critical conditions first (bit order kept
// within a severity).
func conditionMessages(conds []Condition, lang string) []string {
	sorted := append([]Condition(nil), conds...)
	rank := func(c Condition) int {
		if conditionTexts[c].severity == "critical" {
			return 0
		}
		return 1
	}
	sort.SliceStable(sorted, func(i, j int) bool { return rank(sorted[i]) < rank(sorted[j]) })
	out := make([]string, 0, len(sorted))
	for _, c := range sorted {
		out = append(out, ConditionMessage(c, lang))
	}
	return out
}
