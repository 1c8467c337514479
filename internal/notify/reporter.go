package notify

import (
	"context"
	"fmt"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// The reporter's side of an intervention (issue 17's loop): public notes emailed to the reporter, and the
// technicians and admins told when the reporter adds something or says it is not fixed.

const (
	// PushReporterNote: the reporter added a note (a reply by email).
	PushReporterNote PushKind = "REPORTER_NOTE"
	// PushNotFixed: the reporter answered "not fixed" to a closed intervention.
	PushNotFixed PushKind = "NOT_FIXED"
)

var reporterBellTexts = map[string]map[PushKind]string{
	"en": {PushReporterNote: "The reporter of %[1]s added a note", PushNotFixed: "The reporter of %[1]s says it is not fixed"},
	"fr": {PushReporterNote: "Le demandeur de %[1]s a ajouté une note", PushNotFixed: "Le demandeur de %[1]s indique que ce n'est pas réparé"},
	"it": {PushReporterNote: "Il richiedente di %[1]s ha aggiunto una nota", PushNotFixed: "Il richiedente di %[1]s dice che non è risolto"},
}

// NoteTemplate is the built-in public-note email, used when a panic button's note template is empty.
type NoteTemplate struct{ Subject, HTML string }

// DefaultNoteTemplates are the built-in public-note emails by language.
var DefaultNoteTemplates = map[string]NoteTemplate{
	"en": {"News about your request [[[REFERENCE]]]", `<p>Hello,</p><p>News about your request [[[REFERENCE]]] (printer [[[PRINTERNAME]]]):</p><blockquote>[[[NOTE]]]</blockquote><p>Status: <b>[[[STATUS]]]</b></p>`},
	"fr": {"Du nouveau sur votre demande [[[REFERENCE]]]", `<p>Bonjour,</p><p>Du nouveau sur votre demande [[[REFERENCE]]] (imprimante [[[PRINTERNAME]]]) :</p><blockquote>[[[NOTE]]]</blockquote><p>Statut : <b>[[[STATUS]]]</b></p>`},
	"it": {"Novità sulla tua richiesta [[[REFERENCE]]]", `<p>Buongiorno,</p><p>Novità sulla tua richiesta [[[REFERENCE]]] (stampante [[[PRINTERNAME]]]):</p><blockquote>[[[NOTE]]]</blockquote><p>Stato: <b>[[[STATUS]]]</b></p>`},
}

func (s *Service) settings(ctx context.Context, tx *ent.Client, orgID int) (*ent.NotificationSettings, error) {
	ns, err := tx.NotificationSettings.Query().Where(notificationsettings.OrganizationID(orgID)).First(ctx)
	if ent.IsNotFound(err) {
		return &ent.NotificationSettings{EmailAdmins: true, EmailCustomer: true, EmailTechnicians: true,
			PushAdmins: true, PushTechnicians: true, ReopenOnNotFixed: true}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("notify: settings: %w", err)
	}
	return ns, nil
}

// ReopenOnNotFixed reports whether the organization reopens an intervention its reporter says is not fixed.
func (s *Service) ReopenOnNotFixed(ctx context.Context, tx *ent.Client, orgID int) (bool, error) {
	ns, err := s.settings(ctx, tx, orgID)
	if err != nil {
		return false, err
	}
	return ns.ReopenOnNotFixed, nil
}

// OnPublicNote emails a public note to the intervention's customers (the reporter and the printer's customer
// contact) when the organization's customer toggle is on, with the panic button's note template in the report's
// language (the built-in one when it is empty), in tx. ctx is a system context.
func (s *Service) OnPublicNote(ctx context.Context, tx *ent.Client, id int, note string) error {
	it, err := tx.Intervention.Query().Where(intervention.ID(id)).WithStatus().WithPrinter().WithOrganization().Only(ctx)
	if err != nil {
		return fmt.Errorf("notify: load intervention: %w", err)
	}
	ns, err := s.settings(ctx, tx, it.OrganizationID)
	if err != nil || !ns.EmailCustomer {
		return err
	}
	var tpls []*ent.EmailTemplate
	if it.PanicButtonID != nil {
		if tpls, err = tx.EmailTemplate.Query().Where(emailtemplate.PanicButtonID(*it.PanicButtonID)).All(ctx); err != nil {
			return fmt.Errorf("notify: email templates: %w", err)
		}
	}
	tpl := pickTemplate(tpls, it.Language, it.Edges.Organization.DefaultLanguage)
	lang, subject, html := it.Language, "", ""
	var from mail.Address
	if tpl != nil {
		lang, subject, html = tpl.Language, tpl.NoteCustomerSubject, tpl.NoteCustomerHTML
		from = s.mail.Sender(tpl.FromName, tpl.FromEmail)
	} else {
		from = s.mail.From()
	}
	if subject == "" && html == "" {
		def, ok := DefaultNoteTemplates[lang]
		if !ok {
			def = DefaultNoteTemplates[i18n.Fallback]
		}
		subject, html = def.Subject, def.HTML
	}
	vars := mail.InterventionVars(it, lang, s.publicURL)
	vars.Note = note
	subj, body, text := mail.RenderEmail(subject, html, vars)
	seen := map[string]bool{}
	to := []string{it.ReporterEmail}
	if p := it.Edges.Printer; p != nil && p.CustomerContactEmail != "" {
		to = append(to, p.CustomerContactEmail)
	}
	for _, addr := range to {
		if addr == "" || seen[addr] {
			continue
		}
		seen[addr] = true
		qm := mail.QueuedMessage{OrganizationID: it.OrganizationID, InterventionID: it.ID, Kind: emailmessage.KindNOTE_CUSTOMER,
			From: from, To: []string{addr}, Subject: subj, HTML: body, Text: text}
		if _, err := s.mail.Enqueue(ctx, tx, qm); err != nil {
			return fmt.Errorf("notify: queue note email: %w", err)
		}
	}
	return nil
}

// OnReporter pushes kind to the organization's admins and the intervention's technicians (each group when its
// push toggle is on), in tx; the caller publishes the result after committing. ctx is a system context.
func (s *Service) OnReporter(ctx context.Context, tx *ent.Client, id int, kind PushKind) (*Published, error) {
	it, err := tx.Intervention.Query().Where(intervention.ID(id)).WithTechnicians().Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("notify: load intervention: %w", err)
	}
	pub := &Published{OrgID: it.OrganizationID, InterventionID: it.ID}
	ns, err := s.settings(ctx, tx, it.OrganizationID)
	if err != nil {
		return nil, err
	}
	var to []*ent.User
	if ns.PushAdmins {
		admins, err := tx.User.Query().Where(user.OrganizationID(it.OrganizationID), user.RoleEQ(user.RoleADMIN)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("notify: admins: %w", err)
		}
		to = append(to, admins...)
	}
	if ns.PushTechnicians {
		to = append(to, it.Edges.Technicians...)
	}
	seen := map[int]bool{}
	var bells []*ent.NotificationCreate
	for _, u := range to {
		if !u.Active || seen[u.ID] {
			continue
		}
		seen[u.ID] = true
		texts, ok := reporterBellTexts[u.Language]
		if !ok {
			texts = reporterBellTexts[i18n.Fallback]
		}
		bells = append(bells, tx.Notification.Create().SetOrganizationID(it.OrganizationID).SetRecipientID(u.ID).
			SetInterventionID(it.ID).SetKind(notification.Kind(kind)).SetCreatedAt(s.now()).
			SetText(fmt.Sprintf(texts[kind], it.Reference)))
	}
	if len(bells) == 0 {
		return pub, nil
	}
	created, err := tx.Notification.CreateBulk(bells...).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("notify: bell: %w", err)
	}
	for _, n := range created {
		pub.Notifications = append(pub.Notifications, PublishedNotification{ID: n.ID, UserID: n.RecipientID})
	}
	return pub, nil
}
