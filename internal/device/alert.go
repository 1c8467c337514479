package device

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// Alert is a condition the SNMP poller saw on a printer, active since Since (the first poll that saw it).
type Alert struct {
	Condition   string // a hrPrinterDetectedErrorState condition ("jammed") or a prtAlertCode name ("jam")
	Description string
	Since       time.Time
}

// ReportAlert opens an intervention (origin SNMP_ALERT) for a printer's alert when one of its panic button's
// auto-report rules matches: same condition name and active for at least the rule's MinutesActive. It goes
// through the same transaction as a kiosk report (intervention, history, meter reading, both emails through
// the outbox), then publishes the event. An ongoing alert (same printer, condition and Since) opens at most
// one intervention: later calls return its reference with created false. No matching rule returns "", false.
func (s *Service) ReportAlert(ctx context.Context, printerID int, a Alert) (reference string, created bool, err error) {
	sys := rule.SystemContext(ctx)
	p, err := s.client.Printer.Get(sys, printerID)
	if err != nil {
		return "", false, fmt.Errorf("report alert: load printer %d: %w", printerID, err)
	}
	pb, err := s.client.PanicButton.Query().Where(panicbutton.ID(p.PanicButtonID)).WithOrganization().Only(sys)
	if err != nil {
		return "", false, fmt.Errorf("report alert: load panic button: %w", err)
	}
	ar, ok := MatchAutoReportRule(pb.AutoReportRules, a, s.now())
	if !ok {
		return "", false, nil
	}
	key := AlertDedupeKey(printerID, a)
	dup, err := s.client.Intervention.Query().Where(intervention.DedupeKey(key)).First(sys)
	if err == nil {
		return dup.Reference, false, nil
	}
	if !ent.IsNotFound(err) {
		return "", false, fmt.Errorf("report alert: duplicate check: %w", err)
	}
	r, err := s.alertReport(sys, pb, p, ar, a)
	if err != nil {
		return "", false, err
	}
	ref, err := s.allocateReference(sys)
	if err != nil {
		return "", false, err
	}
	it, _, pub, err := s.createIntervention(sys, pb, p, r, ref, key)
	if err != nil {
		return "", false, err
	}
	s.publish(ctx, it, pub)
	s.log.InfoContext(ctx, "SNMP alert opened an intervention", "reference", ref, "printer", p.Serial,
		"condition", a.Condition, "since", a.Since.UTC().Format(time.RFC3339))
	return ref, true, nil
}

// MatchAutoReportRule is the first rule whose condition is a's (case-insensitively) and whose MinutesActive
// have passed since a.Since at now.
func MatchAutoReportRule(rules []schematype.AutoReportRule, a Alert, now time.Time) (schematype.AutoReportRule, bool) {
	for _, r := range rules {
		if strings.TrimSpace(r.Condition) == "" || !strings.EqualFold(strings.TrimSpace(r.Condition), a.Condition) {
			continue
		}
		if now.Sub(a.Since) >= time.Duration(max(r.MinutesActive, 0))*time.Minute {
			return r, true
		}
	}
	return schematype.AutoReportRule{}, false
}

// AlertDedupeKey identifies one ongoing alert: snmp:<printer>:<condition>:<since unix>, hashed when it would
// not fit the dedupe_key column (64 characters).
func AlertDedupeKey(printerID int, a Alert) string {
	key := fmt.Sprintf("snmp:%d:%s:%d", printerID, a.Condition, a.Since.Unix())
	if len(key) <= 64 {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	return "snmp:" + hex.EncodeToString(sum[:])[:59]
}

// alertReport builds the report of an alert: the rule's active causes, its first email (else the
// organization's customer contact, else snmp-alert@<PUBLIC_URL host>), its message (else the alert's
// description), in the organization's default language.
func (s *Service) alertReport(ctx context.Context, pb *ent.PanicButton, p *ent.Printer, ar schematype.AutoReportRule, a Alert) (*report, error) {
	r := &report{Language: orgDefault(pb), Origin: intervention.OriginSNMP_ALERT}
	for _, e := range ar.Emails {
		if v, err := validateEmail("email", e); err == nil {
			r.Email = v
			break
		}
	}
	if org := pb.Edges.Organization; r.Email == "" && org != nil && org.CustomerContactEmail != "" {
		r.Email = org.CustomerContactEmail
	}
	if r.Email == "" {
		r.Email = "snmp-alert@" + s.publicURL.Hostname()
	}
	r.Message = strings.TrimSpace(ar.Message)
	if r.Message == "" {
		r.Message = strings.TrimSpace(a.Description)
	}
	if r.Message == "" {
		r.Message = fmt.Sprintf("SNMP alert on %s: %s", p.Serial, a.Condition)
	}
	if utf8.RuneCountInString(r.Message) > MaxMessage {
		r.Message = string([]rune(r.Message)[:MaxMessage])
	}
	if len(ar.CauseIDs) > 0 {
		var err error
		r.Causes, err = s.client.Cause.Query().
			Where(cause.IDIn(ar.CauseIDs...), cause.PanicButtonID(pb.ID), cause.Active(true)).
			Order(ent.Asc(cause.FieldPosition), ent.Asc(cause.FieldID)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("report alert: causes: %w", err)
		}
	}
	return r, nil
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
	info, err := validatePrinter("printer", &in)
	if err != nil {
		return nil, false, err
	}
	if info.Serial != p.Serial {
		return nil, false, fmt.Errorf("record poll: printer %d answers with serial %q, not %q: another device has its address", p.ID, info.Serial, p.Serial)
	}
	stored := metersChanged(p, info)
	tx, err := client.Tx(sys)
	if err != nil {
		return nil, false, fmt.Errorf("record poll: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	if p, err = applySighting(sys, tx.Client(), p, info, meterreading.SourceSNMP_POLL, poll.At); err != nil {
		return nil, false, err
	}
	upd := tx.Printer.UpdateOneID(p.ID).SetLastPolledAt(poll.At)
	if len(poll.Alerts) > 0 {
		upd.SetLastAlerts(poll.Alerts)
	} else {
		upd.ClearLastAlerts()
	}
	if p, err = upd.Save(sys); err != nil {
		return nil, false, fmt.Errorf("record poll: update printer: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, false, fmt.Errorf("record poll: %w", err)
	}
	return p, stored, nil
}

// FormatSince is how an alert's Since is stored in last_alerts (RFC 3339, UTC, whole seconds, so that the
// dedupe key of an ongoing alert is stable across polls).
func FormatSince(t time.Time) string { return t.UTC().Truncate(time.Second).Format(time.RFC3339) }

// ParseSince reads FormatSince's output.
func ParseSince(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}
