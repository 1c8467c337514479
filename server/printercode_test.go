package main

import (
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/ent/migrate/migrations"
	"github.com/panicbutton/panicbutton/internal/orgs"
)

// A printer code configured with a dash can be typed (issue 14, item 11): codes are stored in the form typed
// codes are looked up in, and codes stored before are migrated.
func TestPrinterCode_ConfiguredWithADashIsTypedAnyWayAndStoredOnesAreMigrated(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		env := map[string]string{"DEMO_PRINTER_CODE": "ACME-2026"}
		s := newTestServer(t, d, env)
		for i, typed := range []string{"ACME-2026", "ACME2026", "acme-2026", "ACME 2026", " acme 20-26 "} {
			serial := "SN-DASH-" + string(rune('A'+i))
			if l := s.register(t, serial, typed); l.Status != "READY" {
				t.Fatalf("register with %q = %+v", typed, l)
			}
		}
		// A code stored before normalisation (written here behind the application's back) is migrated at start.
		other, err := orgs.Provision(sys(), s.db.Client, orgs.NewOrg{Name: "Other", Slug: "other", PrinterCode: "other-code 9"})
		if err != nil {
			t.Fatal(err)
		}
		if pb := s.db.Client.PanicButton.GetX(sys(), other.PanicButton.ID); pb.PrinterCode != "OTHERCODE9" {
			t.Fatalf("stored code = %q, want OTHERCODE9", pb.PrinterCode)
		}
		if _, err := s.db.SQL.Exec("UPDATE panic_buttons SET printer_code = 'old-Code 9' WHERE id = ?", other.PanicButton.ID); err != nil {
			t.Fatal(err)
		}
		if d == "mysql" {
			// Applied already, and later migrations after it, so it cannot be made pending again (Atlas refuses a
			// file older than the last applied one): run its statement as Atlas does, from the embedded file.
			sqlFile, err := migrations.Files.ReadFile("20261201170500_normalize_printer_codes.sql")
			if err != nil {
				t.Fatal(err)
			}
			var stmt []string
			for _, line := range strings.Split(string(sqlFile), "\n") {
				if !strings.HasPrefix(line, "--") {
					stmt = append(stmt, line)
				}
			}
			if _, err := s.db.SQL.Exec(strings.TrimSpace(strings.Join(stmt, "\n"))); err != nil {
				t.Fatal(err)
			}
		}
		dbURL := s.cfg.DatabaseURL
		s.Close()
		s2 := startTestServer(t, dbURL, env)
		if pb := s2.db.Client.PanicButton.GetX(sys(), other.PanicButton.ID); pb.PrinterCode != "OLDCODE9" {
			t.Fatalf("migrated code = %q, want OLDCODE9", pb.PrinterCode)
		}
		if l := s2.register(t, "SN-DASH-OLD", "OLD-CODE-9"); l.Status != "READY" {
			t.Fatalf("register with the migrated code = %+v", l)
		}
	})
}
