package snmp

import (
	"testing"

	"github.com/panicbutton/panicbutton/internal/i18n"
)

// Every condition has a message in every UI language, and the English message and the severity are
// the poller's (conditionInfo, used for the alerts it stores), so a printer's errors and its alerts say
// the same thing.
func TestConditionTextsMatchPollerLabels(t *testing.T) {
	if len(conditionTexts) != len(AllConditions()) {
		t.Errorf("%d condition texts for %d conditions", len(conditionTexts), len(AllConditions()))
	}
	for _, c := range AllConditions() {
		ct, ok := conditionTexts[c]
		if !ok {
			t.Errorf("%s: no messages", c)
			continue
		}
		for _, l := range i18n.UILanguages {
			if ct.messages[l] == "" {
				t.Errorf("%s: no %s message", c, l)
			}
		}
		if ci := conditionInfo[c]; ct.messages["en"] != ci.label || ct.severity != ci.severity {
			t.Errorf("%s: %q/%s here, %q/%s in conditionInfo", c, ct.messages["en"], ct.severity, ci.label, ci.severity)
		}
	}
}

func TestConditionMessage(t *testing.T) {
	cases := []struct {
		c          Condition
		lang, want string
	}{
		{ServiceRequested, "", "Service requested"},
		{ServiceRequested, "it", "Richiesta assistenza tecnica"},
		{Jammed, "fr", "Bourrage papier"},
		{Jammed, "fr_CA", "Bourrage papier"},
		{DoorOpen, " IT ", "Sportello aperto"},
		{NoPaper, "nl", "No paper"},
		{Condition("bit15"), "fr", "bit15"},
	}
	for _, c := range cases {
		if got := ConditionMessage(c.c, c.lang); got != c.want {
			t.Errorf("ConditionMessage(%s, %q) = %q, want %q", c.c, c.lang, got, c.want)
		}
	}
	// Critical first, bit order within a severity.
	got := conditionMessages([]Condition{LowPaper, LowToner, DoorOpen, OverduePreventMaint, OutputFull}, "en")
	want := []string{"Door open", "Output tray full", "Low paper", "Low toner", "Preventive maintenance overdue"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("conditionMessages = %q, want %q", got, want)
			break
		}
	}
}
