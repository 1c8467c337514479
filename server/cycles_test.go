package main

import (
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/panicbutton/panicbutton/graph"
	"github.com/panicbutton/panicbutton/internal/app"
)

// The cycle (organization → users → organization …) no longer exists: Organization.users is not a
// field (Query.users, a connection, lists an organization's users). What remains of the cycles through the
// organization's lists is refused by cost.
func TestCycles_TheOrganizationUsersCycleIsGone(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	tech := s.loginAs(t, testTech, testPassword)
	r, _ := costOf(t, s, `{me{organization{users{organization{users{organization{users{organization{users{id}}}}}}}}}}`, tech)
	if e := r.mustFail(t, "GRAPHQL_VALIDATION_FAILED", ""); !strings.Contains(e.Message, `"users"`) {
		t.Fatalf("refused for another reason: %s", e.Message)
	}
	for _, q := range []string{
		`{ me { assignedInterventions { id } } }`,
		`{ interventions(first: 1) { edges { node { causes { interventions { id } } } } } }`,
	} {
		r, _ := costOf(t, s, q, tech)
		r.mustFail(t, "GRAPHQL_VALIDATION_FAILED", "")
	}
	admin := s.loginAs(t, testAdmin, testPassword)
	r, _ = costOf(t, s, `{me{organization{panicButtons{organization{panicButtons{organization{panicButtons{id}}}}}}}}`, admin)
	r.mustFail(t, "COMPLEXITY_LIMIT_EXCEEDED", "")
}

// plainListReasons are the plain (non-connection) lists of objects that are neither bounded by listBounds
// nor by their arguments, each with the reason it may stay. Adding an unbounded edge (entgql exposes a
// non-unique ent edge as a plain list that returns every row) fails TestCycles_EveryPlainListIsBounded
// until the edge is a connection (entgql.RelayConnection), skipped, capped in listBounds or listed here.
var plainListReasons = map[string]string{
	// Small lists an admin curates (a few per organization or button), counted at the default page.
	"Organization.statuses":                "an organization's statuses (5 seeded), counted at the default page",
	"NotificationSettings.triggerStatuses": "a subset of the organization's statuses, counted at the default page",
	"Query.interventionStatuses":           "the organization's statuses, counted at the default page",
	"Intervention.causes":                  "a subset of its button's causes, counted at the default page",
	// Fixed by the code, not by data.
	"PanicButton.kioskTexts":  "one per kiosk text key and language",
	"PanicButton.kioskImages": "one per kiosk image key",
	"PanicButton.kioskColors": "one per kiosk colour key",
	"Kiosk.texts":             "one per kiosk text key (device launch payload)",
	"Kiosk.images":            "one per kiosk image key (device launch payload)",
	"Kiosk.colors":            "one per kiosk colour key (device launch payload)",
	"Kiosk.causes":            "the button's active causes (device launch payload, no nested lists)",
	"Printer.lastAlerts":      "the alert table of the printer's last SNMP poll (scalars only)",
	"Query.emailVariables":    "the fixed list of template variables",
	// Deprecated (CHANGELOG.md): counted at the default page until removed.
	"Organization.panicButtons": "deprecated for Query.panicButtons",
	"PanicButton.printers":      "deprecated for Query.printers(where: {panicButtonID})",
	"Intervention.related":      "deprecated for Query.interventions(where: {relatedToID})",
}

// Every list of objects in the schema is a connection, bounded by its arguments (first/last, or one item
// per id asked for), capped in listBounds, or listed in plainListReasons; deprecated plain lists name their
// replacement.
func TestCycles_EveryPlainListIsBounded(t *testing.T) {
	schema := graph.NewSchema(&graph.Resolver{}).Schema()
	seen := map[string]bool{}
	var unbounded []string
	for _, typ := range schema.Types {
		if typ.Kind != ast.Object || strings.HasPrefix(typ.Name, "__") || strings.HasSuffix(typ.Name, "Connection") {
			continue
		}
		for _, f := range typ.Fields {
			elem := schema.Types[f.Type.Name()]
			if f.Type.Elem == nil || strings.HasPrefix(f.Name, "__") || elem == nil ||
				elem.Kind == ast.Scalar || elem.Kind == ast.Enum {
				continue
			}
			key := typ.Name + "." + f.Name
			seen[key] = true
			if d := f.Directives.ForName("deprecated"); d != nil {
				if reason := d.Arguments.ForName("reason"); reason == nil || !strings.Contains(reason.Value.Raw, "Use ") {
					t.Errorf("%s is deprecated without naming its replacement", key)
				}
			}
			if _, ok := app.ListBounds()[key]; ok || boundedByArguments(f) {
				if plainListReasons[key] != "" {
					t.Errorf("%s is bounded: remove it from plainListReasons", key)
				}
				continue
			}
			if plainListReasons[key] == "" {
				unbounded = append(unbounded, key)
			}
		}
	}
	sort.Strings(unbounded)
	for _, key := range unbounded {
		t.Errorf("%s is a plain list nothing bounds: make it a connection (entgql.RelayConnection), skip it "+
			"(entgql.Skip(entgql.SkipType)), cap it and declare the cap in listBounds, or give a reason in plainListReasons", key)
	}
	for key := range plainListReasons {
		if !seen[key] {
			t.Errorf("plainListReasons names %s, which is no longer a list field", key)
		}
	}
	for key := range app.ListBounds() {
		if typ, field, _ := strings.Cut(key, "."); schema.Types[typ] == nil || schema.Types[typ].Fields.ForName(field) == nil {
			t.Errorf("listBounds names %s, which is not a field", key)
		}
	}
	// The cycles no client needs stay out of the schema.
	for _, key := range []string{"Organization.users", "User.assignedInterventions", "Cause.interventions"} {
		typ, field, _ := strings.Cut(key, ".")
		if schema.Types[typ].Fields.ForName(field) != nil {
			t.Errorf("%s is back in the schema (CHANGELOG.md: removed as an unbounded cycle)", key)
		}
	}
}

// boundedByArguments mirrors gqllimit: first/last bound a list, and so do the ids of an [ID!] argument.
func boundedByArguments(f *ast.FieldDefinition) bool {
	for _, a := range f.Arguments {
		if a.Name == "first" || a.Name == "last" || (a.Type.Elem != nil && a.Type.Name() == "ID") {
			return true
		}
	}
	return false
}
