package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/panicbutton/panicbutton/ent/apikey"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// Close codes of a websocket whose credential changed (internal/realtime).
const (
	closeUnauthenticated websocket.StatusCode = 4401
	closeForbidden       websocket.StatusCode = 4403
)

// wsDial opens a graphql-transport-ws connection with a bearer token in connection_init.
func wsDial(t *testing.T, baseURL, token string) *testutil.WSClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := testutil.DialGraphQLWS(ctx, t, baseURL, nil, map[string]any{"authorization": "Bearer " + token})
	if err != nil {
		t.Fatalf("websocket: %v", err)
	}
	return c
}

// wsDo runs one operation over the socket and returns its first answer.
func wsDo(t *testing.T, c *testutil.WSClient, id, query string) (testutil.WSMessage, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Subscribe(ctx, id, query); err != nil {
		return testutil.WSMessage{}, err
	}
	return c.Next(id, 5*time.Second)
}

// wsMustAnswer runs an operation over the socket and fails unless it answers data without errors: the
// positive event that the socket is open, authenticated and (since connection_ack) watched for revocation.
func wsMustAnswer(t *testing.T, c *testutil.WSClient, id, query string) {
	t.Helper()
	m, err := wsDo(t, c, id, query)
	if err != nil {
		t.Fatalf("%s over the socket: %v", query, err)
	}
	if m.Type != "next" || strings.Contains(string(m.Payload), `"errors"`) {
		t.Fatalf("%s over the socket: %s %s", query, m.Type, m.Payload)
	}
}

// ranWithData reports whether an answer carries data without errors (the operation ran).
func ranWithData(m testutil.WSMessage) bool {
	if m.Type != "next" {
		return false
	}
	var p struct {
		Data   json.RawMessage
		Errors []gqlError
	}
	return json.Unmarshal(m.Payload, &p) == nil && len(p.Errors) == 0 && len(p.Data) > 0 && string(p.Data) != "null"
}

// wsMustBeClosed waits for the server to close the socket with code.
func wsMustBeClosed(t *testing.T, c *testutil.WSClient, code websocket.StatusCode) {
	t.Helper()
	start := time.Now()
	got, err := c.Closed(3 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if got != code {
		t.Fatalf("closed with %d, want %d", got, code)
	}
	t.Logf("socket closed with %d (waited %s)", got, time.Since(start).Round(time.Millisecond))
}

const createKeyOverWS = `mutation { createApiKey(input: {name: "over-the-socket", scopes: ["interventions:read"]}) { key } }`

func TestRevocation_ClosesOpenWebsocketsAndRefusesTheirOperations(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, withRoot)
		itID, _ := s.report(t, "SN-REVOKE-1")
		admin := s.loginAs(t, testAdmin, testPassword)
		root := s.loginAs(t, testRoot, testRootPassword)
		techID := s.idOf(t, testTech)
		org := s.demoOrg(t).ID
		keysMadeOverWS := func() int {
			return s.db.Client.APIKey.Query().Where(apikey.Name("over-the-socket")).CountX(sys())
		}

		// promotedTech makes the technician a second admin and returns their token.
		promotedTech := func(t *testing.T) string {
			s.gql(t, `mutation($id: ID!) { updateUser(id: $id, input: {role: ADMIN}) { id } }`, map[string]any{"id": techID},
				bearer(admin)).mustData(t, &struct{}{})
			return s.loginAs(t, testTech, testPassword)
		}
		type step struct {
			name string
			// open returns the token of the socket; revoke revokes it over HTTP.
			open     func(t *testing.T) string
			revoke   func(t *testing.T, token string)
			code     websocket.StatusCode
			mutation string
			ran      func() int // how many times the mutation took effect
			after    func(t *testing.T)
		}
		steps := []step{{
			name: "logout",
			open: func(t *testing.T) string { return s.loginAs(t, testAdmin, testPassword) },
			revoke: func(t *testing.T, token string) {
				s.gql(t, `mutation { logout }`, nil, bearer(token)).mustData(t, &struct{}{})
			},
			code: closeUnauthenticated, mutation: createKeyOverWS, ran: keysMadeOverWS,
		}, {
			name: "password change",
			open: func(t *testing.T) string { return s.loginAs(t, testAdmin, testPassword) },
			revoke: func(t *testing.T, _ string) {
				// Another session of the same admin changes the password: it stays, every other goes.
				s.gql(t, `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
					map[string]any{"c": testPassword, "n": strongPassword}, bearer(admin)).mustData(t, &struct{}{})
			},
			code: closeUnauthenticated, mutation: createKeyOverWS, ran: keysMadeOverWS,
			after: func(t *testing.T) {
				// The socket of the session that changed the password is still open and served.
				kept := wsDial(t, s.URL, admin)
				wsMustAnswer(t, kept, "kept", `{ me { id } }`)
			},
		}, {
			name: "role change",
			open: promotedTech,
			revoke: func(t *testing.T, _ string) {
				s.gql(t, `mutation($id: ID!) { updateUser(id: $id, input: {role: TECHNICIAN}) { id } }`,
					map[string]any{"id": techID}, bearer(admin)).mustData(t, &struct{}{})
			},
			code: closeForbidden, mutation: createKeyOverWS, ran: keysMadeOverWS,
		}, {
			name: "disable user",
			open: promotedTech,
			revoke: func(t *testing.T, _ string) {
				s.gql(t, `mutation($id: ID!) { disableUser(id: $id) { id } }`, map[string]any{"id": techID},
					bearer(admin)).mustData(t, &struct{}{})
			},
			code: closeUnauthenticated, mutation: createKeyOverWS, ran: keysMadeOverWS,
			after: func(t *testing.T) {
				s.gql(t, `mutation($id: ID!) { enableUser(id: $id) { id } }`, map[string]any{"id": techID},
					bearer(admin)).mustData(t, &struct{}{})
			},
		}, {
			name: "API key revoke",
			open: func(t *testing.T) string {
				return s.apiKey(t, admin, "erp", "interventions:read", "interventions:write")
			},
			revoke: func(t *testing.T, _ string) {
				id := s.db.Client.APIKey.Query().Where(apikey.Name("erp")).OnlyIDX(sys())
				s.gql(t, `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, map[string]any{"id": id},
					bearer(admin)).mustData(t, &struct{}{})
			},
			code:     closeUnauthenticated,
			mutation: fmt.Sprintf(`mutation { addInterventionNote(id: %q, note: "over the socket") { id } }`, itID),
			ran: func() int {
				return s.db.Client.InterventionEvent.Query().Where(interventionevent.Note("over the socket")).CountX(sys())
			},
		}, {
			name: "organization disable",
			open: func(t *testing.T) string { return s.loginAs(t, testAdmin, strongPassword) },
			revoke: func(t *testing.T, _ string) {
				s.gql(t, `mutation($id: ID!) { disableOrganization(id: $id) { id } }`, map[string]any{"id": org},
					bearer(root)).mustData(t, &struct{}{})
			},
			code: closeUnauthenticated, mutation: createKeyOverWS, ran: keysMadeOverWS,
		}}
		for _, st := range steps {
			t.Run(strings.ReplaceAll(st.name, " ", "_"), func(t *testing.T) {
				token := st.open(t)
				// idle is closed by the revocation event alone; busy sends the mutation right after it.
				idle, busy := wsDial(t, s.URL, token), wsDial(t, s.URL, token)
				wsMustAnswer(t, idle, "before", `{ interventions { totalCount } }`)
				// The mutation works over the socket before: its refusal after is the revocation's doing.
				wsMustAnswer(t, busy, "before", st.mutation)
				before := st.ran()
				st.revoke(t, token)
				if m, err := wsDo(t, busy, "after", st.mutation); err == nil && ranWithData(m) {
					t.Errorf("%s ran over the socket after the revocation: %s", st.mutation, m.Payload)
				}
				wsMustBeClosed(t, idle, st.code)
				wsMustBeClosed(t, busy, st.code)
				if n := st.ran(); n != before {
					t.Errorf("the mutation took effect %d time(s) after the revocation", n-before)
				}
				if st.after != nil {
					st.after(t)
				}
			})
		}
	})
}

// A session that expires closes its socket (4401) when it does.
func TestRevocation_SessionExpiryClosesTheWebsocket(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	token := s.loginAs(t, testAdmin, testPassword)
	s.db.Client.Session.Update().SetExpiresAt(time.Now().Add(1500 * time.Millisecond)).ExecX(sys())
	c := wsDial(t, s.URL, token)
	wsMustAnswer(t, c, "before", `{ me { id } }`)
	wsMustBeClosed(t, c, closeUnauthenticated)
}

// A revocation whose event never arrives (written straight to the database here, as when Redis is down) still
// refuses the next operation on the socket, which then closes.
func TestRevocation_EveryWebsocketOperationChecksTheCurrentSession(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		token := s.loginAs(t, testAdmin, testPassword)
		c := wsDial(t, s.URL, token)
		wsMustAnswer(t, c, "before", `{ me { id } }`)
		s.db.Client.Session.Update().Where(session.RevokedAtIsNil()).SetRevokedAt(time.Now()).ExecX(sys())
		m, err := wsDo(t, c, "after", createKeyOverWS)
		if err != nil {
			t.Fatalf("no answer: %v", err)
		}
		if ranWithData(m) || !strings.Contains(string(m.Payload), `"UNAUTHENTICATED"`) {
			t.Fatalf("after the session was revoked: %s %s", m.Type, m.Payload)
		}
		wsMustBeClosed(t, c, closeUnauthenticated)
		if n := s.db.Client.APIKey.Query().CountX(sys()); n != 0 {
			t.Fatalf("%d API keys created", n)
		}
	})
}

// Two instances on one MariaDB and one Redis: a logout on instance 1 closes the socket instance 2 holds.
func TestRevocation_ReachesTheWebsocketsOfEveryInstance(t *testing.T) {
	dbURL := testutil.NewMySQLURL(t)
	redisSrv := testutil.StartRedis(t, 0)
	env := map[string]string{
		"DATABASE_URL": dbURL, "REDIS_URL": "redis://" + redisSrv.Addr, "DEMO_DATA": "true",
		"DEMO_PRINTER_CODE": testPrinterCode, "DEMO_PASSWORD": testPassword, "DEMO_ADMIN_EMAIL": testAdmin,
		"DEMO_TECH_EMAIL": testTech, "SESSION_SECRET": "cluster-secret-cluster-secret-cluster-secret",
		"EMAIL_DIR": t.TempDir(),
	}
	one, two := startProcess(t, env), startProcess(t, env)
	login := func(base, email string) string {
		var out struct{ Login struct{ Token string } }
		postGQL(t, base, loginQ, map[string]any{"e": email, "p": testPassword}).mustData(t, &out)
		return out.Login.Token
	}
	admin, tech := login(one.URL, testAdmin), login(one.URL, testTech)
	adminWS, techWS := wsDial(t, two.URL, admin), wsDial(t, two.URL, tech)
	wsMustAnswer(t, adminWS, "before", `{ me { id } }`)
	wsMustAnswer(t, techWS, "before", `{ me { id } }`)

	postGQL(t, one.URL, `mutation { logout }`, nil, bearer(admin)).mustData(t, &struct{}{})
	wsMustBeClosed(t, adminWS, closeUnauthenticated)
	// The technician's socket on the same instance is untouched.
	wsMustAnswer(t, techWS, "still", `{ me { id } }`)

	var me struct{ Me struct{ ID string } }
	postGQL(t, one.URL, `{ me { id } }`, nil, bearer(tech)).mustData(t, &me)
	admin = login(one.URL, testAdmin)
	postGQL(t, one.URL, `mutation($id: ID!) { disableUser(id: $id) { id } }`, map[string]any{"id": me.Me.ID},
		bearer(admin)).mustData(t, &struct{}{})
	wsMustBeClosed(t, techWS, closeUnauthenticated)
}
