package main

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// TestSubscriptions_OneEventReachesEachSocketAsItsViewerMaySee: sockets of an admin (two running the same
// operation, one another), of a technician and of a partner key get one event each as their privacy allows,
// on real websockets. The sockets of one audience running one operation share its rendering: byte for byte
// the same; another operation gets its own.
func TestSubscriptions_OneEventReachesEachSocketAsItsViewerMaySee(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := newTestServer(t, dialect, nil)
		admin, tech := s.login(t, testAdmin), s.login(t, testTech)
		var k struct{ CreateApiKey struct{ Key string } }
		s.gql(t, `mutation { createApiKey(input: {name: "feed", scopes: ["interventions:read"]}) { key } }`, nil, bearer(admin)).mustData(t, &k)
		org, techID := s.demoOrg(t).ID, s.userID(t, testTech)
		assign := func(id string) {
			s.gql(t, assignQ, map[string]any{"id": id, "t": []string{techID}}, bearer(admin)).mustData(t, &struct{}{})
		}
		ctlID, _ := s.report(t, "SN-FAN-CONTROL") // every subscriber's first event, touched by no later step
		assign(ctlID)
		assignedID, assignedRef := s.report(t, "SN-FAN-ASSIGNED")
		assign(assignedID)
		otherID, otherRef := s.report(t, "SN-FAN-OTHER")
		event := func(id string) func() {
			return publishing(t, s, events.Event{Kind: events.InterventionChanged, OrgID: org, InterventionID: atoi(t, id)})
		}
		const withTechnicians = `subscription { interventionChanged { id reference technicians { email } } }`
		admin1 := wsSubscribe(t, s.URL, admin, subChanged, event(ctlID))
		admin2 := wsSubscribe(t, s.URL, admin, subChanged, event(ctlID))
		admin3 := wsSubscribe(t, s.URL, admin, withTechnicians, event(ctlID))
		technician := wsSubscribe(t, s.URL, tech, subChanged, event(ctlID))
		key := wsSubscribe(t, s.URL, k.CreateApiKey.Key, subChanged, event(ctlID))

		event(otherID)()
		event(assignedID)()
		payloads := map[string][]string{}
		for name, c := range map[string]*testutil.WSClient{"admin 1": admin1, "admin 2": admin2, "admin, other operation": admin3, "key": key} {
			for range 2 {
				m, err := c.Next("1", 5*time.Second)
				if err != nil || m.Type != "next" {
					t.Fatalf("%s: %v %s", name, err, m.Payload)
				}
				payloads[name] = append(payloads[name], string(m.Payload))
			}
		}
		var ch changedEvent
		for name, p := range payloads {
			for i, want := range []string{otherRef, assignedRef} {
				var out struct{ Data changedEvent }
				if err := json.Unmarshal([]byte(p[i]), &out); err != nil || out.Data.InterventionChanged.Reference != want {
					t.Fatalf("%s's event %d = %s, want %s", name, i, p[i], want)
				}
			}
		}
		for i := range 2 {
			if payloads["admin 1"][i] != payloads["admin 2"][i] {
				t.Fatalf("two sockets of one admin running one operation differ: %s / %s", payloads["admin 1"][i], payloads["admin 2"][i])
			}
			var out struct {
				Data struct {
					InterventionChanged struct{ Technicians []struct{ Email string } }
				}
			}
			if err := json.Unmarshal([]byte(payloads["admin, other operation"][i]), &out); err != nil {
				t.Fatal(err)
			}
			if techs := out.Data.InterventionChanged.Technicians; i == 1 && (len(techs) != 1 || techs[0].Email != testTech) {
				t.Fatalf("the other operation's rendering: %s", payloads["admin, other operation"][i])
			}
		}
		// The technician's next event is the intervention assigned to them: the other was never sent.
		nextData(t, technician, 5*time.Second, &ch)
		if ch.InterventionChanged.Reference != assignedRef {
			t.Fatalf("the technician got %+v first, want %s (the other intervention is not theirs)", ch, assignedRef)
		}
	})
}
