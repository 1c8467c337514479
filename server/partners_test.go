package main

import (
	"sync"
	"testing"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
)

const createInterventionQ = `mutation($in: CreateInterventionInput!) { createIntervention(input: $in) {
  replayed intervention { id reference origin externalRef causeLabels reporterEmail message } } }`

type createdIntervention struct {
	CreateIntervention struct {
		Replayed     bool
		Intervention struct {
			ID, Reference, Origin, ExternalRef, ReporterEmail, Message string
			CauseLabels                                                []string
		}
	}
}

// Issue 15: a partner's system opens interventions with createIntervention — the printer by serial or id,
// causes by id and/or in free text, its own ticket id — with the emails of a panic report; bad input is named;
// keys without interventions:write and technicians cannot.
func TestPartners_CreateInterventionFromAnotherSystem(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ready := s.registered(t, "SN-ERP-1", map[string]any{"location": "Hall"}, "")
		admin := s.loginAs(t, testAdmin, testPassword)
		writer := s.apiKey(t, admin, "erp", "interventions:read", "interventions:write")
		reader := s.apiKey(t, admin, "bi", "interventions:read")
		tech := s.loginAs(t, testTech, testPassword)
		causeID := ready.Kiosk.Causes[0].ID

		in := map[string]any{"printerSerial": "SN-ERP-1", "causeIds": []string{causeID}, "causeText": "Smells of burning",
			"reporterEmail": " Erp.User@Example.com ", "message": "Opened from ERP ticket 4711", "externalRef": "ERP-4711"}
		var out createdIntervention
		s.gql(t, createInterventionQ, map[string]any{"in": in}, bearer(writer)).mustData(t, &out)
		it := out.CreateIntervention.Intervention
		if out.CreateIntervention.Replayed || it.Origin != "API" || it.ExternalRef != "ERP-4711" ||
			it.ReporterEmail != "erp.user@example.com" || len(it.CauseLabels) != 2 || it.CauseLabels[1] != "Smells of burning" {
			t.Fatalf("created %+v", out.CreateIntervention)
		}
		// The same emails as a panic report.
		id := atoi(t, it.ID)
		kinds := map[emailmessage.Kind]int{}
		for _, m := range s.db.Client.EmailMessage.Query().Where(emailmessage.InterventionID(id)).AllX(sys()) {
			kinds[m.Kind]++
		}
		if kinds[emailmessage.KindREPORT_USER] != 1 || kinds[emailmessage.KindREPORT_TECH] != 1 {
			t.Fatalf("emails %v", kinds)
		}
		// Partners find their tickets by their own id.
		var found struct {
			Interventions struct {
				Edges []struct{ Node struct{ Reference string } }
			}
		}
		s.gql(t, `{ interventions(where: {externalRef: "ERP-4711"}) { edges { node { reference } } } }`, nil, bearer(reader)).mustData(t, &found)
		if len(found.Interventions.Edges) != 1 || found.Interventions.Edges[0].Node.Reference != it.Reference {
			t.Fatalf("by externalRef: %+v", found)
		}
		// By printer id, with free text only.
		s.gql(t, createInterventionQ, map[string]any{"in": map[string]any{"printerId": s.printerID(t, "SN-ERP-1"),
			"causeText": "Paper jam in tray 2", "reporterEmail": "erp@example.com"}}, bearer(admin)).mustData(t, &out)

		for _, c := range []struct {
			change map[string]any
			field  string
		}{
			{map[string]any{"printerSerial": nil}, "input.printerId"},
			{map[string]any{"printerId": s.printerID(t, "SN-ERP-1")}, "input.printerSerial"},
			{map[string]any{"printerSerial": "SN-NOBODY"}, "input.printerSerial"},
			{map[string]any{"printerSerial": nil, "printerId": "999999999"}, "input.printerId"},
			{map[string]any{"reporterEmail": "not an address"}, "input.reporterEmail"},
			{map[string]any{"causeIds": []string{}, "causeText": " "}, "input.causeIds"},
			{map[string]any{"causeIds": []string{"123456789"}}, "input.causeIds"},
			{map[string]any{"externalRef": string(make([]byte, 201))}, "input.externalRef"},
			{map[string]any{"idempotencyKey": "has spaces"}, "input.idempotencyKey"},
		} {
			bad := map[string]any{}
			for k, v := range in {
				bad[k] = v
			}
			for k, v := range c.change {
				bad[k] = v
			}
			s.gql(t, createInterventionQ, map[string]any{"in": bad}, bearer(writer)).mustFail(t, "BAD_USER_INPUT", c.field)
		}
		s.gql(t, createInterventionQ, map[string]any{"in": in}, bearer(reader)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, createInterventionQ, map[string]any{"in": in}, bearer(tech)).mustFail(t, "FORBIDDEN", "")
		if n := s.db.Client.Intervention.Query().Where(intervention.OriginEQ(intervention.OriginAPI)).CountX(sys()); n != 2 {
			t.Fatalf("%d API interventions, want 2 (refused calls changed something)", n)
		}
	})
}

// Issue 15: the same createIntervention with one idempotency key sent 5 times concurrently creates one
// intervention and one set of emails; every answer names it; the key with another input is refused.
func TestPartners_IdempotencyKeyMakesRetriesSafe(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ready := s.registered(t, "SN-ERP-2", map[string]any{"location": "Hall"}, "")
		admin := s.loginAs(t, testAdmin, testPassword)
		writer := s.apiKey(t, admin, "erp", "interventions:read", "interventions:write")
		s.report(t, "SN-ERP-FIRST") // this year's reference counter exists (its first allocation is tested elsewhere)
		in := map[string]any{"printerSerial": "SN-ERP-2", "causeIds": []string{ready.Kiosk.Causes[0].ID},
			"reporterEmail": "erp@example.com", "externalRef": "ERP-9", "idempotencyKey": "erp-9-create"}

		answers := make([]gqlResponse, 5)
		var wg sync.WaitGroup
		for i := range answers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				answers[i] = postGQL(t, s.URL, createInterventionQ, map[string]any{"in": in}, bearer(writer))
			}()
		}
		wg.Wait()
		ids, replayed := map[string]bool{}, 0
		for _, a := range answers {
			var out createdIntervention
			a.mustData(t, &out)
			ids[out.CreateIntervention.Intervention.ID] = true
			if out.CreateIntervention.Replayed {
				replayed++
			}
		}
		if len(ids) != 1 || replayed != 4 {
			t.Fatalf("answers name %d interventions, %d replayed", len(ids), replayed)
		}
		if n := s.db.Client.Intervention.Query().Where(intervention.ExternalRef("ERP-9")).CountX(sys()); n != 1 {
			t.Fatalf("%d interventions", n)
		}
		if n := s.db.Client.EmailMessage.Query().Where(emailmessage.KindIn(emailmessage.KindREPORT_USER, emailmessage.KindREPORT_TECH),
			emailmessage.HasInterventionWith(intervention.ExternalRef("ERP-9"))).CountX(sys()); n != 2 {
			t.Fatalf("%d report emails, want one set (2)", n)
		}
		// A later retry still answers with it; another input under the same key is refused and changes nothing.
		var again createdIntervention
		s.gql(t, createInterventionQ, map[string]any{"in": in}, bearer(writer)).mustData(t, &again)
		if !again.CreateIntervention.Replayed || !ids[again.CreateIntervention.Intervention.ID] {
			t.Fatalf("retry: %+v", again)
		}
		in["message"] = "another request"
		e := s.gql(t, createInterventionQ, map[string]any{"in": in}, bearer(writer)).mustFail(t, "BAD_USER_INPUT", "input.idempotencyKey")
		if n := s.db.Client.Intervention.Query().Where(intervention.OriginEQ(intervention.OriginAPI)).CountX(sys()); n != 1 {
			t.Fatalf("%d interventions after the refused call (%s)", n, e.Message)
		}
	})
}

func (s *testServer) printerID(t testing.TB, serial string) string {
	t.Helper()
	var out struct {
		Printers struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	admin := s.loginAs(t, testAdmin, testPassword)
	s.gql(t, `query($s: String!) { printers(where: {serial: $s}) { edges { node { id } } } }`, map[string]any{"s": serial}, bearer(admin)).mustData(t, &out)
	if len(out.Printers.Edges) != 1 {
		t.Fatalf("printer %s: %+v", serial, out)
	}
	return out.Printers.Edges[0].Node.ID
}
