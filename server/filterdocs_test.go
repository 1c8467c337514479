package main

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
)

// The schema's descriptions of the where-input predicates (written by ent/schemadoc) make promises a partner
// relies on when filtering: a null field matches no NEQ/NotIn, not even under not; an empty list and a false
// IsNil/NotNil do not filter; Contains/HasPrefix/HasSuffix are case-sensitive on MySQL/MariaDB and not on SQLite,
// while the …Fold predicates ignore case on both. They are checked here, on each dialect, against the real server.
func TestSchemaDescriptions_WhereInputPromisesHold(t *testing.T) {
	eachDialect(t, func(t *testing.T, dialect string) {
		s := newTestServer(t, dialect, nil)
		admin := s.login(t, testAdmin)
		withRef, _ := s.report(t, "SN-DOC-1")
		without, _ := s.report(t, "SN-DOC-2")
		id, err := strconv.Atoi(withRef)
		if err != nil {
			t.Fatal(err)
		}
		s.db.Client.Intervention.UpdateOneID(id).SetExternalRef("ERP-42").ExecX(sys())
		both := []any{withRef, without}

		match := func(where map[string]any) []string {
			t.Helper()
			if _, ok := where["idIn"]; !ok {
				where["idIn"] = both // only the two interventions of this test (the demo data has others)
			}
			var out struct {
				Interventions struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			s.gql(t, `query($w: InterventionWhereInput) { interventions(first: 50, where: $w) { edges { node { id } } } }`,
				map[string]any{"w": where}, bearer(admin)).mustData(t, &out)
			var ids []string
			for _, e := range out.Interventions.Edges {
				ids = append(ids, e.Node.ID)
			}
			slices.Sort(ids)
			return ids
		}
		sorted := func(ids ...string) []string { slices.Sort(ids); return ids }
		// what a case-sensitive predicate matches when the case differs: nothing on MySQL/MariaDB, the row on SQLite
		var caseDiffers []string
		if dialect != "mysql" {
			caseDiffers = sorted(withRef)
		}
		for _, c := range []struct {
			promise string
			where   map[string]any
			want    []string
		}{
			{"NEQ: a null field does not match", map[string]any{"externalRefNEQ": "OTHER"}, sorted(withRef)},
			{"NotIn: a null field does not match", map[string]any{"externalRefNotIn": []string{"OTHER"}}, sorted(withRef)},
			{"IsNil true: only null", map[string]any{"externalRefIsNil": true}, sorted(without)},
			{"IsNil false does not filter", map[string]any{"externalRefIsNil": false}, sorted(withRef, without)},
			{"NotNil true: only set", map[string]any{"externalRefNotNil": true}, sorted(withRef)},
			{"NotNil false does not filter", map[string]any{"externalRefNotNil": false}, sorted(withRef, without)},
			{"an empty list does not filter", map[string]any{"idIn": []any{}, "idNotIn": []any{}, "externalRefIn": []string{"ERP-42"}}, sorted(withRef)},
			{"Contains is case-sensitive (match)", map[string]any{"externalRefContains": "RP-4"}, sorted(withRef)},
			{"Contains: case matters on MySQL only", map[string]any{"externalRefContains": "rp-4"}, caseDiffers},
			{"HasPrefix (match)", map[string]any{"externalRefHasPrefix": "ERP"}, sorted(withRef)},
			{"HasPrefix: case matters on MySQL only", map[string]any{"externalRefHasPrefix": "erp"}, caseDiffers},
			{"HasSuffix (match)", map[string]any{"externalRefHasSuffix": "P-42"}, sorted(withRef)},
			{"HasSuffix: case matters on MySQL only", map[string]any{"externalRefHasSuffix": "p-42"}, caseDiffers},
			{"ContainsFold ignores case", map[string]any{"externalRefContainsFold": "rp-4"}, sorted(withRef)},
			{"EqualFold ignores case", map[string]any{"externalRefEqualFold": "erp-42"}, sorted(withRef)},
			{"fields combine with AND", map[string]any{"externalRefIsNil": true, "externalRefNotNil": true}, nil},
			{"not negates", map[string]any{"not": map[string]any{"externalRefIsNil": true}}, sorted(withRef)},
			{"a null field matches neither a condition nor its not", map[string]any{"not": map[string]any{"externalRef": "ERP-42"}}, nil},
			{"nulls are reached with IsNil under or", map[string]any{"or": []any{
				map[string]any{"not": map[string]any{"externalRef": "ERP-42"}}, map[string]any{"externalRefIsNil": true}}}, sorted(without)},
		} {
			if got := match(c.where); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("%s: %v matched %v, want %v", c.promise, c.where, got, c.want)
			}
		}
	})
}
