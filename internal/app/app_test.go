package app

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// startApp wires the app on a fresh SQLite database with the demo organization and serves its Handler;
// env overrides configuration variables. The server tests (server/) run the same stack through every
// GraphQL operation; these test what the wiring itself adds.
func startApp(t *testing.T, env map[string]string) *httptest.Server {
	t.Helper()
	vars := map[string]string{
		"DEMO_DATA": "true", "DEMO_PRINTER_CODE": "DEMOCODE42", "DEMO_PASSWORD": "demo-password-123",
		"SESSION_SECRET": "0123456789abcdef0123456789abcdef-test-secret", "EMAIL_DIR": filepath.Join(t.TempDir(), "mail"),
	}
	for k, v := range env {
		vars[k] = v
	}
	cfg, err := config.Load(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	db := testutil.OpenDB(t, "sqlite")
	a, err := New(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	if err := a.Seed(context.Background()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	return srv
}
