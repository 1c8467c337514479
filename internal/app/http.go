package app

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/http"
	"path"
	"regexp"
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
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/cors"
	"github.com/ulule/limiter/v3"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	adminui "github.com/panicbutton/panicbutton/admin-ui"
	"github.com/panicbutton/panicbutton/admin-ui/kiosk"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/graph"
	"github.com/panicbutton/panicbutton/internal/audit"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/gqllimit"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/panicbuttons"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/realtime"
	"github.com/panicbutton/panicbutton/internal/reporter"
	"github.com/panicbutton/panicbutton/internal/usage"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// Handler is the whole HTTP stack: /graphql (POST, GET, uploads, websockets) behind the body limit, CORS and
// authentication; GraphiQL, /metrics, /healthz, /readyz, the kiosk at /kiosk/, media, and the admin SPA at /.
func (a *App) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", limitBody(a.cors().Handler(a.auth.Middleware(a.graphqlHandler()))))
	mux.Handle("GET /graphql/schema.graphql", a.auth.Middleware(a.schemaHandler()))
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
	mux.Handle("GET /media/{hash}", a.mediaHandler())
	mux.Handle("GET /track/{token}", a.reporter.PageHandler())
	mux.Handle("POST /track/{token}", a.reporter.PageHandler())
	mux.Handle("/inbound/sendgrid", a.reporter.InboundHandler())
	mux.Handle("GET /export/usage.csv", a.auth.Middleware(a.usageCSVHandler()))
	mux.Handle("/", gzhttp.GzipHandler(spaHandler(adminui.Dist, "The admin UI is not built: run `make ui` (or `make run`).")))
	return mux
}

func (a *App) graphqlHandler() http.Handler {
	srv := handler.New(graph.NewSchema(&graph.Resolver{
		Client: a.db.Client, Auth: a.auth, Feed: realtime.NewFeed(a.db.Client, a.events, a.log), Device: a.device, InterventionsService: a.interv, Notify: a.notify,
		PanicButtonsService: panicbuttons.NewService(a.db.Client, a.mail), PrintersService: printers.NewService(a.db.Client), Outbox: a.outbox, Poller: a.poller, SessionTTL: a.cfg.SessionTTL,
		Users: a.users, Orgs: a.orgs, Webhooks: a.hooks, Reporter: a.reporter, UsageService: usage.NewService(a.db.Client),
	}))
	srv.AddTransport(realtime.New(realtime.Config{Auth: a.auth, Events: a.events, Log: a.log, Websocket: transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{
			OriginPatterns: originPatterns(a.cfg.AllowedOrigins),
		}},
	}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postJSON{}) // transport.POST, writing answers without re-reading their data
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
	srv.Use(a.costBudget())
	srv.Use(mutationFields{auth.ScopeGuard{}, audit.Recorder{Client: a.db.Client, Log: a.log, IP: func(ctx context.Context) string {
		if ri := auth.RequestInfoFrom(ctx); ri != nil {
			return ri.IP
		}
		return ""
	}}})
	srv.SetErrorPresenter(graph.ErrorPresenter(a.log))
	return srv
}

// mutationFields runs field interceptors that act on the Mutation root's fields only (the API-key scope guard
// and the audit log, in this order) around those fields, and nothing around the others. It is not a field
// interceptor itself: gqlgen would call it around every field of every answer (a launch's kiosk has about
// seventy), each time through a closure of its own, only for it to see the field is not a mutation's. It sets
// the field middleware of mutation operations instead (OperationContext.ResolverMiddleware, where gqlgen puts
// its field interceptors' chain), wrapping the chain gqlgen set; queries and subscriptions keep gqlgen's.
type mutationFields []interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = mutationFields{}

func (mutationFields) ExtensionName() string { return "MutationFieldInterceptors" }

func (m mutationFields) Validate(es graphql.ExecutableSchema) error {
	for _, e := range m {
		if err := e.Validate(es); err != nil {
			return fmt.Errorf("%s: %w", e.ExtensionName(), err)
		}
	}
	return nil
}

func (m mutationFields) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	chain := oc.ResolverMiddleware
	if chain == nil {
		chain = func(ctx context.Context, next graphql.Resolver) (any, error) { return next(ctx) }
	}
	oc.ResolverMiddleware = func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc == nil || fc.Object != "Mutation" {
			return chain(ctx, next)
		}
		return m.from(ctx, 0, func(ctx context.Context) (any, error) { return chain(ctx, next) })
	}
	return nil
}

func (m mutationFields) from(ctx context.Context, i int, next graphql.Resolver) (any, error) {
	if i == len(m) {
		return next(ctx)
	}
	return m[i].InterceptField(ctx, func(ctx context.Context) (any, error) { return m.from(ctx, i+1, next) })
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

// schemaHandler serves the public schema (graph.SDL(), the same text as the committed schema.graphql) for
// partners' code generators. With introspection off, only signed-in callers and API keys get it.
func (a *App) schemaHandler() http.Handler {
	sdl := []byte(graph.SDL())
	sum := sha256.Sum256(sdl)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !a.cfg.GraphQLIntrospection && viewer.FromContext(r.Context()) == nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/graphql; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("ETag", etag)
		http.ServeContent(w, r, "schema.graphql", time.Time{}, bytes.NewReader(sdl))
	})
}

// costBudget charges every operation of a partner API key to the key's budget of API_KEY_COST_BUDGET cost
// points per API_KEY_COST_WINDOW (gqllimit.Budget); signed-in people are bounded per operation only.
func (a *App) costBudget() gqllimit.Budget {
	return gqllimit.Budget{
		Limiter: limiter.New(a.limitStore, limiter.Rate{Limit: a.cfg.APIKeyCostBudget, Period: a.cfg.APIKeyCostWindow}),
		Key: func(ctx context.Context) string {
			if v := viewer.FromContext(ctx); v.APIKey() {
				return "cost:key:" + strconv.Itoa(v.APIKeyID)
			}
			return ""
		},
		Header: func(ctx context.Context) http.Header { return auth.RequestInfoFrom(ctx).Header() },
	}
}

// complexityLimit is the cost limit of operations: every list counted by its bound, 100 (a connection's
// default page) for lists nothing bounds. listBounds are the plain lists the server itself keeps short.
func complexityLimit(cfg *config.Config) *gqllimit.Complexity {
	return &gqllimit.Complexity{Max: cfg.GraphQLMaxComplexity, DefaultPage: 100, Bounds: listBounds}
}

// ListBounds returns a copy of the declared bounds of plain lists ("Type.field" -> most items), for the test
// that every plain list of the schema is bounded.
func ListBounds() map[string]int { return maps.Clone(listBounds) }

var listBounds = map[string]int{
	"PanicButton.causes":            panicbuttons.MaxCauses, // createCause refuses more
	"Cause.labels":                  len(i18n.Languages),    // one label per language
	"InterventionStatus.names":      len(i18n.Languages),
	"Intervention.technicians":      interventions.MaxTechnicians, // assignIntervention refuses more
	"WebhookAttempt.requestHeaders": webhooks.MaxLoggedHeaders,    // the headers a delivery sends
	"Printer.supplies":              printers.MaxSupplies,         // a sighting keeps only the supplies it lists
	"PanicButton.supplyRules":       panicbuttons.MaxSupplyRules,  // setSupplyRules refuses more
	"SupplyRule.supplies":           panicbuttons.MaxSupplyWords,
	"Usage.months":                  usage.MaxMonths, // the longest range
	"Usage.jumps":                   usage.MaxJumps,

	// Edges kept as plain lists because their rows are unique per parent (server/cycles_test.go).
	"Organization.notificationSettings": 1,                   // unique per organization
	"PanicButton.emailTemplates":        len(i18n.Languages), // unique per button and (supported) language

	"InterventionEvent.attachments": reporter.MaxImages, // a reply keeps at most this many images
	"InboundEmail.images":           reporter.MaxImages,
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
func (a *App) cors() *cors.Cors {
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

// mediaHandler serves uploaded images (kiosk logos and backgrounds) at /media/<sha256 of the content> (an extension
// may follow). They are public, a printer panel shows them without a login, so the URL is what protects them: the
// content hash cannot be guessed, and an image no panic button uses is deleted (its URL then answers 404). The
// same bytes in two organizations have the same URL, which reveals nothing the requester does not already hold.
// The content never changes for a URL, so it is cached for good.
func (a *App) mediaHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hash, _, _ := strings.Cut(r.PathValue("hash"), ".")
		if !mediaHashRe.MatchString(hash) {
			http.NotFound(w, r)
			return
		}
		m, err := a.db.Client.Media.Query().Where(media.Sha256(hash)).First(rule.SystemContext(r.Context()))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", m.ContentType)
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("ETag", `"`+m.Sha256+`"`)
		http.ServeContent(w, r, "", m.CreatedAt, bytes.NewReader(m.Data))
	})
}

// usageCSVHandler streams page usage per printer and month (docs/usage.md) to a signed-in viewer or an API
// key: ?from=YYYY-MM-DD&to=YYYY-MM-DD (to excluded) and optionally panicButtonId. The privacy rules keep it
// to the viewer's organization; rows are written as they are computed, a batch of printers at a time.
func (a *App) usageCSVHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if viewer.FromContext(r.Context()) == nil {
			http.Error(w, "sign in (or send an API key) to export usage", http.StatusUnauthorized)
			return
		}
		bad := func(field, msg string) { http.Error(w, field+": "+msg, http.StatusBadRequest) }
		from, err := time.Parse(time.DateOnly, r.URL.Query().Get("from"))
		if err != nil {
			bad("from", "must be a date YYYY-MM-DD")
			return
		}
		to, err := time.Parse(time.DateOnly, r.URL.Query().Get("to"))
		if err != nil {
			bad("to", "must be a date YYYY-MM-DD")
			return
		}
		var f usage.Filter
		if v := r.URL.Query().Get("panicButtonId"); v != "" {
			id, err := strconv.Atoi(v)
			if err != nil {
				bad("panicButtonId", "must be an id")
				return
			}
			f.PanicButtonID = &id
		}
		if err := usage.CheckRange(from, to); err != nil {
			bad("to", err.Error())
			return
		}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="usage-%s-%s.csv"`, from.Format(time.DateOnly), to.Format(time.DateOnly)))
		w.Header().Set("Cache-Control", "no-store")
		if err := usage.NewService(a.db.Client).WriteCSV(r.Context(), w, from, to, f); err != nil {
			// The status line is sent; the truncated body and the log say what happened.
			a.log.ErrorContext(r.Context(), "usage export failed", "err", err)
		}
	})
}

var mediaHashRe = regexp.MustCompile(`^[0-9a-f]{64}$`)

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
