package notify

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/viewer"
)

// MaxNote is the longest note.
const MaxNote = 4000

// Config wires a Service.
type Config struct {
	Client    *ent.Client
	Outbox    *mail.Outbox
	Events    events.Broker
	PublicURL *url.URL
	Logger    *slog.Logger
	Now       func() time.Time
}

// Service changes interventions and notifies. Callers' viewers decide what they may touch: an intervention
// is first loaded with the caller's context (privacy rules apply), then written in a system context.
type Service struct {
	client    *ent.Client
	outbox    *mail.Outbox
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
	return &Service{client: c.Client, outbox: c.Outbox, events: c.Events, publicURL: c.PublicURL, log: c.Logger, now: c.Now}
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

// visible loads the intervention the caller is about to change, as the caller sees it (not found when the
// privacy rules hide it). The writes that follow run in a system context, so this is where a partner key's
// write scope is checked.
func (s *Service) visible(ctx context.Context, id int) (*ent.Intervention, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	if v.APIKey() && !v.HasScope(viewer.ScopeInterventionsWrite) {
		return nil, apperr.New(apperr.Forbidden, "this API key may not change interventions (scope %s)", viewer.ScopeInterventionsWrite)
	}
	it, err := s.client.Intervention.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.NotFound, "intervention not found")
	}
	return it, err
}

func actorID(ctx context.Context) int {
	if v := viewer.FromContext(ctx); v != nil {
		return v.UserID
	}
	return 0
}

func checkNote(note string) (string, error) {
	note = strings.TrimSpace(note)
	if len([]rune(note)) > MaxNote {
		return "", apperr.Invalid("note", "must be at most %d characters", MaxNote)
	}
	return note, nil
}

// ChangeStatus moves an intervention to statusID (with an optional note) and notifies per the rules, all in
// one transaction. Admins and the intervention's technicians may do it.
func (s *Service) ChangeStatus(ctx context.Context, id, statusID int, note string) (*ent.Intervention, error) {
	note, err := checkNote(note)
	if err != nil {
		return nil, err
	}
	it, err := s.visible(ctx, id)
	if err != nil {
		return nil, err
	}
	to, err := s.client.InterventionStatus.Get(ctx, statusID)
	if ent.IsNotFound(err) || (err == nil && to.OrganizationID != it.OrganizationID) {
		return nil, apperr.Invalid("statusId", "not a status of this organization")
	}
	if err != nil {
		return nil, err
	}
	if to.ID == it.StatusID && note == "" {
		return it, nil
	}
	sys := rule.SystemContext(ctx)
	from, err := s.client.InterventionStatus.Get(sys, it.StatusID)
	if err != nil {
		return nil, err
	}
	pub, err := s.inTx(sys, func(tx *ent.Client) (*Published, error) {
		now := s.now()
		upd := tx.Intervention.UpdateOneID(it.ID).SetStatusID(to.ID).SetUpdatedAt(now)
		if to.Category == interventionstatus.CategoryCLOSED {
			upd.SetClosedAt(now)
		} else {
			upd.ClearClosedAt()
		}
		if _, err := upd.Save(sys); err != nil {
			return nil, fmt.Errorf("change status: %w", err)
		}
		if err := s.event(sys, tx, it, interventionevent.KindSTATUS_CHANGED, actorID(ctx), from.Name, to.Name, note); err != nil {
			return nil, err
		}
		return s.apply(sys, tx, it.ID, Event{Kind: StatusChanged, FromStatus: from.ID, ToStatus: to.ID, ActorID: actorID(ctx)}, from)
	})
	if err != nil {
		return nil, err
	}
	s.Publish(ctx, *pub)
	return s.client.Intervention.Get(ctx, id)
}

// MaxTechnicians is the most technicians one intervention can have: a real bound the GraphQL cost limit
// counts Intervention.technicians by.
const MaxTechnicians = 10

// Assign sets the intervention's technicians (admins only). Newly assigned technicians always get a push.
func (s *Service) Assign(ctx context.Context, id int, technicianIDs []int) (*ent.Intervention, error) {
	v := viewer.FromContext(ctx)
	if !v.Admin() && !v.SuperAdmin() {
		if v == nil {
			return nil, apperr.New(apperr.Unauthenticated, "sign in first")
		}
		return nil, apperr.New(apperr.Forbidden, "only admins assign interventions")
	}
	it, err := s.visible(ctx, id)
	if err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	want := map[int]bool{}
	for _, tid := range technicianIDs {
		want[tid] = true
	}
	if len(want) > MaxTechnicians {
		return nil, apperr.Invalid("technicianIds", "at most %d technicians per intervention", MaxTechnicians)
	}
	if len(want) > 0 {
		ids := make([]int, 0, len(want))
		for tid := range want {
			ids = append(ids, tid)
		}
		n, err := s.client.User.Query().Where(user.IDIn(ids...), user.OrganizationID(it.OrganizationID),
			user.Active(true), user.RoleIn(user.RoleTECHNICIAN, user.RoleADMIN)).Count(sys)
		if err != nil {
			return nil, err
		}
		if n != len(ids) {
			return nil, apperr.Invalid("technicianIds", "each must be an active technician or admin of this organization")
		}
	}
	current, err := s.client.Intervention.QueryTechnicians(it).IDs(sys)
	if err != nil {
		return nil, err
	}
	var added, removed []int
	have := map[int]bool{}
	for _, tid := range current {
		have[tid] = true
		if !want[tid] {
			removed = append(removed, tid)
		}
	}
	for tid := range want {
		if !have[tid] {
			added = append(added, tid)
		}
	}
	if len(added) == 0 && len(removed) == 0 {
		return it, nil
	}
	pub, err := s.inTx(sys, func(tx *ent.Client) (*Published, error) {
		if err := tx.Intervention.UpdateOneID(it.ID).AddTechnicianIDs(added...).RemoveTechnicianIDs(removed...).
			SetUpdatedAt(s.now()).Exec(sys); err != nil {
			return nil, fmt.Errorf("assign: %w", err)
		}
		for _, ids := range []struct {
			kind interventionevent.Kind
			ids  []int
		}{{interventionevent.KindASSIGNED, added}, {interventionevent.KindUNASSIGNED, removed}} {
			for _, uid := range ids.ids {
				if err := tx.InterventionEvent.Create().SetOrganizationID(it.OrganizationID).SetInterventionID(it.ID).
					SetKind(ids.kind).SetNillableActorID(nonZero(actorID(ctx))).
					SetData(map[string]any{"userId": strconv.Itoa(uid)}).SetCreatedAt(s.now()).Exec(sys); err != nil {
					return nil, fmt.Errorf("assign event: %w", err)
				}
			}
		}
		return s.apply(sys, tx, it.ID, Event{Kind: Assigned, ToStatus: it.StatusID, NewlyAssigned: added, ActorID: actorID(ctx)}, nil)
	})
	if err != nil {
		return nil, err
	}
	s.Publish(ctx, *pub)
	return s.client.Intervention.Get(ctx, id)
}

// AddNote adds a note to the intervention's history (admins and its technicians).
func (s *Service) AddNote(ctx context.Context, id int, note string) (*ent.Intervention, error) {
	note, err := checkNote(note)
	if err != nil {
		return nil, err
	}
	if note == "" {
		return nil, apperr.Invalid("note", "must not be empty")
	}
	it, err := s.visible(ctx, id)
	if err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	pub, err := s.inTx(sys, func(tx *ent.Client) (*Published, error) {
		if err := tx.Intervention.UpdateOneID(it.ID).SetUpdatedAt(s.now()).Exec(sys); err != nil {
			return nil, err
		}
		return &Published{OrgID: it.OrganizationID, InterventionID: it.ID},
			s.event(sys, tx, it, interventionevent.KindNOTE_ADDED, actorID(ctx), "", "", note)
	})
	if err != nil {
		return nil, err
	}
	s.Publish(ctx, *pub)
	return s.client.Intervention.Get(ctx, id)
}

// OnCreated applies the rules to an intervention just created in status, inside the creator's transaction
// (tx). The caller publishes the result after committing.
func (s *Service) OnCreated(ctx context.Context, tx *ent.Client, it *ent.Intervention) (*Published, error) {
	return s.apply(rule.SystemContext(ctx), tx, it.ID, Event{Kind: Created, ToStatus: it.StatusID}, nil)
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

func (s *Service) inTx(ctx context.Context, f func(tx *ent.Client) (*Published, error)) (*Published, error) {
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	pub, err := f(tx.Client())
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return pub, nil
}

func (s *Service) event(ctx context.Context, tx *ent.Client, it *ent.Intervention, kind interventionevent.Kind, actor int, from, to, note string) error {
	err := tx.InterventionEvent.Create().SetOrganizationID(it.OrganizationID).SetInterventionID(it.ID).SetKind(kind).
		SetNillableActorID(nonZero(actor)).SetFromStatus(from).SetToStatus(to).SetNote(note).SetCreatedAt(s.now()).Exec(ctx)
	if err != nil {
		return fmt.Errorf("intervention event: %w", err)
	}
	return nil
}

func nonZero(id int) *int {
	if id == 0 {
		return nil
	}
	return &id
}

// apply decides and writes the notifications and emails of event e on intervention id, with tx.
func (s *Service) apply(ctx context.Context, tx *ent.Client, id int, e Event, previous *ent.InterventionStatus) (*Published, error) {
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
	if v := st.Names[lang]; v != "" {
		return v
	}
	return st.Name
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
		vars := InterventionVars(it, tpl.Language, s.publicURL)
		vars.PreviousStatus = statusName(previous, tpl.Language)
		vars.Technicians = techNames
		subject, html, text := mail.RenderEmail(subjectTpl, htmlTpl, vars)
		from := tpl.FromEmail
		if from == "" {
			from = "no-reply@" + s.publicURL.Hostname()
		}
		qm := mail.QueuedMessage{OrganizationID: it.OrganizationID, InterventionID: it.ID, Kind: kind,
			From: mail.Address{Name: tpl.FromName, Email: from}, To: []string{em.Address}, Subject: subject, HTML: html, Text: text}
		enqueue := mail.Enqueue
		if s.outbox != nil {
			enqueue = s.outbox.Enqueue
		}
		if _, err := enqueue(ctx, tx, qm); err != nil {
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

// InterventionVars are the template variables of an intervention (its report snapshot and current status).
func InterventionVars(it *ent.Intervention, lang string, publicURL *url.URL) mail.Vars {
	snap := it.PrinterSnapshot
	v := mail.Vars{EndUserEmail: it.ReporterEmail, Tel: it.ReporterPhone, Causes: it.CauseLabels,
		EndUserMessage: it.Message, Serial: snap.Serial, Model: snap.Model, IP: snap.IP, PrinterName: snap.Name,
		PrinterLocalisation: snap.Location, CounterTotal: meter(snap.Total), CounterBlack: meter(snap.Black),
		CounterColor: meter(snap.Color), CounterLarge: meter(snap.Large), Reference: it.Reference,
		Status: statusName(it.Edges.Status, lang), Date: it.CreatedAt}
	if org := it.Edges.Organization; org != nil {
		v.Organization = org.Name
	}
	if publicURL != nil {
		v.InterventionURL = publicURL.JoinPath("interventions", strconv.Itoa(it.ID)).String()
	}
	v.SetErrors(snap.Errors)
	return v
}

func meter(v *int64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatInt(*v, 10)
}

// RecordEmailResult adds EMAIL_SENT or EMAIL_FAILED to the history of the intervention an email was about,
// once its outcome is final (the outbox's OnResult hook; ctx is a system context).
func (s *Service) RecordEmailResult(ctx context.Context, msg *ent.EmailMessage) {
	if msg.InterventionID == nil {
		return
	}
	var kind interventionevent.Kind
	switch msg.Status {
	case emailmessage.StatusSENT:
		kind = interventionevent.KindEMAIL_SENT
	case emailmessage.StatusFAILED, emailmessage.StatusDEAD:
		kind = interventionevent.KindEMAIL_FAILED
	default:
		return // still being retried
	}
	data := map[string]any{"emailId": strconv.Itoa(msg.ID), "kind": string(msg.Kind), "to": msg.To}
	if msg.LastError != "" {
		data["error"] = msg.LastError
	}
	err := s.client.InterventionEvent.Create().SetOrganizationID(msg.OrganizationID).SetInterventionID(*msg.InterventionID).
		SetKind(kind).SetData(data).SetCreatedAt(s.now()).Exec(rule.SystemContext(ctx))
	if err != nil {
		s.log.WarnContext(ctx, "record email result", "email", msg.ID, "err", err)
	}
}
