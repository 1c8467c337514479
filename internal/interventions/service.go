// Package interventions owns the intervention: its creation (from a panic report, an SNMP alert, or any trusted
// caller), its reference, status changes, assignment, notes, history and the organization's statuses.
package interventions

import (
	"context"
	"log/slog"
	"net/url"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// Config wires a Service.
type Config struct {
	Client *ent.Client
	// DB is Client's database; when set, references are allocated in one statement (see tryAllocateOne).
	DB *store.DB
	// Mail queues the report emails inside the creating transaction.
	Mail *mail.Queue
	// Notify decides and writes who hears of a change (bell, emails) inside the change's transaction.
	Notify *notify.Service
	// Events announces committed changes when there is no Notify (tests).
	Events events.Broker
	// Webhooks queues the partners' webhook deliveries inside the change's transaction (nil: none).
	Webhooks  *webhooks.Service
	PublicURL *url.URL
	Logger    *slog.Logger
	Now       func() time.Time
}

// Service changes interventions. Callers' viewers decide what they may touch: an intervention is first loaded
// with the caller's context (privacy rules apply), then written in a system context.
type Service struct {
	client    *ent.Client
	db        *store.DB
	mail      *mail.Queue
	notify    *notify.Service
	events    events.Broker
	webhooks  *webhooks.Service
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
	if c.PublicURL == nil {
		c.PublicURL = &url.URL{Scheme: "http", Host: "localhost"}
	}
	return &Service{client: c.Client, db: c.DB, mail: c.Mail, notify: c.Notify, events: c.Events, webhooks: c.Webhooks, publicURL: c.PublicURL,
		log: c.Logger, now: c.Now}
}

// publish announces a committed change: through notify when there is one (it also announces the bell
// notifications), else as a bare event.
func (s *Service) publish(ctx context.Context, it *ent.Intervention, pub *notify.Published) {
	if s.notify != nil && pub != nil {
		s.notify.Publish(ctx, *pub)
		return
	}
	if s.events == nil {
		return
	}
	if err := s.events.Publish(ctx, events.Event{Kind: events.InterventionChanged, OrgID: it.OrganizationID, InterventionID: it.ID}); err != nil {
		s.log.WarnContext(ctx, "publish intervention changed", "reference", it.Reference, "err", err)
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

func nonZero(id int) *int {
	if id == 0 {
		return nil
	}
	return &id
}
