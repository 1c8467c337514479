package interventions

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
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
)

// Alert is a condition the SNMP poller saw on a printer, active since Since (the first poll that saw it).
type Alert struct {
	Condition   string // a hrPrinterDetectedErrorState condition ("jammed") or a prtAlertCode name ("jam")
	Description string
	Since       time.Time
}

// ReportAlert opens an intervention (origin SNMP_ALERT) for a printer's alert when one of its panic button's
// auto-report rules matches (and its organization is active): same condition name and active for at least the rule's MinutesActive. It goes
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
	if org := pb.Edges.Organization; org == nil || !org.Active {
		return "", false, nil // a disabled organization takes no reports, automatic ones included
	}
	ar, ok := MatchAutoReportRule(pb.AutoReportRules, a, s.now())
	if !ok {
		return "", false, nil
	}
	in, err := s.alertReport(sys, pb, p, ar, a)
	if err != nil {
		return "", false, err
	}
	c, err := s.Create(ctx, in)
	if err != nil {
		return "", false, err
	}
	if c.Duplicate {
		return c.Reference, false, nil
	}
	s.log.InfoContext(ctx, "SNMP alert opened an intervention", "reference", c.Reference, "printer", p.Serial,
		"condition", a.Condition, "since", a.Since.UTC().Format(time.RFC3339))
	return c.Reference, true, nil
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
func (s *Service) alertReport(ctx context.Context, pb *ent.PanicButton, p *ent.Printer, ar schematype.AutoReportRule, a Alert) (New, error) {
	r := New{PanicButton: pb, Printer: p, Language: orgDefault(pb), Origin: intervention.OriginSNMP_ALERT,
		DedupeKey: AlertDedupeKey(p.ID, a), AlertKey: AlertDedupeKey(p.ID, a)}
	for _, e := range ar.Emails {
		if v, err := emailaddr.Normalize(e); err == nil && len(v) <= MaxEmail {
			r.ReporterEmail = v
			break
		}
	}
	if org := pb.Edges.Organization; r.ReporterEmail == "" && org != nil && org.CustomerContactEmail != "" {
		r.ReporterEmail = org.CustomerContactEmail
	}
	if r.ReporterEmail == "" {
		r.ReporterEmail = "snmp-alert@" + s.publicURL.Hostname()
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
			return New{}, fmt.Errorf("report alert: causes: %w", err)
		}
	}
	return r, nil
}

func orgDefault(pb *ent.PanicButton) string {
	if org := pb.Edges.Organization; org != nil && org.DefaultLanguage != "" {
		return org.DefaultLanguage
	}
	return pb.DefaultLanguage
}

// Limits of what an intervention records.
const (
	MaxMessage = 4000
	MaxEmail   = 254
)

// FormatSince is how an alert's Since is stored in last_alerts (RFC 3339, UTC, whole seconds, so that the
// dedupe key of an ongoing alert is stable across polls).
func FormatSince(t time.Time) string { return t.UTC().Truncate(time.Second).Format(time.RFC3339) }

// ParseSince reads FormatSince's output.
func ParseSince(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}
