package snmp

import (
	"context"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/ent/supply"
	"github.com/panicbutton/panicbutton/ent/supplyreading"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// A real snmpd serves two toners whose levels fall across daily polls: each poll stores both supplies, their
// history, and a least-squares forecast; a toner whose level jumps up is recorded as replaced and its
// forecast starts over.
func TestPoller_SuppliesFallAcrossPollsAndAReplacementIsSeen(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		agent := snmptest.Start(t, snmptest.SuppliesPrinter...) // one per dialect: the subtests run at once
		f := newPollFixture(t, db)
		p := f.addPrinter(t, "SN-SUP-0001", agent.Addr(), true)
		ctx := context.Background()
		black := func() *ent.Supply {
			return f.c.Supply.Query().Where(supply.PrinterID(p.ID), supply.DescriptionContains("Black")).OnlyX(sysCtx())
		}
		poll := func(blackLevel, cyanLevel int) {
			t.Helper()
			agent.SetSupplyLevel(t, "1.1", blackLevel)
			agent.SetSupplyLevel(t, "1.2", cyanLevel)
			if _, err := f.poller.PollPrinter(ctx, p.ID); err != nil {
				t.Fatal(err)
			}
			f.clock.Advance(24 * time.Hour)
		}
		poll(80, 2000)
		sups := f.c.Supply.Query().Where(supply.PrinterID(p.ID)).Order(ent.Asc(supply.FieldDescription)).AllX(sysCtx())
		if len(sups) != 2 {
			t.Fatalf("supplies %+v", sups)
		}
		b, c := sups[0], sups[1]
		if b.Description != "Black Toner Cartridge CF410A" || b.Type != "toner" || b.Color != "black" || b.Unit != "percent" ||
			b.Level != 80 || b.MaxCapacity != 100 || b.LevelState != supply.LevelStateKNOWN || b.Percent == nil || *b.Percent != 80 ||
			b.DaysLeft != nil {
			t.Errorf("black %+v", b)
		}
		if c.Color != "cyan" || c.Unit != "impressions" || c.Percent == nil || *c.Percent != 86 { // 2000/2300
			t.Errorf("cyan %+v", c)
		}
		// Black falls 10 points a day; cyan stays.
		poll(70, 2000)
		poll(60, 2000)
		poll(50, 2000)
		b = black()
		if b.Percent == nil || *b.Percent != 50 || b.DaysLeft == nil || *b.DaysLeft != 5 {
			t.Fatalf("after a fall of 10%%/day from 80 to 50: %+v (days left %v)", b, ptrVal(b.DaysLeft))
		}
		if c := f.c.Supply.GetX(sysCtx(), c.ID); c.DaysLeft != nil {
			t.Errorf("a steady supply has no forecast: %v", *c.DaysLeft)
		}
		// A new cartridge: the level jumps up.
		poll(100, 2000)
		b = black()
		if b.ReplacedAt == nil || *b.Percent != 100 || b.DaysLeft != nil {
			t.Fatalf("after the replacement: %+v", b)
		}
		hist := f.c.SupplyReading.Query().Where(supplyreading.SupplyID(b.ID)).Order(ent.Asc(supplyreading.FieldReadAt)).AllX(sysCtx())
		var levels []int64
		var replacements int
		for _, h := range hist {
			levels = append(levels, h.Level)
			if h.Replacement {
				replacements++
				if h.Level != 100 {
					t.Errorf("replacement flagged on level %d", h.Level)
				}
			}
		}
		if len(levels) != 5 || replacements != 1 {
			t.Fatalf("history %v, %d replacements", levels, replacements)
		}
		// Cyan did not change: one reading, then the daily heartbeat.
		if n := f.c.SupplyReading.Query().Where(supplyreading.SupplyID(c.ID)).CountX(sysCtx()); n != 5 {
			t.Errorf("cyan history: %d readings (one per day of the heartbeat)", n)
		}
		// The new cartridge falls again: the forecast uses only the readings since the replacement.
		poll(96, 2000)
		poll(92, 2000)
		if b = black(); b.DaysLeft == nil || *b.DaysLeft != 23 {
			t.Fatalf("forecast after the replacement: %v, want 92/4 = 23 days", ptrVal(b.DaysLeft))
		}
		// RFC 3805 special values are kept as states, never as 0% or 100%.
		poll(-3, -2)
		b = black()
		c = f.c.Supply.GetX(sysCtx(), c.ID)
		if b.LevelState != supply.LevelStateSOME_REMAINING || b.Percent != nil || c.LevelState != supply.LevelStateUNKNOWN || c.Percent != nil {
			t.Fatalf("special values: black %s %v, cyan %s %v", b.LevelState, ptrVal(b.Percent), c.LevelState, ptrVal(c.Percent))
		}
	})
}

func ptrVal[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// A low-supply rule (black toner at 10%, intervention, close on replacement) on a real snmpd: the falling toner
// opens ONE intervention at the threshold, whatever the later polls (two instances' pollers at once included);
// the replacement closes it; the new cartridge running low opens a new one.
func TestPoller_LowSupplyRuleOpensOneInterventionAndAReplacementClosesIt(t *testing.T) {
	lowSupplyRuleThenReplacement(t, "CLOSE")
}

// The same rule with onReplacement ANNOTATE: the replacement is noted on the intervention, which stays open.
func TestPoller_LowSupplyRuleAnnotatesOnReplacement(t *testing.T) {
	lowSupplyRuleThenReplacement(t, "ANNOTATE")
}

func lowSupplyRuleThenReplacement(t *testing.T, onReplacement string) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		agent := snmptest.Start(t, snmptest.SuppliesPrinter...) // one per dialect: the subtests run at once
		f := newPollFixture(t, db)
		f.pb = f.pb.Update().SetSupplyRules([]schematype.SupplyRule{{Supplies: []string{"black"}, Action: "INTERVENTION", OnReplacement: onReplacement}}).SaveX(sysCtx())
		p := f.addPrinter(t, "SN-SUP-0001", agent.Addr(), true)
		ctx := context.Background()
		second := NewPoller(f.poller.cfg) // another poller on the same database (its own locks)
		poll := func(black int, pollers ...*Poller) (refs []string) {
			t.Helper()
			agent.SetSupplyLevel(t, "1.1", black)
			agent.SetSupplyLevel(t, "1.2", 100) // cyan (5%) is low too, but no rule names it
			var (
				wg sync.WaitGroup
				mu sync.Mutex
			)
			for _, pl := range pollers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					res, err := pl.PollPrinter(ctx, p.ID)
					if err != nil {
						t.Error(err)
						return
					}
					mu.Lock()
					refs = append(refs, res.Reported...)
					mu.Unlock()
				}()
			}
			wg.Wait()
			f.clock.Advance(24 * time.Hour)
			return refs
		}
		for _, lvl := range []int{30, 20} {
			if refs := poll(lvl, f.poller); len(refs) != 0 {
				t.Fatalf("at %d%%: %v", lvl, refs)
			}
		}
		first := poll(10, f.poller, second)
		if len(first) != 1 {
			t.Fatalf("at the threshold, the two pollers opened %v, want one", first)
		}
		if refs := poll(7, f.poller, second); len(refs) != 0 {
			t.Fatalf("still low: %v", refs)
		}
		it := f.c.Intervention.Query().Where(intervention.Reference(first[0])).WithStatus().OnlyX(sysCtx())
		if it.Origin != intervention.OriginSNMP_ALERT || !strings.Contains(it.Message, "Black Toner Cartridge CF410A is at 10%") {
			t.Fatalf("intervention %+v", it)
		}
		poll(100, f.poller) // a new cartridge
		it = f.c.Intervention.Query().Where(intervention.ID(it.ID)).WithStatus().OnlyX(sysCtx())
		closed := it.Edges.Status.Category == interventionstatus.CategoryCLOSED
		if closed != (onReplacement == "CLOSE") {
			t.Fatalf("onReplacement %s: after the replacement the intervention is %s", onReplacement, it.Edges.Status.Name)
		}
		notes := f.c.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID),
			interventionevent.KindEQ(interventionevent.KindNOTE_ADDED)).AllX(sysCtx())
		if onReplacement == "ANNOTATE" && (len(notes) != 1 || !strings.Contains(strings.ToLower(notes[0].Note), "replace")) {
			t.Fatalf("onReplacement ANNOTATE: notes %+v", notes)
		}
		if refs := poll(9, f.poller); len(refs) != 1 || refs[0] == first[0] {
			t.Fatalf("the new cartridge running low opened %v", refs)
		}
		if n := f.c.Intervention.Query().CountX(sysCtx()); n != 2 {
			t.Fatalf("%d interventions", n)
		}
	})
}

// A NOTIFY low-supply rule: the admins get one bell notification and one email per cartridge, even with two
// pollers polling at once and the supply staying low; no intervention opens.
func TestPoller_LowSupplyNotifyRuleTellsTheAdminsOncePerCartridge(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		agent := snmptest.Start(t, snmptest.SuppliesPrinter...)
		f := newPollFixture(t, db)
		// The fixture's service has no notifier: wire one, with the outbox queue, as the server does.
		quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
		queue := mail.NewQueue(nil, mail.Address{Email: "no-reply@panic.test"})
		nt := notify.NewService(notify.Config{Client: db.Client, Mail: queue, Events: events.NewLocal(),
			PublicURL: &url.URL{Scheme: "http", Host: "localhost:8080"}, Logger: quiet})
		svc := interventions.NewService(interventions.Config{Client: db.Client, Mail: queue, Notify: nt, Events: events.NewLocal(),
			PublicURL: &url.URL{Scheme: "http", Host: "localhost:8080"}, Now: f.clock.Now, Logger: quiet})
		cfg := f.poller.cfg
		cfg.Reporter = svc
		pollers := []*Poller{NewPoller(cfg), NewPoller(cfg)}
		f.pb.Update().SetSupplyRules([]schematype.SupplyRule{{Threshold: 15, Supplies: []string{"cyan"}, Action: "NOTIFY"}}).ExecX(sysCtx())
		p := f.addPrinter(t, "SN-SUP-0001", agent.Addr(), true)
		ctx := context.Background()
		poll := func(cyan int) {
			t.Helper()
			agent.SetSupplyLevel(t, "1.2", cyan)
			var wg sync.WaitGroup
			for _, pl := range pollers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := pl.PollPrinter(ctx, p.ID); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			f.clock.Advance(24 * time.Hour)
		}
		told := func() (bells, mails int) {
			return f.c.Notification.Query().Where(notification.KindEQ(notification.KindSUPPLY_LOW)).CountX(sysCtx()),
				f.c.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindSUPPLY_LOW)).CountX(sysCtx())
		}
		admins := f.c.User.Query().Where(user.RoleEQ(user.RoleADMIN), user.Active(true)).CountX(sysCtx())
		poll(1000) // 43%
		poll(300)  // 13%: low
		poll(250)  // still low
		if b, m := told(); b != admins || m != admins || admins == 0 {
			t.Fatalf("%d bells and %d emails for %d admins, want one each", b, m, admins)
		}
		if n := f.c.Intervention.Query().CountX(sysCtx()); n != 0 {
			t.Fatalf("a NOTIFY rule opened %d interventions", n)
		}
		poll(2300) // replaced
		poll(200)  // the new cartridge is low: told again
		if b, m := told(); b != 2*admins || m != 2*admins {
			t.Fatalf("after a new cartridge ran low: %d bells, %d emails", b, m)
		}
	})
}
