package snmp

import (
	"context"
	"io"
	"log/slog"
	"net/netip"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// Two server instances (each its own database pool, interventions service and poller) share one MariaDB and
// poll the same jammed printer at the same moment, round after round: the unique alert_key lets exactly one
// intervention open per ongoing alert, whatever the timing.
func TestTwoPollersOnOneMariaDB_OpenOneInterventionPerAlert(t *testing.T) {
	agent := snmptest.Start(t, xeroxPrinter...)
	dbURL := testutil.NewMySQLURL(t)
	ctx := context.Background()
	open := func() *store.DB {
		db, err := store.Open(ctx, dbURL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	first := open()
	if err := first.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	f := newPollFixture(t, first)
	f.pb = f.pb.Update().SetAutoReportRules([]schematype.AutoReportRule{{Condition: "jammed"}}).SaveX(sysCtx())
	p := f.addPrinter(t, "SN-SIM-0001", agent.Addr(), true)

	pollers := []*Poller{f.poller}
	second := open()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	svc := interventions.NewService(interventions.Config{Client: second.Client,
		PublicURL: &url.URL{Scheme: "http", Host: "localhost:8080"}, Events: events.NewLocal(), Now: f.clock.Now, Logger: quiet})
	pollers = append(pollers, NewPoller(PollerConfig{Client: second.Client, Reporter: svc, Interval: 5 * time.Minute,
		Timeout: 1500 * time.Millisecond, Now: f.clock.Now, Logger: quiet,
		AllowedRanges: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}))

	const rounds = 8
	for round := range rounds {
		// A new jam each round: the previous alert clears, so the next poll stamps a new Since (a new key).
		p.Update().ClearLastAlerts().ExecX(sysCtx())
		f.clock.Advance(time.Minute)
		var (
			wg      sync.WaitGroup
			start   = make(chan struct{})
			mu      sync.Mutex
			created []string
		)
		for _, pl := range pollers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				res, err := pl.PollPrinter(ctx, p.ID)
				if err != nil {
					t.Errorf("round %d: %v", round, err)
					return
				}
				mu.Lock()
				created = append(created, res.Reported...)
				mu.Unlock()
			}()
		}
		close(start)
		wg.Wait()
		if len(created) != 1 {
			t.Fatalf("round %d: the two pollers reported %q, want exactly one new intervention", round, created)
		}
	}
	n := f.c.Intervention.Query().Where(intervention.OriginEQ(intervention.OriginSNMP_ALERT)).CountX(sysCtx())
	if n != rounds {
		t.Fatalf("%d SNMP_ALERT interventions for %d alerts", n, rounds)
	}
	keys := f.c.Intervention.Query().Where(intervention.AlertKeyNotNil()).CountX(sysCtx())
	if keys != rounds {
		t.Fatalf("%d interventions carry an alert key, want %d", keys, rounds)
	}
}
