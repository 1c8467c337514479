package printers_test

import (
	"context"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

func sysCtx() context.Context { return rule.SystemContext(context.Background()) }

func TestRecordSNMPPoll_StoresMetersWhenChangedAndRejectsAnotherSerial(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if _, err := demo.Seed(sysCtx(), db.Client, demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "admin@demo.test",
			TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
			t.Fatal(err)
		}
		pb := db.Client.PanicButton.Query().OnlyX(sysCtx())
		now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
		printer := db.Client.Printer.Create().SetSerial("SN-ALERT-1").SetOrganizationID(pb.OrganizationID).SetPanicButtonID(pb.ID).
			SetModel("Xerox AltaLink C8045").SetLastTotal(5000).SetLastErrors([]string{"Paper jam in tray 2"}).SaveX(sysCtx())
		f := struct {
			c       *ent.Client
			printer *ent.Printer
		}{db.Client, printer}
		n := func(v int) *int { return &v }
		str := func(s string) *string { return &s }
		alerts := []schematype.PrinterAlert{{Condition: "jammed", Since: interventions.FormatSince(now)}}
		poll := printers.SNMPPoll{At: now, Alerts: alerts, Printer: &printers.PrinterInfoInput{Serial: "SN-ALERT-1",
			Name: str("copier-1"), IP: str("10.9.9.9"), Counters: &printers.CountersInput{Total: n(5100)}, Errors: []string{}}}
		p, stored, err := printers.RecordSNMPPoll(ctx, f.c, f.printer.ID, poll)
		if err != nil || !stored {
			t.Fatalf("first poll: stored %v, %v", stored, err)
		}
		if *p.LastTotal != 5100 || p.Name != "copier-1" || p.IP != "" || len(p.LastErrors) != 0 || p.LastPolledAt == nil ||
			len(p.LastAlerts) != 1 || p.LastAlerts[0].Condition != "jammed" {
			t.Errorf("printer after poll: %+v", p)
		}
		// Same meters: no new reading; an empty serial (printer without one) is the printer's; no alerts clears them.
		poll.Printer.Serial, poll.Alerts = "", nil
		if p, stored, err = printers.RecordSNMPPoll(ctx, f.c, f.printer.ID, poll); err != nil || stored || len(p.LastAlerts) != 0 {
			t.Fatalf("second poll: stored %v alerts %v, %v", stored, p.LastAlerts, err)
		}
		if n := f.c.MeterReading.Query().Where(meterreading.SourceEQ(meterreading.SourceSNMP_POLL)).CountX(sysCtx()); n != 1 {
			t.Errorf("%d SNMP_POLL readings, want 1", n)
		}
		poll.Printer.Serial = "SN-OTHER"
		if _, _, err := printers.RecordSNMPPoll(ctx, f.c, f.printer.ID, poll); err == nil {
			t.Error("a reading of another serial was recorded")
		}
	})
}
