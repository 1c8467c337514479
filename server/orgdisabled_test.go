package main

import (
	"context"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/interventions"
)

// A disabled organization takes no reports (issue 14, item 9): launch, registerPrinter and submitPanicReport
// answer ORGANIZATION_DISABLED and store nothing, and an SNMP alert opens no intervention. Enabled again, the
// same printer and code work.
func TestDisabledOrganization_TakesNoRegistrationLaunchOrReport(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		c := s.db.Client
		ready := s.registered(t, "SN-OFF-1", nil, "")
		p := c.Printer.Query().Where(printer.Serial("SN-OFF-1")).OnlyX(sys())
		c.PanicButton.UpdateOneID(p.PanicButtonID).
			SetAutoReportRules([]schematype.AutoReportRule{{Condition: "jam", MinutesActive: 0}}).ExecX(sys())
		readings := count(t, c.MeterReading.Query())
		interv := count(t, c.Intervention.Query())

		c.Organization.UpdateOneID(p.OrganizationID).SetActive(false).ExecX(sys())

		launch := map[string]any{"printer": printerIn("SN-OFF-1", map[string]any{"counters": map[string]any{"total": 777}})}
		s.gql(t, launchQ, map[string]any{"in": launch}).mustFail(t, "ORGANIZATION_DISABLED", "")
		if n := count(t, c.MeterReading.Query().Where(meterreading.Total(777))); n != 0 {
			t.Fatalf("launch of a disabled organization's printer stored %d meter readings", n)
		}
		report := map[string]any{"sessionToken": *ready.SessionToken, "email": "someone@example.com",
			"causeIds": []string{ready.Kiosk.Causes[0].ID}}
		s.gql(t, submitQ, map[string]any{"in": report}).mustFail(t, "ORGANIZATION_DISABLED", "")
		reg := map[string]any{"printer": printerIn("SN-OFF-2", nil), "printerCode": testPrinterCode}
		s.gql(t, registerQ, map[string]any{"in": reg}).mustFail(t, "ORGANIZATION_DISABLED", "")
		if n := count(t, c.Printer.Query().Where(printer.Serial("SN-OFF-2"))); n != 0 {
			t.Fatalf("a disabled organization registered a printer")
		}
		ref, created, err := s.app.Interventions().ReportAlert(context.Background(), p.ID,
			interventions.Alert{Condition: "jam", Since: time.Now().Add(-time.Hour)})
		if err != nil || created || ref != "" {
			t.Fatalf("SNMP alert for a disabled organization = %q, %v, %v", ref, created, err)
		}
		if n := count(t, c.Intervention.Query()); n != interv {
			t.Fatalf("interventions = %d, want %d: a disabled organization opened interventions", n, interv)
		}
		if n := count(t, c.MeterReading.Query()); n != readings {
			t.Fatalf("meter readings = %d, want %d", n, readings)
		}

		c.Organization.UpdateOneID(p.OrganizationID).SetActive(true).ExecX(sys())
		if l := s.launch(t, launch); l.Status != "READY" {
			t.Fatalf("launch after re-enabling = %+v", l)
		}
		if res := s.submit(t, report); res.Reference == "" {
			t.Fatalf("report after re-enabling = %+v", res)
		}
	})
}
