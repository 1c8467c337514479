package store_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

func TestParseURL_RejectsBadURLs(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"postgres://x/y", "must start with"},
		{"sqlite://", "needs a file path"},
		{"mysql://127.0.0.1:3306/", "needs a host and a database"},
		{"mysql:///db", "needs a host and a database"},
	} {
		if _, _, err := store.ParseURL(tc.url); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseURL(%q) = %v, want error containing %q", tc.url, err, tc.want)
		}
	}
	d, dsn, err := store.ParseURL("mysql://u:p%40ss@db.local:3307/panic")
	if err != nil || d != "mysql" || !strings.Contains(dsn, "u:p@ss@tcp(db.local:3307)/panic") || !strings.Contains(dsn, "parseTime=true") ||
		!strings.Contains(dsn, "interpolateParams=true") {
		t.Errorf("ParseURL(mysql) = %q, %q, %v", d, dsn, err)
	}
	if _, dsn, _ := store.ParseURL("mysql://u@db.local/panic?interpolateParams=false"); strings.Contains(dsn, "interpolateParams") {
		t.Errorf("interpolateParams=false kept interpolation on: %q", dsn)
	}
}

func TestMigrate_AppliesOnEmptyDatabaseAndIsIdempotent(t *testing.T) {
	for _, d := range testutil.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			db, err := store.Open(ctx, testutil.NewURL(t, d))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for i := 0; i < 2; i++ { // a second start finds nothing to do
				if err := db.Migrate(ctx); err != nil {
					t.Fatalf("migrate #%d: %v", i+1, err)
				}
			}
			if _, err := orgs.Provision(rule.SystemContext(ctx), db.Client, orgs.NewOrg{Name: "Acme", Slug: "acme"}); err != nil {
				t.Fatalf("schema not usable after migration: %v", err)
			}
		})
	}
}

// TestMigrations_MatchTheEntSchema fails when ent/schema changed without a new migration file
// (regenerate with `make migration name=...`).
func TestMigrations_MatchTheEntSchema(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, testutil.NewMySQLURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := db.Client.Schema.WriteTo(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	var pending []string
	for _, line := range strings.Split(buf.String(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line == "BEGIN;" || line == "COMMIT;" || strings.HasPrefix(line, "--") {
			continue
		}
		pending = append(pending, line)
	}
	if len(pending) > 0 {
		t.Fatalf("the ent schema differs from the migration files; run `make migration name=<change>` and commit the file.\nPending changes:\n%s",
			strings.Join(pending, "\n"))
	}
}

func TestUniqueConstraints_Hold(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		ctx := rule.SystemContext(context.Background())
		c := db.Client
		a, err := orgs.Provision(ctx, c, orgs.NewOrg{Name: "A", Slug: "a", PrinterCode: "CODEAAAAAA"})
		if err != nil {
			t.Fatal(err)
		}
		b, err := orgs.Provision(ctx, c, orgs.NewOrg{Name: "B", Slug: "b"})
		if err != nil {
			t.Fatal(err)
		}
		mustConflict := func(what string, err error) {
			t.Helper()
			if !ent.IsConstraintError(err) {
				t.Errorf("%s: got %v, want a constraint error", what, err)
			}
		}
		// Printer serials are unique across the whole platform, not per organization.
		if err := c.Printer.Create().SetSerial("SN-1").SetOrganizationID(a.Org.ID).SetPanicButtonID(a.PanicButton.ID).Exec(ctx); err != nil {
			t.Fatal(err)
		}
		mustConflict("printer serial", c.Printer.Create().SetSerial("SN-1").SetOrganizationID(b.Org.ID).SetPanicButtonID(b.PanicButton.ID).Exec(ctx))
		if err := c.User.Create().SetEmail("x@example.com").SetRole("ADMIN").SetOrganizationID(a.Org.ID).Exec(ctx); err != nil {
			t.Fatal(err)
		}
		mustConflict("user email in an organization", c.User.Create().SetEmail("x@example.com").SetRole("TECHNICIAN").SetOrganizationID(a.Org.ID).Exec(ctx))
		// The same address in another organization is a separate account.
		if err := c.User.Create().SetEmail("x@example.com").SetRole("ADMIN").SetOrganizationID(b.Org.ID).Exec(ctx); err != nil {
			t.Errorf("the address in another organization: %v", err)
		}
		mustConflict("printer code", c.PanicButton.Create().SetName("other").SetPrinterCode("CODEAAAAAA").SetOrganizationID(b.Org.ID).Exec(ctx))
		mustConflict("organization slug", c.Organization.Create().SetName("A2").SetSlug("a").Exec(ctx))
		mustConflict("status name per organization", c.InterventionStatus.Create().SetName("Open").SetCategory("OPEN").SetOrganizationID(a.Org.ID).Exec(ctx))
		// The same status name in another organization is fine.
		if n, err := c.InterventionStatus.Query().Count(ctx); err != nil || n != 2*len(orgs.DefaultStatuses) {
			t.Errorf("statuses = %d, %v", n, err)
		}
	})
}
