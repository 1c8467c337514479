package mail_test

import (
	"testing"

	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// TestHasVariables_TextsWithoutThemRenderAsThemselves: the kiosk shares, instead of rendering, the texts
// HasVariables says have none; Render must then give them back unchanged, and texts with variables must be
// seen as such.
func TestHasVariables_TextsWithoutThemRenderAsThemselves(t *testing.T) {
	vars := mail.Vars{Serial: "SN-1", Model: "M", IP: "10.0.0.1", PrinterName: "Copier", PrinterLocalisation: "Floor 2",
		CounterTotal: "12", Reference: "PB-1"}
	texts := []string{"", "Report a problem", "[[SERIAL]]", "[[ [SERIAL]]]", "a [ b ]] c", "[[[SERIAL]]]", "Printer [[[PRINTERNAME]]] ([[[SERIAL]]])", "[[[UNKNOWN]]]"}
	for _, byKey := range demo.KioskTexts {
		for _, tpl := range byKey {
			texts = append(texts, tpl)
		}
	}
	withVars := 0
	for _, tpl := range texts {
		got := mail.Render(tpl, vars, mail.ModeKiosk)
		if !mail.HasVariables(tpl) && got != tpl {
			t.Errorf("%q has no variables by HasVariables but renders as %q", tpl, got)
		}
		if mail.HasVariables(tpl) && got != tpl {
			withVars++
		}
	}
	if withVars < 2 {
		t.Errorf("only %d texts rendered differently: the test's texts should include variables", withVars)
	}
}
