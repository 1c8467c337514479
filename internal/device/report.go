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
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/referencecounter"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
)

// DuplicateWindow is how long the same report (same session, same content) returns the first reference.
const DuplicateWindow = 2 * time.Minute

// report is a validated PanicReportInput.
type report struct {
	Email, Phone, Message, Language string
	Causes                          []*ent.Cause
	Origin                          intervention.Origin
}

// SubmitPanicReport creates the intervention, its history, a meter reading and the two emails in one
// transaction, then publishes the event. The same report submitted again within DuplicateWindow returns the
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
	p, err := s.client.Printer.Get(sys, ses.PrinterID)
	if ent.IsNotFound(err) || (err == nil && p.PanicButtonID != ses.PanicButtonID) {
		return nil, apperr.New(apperr.SessionExpired, "the session has expired: launch again")
	}
	if err != nil {
		return nil, fmt.Errorf("report: load printer: %w", err)
	}
	pb, err := s.client.PanicButton.Query().Where(panicbutton.ID(p.PanicButtonID)).WithOrganization().Only(sys)
	if err != nil {
		return nil, fmt.Errorf("report: load panic button: %w", err)
	}
	r, err := s.validateReport(sys, pb, in)
	if err != nil {
		return nil, err
	}
	key := dedupeKey(ses.Token, r)
	dup, err := s.client.Intervention.Query().
		Where(intervention.DedupeKey(key), intervention.CreatedAtGT(s.now().Add(-DuplicateWindow))).
		WithStatus().First(sys)
	if err == nil {
		return &PanicReportPayload{Reference: dup.Reference, Status: statusName(dup.Edges.Status, r.Language)}, nil
	}
	if !ent.IsNotFound(err) {
		return nil, fmt.Errorf("report: duplicate check: %w", err)
	}
	// Allocated outside the transaction so a rolled-back report leaves a gap rather than holding the counter.
	ref, err := s.allocateReference(sys)
	if err != nil {
		return nil, err
	}
	it, queued, pub, err := s.createIntervention(sys, pb, p, r, ref, key)
	if err != nil {
		return nil, err
	}
	s.publish(ctx, it, pub)
	return &PanicReportPayload{Reference: ref, Status: statusName(it.Edges.Status, r.Language), EmailsQueued: queued}, nil
}

func (s *Service) validateReport(ctx context.Context, pb *ent.PanicButton, in PanicReportInput) (*report, error) {
	r := &report{Language: chooseLanguage(pb, normalizeLanguage(in.Language)), Origin: intervention.OriginAPP}
	var err error
	if r.Email, err = validateEmail("email", in.Email); err != nil {
		return nil, err
	}
	if in.Phone != nil && strings.TrimSpace(*in.Phone) != "" {
		r.Phone = strings.TrimSpace(*in.Phone)
		if !phoneRe.MatchString(r.Phone) {
			return nil, apperr.Invalid("phone", "must be a phone number (digits, spaces, + ( ) . / -), at most %d characters", MaxPhone)
		}
	}
	if in.Message != nil {
		r.Message = strings.TrimSpace(*in.Message)
		if err := checkText("message", r.Message, MaxMessage); err != nil {
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
	r.Causes, err = s.client.Cause.Query().
		Where(cause.IDIn(ids...), cause.PanicButtonID(pb.ID), cause.Active(true)).
		Order(ent.Asc(cause.FieldPosition), ent.Asc(cause.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("report: causes: %w", err)
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

// allocateReference returns the next PB-YYYY-NNNNNN in a short transaction of its own.
func (s *Service) allocateReference(ctx context.Context) (string, error) {
	year := s.now().UTC().Year()
	for attempt := 0; ; attempt++ {
		ref, err := s.tryAllocate(ctx, year)
		if err == nil || attempt == 2 || !ent.IsConstraintError(err) {
			return ref, err
		}
		// Two instances created this year's counter at once: the loser retries on the existing row.
	}
}

func (s *Service) tryAllocate(ctx context.Context, year int) (string, error) {
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return "", fmt.Errorf("allocate reference: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck
	n, err := tx.ReferenceCounter.Update().Where(referencecounter.Year(year)).AddValue(1).Save(ctx)
	if err != nil {
		return "", fmt.Errorf("allocate reference: %w", err)
	}
	if n == 0 {
		if err := tx.ReferenceCounter.Create().SetYear(year).SetValue(1).Exec(ctx); err != nil {
			return "", err
		}
	}
	c, err := tx.ReferenceCounter.Query().Where(referencecounter.Year(year)).Only(ctx)
	if err != nil {
		return "", fmt.Errorf("allocate reference: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("allocate reference: %w", err)
	}
	return fmt.Sprintf("PB-%d-%06d", year, c.Value), nil
}

func statusName(st *ent.InterventionStatus, lang string) string {
	if st == nil {
		return ""
	}
	if v := st.Names[lang]; v != "" {
		return v
	}
	return st.Name
}

// createIntervention is the report's single transaction.
func (s *Service) createIntervention(ctx context.Context, pb *ent.PanicButton, p *ent.Printer, r *report, ref, key string) (*ent.Intervention, int, *notify.Published, error) {
	org := pb.Edges.Organization
	status, err := s.client.InterventionStatus.Query().
		Where(interventionstatus.OrganizationID(org.ID)).
		Order(ent.Desc(interventionstatus.FieldIsInitial), ent.Asc(interventionstatus.FieldPosition)).First(ctx)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("report: initial status: %w", err)
	}
	tpl, err := s.emailTemplate(ctx, pb, r.Language, org.DefaultLanguage)
	if err != nil {
		return nil, 0, nil, err
	}
	related, err := s.client.Intervention.Query().
		Where(intervention.PrinterID(p.ID), intervention.HasStatusWith(interventionstatus.CategoryNEQ(interventionstatus.CategoryCLOSED))).
		Order(ent.Desc(intervention.FieldCreatedAt)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, 0, nil, fmt.Errorf("report: related interventions: %w", err)
	}
	labels := make([]string, len(r.Causes))
	for i, c := range r.Causes {
		labels[i] = localized(c.Labels, r.Language, org.DefaultLanguage)
	}
	now := s.now()
	snap := schematype.PrinterSnapshot{Serial: p.Serial, Model: p.Model, Name: p.Name, Location: p.Location, IP: p.IP,
		Total: p.LastTotal, Black: p.LastBlack, Color: p.LastColor, Large: p.LastLarge, Errors: p.LastErrors}

	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("report: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	create := tx.Intervention.Create().SetOrganizationID(org.ID).SetReference(ref).SetPrinterID(p.ID).
		SetPanicButtonID(pb.ID).SetStatusID(status.ID).SetReporterEmail(r.Email).SetReporterPhone(r.Phone).
		SetCauseLabels(labels).SetMessage(r.Message).SetLanguage(r.Language).SetPrinterSnapshot(snap).
		SetOrigin(r.Origin).SetDedupeKey(key).AddCauses(r.Causes...).SetCreatedAt(now).SetUpdatedAt(now)
	if related != nil {
		create.SetRelatedToID(related.ID)
	}
	it, err := create.Save(ctx)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("report: create intervention: %w", err)
	}
	if err := tx.InterventionEvent.Create().SetOrganizationID(org.ID).SetInterventionID(it.ID).
		SetKind(interventionevent.KindCREATED).SetToStatus(status.Name).SetCreatedAt(now).Exec(ctx); err != nil {
		return nil, 0, nil, fmt.Errorf("report: created event: %w", err)
	}
	if p.LastTotal != nil || p.LastBlack != nil || p.LastColor != nil || p.LastLarge != nil {
		if err := tx.MeterReading.Create().SetOrganizationID(org.ID).SetPrinterID(p.ID).SetSource(meterreading.SourceREPORT).
			SetNillableTotal(p.LastTotal).SetNillableBlack(p.LastBlack).SetNillableColor(p.LastColor).
			SetNillableLarge(p.LastLarge).SetReadAt(now).Exec(ctx); err != nil {
			return nil, 0, nil, fmt.Errorf("report: meter reading: %w", err)
		}
	}
	vars := printerVars(p)
	vars.EndUserEmail, vars.Tel, vars.EndUserMessage, vars.Causes = r.Email, r.Phone, r.Message, labels
	vars.Reference, vars.Status, vars.Organization, vars.Date = ref, statusName(status, r.Language), org.Name, now
	vars.InterventionURL = s.publicURL.JoinPath("interventions", strconv.Itoa(it.ID)).String()
	queued := 0
	if tpl != nil {
		mails := []struct {
			kind          emailmessage.Kind
			to            []string
			subject, html string
		}{
			{emailmessage.KindREPORT_USER, []string{r.Email}, tpl.UserSubject, tpl.UserHTML},
			{emailmessage.KindREPORT_TECH, tpl.TechnicalEmails, tpl.TechSubject, tpl.TechHTML},
		}
		for _, m := range mails {
			if len(m.to) == 0 || (m.subject == "" && m.html == "") {
				continue
			}
			subject, html, text := mail.RenderEmail(m.subject, m.html, vars)
			from := tpl.FromEmail
			if from == "" {
				from = "no-reply@" + s.publicURL.Hostname()
			}
			qm := mail.QueuedMessage{OrganizationID: org.ID, InterventionID: it.ID, Kind: m.kind,
				From: mail.Address{Name: tpl.FromName, Email: from}, To: m.to, Subject: subject, HTML: html, Text: text}
			enqueue := mail.Enqueue
			if s.outbox != nil {
				enqueue = s.outbox.Enqueue
			}
			if _, err := enqueue(ctx, tx.Client(), qm); err != nil {
				return nil, 0, nil, fmt.Errorf("report: queue email: %w", err)
			}
			queued++
		}
	}
	var pub *notify.Published
	if s.notify != nil {
		if pub, err = s.notify.OnCreated(ctx, tx.Client(), it); err != nil {
			return nil, 0, nil, fmt.Errorf("report: notifications: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, 0, nil, fmt.Errorf("report: commit: %w", err)
	}
	it.Edges.Status = status
	return it, queued, pub, nil
}

// emailTemplate is the panic button's email settings in lang, else in the organization's default language.
func (s *Service) emailTemplate(ctx context.Context, pb *ent.PanicButton, lang, def string) (*ent.EmailTemplate, error) {
	tpls, err := s.client.EmailTemplate.Query().
		Where(emailtemplate.PanicButtonID(pb.ID), emailtemplate.LanguageIn(lang, def)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("report: email templates: %w", err)
	}
	var fallback *ent.EmailTemplate
	for _, t := range tpls {
		if t.Language == lang {
			return t, nil
		}
		fallback = t
	}
	return fallback, nil
}

// publish announces a committed intervention: through the notify service when there is one (it also announces
// the bell notifications), else as a bare event.
func (s *Service) publish(ctx context.Context, it *ent.Intervention, pub *notify.Published) {
	if s.notify != nil && pub != nil {
		s.notify.Publish(ctx, *pub)
		return
	}
	if s.events == nil {
		return
	}
	if err := s.events.Publish(ctx, events.Event{Kind: events.InterventionChanged, OrgID: it.OrganizationID, InterventionID: it.ID}); err != nil {
		s.log.WarnContext(ctx, "publish intervention created", "reference", it.Reference, "err", err)
	}
}
