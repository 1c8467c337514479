// Package device implements the device contract (docs/DESIGN.md §4): launch, registerPrinter and submitPanicReport,
// the operations printer apps, the kiosk and the SNMP agent call without a login.
package device

import (
	"fmt"
	"io"
	"strconv"

	"github.com/panicbutton/panicbutton/internal/printers"
)

// The input and payload types below are bound by gqlgen to the GraphQL types of the same names
// (graph/device.graphqls), so the resolvers pass them straight through.

// LaunchInput starts a report session.
type LaunchInput struct {
	Printer    *printers.PrinterInfoInput `json:"printer"`
	BadgeEmail *string                    `json:"badgeEmail,omitempty"`
	Language   *string                    `json:"language,omitempty"`
}

// RegisterPrinterInput registers an unknown printer with a printer code.
type RegisterPrinterInput struct {
	Printer     *printers.PrinterInfoInput `json:"printer"`
	PrinterCode string                     `json:"printerCode"`
	BadgeEmail  *string                    `json:"badgeEmail,omitempty"`
	Language    *string                    `json:"language,omitempty"`
}

// PanicReportInput is the reporter's three pages.
type PanicReportInput struct {
	SessionToken string   `json:"sessionToken"`
	Email        string   `json:"email"`
	Phone        *string  `json:"phone,omitempty"`
	CauseIDs     []string `json:"causeIds"`
	Message      *string  `json:"message,omitempty"`
	Language     *string  `json:"language,omitempty"`
}

// LaunchStatus tells a printer app what to show.
type LaunchStatus string

const (
	StatusReady                LaunchStatus = "READY"
	StatusRegistrationRequired LaunchStatus = "REGISTRATION_REQUIRED"
)

// MarshalGQL writes the enum value.
func (s LaunchStatus) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads the enum value.
func (s *LaunchStatus) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok || (str != string(StatusReady) && str != string(StatusRegistrationRequired)) {
		return fmt.Errorf("invalid LaunchStatus %v", v)
	}
	*s = LaunchStatus(str)
	return nil
}

// LaunchPayload answers launch and registerPrinter.
type LaunchPayload struct {
	Status       LaunchStatus `json:"status"`
	SessionToken *string      `json:"sessionToken,omitempty"`
	Kiosk        *Kiosk       `json:"kiosk,omitempty"`
	PrefillEmail *string      `json:"prefillEmail,omitempty"`
}

// Kiosk is the panic button's content for one language, variables rendered for the printer.
type Kiosk struct {
	Language  string        `json:"language"`
	Languages []string      `json:"languages"`
	Texts     []*KeyValue   `json:"texts"`
	Images    []*KioskImage `json:"images"`
	Causes    []*KioskCause `json:"causes"`
	Colors    []*KeyValue   `json:"colors"`
}

// KeyValue is a kiosk text or colour.
type KeyValue struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// KioskImage is an image of the kiosk.
type KioskImage struct {
	Key string `json:"key"`
	URL string `json:"url"`
}

// KioskCause is an active cause with its label in the kiosk's language.
type KioskCause struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// PanicReportPayload answers submitPanicReport.
type PanicReportPayload struct {
	Reference    string `json:"reference"`
	Status       string `json:"status"`
	EmailsQueued int    `json:"emailsQueued"`
}
