package snmp

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/netip"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

func sysCtx() context.Context { return rule.SystemContext(context.Background()) }

type pollFixture struct {
	c      *ent.Client
	clock  *testClock
	pb     *ent.PanicButton
	poller *Poller
}

// newPollFixture seeds the demo organization and a poller reporting through a real interventions service; both
// read the same clock, which starts now.
func newPollFixture(t *testing.T, db *store.DB) *pollFixture {
	t.Helper()
	if _, err := demo.Seed(sysCtx(), db.Client, demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "admin@demo.test",
		TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
		t.Fatal(err)
	}
	ck := &testClock{t: time.Now().UTC()}
	svc := interventions.NewService(interventions.Config{Client: db.Client,
		PublicURL: &url.URL{Scheme: "http", Host: "localhost:8080"}, Events: events.NewLocal(), Now: ck.Now,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	p := NewPoller(PollerConfig{Client: db.Client, Reporter: svc, Interval: 5 * time.Minute, Concurrency: 4,
		// A generous timeout: CI runs this beside other builds on 2 cores.
		Timeout: 1500 * time.Millisecond, Retries: 0, Now: ck.Now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		// The test agents listen on 127.0.0.1, which the poller refuses unless allowed.
		AllowedRanges: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}})
	return &pollFixture{c: db.Client, clock: ck, pb: db.Client.PanicButton.Query().OnlyX(sysCtx()), poller: p}
}

func (f *pollFixture) addPrinter(t *testing.T, serial, ip string, enabled bool) *ent.Printer {
	t.Helper()
	return f.c.Printer.Create().SetSerial(serial).SetOrganizationID(f.pb.OrganizationID).SetPanicButtonID(f.pb.ID).
		SetIP(ip).SetSnmpEnabled(enabled).SetSnmpVersion(printer.SnmpVersionV2C).SetSnmpCommunity(snmptest.Community).SaveX(sysCtx())
}

func (f *pollFixture) totals(t *testing.T, printerID int) []int64 {
	t.Helper()
	rows := f.c.MeterReading.Query().Where(meterreading.PrinterID(printerID), meterreading.SourceEQ(meterreading.SourceSNMP_POLL)).
		Order(ent.Asc(meterreading.FieldID)).AllX(sysCtx())
	var out []int64
	for _, r := range rows {
		out = append(out, *r.Total)
	}
	return out
}

func alertNamed(alerts []schematype.PrinterAlert, cond string) (schematype.PrinterAlert, bool) {
	for _, a := range alerts {
		if a.Condition == cond {
			return a, true
		}
	}
	return schematype.PrinterAlert{}, false
}

func TestPoller_RealAgentMetersAlertsAndOneIntervention(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		agent := snmptest.Start(t, snmptest.XeroxPrinter...)
		f := newPollFixture(t, db)
		f.pb = f.pb.Update().SetAutoReportRules([]schematype.AutoReportRule{{Condition: "jammed", MinutesActive: 0}}).SaveX(sysCtx())
		sim := f.addPrinter(t, "SN-SIM-0001", agent.Addr(), true)
		closed := f.addPrinter(t, "SN-CLOSED", "127.0.0.1:"+strconv.Itoa(snmptest.FreeUDPPort(t)), true)
		silent := f.addPrinter(t, "SN-SILENT", "127.0.0.1:"+strconv.Itoa(snmptest.BlackHole(t)), true)
		off := f.addPrinter(t, "SN-OFF", agent.Addr(), false)
		ctx := context.Background()

		// Round 1: the simulated printer is read, its jam opens an intervention; the dead ones fail alone.
		start := time.Now()
		st, err := f.poller.PollOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := (PollStats{Polled: 1, Failed: 2, Readings: 1, Reported: 1}); st != want {
			t.Fatalf("round 1: %+v, want %+v", st, want)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("round 1 took %s: an unreachable printer held the others", took)
		}
		p := f.c.Printer.GetX(sysCtx(), sim.ID)
		if *p.LastTotal != 1000 || *p.LastBlack != 12345 || *p.LastColor != 6789 || *p.LastLarge != 30 ||
			p.Name != "printer-sim-01" || p.Location != "Floor 2, Room 201" || p.Model != "Xerox AltaLink C8045" ||
			p.IP != agent.Addr() || p.LastPolledAt == nil || p.LastSeenAt == nil {
			t.Errorf("printer after round 1: %+v", p)
		}
		// The demo panic button's OID1/OID2 are the first alert's description and the first console line.
		if !slices.Equal(p.LastErrors, []string{"Paper jam in tray 2", "Paper jam"}) {
			t.Errorf("last errors %q", p.LastErrors)
		}
		jam, ok := alertNamed(p.LastAlerts, "jammed")
		if !ok || jam.Severity != "critical" || jam.Since != interventions.FormatSince(f.clock.Now()) {
			t.Fatalf("last alerts %+v", p.LastAlerts)
		}
		for _, c := range []string{"inputTrayMissing", "jam", "markerTonerAlmostEmpty"} {
			if _, ok := alertNamed(p.LastAlerts, c); !ok {
				t.Errorf("alert %s missing from %+v", c, p.LastAlerts)
			}
		}
		its := f.c.Intervention.Query().AllX(sysCtx())
		if len(its) != 1 || its[0].Origin != intervention.OriginSNMP_ALERT || *its[0].PrinterID != sim.ID ||
			its[0].ReporterEmail != "snmp-alert@localhost" {
			t.Fatalf("interventions after round 1: %+v", its)
		}
		if n := f.c.EmailMessage.Query().Where(emailmessage.InterventionID(its[0].ID)).CountX(sysCtx()); n != 2 {
			t.Errorf("%d emails queued, want 2", n)
		}
		if got := f.totals(t, sim.ID); !slices.Equal(got, []int64{1000}) {
			t.Errorf("meter readings %v", got)
		}

		// A round started again at once polls nothing: each printer is claimed once per interval (so several
		// server instances share the work).
		if st, err := f.poller.PollOnce(ctx); err != nil || st != (PollStats{}) {
			t.Fatalf("immediate round: %+v %v", st, err)
		}

		// Round 2, an interval later: the printer printed 57 pages; the dead printers are backing off.
		agent.SetCounter(t, 1057)
		f.clock.Advance(5 * time.Minute)
		if st, err = f.poller.PollOnce(ctx); err != nil || st != (PollStats{Polled: 1, Skipped: 2, Readings: 1}) {
			t.Fatalf("round 2: %+v %v", st, err)
		}
		if got := f.totals(t, sim.ID); !slices.Equal(got, []int64{1000, 1057}) {
			t.Errorf("meter readings %v, want [1000 1057]", got)
		}
		p = f.c.Printer.GetX(sysCtx(), sim.ID)
		if again, _ := alertNamed(p.LastAlerts, "jammed"); again.Since != jam.Since {
			t.Errorf("jammed since moved from %s to %s", jam.Since, again.Since)
		}

		// Round 3: same meters (no reading), the jam still there (no second intervention); the dead printers
		// are tried again and fail again.
		f.clock.Advance(5 * time.Minute)
		if st, err = f.poller.PollOnce(ctx); err != nil || st != (PollStats{Polled: 1, Failed: 2}) {
			t.Fatalf("round 3: %+v %v", st, err)
		}
		if n := f.c.Intervention.Query().CountX(sysCtx()); n != 1 {
			t.Errorf("%d interventions after round 3, want 1", n)
		}
		if got := f.totals(t, sim.ID); len(got) != 2 {
			t.Errorf("meter readings %v after an unchanged round", got)
		}
		for _, id := range []int{closed.ID, silent.ID, off.ID} {
			if n := f.c.MeterReading.Query().Where(meterreading.PrinterID(id)).CountX(sysCtx()); n != 0 {
				t.Errorf("printer %d has %d readings", id, n)
			}
		}
		if p := f.c.Printer.GetX(sysCtx(), off.ID); p.LastPolledAt != nil {
			t.Error("a printer with polling off was polled")
		}

		// An on-demand poll reads at once, whatever the interval; a failing one says why.
		agent.SetCounter(t, 1100)
		res, err := f.poller.PollPrinter(ctx, sim.ID)
		if err != nil || !res.MeterStored || res.Reading == nil || *res.Reading.Counters.Total != 1100 {
			t.Fatalf("PollPrinter: %+v %v", res, err)
		}
		if _, err := f.poller.PollPrinter(ctx, closed.ID); !errors.Is(err, ErrUnreachable) {
			t.Errorf("PollPrinter of a closed port: %v", err)
		}
	})
}

func TestPoller_ConditionThatClearsIsForgottenAndReportedAgainWhenItReturns(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		// No error state, no alert: the condition comes and goes by restarting the agent with another state.
		lines := func(state string) []string {
			return append(slices.Clone(snmptest.XeroxPrinter[:5]), "override .1.3.6.1.2.1.25.3.5.1.2.1 octet_str "+state)
		}
		jammed := snmptest.Start(t, lines("0x0400")...)
		clear := snmptest.Start(t, lines("0x0000")...)
		f := newPollFixture(t, db)
		f.pb = f.pb.Update().SetAutoReportRules([]schematype.AutoReportRule{{Condition: "jammed", MinutesActive: 10}}).SaveX(sysCtx())
		pr := f.addPrinter(t, "SN-SIM-0001", jammed.Addr(), true)
		ctx := context.Background()
		poll := func(addr string) PollStats {
			t.Helper()
			f.c.Printer.UpdateOneID(pr.ID).SetIP(addr).ExecX(sysCtx())
			st, err := f.poller.PollOnce(ctx)
			if err != nil {
				t.Fatal(err)
			}
			f.clock.Advance(5 * time.Minute)
			return st
		}
		if st := poll(jammed.Addr()); st.Polled != 1 || st.Reported != 0 {
			t.Fatalf("jam seen: %+v", st) // active for 0 of the 10 minutes
		}
		if st := poll(jammed.Addr()); st.Reported != 0 {
			t.Fatalf("5 minutes: %+v", st)
		}
		if st := poll(jammed.Addr()); st.Reported != 1 {
			t.Fatalf("10 minutes: %+v", st)
		}
		if st := poll(clear.Addr()); st.Polled != 1 || len(f.c.Printer.GetX(sysCtx(), pr.ID).LastAlerts) != 0 {
			t.Fatalf("cleared: %+v %+v", st, f.c.Printer.GetX(sysCtx(), pr.ID).LastAlerts)
		}
		for i := 0; i < 2; i++ {
			poll(jammed.Addr())
		}
		if st := poll(jammed.Addr()); st.Reported != 1 {
			t.Fatalf("back for 10 minutes: %+v", st)
		}
		if n := f.c.Intervention.Query().Where(intervention.OriginEQ(intervention.OriginSNMP_ALERT)).CountX(sysCtx()); n != 2 {
			t.Errorf("%d interventions, want 2 (one per occurrence)", n)
		}
	})
}

func TestPrinterTarget_FromPrinterSettings(t *testing.T) {
	pb := &ent.PanicButton{ErrorOids: []string{"1.3.6.1.2.1.1.5.0", "not an oid", "", ".1.3.6.1.2.1.1.6.0", "1.3.6.1.9"}}
	cfg := PollerConfig{Timeout: time.Second, Retries: 2}
	pr := &ent.Printer{Serial: "S1", IP: "10.0.0.7", SnmpVersion: printer.SnmpVersionV3, SnmpProfile: "xerox",
		SnmpV3: schematype.SNMPv3Credentials{User: "u", AuthProtocol: "SHA256", AuthPassword: "authpass1", PrivPassword: "privpass1"}}
	pr.Edges.PanicButton = pb
	tg, err := printerTarget(pr, cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := Target{Host: "10.0.0.7", Version: V3, V3User: "u", V3AuthProto: "SHA256", V3AuthPass: "authpass1", V3PrivPass: "privpass1",
		Timeout: time.Second, Retries: 2, ProfileOverride: "xerox", ErrorOIDs: [4]string{".1.3.6.1.2.1.1.5.0", "", "", ".1.3.6.1.2.1.1.6.0"},
		Guard: &AddrGuard{}}
	if !reflect.DeepEqual(tg, want) {
		t.Errorf("target\n got %+v\nwant %+v", tg, want)
	}

	pr = &ent.Printer{Serial: "S2", IP: "[::1]:1161", SnmpVersion: printer.SnmpVersionV1, SnmpCommunity: "secret"}
	if tg, err = printerTarget(pr, cfg); err != nil || tg.Host != "::1" || tg.Port != 1161 || tg.Version != V1 || tg.Community != "secret" {
		t.Errorf("v1 with port: %+v %v", tg, err)
	}
	for _, bad := range []*ent.Printer{
		{Serial: "S3"}, {Serial: "S4", IP: "10.0.0.0/24"}, {Serial: "S5", IP: "10.0.0.1", SnmpVersion: printer.SnmpVersionV3},
		{Serial: "S6", IP: "10.0.0.1", SnmpProfile: "epson"},
	} {
		if _, err := printerTarget(bad, cfg); !errors.Is(err, ErrInvalidTarget) {
			t.Errorf("%s: %v, want ErrInvalidTarget", bad.Serial, err)
		}
	}
}

func TestTrackAlerts_KeepsFirstSeenAndDropsCleared(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	prev := []schematype.PrinterAlert{{Condition: "jammed", Since: interventions.FormatSince(t0)}, {Condition: "doorOpen", Since: interventions.FormatSince(t0)},
		{Condition: "noToner", Since: "garbage"}}
	now := t0.Add(10 * time.Minute)
	got := trackAlerts(prev, []schematype.PrinterAlert{{Condition: "jammed"}, {Condition: "noToner"}, {Condition: "lowPaper"}}, now)
	want := []schematype.PrinterAlert{{Condition: "jammed", Since: "2026-01-01T08:00:00Z"}, {Condition: "noToner", Since: "2026-01-01T08:10:00Z"},
		{Condition: "lowPaper", Since: "2026-01-01T08:10:00Z"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if got := trackAlerts(prev, nil, now); got != nil {
		t.Errorf("nothing current: %+v", got)
	}
}

func TestReadingAlerts_ConditionsThenAlertCodesOncePerName(t *testing.T) {
	r := &Reading{
		Conditions:  []Condition{DoorOpen, Jammed},
		ConsoleText: []string{"Close door A"},
		Alerts: []Alert{
			{CodeName: "doorOpen", Description: "Front door open", SeverityName: "critical"},
			{CodeName: "jam", Description: "Paper jam in tray 2", SeverityName: "critical"},
			{CodeName: "jam", Description: "Second jam row", SeverityName: "critical"},
			{CodeName: "markerTonerAlmostEmpty", GroupName: "markerSupplies", SeverityName: "warning"},
		},
	}
	want := []schematype.PrinterAlert{
		{Condition: "doorOpen", Description: "Door open (printer display: Close door A)", Severity: "critical"},
		{Condition: "jammed", Description: "Paper jam (printer display: Close door A)", Severity: "critical"},
		{Condition: "jam", Description: "Paper jam in tray 2", Severity: "critical"},
		{Condition: "markerTonerAlmostEmpty", Description: "markerTonerAlmostEmpty (markerSupplies)", Severity: "warning"},
	}
	if got := readingAlerts(r); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
