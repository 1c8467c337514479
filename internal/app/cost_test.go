package app

import (
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/panicbutton/panicbutton/graph"
	"github.com/panicbutton/panicbutton/internal/config"
)

// documentsRE finds the operations and fragments of the admin SPA in GraphQL Code Generator's output.
var documentsRE = regexp.MustCompile(`(?m)^\s+("(?:[^"\\]|\\.)*"): typeof types\.\w+,$`)

// spaVariables are the page sizes the admin SPA passes in variables (InterventionsPage's PAGE_SIZE).
var spaVariables = map[string]any{"first": 25}

// Every operation the admin SPA sends stays under the default limit with the costs the server tests check
// (TestComplexity_EveryListCountsByItsBoundAndTheCostIsReported; other variables unknown: lists bounded by them
// count as unbounded).
func TestComplexity_TheAdminOperationsFitTheDefaultLimit(t *testing.T) {
	src, err := os.ReadFile("../../admin-ui/src/gql/gql.ts")
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
