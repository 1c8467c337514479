package main

import (
	"testing"

	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/internal/orgs"
)

// A printer moves only with the receiving organization's consent (Organization.allowPrinterMove, issue 14 item 7),
// in both directions, and a printer with meter readings and interventions moves: the organization it leaves keeps
// them (on the detached old row), the receiving one gets none of them.
func TestRegisterPrinter_MoveNeedsTheReceivingOrganizationsConsentAndKeepsHistory(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		c := s.db.Client
		other, err := orgs.Provision(sys(), c, orgs.NewOrg{Name: "Other", Slug: "other", PrinterCode: "OTHERCODE9"})
		if err != nil {
			t.Fatal(err)
		}
		ready := s.registered(t, "SN-MOVE-2", map[string]any{"counters": map[string]any{"total": 100}}, "")
		s.launch(t, map[string]any{"printer": printerIn("SN-MOVE-2", map[string]any{"counters": map[string]any{"total": 150}})})
		res := s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "someone@example.com",
			"causeIds": []string{ready.Kiosk.Causes[0].ID}})
		demo := c.Printer.Query().Where(printer.Serial("SN-MOVE-2")).OnlyX(sys())
		demoOrg := demo.OrganizationID
		demoReadings := count(t, c.MeterReading.Query().Where(meterreading.OrganizationID(demoOrg)))
		if demoReadings < 2 {
			t.Fatalf("setup: %d meter readings", demoReadings)
		}
		move := func(code string) gqlResponse {
			return s.gql(t, registerQ, map[string]any{"in": map[string]any{"printer": printerIn("SN-MOVE-2", nil), "printerCode": code}})
		}

		// The leaving organization's setting is not the consent: the receiving one has not allowed moves in.
		c.Organization.UpdateOneID(demoOrg).SetAllowPrinterMove(true).ExecX(sys())
		move("OTHERCODE9").mustFail(t, "FORBIDDEN", "")
		// The receiving organization allows moves in, the leaving one does not: the printer moves, readings and all.
		c.Organization.UpdateOneID(demoOrg).SetAllowPrinterMove(false).ExecX(sys())
		c.Organization.UpdateOneID(other.Org.ID).SetAllowPrinterMove(true).ExecX(sys())
		var out struct{ RegisterPrinter launchResult }
		move("OTHERCODE9").mustData(t, &out)
		if out.RegisterPrinter.Status != "READY" {
			t.Fatalf("move = %+v", out.RegisterPrinter)
		}
		moved := c.Printer.Query().Where(printer.Serial("SN-MOVE-2")).OnlyX(sys())
		if moved.OrganizationID != other.Org.ID || moved.PanicButtonID != other.PanicButton.ID {
			t.Fatalf("printer not moved: %+v", moved)
		}
		// The old organization keeps its history; the new one sees none of it.
		if n := count(t, c.MeterReading.Query().Where(meterreading.OrganizationID(demoOrg))); n != demoReadings {
			t.Fatalf("old organization's meter readings = %d, want %d", n, demoReadings)
		}
		if n := count(t, c.MeterReading.Query().Where(meterreading.PrinterID(moved.ID), meterreading.OrganizationID(demoOrg))); n != 0 {
			t.Fatalf("%d of the old organization's readings moved with the printer", n)
		}
		it := c.Intervention.Query().Where(intervention.Reference(res.Reference)).OnlyX(sys())
		if it.OrganizationID != demoOrg || it.PrinterSnapshot.Serial != "SN-MOVE-2" || it.PrinterID == nil || *it.PrinterID != demo.ID {
			t.Fatalf("old intervention = %+v", it)
		}
		if n := count(t, c.Intervention.Query().Where(intervention.PrinterID(moved.ID))); n != 0 {
			t.Fatalf("the moved printer carries %d interventions of the old organization", n)
		}

		// Back: now the demo organization receives, and it has not allowed moves in.
		s.launch(t, map[string]any{"printer": printerIn("SN-MOVE-2", map[string]any{"counters": map[string]any{"total": 300}})})
		otherReadings := count(t, c.MeterReading.Query().Where(meterreading.OrganizationID(other.Org.ID)))
		move(testPrinterCode).mustFail(t, "FORBIDDEN", "")
		c.Organization.UpdateOneID(other.Org.ID).SetAllowPrinterMove(false).ExecX(sys())
		c.Organization.UpdateOneID(demoOrg).SetAllowPrinterMove(true).ExecX(sys())
		if l := s.register(t, "SN-MOVE-2", testPrinterCode); l.Status != "READY" {
			t.Fatalf("move back = %+v", l)
		}
		back := c.Printer.Query().Where(printer.Serial("SN-MOVE-2")).OnlyX(sys())
		if back.OrganizationID != demoOrg {
			t.Fatalf("printer not moved back: %+v", back)
		}
		if n := count(t, c.MeterReading.Query().Where(meterreading.OrganizationID(other.Org.ID))); n != otherReadings {
			t.Fatalf("other organization's meter readings = %d, want %d", n, otherReadings)
		}
		if n := count(t, c.Printer.Query().Where(printer.OrganizationID(other.Org.ID))); n != 1 {
			t.Fatalf("other organization keeps %d printer rows, want its detached one", n)
		}
	})
}
