package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"
)

type budgetAnswer struct {
	status int
	header http.Header
	gqlResponse
	Extensions struct {
		Cost      map[string]float64 `json:"cost"`
		RateLimit *struct {
			Limit, Cost, Remaining int
			ResetAt                time.Time
		} `json:"rateLimit"`
	} `json:"extensions"`
}

func postBudgeted(t *testing.T, url, query, token string) budgetAnswer {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	bearer(token)(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return budgetAnswer{}
	}
	defer resp.Body.Close()
	out := budgetAnswer{status: resp.StatusCode, header: resp.Header}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Error(err)
	}
	return out
}

// Issue 15: a partner key spends a budget of cost points; each answer says the operation's cost and what is
// left (extensions and X-RateLimit-* headers); an operation that would overdraw it is refused with
// RATE_LIMITED and retryAfter and costs nothing; concurrent operations cannot overdraw it together; people
// signed in to the admin are not budgeted.
func TestBudget_APIKeysSpendCostPointsAndAreToldWhatIsLeft(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, map[string]string{"API_KEY_COST_BUDGET": "100", "API_KEY_COST_WINDOW": "1h"})
		admin := s.loginAs(t, testAdmin, testPassword)
		key := s.apiKey(t, admin, "erp", "interventions:read")
		const q = `{ interventions(first: 10) { edges { node { id reference } } } }` // 1 + 10×(1+1+1) + 1 … as costed

		first := postBudgeted(t, s.URL, q, key)
		if len(first.Errors) > 0 || first.Extensions.RateLimit == nil {
			t.Fatalf("first answer: %+v", first)
		}
		cost := int(first.Extensions.Cost["requestedQueryCost"])
		rl := first.Extensions.RateLimit
		if cost < 2 || rl.Cost != cost || rl.Limit != 100 || rl.Remaining != 100-cost || !rl.ResetAt.After(time.Now()) {
			t.Fatalf("cost %d, rateLimit %+v", cost, rl)
		}
		if first.header.Get("X-RateLimit-Limit") != "100" || first.header.Get("X-RateLimit-Remaining") != strconv.Itoa(100-cost) ||
			first.header.Get("X-RateLimit-Used") != strconv.Itoa(cost) || first.header.Get("X-RateLimit-Reset") != strconv.FormatInt(rl.ResetAt.Unix(), 10) {
			t.Fatalf("headers %v", first.header)
		}

		// Concurrent operations: exactly as many pass as the budget pays for.
		left := 100 - cost
		var wg sync.WaitGroup
		answers := make([]budgetAnswer, 12)
		for i := range answers {
			wg.Add(1)
			go func() { defer wg.Done(); answers[i] = postBudgeted(t, s.URL, q, key) }()
		}
		wg.Wait()
		passed := 0
		for _, a := range answers {
			switch {
			case len(a.Errors) == 0:
				passed++
			case a.Errors[0].code() == "RATE_LIMITED":
				retry, _ := a.Errors[0].Extensions["retryAfter"].(float64)
				if retry < 1 || retry > 3600 || a.header.Get("Retry-After") != strconv.Itoa(int(retry)) {
					t.Fatalf("refusal without a usable retryAfter: %+v %v", a.Errors[0], a.header)
				}
			default:
				t.Fatalf("unexpected answer %+v", a.Errors)
			}
		}
		if passed != left/cost {
			t.Fatalf("%d operations of cost %d passed with %d points left, want %d", passed, cost, left, left/cost)
		}
		// A refused operation cost nothing: what remains is what the passed ones left.
		last := postBudgeted(t, s.URL, `{ interventions(first: 1) { totalCount } }`, key)
		if want := left - passed*cost; last.Extensions.RateLimit == nil {
			t.Fatalf("no rateLimit: %+v", last)
		} else if c := int(last.Extensions.Cost["requestedQueryCost"]); c <= want {
			if len(last.Errors) > 0 || last.Extensions.RateLimit.Remaining != want-c {
				t.Fatalf("after the refusals: %+v %+v (want %d left)", last.Errors, last.Extensions.RateLimit, want-c)
			}
		} else if last.Errors[0].code() != "RATE_LIMITED" || last.Extensions.RateLimit.Remaining != want {
			t.Fatalf("after the refusals: %+v %+v (want %d left)", last.Errors, last.Extensions.RateLimit, want)
		}

		// The admin in the SPA is bounded per operation only.
		for range 5 {
			a := postBudgeted(t, s.URL, q, admin)
			if len(a.Errors) > 0 || a.Extensions.RateLimit != nil || a.header.Get("X-RateLimit-Limit") != "" {
				t.Fatalf("a signed-in admin was budgeted: %+v", a)
			}
		}
	})
}
