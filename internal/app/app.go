// Package app wires Panic Button from its configuration: store, mail, events, the domain services and the HTTP
// stack (GraphQL, websockets, SPAs, media, health, metrics). The commands in server/ call it; it holds no rule.
package app

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/redis/go-redis/v9"
	"github.com/ulule/limiter/v3"
	"github.com/ulule/limiter/v3/drivers/store/memory"
	redisstore "github.com/ulule/limiter/v3/drivers/store/redis"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/reporter"
	"github.com/panicbutton/panicbutton/internal/search"
	"github.com/panicbutton/panicbutton/internal/snmp"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/users"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// App is the wired server: everything serving needs, built once from the configuration by New.
type App struct {
	cfg     *config.Config
	log     *slog.Logger
	db      *store.DB
	auth    *auth.Service
	users   *users.Service
	orgs    *orgs.Manager
	events  events.Broker
	device  *device.Service
	notify  *notify.Service
	interv  *interventions.Service
	outbox  *mail.Outbox
	mail    *mail.Queue
	hooks   *webhooks.Service
	poller  *snmp.Poller             // runs in Run unless SNMP_POLL_INTERVAL=0; on-demand polls work either way
	silence *printers.SilenceWatcher // runs in Run unless PRINTER_SILENT_AFTER=0
	metrics *prometheus.Registry
	redis   *redis.Client
	// limitStore holds every rate limit's counters: in memory, or in Redis shared by the instances.
	limitStore limiter.Store

	// reporter is the reporter's loop: tracking page, reporter email links, inbound email webhook.
	reporter *reporter.Service
	// backfill indexes for search the interventions not indexed yet; Serve runs it in the background.
	backfill *search.Backfiller
}

// Option changes how New wires the app.
type Option func(*options)

type options struct {
	deviceLimits device.Limits
}

// WithDeviceLimits replaces the device path's rate limits (device.DefaultLimits otherwise).
func WithDeviceLimits(l device.Limits) Option {
	return func(o *options) { o.deviceLimits = l }
}

// New wires the services of a migrated database. The caller keeps db and closes it after Close.
func New(ctx context.Context, cfg *config.Config, log *slog.Logger, db *store.DB, opts ...Option) (*App, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	a := &App{cfg: cfg, log: log, db: db, events: events.NewLocal()}
	limitStore := memory.NewStore()
	if cfg.RedisURL != "" {
		ropts, err := redis.ParseURL(cfg.RedisURL)
		if err != nil {
			return nil, fmt.Errorf("REDIS_URL: %w", err)
		}
		a.redis = redis.NewClient(ropts)
		if limitStore, err = redisstore.NewStoreWithOptions(a.redis, limiter.StoreOptions{Prefix: "pb:limit"}); err != nil {
			a.Close()
			return nil, fmt.Errorf("rate limit store: %w", err)
		}
		a.events = events.NewRedis(a.redis, log)
	}
	a.limitStore = limitStore
	a.auth = auth.NewService(auth.Config{Client: db.Client, SessionTTL: cfg.SessionTTL, Store: limitStore,
		Lockout: cfg.LoginLockout, Secret: cfg.SessionSecret, Events: a.events, Log: log})
	clientIP, err := auth.NewClientIP(cfg.TrustedProxies)
	if err != nil {
		a.Close()
		return nil, err
	}
	a.auth.ClientIP = clientIP
	a.auth.SecureCookies = cfg.PublicURL.Scheme == "https"
	provider, err := newMailProvider(cfg)
	if err != nil {
		a.Close()
		return nil, err
	}
	a.metrics = prometheus.NewRegistry()
	a.metrics.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	mailMetrics, err := mail.NewMetrics(a.metrics)
	if err != nil {
		a.Close()
		return nil, err
	}
	a.outbox = mail.NewOutbox(db, provider, mail.OutboxConfig{Logger: log, Workers: cfg.OutboxWorkers,
		Lease: cfg.OutboxLease, PollInterval: cfg.OutboxPoll, MaxAttempts: cfg.OutboxMaxAttempts,
		OnResults: func(ctx context.Context, msgs []*ent.EmailMessage) { a.interv.RecordEmailResults(ctx, msgs) }}, mailMetrics)
	// The one mail queue: every service that sends email queues through it, from EMAIL_FROM by default.
	a.mail = mail.NewQueue(a.outbox, cfg.EmailFrom, cfg.EmailSenderDomains...)
	a.users = users.NewService(users.Config{Client: db.Client, Dialect: db.Dialect, Auth: a.auth, Mail: a.mail,
		PublicURL: cfg.PublicURL})
	a.orgs = &orgs.Manager{Client: db.Client, Auth: a.auth, Users: a.users}
	a.notify = notify.NewService(notify.Config{Client: db.Client, Mail: a.mail, Events: a.events,
		PublicURL: cfg.PublicURL, Logger: log})
	a.hooks = webhooks.NewService(webhooks.Config{DB: db, Mail: a.mail, Events: a.events,
		Guard: &webhooks.Guard{Allowed: cfg.WebhookAllowedRanges}, Schedule: cfg.WebhookSchedule,
		DisableAfter: cfg.WebhookDisableAfter, RotationOverlap: cfg.WebhookRotationOverlap, Timeout: cfg.WebhookTimeout,
		PollInterval: cfg.WebhookPoll, Workers: cfg.WebhookWorkers, PublicURL: cfg.PublicURL, Logger: log})
	a.interv = interventions.NewService(interventions.Config{Client: db.Client, DB: db, Mail: a.mail, Notify: a.notify,
		Events: a.events, Webhooks: a.hooks, PublicURL: cfg.PublicURL, Logger: log})
	a.reporter = reporter.NewService(reporter.Config{Client: db.Client, Interventions: a.interv, Mail: a.mail,
		Tokens:    &reporter.Tokens{Secret: cfg.SessionSecret, DaysAfterClose: cfg.TrackingLinkDays},
		PublicURL: cfg.PublicURL, InboundDomain: cfg.InboundDomain, InboundUser: cfg.InboundUser,
		InboundPassword: cfg.InboundPassword, InboundMaxBytes: int64(cfg.InboundMaxBytes), Logger: log})
	a.device = device.NewService(device.Config{
		Client: db.Client, Secret: cfg.SessionSecret, PublicURL: cfg.PublicURL, Limits: o.deviceLimits,
		Store: limitStore, Events: a.events, Logger: log, Interventions: a.interv, Webhooks: a.hooks,
	})
	a.poller = snmp.NewPoller(snmp.PollerConfig{Client: db.Client, Reporter: a.interv, Interval: cfg.SNMPPollInterval,
		Concurrency: cfg.SNMPPollConcurrency, Retries: snmp.DefaultRetries, Logger: log, AllowedRanges: cfg.SNMPAllowedRanges,
		Webhooks: a.hooks})
	a.silence = &printers.SilenceWatcher{Client: db.Client, Notify: a.notify, After: cfg.PrinterSilentAfter, Logger: log}
	a.backfill = &search.Backfiller{DB: db, Logger: log}
	return a, nil
}

// newMailProvider is the configured email provider: .eml files (embedded default) or SendGrid.
func newMailProvider(cfg *config.Config) (mail.Provider, error) {
	if cfg.EmailProvider == "sendgrid" {
		return mail.NewSendGrid(mail.SendGridConfig{APIKey: cfg.SendGridAPIKey, BaseURL: cfg.SendGridAPIURL})
	}
	return mail.NewFile(mail.FileConfig{Dir: cfg.EmailDir})
}

// Close releases what New opened (the Redis client); the database stays the caller's.
func (a *App) Close() {
	if a.device != nil {
		a.device.Close()
	}
	if a.redis != nil {
		_ = a.redis.Close()
	}
}

// Events is the live-event broker (in-process, or Redis when REDIS_URL is set).
func (a *App) Events() events.Broker { return a.events }

// Outbox is the email outbox; Run runs its workers.
func (a *App) Outbox() *mail.Outbox { return a.outbox }

// Webhooks is the webhooks service; Run delivers.
func (a *App) Webhooks() *webhooks.Service { return a.hooks }

// Poller is the server-side SNMP poller; Run runs it unless SNMP_POLL_INTERVAL=0.
func (a *App) Poller() *snmp.Poller { return a.poller }

// SilenceWatcher flags silent printers; Run runs it unless PRINTER_SILENT_AFTER=0.
func (a *App) SilenceWatcher() *printers.SilenceWatcher { return a.silence }

// Interventions is the interventions service (for tests that report an SNMP alert directly).
func (a *App) Interventions() *interventions.Service { return a.interv }

// Seed creates the bootstrap super-admin and the demo organization when the configuration asks for them;
// run again, it creates nothing twice.
func (a *App) Seed(ctx context.Context) error {
	if a.cfg.BootstrapAdminEmail != "" {
		created, err := demo.Bootstrap(ctx, a.db.Client, a.cfg.BootstrapAdminEmail, a.cfg.BootstrapAdminPassword)
		if err != nil {
			return fmt.Errorf("bootstrap admin: %w", err)
		}
		if created {
			a.log.Info("created bootstrap super-admin", "email", a.cfg.BootstrapAdminEmail)
		}
	}
	if !a.cfg.DemoData {
		return nil
	}
	res, err := demo.Seed(ctx, a.db.Client, demo.Options{
		PrinterCode: a.cfg.DemoPrinterCode, AdminEmail: a.cfg.DemoAdminEmail, TechEmail: a.cfg.DemoTechEmail,
		Password: a.cfg.DemoPassword, TechnicalEmail: "technicians@demo.example",
	})
	if err != nil {
		return err
	}
	if res.Created {
		pw := "(from DEMO_PASSWORD)"
		if a.cfg.DemoPasswordGenerated {
			pw = a.cfg.DemoPassword
		}
		a.log.Info("created demo organization", "printer_code", res.PrinterCode,
			"admin", res.AdminEmail, "technician", res.TechEmail, "password", pw)
	} else {
		a.log.Info("demo organization already present", "printer_code", res.PrinterCode)
	}
	if a.cfg.DemoInterventions > 0 {
		n, err := demo.SeedInterventions(ctx, a.db.Client, a.cfg.DemoInterventions)
		if err != nil {
			return err
		}
		if n > 0 {
			a.log.Info("created sample interventions", "count", n)
		}
	}
	return nil
}
