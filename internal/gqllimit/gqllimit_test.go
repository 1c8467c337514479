package gqllimit

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// An operation checked from its plan (made once per query text and operation name, then kept) is refused, and
// with the same error, exactly when the whole walk of its arguments refuses it: lists inline and in variables,
// nested in input objects and in lists, in fragments spread twice (counted once, as the walk does), per list
// and in all, asked several times in a row.
func TestInputLists_ThePlannedCheckIsTheWalk(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: `
		type Query { f(ids: [ID!], where: W): Int  g(ids: [ID!]): G }
		type G { h(ids: [ID!], where: W): Int }
		input W { idIn: [ID!], and: [W!], name: String }`})
	src := `
		query Inline { f(ids: ["1", "2"], where: { idIn: ["3"], and: [{ idIn: ["4"] }] }) }
		query InlineOver { f(ids: ["1", "2", "3", "4"]) }
		query InlineTotalOver { a: f(ids: ["1", "2", "3"]) b: f(ids: ["1", "2", "3"]) }
		query Vars($ids: [ID!], $w: W) { f(ids: $ids, where: $w) g(ids: ["9"]) { h(ids: $ids) } }
		query Nested($w: W!) { g(ids: ["1"]) { h(where: { and: [$w, { idIn: ["2", "3"] }] }) } }
		query Spread($ids: [ID!]) { ...F ...F g(ids: $ids) { ...H ...H } }
		fragment F on Query { f(ids: ["1", "2"]) }
		fragment H on G { h(ids: ["3"]) }`
	doc, errs := gqlparser.LoadQuery(schema, src)
	if errs != nil {
		t.Fatal(errs)
	}
	ids := func(n int) []any {
		out := make([]any, n)
		for i := range out {
			out[i] = fmt.Sprint(i)
		}
		return out
	}
	variables := []map[string]any{
		{}, {"ids": ids(1)}, {"ids": ids(2)}, {"ids": ids(3)}, {"ids": ids(4)},
		{"w": map[string]any{"idIn": ids(2)}}, {"w": map[string]any{"idIn": ids(1), "and": []any{map[string]any{"idIn": ids(3)}}}},
		{"ids": ids(1), "w": map[string]any{"and": []any{map[string]any{}, map[string]any{}, map[string]any{}, map[string]any{}}}},
		{"ids": ids(2), "w": map[string]any{"name": "x", "idIn": ids(1)}},
	}
	l := &InputLists{Max: 3, MaxTotal: 6}
	if err := l.Validate(nil); err != nil {
		t.Fatal(err)
	}
	refused, accepted := 0, 0
	for round := range 2 {
		for _, op := range doc.Operations {
			for _, vars := range variables {
				oc := &graphql.OperationContext{RawQuery: src, OperationName: op.Name, Operation: op, Variables: vars}
				got := l.MutateOperationContext(context.Background(), oc)
				want := l.check(oc)
				if fmt.Sprint(got) != fmt.Sprint(want) || (got == nil) != (want == nil) {
					t.Errorf("%s with %v (round %d): planned %v, walked %v", op.Name, vars, round, got, want)
				}
				if want == nil {
					accepted++
				} else {
					refused++
					if !strings.Contains(want.Message, "items") {
						t.Errorf("%s: %v", op.Name, want)
					}
				}
			}
		}
	}
	if refused < 10 || accepted < 10 {
		t.Fatalf("%d refused and %d accepted: the cases do not test both", refused, accepted)
	}
}
