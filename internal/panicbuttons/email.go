package panicbuttons

import (
	"context"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// TemplateKind names one of a panic button's email templates.
type TemplateKind string

const (
	KindTech             TemplateKind = "TECH"
	KindUser             TemplateKind = "USER"
	KindStatusAdmin      TemplateKind = "STATUS_ADMIN"
	KindStatusCustomer   TemplateKind = "STATUS_CUSTOMER"
	KindStatusTechnician TemplateKind = "STATUS_TECHNICIAN"
	KindNoteCustomer     TemplateKind = "NOTE_CUSTOMER"
)

// EmailSettings are the changes of UpdateEmailTemplate (nil: unchanged). Numbers are the seeds' fields.
type EmailSettings struct {
	FromEmail               *string  // [6]
	FromName                *string  // [7]
	TechnicalEmails         []string // [1]
	TechSubject             *string  // [2]
	TechHTML                *string  // [3]
	UserSubject             *string  // [4]
	UserHTML                *string  // [5]
	StatusAdminSubject      *string
	StatusAdminHTML         *string
	StatusCustomerSubject   *string
	StatusCustomerHTML      *string
	StatusTechnicianSubject *string
	StatusTechnicianHTML    *string
	NoteCustomerSubject     *string
	NoteCustomerHTML        *string
}

// UpdateEmailTemplate creates or updates a panic button's email settings for one language. Every template is
// checked: an unknown variable is refused, naming it and the field.
func (s *Service) UpdateEmailTemplate(ctx context.Context, pbID int, lang string, in EmailSettings) (*ent.EmailTemplate, error) {
	pb, err := s.client.PanicButton.Get(ctx, pbID)
	if err != nil {
		return nil, err
	}
	if err := checkLanguage("language", lang, pb); err != nil {
		return nil, err
	}
	tpl, err := s.client.EmailTemplate.Query().Where(emailtemplate.PanicButtonID(pb.ID), emailtemplate.Language(lang)).First(ctx)
	if ent.IsNotFound(err) {
		tpl, err = s.client.EmailTemplate.Create().SetOrganizationID(pb.OrganizationID).SetPanicButtonID(pb.ID).
			SetLanguage(lang).Save(ctx)
	}
	if err != nil {
		return nil, err
	}
	upd := tpl.Update()
	if in.FromEmail != nil {
		if v := strings.TrimSpace(*in.FromEmail); v == "" {
			upd.ClearFromEmail()
		} else if e, err := emailaddr.Normalize(v); err != nil {
			return nil, apperr.Invalid("input.fromEmail", "[6] From Email must be an email address")
		} else if !s.mail.SenderAllowed(e) {
			// The platform sends for every organization: a From outside the domains the operator verified with
			// the provider would let one tenant impersonate anyone (and the provider refuses or flags it).
			return nil, apperr.Invalid("input.fromEmail", "[6] From Email must be an address of a verified sender domain (%s); leave it empty to send from the platform's address",
				strings.Join(s.mail.SenderDomains(), ", "))
		} else {
			upd.SetFromEmail(e)
		}
	}
	if in.FromName != nil {
		name := strings.TrimSpace(*in.FromName)
		if strings.ContainsAny(name, "\r\n") || len(name) > 200 {
			return nil, apperr.Invalid("input.fromName", "[7] From Name must be one line of at most 200 characters")
		}
		upd.SetFromName(name)
	}
	if in.TechnicalEmails != nil {
		var list []string
		for _, raw := range in.TechnicalEmails {
			for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' }) {
				e, err := emailaddr.Normalize(part)
				if err != nil {
					return nil, apperr.Invalid("input.technicalEmails", "[1] %q is not an email address", part)
				}
				list = append(list, e)
			}
		}
		upd.SetTechnicalEmails(list)
	}
	for _, f := range []struct {
		field, label string
		v            *string
		set          func(string) *ent.EmailTemplateUpdateOne
	}{
		{"input.techSubject", "[2] TECH - Subject", in.TechSubject, upd.SetTechSubject},
		{"input.techHtml", "[3] TECH - Content", in.TechHTML, upd.SetTechHTML},
		{"input.userSubject", "[4] END USER - Subject", in.UserSubject, upd.SetUserSubject},
		{"input.userHtml", "[5] END USER - Content", in.UserHTML, upd.SetUserHTML},
		{"input.statusAdminSubject", "status (admins) subject", in.StatusAdminSubject, upd.SetStatusAdminSubject},
		{"input.statusAdminHtml", "status (admins) content", in.StatusAdminHTML, upd.SetStatusAdminHTML},
		{"input.statusCustomerSubject", "status (customer) subject", in.StatusCustomerSubject, upd.SetStatusCustomerSubject},
		{"input.statusCustomerHtml", "status (customer) content", in.StatusCustomerHTML, upd.SetStatusCustomerHTML},
		{"input.statusTechnicianSubject", "status (technicians) subject", in.StatusTechnicianSubject, upd.SetStatusTechnicianSubject},
		{"input.statusTechnicianHtml", "status (technicians) content", in.StatusTechnicianHTML, upd.SetStatusTechnicianHTML},
		{"input.noteCustomerSubject", "public note (customer) subject", in.NoteCustomerSubject, upd.SetNoteCustomerSubject},
		{"input.noteCustomerHtml", "public note (customer) content", in.NoteCustomerHTML, upd.SetNoteCustomerHTML},
	} {
		if f.v == nil {
			continue
		}
		if err := mail.Validate(*f.v); err != nil {
			return nil, apperr.Invalid(f.field, "%s: %v", f.label, err)
		}
		if strings.HasSuffix(f.field, "Subject") && len([]rune(*f.v)) > 500 {
			return nil, apperr.Invalid(f.field, "%s: at most 500 characters", f.label)
		}
		f.set(*f.v)
	}
	return upd.Save(ctx)
}

// templateOf returns the subject and HTML of kind in tpl.
func templateOf(tpl *ent.EmailTemplate, kind TemplateKind) (string, string) {
	if tpl == nil {
		return "", ""
	}
	switch kind {
	case KindTech:
		return tpl.TechSubject, tpl.TechHTML
	case KindUser:
		return tpl.UserSubject, tpl.UserHTML
	case KindStatusAdmin:
		return tpl.StatusAdminSubject, tpl.StatusAdminHTML
	case KindStatusCustomer:
		return tpl.StatusCustomerSubject, tpl.StatusCustomerHTML
	case KindStatusTechnician:
		return tpl.StatusTechnicianSubject, tpl.StatusTechnicianHTML
	case KindNoteCustomer:
		return tpl.NoteCustomerSubject, tpl.NoteCustomerHTML
	}
	return "", ""
}

// Preview is a rendered email.
type Preview struct{ Subject, HTML, Text string }

// PreviewEmail renders a template of the panic button in lang, or the given draft subject/HTML, with the
// variables of an intervention (interventionID > 0) or with sample values.
func (s *Service) PreviewEmail(ctx context.Context, pbID int, lang string, kind TemplateKind, interventionID int,
	draftSubject, draftHTML *string) (*Preview, error) {
	pb, err := s.client.PanicButton.Get(ctx, pbID)
	if err != nil {
		return nil, err
	}
	if err := checkLanguage("language", lang, pb); err != nil {
		return nil, err
	}
	tpl, err := s.client.EmailTemplate.Query().Where(emailtemplate.PanicButtonID(pb.ID), emailtemplate.Language(lang)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	subject, html := templateOf(tpl, kind)
	if draftSubject != nil {
		if err := templateError("subject", *draftSubject); err != nil {
			return nil, err
		}
		subject = *draftSubject
	}
	if draftHTML != nil {
		if err := templateError("html", *draftHTML); err != nil {
			return nil, err
		}
		html = *draftHTML
	}
	vars := mail.ExampleVars()
	if interventionID > 0 {
		it, err := s.client.Intervention.Query().Where(intervention.ID(interventionID)).
			WithStatus().WithOrganization().WithTechnicians().Only(ctx)
		if err != nil {
			return nil, apperr.Invalid("interventionId", "no such intervention")
		}
		vars = mail.InterventionVars(it, lang, nil)
		for _, u := range it.Edges.Technicians {
			vars.Technicians = append(vars.Technicians, u.Email)
		}
	}
	out := &Preview{}
	out.Subject, out.HTML, out.Text = mail.RenderEmail(subject, html, vars)
	return out, nil
}

// SendTestEmail queues the rendered template (sample values) to the caller.
func (s *Service) SendTestEmail(ctx context.Context, pbID int, lang string, kind TemplateKind) (*ent.EmailMessage, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	me, err := s.client.User.Get(ctx, v.UserID)
	if err != nil {
		return nil, err
	}
	p, err := s.PreviewEmail(ctx, pbID, lang, kind, 0, nil, nil)
	if err != nil {
		return nil, err
	}
	pb, err := s.client.PanicButton.Get(ctx, pbID)
	if err != nil {
		return nil, err
	}
	tpl, _ := s.client.EmailTemplate.Query().Where(emailtemplate.PanicButtonID(pbID), emailtemplate.Language(lang)).First(ctx)
	from := s.mail.From()
	if tpl != nil && tpl.FromEmail != "" {
		from = mail.Address{Name: tpl.FromName, Email: tpl.FromEmail}
	}
	qm := mail.QueuedMessage{OrganizationID: pb.OrganizationID, Kind: emailmessage.KindTEST, From: from,
		To: []string{me.Email}, Subject: "[TEST] " + p.Subject, HTML: p.HTML, Text: p.Text}
	return s.mail.Enqueue(ctx, s.client, qm)
}

// Variables lists the template variables with descriptions in lang.
func Variables(lang string) []VariableInfo {
	var out []VariableInfo
	for _, v := range mail.Variables() {
		out = append(out, VariableInfo{Name: v.Name, Description: v.Description(lang), Example: v.Example, AliasOf: v.AliasOf})
	}
	return out
}

// VariableInfo is one variable, localized.
type VariableInfo struct {
	Name, Description, Example, AliasOf string
}
