package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/ent/intervention"
)

const listQ = `query($first: Int!, $after: Cursor, $where: InterventionWhereInput) {
  interventions(first: $first, after: $after, where: $where, orderBy: {field: CREATED_AT, direction: DESC}) {
    totalCountCapped totalCountIsExact
    pageInfo { hasNextPage endCursor }
    edges { node { id reference reporterEmail printerSnapshot { serial } } }
  }
}`

type listPage struct {
	Interventions struct {
		TotalCount        int
		TotalCountCapped  int
		TotalCountIsExact bool
		PageInfo          struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Node struct {
				ID, Reference, ReporterEmail string
				PrinterSnapshot              struct{ Serial string }
			}
		}
	}
}

// TestInterventionsList_CappedCountAndSearchThroughGraphQL: over 10,003 interventions the list counts "10,000+"
// (totalCountCapped 10,001, not exact) while totalCount, when asked, stays exact; where.search finds what reading
// every intervention finds, page after page by cursor, with an exact capped count below the cap; a technician's
// search finds only the interventions assigned to them; a search too short is refused naming the field.
func TestInterventionsList_CappedCountAndSearchThroughGraphQL(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, map[string]string{"DEMO_INTERVENTIONS": "10003"})
		admin := s.login(t, testAdmin)
		all := s.db.Client.Intervention.Query().AllX(sys())
		if len(all) != 10003 {
			t.Fatalf("seeded %d interventions", len(all))
		}

		var p listPage
		s.gql(t, listQ, map[string]any{"first": 25}, bearer(admin)).mustData(t, &p)
		if p.Interventions.TotalCountCapped != 10001 || p.Interventions.TotalCountIsExact || !p.Interventions.PageInfo.HasNextPage ||
			len(p.Interventions.Edges) != 25 {
			t.Fatalf("first page: capped %d exact %v next %v, %d rows", p.Interventions.TotalCountCapped,
				p.Interventions.TotalCountIsExact, p.Interventions.PageInfo.HasNextPage, len(p.Interventions.Edges))
		}
		var exact listPage
		s.gql(t, `{ interventions(first: 1) { totalCount totalCountCapped totalCountIsExact } }`, nil, bearer(admin)).mustData(t, &exact)
		if exact.Interventions.TotalCount != 10003 || exact.Interventions.TotalCountCapped != 10001 || exact.Interventions.TotalCountIsExact {
			t.Fatalf("totalCount asked: %+v", exact.Interventions)
		}

		// pageInfo without edges (a page of 0): the next page exists when anything matches, as entgql answers it.
		for search, want := range map[string]bool{"user7@": true, "nothing-like-it": false} {
			var pi struct {
				Interventions struct{ PageInfo struct{ HasNextPage bool } }
			}
			s.gql(t, `query($w: InterventionWhereInput) { interventions(first: 0, where: $w) { pageInfo { hasNextPage } } }`,
				map[string]any{"w": map[string]any{"search": search}}, bearer(admin)).mustData(t, &pi)
			if pi.Interventions.PageInfo.HasNextPage != want {
				t.Fatalf("first: 0, search %q: hasNextPage %v", search, pi.Interventions.PageInfo.HasNextPage)
			}
		}

		// Search: every page by cursor, against reading every intervention.
		oracle := func(q string) []string {
			var out []string
			for _, it := range all {
				for _, f := range []string{it.Reference, it.ReporterEmail, it.PrinterSnapshot.Serial} {
					if strings.Contains(strings.ToLower(f), strings.ToLower(q)) {
						out = append(out, it.Reference)
						break
					}
				}
			}
			slices.Sort(out)
			return out
		}
		for _, q := range []string{"USER7@", "demo-sn-0007", "D0004", "-d0999", "nothing-like-it"} {
			want := oracle(q)
			var got []string
			var after any
			for page := 0; ; page++ {
				var p listPage
				s.gql(t, listQ, map[string]any{"first": 25, "after": after, "where": map[string]any{"search": q}}, bearer(admin)).mustData(t, &p)
				c := p.Interventions
				if c.TotalCountCapped != len(want) || !c.TotalCountIsExact {
					t.Fatalf("%q: count %d (exact %v), want %d", q, c.TotalCountCapped, c.TotalCountIsExact, len(want))
				}
				for _, e := range c.Edges {
					got = append(got, e.Node.Reference)
				}
				if !c.PageInfo.HasNextPage {
					break
				}
				if page > 40 {
					t.Fatalf("%q: more pages than matches", q)
				}
				after = *c.PageInfo.EndCursor
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%q: got %d %v…, want %d", q, len(got), got[:min(3, len(got))], len(want))
			}
			if q == "USER7@" && len(want) < 30 {
				t.Fatalf("the demo corpus changed: %q finds only %d", q, len(want))
			}
		}

		// A technician finds only what is assigned to them.
		hits := oracle("user7@")
		var ids []string
		for _, it := range all {
			if it.Reference == hits[0] || it.Reference == hits[1] {
				ids = append(ids, fmt.Sprint(it.ID))
			}
		}
		for _, id := range ids {
			s.gql(t, assignQ, map[string]any{"id": id, "t": []string{s.userID(t, testTech)}}, bearer(admin)).mustData(t, &struct{}{})
		}
		tech := s.login(t, testTech)
		var tp listPage
		s.gql(t, listQ, map[string]any{"first": 25, "where": map[string]any{"search": "user7@"}}, bearer(tech)).mustData(t, &tp)
		var techGot []string
		for _, e := range tp.Interventions.Edges {
			techGot = append(techGot, e.Node.Reference)
		}
		slices.Sort(techGot)
		if !slices.Equal(techGot, hits[:2]) || tp.Interventions.TotalCountCapped != 2 {
			t.Fatalf("technician's search: %v (count %d), want %v", techGot, tp.Interventions.TotalCountCapped, hits[:2])
		}

		// Combined with another filter, inside and/or like any where field.
		some := oracle("D0004")
		st := s.db.Client.Intervention.Query().Where(intervention.Reference(some[0])).OnlyX(sys()).StatusID
		want := s.db.Client.Intervention.Query().Where(intervention.ReferenceIn(some...), intervention.StatusID(st)).CountX(sys())
		var cp listPage
		s.gql(t, listQ, map[string]any{"first": 25, "where": map[string]any{"and": []any{
			map[string]any{"search": "D0004"}, map[string]any{"statusID": fmt.Sprint(st)}}}}, bearer(admin)).mustData(t, &cp)
		if cp.Interventions.TotalCountCapped != want || want == len(some) {
			t.Fatalf("search and status: %d, want %d of %d", cp.Interventions.TotalCountCapped, want, len(some))
		}

		s.gql(t, listQ, map[string]any{"first": 25, "where": map[string]any{"search": " ab "}}, bearer(admin)).mustFail(t, "BAD_USER_INPUT", "where.search")
	})
}
