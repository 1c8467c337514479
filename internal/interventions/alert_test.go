package interventions_test

import (
	"context"
	"io"
	"log/slog"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// clock is a settable time source shared by the service and the test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type alertFixture struct {
	c       *ent.Client
	svc     *interventions.Service
	clock   *clock
	pb      *ent.PanicButton
	printer *ent.Printer
	causes  []*ent.Cause
	events  <-chan events.Event
}

func sysCtx() context.Context { return rule.SystemContext(context.Background()) }

// newAlertFixture seeds the demo organization and registers one printer with meters.
func newAlertFixture(t *testing.T, db *store.DB) *alertFixture {
	t.Helper()
	ctx := sysCtx()
	if _, err := demo.Seed(ctx, db.Client, demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "admin@demo.test",
		TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
		t.Fatal(err)
	}
	pb := db.Client.PanicButton.Query().OnlyX(ctx)
	causes := db.Client.Cause.Query().Where(cause.PanicButtonID(pb.ID)).Order(ent.Asc(cause.FieldPosition)).AllX(ctx)
	total := int64(5000)
	p := db.Client.Printer.Create().SetSerial("SN-ALERT-1").SetOrganizationID(pb.OrganizationID).SetPanicButtonID(pb.ID).
		SetModel("Xerox AltaLink C8045").SetLastTotal(total).SetLastErrors([]string{"Paper jam in tray 2"}).SaveX(ctx)
	broker := events.NewLocal()
	subCtx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	ck := &clock{t: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
	svc := interventions.NewService(interventions.Config{Client: db.Client,
		PublicURL: &url.URL{Scheme: "https", Host: "panic.example.com"}, Events: broker, Now: ck.Now,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return &alertFixture{c: db.Client, svc: svc, clock: ck, pb: pb, printer: p, causes: causes,
		events: broker.Subscribe(subCtx, pb.OrganizationID)}
}

func (f *alertFixture) setRules(t *testing.T, rules ...schematype.AutoReportRule) {
	t.Helper()
	f.pb = f.pb.Update().SetAutoReportRules(rules).SaveX(sysCtx())
}

func TestReportAlert_MatchingRuleOpensOneSNMPAlertInterventionWithEmails(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newAlertFixture(t, db)
		ctx := context.Background()
		// The third cause is deactivated: a rule naming it must not tick it.
		f.c.Cause.UpdateOne(f.causes[2]).SetActive(false).ExecX(sysCtx())
		f.setRules(t,
			schematype.AutoReportRule{Condition: "noToner", MinutesActive: 0},
			schematype.AutoReportRule{Condition: "jammed", MinutesActive: 10, Message: "Jam reported by SNMP",
				CauseIDs: []int{f.causes[2].ID, f.causes[0].ID}, Emails: []string{"Facilities@Customer.test", "other@customer.test"}})

		since := f.clock.Now()
		jam := interventions.Alert{Condition: "jammed", Description: "Paper jam", Since: since}

		// No rule for this condition.
		if ref, created, err := f.svc.ReportAlert(ctx, f.printer.ID, interventions.Alert{Condition: "doorOpen", Since: since.Add(-time.Hour)}); err != nil || created || ref != "" {
			t.Fatalf("doorOpen: %q %v %v", ref, created, err)
		}
		// Active for 5 minutes of the 10 the rule asks.
		f.clock.Advance(5 * time.Minute)
		if ref, created, err := f.svc.ReportAlert(ctx, f.printer.ID, jam); err != nil || created || ref != "" {
			t.Fatalf("too early: %q %v %v", ref, created, err)
		}
		if n := f.c.Intervention.Query().CountX(sysCtx()); n != 0 {
			t.Fatalf("%d interventions before the rule's minutes", n)
		}

		f.clock.Advance(5 * time.Minute)
		ref, created, err := f.svc.ReportAlert(ctx, f.printer.ID, jam)
		if err != nil || !created || ref == "" {
			t.Fatalf("report: %q %v %v", ref, created, err)
		}
		it := f.c.Intervention.Query().Where(intervention.Reference(ref)).WithCauses().OnlyX(sysCtx())
		if it.Origin != intervention.OriginSNMP_ALERT || it.ReporterEmail != "facilities@customer.test" ||
			it.Message != "Jam reported by SNMP" || it.Language != "en" || *it.PrinterID != f.printer.ID {
			t.Errorf("intervention: origin %s reporter %q message %q language %q", it.Origin, it.ReporterEmail, it.Message, it.Language)
		}
		if !slices.Equal(it.CauseLabels, []string{"Paper jam"}) || len(it.Edges.Causes) != 1 || it.Edges.Causes[0].ID != f.causes[0].ID {
			t.Errorf("causes: labels %q edges %v", it.CauseLabels, it.Edges.Causes)
		}
		if it.PrinterSnapshot.Serial != "SN-ALERT-1" || it.PrinterSnapshot.Total == nil || *it.PrinterSnapshot.Total != 5000 ||
			!slices.Equal(it.PrinterSnapshot.Errors, []string{"Paper jam in tray 2"}) {
			t.Errorf("snapshot: %+v", it.PrinterSnapshot)
		}
		mails := f.c.EmailMessage.Query().Where(emailmessage.InterventionID(it.ID)).AllX(sysCtx())
		to := map[emailmessage.Kind][]string{}
		for _, m := range mails {
			if m.Status != emailmessage.StatusQUEUED {
				t.Errorf("%s email is %s, want QUEUED", m.Kind, m.Status)
			}
			to[m.Kind] = m.To
		}
		if len(mails) != 2 || !slices.Equal(to[emailmessage.KindREPORT_USER], []string{"facilities@customer.test"}) ||
			!slices.Equal(to[emailmessage.KindREPORT_TECH], []string{"technicians@demo.test"}) {
			t.Errorf("emails to %v", to)
		}
		if n := f.c.MeterReading.Query().Where(meterreading.SourceEQ(meterreading.SourceREPORT)).CountX(sysCtx()); n != 1 {
			t.Errorf("%d report meter readings, want 1", n)
		}
		select {
		case e := <-f.events:
			if e.Kind != events.InterventionChanged || e.InterventionID != it.ID {
				t.Errorf("event %+v", e)
			}
		case <-time.After(2 * time.Second):
			t.Error("no event published")
		}

		// The same ongoing alert, polled again later: the same reference, nothing new.
		f.clock.Advance(time.Hour)
		again, created, err := f.svc.ReportAlert(ctx, f.printer.ID, jam)
		if err != nil || created || again != ref {
			t.Fatalf("again: %q %v %v, want %q", again, created, err, ref)
		}
		if n, m := f.c.Intervention.Query().CountX(sysCtx()), f.c.EmailMessage.Query().CountX(sysCtx()); n != 1 || m != 2 {
			t.Fatalf("after repeat: %d interventions, %d emails", n, m)
		}

		// The jam cleared and came back: a new occurrence is a new intervention.
		next := jam
		next.Since = f.clock.Now().Add(-15 * time.Minute)
		ref2, created, err := f.svc.ReportAlert(ctx, f.printer.ID, next)
		if err != nil || !created || ref2 == ref {
			t.Fatalf("new occurrence: %q %v %v", ref2, created, err)
		}
	})
}

func TestReportAlert_ReporterAndMessageFallbacks(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newAlertFixture(t, db)
		ctx := context.Background()
		f.setRules(t, schematype.AutoReportRule{Condition: "JAMMED"}, schematype.AutoReportRule{Condition: "noPaper", Emails: []string{"not an email"}})

		// Without a rule email: the organization's customer contact; without a rule message: the description.
		f.c.Organization.UpdateOneID(f.pb.OrganizationID).SetCustomerContactEmail("contact@customer.test").ExecX(sysCtx())
		ref, created, err := f.svc.ReportAlert(ctx, f.printer.ID, interventions.Alert{Condition: "jammed", Description: "Paper jam (printer display: Open door A)", Since: f.clock.Now()})
		if err != nil || !created {
			t.Fatalf("jammed: %q %v %v", ref, created, err)
		}
		it := f.c.Intervention.Query().Where(intervention.Reference(ref)).OnlyX(sysCtx())
		if it.ReporterEmail != "contact@customer.test" || it.Message != "Paper jam (printer display: Open door A)" || len(it.CauseLabels) != 0 {
			t.Errorf("reporter %q message %q causes %q", it.ReporterEmail, it.Message, it.CauseLabels)
		}

		// No usable email anywhere: snmp-alert@<PUBLIC_URL host>; no description: a message naming the condition.
		f.c.Organization.UpdateOneID(f.pb.OrganizationID).ClearCustomerContactEmail().ExecX(sysCtx())
		ref, created, err = f.svc.ReportAlert(ctx, f.printer.ID, interventions.Alert{Condition: "noPaper", Since: f.clock.Now()})
		if err != nil || !created {
			t.Fatalf("noPaper: %q %v %v", ref, created, err)
		}
		it = f.c.Intervention.Query().Where(intervention.Reference(ref)).OnlyX(sysCtx())
		if it.ReporterEmail != "snmp-alert@panic.example.com" || it.Message != "SNMP alert on SN-ALERT-1: noPaper" {
			t.Errorf("reporter %q message %q", it.ReporterEmail, it.Message)
		}
	})
}

func TestAlertDedupeKey_FitsTheColumn(t *testing.T) {
	since := time.Unix(1772445600, 0)
	if got := interventions.AlertDedupeKey(42, interventions.Alert{Condition: "jammed", Since: since}); got != "snmp:42:jammed:1772445600" {
		t.Errorf("key %q", got)
	}
	const cond = "markerWasteTonerReceptacleAlmostFull (markerSupplies)"
	long := interventions.AlertDedupeKey(2147483647, interventions.Alert{Condition: cond, Since: since})
	if len(long) != 64 || long[:5] != "snmp:" {
		t.Errorf("long key %q (%d)", long, len(long))
	}
	if long == interventions.AlertDedupeKey(2147483647, interventions.Alert{Condition: cond, Since: since.Add(time.Second)}) {
		t.Error("different occurrences share a key")
	}
}
