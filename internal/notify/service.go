package notify

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// Config wires a Service.
type Config struct {
	Client *ent.Client
	// Mail queues the status-change emails inside the change's transaction.
	Mail      *mail.Queue
	Events    events.Broker
	PublicURL *url.URL
	Logger    *slog.Logger
	Now       func() time.Time
}

// Service decides who hears of a change to an intervention and writes it (bell notifications, status emails)
// in the changer's transaction; it also marks notifications read and holds the notification settings. It never
// changes an intervention: package interventions does, and calls it.
type Service struct {
	client    *ent.Client
	mail      *mail.Queue
	events    events.Broker
	publicURL *url.URL
	log       *slog.Logger
	now       func() time.Time
}

// NewService returns a Service.
func NewService(c Config) *Service {
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return &Service{client: c.Client, mail: c.Mail, events: c.Events, publicURL: c.PublicURL, log: c.Logger, now: c.Now}
}

// Published is what a committed change must announce.
type Published struct {
	OrgID          int
	InterventionID int
	Notifications  []PublishedNotification
}

// PublishedNotification is a bell notification to announce to its recipient.
type PublishedNotification struct{ ID, UserID int }

// Publish announces a committed change to subscribers. Call it after the transaction commits.
func (s *Service) Publish(ctx context.Context, p Published) {
	if s.events == nil || p.InterventionID == 0 {
		return
	}
	if err := s.events.Publish(ctx, events.Event{Kind: events.InterventionChanged, OrgID: p.OrgID, InterventionID: p.InterventionID}); err != nil {
		s.log.WarnContext(ctx, "publish intervention changed", "err", err)
	}
	for _, n := range p.Notifications {
		err := s.events.Publish(ctx, events.Event{Kind: events.NotificationAdded, OrgID: p.OrgID,
			InterventionID: p.InterventionID, NotificationID: n.ID, UserID: n.UserID})
		if err != nil {
			s.log.WarnContext(ctx, "publish notification", "err", err)
		}
	}
}

// OnCreated applies the rules to an intervention just created in status, inside the creator's transaction
// (tx). The caller publishes the result after committing.
//
// Creation notifies only when the intervention is created in a trigger status of its organization's settings
// (Decide): that is asked first, in one query, and nothing else is loaded when it is not.
func (s *Service) OnCreated(ctx context.Context, tx *ent.Client, it *ent.Intervention) (*Published, error) {
	sys := rule.SystemContext(ctx)
	triggers, err := tx.NotificationSettings.Query().Where(notificationsettings.OrganizationID(it.OrganizationID),
		notificationsettings.HasTriggerStatusesWith(interventionstatus.ID(it.StatusID))).Exist(sys)
	if err != nil {
		return nil, fmt.Errorf("notify: settings: %w", err)
	}
	if !triggers {
		return &Published{OrgID: it.OrganizationID, InterventionID: it.ID}, nil
	}
	return s.Apply(sys, tx, it.ID, Event{Kind: Created, ToStatus: it.StatusID}, nil)
}

// MarkRead marks the viewer's notifications read and returns how many changed.
func (s *Service) MarkRead(ctx context.Context, ids []int) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return 0, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	q := s.client.Notification.Update().Where(notification.RecipientID(v.UserID), notification.ReadAtIsNil())
	if ids != nil {
		q.Where(notification.IDIn(ids...))
	}
	return q.SetReadAt(s.now()).Save(rule.SystemContext(ctx))
}

// Apply decides and writes the notifications and emails of event e on intervention id, with tx.
func (s *Service) Apply(ctx context.Context, tx *ent.Client, id int, e Event, previous *ent.InterventionStatus) (*Published, error) {
	it, err := tx.Intervention.Query().Where(intervention.ID(id)).
		WithStatus().WithTechnicians().WithPrinter().WithOrganization().Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("notify: load intervention: %w", err)
	}
	pub := &Published{OrgID: it.OrganizationID, InterventionID: it.ID}
	ns, err := tx.NotificationSettings.Query().Where(notificationsettings.OrganizationID(it.OrganizationID)).
		WithTriggerStatuses().First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("notify: settings: %w", err)
	}
	settings := Settings{Triggers: map[int]bool{}}
	if ns != nil {
		settings = Settings{Triggers: map[int]bool{}, EmailAdmins: ns.EmailAdmins, EmailCustomer: ns.EmailCustomer,
			EmailTechnicians: ns.EmailTechnicians, PushAdmins: ns.PushAdmins, PushTechnicians: ns.PushTechnicians}
		for _, st := range ns.Edges.TriggerStatuses {
			settings.Triggers[st.ID] = true
		}
	}
	admins, err := tx.User.Query().Where(user.OrganizationID(it.OrganizationID), user.RoleEQ(user.RoleADMIN)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("notify: admins: %w", err)
	}
	aud := Audience{Customers: []string{it.ReporterEmail}}
	for _, u := range admins {
		aud.Admins = append(aud.Admins, person(u))
	}
	for _, u := range it.Edges.Technicians {
		aud.Technicians = append(aud.Technicians, person(u))
	}
	if p := it.Edges.Printer; p != nil && p.CustomerContactEmail != "" {
		aud.Customers = append(aud.Customers, p.CustomerContactEmail)
	}
	plan := Decide(settings, e, aud)
	now := s.now()
	bells := make([]*ent.NotificationCreate, len(plan.Pushes))
	for i, p := range plan.Pushes {
		bells[i] = tx.Notification.Create().SetOrganizationID(it.OrganizationID).SetRecipientID(p.UserID).
			SetInterventionID(it.ID).SetKind(notification.Kind(p.Kind)).SetCreatedAt(now).
			SetText(bellText(p.Language, p.Kind, it.Reference, statusName(it.Edges.Status, p.Language)))
	}
	if len(bells) > 0 { // one INSERT for every recipient
		created, err := tx.Notification.CreateBulk(bells...).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("notify: bell: %w", err)
		}
		for _, n := range created {
			pub.Notifications = append(pub.Notifications, PublishedNotification{ID: n.ID, UserID: n.RecipientID})
		}
	}
	if len(plan.Emails) > 0 {
		if err := s.queueEmails(ctx, tx, it, previous, plan.Emails); err != nil {
			return nil, err
		}
	}
	return pub, nil
}

func person(u *ent.User) Person {
	return Person{UserID: u.ID, Email: u.Email, Active: u.Active, Language: u.Language}
}

func statusName(st *ent.InterventionStatus, lang string) string {
	if st == nil {
		return ""
	}
	return i18n.PickOr(st.Names, lang, "", st.Name)
}

// queueEmails renders the status-change templates for each email of the plan and queues them with tx.
func (s *Service) queueEmails(ctx context.Context, tx *ent.Client, it *ent.Intervention, previous *ent.InterventionStatus, emails []Email) error {
	if it.PanicButtonID == nil {
		return nil // the panic button was deleted: no templates to render with
	}
	tpls, err := tx.EmailTemplate.Query().Where(emailtemplate.PanicButtonID(*it.PanicButtonID)).All(ctx)
	if err != nil {
		return fmt.Errorf("notify: email templates: %w", err)
	}
	def := it.Edges.Organization.DefaultLanguage
	var techNames []string
	for _, u := range it.Edges.Technicians {
		name := u.Name
		if name == "" {
			name = u.Email
		}
		techNames = append(techNames, name)
	}
	for _, em := range emails {
		lang := em.Language
		if lang == "" {
			lang = it.Language
		}
		tpl := pickTemplate(tpls, lang, def)
		if tpl == nil {
			continue
		}
		subjectTpl, htmlTpl, kind := tpl.StatusAdminSubject, tpl.StatusAdminHTML, emailmessage.KindSTATUS_ADMIN
		switch em.Group {
		case GroupCustomer:
			subjectTpl, htmlTpl, kind = tpl.StatusCustomerSubject, tpl.StatusCustomerHTML, emailmessage.KindSTATUS_CUSTOMER
		case GroupTechnician:
			subjectTpl, htmlTpl, kind = tpl.StatusTechnicianSubject, tpl.StatusTechnicianHTML, emailmessage.KindSTATUS_TECHNICIAN
		}
		if subjectTpl == "" && htmlTpl == "" {
			continue
		}
		vars := mail.InterventionVars(it, tpl.Language, s.publicURL)
		vars.PreviousStatus = statusName(previous, tpl.Language)
		vars.Technicians = techNames
		subject, html, text := mail.RenderEmail(subjectTpl, htmlTpl, vars)
		qm := mail.QueuedMessage{OrganizationID: it.OrganizationID, InterventionID: it.ID, Kind: kind,
			From: s.mail.Sender(tpl.FromName, tpl.FromEmail), To: []string{em.Address}, Subject: subject, HTML: html, Text: text}
		if _, err := s.mail.Enqueue(ctx, tx, qm); err != nil {
			return fmt.Errorf("notify: queue email: %w", err)
		}
	}
	return nil
}

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
