package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/ent/webhookdelivery"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
	"github.com/panicbutton/panicbutton/internal/webhooks"
	"github.com/panicbutton/panicbutton/internal/webhooks/webhookstest"
)

const createWebhookQ = `mutation($in: CreateWebhookInput!) { createWebhook(input: $in) { secret webhook { id url events active } } }`

// webhookEnv lets deliveries reach the local receiver and compresses the retry schedule.
var webhookEnv = map[string]string{"WEBHOOK_ALLOWED_RANGES": "127.0.0.1/32", "WEBHOOK_RETRY_SCHEDULE": "100ms,200ms",
	"WEBHOOK_POLL_INTERVAL": "20ms"}

// runWebhooks runs the server's delivery workers until the test ends.
func (s *testServer) runWebhooks(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = s.app.Webhooks().Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
}

func (s *testServer) createWebhook(t *testing.T, token, url string, events ...string) (id, secret string) {
	t.Helper()
	var out struct {
		CreateWebhook struct {
			Secret  string
			Webhook struct{ ID string }
		}
	}
	s.gql(t, createWebhookQ, map[string]any{"in": map[string]any{"url": url, "events": events}}, bearer(token)).mustData(t, &out)
	if !strings.HasPrefix(out.CreateWebhook.Secret, "whsec_") {
		t.Fatalf("secret %q", out.CreateWebhook.Secret)
	}
	return out.CreateWebhook.Webhook.ID, out.CreateWebhook.Secret
}

func typesOf(t *testing.T, reqs []webhookstest.Request) []string {
	t.Helper()
	var out []string
	for _, r := range reqs {
		var p struct{ Type string }
		if err := json.Unmarshal([]byte(r.Body), &p); err != nil {
			t.Fatal(err)
		}
		if len(r.Verified) == 0 || !r.Verified[0] {
			t.Errorf("%s (%s) not verified by standardwebhooks", p.Type, r.Headers["webhook-id"])
		}
		out = append(out, p.Type)
	}
	return out
}

// TestWebhooks_AdminsAndPartnerKeysManageThemThroughGraphQL: the whole API of webhooks on the real stack: create
// (secret once, bad URLs and event types refused naming the field), the device path's events delivered and
// verified, send a test event, the delivery log with its attempts, redeliver one, redeliver all failed; who may.
func TestWebhooks_AdminsAndPartnerKeysManageThemThroughGraphQL(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, webhookEnv)
		s.runWebhooks(t)
		rcv := webhookstest.Start(t)
		admin := s.loginAs(t, testAdmin, testPassword)

		for url, field := range map[string]string{"http://169.254.169.254/latest/meta-data/": "input.url",
			"http://127.0.0.2/x": "input.url", "http://10.0.0.1/x": "input.url", "file:///etc/passwd": "input.url"} {
			s.gql(t, createWebhookQ, map[string]any{"in": map[string]any{"url": url, "events": []string{"intervention.created"}}},
				bearer(admin)).mustFail(t, "BAD_USER_INPUT", field)
		}
		s.gql(t, createWebhookQ, map[string]any{"in": map[string]any{"url": rcv.Endpoint("a"), "events": []string{"intervention.exploded"}}},
			bearer(admin)).mustFail(t, "BAD_USER_INPUT", "input.events")
		tech := s.loginAs(t, testTech, testPassword)
		s.gql(t, createWebhookQ, map[string]any{"in": map[string]any{"url": rcv.Endpoint("a"), "events": []string{"intervention.created"}}},
			bearer(tech)).mustFail(t, "FORBIDDEN", "")
		reader := s.apiKey(t, admin, "reader", viewer.ScopeInterventionsRead)
		s.gql(t, createWebhookQ, map[string]any{"in": map[string]any{"url": rcv.Endpoint("a"), "events": []string{"intervention.created"}}},
			bearer(reader)).mustFail(t, "FORBIDDEN", "")
		if n := count(t, s.db.Client.Webhook.Query()); n != 0 {
			t.Fatalf("%d webhooks after refusals", n)
		}

		manager := s.apiKey(t, admin, "manager", viewer.ScopeWebhooksManage)
		// Reading them needs the scope too.
		s.gql(t, `{ webhooks(first: 5) { totalCount } }`, nil, bearer(reader)).mustFail(t, "FORBIDDEN", "")
		id, secret := s.createWebhook(t, manager, rcv.Endpoint("a"), webhooks.EventTypes...)
		rcv.SetSecrets("a", secret)
		s.report(t, "SN-WH-1")
		got := rcv.Wait("a", 2, 15*time.Second)
		if ts := typesOf(t, got); !slices.Contains(ts, webhooks.PrinterRegistered) || !slices.Contains(ts, webhooks.InterventionCreated) {
			t.Errorf("events %v", ts)
		}

		var test struct {
			SendTestWebhook struct{ ID, EventID, Status string }
		}
		s.gql(t, `mutation($id: ID!) { sendTestWebhook(id: $id) { id eventID status } }`, map[string]any{"id": id}, bearer(admin)).mustData(t, &test)
		got = rcv.Wait("a", 3, 15*time.Second)
		if got[2].Headers["webhook-id"] != test.SendTestWebhook.EventID || typesOf(t, got[2:])[0] != webhooks.TestEvent {
			t.Errorf("test event %+v", got[2])
		}
		waitDelivery(t, s.db, test.SendTestWebhook.ID, webhookdelivery.StatusSUCCEEDED)

		var log struct {
			Node struct {
				Deliveries struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							ID, EventType, Status, Payload string
							LastStatusCode                 *int
							AttemptLog                     struct {
								Edges []struct {
									Node struct {
										Attempt        int
										ResponseStatus *int
										ResponseBody   string
										DurationMs     int
										RequestHeaders []struct{ Name, Value string }
									}
								}
							}
						}
					}
				}
			}
		}
		s.gql(t, `query($id: ID!) { node(id: $id) { ... on Webhook { deliveries(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {
			totalCount edges { node { id eventType status payload lastStatusCode
			attemptLog(first: 5) { edges { node { attempt responseStatus responseBody durationMs requestHeaders { name value } } } } } } } } } }`,
			map[string]any{"id": id}, bearer(manager)).mustData(t, &log)
		ds := log.Node.Deliveries
		if ds.TotalCount != 3 || ds.Edges[0].Node.EventType != webhooks.TestEvent || ds.Edges[0].Node.Status != "SUCCEEDED" {
			t.Fatalf("delivery log %+v", ds)
		}
		at := ds.Edges[0].Node.AttemptLog.Edges
		if len(at) != 1 || *at[0].Node.ResponseStatus != 200 || at[0].Node.ResponseBody != "ok" {
			t.Fatalf("attempts %+v", at)
		}
		headers := map[string]string{}
		for _, h := range at[0].Node.RequestHeaders {
			headers[h.Name] = h.Value
		}
		if headers["webhook-id"] != test.SendTestWebhook.EventID || !strings.HasPrefix(headers["webhook-signature"], "v1,") || headers["webhook-timestamp"] == "" {
			t.Errorf("logged headers %v", headers)
		}

		// Redeliver the test event: the same id and body again.
		s.gql(t, `mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { id status } }`,
			map[string]any{"id": test.SendTestWebhook.ID}, bearer(admin)).mustData(t, &struct{}{})
		got = rcv.Wait("a", 4, 15*time.Second)
		if got[3].Headers["webhook-id"] != test.SendTestWebhook.EventID || got[3].Body != got[2].Body {
			t.Errorf("redelivery %+v", got[3])
		}

		// A test event the endpoint refuses three times fails; "redeliver all failed" sends it again.
		rcv.Script("a", webhookstest.Response{Status: 500}, webhookstest.Response{Status: 500}, webhookstest.Response{Status: 500})
		s.gql(t, `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`, map[string]any{"id": id}, bearer(admin)).mustData(t, &test)
		waitDelivery(t, s.db, test.SendTestWebhook.ID, webhookdelivery.StatusFAILED)
		var again struct{ RedeliverFailedWebhookDeliveries int }
		s.gql(t, `mutation($id: ID!) { redeliverFailedWebhookDeliveries(webhookId: $id) }`, map[string]any{"id": id}, bearer(admin)).mustData(t, &again)
		if again.RedeliverFailedWebhookDeliveries != 1 {
			t.Errorf("redelivered %d", again.RedeliverFailedWebhookDeliveries)
		}
		waitDelivery(t, s.db, test.SendTestWebhook.ID, webhookdelivery.StatusSUCCEEDED)

		// Rotation through the API: both signatures during the overlap.
		var rot struct{ RotateWebhookSecret struct{ Secret string } }
		s.gql(t, `mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapSeconds: 3600) { secret webhook { previousSecretExpiresAt } } }`,
			map[string]any{"id": id}, bearer(manager)).mustData(t, &rot)
		rcv.SetSecrets("a", secret, rot.RotateWebhookSecret.Secret)
		n := len(rcv.Log("a"))
		s.gql(t, `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`, map[string]any{"id": id}, bearer(admin)).mustData(t, &struct{}{})
		if last := rcv.Wait("a", n+1, 15*time.Second)[n]; len(last.Verified) != 2 || !last.Verified[0] || !last.Verified[1] {
			t.Errorf("after rotation: verified %v", last.Verified)
		}
		s.gql(t, `mutation($id: ID!) { deleteWebhook(id: $id) }`, map[string]any{"id": id}, bearer(reader)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, `mutation($id: ID!) { deleteWebhook(id: $id) }`, map[string]any{"id": id}, bearer(admin)).mustData(t, &struct{}{})
		if n := count(t, s.db.Client.WebhookDelivery.Query()); n != 0 {
			t.Errorf("%d deliveries after deleting the webhook", n)
		}
	})
}

func waitDelivery(t *testing.T, db *store.DB, id string, want webhookdelivery.Status) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		d := db.Client.WebhookDelivery.GetX(sys(), atoi(t, id))
		if d.Status == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("delivery %s is %s (%s), want %s", id, d.Status, d.LastError, want)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// TestWebhooks_AnOrganizationsEndpointsCarryOnlyItsEvents: two organizations, each with an endpoint subscribed
// to everything, each with a report through the device path: each endpoint gets its own organization's events
// only (and a test event to another organization's webhook is NOT_FOUND).
func TestWebhooks_AnOrganizationsEndpointsCarryOnlyItsEvents(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, webhookEnv)
		s.runWebhooks(t)
		rcv := webhookstest.Start(t)
		admin := s.loginAs(t, testAdmin, testPassword)
		_, secretA := s.createWebhook(t, admin, rcv.Endpoint("a"), webhooks.EventTypes...)
		rcv.SetSecrets("a", secretA)

		b, err := orgs.Provision(sys(), s.db.Client, orgs.NewOrg{Name: "Org B", Slug: "orgb", PrinterCode: "ORGBCODE77"})
		if err != nil {
			t.Fatal(err)
		}
		s.db.Client.Cause.Create().SetOrganizationID(b.Org.ID).SetPanicButtonID(b.PanicButton.ID).
			SetLabels(map[string]string{"en": "Jam"}).ExecX(sys())
		secretB := webhooks.NewSecret()
		hookB := s.db.Client.Webhook.Create().SetOrganizationID(b.Org.ID).SetURL(rcv.Endpoint("b")).SetSecret(secretB).
			SetEvents(webhooks.EventTypes).SaveX(sys())
		rcv.SetSecrets("b", secretB)

		itA, _ := s.report(t, "SN-ISO-A")
		s.register(t, "SN-ISO-B", "ORGBCODE77")
		l := s.launch(t, map[string]any{"printer": printerIn("SN-ISO-B", nil)})
		res := s.submit(t, map[string]any{"sessionToken": *l.SessionToken, "email": "reporter@b.example",
			"causeIds": []string{l.Kiosk.Causes[0].ID}})
		itB := s.db.Client.Intervention.Query().Where(intervention.Reference(res.Reference)).OnlyX(sys())

		for name, want := range map[string]struct {
			org, it int
			serial  string
		}{"a": {s.demoOrg(t).ID, atoi(t, itA), "SN-ISO-A"}, "b": {b.Org.ID, itB.ID, "SN-ISO-B"}} {
			got := rcv.Wait(name, 2, 15*time.Second)
			for _, r := range got {
				if !r.Verified[0] {
					t.Errorf("%s: unverified", name)
				}
				if want.it != itB.ID && strings.Contains(r.Body, "SN-ISO-B") || want.it == itB.ID && strings.Contains(r.Body, "SN-ISO-A") ||
					!strings.Contains(r.Body, want.serial) && !strings.Contains(r.Body, fmt.Sprintf(`"id":"%d"`, want.it)) {
					t.Errorf("endpoint %s got %s", name, r.Body)
				}
			}
		}
		time.Sleep(300 * time.Millisecond) // any misrouted delivery would have been sent by now
		if a, bb := len(rcv.Log("a")), len(rcv.Log("b")); a != 2 || bb != 2 {
			t.Errorf("endpoint a got %d requests, b %d; want 2 each", a, bb)
		}
		s.gql(t, `mutation($id: ID!) { sendTestWebhook(id: $id) { id } }`, map[string]any{"id": fmt.Sprint(hookB.ID)},
			bearer(admin)).mustFail(t, "NOT_FOUND", "")
	})
}

// TestWebhooks_KilledBetweenCommitAndDeliveryDeliversOnceAfterRestart: the real binary is SIGKILLed while an
// event's delivery hangs at the receiver; the next instance takes the delivery over when its lease expires and
// the event is delivered, with its one id, and recorded once.
func TestWebhooks_KilledBetweenCommitAndDeliveryDeliversOnceAfterRestart(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		rcv := webhookstest.Start(t)
		dbURL := testutil.NewURL(t, dialect)
		env := map[string]string{"DATABASE_URL": dbURL, "DEMO_DATA": "true", "DEMO_PRINTER_CODE": testPrinterCode,
			"DEMO_PASSWORD": testPassword, "DEMO_ADMIN_EMAIL": testAdmin, "DEMO_TECH_EMAIL": testTech,
			"SESSION_SECRET": "kill-test-secret-kill-test-secret-kill-te", "EMAIL_DIR": t.TempDir(),
			"WEBHOOK_ALLOWED_RANGES": "127.0.0.1/32", "WEBHOOK_TIMEOUT": "2s", "WEBHOOK_POLL_INTERVAL": "100ms",
			"WEBHOOK_RETRY_SCHEDULE": "100ms,100ms,100ms"}
		first := startProcess(t, env)
		var login struct{ Login struct{ Token string } }
		postGQL(t, first.URL, loginQ, map[string]any{"e": testAdmin, "p": testPassword}).mustData(t, &login)
		var created struct {
			CreateWebhook struct{ Secret string }
		}
		postGQL(t, first.URL, createWebhookQ, map[string]any{"in": map[string]any{"url": rcv.Endpoint("k"),
			"events": []string{webhooks.InterventionCreated}}}, bearer(login.Login.Token)).mustData(t, &created)
		rcv.SetSecrets("k", created.CreateWebhook.Secret)
		rcv.Script("k", webhookstest.Response{Hang: true}) // the first attempt hangs until the server dies

		reportThrough(t, first.URL, "SN-KILL-WH", "en", nil)
		rcv.Wait("k", 1, 15*time.Second)
		if err := first.cmd.Process.Kill(); err != nil { // SIGKILL: no graceful shutdown, the delivery stays SENDING
			t.Fatal(err)
		}
		_ = first.cmd.Wait()
		db, err := store.Open(t.Context(), dbURL)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if d := db.Client.WebhookDelivery.Query().OnlyX(sys()); d.Status != webhookdelivery.StatusSENDING {
			t.Fatalf("after the kill the delivery is %s, want SENDING", d.Status)
		}

		startProcess(t, env)
		got := rcv.Wait("k", 2, 30*time.Second)
		deadline := time.Now().Add(15 * time.Second)
		for db.Client.WebhookDelivery.Query().OnlyX(sys()).Status != webhookdelivery.StatusSUCCEEDED {
			if time.Now().After(deadline) {
				t.Fatal("the delivery never succeeded after the restart")
			}
			time.Sleep(100 * time.Millisecond)
		}
		time.Sleep(500 * time.Millisecond) // a duplicate would come now
		got = rcv.Log("k")
		answered := 0
		for _, r := range got {
			if r.Headers["webhook-id"] != got[0].Headers["webhook-id"] || !r.Verified[0] {
				t.Errorf("request %+v", r)
			}
			if r.Status == 200 {
				answered++
			}
		}
		if len(got) != 2 || answered != 1 {
			t.Errorf("receiver got %d requests, %d answered 200; want 2 and 1 (the hung one, then the redelivery)", len(got), answered)
		}
		d := db.Client.WebhookDelivery.Query().OnlyX(sys())
		if d.TotalAttempts != 2 || d.DeliveredAt == nil {
			t.Errorf("delivery %+v", d)
		}

	})
}
