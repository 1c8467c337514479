package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

const (
	subChanged  = `subscription { interventionChanged { id reference status { name } } }`
	subBell     = `subscription { notificationAdded { id kind text intervention { id reference } } }`
	otherAdmin  = "admin@other.test"
	otherPasswd = "other-password-123"
)

// otherOrg is a second organization with an admin who can sign in.
type otherOrg struct{ id, admin, panicButton, status int }

// addOtherOrg provisions a second organization with an admin who can sign in.
func addOtherOrg(t testing.TB, s *testServer) otherOrg {
	t.Helper()
	p, err := orgs.Provision(sys(), s.db.Client, orgs.NewOrg{Name: "Other", Slug: "other"})
	if err != nil {
		t.Fatal(err)
	}
	hash, _ := auth.HashPassword(otherPasswd)
	u := s.db.Client.User.Create().SetEmail(otherAdmin).SetRole(user.RoleADMIN).SetOrganizationID(p.Org.ID).
		SetPasswordHash(hash).SaveX(sys())
	return otherOrg{id: p.Org.ID, admin: u.ID, panicButton: p.PanicButton.ID, status: p.Statuses[0].ID}
}

// intervention adds an intervention to the organization directly (no events): an object for control events.
func (o otherOrg) intervention(t testing.TB, s *testServer, ref string) int {
	t.Helper()
	c := s.db.Client
	pr := c.Printer.Create().SetOrganizationID(o.id).SetSerial("SN-" + ref).SetPanicButtonID(o.panicButton).SaveX(sys())
	return c.Intervention.Create().SetOrganizationID(o.id).SetReference(ref).SetPrinterID(pr.ID).
		SetPanicButtonID(o.panicButton).SetStatusID(o.status).SetReporterEmail("reporter@other.test").
		SetCauseLabels([]string{"other cause"}).SaveX(sys()).ID
}

// addNotification puts a notification in recipient's bell directly (no events): an object for control events.
func addNotification(t testing.TB, s *testServer, org, recipient, interventionID int, text string) int {
	t.Helper()
	return s.db.Client.Notification.Create().SetOrganizationID(org).SetRecipientID(recipient).
		SetInterventionID(interventionID).SetKind(notification.KindASSIGNED).SetText(text).SaveX(sys()).ID
}

// publishing returns a control for wsSubscribe: it publishes e on the test server's broker.
func publishing(t *testing.T, s *testServer, e events.Event) func() {
	return func() {
		if err := s.app.events.Publish(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
}

// wsSubscribe opens a socket as token and starts query as subscription "1". It returns once the event
// control publishes (one the subscriber may see, about an object no later step touches) has arrived: the
// subscriber is registered, so nothing published from now on is missed.
func wsSubscribe(t *testing.T, baseURL, token, query string, control func()) *testutil.WSClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := testutil.DialGraphQLWS(ctx, t, baseURL, nil, map[string]any{"authorization": "Bearer " + token})
	if err != nil {
		t.Fatalf("websocket: %v", err)
	}
	m, err := c.SubscribeLive(ctx, "1", query, control, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if m.Type != "next" || strings.Contains(string(m.Payload), `"errors"`) {
		t.Fatalf("control event of %s: %s %s", query, m.Type, m.Payload)
	}
	return c
}

// nextData waits for the subscription's next payload and decodes its data.
func nextData(t *testing.T, c *testutil.WSClient, within time.Duration, v any) {
	t.Helper()
	m, err := c.Next("1", within)
	if err != nil {
		t.Fatalf("no event within %s: %v", within, err)
	}
	if m.Type != "next" {
		t.Fatalf("got %s: %s", m.Type, m.Payload)
	}
	var p struct {
		Data   json.RawMessage
		Errors []gqlError
	}
	if err := json.Unmarshal(m.Payload, &p); err != nil || len(p.Errors) > 0 {
		t.Fatalf("payload %s: %v", m.Payload, err)
	}
	if err := json.Unmarshal(p.Data, v); err != nil {
		t.Fatal(err)
	}
}

// silentUntil proves c received nothing before the event sentinel publishes: it publishes it and fails
// unless the next message is that event (decoded into v). Events reach a subscriber in the order they were
// published, so anything published earlier that reached c would come first: silence without a sleep.
func silentUntil(t *testing.T, c *testutil.WSClient, sentinel func(), v any) {
	t.Helper()
	sentinel()
	nextData(t, c, 5*time.Second, v)
}

type changedEvent struct {
	InterventionChanged struct {
		ID, Reference string
		Status        struct{ Name string }
	}
}

type bellEvent struct {
	NotificationAdded struct {
		Kind, Text   string
		Intervention struct{ Reference string }
	}
}

func TestSubscriptions_OverRealWebsockets(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	o := addOtherOrg(t, s)
	admin, tech := s.login(t, testAdmin), s.login(t, testTech)
	var out struct{ Login struct{ Token string } }
	s.gql(t, loginQ, map[string]any{"e": otherAdmin, "p": otherPasswd}).mustData(t, &out)
	other := out.Login.Token

	// Control objects, touched by no later step: each subscription's first event is about one of them.
	org, techID := s.demoOrg(t).ID, atoi(t, s.userID(t, testTech))
	ctlID, _ := s.report(t, "SN-WS-CONTROL")
	ctl := atoi(t, ctlID)
	ctlBell := addNotification(t, s, org, techID, ctl, "control")
	otherCtl, otherEnd := o.intervention(t, s, "PB-OTHER-CONTROL"), o.intervention(t, s, "PB-OTHER-END")
	otherCtlBell := addNotification(t, s, o.id, o.admin, otherCtl, "other control")
	otherEndBell := addNotification(t, s, o.id, o.admin, otherEnd, "other end")

	adminFeed := wsSubscribe(t, s.URL, admin, subChanged,
		publishing(t, s, events.Event{Kind: events.InterventionChanged, OrgID: org, InterventionID: ctl}))
	techBell := wsSubscribe(t, s.URL, tech, subBell,
		publishing(t, s, events.Event{Kind: events.NotificationAdded, OrgID: org, InterventionID: ctl, NotificationID: ctlBell, UserID: techID}))
	otherFeed := wsSubscribe(t, s.URL, other, subChanged,
		publishing(t, s, events.Event{Kind: events.InterventionChanged, OrgID: o.id, InterventionID: otherCtl}))
	otherBell := wsSubscribe(t, s.URL, other, subBell,
		publishing(t, s, events.Event{Kind: events.NotificationAdded, OrgID: o.id, InterventionID: otherCtl, NotificationID: otherCtlBell, UserID: o.admin}))

	id, ref := s.report(t, "SN-WS-1")
	var ch changedEvent
	nextData(t, adminFeed, 2*time.Second, &ch)
	if ch.InterventionChanged.Reference != ref {
		t.Fatalf("admin feed = %+v", ch)
	}
	s.gql(t, assignQ, map[string]any{"id": id, "t": []string{s.userID(t, testTech)}}, bearer(admin)).mustData(t, &struct{}{})
	var b bellEvent
	nextData(t, techBell, 2*time.Second, &b)
	if b.NotificationAdded.Kind != "ASSIGNED" || b.NotificationAdded.Intervention.Reference != ref {
		t.Fatalf("technician bell = %+v", b)
	}
	s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Open")}, bearer(admin)).mustData(t, &struct{}{})
	nextData(t, techBell, 2*time.Second, &b)
	if b.NotificationAdded.Kind != "STATUS_CHANGED" || !strings.Contains(b.NotificationAdded.Text, "Open") {
		t.Fatalf("technician bell = %+v", b)
	}
	nextData(t, adminFeed, 2*time.Second, &ch) // assignment
	nextData(t, adminFeed, 2*time.Second, &ch) // status change
	if ch.InterventionChanged.Status.Name != "Open" {
		t.Fatalf("admin feed = %+v", ch)
	}
	// The other organization heard nothing: its own later event is the next thing each of its sockets gets.
	silentUntil(t, otherFeed, publishing(t, s, events.Event{Kind: events.InterventionChanged, OrgID: o.id, InterventionID: otherEnd}), &ch)
	if ch.InterventionChanged.Reference != "PB-OTHER-END" {
		t.Fatalf("other feed = %+v", ch)
	}
	silentUntil(t, otherBell, publishing(t, s, events.Event{Kind: events.NotificationAdded, OrgID: o.id, InterventionID: otherEnd, NotificationID: otherEndBell, UserID: o.admin}), &b)
	if b.NotificationAdded.Text != "other end" {
		t.Fatalf("other bell = %+v", b)
	}
}

func TestSubscriptions_RequireAuthentication(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := testutil.DialGraphQLWS(ctx, t, s.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Subscribe(ctx, "1", subChanged); err != nil {
		t.Fatal(err)
	}
	m, err := c.Next("1", 2*time.Second)
	// graphql-transport-ws delivers a resolver's error as a "next" payload with errors (or as "error").
	if err != nil || (m.Type != "error" && m.Type != "next") || !strings.Contains(string(m.Payload), "UNAUTHENTICATED") ||
		strings.Contains(string(m.Payload), `"interventionChanged":{`) {
		t.Fatalf("anonymous subscription: %s %s %v", m.Type, m.Payload, err)
	}
}

// panicbuttonBinary builds the server once per test binary run.
var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

func panicbuttonBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pb-bin-")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "panicbutton")
		out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// process is a panicbutton server process.
type process struct {
	URL string
	cmd *exec.Cmd
}

func startProcess(t *testing.T, env map[string]string) *process {
	t.Helper()
	port := testutil.FreePort(t)
	p := &process{URL: fmt.Sprintf("http://127.0.0.1:%d", port)}
	p.cmd = exec.Command(panicbuttonBinary(t), "serve")
	p.cmd.Env = append(os.Environ(), "PANIC_ADDR="+fmt.Sprintf("127.0.0.1:%d", port), "PUBLIC_URL="+p.URL)
	for k, v := range env {
		p.cmd.Env = append(p.cmd.Env, k+"="+v)
	}
	logf, _ := os.Create(filepath.Join(t.TempDir(), "server.log"))
	p.cmd.Stdout, p.cmd.Stderr = logf, logf
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		_ = p.cmd.Wait()
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("log of %s:\n%s", p.URL, b)
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(p.URL + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return p
			}
		}
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(logf.Name())
			t.Fatalf("server did not become ready:\n%s", b)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestCluster_TwoProcessesShareEventsThroughRedisAcrossARedisRestart(t *testing.T) {
	dbURL := testutil.NewMySQLURL(t)
	redisSrv := testutil.StartRedis(t, 0)
	env := map[string]string{
		"DATABASE_URL": dbURL, "REDIS_URL": "redis://" + redisSrv.Addr, "DEMO_DATA": "true",
		"DEMO_PRINTER_CODE": testPrinterCode, "DEMO_PASSWORD": testPassword, "DEMO_ADMIN_EMAIL": testAdmin,
		"DEMO_TECH_EMAIL": testTech, "SESSION_SECRET": "cluster-secret-cluster-secret-cluster-secret",
		"EMAIL_DIR": t.TempDir(),
	}
	one, two := startProcess(t, env), startProcess(t, env)
	post := func(base, token, query string, vars map[string]any, v any) {
		t.Helper()
		var opts []reqOpt
		if token != "" {
			opts = append(opts, bearer(token))
		}
		postGQL(t, base, query, vars, opts...).mustData(t, v)
	}
	var login struct{ Login struct{ Token string } }
	post(one.URL, "", loginQ, map[string]any{"e": testAdmin, "p": testPassword}, &login)
	token := login.Login.Token // sessions live in the database: valid on both instances
	report := func(serial string) string {
		t.Helper()
		var reg struct{ RegisterPrinter launchResult }
		post(one.URL, "", registerQ, map[string]any{"in": map[string]any{"printer": printerIn(serial, nil), "printerCode": testPrinterCode}}, &reg)
		var sub struct{ SubmitPanicReport submitResult }
		post(one.URL, "", submitQ, map[string]any{"in": map[string]any{"sessionToken": *reg.RegisterPrinter.SessionToken,
			"email": "r@example.com", "causeIds": []string{reg.RegisterPrinter.Kiosk.Causes[0].ID}}}, &sub)
		return sub.SubmitPanicReport.Reference
	}
	// The control: an intervention no later step touches, its change published through Redis by the test
	// until instance 2's subscriber gets it.
	db, err := store.Open(t.Context(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctl := db.Client.Intervention.Query().Where(intervention.Reference(report("SN-CLUSTER-CONTROL"))).OnlyX(sys())
	rdb := redis.NewClient(&redis.Options{Addr: redisSrv.Addr})
	defer rdb.Close()
	broker := events.NewRedis(rdb, nil)
	feed := wsSubscribe(t, two.URL, token, subChanged, func() {
		if err := broker.Publish(t.Context(), events.Event{Kind: events.InterventionChanged, OrgID: ctl.OrganizationID, InterventionID: ctl.ID}); err != nil {
			t.Fatal(err)
		}
	})

	ref := report("SN-CLUSTER")
	var ch changedEvent
	nextData(t, feed, time.Second, &ch)
	if ch.InterventionChanged.Reference != ref {
		t.Fatalf("instance 2 got %+v", ch)
	}
	id := ch.InterventionChanged.ID
	var statuses struct{ InterventionStatuses []struct{ ID, Name string } }
	post(one.URL, token, `{ interventionStatuses { id name } }`, nil, &statuses)
	statusID := func(name string) string {
		for _, st := range statuses.InterventionStatuses {
			if st.Name == name {
				return st.ID
			}
		}
		t.Fatalf("no status %s", name)
		return ""
	}
	start := time.Now()
	post(one.URL, token, changeQ, map[string]any{"id": id, "s": statusID("Open")}, &struct{}{})
	nextData(t, feed, time.Second, &ch)
	if ch.InterventionChanged.Status.Name != "Open" {
		t.Fatalf("instance 2 got %+v", ch)
	}
	t.Logf("status change on instance 1 reached instance 2 in %s", time.Since(start))

	// Kill Redis and start it again: events flow again without restarting the servers.
	redisSrv.Stop()
	testutil.StartRedis(t, redisSrv.Port)
	names := []string{"In progress", "Waiting for parts", "Closed", "Open", "In progress", "Waiting for parts", "Closed"}
	deadline := time.Now().Add(20 * time.Second)
	for i := 0; ; i++ {
		post(one.URL, token, changeQ, map[string]any{"id": id, "s": statusID(names[i%len(names)])}, &struct{}{})
		m, err := feed.Next("1", 1500*time.Millisecond)
		if err == nil && m.Type == "next" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("no event reached instance 2 after Redis restarted")
		}
	}
}
