package gqlexec

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

type text struct{ Key, Value string }

func fieldSel(names ...string) ast.SelectionSet {
	var sel ast.SelectionSet
	for _, n := range names {
		sel = append(sel, &ast.Field{Name: n, Alias: n})
	}
	return sel
}

// render is an element marshaller writing the selected fields of a text as JSON, counting its calls.
func render(calls *int, sel ast.SelectionSet, v []*text) func(ctx context.Context, i int) graphql.Marshaler {
	return func(ctx context.Context, i int) graphql.Marshaler {
		*calls++
		if v[i].Key == "" {
			graphql.AddErrorf(ctx, "key is null")
			return graphql.Null
		}
		var parts []string
		for _, s := range sel {
			f := s.(*ast.Field)
			val := v[i].Value
			if f.Name == "key" {
				val = v[i].Key
			}
			parts = append(parts, fmt.Sprintf("%q:%q", f.Alias, val))
		}
		return graphql.MarshalString("{" + strings.Join(parts, ",") + "}")
	}
}

// A shared element's JSON is written once per selection: a second request with the same elements and the same
// parsed selections (in a new slice, as the executor merges them) writes what the first wrote, without marshalling
// them again; other selections, or new elements, are marshalled.
func TestMarshalSharedSlice_WritesAnElementOncePerSelection(t *testing.T) {
	shared.Purge()
	texts := []*text{{"title", "Help"}, {"printer", "Printer 42"}}
	sel := fieldSel("key", "value")
	calls := 0
	first := marshal(MarshalSharedSlice(opContext(), sel, texts, false, render(&calls, sel, texts)))
	if want := marshal(MarshalSlice(opContext(), len(texts), false, render(new(int), sel, texts))); first != want || calls != 2 {
		t.Fatalf("first: %s (%d calls), want %s", first, calls, want)
	}
	again := append(ast.SelectionSet(nil), sel...) // the same parsed selections, a new slice
	if got := marshal(MarshalSharedSlice(opContext(), again, texts, false, render(&calls, again, texts))); got != first || calls != 2 {
		t.Errorf("second: %s after %d calls, want %s without marshalling again", got, calls, first)
	}
	// Another request's selections (another parsed document): marshalled for it.
	other := fieldSel("key", "value")
	if got := marshal(MarshalSharedSlice(opContext(), other, texts, false, render(&calls, other, texts))); got != first || calls != 4 {
		t.Errorf("other selections: %s after %d calls", got, calls)
	}
	// A changed text is a new value: its JSON is the new one.
	changed := []*text{texts[0], {"printer", "Printer 43"}}
	got := marshal(MarshalSharedSlice(opContext(), sel, changed, false, render(&calls, sel, changed)))
	if !strings.Contains(got, "Printer 43") || calls != 5 {
		t.Errorf("changed: %s after %d calls", got, calls)
	}
	// Fewer fields asked: another selection.
	keys := sel[:1]
	if got := marshal(MarshalSharedSlice(opContext(), keys, texts, false, render(&calls, keys, texts))); strings.Contains(got, "Help") || calls != 7 {
		t.Errorf("keys only: %s after %d calls", got, calls)
	}
}

// A selection with an argument or a directive anywhere below it depends on the operation's variables: never kept.
// Nor is an element that marshals to null (an error), nor is its error lost.
func TestMarshalSharedSlice_KeepsNothingThatCouldDiffer(t *testing.T) {
	shared.Purge()
	texts := []*text{{"title", "Help"}}
	include := &ast.Directive{Name: "include", Arguments: ast.ArgumentList{{Name: "if", Value: &ast.Value{Kind: ast.Variable, Raw: "x"}}}}
	for name, sel := range map[string]ast.SelectionSet{
		"directive":          {&ast.Field{Name: "key", Alias: "key", Directives: ast.DirectiveList{include}}},
		"argument":           {&ast.Field{Name: "value", Alias: "value", Arguments: ast.ArgumentList{{Name: "lang"}}}},
		"fragment directive": {&ast.InlineFragment{Directives: ast.DirectiveList{include}, SelectionSet: fieldSel("key")}},
		"spread directive":   {&ast.FragmentSpread{Name: "F", Definition: &ast.FragmentDefinition{SelectionSet: fieldSel("key")}, Directives: ast.DirectiveList{include}}},
	} {
		calls := 0
		for range 3 {
			MarshalSharedSlice(opContext(), sel, texts, false, func(ctx context.Context, i int) graphql.Marshaler {
				calls++
				return graphql.MarshalString("x")
			})
		}
		if calls != 3 {
			t.Errorf("%s: marshalled %d times for 3 requests, want 3", name, calls)
		}
	}
	sel := fieldSel("key")
	broken := []*text{{"", "no key"}}
	calls := 0
	for range 2 {
		ctx := opContext()
		if got := marshal(MarshalSharedSlice(ctx, sel, broken, false, render(&calls, sel, broken))); got != "[null]" {
			t.Errorf("null element: %s", got)
		}
		if errs := graphql.GetErrors(ctx); len(errs) != 1 {
			t.Errorf("null element: errors %v", errs)
		}
	}
	if calls != 2 {
		t.Errorf("a null element was kept: %d calls for 2 requests", calls)
	}
}
