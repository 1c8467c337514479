package webhooks_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/ent/webhookattempt"
	"github.com/panicbutton/panicbutton/ent/webhookdelivery"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
	"github.com/panicbutton/panicbutton/internal/webhooks"
	"github.com/panicbutton/panicbutton/internal/webhooks/webhookstest"
)

func sys() context.Context { return rule.SystemContext(context.Background()) }

var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}

type fixture struct {
	db     *store.DB
	c      *ent.Client
	hooks  *webhooks.Service
	interv *interventions.Service
	pb     *ent.PanicButton
	p      *ent.Printer
	causes []*ent.Cause
	admin  context.Context
	rcv    *webhookstest.Receiver
}

// newFixture seeds the demo organization and wires webhooks (deliveries to 127.0.0.1 allowed) and interventions
// as the server does, with a real receiver.
func newFixture(t *testing.T, db *store.DB, cfg webhooks.Config) *fixture {
	t.Helper()
	if _, err := demo.Seed(sys(), db.Client, demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "admin@demo.test",
		TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
		t.Fatal(err)
	}
	pb := db.Client.PanicButton.Query().Where(panicbutton.Active(true)).WithOrganization().FirstX(sys())
	p := db.Client.Printer.Create().SetSerial("SN-WH-1").SetOrganizationID(pb.OrganizationID).SetPanicButtonID(pb.ID).
		SetModel("Copier").SaveX(sys())
	admin := db.Client.User.Query().Where(user.Email("admin@demo.test")).OnlyX(sys())
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	queue := mail.NewQueue(nil, mail.Address{Name: "Panic Button", Email: "no-reply@panic.example.com"})
	cfg.DB, cfg.Mail, cfg.Logger = db, queue, log
	if cfg.Guard == nil {
		cfg.Guard = &webhooks.Guard{Allowed: loopback}
	}
	cfg.PublicURL = &url.URL{Scheme: "https", Host: "panic.example.com"}
	hooks := webhooks.NewService(cfg)
	interv := interventions.NewService(interventions.Config{Client: db.Client, Mail: queue, Webhooks: hooks, Logger: log})
	return &fixture{db: db, c: db.Client, hooks: hooks, interv: interv, pb: pb, p: p,
		causes: db.Client.Cause.Query().Where(cause.PanicButtonID(pb.ID)).AllX(sys()),
		admin:  viewer.NewContext(context.Background(), &viewer.Viewer{UserID: admin.ID, OrgID: pb.OrganizationID, Role: viewer.RoleAdmin}),
		rcv:    webhookstest.Start(t)}
}

// endpoint creates a webhook to the receiver's endpoint name and registers its secret with the receiver.
func (f *fixture) endpoint(t *testing.T, name string, events ...string) (*ent.Webhook, string) {
	t.Helper()
	if len(events) == 0 {
		events = webhooks.EventTypes
	}
	u := f.rcv.Endpoint(name)
	h, secret, err := f.hooks.Create(f.admin, webhooks.Input{URL: &u, Events: events})
	if err != nil {
		t.Fatal(err)
	}
	f.rcv.SetSecrets(name, secret)
	return h, secret
}

func (f *fixture) report(t *testing.T) *ent.Intervention {
	t.Helper()
	c, err := f.interv.Create(context.Background(), interventions.New{PanicButton: f.pb, Printer: f.p,
		ReporterEmail: "reporter@customer.test", Message: "It jams", Language: "en", Causes: f.causes[:1],
		Origin: intervention.OriginAPP})
	if err != nil {
		t.Fatal(err)
	}
	return c.Intervention
}

// drain runs the delivery workers until every delivery is finished (none PENDING or SENDING) or within passes.
func (f *fixture) drain(t *testing.T, within time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = f.hooks.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	deadline := time.Now().Add(within)
	for {
		n := f.c.WebhookDelivery.Query().Where(webhookdelivery.StatusIn(webhookdelivery.StatusPENDING, webhookdelivery.StatusSENDING)).CountX(sys())
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d deliveries unfinished after %s", n, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

type payload struct {
	Type      string         `json:"type"`
	Timestamp string         `json:"timestamp"`
	Data      map[string]any `json:"data"`
}

func decode(t *testing.T, body string) payload {
	t.Helper()
	var p payload
	if err := json.Unmarshal([]byte(body), &p); err != nil {
		t.Fatalf("body %q: %v", body, err)
	}
	return p
}

// TestDelivery_EveryEventReachesTheReceiverSignedAndVerifiedIndependently: a report, a status change, an
// assignment and a note each reach the endpoint once, verified by the npm standardwebhooks package, with the
// payload {type, timestamp, data} in the GraphQL API's shapes; an endpoint subscribed to one type gets only it.
func TestDelivery_EveryEventReachesTheReceiverSignedAndVerifiedIndependently(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, webhooks.Config{})
		f.endpoint(t, "all")
		f.endpoint(t, "created-only", webhooks.InterventionCreated)
		it := f.report(t)
		closed := f.c.InterventionStatus.Query().Where(interventionstatus.OrganizationID(f.pb.OrganizationID),
			interventionstatus.CategoryEQ(interventionstatus.CategoryCLOSED)).FirstX(sys())
		if _, err := f.interv.ChangeStatus(f.admin, it.ID, closed.ID, "fixed"); err != nil {
			t.Fatal(err)
		}
		tech := f.c.User.Query().Where(user.Email("tech@demo.test")).OnlyX(sys())
		if _, err := f.interv.Assign(f.admin, it.ID, []int{tech.ID}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.interv.AddNote(f.admin, it.ID, "Replaced the roller", false); err != nil {
			t.Fatal(err)
		}
		f.drain(t, 20*time.Second)

		got := f.rcv.Log("all")
		var types []string
		ids := map[string]bool{}
		for _, r := range got {
			if len(r.Verified) != 1 || !r.Verified[0] {
				t.Errorf("request %s not verified by standardwebhooks: %+v", r.Headers["webhook-id"], r)
			}
			if r.ContentType != "application/json" {
				t.Errorf("content type %q", r.ContentType)
			}
			ids[r.Headers["webhook-id"]] = true
			p := decode(t, r.Body)
			types = append(types, p.Type)
			if _, err := time.Parse(time.RFC3339Nano, p.Timestamp); err != nil {
				t.Errorf("timestamp %q", p.Timestamp)
			}
			iv, _ := p.Data["intervention"].(map[string]any)
			if iv["id"] != strconvItoa(it.ID) || iv["reference"] != it.Reference || iv["statusID"] == nil {
				t.Errorf("%s: intervention %v", p.Type, iv)
			}
			switch p.Type {
			case webhooks.InterventionStatusChanged:
				to, _ := p.Data["toStatus"].(map[string]any)
				if to["id"] != strconvItoa(closed.ID) || p.Data["note"] != "fixed" || iv["closedAt"] == nil {
					t.Errorf("status_changed data %v", p.Data)
				}
			case webhooks.InterventionAssigned:
				if added, _ := p.Data["addedTechnicianIDs"].([]any); len(added) != 1 || added[0] != strconvItoa(tech.ID) {
					t.Errorf("assigned data %v", p.Data)
				}
			case webhooks.InterventionNoteAdded:
				if p.Data["note"] != "Replaced the roller" {
					t.Errorf("note data %v", p.Data)
				}
			}
		}
		want := []string{webhooks.InterventionCreated, webhooks.InterventionStatusChanged, webhooks.InterventionAssigned, webhooks.InterventionNoteAdded}
		slices.Sort(types)
		slices.Sort(want)
		if !slices.Equal(types, want) || len(ids) != 4 {
			t.Errorf("endpoint got %v (%d ids), want %v", types, len(ids), want)
		}
		only := f.rcv.Log("created-only")
		if len(only) != 1 || decode(t, only[0].Body).Type != webhooks.InterventionCreated || !only[0].Verified[0] {
			t.Errorf("created-only endpoint got %+v", only)
		}
		// The same event carries the same webhook-id on every endpoint (receivers deduplicate on it).
		if !ids[only[0].Headers["webhook-id"]] {
			t.Errorf("intervention.created has another id on the second endpoint")
		}
	})
}

func strconvItoa(i int) string { return fmtInt(i) }

// TestDelivery_RetriesFollowTheScheduleThenFail: 503, 500, 503 then 200 — four attempts, each wait at least the
// (compressed) schedule's; an endpoint that never succeeds is given up after the schedule's attempts.
func TestDelivery_RetriesFollowTheScheduleThenFail(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		schedule := []time.Duration{300 * time.Millisecond, 600 * time.Millisecond, 900 * time.Millisecond}
		f := newFixture(t, db, webhooks.Config{Schedule: schedule, PollInterval: 20 * time.Millisecond})
		f.endpoint(t, "flaky")
		f.endpoint(t, "down")
		f.rcv.Script("flaky", webhookstest.Response{Status: 503}, webhookstest.Response{Status: 500}, webhookstest.Response{Status: 503})
		f.rcv.Script("down", webhookstest.Response{Status: 500}, webhookstest.Response{Status: 500},
			webhookstest.Response{Status: 502}, webhookstest.Response{Status: 500}, webhookstest.Response{Status: 500})
		f.report(t)
		f.drain(t, 30*time.Second)

		got := f.rcv.Log("flaky")
		if len(got) != 4 {
			t.Fatalf("flaky endpoint got %d requests, want 4", len(got))
		}
		for i := 1; i < len(got); i++ {
			gap := time.Duration(got[i].At-got[i-1].At) * time.Millisecond
			if min := schedule[i-1] * 9 / 10; gap < min {
				t.Errorf("attempt %d came %s after the previous, want at least %s", i+1, gap, min)
			}
			if got[i].Headers["webhook-id"] != got[0].Headers["webhook-id"] || !got[i].Verified[0] {
				t.Errorf("attempt %d: id %q verified %v", i+1, got[i].Headers["webhook-id"], got[i].Verified)
			}
		}
		flaky := f.c.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusSUCCEEDED)).OnlyX(sys())
		attempts := f.c.WebhookAttempt.Query().Where(webhookattempt.DeliveryID(flaky.ID)).Order(ent.Asc(webhookattempt.FieldAttempt)).AllX(sys())
		if len(attempts) != 4 || *attempts[0].ResponseStatus != 503 || *attempts[3].ResponseStatus != 200 ||
			attempts[0].NextAttemptAt == nil || attempts[3].NextAttemptAt != nil || attempts[0].RequestHeaders["webhook-signature"] == "" {
			t.Errorf("attempt log %+v", attempts)
		}
		if n := len(f.rcv.Log("down")); n != len(schedule)+1 {
			t.Errorf("down endpoint got %d requests, want %d", n, len(schedule)+1)
		}
		dead := f.c.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusFAILED)).OnlyX(sys())
		if !strings.Contains(dead.LastError, "gave up after 4 attempts") || *dead.LastStatusCode != 500 {
			t.Errorf("failed delivery %+v", dead)
		}
	})
}

// TestDelivery_RetryAfterIsHonoured: a 429 with Retry-After: 2 waits 2 s although the schedule says 100 ms.
func TestDelivery_RetryAfterIsHonoured(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, webhooks.Config{Schedule: []time.Duration{100 * time.Millisecond, 100 * time.Millisecond}, PollInterval: 20 * time.Millisecond})
		f.endpoint(t, "busy")
		f.rcv.Script("busy", webhookstest.Response{Status: 429, RetryAfter: "2"})
		f.report(t)
		f.drain(t, 20*time.Second)
		got := f.rcv.Log("busy")
		if len(got) != 2 {
			t.Fatalf("%d requests", len(got))
		}
		if gap := time.Duration(got[1].At-got[0].At) * time.Millisecond; gap < 1900*time.Millisecond {
			t.Errorf("retried %s after a 429 with Retry-After: 2", gap)
		}
	})
}

// TestDelivery_410GoneDisablesTheEndpointAndTellsTheAdmins: no retry after 410; the endpoint is off, its other
// queued deliveries failed, and each admin has a bell notification and an email in the outbox.
func TestDelivery_410GoneDisablesTheEndpointAndTellsTheAdmins(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, webhooks.Config{Schedule: []time.Duration{50 * time.Millisecond}, PollInterval: 20 * time.Millisecond})
		h, _ := f.endpoint(t, "gone")
		f.rcv.Script("gone", webhookstest.Response{Status: 410})
		f.report(t)
		f.drain(t, 20*time.Second)
		if n := len(f.rcv.Log("gone")); n != 1 {
			t.Errorf("%d requests after a 410, want 1", n)
		}
		h = f.c.Webhook.GetX(sys(), h.ID)
		if h.Active || h.DisabledAt == nil || !strings.Contains(h.DisabledReason, "410") {
			t.Errorf("webhook after 410: %+v", h)
		}
		admins := f.c.User.Query().Where(user.OrganizationID(f.pb.OrganizationID), user.RoleEQ(user.RoleADMIN)).CountX(sys())
		if n := f.c.Notification.Query().Where(notification.KindEQ(notification.KindWEBHOOK_DISABLED)).CountX(sys()); n != admins || n == 0 {
			t.Errorf("%d bell notifications for %d admins", n, admins)
		}
		mails := f.c.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindWEBHOOK_DISABLED)).AllX(sys())
		if len(mails) != admins || !strings.Contains(mails[0].Text, f.rcv.Endpoint("gone")) {
			t.Errorf("emails %+v", mails)
		}
		// Later events are not queued for a disabled endpoint.
		f.report(t)
		if n := f.c.WebhookDelivery.Query().Where(webhookdelivery.WebhookID(h.ID)).CountX(sys()); n != 1 {
			t.Errorf("%d deliveries for the disabled endpoint", n)
		}
	})
}

// TestDelivery_AnEndpointFailingForLongIsDisabled: every attempt failing for longer than DisableAfter disables it.
func TestDelivery_AnEndpointFailingForLongIsDisabled(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, webhooks.Config{Schedule: slices.Repeat([]time.Duration{150 * time.Millisecond}, 10),
			DisableAfter: 400 * time.Millisecond, PollInterval: 20 * time.Millisecond})
		h, _ := f.endpoint(t, "broken")
		f.rcv.Script("broken", slices.Repeat([]webhookstest.Response{{Status: 500}}, 20)...)
		f.report(t)
		f.drain(t, 20*time.Second)
		h = f.c.Webhook.GetX(sys(), h.ID)
		if h.Active || !strings.Contains(h.DisabledReason, "every attempt has failed since") {
			t.Fatalf("webhook %+v", h)
		}
		if n := len(f.rcv.Log("broken")); n < 3 || n > 6 {
			t.Errorf("%d attempts before disabling after 400ms of failures", n)
		}
		if n := f.c.Notification.Query().Where(notification.KindEQ(notification.KindWEBHOOK_DISABLED)).CountX(sys()); n == 0 {
			t.Error("no admin told")
		}
		// Back on: its failed delivery can be sent again, and succeeds.
		on := true
		if _, err := f.hooks.Update(f.admin, h.ID, webhooks.Input{Active: &on}); err != nil {
			t.Fatal(err)
		}
		if n, err := f.hooks.RedeliverFailed(f.admin, h.ID); err != nil || n != 1 {
			t.Fatalf("redeliver failed: %d %v", n, err)
		}
		f.rcv.Script("broken")
		f.drain(t, 10*time.Second)
		if d := f.c.WebhookDelivery.Query().OnlyX(sys()); d.Status != webhookdelivery.StatusSUCCEEDED || d.Attempts != 1 {
			t.Errorf("redelivered: %s after %d attempts", d.Status, d.Attempts)
		}
	})
}

// TestRotation_BothSecretsVerifyDuringTheOverlap: after a rotation with an overlap, each request carries two
// signatures and either secret verifies it; a rotation without overlap signs with the new secret only.
func TestRotation_BothSecretsVerifyDuringTheOverlap(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, webhooks.Config{})
		h, old := f.endpoint(t, "rot")
		hour := time.Hour
		_, fresh, err := f.hooks.RotateSecret(f.admin, h.ID, &hour)
		if err != nil || fresh == old || !strings.HasPrefix(fresh, "whsec_") {
			t.Fatalf("rotate: %q %v", fresh, err)
		}
		f.rcv.SetSecrets("rot", old, fresh, webhooks.NewSecret())
		if _, err := f.hooks.SendTest(f.admin, h.ID); err != nil {
			t.Fatal(err)
		}
		f.drain(t, 10*time.Second)
		got := f.rcv.Log("rot")
		if len(got) != 1 || !slices.Equal(got[0].Verified, []bool{true, true, false}) ||
			len(strings.Fields(got[0].Headers["webhook-signature"])) != 2 || decode(t, got[0].Body).Type != webhooks.TestEvent {
			t.Fatalf("during the overlap: %+v", got)
		}
		zero := time.Duration(0)
		_, newest, err := f.hooks.RotateSecret(f.admin, h.ID, &zero)
		if err != nil {
			t.Fatal(err)
		}
		f.rcv.SetSecrets("rot", fresh, newest)
		if _, err := f.hooks.SendTest(f.admin, h.ID); err != nil {
			t.Fatal(err)
		}
		f.drain(t, 10*time.Second)
		got = f.rcv.Log("rot")
		if len(got) != 2 || !slices.Equal(got[1].Verified, []bool{false, true}) {
			t.Errorf("after a rotation without overlap: %+v", got[1:])
		}
	})
}

// TestEnqueue_ARolledBackChangeDeliversNothing: deliveries written in a transaction that rolls back vanish with it.
func TestEnqueue_ARolledBackChangeDeliversNothing(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, webhooks.Config{})
		f.endpoint(t, "rb")
		boom := errors.New("boom")
		err := store.WithTx(sys(), f.c, func(tx *ent.Tx) error {
			it := tx.Intervention.Create().SetOrganizationID(f.pb.OrganizationID).SetReference("PB-RB-1").SetPrinterID(f.p.ID).
				SetPanicButtonID(f.pb.ID).SetStatusID(f.c.InterventionStatus.Query().FirstIDX(sys())).SetReporterEmail("a@b.test").
				SetLanguage("en").SetOrigin(intervention.OriginAPP).SaveX(sys())
			if err := f.hooks.EnqueueIntervention(sys(), tx.Client(), f.pb.OrganizationID, webhooks.InterventionCreated, it.ID, nil); err != nil {
				return err
			}
			if n := tx.WebhookDelivery.Query().CountX(sys()); n != 1 {
				t.Errorf("%d deliveries inside the transaction", n)
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatal(err)
		}
		if n := f.c.WebhookDelivery.Query().CountX(sys()); n != 0 {
			t.Errorf("%d deliveries after rollback", n)
		}
		if _, err := f.hooks.DeliverDue(context.Background()); err != nil {
			t.Fatal(err)
		}
		time.Sleep(200 * time.Millisecond)
		if n := len(f.rcv.Log()); n != 0 {
			t.Errorf("receiver got %d requests", n)
		}
	})
}

// TestGuard_LoopbackAndMetadataRefusedUnlessAllowed: without WEBHOOK_ALLOWED_RANGES, 127.0.0.1 and
// 169.254.169.254 are refused when saved; and at connect time, a name that resolved to a public address when
// saved but resolves to 127.0.0.1 when delivering (DNS rebinding) is refused, the receiver getting nothing.
func TestGuard_LoopbackAndMetadataRefusedUnlessAllowed(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		rebind := resolverFunc(func(host string) []netip.Addr { return []netip.Addr{netip.MustParseAddr("93.184.216.34")} })
		f := newFixture(t, db, webhooks.Config{Guard: &webhooks.Guard{}, Resolver: rebind, Schedule: []time.Duration{50 * time.Millisecond}})
		for _, u := range []string{f.rcv.Endpoint("x"), "http://169.254.169.254/latest/meta-data/"} {
			if _, _, err := f.hooks.Create(f.admin, webhooks.Input{URL: &u, Events: webhooks.EventTypes}); err == nil ||
				!strings.Contains(err.Error(), "WEBHOOK_ALLOWED_RANGES") {
				t.Errorf("%s saved: %v", u, err)
			}
		}
		port := strings.TrimPrefix(f.rcv.URL, "http://127.0.0.1:")
		u := "http://localhost:" + port + "/hook/rebind" // "public" when saved (the fake resolver), 127.0.0.1 when dialed
		h, _, err := f.hooks.Create(f.admin, webhooks.Input{URL: &u, Events: webhooks.EventTypes})
		if err != nil {
			t.Fatal(err)
		}
		f.report(t)
		f.drain(t, 10*time.Second)
		if n := len(f.rcv.Log()); n != 0 {
			t.Errorf("receiver got %d requests through a rebinding name", n)
		}
		d := f.c.WebhookDelivery.Query().Where(webhookdelivery.WebhookID(h.ID)).OnlyX(sys())
		if d.Status != webhookdelivery.StatusFAILED || !strings.Contains(d.LastError, "address refused") {
			t.Errorf("delivery %s: %s", d.Status, d.LastError)
		}
	})
}

type resolverFunc func(host string) []netip.Addr

func (r resolverFunc) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	return r(host), nil
}

// TestDelivery_PrinterAlertsAndRedirects: a poll that sees a new alert condition sends printer.alert once (the
// same condition on the next poll sends nothing); a redirect is not followed (the attempt fails with its status).
func TestDelivery_PrinterAlertsAndRedirects(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, webhooks.Config{Schedule: []time.Duration{time.Hour}})
		f.endpoint(t, "alerts", webhooks.PrinterAlert)
		poll := func(conditions ...string) {
			var alerts []schematype.PrinterAlert
			for _, c := range conditions {
				alerts = append(alerts, schematype.PrinterAlert{Condition: c, Since: "2026-03-02T10:00:00Z"})
			}
			if _, _, err := printers.RecordSNMPPoll(sys(), f.c, f.p.ID, printers.SNMPPoll{Alerts: alerts, At: time.Now(), Webhooks: f.hooks}); err != nil {
				t.Fatal(err)
			}
		}
		poll("jammed")
		poll("jammed")
		poll("jammed", "tonerLow")
		f.drain(t, 10*time.Second)
		got := f.rcv.Log("alerts")
		if len(got) != 2 {
			t.Fatalf("%d printer.alert requests, want 2", len(got))
		}
		// No order is promised across events (docs/partners.md): the worker sends concurrently, so read them in
		// the order of their timestamps, as a partner is told to.
		at := func(r webhookstest.Request) time.Time {
			ts, err := time.Parse(time.RFC3339Nano, decode(t, r.Body).Timestamp)
			if err != nil {
				t.Fatal(err)
			}
			return ts
		}
		slices.SortStableFunc(got, func(a, b webhookstest.Request) int { return at(a).Compare(at(b)) })
		for i, want := range []string{"jammed", "tonerLow"} {
			p := decode(t, got[i].Body)
			alerts, _ := p.Data["alerts"].([]any)
			printer, _ := p.Data["printer"].(map[string]any)
			if p.Type != webhooks.PrinterAlert || len(alerts) != 1 || alerts[0].(map[string]any)["condition"] != want ||
				printer["serial"] != "SN-WH-1" || !got[i].Verified[0] {
				t.Errorf("alert %d: %s", i, got[i].Body)
			}
		}

		h, _ := f.endpoint(t, "moved")
		f.rcv.Script("moved", webhookstest.Response{Status: 302, Location: f.rcv.Endpoint("elsewhere")})
		if _, err := f.hooks.SendTest(f.admin, h.ID); err != nil {
			t.Fatal(err)
		}
		f.drainDue(t)
		if n := len(f.rcv.Log("elsewhere")); n != 0 {
			t.Errorf("the redirect was followed (%d requests)", n)
		}
		d := f.c.WebhookDelivery.Query().Where(webhookdelivery.WebhookID(h.ID)).OnlyX(sys())
		if d.Status != webhookdelivery.StatusPENDING || d.LastStatusCode == nil || *d.LastStatusCode != 302 {
			t.Errorf("after a redirect: %s %v %s", d.Status, d.LastStatusCode, d.LastError)
		}
	})
}

// drainDue delivers what is due now, once.
func (f *fixture) drainDue(t *testing.T) {
	t.Helper()
	if _, err := f.hooks.DeliverDue(context.Background()); err != nil {
		t.Fatal(err)
	}
}
