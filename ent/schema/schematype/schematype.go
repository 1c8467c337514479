// Package schematype holds the Go types stored in JSON columns, kept apart from ent/schema so that the
// generated client does not import the schema (which imports the privacy rules).
package schematype

import (
	"strings"
	"unicode"
)

// AutoReportRule opens an intervention when a polled printer shows Condition for at least MinutesActive.
type AutoReportRule struct {
	Condition     string   `json:"condition"`
	MinutesActive int      `json:"minutesActive"`
	CauseIDs      []int    `json:"causeIds,omitempty"`
	Message       string   `json:"message,omitempty"`
	Emails        []string `json:"emails,omitempty"`
}

// SNMPv3Credentials are the USM settings of a printer (never returned through the API).
type SNMPv3Credentials struct {
	User          string `json:"user"`
	AuthProtocol  string `json:"authProtocol,omitempty"`
	AuthPassword  string `json:"authPassword,omitempty"`
	PrivProtocol  string `json:"privProtocol,omitempty"`
	PrivPassword  string `json:"privPassword,omitempty"`
	SecurityLevel string `json:"securityLevel,omitempty"`
}

// PrinterAlert is one alert or detected condition seen by the SNMP poller.
type PrinterAlert struct {
	Condition   string `json:"condition"`
	Description string `json:"description,omitempty"`
	Severity    string `json:"severity,omitempty"`
	Since       string `json:"since,omitempty"`
}

// PrinterSnapshot is the printer information at report time.
type PrinterSnapshot struct {
	Serial   string   `json:"serial"`
	Model    string   `json:"model,omitempty"`
	Name     string   `json:"name,omitempty"`
	Location string   `json:"location,omitempty"`
	IP       string   `json:"ip,omitempty"`
	Total    *int64   `json:"total,omitempty"`
	Black    *int64   `json:"black,omitempty"`
	Color    *int64   `json:"color,omitempty"`
	Large    *int64   `json:"large,omitempty"`
	Errors   []string `json:"errors,omitempty"`
}

// NormalizePrinterCode is the one form of a printer code: upper case, without spaces, tabs or dashes, so that
// "acme-2026", "ACME 2026" and "ACME2026" are the same code. Stored codes are written in this form (a hook on
// PanicButton) and typed codes are looked up in it.
func NormalizePrinterCode(code string) string {
	return strings.ToUpper(strings.Map(func(r rune) rune {
		if r == '-' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, code))
}

// SupplyRule is a panic button's low-supply rule (docs/usage.md "Low-supply rules").
type SupplyRule struct {
	// Threshold is the percent at or below which a supply is low (1..100; 10 when 0).
	Threshold int `json:"threshold"`
	// Supplies are words matched (case-insensitively) against a supply's type, colour or description; empty: all.
	Supplies []string `json:"supplies,omitempty"`
	// Action is INTERVENTION (open one intervention, origin SNMP_ALERT) or NOTIFY (tell the admins only).
	Action string `json:"action"`
	// OnReplacement is ANNOTATE (a note on the open intervention) or CLOSE (move it to a closed status).
	OnReplacement string `json:"onReplacement"`
}
