package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	"github.com/panicbutton/panicbutton/internal/interventions"
)

// costOf posts an operation and returns its errors and extensions.cost.
func costOf(t *testing.T, s *testServer, query, token string) (gqlResponse, map[string]float64) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	bearer(token)(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		gqlResponse
		Extensions struct {
			Cost map[string]float64 `json:"cost"`
		} `json:"extensions"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out.gqlResponse, out.Extensions.Cost
}

// A plain (non-connection) list costs its children once per item it may return, so cycles through lists
// cannot fan out under the limit; every answer tells the caller what the operation cost.
func TestComplexity_EveryListCountsByItsBoundAndTheCostIsReported(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil) // GRAPHQL_MAX_COMPLEXITY 5000, depth 15
		tech := s.loginAs(t, testTech, testPassword)

		// The organization → users cycle was accepted under the limit at 4 levels (160,000 objects with
		// 20 users); Organization.users is gone (cycles_test.go), and the cycles left cost their bound per level.
		r, cost := costOf(t, s, `{me{organization{panicButtons{organization{panicButtons{organization{panicButtons{organization{panicButtons{id}}}}}}}}}}`, tech)
		e := r.mustFail(t, "COMPLEXITY_LIMIT_EXCEEDED", "")
		if n, _ := e.Extensions["cost"].(float64); n <= 5000 || e.Extensions["maximum"] != 5000.0 {
			t.Fatalf("refusal without its cost: %+v", e.Extensions)
		}
		if cost["requestedQueryCost"] <= 5000 || cost["maximum"] != 5000 {
			t.Fatalf("extensions.cost of the refusal = %v", cost)
		}
		// One level is fine, and costs 100 (the default bound) times each panic button.
		var one struct {
			Me struct {
				Organization struct{ PanicButtons []struct{ ID string } }
			}
		}
		r, cost = costOf(t, s, `{ me { organization { panicButtons { id } } } }`, tech)
		r.mustData(t, &one)
		if len(one.Me.Organization.PanicButtons) == 0 || cost["requestedQueryCost"] != 1+1+1+100*1 || cost["maximum"] != 5000 {
			t.Fatalf("panic buttons %d, cost %v", len(one.Me.Organization.PanicButtons), cost)
		}

		// Connections as before: first times each node (the edges list is not counted twice).
		admin := s.loginAs(t, testAdmin, testPassword)
		r, cost = costOf(t, s, `{ users(first: 20) { edges { node { id email } } } }`, admin)
		r.mustData(t, &struct{}{})
		if cost["requestedQueryCost"] != 1+20*(1+(1+2)) {
			t.Fatalf("cost of a connection = %v", cost)
		}
		// Intervention.technicians is counted by its real bound, which assignIntervention enforces.
		it, _ := s.report(t, "SN-COST-1")
		many := make([]string, interventions.MaxTechnicians+1)
		for i := range many {
			many[i] = fmt.Sprint(1000000 + i)
		}
		s.gql(t, assignQ, map[string]any{"id": it, "t": many}, bearer(admin)).mustFail(t, "BAD_USER_INPUT", "technicianIds")
		r, cost = costOf(t, s, `{ node(id: "`+it+`") { ... on Intervention { technicians { id } } } }`, admin)
		r.mustData(t, &struct{}{})
		if cost["requestedQueryCost"] != 1+1+interventions.MaxTechnicians*1 {
			t.Fatalf("cost of technicians = %v", cost)
		}

		// nodes(ids:) is bounded by the ids asked for.
		id := s.idOf(t, testAdmin)
		r, cost = costOf(t, s, `{ nodes(ids: ["`+id+`", "`+id+`", "`+id+`"]) { id } }`, admin)
		r.mustData(t, &struct{}{})
		if cost["requestedQueryCost"] != 1+3*1 {
			t.Fatalf("cost of nodes = %v", cost)
		}
	})
}
