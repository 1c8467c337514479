package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/panicbutton/panicbutton/server/baseline"
)

// TestBaseline_WritesTheRowsTheStackWrites: make bench compares the device path with baseline.Device, which must
// do the same rows and commits. One report through each, for the same printer and cause: every table the stack
// writes a report into gets as many rows from the baseline (the search index's rows included), and the
// baseline's report is found by the admin search like the stack's.
func TestBaseline_WritesTheRowsTheStackWrites(t *testing.T) {
	s := newTestServer(t, "mysql", nil)
	const serial = "SN-BASE-1"
	ready := s.registered(t, serial, map[string]any{"location": "Floor 2", "ip": "10.0.0.9", "counters": map[string]any{"total": 1000}}, "")
	var printerID, cause int
	if err := s.db.SQL.QueryRow("SELECT id FROM printers WHERE serial = ?", serial).Scan(&printerID); err != nil {
		t.Fatal(err)
	}
	fmt.Sscan(ready.Kiosk.Causes[0].ID, &cause)
	tables := []string{"interventions", "intervention_causes", "intervention_events", "intervention_grams", "meter_readings", "email_messages"}
	counts := func() map[string]int {
		out := map[string]int{}
		for _, tb := range tables {
			var n int
			if err := s.db.SQL.QueryRow("SELECT COUNT(*) FROM " + tb).Scan(&n); err != nil {
				t.Fatal(err)
			}
			out[tb] = n
		}
		return out
	}
	c0 := counts()
	stack := s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "stack@example.com",
		"causeIds": []string{ready.Kiosk.Causes[0].ID}, "message": "stack report"})
	c1 := counts()
	base := httptest.NewServer(baseline.Device(s.db.SQL))
	defer base.Close()
	body, _ := json.Marshal(map[string]any{"printerId": printerID, "causeId": cause, "email": "basel@example.com", "message": "baseline report"})
	resp, err := http.Post(base.URL+"/submit", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Reference string }
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || out.Reference == "" {
		t.Fatalf("baseline submit: HTTP %d, %+v", resp.StatusCode, out)
	}
	c2 := counts()
	for _, tb := range tables {
		if st, bl := c1[tb]-c0[tb], c2[tb]-c1[tb]; st != bl || st == 0 {
			t.Errorf("%s: the stack wrote %d rows, the baseline %d", tb, st, bl)
		}
	}
	admin := s.login(t, testAdmin)
	for ref, q := range map[string]string{stack.Reference: "stack@example", out.Reference: "basel@example"} {
		var found struct {
			Interventions struct {
				Edges []struct{ Node struct{ Reference string } }
			}
		}
		s.gql(t, `query($q: String!) { interventions(first: 5, where: {search: $q}) { edges { node { reference } } } }`,
			map[string]any{"q": q}, bearer(admin)).mustData(t, &found)
		if e := found.Interventions.Edges; len(e) != 1 || e[0].Node.Reference != ref {
			t.Errorf("search %q: %+v, want %s", q, e, ref)
		}
	}
}
