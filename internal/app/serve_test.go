package app

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// records keeps what a server logs, for a test to wait for a message.
type records struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (h *records) Enabled(context.Context, slog.Level) bool { return true }
func (h *records) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *records) WithGroup(string) slog.Handler            { return h }
func (h *records) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	h.recs = append(h.recs, r.Clone())
	h.mu.Unlock()
	return nil
}

// find returns the attributes of the first record logged with msg.
func (h *records) find(msg string) (map[string]string, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, r := range h.recs {
		if r.Message == msg {
			attrs := map[string]string{}
			r.Attrs(func(a slog.Attr) bool { attrs[a.Key] = a.Value.String(); return true })
			return attrs, true
		}
	}
	return nil, false
}

// TestServe_AnswersWhileTheSearchIndexIsBackfilledOnMariaDB starts the server on a MariaDB database upgraded with
// interventions not indexed for search (the demo organization's and another's), whose rows another transaction
// holds: the server listens and answers at once (the backfill does not hold it up) — an admin's searchIndex
// counts their organization's unindexed interventions only, a search misses them, a technician may not ask.
// Once the rows are free, the backfill indexes them in the background: searchIndex reaches complete and the
// search finds them all. Cancelling stops the server.
func TestServe_AnswersWhileTheSearchIndexIsBackfilledOnMariaDB(t *testing.T) {
	dbURL := testutil.NewMySQLURL(t)
	vars := map[string]string{
		"DATABASE_URL": dbURL, "PANIC_ADDR": "127.0.0.1:0", "DEMO_DATA": "true", "DEMO_INTERVENTIONS": "300",
		"DEMO_PRINTER_CODE": "DEMOCODE42", "DEMO_PASSWORD": "demo-password-123", "SNMP_POLL_INTERVAL": "0",
		"PRINTER_SILENT_AFTER": "0", "SESSION_SECRET": "0123456789abcdef0123456789abcdef-test-secret",
		"EMAIL_DIR": filepath.Join(t.TempDir(), "mail"),
	}
	cfg, err := config.Load(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	quiet := slog.New(slog.DiscardHandler)

	// The database as an upgrade leaves it: the demo organization's interventions and another's, unindexed.
	ctx, sys := context.Background(), rule.SystemContext(context.Background())
	db, err := store.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	a, err := New(ctx, cfg, quiet, db)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Seed(ctx); err != nil {
		t.Fatal(err)
	}
	a.Close()
	other := db.Client.Organization.Create().SetName("Other").SetSlug("other").SaveX(sys)
	st := db.Client.InterventionStatus.Create().SetOrganizationID(other.ID).SetName("New").SetCategory(interventionstatus.CategoryOPEN).SaveX(sys)
	for i := range 120 {
		db.Client.Intervention.Create().SetOrganizationID(other.ID).SetStatusID(st.ID).SetReference(fmt.Sprintf("PB-OTHER-%04d", i)).
			SetReporterEmail(fmt.Sprintf("user%d@demo.example", i)).SetPrinterSnapshot(schematype.PrinterSnapshot{Serial: "OTHER-1"}).ExecX(sys)
	}
	demoOrg := db.Client.Organization.Query().Where(organization.Slug(demo.Slug)).OnlyX(sys)
	demoCount := db.Client.Intervention.Query().Where(intervention.OrganizationID(demoOrg.ID)).CountX(sys)
	if demoCount < 300 {
		t.Fatalf("the demo has %d interventions", demoCount)
	}
	for _, q := range []string{"UPDATE `interventions` SET `search_text` = NULL", "DELETE FROM `intervention_grams`"} {
		if _, err := db.SQL.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	// Another transaction holds every unindexed intervention (no gap locks: READ COMMITTED).
	_, dsn, err := store.ParseURL(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	locker, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer locker.Close()
	hold, err := locker.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Rollback()
	rows, err := hold.Query("SELECT `id` FROM `interventions` WHERE `search_text` IS NULL FOR UPDATE")
	if err != nil {
		t.Fatal(err)
	}
	held := 0
	for rows.Next() {
		held++
	}
	if err := rows.Close(); err != nil || held != demoCount+120 {
		t.Fatalf("held %d: %v", held, err)
	}

	logs := &records{}
	serveCtx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- Serve(serveCtx, cfg, slog.New(logs)) }()
	var url string
	for deadline := time.Now().Add(30 * time.Second); url == ""; {
		select {
		case err := <-served:
			t.Fatalf("Serve returned before listening: %v", err)
		default:
		}
		if attrs, ok := logs.find("panicbutton listening"); ok {
			url = "http://" + attrs["addr"]
		} else if time.Now().After(deadline) {
			t.Fatal("the server did not listen while the unindexed interventions were held")
		}
		time.Sleep(20 * time.Millisecond)
	}

	post := func(token, query string, vars map[string]any) (data json.RawMessage, codes []string) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
		req, _ := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			Data   json.RawMessage
			Errors []struct{ Extensions struct{ Code string } }
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatalf("status %d: %v", resp.StatusCode, err)
		}
		for _, e := range out.Errors {
			codes = append(codes, e.Extensions.Code)
		}
		return out.Data, codes
	}
	login := func(email string) string {
		data, codes := post("", `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
			map[string]any{"e": email, "p": "demo-password-123"})
		var out struct{ Login struct{ Token string } }
		if err := json.Unmarshal(data, &out); err != nil || len(codes) > 0 {
			t.Fatalf("login %s: %v %v", email, codes, err)
		}
		return out.Login.Token
	}
	type status struct {
		Pending        int
		PendingIsExact bool
		Complete       bool
	}
	admin := login(cfg.DemoAdminEmail)
	searchIndex := func() status {
		data, codes := post(admin, `{ searchIndex { pending pendingIsExact complete } }`, nil)
		var out struct{ SearchIndex status }
		if err := json.Unmarshal(data, &out); err != nil || len(codes) > 0 {
			t.Fatalf("searchIndex: %v %v", codes, err)
		}
		return out.SearchIndex
	}
	found := func() int {
		data, codes := post(admin, `{ interventions(first: 1, where: {search: "@demo.example"}) { totalCountCapped } }`, nil)
		var out struct {
			Interventions struct{ TotalCountCapped int }
		}
		if err := json.Unmarshal(data, &out); err != nil || len(codes) > 0 {
			t.Fatalf("search: %v %v", codes, err)
		}
		return out.Interventions.TotalCountCapped
	}

	if got := searchIndex(); got != (status{Pending: demoCount, PendingIsExact: true}) {
		t.Fatalf("while held: searchIndex %+v, want %d pending (the demo organization's only)", got, demoCount)
	}
	if n := found(); n != 0 {
		t.Fatalf("while held, the search found %d unindexed interventions", n)
	}
	if _, codes := post(login(cfg.DemoTechEmail), `{ searchIndex { pending } }`, nil); !slices.Equal(codes, []string{"FORBIDDEN"}) {
		t.Fatalf("a technician's searchIndex: %v, want FORBIDDEN", codes)
	}

	if err := hold.Rollback(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); !searchIndex().Complete; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the backfill did not complete: %+v", searchIndex())
		}
	}
	if got := searchIndex(); got != (status{Pending: 0, PendingIsExact: true, Complete: true}) {
		t.Fatalf("after the backfill: searchIndex %+v", got)
	}
	if n := found(); n != demoCount {
		t.Fatalf("after the backfill the search found %d, want %d", n, demoCount)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if attrs, ok := logs.find("search index complete"); ok {
			if attrs["indexed"] != fmt.Sprint(demoCount+120) {
				t.Fatalf("the backfill logged %v, want %d indexed", attrs, demoCount+120)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the backfill did not log its completion")
		}
	}

	stop()
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
}
