package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/coder/websocket"
	"github.com/klauspost/compress/gzhttp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"
	"github.com/rs/cors"
	"github.com/ulule/limiter/v3"
	"github.com/ulule/limiter/v3/drivers/store/memory"
	redisstore "github.com/ulule/limiter/v3/drivers/store/redis"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	adminui "github.com/panicbutton/panicbutton/admin-ui"
	"github.com/panicbutton/panicbutton/admin-ui/kiosk"
	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/graph"
	"github.com/panicbutton/panicbutton/internal/audit"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/gqllimit"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/panicbuttons"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/realtime"
	"github.com/panicbutton/panicbutton/internal/snmp"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/users"
)

// app is the wired server: everything serve needs, built once from the configuration.
type app struct {
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
	poller  *snmp.Poller // runs in serve unless SNMP_POLL_INTERVAL=0; on-demand polls work either way
	metrics *prometheus.Registry
	redis   *redis.Client
}

// newApp wires the services of a migrated database.
func newApp(ctx context.Context, cfg *config.Config, log *slog.Logger, db *store.DB) (*app, error) {
	a := &app{cfg: cfg, log: log, db: db, events: events.NewLocal()}
	limitStore := memory.NewStore()
	if cfg.RedisURL != "" {
		opts, err := redis.ParseURL(cfg.RedisURL)
		if err != nil {
			return nil, fmt.Errorf("REDIS_URL: %w", err)
		}
		a.redis = redis.NewClient(opts)
		if limitStore, err = redisstore.NewStoreWithOptions(a.redis, limiter.StoreOptions{Prefix: "pb:limit"}); err != nil {
			return nil, fmt.Errorf("rate limit store: %w", err)
		}
		a.events = events.NewRedis(a.redis, log)
	}
	a.auth = auth.NewService(auth.Config{Client: db.Client, SessionTTL: cfg.SessionTTL, Store: limitStore,
		Lockout: cfg.LoginLockout, Secret: cfg.SessionSecret, Events: a.events, Log: log})
	clientIP, err := auth.NewClientIP(cfg.TrustedProxies)
	if err != nil {
		return nil, err
	}
	a.auth.ClientIP = clientIP
	a.auth.SecureCookies = cfg.PublicURL.Scheme == "https"
	provider, err := newMailProvider(cfg)
	if err != nil {
		return nil, err
	}
	a.metrics = prometheus.NewRegistry()
	a.metrics.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	mailMetrics, err := mail.NewMetrics(a.metrics)
	if err != nil {
		return nil, err
	}
	a.outbox = mail.NewOutbox(db, provider, mail.OutboxConfig{Logger: log, Workers: cfg.OutboxWorkers,
		Lease: cfg.OutboxLease, PollInterval: cfg.OutboxPoll, MaxAttempts: cfg.OutboxMaxAttempts,
		OnResult: func(ctx context.Context, msg *ent.EmailMessage) { a.interv.RecordEmailResult(ctx, msg) }}, mailMetrics)
	// The one mail queue: every service that sends email queues through it, from EMAIL_FROM by default.
	a.mail = mail.NewQueue(a.outbox, cfg.EmailFrom, cfg.EmailSenderDomains...)
	a.users = users.NewService(users.Config{Client: db.Client, Dialect: db.Dialect, Auth: a.auth, Mail: a.mail,
		PublicURL: cfg.PublicURL})
	a.orgs = &orgs.Manager{Client: db.Client, Auth: a.auth, Users: a.users}
	a.notify = notify.NewService(notify.Config{Client: db.Client, Mail: a.mail, Events: a.events,
		PublicURL: cfg.PublicURL, Logger: log})
	a.interv = interventions.NewService(interventions.Config{Client: db.Client, Mail: a.mail, Notify: a.notify,
		Events: a.events, PublicURL: cfg.PublicURL, Logger: log})
	a.device = device.NewService(device.Config{
		Client: db.Client, Secret: cfg.SessionSecret, PublicURL: cfg.PublicURL,
		Store: limitStore, Events: a.events, Logger: log, Interventions: a.interv,
	})
	a.poller = snmp.NewPoller(snmp.PollerConfig{Client: db.Client, Reporter: a.interv, Interval: cfg.SNMPPollInterval,
		Concurrency: cfg.SNMPPollConcurrency, Retries: snmp.DefaultRetries, Logger: log, AllowedRanges: cfg.SNMPAllowedRanges})
	return a, nil
}

// newMailProvider is the configured email provider: .eml files (embedded default) or SendGrid.
func newMailProvider(cfg *config.Config) (mail.Provider, error) {
	if cfg.EmailProvider == "sendgrid" {
		return mail.NewSendGrid(mail.SendGridConfig{APIKey: cfg.SendGridAPIKey, BaseURL: cfg.SendGridAPIURL})
	}
	return mail.NewFile(mail.FileConfig{Dir: cfg.EmailDir})
}

func (a *app) close() {
	if a.redis != nil {
		_ = a.redis.Close()
	}
}

func migrateOnly(ctx context.Context, cfg *config.Config, log *slog.Logger) error {
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	log.Info("database migrated", "dialect", db.Dialect)
	return nil
}

func serve(ctx context.Context, cfg *config.Config, log *slog.Logger) error {
	if cfg.SessionSecretGenerated {
		log.Warn("SESSION_SECRET is not set: using a random one; sessions and launch tokens will not survive a restart or work across instances")
	}
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	a, err := newApp(ctx, cfg, log, db)
	if err != nil {
		return err
	}
	defer a.close()
	if err := a.seed(ctx); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{Handler: a.routes(), ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return ctx }}
	log.Info("panicbutton listening", "addr", ln.Addr().String(), "url", cfg.PublicURL.String(),
		"graphql", cfg.PublicURL.JoinPath("/graphql").String(), "dialect", db.Dialect)
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	outboxDone := make(chan error, 1)
	go func() { outboxDone <- a.outbox.Run(workCtx) }()
	pollerDone := make(chan error, 1)
	if cfg.SNMPPollInterval > 0 {
		go func() { pollerDone <- a.poller.Run(workCtx) }()
	} else {
		pollerDone <- nil
	}
	defer func() {
		stopWork() // after the HTTP server drained: a send under way finishes first
		if err := <-outboxDone; err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("outbox stopped", "err", err)
		}
		if err := <-pollerDone; err != nil && !errors.Is(err, context.Canceled) {
			log.Warn("SNMP poller stopped", "err", err)
		}
	}()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// seed creates the bootstrap super-admin and the demo organization when asked to.
func (a *app) seed(ctx context.Context) error {
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

func (a *app) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", limitBody(a.cors().Handler(a.auth.Middleware(a.graphqlHandler()))))
	mux.Handle("GET /graphiql", playground.Handler("Panic Button GraphQL", "/graphql"))
	mux.Handle("GET /metrics", auth.RequireBearer(a.cfg.MetricsToken, promhttp.HandlerFor(a.metrics, promhttp.HandlerOpts{})))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := a.db.Ping(ctx); err != nil {
			a.log.Warn("readiness check failed", "err", err)
			http.Error(w, "database unavailable\n", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	mux.Handle("/kiosk/", kioskHeaders(a.cfg, gzhttp.GzipHandler(http.StripPrefix("/kiosk", spaHandler(kiosk.Dist, "The kiosk is not built: run `make ui`.")))))
	mux.Handle("GET /media/{id}", a.mediaHandler())
	mux.Handle("/", gzhttp.GzipHandler(spaHandler(adminui.Dist, "The admin UI is not built: run `make ui` (or `make run`).")))
	return mux
}

func (a *app) graphqlHandler() http.Handler {
	srv := handler.New(graph.NewSchema(&graph.Resolver{
		Client: a.db.Client, Auth: a.auth, Events: a.events, Device: a.device, InterventionsService: a.interv, Notify: a.notify,
		PanicButtonsService: panicbuttons.NewService(a.db.Client, a.mail), PrintersService: printers.NewService(a.db.Client), Outbox: a.outbox, Poller: a.poller, SessionTTL: a.cfg.SessionTTL,
		Users: a.users, Orgs: a.orgs,
	}))
	srv.AddTransport(realtime.New(realtime.Config{Auth: a.auth, Events: a.events, Log: a.log, Websocket: transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{
			OriginPatterns: originPatterns(a.cfg.AllowedOrigins),
		}},
	}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.AddTransport(transport.MultipartForm{MaxUploadSize: maxUploadBody, MaxMemory: maxUploadBody})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if a.cfg.GraphQLIntrospection {
		srv.Use(extension.Introspection{})
	} else {
		srv.SetDisableSuggestion(true) // "Did you mean …?" would reveal the schema introspection hides
	}
	srv.Use(persistedQueries{extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)}})
	srv.Use(gqllimit.Depth{Max: a.cfg.GraphQLMaxDepth})
	srv.Use(gqllimit.InputLists{Max: 1000, MaxTotal: 5000})
	srv.Use(complexityLimit(a.cfg))
	srv.Use(auth.ScopeGuard{})
	srv.Use(audit.Recorder{Client: a.db.Client, Log: a.log, IP: func(ctx context.Context) string {
		if ri := auth.RequestInfoFrom(ctx); ri != nil {
			return ri.IP
		}
		return ""
	}})
	srv.SetErrorPresenter(graph.ErrorPresenter(a.log))
	return srv
}

// persistedQueries is gqlgen's automatic persisted queries with its refusals coded: a hash that does not
// match the query, an unsupported version or malformed APQ data are the caller's mistake (BAD_USER_INPUT
// naming the extension), not INTERNAL. PersistedQueryNotFound keeps gqlgen's own code, which clients expect.
type persistedQueries struct {
	extension.AutomaticPersistedQuery
}

func (p persistedQueries) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	err := p.AutomaticPersistedQuery.MutateOperationParameters(ctx, raw)
	if err != nil && err.Extensions["code"] == nil {
		field := "extensions.persistedQuery"
		if strings.Contains(err.Message, "hash") {
			field += ".sha256Hash"
		}
		err.Extensions = map[string]any{"code": "BAD_USER_INPUT", "field": field}
	}
	return err
}

// complexityLimit is the cost limit of operations: every list counted by its bound, 100 (a connection's
// default page) for lists nothing bounds. listBounds are the plain lists the server itself keeps short.
func complexityLimit(cfg *config.Config) *gqllimit.Complexity {
	return &gqllimit.Complexity{Max: cfg.GraphQLMaxComplexity, DefaultPage: 100, Bounds: listBounds}
}

var listBounds = map[string]int{
	"Cause.labels":             len(i18n.Languages), // one label per language
	"InterventionStatus.names": len(i18n.Languages),
	"Intervention.technicians": interventions.MaxTechnicians, // assignIntervention refuses more
}

// Largest request bodies /graphql accepts: an operation with its variables as JSON, and a multipart upload
// (the operation and one image; images are capped below this by the content service).
const (
	maxJSONBody   = 1 << 20
	maxUploadBody = 4 << 20
)

// limitBody refuses /graphql bodies over maxJSONBody (maxUploadBody for multipart uploads) with 413 and a
// GraphQL-shaped error, before anything else reads them: at once when Content-Length says so, otherwise
// after reading one byte past the limit, so an oversized body is never read (or buffered) whole. The
// connection is then closed by net/http rather than drained.
func limitBody(next http.Handler) http.Handler {
	tooLarge := func(w http.ResponseWriter, limit int64) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Connection", "close")
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		_, _ = fmt.Fprintf(w, `{"errors":[{"message":"request body is larger than %d bytes","extensions":{"code":"REQUEST_TOO_LARGE","maxBytes":%d}}]}`+"\n", limit, limit)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		limit := int64(maxJSONBody)
		multipart := strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/")
		if multipart {
			limit = maxUploadBody
		}
		if r.ContentLength > limit {
			tooLarge(w, limit)
			return
		}
		if multipart { // streamed by gqlgen's multipart transport, which stops at the same limit
			r.Body = http.MaxBytesReader(w, r.Body, limit)
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
		if err != nil {
			http.Error(w, "read request body", http.StatusBadRequest)
			return
		}
		if int64(len(body)) > limit {
			tooLarge(w, limit)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// cors lets the configured origins (the admin SPA's, by default PUBLIC_URL's) call /graphql from a browser
// with the session cookie; any other origin gets no CORS headers, so the browser keeps the answer from it.
func (a *app) cors() *cors.Cors {
	return cors.New(cors.Options{
		AllowedOrigins:   a.cfg.AllowedOrigins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   []string{"Content-Type", "Authorization", auth.CSRFHeader},
		AllowCredentials: true,
		MaxAge:           600,
	})
}

// originPatterns turns allowed origins (scheme://host[:port]) into coder/websocket host patterns.
func originPatterns(origins []string) []string {
	var out []string
	for _, o := range origins {
		if i := strings.Index(o, "://"); i >= 0 {
			o = o[i+3:]
		}
		out = append(out, o)
	}
	return out
}

// spaHandler serves an embedded single-page app: hashed assets cached for a year, index.html for every route.
func spaHandler(embedded fs.FS, notBuilt string) http.Handler {
	dist, err := fs.Sub(embedded, "dist")
	if err != nil {
		panic(err)
	}
	files := http.FileServerFS(dist)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if p != "" && p != "index.html" {
			if st, err := fs.Stat(dist, p); err == nil && !st.IsDir() {
				if strings.HasPrefix(p, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				files.ServeHTTP(w, r)
				return
			}
			if strings.HasPrefix(p, "assets/") {
				http.NotFound(w, r)
				return
			}
		}
		index, err := fs.ReadFile(dist, "index.html")
		if err != nil {
			http.Error(w, notBuilt, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(index)
	})
}

// mediaHandler serves uploaded images (kiosk logos and backgrounds). They are public: a printer panel shows
// them without a login. Content never changes for an id, so it is cached and validated by its hash.
func (a *app) mediaHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		m, err := a.db.Client.Media.Get(rule.SystemContext(r.Context()), id)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", m.ContentType)
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("ETag", `"`+m.Sha256+`"`)
		http.ServeContent(w, r, "", m.CreatedAt, bytes.NewReader(m.Data))
	})
}

// kioskHeaders locks the kiosk pages down: they talk to this server only (docs/DESIGN.md §12).
func kioskHeaders(cfg *config.Config, next http.Handler) http.Handler {
	img := "'self' data:"
	if origin := cfg.PublicURL.Scheme + "://" + cfg.PublicURL.Host; origin != "" {
		img += " " + origin // media URLs are built from PUBLIC_URL
	}
	csp := "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img + "; connect-src 'self'; " +
		"font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}
