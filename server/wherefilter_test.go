package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/viewer"
)

// Privacy inside where filters (issue 14, item 3): a filter across an edge (has<Edge>With) is a query of the
// edge's target type, so it may tell a viewer nothing about target rows that viewer cannot read through node —
// neither another organization's rows nor, inside the organization, rows its role or scopes hide. The matrix
// below enumerates every has…With of the schema by introspection (a new edge is probed without anyone
// remembering) for admin, technician and API keys of each scope; the named tests replay the attacks found.

// edgePath is a chain of edge filters from a root field's where argument, e.g. printers → hasInterventionsWith.
type edgePath struct {
	root   fieldDef
	fields []string // has…With input fields, outermost first
	target string   // schema type the last edge reaches
}

func (p edgePath) String() string {
	return p.root.Name + "(where: " + strings.Join(p.fields, ".") + ")"
}

// where nests an idIn filter on ids at the end of the path.
func (p edgePath) where(ids []any) map[string]any {
	in := map[string]any{"idIn": ids}
	for i := len(p.fields) - 1; i >= 0; i-- {
		in = map[string]any{p.fields[i]: []any{in}}
	}
	return in
}

// query selects what the root field answers: a connection's count and ids, or a list's ids.
func (p edgePath) query(sc *schemaInfo) string {
	sel := "{ id }"
	if _, ok := strings.CutSuffix(p.root.Type.named(), "Connection"); ok {
		sel = "{ totalCount edges { node { id } } }"
	}
	return fmt.Sprintf("query($w: %s) { %s(where: $w) %s }", whereArg(p.root).Type.String(), p.root.Name, sel)
}

func whereArg(f fieldDef) *inputValue {
	for i, a := range f.Args {
		if a.Name == "where" && strings.HasSuffix(a.Type.named(), "WhereInput") {
			return &f.Args[i]
		}
	}
	return nil
}

// edgeFilters lists the has…With fields of a where input type with the type each reaches.
func (sc *schemaInfo) edgeFilters(whereType string) (fields, targets []string) {
	for _, f := range sc.types[whereType].InputFields {
		if strings.HasPrefix(f.Name, "has") && strings.HasSuffix(f.Name, "With") {
			target, ok := strings.CutSuffix(f.Type.named(), "WhereInput")
			if ok {
				fields, targets = append(fields, f.Name), append(targets, target)
			}
		}
	}
	return fields, targets
}

// edgeFilterPaths is every has…With of every root field that takes where, and, for the has…With of where
// inputs that only appear nested, the shortest path reaching each. It fails if some has…With of the schema is
// reachable by no path.
func (sc *schemaInfo) edgeFilterPaths(t *testing.T) []edgePath {
	t.Helper()
	type state struct {
		p         edgePath
		whereType string
	}
	var queue []state
	for _, f := range sc.types["Query"].Fields {
		if a := whereArg(f); a != nil {
			queue = append(queue, state{edgePath{root: f}, a.Type.named()})
		}
	}
	covered := map[string]bool{}
	var out []edgePath
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		fields, targets := sc.edgeFilters(st.whereType)
		for i, f := range fields {
			key := st.whereType + "." + f
			p := edgePath{root: st.p.root, fields: append(append([]string{}, st.p.fields...), f), target: targets[i]}
			if len(p.fields) == 1 || !covered[key] {
				out = append(out, p)
			}
			if !covered[key] {
				covered[key] = true
				queue = append(queue, state{p, targets[i] + "WhereInput"})
			}
		}
	}
	// Every has…With of every where input some field takes (at any depth) must be covered.
	used := map[string]bool{}
	var mark func(whereType string)
	mark = func(whereType string) {
		if used[whereType] {
			return
		}
		used[whereType] = true
		_, targets := sc.edgeFilters(whereType)
		for _, target := range targets {
			mark(target + "WhereInput")
		}
	}
	for _, ty := range sc.types {
		for _, f := range ty.Fields {
			if a := whereArg(f); a != nil {
				mark(a.Type.named())
			}
		}
	}
	for name := range used {
		fields, _ := sc.edgeFilters(name)
		for _, f := range fields {
			if !covered[name+"."+f] {
				t.Errorf("%s.%s is reachable from no root where argument: extend edgeFilterPaths", name, f)
			}
		}
	}
	if len(out) < 20 {
		t.Fatalf("only %d edge filter paths found: the enumeration is broken", len(out))
	}
	return out
}

// hiddenIDs are, per type, the ids of both organizations' rows that node does not answer for the viewer.
func hiddenIDs(t *testing.T, s *testServer, fx *isoFixture, token string) map[string][]int {
	t.Helper()
	out := map[string][]int{}
	for _, ids := range []map[string][]int{fx.aIDs, fx.bIDs} {
		for typ, list := range ids {
			for _, id := range list {
				var data struct{ Node *struct{ ID string } }
				r := s.gql(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": fmt.Sprint(id)}, bearer(token))
				if len(r.Errors) == 0 {
					r.mustData(t, &data)
				}
				if data.Node == nil {
					out[typ] = append(out[typ], id)
				}
			}
		}
	}
	for typ := range out {
		sort.Ints(out[typ])
	}
	return out
}

// seedHiddenFromTechnician adds to organization A what the technician must not see but can reach by edges:
// an intervention assigned to nobody (with its history and emails) on a printer the technician sees, which the
// technician's own intervention is related to.
func seedHiddenFromTechnician(t *testing.T, s *testServer) (hidden, mine int) {
	t.Helper()
	itHidden, _ := s.report(t, "SN-WHERE-HIDDEN")
	itMine, _ := s.report(t, "SN-WHERE-MINE")
	c, ctx := s.db.Client, sys()
	hidden, mine = atoi(t, itHidden), atoi(t, itMine)
	c.Intervention.UpdateOneID(hidden).SetMessage("the secret is swordfish").ExecX(ctx)
	c.Intervention.UpdateOneID(mine).AddTechnicianIDs(atoi(t, s.idOf(t, testTech))).SetMessage("mine").
		SetRelatedToID(hidden).ExecX(ctx)
	pr := c.Intervention.GetX(ctx, hidden).QueryPrinter().OnlyX(ctx)
	c.Printer.UpdateOneID(pr.ID).SetIP("10.1.2.3").ExecX(ctx)
	return hidden, mine
}

// scopedViewers are admin A, technician A, A's key with every scope and one key per scope.
func scopedViewers(t *testing.T, s *testServer, fx *isoFixture) []isoViewer {
	t.Helper()
	vs := append([]isoViewer{}, fx.viewers...)
	for _, sc := range viewer.Scopes {
		vs = append(vs, isoViewer{name: "API key " + sc, token: s.apiKey(t, fx.viewers[0].token, "only "+sc, sc)})
	}
	return vs
}

// refusedOnly reports whether every error of r is a refusal (no INTERNAL, no schema rejection).
func refusedOnly(r gqlResponse) bool {
	for _, e := range r.Errors {
		if e.code() != "FORBIDDEN" && e.code() != "BAD_USER_INPUT" {
			return false
		}
	}
	return len(r.Errors) > 0
}

func TestWhereFilters_RevealNothingNodeHides(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, map[string]string{"GRAPHQL_MAX_DEPTH": "40", "GRAPHQL_MAX_COMPLEXITY": "100000000"})
		fx := seedTwoOrgs(t, s)
		seedHiddenFromTechnician(t, s)
		seedAIDs(t, s, fx)
		sc := introspect(t, s, fx.viewers[0].token)
		paths := sc.edgeFilterPaths(t)
		for _, v := range scopedViewers(t, s, fx) {
			t.Run(v.name, func(t *testing.T) {
				hidden := hiddenIDs(t, s, fx, v.token)
				probed := 0
				for _, p := range paths {
					ids := hidden[p.target]
					if len(ids) == 0 {
						continue
					}
					probed++
					q := p.query(sc)
					hit := s.gql(t, q, map[string]any{"w": p.where(strIDs(ids))}, bearer(v.token))
					miss := s.gql(t, q, map[string]any{"w": p.where([]any{"0"})}, bearer(v.token))
					switch {
					case len(hit.Errors) > 0 || len(miss.Errors) > 0:
						if !refusedOnly(hit) || !refusedOnly(miss) {
							t.Errorf("%s on %s's hidden rows %v: want the same refusal with or without a match, got %+v and %+v",
								p, p.target, ids, hit.Errors, miss.Errors)
						}
					case !bytes.Equal(hit.Data, miss.Data):
						t.Errorf("%s reveals %s rows node hides (%v): %s, without a match %s", p, p.target, ids,
							cutForLog(string(hit.Data)), cutForLog(string(miss.Data)))
					}
				}
				if probed == 0 {
					t.Errorf("no edge filter probed: the viewer sees every row of both organizations")
				}
			})
		}
	})
}

// seedAIDs refreshes organization A's ids of the types seedHiddenFromTechnician adds rows to.
func seedAIDs(t *testing.T, s *testServer, fx *isoFixture) {
	t.Helper()
	c, ctx := s.db.Client, sys()
	fx.aIDs["Intervention"] = c.Intervention.Query().Where(intervention.OrganizationID(fx.orgA)).IDsX(ctx)
	fx.aIDs["InterventionEvent"] = c.InterventionEvent.Query().Where(interventionevent.OrganizationID(fx.orgA)).IDsX(ctx)
	fx.aIDs["Printer"] = c.Printer.Query().Where(printer.OrganizationID(fx.orgA)).IDsX(ctx)
	fx.aIDs["EmailMessage"] = c.EmailMessage.Query().Where(emailmessage.OrganizationID(fx.orgA)).IDsX(ctx)
	fx.aIDs["MeterReading"] = c.MeterReading.Query().Where(meterreading.OrganizationID(fx.orgA)).IDsX(ctx)
}

// The three attacks of issue 14, replayed.

const printersWithInterventionQ = `query($w: PrinterWhereInput) { printers(where: $w) { totalCount } }`

func TestWhereFilters_TechnicianCannotSearchTheMessageOfAnUnassignedIntervention(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		hidden, mine := seedHiddenFromTechnician(t, s)
		tech := s.loginAs(t, testTech, testPassword)
		s.gql(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": fmt.Sprint(hidden)}, bearer(tech)).
			mustFail(t, "NOT_FOUND", "")
		count := func(w map[string]any) int {
			var out struct{ Printers struct{ TotalCount int } }
			s.gql(t, printersWithInterventionQ, map[string]any{"w": w}, bearer(tech)).mustData(t, &out)
			return out.Printers.TotalCount
		}
		probe := func(gte string) int {
			return count(map[string]any{"hasInterventionsWith": []any{map[string]any{"idNEQ": fmt.Sprint(mine), "messageGTE": gte}}})
		}
		// The binary search's first step: "the secret…" is ≥ "t" and not ≥ "u". Both must look alike.
		if yes, no := probe("t"), probe("u"); yes != no {
			t.Fatalf("messageGTE over an unassigned intervention answers %d printers for a true guess, %d for a false one", yes, no)
		}
		if n := count(map[string]any{"hasInterventionsWith": []any{map[string]any{"messageContains": "swordfish"}}}); n != 0 {
			t.Fatalf("messageContains of an unassigned intervention matched %d printers", n)
		}
		// Filtering by the technician's own interventions still works.
		if n := count(map[string]any{"hasInterventionsWith": []any{map[string]any{"idIn": []string{fmt.Sprint(mine)}, "messageGTE": "m"}}}); n != 1 {
			t.Fatalf("filtering printers by the technician's own intervention: %d printers, want 1", n)
		}
		if n := count(map[string]any{"hasInterventions": true}); n != 1 {
			t.Fatalf("hasInterventions counts printers whose only intervention is hidden: %d, want 1", n)
		}
	})
}

// A where argument on a nested connection (loaded with its parents, counted by a grouped query) goes through
// the same mechanism.
func TestWhereFilters_NestedConnectionFilterObeysTheTargetsPrivacy(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		seedHiddenFromTechnician(t, s)
		tech := s.loginAs(t, testTech, testPassword)
		var nested struct {
			Printers struct {
				Edges []struct {
					Node struct {
						Interventions struct {
							TotalCount int
							Edges      []struct{ Node struct{ ID string } }
						}
					}
				}
			}
		}
		s.gql(t, `query($w: InterventionWhereInput) { printers(first: 10) { edges { node {
			interventions(first: 10, where: $w) { totalCount edges { node { id } } } } } } }`,
			map[string]any{"w": map[string]any{"hasRelatedToWith": []any{map[string]any{"messageContains": "swordfish"}}}},
			bearer(tech)).mustData(t, &nested)
		for _, e := range nested.Printers.Edges {
			if its := e.Node.Interventions; its.TotalCount != 0 || len(its.Edges) != 0 {
				t.Fatalf("printers.interventions(where: hasRelatedToWith) matched through a hidden intervention: %+v", its)
			}
		}
	})
}

func TestWhereFilters_TechnicianCannotProbeEmailTemplates(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		c, ctx := s.db.Client, sys()
		if c.EmailTemplate.Query().Where(emailtemplate.OrganizationID(s.demoOrg(t).ID)).CountX(ctx) == 0 {
			t.Fatal("the demo organization has no email template to probe")
		}
		const q = `query($w: PanicButtonWhereInput) { panicButtons(where: $w) { totalCount } }`
		w := map[string]any{"hasEmailTemplatesWith": []any{map[string]any{"fromEmailContains": "@"}}}
		tech := s.loginAs(t, testTech, testPassword)
		s.gql(t, q, map[string]any{"w": w}, bearer(tech)).mustFail(t, "FORBIDDEN", "where.hasEmailTemplatesWith")
		nested := map[string]any{"or": []any{map[string]any{"not": w}, w}}
		s.gql(t, q, map[string]any{"w": nested}, bearer(tech)).mustFail(t, "FORBIDDEN", "where.or[0].not.hasEmailTemplatesWith")
		var out struct{ PanicButtons struct{ TotalCount int } }
		s.gql(t, q, map[string]any{"w": w}, bearer(s.loginAs(t, testAdmin, testPassword))).mustData(t, &out)
		if out.PanicButtons.TotalCount != 1 {
			t.Fatalf("the admin's filter on email templates found %d panic buttons, want 1", out.PanicButtons.TotalCount)
		}
	})
}

func TestWhereFilters_KeyWithoutPrintersReadCannotProbePrinterIPs(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		seedHiddenFromTechnician(t, s)
		admin := s.loginAs(t, testAdmin, testPassword)
		const q = `query($w: InterventionWhereInput) { interventions(where: $w) { totalCount } }`
		w := map[string]any{"hasPrinterWith": []any{map[string]any{"ipContains": "10.1."}}}
		key := s.apiKey(t, admin, "interventions only", viewer.ScopeInterventionsRead)
		s.gql(t, q, map[string]any{"w": w}, bearer(key)).mustFail(t, "FORBIDDEN", "where.hasPrinterWith")
		s.gql(t, q, map[string]any{"w": map[string]any{"hasPrinter": true}}, bearer(key)).mustFail(t, "FORBIDDEN", "where.hasPrinter")
		both := s.apiKey(t, admin, "interventions and printers", viewer.ScopeInterventionsRead, viewer.ScopePrintersRead)
		var out struct{ Interventions struct{ TotalCount int } }
		s.gql(t, q, map[string]any{"w": w}, bearer(both)).mustData(t, &out)
		if out.Interventions.TotalCount != 1 {
			t.Fatalf("a key with printers:read filtering on printer IPs found %d interventions, want 1", out.Interventions.TotalCount)
		}
	})
}
