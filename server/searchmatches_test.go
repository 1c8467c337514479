package main

import (
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/internal/testutil"
)

// record runs f and returns the queries rec kept meanwhile.
func record(rec *testutil.Recorder, f func()) []string {
	rec.Take()
	f()
	var out []string
	for _, st := range rec.Take() {
		out = append(out, st.Query)
	}
	return out
}

// TestInterventionsList_ASearchAlonePagesAndCountsFromItsMatches: through GraphQL on MariaDB, a list filtered by a
// search alone reads its page by the ids of the matches the search found and counts them without another
// statement (the search input's resolver hands them to the list: graph/searchmatches.go), with the same page and
// count as the same search with another condition that matches every intervention, which reads the list's
// filter and counts it (capped count); the list's own pages, in the order GraphQL's argument gives, are read
// from the list's index after their cursor, except a technician's, which the privacy rules filter further.
func TestInterventionsList_ASearchAlonePagesAndCountsFromItsMatches(t *testing.T) {
	var rec *testutil.Recorder
	s := startTestServerOn(t, testutil.NewURL(t, "mysql"), map[string]string{"DEMO_INTERVENTIONS": "800"}, func(d *entsql.Driver) dialect.Driver {
		rec = &testutil.Recorder{Driver: d}
		return rec
	})
	db := s.db
	admin := s.login(t, testAdmin)
	var want int
	if err := db.SQL.QueryRow("SELECT COUNT(*) FROM interventions WHERE reporter_email LIKE '%user7%'").Scan(&want); err != nil || want < 26 {
		t.Fatalf("demo data: %d reporter emails with user7 (%v)", want, err)
	}
	as := admin
	list := func(where map[string]any, after ...string) (listPage, []string) {
		var p listPage
		vars := map[string]any{"first": 25, "where": where}
		if len(after) > 0 {
			vars["after"] = after[0]
		}
		stmts := record(rec, func() {
			s.gql(t, listQ, vars, bearer(as)).mustData(t, &p)
		})
		return p, stmts
	}
	alone, aloneStmts := list(map[string]any{"search": "user7"})
	other, otherStmts := list(map[string]any{"search": "user7", "referenceContains": "PB-"})
	count := func(stmts []string, part string) int {
		n := 0
		for _, q := range stmts {
			if strings.Contains(q, part) {
				n++
			}
		}
		return n
	}
	if alone.Interventions.TotalCountCapped != want || !alone.Interventions.TotalCountIsExact || len(alone.Interventions.Edges) != 25 {
		t.Fatalf("search alone: count %d (exact %v), %d rows; %d match", alone.Interventions.TotalCountCapped, alone.Interventions.TotalCountIsExact, len(alone.Interventions.Edges), want)
	}
	if other.Interventions.TotalCountCapped != want {
		t.Fatalf("with another condition: count %d, %d match", other.Interventions.TotalCountCapped, want)
	}
	for i := range alone.Interventions.Edges {
		if alone.Interventions.Edges[i].Node.ID != other.Interventions.Edges[i].Node.ID {
			t.Fatalf("row %d: %s alone, %s with another condition", i, alone.Interventions.Edges[i].Node.ID, other.Interventions.Edges[i].Node.ID)
		}
	}
	if n := count(aloneStmts, "capped"); n != 0 {
		t.Errorf("a search alone ran %d capped counts:\n%s", n, strings.Join(aloneStmts, "\n"))
	}
	if count(aloneStmts, "`intervention_grams` AS `t0`") != 1 {
		t.Errorf("a search alone did not join its postings once:\n%s", strings.Join(aloneStmts, "\n"))
	}
	if n := count(otherStmts, "capped"); n != 1 {
		t.Errorf("with another condition, %d capped counts, want 1 (the list's own):\n%s", n, strings.Join(otherStmts, "\n"))
	}
	// The list's own page, in the created_at order GraphQL's argument gives (a copy of ent's order field): read
	// after its cursor from the (organization, created) index, bounded by the cursor's created_at.
	first, _ := list(nil)
	_, next := list(nil, *first.Interventions.PageInfo.EndCursor)
	if count(next, "FORCE INDEX (`intervention_organization_id_created_at`)") == 0 || count(next, "`interventions`.`created_at` <= ?") == 0 {
		t.Errorf("the second page is not read from the list's index after its cursor's created_at:\n%s", strings.Join(next, "\n"))
	}
	// A technician's list is filtered further by the privacy rules (their assigned interventions): the optimizer
	// chooses, no index is forced (it would read the organization's entries until a page of theirs is found).
	as = s.login(t, testTech)
	if _, stmts := list(nil); count(stmts, "FORCE INDEX") != 0 {
		t.Errorf("a technician's list forces an index:\n%s", strings.Join(stmts, "\n"))
	}
}
