package interventions

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// New is an intervention to open, already validated by its caller.
type New struct {
	// PanicButton is the printer's panic button, loaded with its Organization edge.
	PanicButton *ent.PanicButton
	// Printer is the printer reported; of it, only its id, serial, model, name, location, IP and last meters and
	// errors are read (the device path reads only those columns).
	Printer *ent.Printer
	// ReporterEmail receives the report email; ReporterPhone is optional.
	ReporterEmail, ReporterPhone string
	Message                      string
	// Language is the report's language: its emails and cause labels use it.
	Language string
	// Causes are active causes of PanicButton, in order.
	Causes []*ent.Cause
	Origin intervention.Origin
	// DedupeKey identifies "the same report": when an intervention with this key exists (created within
	// DedupeWithin; 0: ever), Create returns it and writes nothing.
	DedupeKey    string
	DedupeWithin time.Duration
	// AlertKey names one ongoing automatic condition (an SNMP alert, a low supply). It is unique in the
	// database: when another caller (another server instance's poller) stored it first, Create returns that
	// intervention as a Duplicate and writes nothing.
	AlertKey string
	// CauseText is a cause in the caller's own words (a partner's), listed after Causes.
	CauseText string
	// ExternalRef is the partner's own ticket id.
	ExternalRef string
	// Claim, when set, runs first in the intervention's transaction (a partner's idempotency key is claimed
	// there, before any other row is locked); InTx runs once the intervention is written. Their errors roll
	// everything back.
	Claim func(ctx context.Context, tx *ent.Tx) error
	InTx  func(ctx context.Context, tx *ent.Tx, it *ent.Intervention) error
	// InitialStatus and Templates are the organization's initial status and the panic button's email templates
	// (every language) when the caller holds them (the device path's cache); nil: read now.
	InitialStatus *ent.InterventionStatus
	Templates     []*ent.EmailTemplate
}

// Created is what Create did.
type Created struct {
	// Intervention is the new intervention (or the earlier duplicate), with its Status edge.
	Intervention *ent.Intervention
	Reference    string
	// StatusName is its status in the report's language.
	StatusName string
	// EmailsQueued counts the report emails queued (0 for a duplicate).
	EmailsQueued int
	// Duplicate is set when an earlier intervention had the same DedupeKey.
	Duplicate bool
}

// Create opens an intervention: the reference in a short transaction of its own, then the intervention, its
// history, a meter reading, the report emails and the notifications in one transaction; then the change is
// announced. It writes in a system context and trusts its caller to have authenticated the reporter (the device
// session, the SNMP poller): an entry point for users or partners must check the viewer before calling it.
func (s *Service) Create(ctx context.Context, in New) (*Created, error) {
	sys := rule.SystemContext(ctx)
	if in.DedupeKey != "" {
		q := s.client.Intervention.Query().Where(intervention.DedupeKey(in.DedupeKey))
		if in.DedupeWithin > 0 {
			q.Where(intervention.CreatedAtGT(s.now().Add(-in.DedupeWithin)))
		}
		// Most reports have no duplicate: read the columns a duplicate's answer needs, not the whole row.
		dup, err := q.Select(intervention.FieldID, intervention.FieldOrganizationID, intervention.FieldReference,
			intervention.FieldStatusID, intervention.FieldCreatedAt).WithStatus().First(sys)
		if err == nil {
			return &Created{Intervention: dup, Reference: dup.Reference, Duplicate: true,
				StatusName: statusName(dup.Edges.Status, in.Language)}, nil
		}
		if !ent.IsNotFound(err) {
			return nil, fmt.Errorf("create intervention: duplicate check: %w", err)
		}
	}
	if in.AlertKey != "" {
		if dup, err := s.byAlertKey(sys, in); dup != nil || err != nil {
			return dup, err
		}
	}
	if err := s.organizationActive(sys, in.PanicButton); err != nil {
		return nil, err
	}
	// Allocated outside the transaction so a rolled-back report leaves a gap rather than holding the counter.
	ref, err := s.allocateReference(sys)
	if err != nil {
		return nil, err
	}
	c, pub, err := s.create(sys, in, ref)
	if err != nil {
		if in.AlertKey != "" && ent.IsConstraintError(err) {
			// Another instance opened it between our check and our insert: the unique alert_key refused ours
			// (the reference allocated stays a gap).
			if dup, derr := s.byAlertKey(sys, in); dup != nil || derr != nil {
				return dup, derr
			}
		}
		return nil, err
	}
	s.publish(ctx, c.Intervention, pub)
	return c, nil
}

// byAlertKey is the intervention already opened for in.AlertKey as a Duplicate, or nil.
func (s *Service) byAlertKey(ctx context.Context, in New) (*Created, error) {
	dup, err := s.client.Intervention.Query().Where(intervention.AlertKey(in.AlertKey)).WithStatus().Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("create intervention: alert key: %w", err)
	}
	return &Created{Intervention: dup, Reference: dup.Reference, Duplicate: true,
		StatusName: statusName(dup.Edges.Status, in.Language)}, nil
}

// organizationActive refuses interventions for a disabled organization, whatever opens them (kiosk report,
// SNMP alert). Its callers load the panic button with its organization in the same request, just before, so
// that copy is as fresh as another read would be (a disable committed after either read races the report
// alike); without the edge, the organization is read now.
func (s *Service) organizationActive(ctx context.Context, pb *ent.PanicButton) error {
	ok := false
	if org := pb.Edges.Organization; org != nil && org.ID == pb.OrganizationID {
		ok = org.Active
	} else {
		var err error
		ok, err = s.client.Organization.Query().Where(organization.ID(pb.OrganizationID), organization.Active(true)).Exist(ctx)
		if err != nil {
			return fmt.Errorf("create intervention: organization: %w", err)
		}
	}
	if !ok {
		return apperr.New(apperr.OrganizationDisabled, "this organization is disabled: it takes no reports")
	}
	return nil
}

func statusName(st *ent.InterventionStatus, lang string) string {
	if st == nil {
		return ""
	}
	return i18n.PickOr(st.Names, lang, "", st.Name)
}

// create is the report's single transaction.
func (s *Service) create(ctx context.Context, in New, ref string) (*Created, *notify.Published, error) {
	pb, p := in.PanicButton, in.Printer
	org := pb.Edges.Organization
	status := in.InitialStatus
	if status == nil {
		var err error
		if status, err = InitialStatus(ctx, s.client, org.ID); err != nil {
			return nil, nil, err
		}
	}
	tpls := in.Templates
	if tpls == nil {
		var err error
		tpls, err = s.client.EmailTemplate.Query().
			Where(emailtemplate.PanicButtonID(pb.ID), emailtemplate.LanguageIn(in.Language, org.DefaultLanguage)).All(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("report: email templates: %w", err)
		}
	}
	tpl := pickTemplate(tpls, in.Language, org.DefaultLanguage)
	related, err := s.client.Intervention.Query().
		Where(intervention.PrinterID(p.ID), intervention.HasStatusWith(interventionstatus.CategoryNEQ(interventionstatus.CategoryCLOSED))).
		Order(ent.Desc(intervention.FieldCreatedAt)).FirstID(ctx) // its id is all a report needs
	if err != nil && !ent.IsNotFound(err) {
		return nil, nil, fmt.Errorf("create intervention: related interventions: %w", err)
	}
	labels := make([]string, len(in.Causes))
	for i, c := range in.Causes {
		labels[i] = i18n.Pick(c.Labels, in.Language, org.DefaultLanguage)
	}
	if in.CauseText != "" {
		labels = append(labels, in.CauseText)
	}
	now := s.now()
	snap := schematype.PrinterSnapshot{Serial: p.Serial, Model: p.Model, Name: p.Name, Location: p.Location, IP: p.IP,
		Total: p.LastTotal, Black: p.LastBlack, Color: p.LastColor, Large: p.LastLarge, Errors: p.LastErrors}

	out := &Created{Reference: ref, StatusName: statusName(status, in.Language)}
	var pub *notify.Published
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if in.Claim != nil {
			if err := in.Claim(ctx, tx); err != nil {
				return err
			}
		}
		create := tx.Intervention.Create().SetOrganizationID(org.ID).SetReference(ref).SetPrinterID(p.ID).
			SetPanicButtonID(pb.ID).SetStatusID(status.ID).SetReporterEmail(in.ReporterEmail).SetReporterPhone(in.ReporterPhone).
			SetCauseLabels(labels).SetMessage(in.Message).SetLanguage(in.Language).SetPrinterSnapshot(snap).
			SetOrigin(in.Origin).AddCauses(in.Causes...).SetCreatedAt(now).SetUpdatedAt(now)
		if in.DedupeKey != "" {
			create.SetDedupeKey(in.DedupeKey)
		}
		if in.AlertKey != "" {
			create.SetAlertKey(in.AlertKey)
		}
		if related != 0 {
			create.SetRelatedToID(related)
		}
		if in.ExternalRef != "" {
			create.SetExternalRef(in.ExternalRef)
		}
		it, err := create.Save(ctx)
		if err != nil {
			return fmt.Errorf("create intervention: %w", err)
		}
		out.Intervention = it
		if in.InTx != nil {
			if err := in.InTx(ctx, tx, it); err != nil {
				return err
			}
		}
		if err := tx.InterventionEvent.Create().SetOrganizationID(org.ID).SetInterventionID(it.ID).
			SetKind(interventionevent.KindCREATED).SetToStatus(status.Name).SetCreatedAt(now).Exec(ctx); err != nil {
			return fmt.Errorf("created event: %w", err)
		}
		if p.LastTotal != nil || p.LastBlack != nil || p.LastColor != nil || p.LastLarge != nil {
			if err := tx.MeterReading.Create().SetOrganizationID(org.ID).SetPrinterID(p.ID).SetSource(meterreading.SourceREPORT).
				SetNillableTotal(p.LastTotal).SetNillableBlack(p.LastBlack).SetNillableColor(p.LastColor).
				SetNillableLarge(p.LastLarge).SetReadAt(now).Exec(ctx); err != nil {
				return fmt.Errorf("meter reading: %w", err)
			}
		}
		vars := printers.Vars(p)
		vars.EndUserEmail, vars.Tel, vars.EndUserMessage, vars.Causes = in.ReporterEmail, in.ReporterPhone, in.Message, labels
		vars.Reference, vars.Status, vars.Organization, vars.Date = ref, out.StatusName, org.Name, now
		vars.InterventionURL = s.publicURL.JoinPath("interventions", strconv.Itoa(it.ID)).String()
		var queued []mail.QueuedMessage
		if tpl != nil {
			mails := []struct {
				kind          emailmessage.Kind
				to            []string
				subject, html string
			}{
				{emailmessage.KindREPORT_USER, []string{in.ReporterEmail}, tpl.UserSubject, tpl.UserHTML},
				{emailmessage.KindREPORT_TECH, tpl.TechnicalEmails, tpl.TechSubject, tpl.TechHTML},
			}
			for _, m := range mails {
				if len(m.to) == 0 || (m.subject == "" && m.html == "") {
					continue
				}
				subject, html, text := mail.RenderEmail(m.subject, m.html, vars)
				queued = append(queued, mail.QueuedMessage{OrganizationID: org.ID, InterventionID: it.ID, Kind: m.kind,
					From: s.mail.Sender(tpl.FromName, tpl.FromEmail), To: m.to, Subject: subject, HTML: html, Text: text})
			}
		}
		if _, err := s.mail.EnqueueAll(ctx, tx.Client(), queued); err != nil { // one INSERT for both
			return fmt.Errorf("queue email: %w", err)
		}
		out.EmailsQueued = len(queued)
		if s.notify != nil {
			if pub, err = s.notify.OnCreated(ctx, tx.Client(), it); err != nil {
				return fmt.Errorf("notifications: %w", err)
			}
		}
		return s.webhooks.EnqueueIntervention(ctx, tx.Client(), org.ID, webhooks.InterventionCreated, it.ID, nil)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("report: %w", err)
	}
	out.Intervention.Edges.Status = status
	return out, pub, nil
}

// InitialStatus is the status an organization's new interventions get: the one marked initial, else the first.
func InitialStatus(ctx context.Context, client *ent.Client, orgID int) (*ent.InterventionStatus, error) {
	status, err := client.InterventionStatus.Query().
		Where(interventionstatus.OrganizationID(orgID)).
		Order(ent.Desc(interventionstatus.FieldIsInitial), ent.Asc(interventionstatus.FieldPosition)).First(ctx)
	if err != nil {
		return nil, fmt.Errorf("create intervention: initial status: %w", err)
	}
	return status, nil
}

// pickTemplate is the panic button's email settings in lang, else in the organization's default language.
func pickTemplate(tpls []*ent.EmailTemplate, lang, def string) *ent.EmailTemplate {
	var fallback *ent.EmailTemplate
	for _, t := range tpls {
		if t.Language == lang {
			return t
		}
		if t.Language == def {
			fallback = t
		}
	}
	return fallback
}
