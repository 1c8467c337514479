package snmp

import (
	"math"
	"sort"
	"strings"
)

// PrinterInfo marshals to JSON in the shape of the GraphQL input PrinterInfoInput (docs/DESIGN.md §4):
// {"serial","model","name","location","ip","counters":{"total","black","color","large"},"errors":[...]},
// empty fields omitted.
type PrinterInfo struct {
	Serial   string        `json:"serial,omitempty"`
	Model    string        `json:"model,omitempty"`
	Name     string        `json:"name,omitempty"`
	Location string        `json:"location,omitempty"`
	IP       string        `json:"ip,omitempty"`
	Counters *InfoCounters `json:"counters,omitempty"`
	Errors   []string      `json:"errors,omitempty"`
}

// InfoCounters is CountersInput. GraphQL Int is 32-bit: a counter above 2^31-1 is left out.
type InfoCounters struct {
	Total *int64 `json:"total,omitempty"`
	Black *int64 `json:"black,omitempty"`
	Color *int64 `json:"color,omitempty"`
	Large *int64 `json:"large,omitempty"`
}

// Limits of PrinterInfo.Errors.
const (
	MaxErrors      = 4
	MaxErrorLength = 500
)

// PrinterInfo condenses the reading for the device operations (launch, registerPrinter):
//
//   - name is sysName, else prtGeneralPrinterName; model is hrDeviceDescr (else the vendor's model OID,
//     else the model read from sysDescr); location is sysLocation; ip is the address the answer came from;
//   - errors: when any of OID1..OID4 is configured, their values in order (errors[i] is OIDi+1's value, ""
//     for an unconfigured or absent one; trailing empty entries dropped); otherwise the active alerts
//     (critical first, then warnings, then others; the description, or "code (group)" when the printer
//     gives none) — or, when the alert table gives no message, the conditions of
//     hrPrinterDetectedErrorState in the reading's Language (critical first; see ConditionMessage) —
//     followed by the console display text, without duplicates, at most 4.
//
// Every text but the serial is trimmed and cut to 500 characters (the serial is never altered: the
// cloud validates it and a cut serial would name another printer).
func (r *Reading) PrinterInfo() PrinterInfo {
	p := PrinterInfo{
		Serial:   r.Serial,
		Model:    truncateRunes(r.Model, MaxErrorLength),
		Name:     truncateRunes(firstNonEmpty(r.SysName, r.PrinterName), MaxErrorLength),
		Location: truncateRunes(r.SysLocation, MaxErrorLength),
		IP:       r.IP,
	}
	c := InfoCounters{Total: int32Only(r.Counters.Total), Black: int32Only(r.Counters.Black),
		Color: int32Only(r.Counters.Color), Large: int32Only(r.Counters.Large)}
	if c.Total != nil || c.Black != nil || c.Color != nil || c.Large != nil {
		p.Counters = &c
	}
	p.Errors = r.errorMessages()
	return p
}

func (r *Reading) errorMessages() []string {
	configured := false
	for _, o := range r.ErrorOIDs {
		if o != "" {
			configured = true
		}
	}
	if configured {
		out := make([]string, MaxErrors)
		for i := range out {
			out[i] = truncateRunes(strings.TrimSpace(r.ErrorValues[i]), MaxErrorLength)
		}
		for len(out) > 0 && out[len(out)-1] == "" {
			out = out[:len(out)-1]
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	alerts := append([]Alert(nil), r.Alerts...)
	rank := func(a Alert) int {
		switch a.Severity {
		case SeverityCritical:
			return 0
		case SeverityWarning:
			return 1
		case SeverityWarningBinaryChangeEvent:
			return 2
		}
		return 3
	}
	sort.SliceStable(alerts, func(i, j int) bool { return rank(alerts[i]) < rank(alerts[j]) })
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		s = truncateRunes(strings.TrimSpace(s), MaxErrorLength)
		if s == "" || len(out) >= MaxErrors || seen[strings.ToLower(s)] {
			return
		}
		seen[strings.ToLower(s)] = true
		out = append(out, s)
	}
	for _, a := range alerts {
		add(a.Text())
	}
	if len(out) == 0 {
		// Many printers keep prtAlertTable empty and only set hrPrinterDetectedErrorState.
		for _, m := range conditionMessages(r.Conditions, r.Language) {
			add(m)
		}
	}
	for _, l := range r.ConsoleText {
		add(l)
	}
	return out
}

func int32Only(v *int64) *int64 {
	if v == nil || *v < 0 || *v > math.MaxInt32 {
		return nil
	}
	n := *v
	return &n
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}
