package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"github.com/panicbutton/panicbutton/internal/interventions"
)

// A search's matches reach the list field whose arguments it was read for, once; another field does not see
// them; two searches in one field's arguments leave them unknown.
func TestSearchMatches_HandedToTheirOwnListOnce(t *testing.T) {
	field := func() context.Context {
		return graphql.WithFieldContext(context.Background(), &graphql.FieldContext{})
	}
	list, other := field(), field()
	m := &interventions.Matches{IDs: []int{3, 1}}
	rememberMatches(list, m)
	if got := takeMatches(other); got != nil {
		t.Errorf("another field got %v", got)
	}
	if got := takeMatches(list); got != m {
		t.Errorf("the list got %v, want %v", got, m)
	}
	if got := takeMatches(list); got != nil {
		t.Errorf("taken twice: %v", got)
	}
	twice := field()
	rememberMatches(twice, m)
	rememberMatches(twice, &interventions.Matches{IDs: []int{2}})
	if got := takeMatches(twice); got != nil {
		t.Errorf("two searches in one field's arguments: %v, want unknown", got)
	}
	if got := takeMatches(context.Background()); got != nil {
		t.Errorf("outside a field: %v", got)
	}
}
