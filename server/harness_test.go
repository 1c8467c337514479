package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/ulule/limiter/v3"
	"github.com/ulule/limiter/v3/drivers/store/memory"

	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

const (
	testPrinterCode = "DEMOCODE42"
	testPassword    = "demo-password-123"
	testAdmin       = "admin@demo.test"
	testTech        = "tech@demo.test"
)

// testServer is the real HTTP stack (auth middleware, gqlgen, services) on a fresh database with the demo
// organization.
type testServer struct {
	*httptest.Server
	app *app
	db  *store.DB
	cfg *config.Config
}

// newTestServer starts a server on a fresh database of dialect; env overrides configuration variables.
func newTestServer(t testing.TB, dialect string, env map[string]string) *testServer {
	t.Helper()
	return startTestServer(t, testutil.NewURL(t, dialect), env)
}

// startTestServer starts a server on an existing database URL (e.g. to restart on the same database).
func startTestServer(t testing.TB, dbURL string, env map[string]string) *testServer {
	t.Helper()
	vars := map[string]string{
		"DATABASE_URL": dbURL, "DEMO_DATA": "true", "DEMO_PRINTER_CODE": testPrinterCode,
		"DEMO_PASSWORD": testPassword, "DEMO_ADMIN_EMAIL": testAdmin, "DEMO_TECH_EMAIL": testTech,
		"SESSION_SECRET": "0123456789abcdef0123456789abcdef-test-secret", "EMAIL_DIR": filepath.Join(t.TempDir(), "mail"),
		"TRUSTED_PROXIES": "127.0.0.1/32",
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
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	a, err := newApp(ctx, cfg, log, db)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.seed(ctx); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.routes())
	t.Cleanup(func() { srv.Close(); a.close(); db.Close() })
	return &testServer{Server: srv, app: a, db: db, cfg: cfg}
}

// withLimits replaces the device service's rate limits.
func (s *testServer) withLimits(l device.Limits) {
	s.app.device = device.NewService(device.Config{Client: s.db.Client,
		Secret: s.cfg.SessionSecret, PublicURL: s.cfg.PublicURL, Store: memoryStore(), Limits: l, Events: s.app.events,
		Interventions: s.app.interv})
	s.Server.Config.Handler = s.app.routes()
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
func (s *testServer) gql(t testing.TB, query string, vars map[string]any, opts ...reqOpt) gqlResponse {
	t.Helper()
	return postGQL(t, s.URL, query, vars, opts...)
}

// postGQL posts a GraphQL operation to the server at baseURL.
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

func memoryStore() limiter.Store { return memory.NewStore() }
