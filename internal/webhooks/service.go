package webhooks

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/ent/webhook"
	"github.com/panicbutton/panicbutton/ent/webhookattempt"
	"github.com/panicbutton/panicbutton/ent/webhookdelivery"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Defaults (Config's zero values).
var (
	// DefaultSchedule is the Standard Webhooks retry schedule: the waits after the first, second, … failed
	// attempt (each with ±10 % jitter). The first attempt is immediate, so an event is tried 10 times in about
	// 3 days before its delivery fails for good.
	DefaultSchedule = []time.Duration{5 * time.Second, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour,
		5 * time.Hour, 10 * time.Hour, 14 * time.Hour, 20 * time.Hour, 24 * time.Hour}
)

const (
	DefaultDisableAfter    = 5 * 24 * time.Hour
	DefaultRotationOverlap = 24 * time.Hour
	DefaultTimeout         = 15 * time.Second
	DefaultPollInterval    = time.Second
	DefaultWorkers         = 4
	// MaxResponseBody is how much of a response body is read and kept in the delivery log.
	MaxResponseBody = 4 << 10
	// MaxWebhooks is the most webhooks one organization may have.
	MaxWebhooks    = 20
	maxDescription = 500
)

// Config wires a Service.
type Config struct {
	DB *store.DB
	// Mail queues the "endpoint disabled" emails to the organization's admins.
	Mail *mail.Queue
	// Events announces their bell notifications.
	Events events.Broker
	Guard  *Guard
	// Resolver resolves endpoint hosts when they are saved (net.DefaultResolver when nil).
	Resolver Resolver
	// Schedule is the waits between attempts (DefaultSchedule when empty); its length + 1 attempts per round.
	Schedule []time.Duration
	// DisableAfter disables an endpoint whose attempts have all failed for this long (DefaultDisableAfter).
	DisableAfter time.Duration
	// RotationOverlap is how long the previous secret still signs after a rotation (DefaultRotationOverlap).
	RotationOverlap time.Duration
	Timeout         time.Duration
	PollInterval    time.Duration
	// Lease is how long a claimed delivery belongs to a worker (at least, and by default, Timeout + 5 s): a
	// worker that dies mid-attempt leaves it to another worker then.
	Lease     time.Duration
	Workers   int
	PublicURL *url.URL
	Logger    *slog.Logger
	Now       func() time.Time
}

// Service manages an organization's webhooks and delivers their events.
type Service struct {
	cfg    Config
	client *ent.Client
	log    *slog.Logger
	wake   chan struct{}
}

// NewService returns a Service; Run delivers.
func NewService(c Config) *Service {
	if len(c.Schedule) == 0 {
		c.Schedule = DefaultSchedule
	}
	if c.DisableAfter <= 0 {
		c.DisableAfter = DefaultDisableAfter
	}
	if c.RotationOverlap <= 0 {
		c.RotationOverlap = DefaultRotationOverlap
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.PollInterval <= 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.Lease < c.Timeout+5*time.Second {
		c.Lease = c.Timeout + 5*time.Second
	}
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	if c.Guard == nil {
		c.Guard = &Guard{}
	}
	if c.Resolver == nil {
		c.Resolver = net.DefaultResolver
	}
	if c.PublicURL == nil {
		c.PublicURL = &url.URL{Scheme: "http", Host: "localhost"}
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return &Service{cfg: c, client: c.DB.Client, log: c.Logger.With("component", "webhooks"), wake: make(chan struct{}, 1)}
}

func (s *Service) now() time.Time { return s.cfg.Now().UTC().Truncate(time.Microsecond) }

// Kick wakes an idle worker now. It never blocks.
func (s *Service) Kick() {
	if s == nil {
		return
	}
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Enqueue writes one delivery of e for every active webhook of orgID subscribed to e.Type, through tx: the
// transaction of the change e announces, so the deliveries exist if and only if the change commits. It writes
// in a system context (the change's caller may be a device or a technician). A nil Service writes nothing.
func (s *Service) Enqueue(ctx context.Context, tx *ent.Client, orgID int, e Event) error {
	if s == nil {
		return nil
	}
	sys := rule.SystemContext(ctx)
	hooks, err := tx.Webhook.Query().Where(webhook.OrganizationID(orgID), webhook.Active(true)).All(sys)
	if err != nil {
		return fmt.Errorf("webhooks of organization %d: %w", orgID, err)
	}
	var targets []*ent.Webhook
	for _, h := range hooks {
		if slices.Contains(h.Events, e.Type) {
			targets = append(targets, h)
		}
	}
	if len(targets) == 0 {
		return nil
	}
	if e.ID == "" {
		e.ID = NewEventID()
	}
	if e.Data == nil && e.DataFunc != nil {
		if e.Data, err = e.DataFunc(sys); err != nil {
			return fmt.Errorf("webhook payload of %s: %w", e.Type, err)
		}
	}
	if e.Timestamp.IsZero() {
		e.Timestamp = s.now()
	}
	body, err := json.Marshal(Payload{Type: e.Type, Timestamp: e.Timestamp.UTC().Format(time.RFC3339Nano), Data: e.Data})
	if err != nil {
		return fmt.Errorf("webhook payload: %w", err)
	}
	now := s.now()
	creates := make([]*ent.WebhookDeliveryCreate, 0, len(targets))
	for _, h := range targets {
		creates = append(creates, tx.WebhookDelivery.Create().SetOrganizationID(orgID).SetWebhookID(h.ID).
			SetEventID(e.ID).SetEventType(e.Type).SetPayload(string(body)).SetNextAttemptAt(now).
			SetCreatedAt(now).SetUpdatedAt(now))
	}
	if err := tx.WebhookDelivery.CreateBulk(creates...).Exec(sys); err != nil {
		return fmt.Errorf("queue webhook deliveries: %w", err)
	}
	s.afterCommit(tx, s.Kick)
	return nil
}

// afterCommit runs f once tx commits (at once when tx is not a transaction).
func (s *Service) afterCommit(tx *ent.Client, f func()) {
	m := tx.WebhookDelivery.Create().Mutation()
	t, err := m.Tx()
	if err != nil {
		f()
		return
	}
	t.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				f()
			}
			return err
		})
	})
}

// EnqueueIntervention announces a change of intervention id (see Enqueue): the payload's data is
// {"intervention": the intervention as GraphQL returns it, with its status} and the fields of extra.
func (s *Service) EnqueueIntervention(ctx context.Context, tx *ent.Client, orgID int, typ string, id int, extra map[string]any) error {
	if s == nil {
		return nil
	}
	return s.Enqueue(ctx, tx, orgID, Event{Type: typ, DataFunc: func(sys context.Context) (any, error) {
		it, err := tx.Intervention.Query().Where(intervention.ID(id)).WithStatus().WithTechnicians().Only(sys)
		if err != nil {
			return nil, err
		}
		data := map[string]any{"intervention": InterventionData(it)}
		for k, v := range extra {
			data[k] = v
		}
		return data, nil
	}})
}

// Input is a webhook as created or updated; nil fields are left as they are on update.
type Input struct {
	URL         *string
	Description *string
	Events      []string
	Active      *bool
}

func (s *Service) manager(ctx context.Context) (*viewer.Viewer, error) {
	v := viewer.FromContext(ctx)
	switch {
	case v == nil:
		return nil, apperr.New(apperr.Unauthenticated, "sign in first")
	case v.APIKey() && !v.HasScope(viewer.ScopeWebhooksManage):
		return nil, apperr.New(apperr.Forbidden, "this API key lacks the %s scope", viewer.ScopeWebhooksManage)
	case !v.APIKey() && !v.Admin():
		return nil, apperr.New(apperr.Forbidden, "only admins manage webhooks")
	case v.OrgID == 0:
		return nil, apperr.New(apperr.Forbidden, "webhooks belong to an organization: act as one of its admins")
	}
	return v, nil
}

func checkEvents(events []string) ([]string, error) {
	if len(events) == 0 {
		return nil, apperr.Invalid("input.events", "choose at least one event type")
	}
	var out []string
	for _, e := range events {
		e = strings.TrimSpace(e)
		if !slices.Contains(EventTypes, e) {
			return nil, apperr.Invalid("input.events", "unknown event type %q (known: %s)", e, strings.Join(EventTypes, ", "))
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out, nil
}

func checkDescription(d string) (string, error) {
	d = strings.TrimSpace(d)
	if err := apperr.CheckText("input.description", d, maxDescription); err != nil {
		return "", err
	}
	return d, nil
}

// Create adds a webhook to the caller's organization and returns it with its secret, which is shown this once.
func (s *Service) Create(ctx context.Context, in Input) (*ent.Webhook, string, error) {
	v, err := s.manager(ctx)
	if err != nil {
		return nil, "", err
	}
	if in.URL == nil {
		return nil, "", apperr.Invalid("input.url", "must not be empty")
	}
	u, err := s.cfg.Guard.CheckURL(ctx, s.cfg.Resolver, "input.url", *in.URL)
	if err != nil {
		return nil, "", err
	}
	evs, err := checkEvents(in.Events)
	if err != nil {
		return nil, "", err
	}
	var desc string
	if in.Description != nil {
		if desc, err = checkDescription(*in.Description); err != nil {
			return nil, "", err
		}
	}
	n, err := s.client.Webhook.Query().Where(webhook.OrganizationID(v.OrgID)).Count(ctx)
	if err != nil {
		return nil, "", err
	}
	if n >= MaxWebhooks {
		return nil, "", apperr.Invalid("input.url", "an organization has at most %d webhooks", MaxWebhooks)
	}
	secret := NewSecret()
	active := in.Active == nil || *in.Active
	h, err := s.client.Webhook.Create().SetOrganizationID(v.OrgID).SetURL(u.String()).SetDescription(desc).
		SetEvents(evs).SetActive(active).SetSecret(secret).Save(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("create webhook: %w", err)
	}
	return h, secret, nil
}

// get loads a webhook as the caller sees it.
func (s *Service) get(ctx context.Context, id int) (*ent.Webhook, error) {
	if _, err := s.manager(ctx); err != nil {
		return nil, err
	}
	h, err := s.client.Webhook.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.NotFound, "webhook not found")
	}
	return h, err
}

// Update changes a webhook. Re-activating an endpoint clears its disabling and its failure streak.
func (s *Service) Update(ctx context.Context, id int, in Input) (*ent.Webhook, error) {
	h, err := s.get(ctx, id)
	if err != nil {
		return nil, err
	}
	upd := s.client.Webhook.UpdateOne(h)
	if in.URL != nil {
		u, err := s.cfg.Guard.CheckURL(ctx, s.cfg.Resolver, "input.url", *in.URL)
		if err != nil {
			return nil, err
		}
		upd.SetURL(u.String())
	}
	if in.Events != nil {
		evs, err := checkEvents(in.Events)
		if err != nil {
			return nil, err
		}
		upd.SetEvents(evs)
	}
	if in.Description != nil {
		d, err := checkDescription(*in.Description)
		if err != nil {
			return nil, err
		}
		upd.SetDescription(d)
	}
	if in.Active != nil {
		upd.SetActive(*in.Active)
		if *in.Active && !h.Active {
			upd.ClearDisabledAt().ClearDisabledReason().ClearFailingSince()
		}
	}
	return upd.Save(ctx)
}

// Delete removes a webhook and its delivery log.
func (s *Service) Delete(ctx context.Context, id int) error {
	h, err := s.get(ctx, id)
	if err != nil {
		return err
	}
	return store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		sys := rule.SystemContext(ctx)
		ids, err := tx.WebhookDelivery.Query().Where(webhookdelivery.WebhookID(h.ID)).IDs(sys)
		if err != nil {
			return err
		}
		for chunk := range slices.Chunk(ids, 500) {
			if _, err := tx.WebhookAttempt.Delete().Where(webhookattempt.DeliveryIDIn(chunk...)).Exec(sys); err != nil {
				return err
			}
		}
		if _, err := tx.WebhookDelivery.Delete().Where(webhookdelivery.WebhookID(h.ID)).Exec(sys); err != nil {
			return err
		}
		return tx.Webhook.DeleteOne(h).Exec(ctx)
	})
}

// RotateSecret gives a webhook a new secret, returned this once. The previous secret keeps signing (both
// signatures are sent) for overlap, or the configured RotationOverlap when overlap is nil; 0 ends it at once.
func (s *Service) RotateSecret(ctx context.Context, id int, overlap *time.Duration) (*ent.Webhook, string, error) {
	h, err := s.get(ctx, id)
	if err != nil {
		return nil, "", err
	}
	d := s.cfg.RotationOverlap
	if overlap != nil {
		d = *overlap
	}
	if d < 0 || d > 7*24*time.Hour {
		return nil, "", apperr.Invalid("overlapSeconds", "between 0 and 7 days")
	}
	secret := NewSecret()
	upd := s.client.Webhook.UpdateOne(h).SetSecret(secret)
	if d > 0 {
		upd.SetPreviousSecret(h.Secret).SetPreviousSecretExpiresAt(s.now().Add(d))
	} else {
		upd.ClearPreviousSecret().ClearPreviousSecretExpiresAt()
	}
	h, err = upd.Save(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("rotate webhook secret: %w", err)
	}
	return h, secret, nil
}

// SendTest queues a webhook.test event to the webhook (active or not: an admin checks an endpoint before
// turning it on) and returns its delivery.
func (s *Service) SendTest(ctx context.Context, id int) (*ent.WebhookDelivery, error) {
	h, err := s.get(ctx, id)
	if err != nil {
		return nil, err
	}
	now := s.now()
	e := Event{ID: NewEventID(), Type: TestEvent, Timestamp: now, Data: map[string]any{
		"webhookId": gid(h.ID), "message": "This is a test event from Panic Button.",
	}}
	body, err := json.Marshal(Payload{Type: e.Type, Timestamp: now.Format(time.RFC3339Nano), Data: e.Data})
	if err != nil {
		return nil, err
	}
	d, err := s.client.WebhookDelivery.Create().SetOrganizationID(h.OrganizationID).SetWebhookID(h.ID).
		SetEventID(e.ID).SetEventType(e.Type).SetPayload(string(body)).SetNextAttemptAt(now).
		SetCreatedAt(now).SetUpdatedAt(now).Save(rule.SystemContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("queue test event: %w", err)
	}
	s.Kick()
	return s.client.WebhookDelivery.Get(ctx, d.ID)
}

// Redeliver puts a finished delivery (succeeded or failed) back in the queue: a new round of attempts with the
// same event id and body, due now.
func (s *Service) Redeliver(ctx context.Context, id int) (*ent.WebhookDelivery, error) {
	if _, err := s.manager(ctx); err != nil {
		return nil, err
	}
	d, err := s.client.WebhookDelivery.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.NotFound, "delivery not found")
	}
	if err != nil {
		return nil, err
	}
	if d.Status == webhookdelivery.StatusPENDING || d.Status == webhookdelivery.StatusSENDING {
		return nil, apperr.Invalid("id", "this delivery is still queued (%s)", d.Status)
	}
	err = s.client.WebhookDelivery.UpdateOneID(d.ID).Where(webhookdelivery.StatusIn(webhookdelivery.StatusSUCCEEDED, webhookdelivery.StatusFAILED)).
		SetStatus(webhookdelivery.StatusPENDING).SetAttempts(0).SetNextAttemptAt(s.now()).ClearLockedUntil().
		Exec(rule.SystemContext(ctx))
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("redeliver: %w", err)
	}
	s.Kick()
	return s.client.WebhookDelivery.Get(ctx, id)
}

// RedeliverFailed puts every failed delivery of a webhook back in the queue and returns how many.
func (s *Service) RedeliverFailed(ctx context.Context, webhookID int) (int, error) {
	h, err := s.get(ctx, webhookID)
	if err != nil {
		return 0, err
	}
	n, err := s.client.WebhookDelivery.Update().
		Where(webhookdelivery.WebhookID(h.ID), webhookdelivery.StatusEQ(webhookdelivery.StatusFAILED)).
		SetStatus(webhookdelivery.StatusPENDING).SetAttempts(0).SetNextAttemptAt(s.now()).ClearLockedUntil().
		Save(rule.SystemContext(ctx))
	if err != nil {
		return 0, fmt.Errorf("redeliver failed: %w", err)
	}
	s.Kick()
	return n, nil
}
