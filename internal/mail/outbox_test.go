package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/mail/sendgridfake"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// fakeClock is the outbox's clock in tests: it stands still until the test moves it, so backoffs
// and leases are stepped through instead of waited for.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Now().UTC().Truncate(time.Microsecond)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// AdvanceTo moves the clock to t if t is later.
func (c *fakeClock) AdvanceTo(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.t) {
		c.t = t
	}
}

func (c *fakeClock) Advance(d time.Duration) { c.AdvanceTo(c.Now().Add(d)) }

// outboxEnv is one database with an organization, a SendGrid fake and metrics.
type outboxEnv struct {
	db      *store.DB
	org     int
	fake    *sendgridfake.Server
	clock   *fakeClock
	reg     *prometheus.Registry
	metrics *Metrics
}

func newOutboxEnv(t *testing.T, db *store.DB, opts ...sendgridfake.Option) *outboxEnv {
	t.Helper()
	p, err := orgs.Provision(rule.SystemContext(context.Background()), db.Client, orgs.NewOrg{Name: "A", Slug: "a"})
	if err != nil {
		t.Fatalf("provision org: %v", err)
	}
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		t.Fatalf("NewMetrics: %v", err)
	}
	return &outboxEnv{db: db, org: p.Org.ID, fake: sendgridfake.New(t, opts...), clock: newFakeClock(), reg: reg, metrics: m}
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// outbox returns an outbox on the env's clock sending through a SendGrid provider pointed at the fake.
func (e *outboxEnv) outbox(t *testing.T, cfg OutboxConfig, provider Provider) *Outbox {
	t.Helper()
	if provider == nil {
		provider = newSendGrid(t, e.fake, 2*time.Second)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 10 * time.Millisecond
	}
	if cfg.Now == nil {
		cfg.Now = e.clock.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = testLogger(t)
	}
	return NewOutbox(e.db, provider, cfg, e.metrics)
}

// start runs o until the test ends.
func start(t *testing.T, o *Outbox) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- o.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Errorf("Run did not return after its context ended")
		}
	})
}

func (e *outboxEnv) message(i int) QueuedMessage {
	return QueuedMessage{
		OrganizationID: e.org,
		Kind:           emailmessage.KindREPORT_TECH,
		From:           Address{Name: "Panic Button", Email: "noreply@example.com"},
		To:             []string{fmt.Sprintf("tech%d@example.com", i)},
		Subject:        fmt.Sprintf("Printer needs help #%d", i),
		HTML:           "<p>Paper jam</p>",
		Text:           "Paper jam",
	}
}

func (e *outboxEnv) enqueue(t *testing.T, o *Outbox, m QueuedMessage) *ent.EmailMessage {
	t.Helper()
	msg, err := o.Enqueue(rule.SystemContext(context.Background()), e.db.Client, m)
	if err != nil {
		t.Fatalf("enqueue: %v", err)
	}
	return msg
}

func (e *outboxEnv) get(t *testing.T, id int) *ent.EmailMessage {
	t.Helper()
	msg, err := e.db.Client.EmailMessage.Get(rule.SystemContext(context.Background()), id)
	if err != nil {
		t.Fatalf("get email %d: %v", id, err)
	}
	return msg
}

// waitRow polls the row until cond holds. While the row waits for a later attempt, the clock jumps
// to it when advance is set, so backoffs pass at once.
func (e *outboxEnv) waitRow(t *testing.T, o *Outbox, id int, advance bool, what string, cond func(*ent.EmailMessage) bool) *ent.EmailMessage {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		msg := e.get(t, id)
		if cond(msg) {
			return msg
		}
		if time.Now().After(deadline) {
			t.Fatalf("email %d: timed out waiting for %s; row: status=%s attempts=%d next=%s last_error=%q",
				id, what, msg.Status, msg.Attempts, msg.NextAttemptAt, msg.LastError)
		}
		if advance && msg.Status == emailmessage.StatusQUEUED {
			e.clock.AdvanceTo(msg.NextAttemptAt)
			o.Kick()
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// metric returns the value of the series name{label="value"} gathered from reg, 0 when absent.
func metric(t *testing.T, reg *prometheus.Registry, name, label, value string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					if c := m.GetCounter(); c != nil {
						return c.GetValue()
					}
					return m.GetGauge().GetValue()
				}
			}
		}
	}
	return 0
}

// counter returns the outbox counter panicbutton_email_<name>_total for kind.
func (e *outboxEnv) counter(t *testing.T, name string, kind emailmessage.Kind) int {
	t.Helper()
	return int(metric(t, e.reg, "panicbutton_email_"+name+"_total", "kind", string(kind)))
}

func TestOutbox_DeliversOnceAfterTransientFailures(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		e := newOutboxEnv(t, db)
		reset := time.Now().Add(5 * time.Second)
		resetSec := time.Unix(reset.Unix(), 0)
		e.fake.Enqueue(
			sendgridfake.RateLimited(reset),
			sendgridfake.ServerError(http.StatusInternalServerError),
			sendgridfake.ServerError(http.StatusServiceUnavailable),
			sendgridfake.Slow(3*time.Second), // beyond the provider's timeout
		)
		o := e.outbox(t, OutboxConfig{}, newSendGrid(t, e.fake, 300*time.Millisecond))
		msg := e.enqueue(t, o, e.message(1))
		start(t, o)

		type step struct {
			wantErr      string
			minWait, max time.Duration // next attempt, from the failed attempt
		}
		steps := []step{
			// 429: retried when the limit resets (plus ≤ 10 % jitter), not after the 30 s backoff.
			{"HTTP 429", time.Until(resetSec) - time.Second, 10 * time.Second},
			// Then exponential backoff with ±50 % jitter: 60 s, 120 s, 240 s.
			{"HTTP 500", 30 * time.Second, 90 * time.Second},
			{"HTTP 503", 60 * time.Second, 180 * time.Second},
			{"sendgrid request", 120 * time.Second, 360 * time.Second},
		}
		for i, s := range steps {
			failedAt := e.clock.Now()
			row := e.waitRow(t, o, msg.ID, false, fmt.Sprintf("attempt %d to fail", i+1), func(m *ent.EmailMessage) bool {
				return m.Attempts == i+1 && m.Status == emailmessage.StatusQUEUED
			})
			if !strings.Contains(row.LastError, s.wantErr) {
				t.Errorf("attempt %d: last_error = %q, want it to mention %q", i+1, row.LastError, s.wantErr)
			}
			if wait := row.NextAttemptAt.Sub(failedAt); wait < s.minWait || wait > s.max {
				t.Errorf("attempt %d: next attempt in %s, want between %s and %s", i+1, wait, s.minWait, s.max)
			}
			if row.LockedUntil != nil {
				t.Errorf("attempt %d: lease kept after the attempt: %s", i+1, row.LockedUntil)
			}
			// Backoff respected: nothing is sent again before the next attempt is due.
			before := len(e.fake.Requests())
			time.Sleep(100 * time.Millisecond)
			if after := len(e.fake.Requests()); after != before {
				t.Fatalf("attempt %d: %d requests sent before the next attempt was due", i+1, after-before)
			}
			e.clock.AdvanceTo(row.NextAttemptAt)
			o.Kick()
		}

		row := e.waitRow(t, o, msg.ID, false, "SENT", func(m *ent.EmailMessage) bool {
			return m.Status == emailmessage.StatusSENT
		})
		if row.Attempts != 5 {
			t.Errorf("attempts = %d, want 5", row.Attempts)
		}
		if n := e.fake.Deliveries(fmt.Sprint(msg.ID)); n != 1 {
			t.Errorf("delivered %d times, want once", n)
		}
		sent := e.fake.Messages()
		if len(sent) != 1 {
			t.Fatalf("fake accepted %d messages, want 1", len(sent))
		}
		if row.ProviderMessageID != sent[0].MessageID || row.ProviderMessageID == "" {
			t.Errorf("provider_message_id = %q, want the fake's %q", row.ProviderMessageID, sent[0].MessageID)
		}
		if row.SentAt == nil || row.LockedUntil != nil || row.LastError != "" {
			t.Errorf("sent row: sent_at=%v locked_until=%v last_error=%q", row.SentAt, row.LockedUntil, row.LastError)
		}
		got := sent[0]
		if got.From != (sendgridfake.Address{Name: "Panic Button", Email: "noreply@example.com"}) ||
			len(got.To) != 1 || got.To[0].Email != "tech1@example.com" ||
			got.Subject != "Printer needs help #1" || got.Text != "Paper jam" || got.HTML != "<p>Paper jam</p>" {
			t.Errorf("delivered message differs from the row: %+v", got)
		}

		// The worker counts after it stores the outcome: give it a moment after the row reads SENT.
		deadline := time.Now().Add(2 * time.Second)
		for name, want := range map[string]int{"queued": 1, "attempts": 5, "sent": 1, "failed": 0, "dead": 0} {
			got := e.counter(t, name, emailmessage.KindREPORT_TECH)
			for got != want && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
				got = e.counter(t, name, emailmessage.KindREPORT_TECH)
			}
			if got != want {
				t.Errorf("%s counter = %d, want %d", name, got, want)
			}
		}
	})
}

func TestOutbox_PermanentErrorsFailWithoutRetry(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		e := newOutboxEnv(t, db, sendgridfake.WithMaxBodyBytes(4096))
		tests := []struct {
			name    string
			status  int
			key     string // API key the provider uses; default the fake's
			modify  func(*QueuedMessage)
			wantErr string
		}{
			{"400 invalid request", 400, "", func(m *QueuedMessage) {
				m.To = []string{"same@example.com", "same@example.com"}
			}, "should be unique"},
			{"401 bad API key", 401, "SG.revoked", nil, "authorization grant is invalid"},
			{"413 too large", 413, "", func(m *QueuedMessage) {
				m.HTML = "<p>" + strings.Repeat("x", 8000) + "</p>"
			}, "payload you have included in your request is too large"},
		}
		for i, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				e.fake.Reset()
				key := tc.key
				if key == "" {
					key = e.fake.APIKey()
				}
				sg, err := NewSendGrid(SendGridConfig{APIKey: key, BaseURL: e.fake.URL, Timeout: 2 * time.Second})
				if err != nil {
					t.Fatal(err)
				}
				o := e.outbox(t, OutboxConfig{}, sg)
				m := e.message(i)
				if tc.modify != nil {
					tc.modify(&m)
				}
				msg := e.enqueue(t, o, m)
				failedBefore := e.counter(t, "failed", m.Kind)
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error)
				go func() { done <- o.Run(ctx) }()

				row := e.waitRow(t, o, msg.ID, true, "FAILED", func(m *ent.EmailMessage) bool {
					return m.Status != emailmessage.StatusSENDING && m.Attempts > 0
				})
				if row.Status != emailmessage.StatusFAILED || row.Attempts != 1 {
					t.Fatalf("status %s after %d attempts, want FAILED after 1; last_error %q", row.Status, row.Attempts, row.LastError)
				}
				if !strings.Contains(row.LastError, fmt.Sprintf("HTTP %d", tc.status)) || !strings.Contains(row.LastError, tc.wantErr) {
					t.Errorf("last_error = %q, want HTTP %d and the provider's %q", row.LastError, tc.status, tc.wantErr)
				}
				// Not retried, however much time passes.
				e.clock.Advance(24 * time.Hour)
				o.Kick()
				time.Sleep(100 * time.Millisecond)
				cancel()
				<-done
				if n := len(e.fake.Requests()); n != 1 {
					t.Errorf("%d requests, want 1 (no retry)", n)
				}
				if got := e.get(t, msg.ID); got.Status != emailmessage.StatusFAILED || got.Attempts != 1 {
					t.Errorf("after a day: status %s, attempts %d", got.Status, got.Attempts)
				}
				if got := e.counter(t, "failed", m.Kind); got != failedBefore+1 {
					t.Errorf("failed counter = %d, want %d", got, failedBefore+1)
				}
			})
		}
	})
}

func TestOutbox_DeadAfterMaxAttempts(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		e := newOutboxEnv(t, db)
		e.fake.EnqueueN(3, sendgridfake.ServerError(http.StatusBadGateway))
		var results []emailmessage.Status
		var mu sync.Mutex
		o := e.outbox(t, OutboxConfig{MaxAttempts: 3, OnResult: func(ctx context.Context, m *ent.EmailMessage) {
			mu.Lock()
			defer mu.Unlock()
			results = append(results, m.Status)
		}}, nil)
		msg := e.enqueue(t, o, e.message(1))
		start(t, o)

		row := e.waitRow(t, o, msg.ID, true, "DEAD", func(m *ent.EmailMessage) bool {
			return m.Status == emailmessage.StatusDEAD
		})
		if row.Attempts != 3 || !strings.Contains(row.LastError, "HTTP 502") || row.LockedUntil != nil {
			t.Errorf("dead row: attempts=%d last_error=%q locked_until=%v", row.Attempts, row.LastError, row.LockedUntil)
		}
		e.clock.Advance(24 * time.Hour)
		o.Kick()
		time.Sleep(100 * time.Millisecond)
		if n := len(e.fake.Requests()); n != 3 {
			t.Errorf("%d requests, want 3", n)
		}
		if n := e.fake.Deliveries(fmt.Sprint(msg.ID)); n != 0 {
			t.Errorf("dead message delivered %d times", n)
		}
		if got := e.counter(t, "dead", msg.Kind); got != 1 {
			t.Errorf("dead counter = %d, want 1", got)
		}
		mu.Lock()
		defer mu.Unlock()
		want := []emailmessage.Status{emailmessage.StatusQUEUED, emailmessage.StatusQUEUED, emailmessage.StatusDEAD}
		if fmt.Sprint(results) != fmt.Sprint(want) {
			t.Errorf("OnResult saw %v, want %v", results, want)
		}
	})
}

func TestOutbox_ExpiredLeaseIsClaimedAgainLiveLeaseIsNot(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		e := newOutboxEnv(t, db)
		o := e.outbox(t, OutboxConfig{MaxAttempts: 4}, nil)
		sys := rule.SystemContext(context.Background())
		now := e.clock.Now()
		// What a sender that died mid-send leaves behind.
		crashed := func(i, attempts int, lease time.Time) *ent.EmailMessage {
			msg := e.enqueue(t, o, e.message(i))
			return db.Client.EmailMessage.UpdateOneID(msg.ID).SetStatus(emailmessage.StatusSENDING).
				SetAttempts(attempts).SetLockedUntil(lease).SaveX(sys)
		}
		expired := crashed(1, 1, now.Add(-time.Second))
		live := crashed(2, 1, now.Add(time.Hour))
		exhausted := crashed(3, 4, now.Add(-time.Second)) // its last attempt's sender died
		start(t, o)

		row := e.waitRow(t, o, expired.ID, false, "the expired lease to be delivered", func(m *ent.EmailMessage) bool {
			return m.Status == emailmessage.StatusSENT
		})
		if row.Attempts != 2 {
			t.Errorf("expired lease: attempts = %d, want 2", row.Attempts)
		}
		row = e.waitRow(t, o, exhausted.ID, false, "DEAD", func(m *ent.EmailMessage) bool {
			return m.Status == emailmessage.StatusDEAD
		})
		if !strings.Contains(row.LastError, "lease expired") {
			t.Errorf("exhausted: last_error = %q", row.LastError)
		}
		time.Sleep(100 * time.Millisecond) // several polls
		row = e.get(t, live.ID)
		if row.Status != emailmessage.StatusSENDING || row.Attempts != 1 || !row.LockedUntil.Equal(*live.LockedUntil) {
			t.Errorf("live lease touched: status=%s attempts=%d locked_until=%v", row.Status, row.Attempts, row.LockedUntil)
		}
		if n := e.fake.Deliveries(fmt.Sprint(live.ID)); n != 0 {
			t.Errorf("live lease sent %d times", n)
		}
		if n := e.fake.Deliveries(fmt.Sprint(exhausted.ID)); n != 0 {
			t.Errorf("exhausted message sent %d times", n)
		}

		// Once the live lease expires too, its message is sent.
		e.clock.AdvanceTo(live.LockedUntil.Add(time.Second))
		o.Kick()
		e.waitRow(t, o, live.ID, false, "the second lease to expire and be delivered", func(m *ent.EmailMessage) bool {
			return m.Status == emailmessage.StatusSENT
		})
		for _, id := range []int{expired.ID, live.ID} {
			if n := e.fake.Deliveries(fmt.Sprint(id)); n != 1 {
				t.Errorf("email %d delivered %d times, want once", id, n)
			}
		}
	})
}

func TestOutbox_TwoInstancesDeliverEachMessageOnce(t *testing.T) {
	const total = 200
	for _, d := range testutil.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			url := testutil.NewURL(t, d)
			open := func() *store.DB {
				db, err := store.Open(ctx, url)
				if err != nil {
					t.Fatalf("open: %v", err)
				}
				t.Cleanup(func() { db.Close() })
				return db
			}
			db1, db2 := open(), open()
			if err := db1.Migrate(ctx); err != nil {
				t.Fatalf("migrate: %v", err)
			}
			e := newOutboxEnv(t, db1)
			var perInstance [2]atomic.Int64
			instance := func(i int, db *store.DB) *Outbox {
				cfg := OutboxConfig{
					Workers: 4, BatchSize: 5, PollInterval: 20 * time.Millisecond, Now: time.Now, Logger: testLogger(t),
					OnResult: func(ctx context.Context, m *ent.EmailMessage) {
						if m.Status == emailmessage.StatusSENT {
							perInstance[i].Add(1)
						}
					},
				}
				return NewOutbox(db, newSendGrid(t, e.fake, 5*time.Second), cfg, nil)
			}
			o1, o2 := instance(0, db1), instance(1, db2)
			start(t, o1)
			start(t, o2)

			tx, err := db1.Client.Tx(rule.SystemContext(ctx))
			if err != nil {
				t.Fatal(err)
			}
			for i := range total {
				if _, err := o1.Enqueue(rule.SystemContext(ctx), tx.Client(), e.message(i)); err != nil {
					t.Fatalf("enqueue: %v", err)
				}
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			o2.Kick()

			deadline := time.Now().Add(40 * time.Second)
			for {
				n, err := db1.Client.EmailMessage.Query().Where(emailmessage.StatusEQ(emailmessage.StatusSENT)).Count(rule.SystemContext(ctx))
				if err != nil {
					t.Fatal(err)
				}
				if n == total {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("%d of %d sent before the deadline", n, total)
				}
				time.Sleep(20 * time.Millisecond)
			}
			counts := e.fake.DeliveryCounts()
			if len(counts) != total {
				t.Errorf("%d distinct messages delivered, want %d", len(counts), total)
			}
			for id, n := range counts {
				if n != 1 {
					t.Errorf("email %s delivered %d times", id, n)
				}
			}
			if n := len(e.fake.Requests()); n != total {
				t.Errorf("%d requests to the provider, want %d", n, total)
			}
			t.Logf("%s: instance 1 sent %d, instance 2 sent %d", d, perInstance[0].Load(), perInstance[1].Load())
		})
	}
}

func TestOutbox_RetryFailedMessage(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		e := newOutboxEnv(t, db)
		revoked, err := NewSendGrid(SendGridConfig{APIKey: "SG.revoked", BaseURL: e.fake.URL})
		if err != nil {
			t.Fatal(err)
		}
		bad := e.outbox(t, OutboxConfig{}, revoked)
		msg := e.enqueue(t, bad, e.message(1))
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() { done <- bad.Run(ctx) }()
		e.waitRow(t, bad, msg.ID, false, "FAILED", func(m *ent.EmailMessage) bool {
			return m.Status == emailmessage.StatusFAILED
		})
		cancel()
		<-done

		// The key is fixed; an admin of the organization retries.
		o := e.outbox(t, OutboxConfig{}, nil)
		admin := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: e.org, Role: viewer.RoleAdmin})
		other := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 2, OrgID: e.org + 1000, Role: viewer.RoleAdmin})
		if _, err := o.Retry(other, msg.ID); !ent.IsNotFound(err) {
			t.Errorf("retry by another organization's admin: err = %v, want not found", err)
		}
		if _, err := o.Retry(context.Background(), msg.ID); err == nil {
			t.Errorf("retry without a viewer succeeded")
		}
		queuedBefore := e.counter(t, "queued", msg.Kind)
		row, err := o.Retry(admin, msg.ID)
		if err != nil {
			t.Fatalf("Retry: %v", err)
		}
		if row.Status != emailmessage.StatusQUEUED || row.Attempts != 0 || row.NextAttemptAt.After(e.clock.Now()) {
			t.Errorf("retried row: status=%s attempts=%d next=%s", row.Status, row.Attempts, row.NextAttemptAt)
		}
		if got := e.counter(t, "queued", msg.Kind); got != queuedBefore+1 {
			t.Errorf("queued counter = %d, want %d", got, queuedBefore+1)
		}
		start(t, o)
		row = e.waitRow(t, o, msg.ID, false, "SENT", func(m *ent.EmailMessage) bool {
			return m.Status == emailmessage.StatusSENT
		})
		if row.Attempts != 1 || e.fake.Deliveries(fmt.Sprint(msg.ID)) != 1 {
			t.Errorf("after retry: attempts=%d deliveries=%d", row.Attempts, e.fake.Deliveries(fmt.Sprint(msg.ID)))
		}
		if _, err := o.Retry(admin, msg.ID); !errors.Is(err, ErrNotRetryable) {
			t.Errorf("retry of a SENT email: err = %v, want ErrNotRetryable", err)
		}
	})
}

func TestOutbox_EnqueueInRolledBackTransactionLeavesNothing(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		e := newOutboxEnv(t, db)
		o := e.outbox(t, OutboxConfig{}, nil)
		sys := rule.SystemContext(context.Background())
		tx, err := db.Client.Tx(sys)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := o.Enqueue(sys, tx.Client(), e.message(1)); err != nil {
			t.Fatal(err)
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		if n := db.Client.EmailMessage.Query().CountX(sys); n != 0 {
			t.Errorf("%d emails after rollback", n)
		}
		if got := e.counter(t, "queued", emailmessage.KindREPORT_TECH); got != 0 {
			t.Errorf("queued counter = %d after rollback, want 0", got)
		}
		// The package-level Enqueue writes the same row.
		msg, err := Enqueue(sys, db.Client, e.message(2))
		if err != nil {
			t.Fatal(err)
		}
		if msg.Status != emailmessage.StatusQUEUED || msg.Attempts != 0 || msg.NextAttemptAt.After(time.Now()) {
			t.Errorf("enqueued row: %+v", msg)
		}
		if _, err := Enqueue(sys, db.Client, QueuedMessage{OrganizationID: e.org, Kind: emailmessage.KindTEST,
			From: Address{Email: "a@example.com"}}); err == nil {
			t.Errorf("enqueue without recipients succeeded")
		}
	})
}

func TestMetrics_PendingGaugeAndRegistry(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		e := newOutboxEnv(t, db)
		o := e.outbox(t, OutboxConfig{}, nil)
		for i := range 3 {
			e.enqueue(t, o, e.message(i))
		}
		pending := func(status string) float64 { return metric(t, e.reg, "panicbutton_email_pending", "status", status) }
		if q, s := pending("QUEUED"), pending("SENDING"); q != 3 || s != 0 {
			t.Errorf("pending gauge: QUEUED %v, SENDING %v; want 3, 0", q, s)
		}
		if got := e.counter(t, "queued", emailmessage.KindREPORT_TECH); got != 3 {
			t.Errorf("queued counter = %d, want 3", got)
		}
		start(t, o)
		deadline := time.Now().Add(10 * time.Second)
		for e.counter(t, "sent", emailmessage.KindREPORT_TECH) < 3 {
			if time.Now().After(deadline) {
				t.Fatal("not sent")
			}
			time.Sleep(5 * time.Millisecond)
		}
		if v := pending("QUEUED"); v != 0 {
			t.Errorf("pending QUEUED = %v after sending, want 0", v)
		}
		if got := e.counter(t, "attempts", emailmessage.KindREPORT_TECH); got != 3 {
			t.Errorf("attempts counter = %d, want 3", got)
		}
		// Registering twice on one registry is an error, not a panic.
		if _, err := NewMetrics(e.reg); err == nil {
			t.Error("second NewMetrics on the same registry succeeded")
		}
	})
}

// TestOutbox_ClaimQueryUsesStatusIndex checks on MariaDB that the claim SELECT … FOR
// UPDATE SKIP LOCKED walks the (status, next_attempt_at) index in ORDER BY order (no filesort), so
// it locks only the rows it returns and a second claimer gets the next ones without waiting.
func TestOutbox_ClaimQueryUsesStatusIndex(t *testing.T) {
	t.Parallel()
	db := testutil.OpenDB(t, "mysql")
	e := newOutboxEnv(t, db)
	ctx := rule.SystemContext(context.Background())

	// A realistic table: mostly delivered mail, some pending, a few in flight.
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 600 {
		m := e.message(i)
		m.NotBefore = e.clock.Now().Add(time.Duration(i-600) * time.Second)
		msg, err := Enqueue(ctx, tx.Client(), m)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case i < 500:
			tx.EmailMessage.UpdateOneID(msg.ID).SetStatus(emailmessage.StatusSENT).SetAttempts(1).ExecX(ctx)
		case i < 510:
			tx.EmailMessage.UpdateOneID(msg.ID).SetStatus(emailmessage.StatusSENDING).SetAttempts(1).
				SetLockedUntil(e.clock.Now().Add(time.Minute)).ExecX(ctx)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.ExecContext(ctx, "ANALYZE TABLE email_messages"); err != nil {
		t.Fatal(err)
	}

	rec := &testutil.Recorder{Driver: entsql.OpenDB(dialect.MySQL, db.SQL)}
	recDB := &store.DB{Client: ent.NewClient(ent.Driver(rec)), SQL: db.SQL, Dialect: db.Dialect}
	o := NewOutbox(recDB, newSendGrid(t, e.fake, time.Second), OutboxConfig{Now: e.clock.Now, Logger: testLogger(t)}, nil)
	first, err := o.claim(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 5 {
		t.Fatalf("claimed %d, want 5", len(first))
	}
	var claims []testutil.Statement
	for _, q := range rec.Statements() {
		if strings.Contains(q.Query, "SKIP LOCKED") {
			claims = append(claims, q)
		}
	}
	if len(claims) != 2 {
		t.Fatalf("%d claim queries recorded, want 2 (expired leases, due messages): %v", len(claims), rec.Statements())
	}
	for _, q := range claims {
		if !strings.Contains(q.Query, "ORDER BY `email_messages`.`next_attempt_at`") {
			t.Errorf("claim query not ordered by next_attempt_at: %s", q.Query)
		}
		for _, plan := range testutil.Plan(t, db.SQL, "EXPLAIN "+q.Query, q.Args...) {
			t.Logf("EXPLAIN %s\n  => %v", q.Query, plan)
			if plan["key"] != "emailmessage_status_next_attempt_at" {
				t.Errorf("claim query uses key %q, want emailmessage_status_next_attempt_at: %v", plan["key"], plan)
			}
			if strings.Contains(plan["Extra"], "filesort") {
				t.Errorf("claim query sorts rows (locks every pending row): %v", plan)
			}
		}
	}

	// A claim in progress (locks held) does not block or starve the next claimer.
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"); err != nil {
		t.Fatal(err)
	}
	held, err := conn.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Rollback()
	due := claims[1]
	res, err := held.QueryContext(ctx, due.Query, due.Args...)
	if err != nil {
		t.Fatal(err)
	}
	for res.Next() {
	}
	res.Close()

	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	began := time.Now()
	second, err := o.claim(cctx, 5)
	if err != nil {
		t.Fatalf("second claim while the first holds its locks: %v", err)
	}
	if len(second) != 5 {
		t.Fatalf("second claim got %d rows, want 5", len(second))
	}
	if d := time.Since(began); d > 2*time.Second {
		t.Errorf("second claim waited %s", d)
	}
	seen := map[int]bool{}
	for _, r := range first {
		seen[r.ID] = true
	}
	for _, r := range second {
		if seen[r.ID] {
			t.Errorf("email %d claimed twice", r.ID)
		}
	}
}

// TestOutbox_KickDelayClaimsTheMessagesOfSeveralKicksTogether: on MariaDB, five messages committed 60 ms apart,
// each with its Kick, within one KickDelay (1 s, room for a busy machine) are claimed by one claim transaction and
// all sent; with no delay, each Kick claims its own (about five claims), which is what a steady trickle of reports
// cost before.
func TestOutbox_KickDelayClaimsTheMessagesOfSeveralKicksTogether(t *testing.T) {
	t.Parallel()
	db := testutil.OpenDB(t, "mysql")
	e := newOutboxEnv(t, db)
	claims := func(delay time.Duration, first int) int {
		rec := &testutil.Recorder{Driver: entsql.OpenDB(dialect.MySQL, db.SQL)}
		recDB := &store.DB{Client: ent.NewClient(ent.Driver(rec)), SQL: db.SQL, Dialect: db.Dialect}
		o := NewOutbox(recDB, newSendGrid(t, e.fake, 2*time.Second), OutboxConfig{PollInterval: time.Hour, KickDelay: delay,
			Now: e.clock.Now, Logger: testLogger(t)}, nil)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); _ = o.Run(ctx) }()
		defer func() { cancel(); <-done }()
		time.Sleep(100 * time.Millisecond) // (Run's first claim, at start, finds nothing)
		rec.Take()
		var ids []int
		for i := range 5 {
			ids = append(ids, e.enqueue(t, o, e.message(first+i)).ID)
			time.Sleep(60 * time.Millisecond)
		}
		deadline := time.Now().Add(10 * time.Second)
		for db.Client.EmailMessage.Query().Where(emailmessage.IDIn(ids...), emailmessage.StatusEQ(emailmessage.StatusSENT)).CountX(rule.SystemContext(ctx)) < 5 {
			if time.Now().After(deadline) {
				t.Fatalf("delay %s: not all sent", delay)
			}
			time.Sleep(20 * time.Millisecond)
		}
		n := 0
		for _, q := range rec.Take() {
			if strings.Contains(q.Query, "SKIP LOCKED") && strings.Contains(q.Query, "next_attempt_at` <=") {
				n++
			}
		}
		return n
	}
	if n := claims(time.Second, 0); n != 1 {
		t.Errorf("with a 1 s delay: %d claims of due messages, want 1", n)
	}
	if n := claims(-1, 10); n < 3 {
		t.Errorf("with no delay: %d claims of due messages, want about one per Kick (5)", n)
	}
}
