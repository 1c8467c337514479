package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/internal/app"
	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/snmp"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

const (
	testPrinterCode = "DEMOCODE42"
	testPassword    = "demo-password-123"
	testAdmin       = "admin@demo.test"
	testTech        = "tech@demo.test"
)

// testServer is the real HTTP stack (internal/app: auth middleware, gqlgen, services) on a fresh database with
// the demo organization.
type testServer struct {
	*httptest.Server
	app *testApp
	db  *store.DB
	cfg *config.Config
	tb  testing.TB
}

// testApp is the wired app with the parts tests reach into (publish an event, poll, run the outbox).
type testApp struct {
	*app.App
	events events.Broker
	poller *snmp.Poller
	outbox *mail.Outbox
}

func newTestApp(t testing.TB, cfg *config.Config, db *store.DB, opts ...app.Option) *testApp {
	t.Helper()
	var logTo io.Writer = io.Discard
	if os.Getenv("TEST_LOG") != "" { // TEST_LOG=1 go test ./server -run X: the server's log on stderr
		logTo = os.Stderr
	}
	log := slog.New(slog.NewTextHandler(logTo, nil))
	a, err := app.New(context.Background(), cfg, log, db, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return &testApp{App: a, events: a.Events(), poller: a.Poller(), outbox: a.Outbox()}
}

// seed seeds again, as a restart would.
func (a *testApp) seed(ctx context.Context) error { return a.Seed(ctx) }

// newTestServer starts a server on a fresh database of dialect; env overrides configuration variables.
func newTestServer(t testing.TB, dialect string, env map[string]string) *testServer {
	t.Helper()
	return startTestServer(t, testutil.NewURL(t, dialect), env)
}

// startTestServer starts a server on an existing database URL (e.g. to restart on the same database).
func startTestServer(t testing.TB, dbURL string, env map[string]string) *testServer {
	t.Helper()
	return startTestServerOn(t, dbURL, env, nil)
}

// startTestServerOn is startTestServer with the app's ent client's driver wrapped by wrap (nil: as it is), e.g. to
// record the statements the app runs; the test server's db stays the unwrapped one.
func startTestServerOn(t testing.TB, dbURL string, env map[string]string, wrap func(*entsql.Driver) dialect.Driver) *testServer {
	t.Helper()
	vars := map[string]string{
		"DATABASE_URL": dbURL, "DEMO_DATA": "true", "DEMO_PRINTER_CODE": testPrinterCode,
		"DEMO_PASSWORD": testPassword, "DEMO_ADMIN_EMAIL": testAdmin, "DEMO_TECH_EMAIL": testTech,
		"SESSION_SECRET": "0123456789abcdef0123456789abcdef-test-secret", "EMAIL_DIR": filepath.Join(t.TempDir(), "mail"),
		"TRUSTED_PROXIES":     "127.0.0.1/32",
		"API_KEY_COST_BUDGET": "1000000000000000", // budgets have their own test (budget_test.go); the matrices spend far more
	}
	for k, v := range env {
		vars[k] = v
	}
	cfg, err := config.Load(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() }) // registered first: runs after the app's and the server's cleanups
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	appDB := db
	if wrap != nil {
		appDB = &store.DB{Client: ent.NewClient(ent.Driver(wrap(entsql.OpenDB(db.Dialect, db.SQL)))), SQL: db.SQL, Dialect: db.Dialect}
	}
	a := newTestApp(t, cfg, appDB)
	if err := a.seed(ctx); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	return &testServer{Server: srv, app: a, db: db, cfg: cfg, tb: t}
}

// withLimits rewires the app with these device rate limits (and fresh limit counters) on the same database.
func (s *testServer) withLimits(l device.Limits) {
	s.app = newTestApp(s.tb, s.cfg, s.db, app.WithDeviceLimits(l))
	s.Server.Config.Handler = s.app.Handler()
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string  { s, _ := e.Extensions["code"].(string); return s }
func (e gqlError) field() string { s, _ := e.Extensions["field"].(string); return s }

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// request options
type reqOpt func(*http.Request)

func fromIP(ip string) reqOpt { return func(r *http.Request) { r.Header.Set("X-Forwarded-For", ip) } }
func bearer(tok string) reqOpt {
	return func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+tok) }
}

// gql posts a GraphQL operation to the test server and decodes the answer.
// It goes through gqlgen's client package, in process, straight to the server's handler.
func (s *testServer) gql(t testing.TB, query string, vars map[string]any, opts ...reqOpt) gqlResponse {
	t.Helper()
	out, err := gqlgenPost(s.Config.Handler, query, vars, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// postGQL posts a GraphQL operation over real HTTP to the server at baseURL: for servers in other processes
// (cluster, mail end-to-end) and races that need real connections (concurrent lockouts).
func postGQL(t testing.TB, baseURL, query string, vars map[string]any, opts ...reqOpt) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, baseURL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for _, o := range opts {
		o(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	return out
}

// mustData fails on GraphQL errors and decodes data into v.
func (r gqlResponse) mustData(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatal(err)
	}
}

// mustFail asserts the first error's code (and field when given).
func (r gqlResponse) mustFail(t testing.TB, code, field string) gqlError {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Fatalf("want error %s, got data %s", code, r.Data)
	}
	e := r.Errors[0]
	if e.code() != code || (field != "" && e.field() != field) {
		t.Fatalf("want error %s (field %q), got %s (field %q): %s", code, field, e.code(), e.field(), e.Message)
	}
	return e
}

func eachDialect(t *testing.T, f func(t *testing.T, dialect string)) {
	for _, d := range testutil.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			f(t, d)
		})
	}
}
