package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/panicbutton/panicbutton/internal/interventions"
)

// searchMatches hands a text search's matches, found while its where argument is read (the search input field's
// resolver), to the list that field filters (Query.interventions), which can then page and count them without
// reading them again (interventions.List). Both see the same field context: the search's is the list field's,
// set before its arguments are read. The list takes its entry; one whose list never ran (an argument error)
// expires.
var searchMatches = expirable.NewLRU[*graphql.FieldContext, *interventions.Matches](1024, nil, time.Minute)

// rememberMatches keeps the matches of the search read for ctx's field. A second search in the same field's
// arguments (in and, or, not) makes them unknown: the list's filter is then more than one search.
func rememberMatches(ctx context.Context, m *interventions.Matches) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return
	}
	if _, seen := searchMatches.Get(fc); seen {
		m = nil
	}
	searchMatches.Add(fc, m)
}

// takeMatches is the matches of the one search of ctx's field's arguments, if known.
func takeMatches(ctx context.Context) *interventions.Matches {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return nil
	}
	m, _ := searchMatches.Get(fc)
	searchMatches.Remove(fc)
	return m
}
