// Package webhooks sends an organization's events to its partners' endpoints, signed per Standard Webhooks
// (https://www.standardwebhooks.com): the webhooks themselves (URL, event types, secret and its rotation), the
// outbox of deliveries written in the transaction of the change they announce, the delivery workers (retry
// schedule, Retry-After, 410 Gone, disabling an endpoint that keeps failing) and the address guard that keeps
// deliveries off the server's own network.
package webhooks

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// Event types an endpoint may subscribe to.
const (
	InterventionCreated       = "intervention.created"
	InterventionStatusChanged = "intervention.status_changed"
	InterventionAssigned      = "intervention.assigned"
	InterventionNoteAdded     = "intervention.note_added"
	PrinterRegistered         = "printer.registered"
	PrinterAlert              = "printer.alert"
	// TestEvent is sent by "send a test event" only, whatever the endpoint subscribes to.
	TestEvent = "webhook.test"
)

// EventTypes are the event types an endpoint may subscribe to, in order.
var EventTypes = []string{InterventionCreated, InterventionStatusChanged, InterventionAssigned,
	InterventionNoteAdded, PrinterRegistered, PrinterAlert}

// Event is one change to announce. Its ID is the webhook-id of every delivery of it (the same on every
// endpoint and every attempt: receivers deduplicate on it).
type Event struct {
	ID        string
	Type      string
	Timestamp time.Time
	Data      any
	// DataFunc computes Data when Data is nil, only when some endpoint subscribes to Type (ctx is a system
	// context).
	DataFunc func(ctx context.Context) (any, error)
}

// Payload is the body every endpoint receives.
type Payload struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	Data      any    `json:"data"`
}

// NewEventID is a fresh event id: "msg_" and 26 random base32 characters (130 bits).
func NewEventID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return "msg_" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

func gid(id int) string { return strconv.Itoa(id) }

func gidPtr(id *int) *string {
	if id == nil {
		return nil
	}
	s := gid(*id)
	return &s
}

// Status is an intervention status as the GraphQL InterventionStatus returns it.
type Status struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Category string `json:"category"`
}

// Intervention is an intervention as the GraphQL Intervention type returns it (field names and global IDs).
type Intervention struct {
	ID            string     `json:"id"`
	Reference     string     `json:"reference"`
	CreatedAt     time.Time  `json:"createdAt"`
	UpdatedAt     time.Time  `json:"updatedAt"`
	ClosedAt      *time.Time `json:"closedAt"`
	Origin        string     `json:"origin"`
	Language      string     `json:"language"`
	ReporterEmail string     `json:"reporterEmail"`
	ReporterPhone string     `json:"reporterPhone,omitempty"`
	Message       string     `json:"message,omitempty"`
	CauseLabels   []string   `json:"causeLabels"`
	PrinterID     *string    `json:"printerID"`
	PanicButtonID *string    `json:"panicButtonID"`
	StatusID      string     `json:"statusID"`
	Status        *Status    `json:"status,omitempty"`
	TechnicianIDs []string   `json:"technicianIDs"`
}

// InterventionData is an intervention in a payload, with its status and technicians when loaded as edges.
func InterventionData(it *ent.Intervention) Intervention {
	out := Intervention{ID: gid(it.ID), Reference: it.Reference, CreatedAt: it.CreatedAt.UTC(), UpdatedAt: it.UpdatedAt.UTC(),
		ClosedAt: it.ClosedAt, Origin: string(it.Origin), Language: it.Language, ReporterEmail: it.ReporterEmail,
		ReporterPhone: it.ReporterPhone, Message: it.Message, CauseLabels: it.CauseLabels,
		PrinterID: gidPtr(it.PrinterID), PanicButtonID: gidPtr(it.PanicButtonID), StatusID: gid(it.StatusID),
		TechnicianIDs: []string{}}
	if out.CauseLabels == nil {
		out.CauseLabels = []string{}
	}
	if st := it.Edges.Status; st != nil {
		out.Status = &Status{ID: gid(st.ID), Name: st.Name, Category: string(st.Category)}
	}
	for _, u := range it.Edges.Technicians {
		out.TechnicianIDs = append(out.TechnicianIDs, gid(u.ID))
	}
	return out
}

// Printer is a printer as the GraphQL Printer type returns it.
type Printer struct {
	ID            string                    `json:"id"`
	Serial        string                    `json:"serial"`
	Model         string                    `json:"model,omitempty"`
	Name          string                    `json:"name,omitempty"`
	Location      string                    `json:"location,omitempty"`
	IP            string                    `json:"ip,omitempty"`
	PanicButtonID string                    `json:"panicButtonID"`
	LastSeenAt    *time.Time                `json:"lastSeenAt"`
	LastErrors    []string                  `json:"lastErrors"`
	LastAlerts    []schematype.PrinterAlert `json:"lastAlerts"`
	CreatedAt     time.Time                 `json:"createdAt"`
}

// PrinterData is a printer in a payload.
func PrinterData(p *ent.Printer) Printer {
	out := Printer{ID: gid(p.ID), Serial: p.Serial, Model: p.Model, Name: p.Name, Location: p.Location, IP: p.IP,
		PanicButtonID: gid(p.PanicButtonID), LastSeenAt: p.LastSeenAt, LastErrors: p.LastErrors, LastAlerts: p.LastAlerts,
		CreatedAt: p.CreatedAt.UTC()}
	if out.LastErrors == nil {
		out.LastErrors = []string{}
	}
	if out.LastAlerts == nil {
		out.LastAlerts = []schematype.PrinterAlert{}
	}
	return out
}

// StatusData is a status in a payload.
func StatusData(st *ent.InterventionStatus) Status {
	return Status{ID: gid(st.ID), Name: st.Name, Category: string(st.Category)}
}

// IDs are ids in a payload (never null).
func IDs(ids []int) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, gid(id))
	}
	return out
}

// OptionalID is an id in a payload, null for 0 (e.g. no actor: a device or the system).
func OptionalID(id int) *string {
	if id == 0 {
		return nil
	}
	s := gid(id)
	return &s
}
