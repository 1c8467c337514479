package printers

import (
	"context"
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// The input types below are bound by gqlgen to the GraphQL types of the same names (graph/device.graphqls).

// CountersInput are a printer's meters.
type CountersInput struct {
	Total *int `json:"total,omitempty"`
	Black *int `json:"black,omitempty"`
	Color *int `json:"color,omitempty"`
	Large *int `json:"large,omitempty"`
}

// PrinterInfoInput is what a printer app knows of its printer.
type PrinterInfoInput struct {
	Serial   string         `json:"serial"`
	Model    *string        `json:"model,omitempty"`
	Name     *string        `json:"name,omitempty"`
	Location *string        `json:"location,omitempty"`
	IP       *string        `json:"ip,omitempty"`
	Counters *CountersInput `json:"counters,omitempty"`
	Errors   []string       `json:"errors,omitempty"`
	// Supplies are the marker supplies (added to the device contract; optional).
	Supplies []*SupplyInput `json:"supplies,omitempty"`
}

// Limits of the device contract.
const (
	MaxSerial       = 64
	MaxText         = 200 // model, name, location
	MaxErrorMessage = 500
	MaxErrors       = 4
	MaxMessage      = 4000
	MaxPhone        = 40
)

var serialRe = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// Info is a validated PrinterInfoInput: trimmed, with empty strings for absent texts.
type Info struct {
	Serial, Model, Name, Location, IP string
	Total, Black, Color, Large        *int64
	Errors                            []string
	HasErrors                         bool
	Supplies                          []SupplyLevel
}

func (p Info) HasMeters() bool {
	return p.Total != nil || p.Black != nil || p.Color != nil || p.Large != nil
}

// Validate checks a PrinterInfoInput; field is the path of the input, e.g. "printer".
func Validate(field string, in *PrinterInfoInput) (Info, error) {
	var p Info
	if in == nil {
		return p, apperr.Invalid(field, "is required")
	}
	p.Serial = strings.TrimSpace(in.Serial)
	if !serialRe.MatchString(p.Serial) {
		return p, apperr.Invalid(field+".serial", "must be 1 to %d characters of letters, digits, '.', '_' or '-'", MaxSerial)
	}
	texts := []struct {
		name string
		in   *string
		out  *string
	}{{"model", in.Model, &p.Model}, {"name", in.Name, &p.Name}, {"location", in.Location, &p.Location}}
	for _, t := range texts {
		if t.in == nil {
			continue
		}
		v := strings.TrimSpace(*t.in)
		if err := apperr.CheckText(field+"."+t.name, v, MaxText); err != nil {
			return p, err
		}
		*t.out = v
	}
	if in.IP != nil && strings.TrimSpace(*in.IP) != "" {
		addr, err := netip.ParseAddr(strings.TrimSpace(*in.IP))
		if err != nil {
			return p, apperr.Invalid(field+".ip", "must be an IPv4 or IPv6 address")
		}
		p.IP = addr.String()
	}
	if c := in.Counters; c != nil {
		for _, m := range []struct {
			name string
			in   *int
			out  **int64
		}{{"total", c.Total, &p.Total}, {"black", c.Black, &p.Black}, {"color", c.Color, &p.Color}, {"large", c.Large, &p.Large}} {
			if m.in == nil {
				continue
			}
			if *m.in < 0 {
				return p, apperr.Invalid(field+".counters."+m.name, "must not be negative")
			}
			v := int64(*m.in)
			*m.out = &v
		}
	}
	if in.Errors != nil {
		p.HasErrors = true
		p.Errors = []string{} // stored as [], not null: "no errors now" (MariaDB's JSON_LENGTH(null) is 1)
		if len(in.Errors) > MaxErrors {
			return p, apperr.Invalid(field+".errors", "at most %d error messages", MaxErrors)
		}
		for i, e := range in.Errors {
			e = strings.TrimSpace(e)
			if err := apperr.CheckText(field+".errors", e, MaxErrorMessage); err != nil {
				return p, apperr.Invalid(field+".errors", "message %d: %s", i+1, err.(*apperr.Error).Message)
			}
			p.Errors = append(p.Errors, e)
		}
	}
	if in.Supplies != nil {
		var err error
		if p.Supplies, err = validateSupplies(field+".supplies", in.Supplies); err != nil {
			return p, err
		}
	}
	return p, nil
}

// RecordSighting updates the printer's last-seen information (launch, registration) and, in the same transaction,
// stores a meter reading when the meters changed. ctx is the trusted caller's system context.
func RecordSighting(ctx context.Context, client *ent.Client, p *ent.Printer, info Info, source meterreading.Source, now time.Time) (*ent.Printer, error) {
	if !metersChanged(p, info) { // one UPDATE: no transaction needed
		out, err := apply(ctx, client, p, info, source, now)
		if err != nil {
			return nil, fmt.Errorf("record sighting: %w", err)
		}
		return out, nil
	}
	err := store.WithTx(ctx, client, func(tx *ent.Tx) error {
		var err error
		p, err = apply(ctx, tx.Client(), p, info, source, now)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("record sighting: %w", err)
	}
	return p, nil
}

// apply writes info onto the printer with c (a transaction's client when a meter reading is stored too) and
// returns the printer as written: a copy of p with the new values, not read back.
func apply(ctx context.Context, c *ent.Client, p *ent.Printer, info Info, source meterreading.Source, now time.Time) (*ent.Printer, error) {
	out := *p
	out.Edges = p.Edges
	// A bulk update by id: one UPDATE (ent's UpdateOne wraps it in a transaction and reads the row back).
	upd := c.Printer.Update().Where(printer.ID(p.ID)).SetLastSeenAt(now)
	out.LastSeenAt = &now
	for _, f := range []struct {
		v   string
		set func(string) *ent.PrinterUpdate
		dst *string
	}{{info.Model, upd.SetModel, &out.Model}, {info.Name, upd.SetName, &out.Name},
		{info.Location, upd.SetLocation, &out.Location}, {info.IP, upd.SetIP, &out.IP}} {
		if f.v != "" {
			f.set(f.v)
			*f.dst = f.v
		}
	}
	if info.HasErrors {
		upd.SetLastErrors(info.Errors)
		out.LastErrors = info.Errors
	}
	changed := metersChanged(p, info)
	if changed {
		upd.SetNillableLastTotal(info.Total).SetNillableLastBlack(info.Black).
			SetNillableLastColor(info.Color).SetNillableLastLarge(info.Large)
		for _, m := range []struct {
			v   *int64
			dst **int64
		}{{info.Total, &out.LastTotal}, {info.Black, &out.LastBlack}, {info.Color, &out.LastColor}, {info.Large, &out.LastLarge}} {
			if m.v != nil {
				*m.dst = m.v
			}
		}
	}
	// The printer row is updated first: its exclusive lock then serialises concurrent sightings of one
	// printer (two instances' pollers), where inserting the meter reading first (a shared lock through its
	// foreign key) and updating after deadlocks on MariaDB.
	n, err := upd.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("update printer: %w", err)
	}
	if n == 0 {
		return nil, fmt.Errorf("update printer %d: %w", p.ID, &ent.NotFoundError{})
	}
	if at, ok := upd.Mutation().UpdatedAt(); ok {
		out.UpdatedAt = at
	}
	if changed {
		err := c.MeterReading.Create().SetOrganizationID(p.OrganizationID).SetPrinterID(p.ID).SetSource(source).
			SetNillableTotal(info.Total).SetNillableBlack(info.Black).SetNillableColor(info.Color).
			SetNillableLarge(info.Large).SetReadAt(now).Exec(ctx)
		if err != nil {
			return nil, fmt.Errorf("store meter reading: %w", err)
		}
	}
	if _, err := recordSupplies(ctx, c, &out, info, now); err != nil {
		return nil, err
	}
	return &out, nil
}

func metersChanged(p *ent.Printer, info Info) bool {
	if !info.HasMeters() {
		return false
	}
	diff := func(old, new *int64) bool { return new != nil && (old == nil || *old != *new) }
	return diff(p.LastTotal, info.Total) || diff(p.LastBlack, info.Black) ||
		diff(p.LastColor, info.Color) || diff(p.LastLarge, info.Large)
}

// SNMPPoll is what the SNMP poller read from a registered printer.
type SNMPPoll struct {
	// Printer is the reading in the device contract's shape. Its serial, when set, must be the printer's;
	// an empty serial means the printer does not report one. IP is ignored: the printer's address is where
	// it is polled, which the poll does not change.
	Printer *PrinterInfoInput
	// Alerts replace the printer's last_alerts (nil clears them).
	Alerts []schematype.PrinterAlert
	At     time.Time
	// Webhooks queues printer.alert, in the poll's transaction, when an alert condition appears (nil: none).
	Webhooks *webhooks.Service
}

// RecordSNMPPoll writes a poll onto the printer in one transaction, as launch records a sighting (last-seen
// information; a MeterReading with source SNMP_POLL when the meters changed) plus last_alerts and
// last_polled_at. It returns the updated printer and whether a meter reading was stored. Invalid input is a
// BAD_USER_INPUT error naming the field, and nothing is written.
func RecordSNMPPoll(ctx context.Context, client *ent.Client, printerID int, poll SNMPPoll) (*ent.Printer, bool, error) {
	sys := rule.SystemContext(ctx)
	p, err := client.Printer.Get(sys, printerID)
	if err != nil {
		return nil, false, fmt.Errorf("record poll: load printer %d: %w", printerID, err)
	}
	in := PrinterInfoInput{Serial: p.Serial}
	if poll.Printer != nil {
		in = *poll.Printer
		if strings.TrimSpace(in.Serial) == "" {
			in.Serial = p.Serial
		}
		in.IP = nil
	}
	info, err := Validate("printer", &in)
	if err != nil {
		return nil, false, err
	}
	if info.Serial != p.Serial {
		return nil, false, fmt.Errorf("record poll: printer %d answers with serial %q, not %q: another device has its address", p.ID, info.Serial, p.Serial)
	}
	stored := metersChanged(p, info)
	previous := p.LastAlerts
	err = store.WithTx(sys, client, func(tx *ent.Tx) error {
		var err error
		if p, err = apply(sys, tx.Client(), p, info, meterreading.SourceSNMP_POLL, poll.At); err != nil {
			return err
		}
		upd := tx.Printer.UpdateOneID(p.ID).SetLastPolledAt(poll.At)
		if len(poll.Alerts) > 0 {
			upd.SetLastAlerts(poll.Alerts)
		} else {
			upd.ClearLastAlerts()
		}
		if p, err = upd.Save(sys); err != nil {
			return fmt.Errorf("update printer: %w", err)
		}
		if raised := newAlerts(previous, poll.Alerts); len(raised) > 0 {
			return poll.Webhooks.Enqueue(sys, tx.Client(), p.OrganizationID, webhooks.Event{Type: webhooks.PrinterAlert,
				Data: map[string]any{"printer": webhooks.PrinterData(p), "alerts": raised}})
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("record poll: %w", err)
	}
	return p, stored, nil
}

// newAlerts are the alerts of now whose condition was not among before's.
func newAlerts(before, now []schematype.PrinterAlert) []schematype.PrinterAlert {
	var out []schematype.PrinterAlert
	for _, a := range now {
		if !slices.ContainsFunc(before, func(b schematype.PrinterAlert) bool { return b.Condition == a.Condition }) {
			out = append(out, a)
		}
	}
	return out
}

// Vars are the template variables a printer alone provides.
func Vars(p *ent.Printer) mail.Vars {
	v := mail.Vars{Serial: p.Serial, Model: p.Model, IP: p.IP, PrinterName: p.Name, PrinterLocalisation: p.Location,
		CounterTotal: fmtMeter(p.LastTotal), CounterBlack: fmtMeter(p.LastBlack),
		CounterColor: fmtMeter(p.LastColor), CounterLarge: fmtMeter(p.LastLarge)}
	v.SetErrors(p.LastErrors)
	return v
}

func fmtMeter(v *int64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatInt(*v, 10)
}
