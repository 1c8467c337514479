package notify

import (
	"fmt"

	"github.com/panicbutton/panicbutton/internal/i18n"
)

// bellTexts are the bell's texts per language: %[1]s is the reference, %[2]s the status.
var bellTexts = map[string]map[PushKind]string{
	"en": {
		PushStatusChanged: "Intervention %[1]s is now %[2]s",
		PushCreated:       "New intervention %[1]s (%[2]s)",
		PushAssigned:      "Intervention %[1]s has been assigned to you",
	},
	"fr": {
		PushStatusChanged: "L'intervention %[1]s est maintenant : %[2]s",
		PushCreated:       "Nouvelle intervention %[1]s (%[2]s)",
		PushAssigned:      "L'intervention %[1]s vous a été assignée",
	},
	"it": {
		PushStatusChanged: "L'intervento %[1]s è ora: %[2]s",
		PushCreated:       "Nuovo intervento %[1]s (%[2]s)",
		PushAssigned:      "L'intervento %[1]s ti è stato assegnato",
	},
}

func bellText(lang string, kind PushKind, reference, status string) string {
	texts, ok := bellTexts[lang]
	if !ok {
		texts = bellTexts[i18n.Fallback]
	}
	return fmt.Sprintf(texts[kind], reference, status)
}
