package app

import (
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/panicbutton/panicbutton/graph"
	"github.com/panicbutton/panicbutton/internal/config"
	"github.com/panicbutton/panicbutton/internal/gqllimit"
)

// documentsRE finds the operations and fragments of the admin SPA in GraphQL Code Generator's output.
var documentsRE = regexp.MustCompile(`(?m)^\s+("(?:[^"\\]|\\.)*"): typeof types\.\w+,$`)

// spaVariables are the page sizes the admin SPA passes in variables (InterventionsPage's PAGE_SIZE).
var spaVariables = map[string]any{"first": 25}

// Every operation the admin SPA sends stays under the default limit with the costs the server tests check
// (TestComplexity_EveryListCountsByItsBoundAndTheCostIsReported; other variables unknown: lists bounded by them
// count as unbounded).
func TestComplexity_TheAdminOperationsFitTheDefaultLimit(t *testing.T) {
	docs := spaDocuments(t, "../../admin-ui/src/gql/gql.ts")
	if len(docs) < 20 {
		t.Fatalf("found only %d documents in gql.ts", len(docs))
	}
	es := graph.NewSchema(&graph.Resolver{})
	query, errs := gqlparser.LoadQuery(es.Schema(), strings.Join(docs, "\n"))
	if errs != nil {
		t.Fatal(errs)
	}
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	limit := complexityLimit(cfg)
	if err := limit.Validate(es); err != nil {
		t.Fatal(err)
	}
	for _, op := range query.Operations {
		if op.Operation == ast.Subscription {
			continue
		}
		if n := limit.Cost(context.Background(), op, spaVariables); n > cfg.GraphQLMaxComplexity {
			t.Errorf("%s costs %d, over the default limit of %d", op.Name, n, cfg.GraphQLMaxComplexity)
		} else {
			t.Logf("%s: %d", op.Name, n)
		}
	}
}

// spaDocuments are the operations and fragments of an SPA's generated gql.ts.
func spaDocuments(t *testing.T, path string) []string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	typesEnd := strings.Index(string(src), "};")
	var docs []string
	for _, m := range documentsRE.FindAllStringSubmatch(string(src[:typesEnd]), -1) {
		var doc string
		if err := json.Unmarshal([]byte(m[1]), &doc); err != nil {
			t.Fatalf("%s: %v", m[1], err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// The cost the limit charges a request (from the operation's plan, made once per query text and operation
// name and kept) is what gqlgen's complexity.Calculate counts for the same operation and variables (Cost), for
// every operation of both SPAs and of the server's cost tests, with variables that change list bounds, asked
// several times in a row (the first time plans the operation, the next ones use the plan).
func TestComplexity_ThePlannedCostIsTheCalculatedOne(t *testing.T) {
	es := graph.NewSchema(&graph.Resolver{})
	cfg, err := config.Load(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	limit := complexityLimit(cfg)
	if err := limit.Validate(es); err != nil {
		t.Fatal(err)
	}
	docs := append(spaDocuments(t, "../../admin-ui/src/gql/gql.ts"), spaDocuments(t, "../../admin-ui/kiosk/src/gql/gql.ts")...)
	docs = append(docs, `query Fixed { interventions(first: 7) { edges { node { id printer { serial } } } } node(id: "1") { id } }`,
		`query Mixed($n: Int, $m: Int, $ids: [ID!]!) {
			a: interventions(first: $n) { edges { node { id } } }
			b: interventions(first: 3) { edges { node { id } } }
			nodes(ids: $ids) { id ... on Intervention { events(first: $m) { edges { node { id } } } } }
		}`)
	query, errs := gqlparser.LoadQuery(es.Schema(), strings.Join(docs, "\n"))
	if errs != nil {
		t.Fatal(errs)
	}
	src := strings.Join(docs, "\n")
	variables := []map[string]any{
		{}, spaVariables, {"first": 0, "last": 3}, {"first": json.Number("1000")}, {"n": 2, "m": 50, "ids": []any{"1", "2", "3"}},
		{"n": 500, "ids": []any{}}, {"first": 3, "after": "x", "n": 1, "m": 1, "ids": []any{"1"}},
	}
	checked := 0
	for _, op := range query.Operations {
		if op.Operation == ast.Subscription {
			continue
		}
		for round := range 2 {
			for _, vars := range variables {
				oc := &graphql.OperationContext{RawQuery: src, OperationName: op.Name, Operation: op, Variables: vars}
				_ = limit.MutateOperationContext(context.Background(), oc)
				got, ok := oc.Stats.GetExtension(limit.ExtensionName()).(gqllimit.Cost)
				if want := limit.Cost(context.Background(), op, vars); !ok || got.RequestedQueryCost != want {
					t.Errorf("%s with %v (round %d): charged %v, calculated %d", op.Name, vars, round, got, want)
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d costs compared", checked)
	}
}
