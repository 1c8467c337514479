package device

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/interventions"
)

// DuplicateWindow is how long the same report (same session, same content) returns the first reference.
const DuplicateWindow = 2 * time.Minute

// report is a validated PanicReportInput.
type report struct {
	Email, Phone, Message, Language string
	Causes                          []*ent.Cause
	Origin                          intervention.Origin
}

// SubmitPanicReport checks the session and the report, then has interventions create the intervention (its
// history, a meter reading and the two emails in one transaction) and publish the event. The same report submitted again within DuplicateWindow returns the
// first reference and queues nothing.
func (s *Service) SubmitPanicReport(ctx context.Context, in PanicReportInput, ip string) (*PanicReportPayload, error) {
	ses, err := s.parseSession(in.SessionToken)
	if err != nil {
		return nil, err
	}
	if err := take(ctx, s.limits.reportAddr, "report:ip:"+ip); err != nil {
		return nil, err
	}
	if err := take(ctx, s.limits.reportPrinter, "report:printer:"+strconv.Itoa(ses.PrinterID)); err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	p, err := s.client.Printer.Query().Where(printer.ID(ses.PrinterID)).Select(launchColumns...).Only(sys)
	if ent.IsNotFound(err) || (err == nil && p.PanicButtonID != ses.PanicButtonID) {
		return nil, apperr.New(apperr.SessionExpired, "the session has expired: launch again")
	}
	if err != nil {
		return nil, fmt.Errorf("report: load printer: %w", err)
	}
	b, err := s.loadButton(sys, p.PanicButtonID)
	if err != nil {
		return nil, err
	}
	r, err := validateReport(b, in)
	if err != nil {
		return nil, err
	}
	c, err := s.interventions.Create(ctx, interventions.New{PanicButton: b.pb, Printer: p,
		ReporterEmail: r.Email, ReporterPhone: r.Phone, Message: r.Message, Language: r.Language, Causes: r.Causes,
		Origin: r.Origin, DedupeKey: dedupeKey(ses.Token, r), DedupeWithin: DuplicateWindow,
		InitialStatus: b.status, Templates: b.templates})
	if err != nil {
		return nil, err
	}
	return &PanicReportPayload{Reference: c.Reference, Status: c.StatusName, EmailsQueued: c.EmailsQueued}, nil
}

func validateReport(b *button, in PanicReportInput) (*report, error) {
	r := &report{Language: chooseLanguage(b.pb, normalizeLanguage(in.Language)), Origin: intervention.OriginAPP}
	var err error
	if r.Email, err = validateEmail("email", in.Email); err != nil {
		return nil, err
	}
	if in.Phone != nil && strings.TrimSpace(*in.Phone) != "" {
		r.Phone = strings.TrimSpace(*in.Phone)
		if !interventions.PhoneRe.MatchString(r.Phone) {
			return nil, apperr.Invalid("phone", "must be a phone number (digits, spaces, + ( ) . / -), at most %d characters", MaxPhone)
		}
	}
	if in.Message != nil {
		r.Message = strings.TrimSpace(*in.Message)
		if err := apperr.CheckText("message", r.Message, MaxMessage); err != nil {
			return nil, err
		}
	}
	if len(in.CauseIDs) == 0 {
		return nil, apperr.Invalid("causeIds", "tick at least one cause")
	}
	ids := make([]int, 0, len(in.CauseIDs))
	for _, raw := range in.CauseIDs {
		id, err := strconv.Atoi(raw)
		if err != nil {
			return nil, apperr.Invalid("causeIds", "%q is not a cause of this panic button", raw)
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, c := range b.causes { // the panic button's active causes, in order
		if slices.Contains(ids, c.ID) {
			r.Causes = append(r.Causes, c)
		}
	}
	if len(r.Causes) != len(ids) {
		return nil, apperr.Invalid("causeIds", "each cause must be an active cause of this printer's panic button")
	}
	return r, nil
}

// dedupeKey identifies "the same report": same session token and same content.
func dedupeKey(token string, r *report) string {
	h := sha256.New()
	ids := make([]string, len(r.Causes))
	for i, c := range r.Causes {
		ids[i] = strconv.Itoa(c.ID)
	}
	for _, part := range []string{token, r.Email, r.Phone, r.Message, r.Language, strings.Join(ids, ",")} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
