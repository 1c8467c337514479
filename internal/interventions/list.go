package interventions

import (
	"context"
	"reflect"
	"slices"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/predicate"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
)

// CountCap is how far the interventions list counts its matches when totalCountCapped is asked: beyond it, the
// answer is CountCap+1 and "not exact" ("10,000+"), read from at most CountCap+1 index entries.
const CountCap = 10000

// List is the interventions connection (Query.interventions): entgql's keyset paginator, except for the count.
// entgql counts every match (COUNT(*) over the whole filtered set) whenever totalCount or pageInfo is selected;
// List counts only what is selected: totalCount exactly, totalCountCapped up to CountCap+1 rows, and pageInfo
// needs no count at all (hasNextPage comes from reading first+1 rows). base is the query to page (all of the
// viewer's interventions, or a printer's); where may be nil.
//
// known, when not nil, are the matches of where's one predicate, found before the list (a text search's): then,
// when nothing else filters (page), the page is read by the ids of its interventions and the count is theirs.
func List(ctx context.Context, base *ent.InterventionQuery, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int],
	last *int, orderBy *ent.InterventionOrder, where *ent.InterventionWhereInput, known *Matches) (*ent.InterventionConnection, error) {
	q, err := where.Filter(base)
	if err != nil {
		return nil, err
	}
	sel := selected(ctx)
	var conn *ent.InterventionConnection
	ids, fromKnown := known.page(ctx, after, first, before, last, orderBy, where)
	if fromKnown {
		conn, err = base.Where(intervention.IDIn(ids...)).
			Paginate(withoutCountFields(ctx), after, first, before, last, ent.WithInterventionOrder(orderBy))
	} else {
		conn, err = pageQuery(ctx, q, after, before, orderBy, where).
			Paginate(withoutCountFields(ctx), after, first, before, last, ent.WithInterventionOrder(orderBy))
	}
	if err != nil {
		return nil, err
	}
	counted := false
	switch {
	case fromKnown && (sel["totalCount"] || sel["totalCountCapped"] || sel["totalCountIsExact"]):
		conn.TotalCount, counted = len(known.IDs), true
	case sel["totalCount"]:
		if conn.TotalCount, err = q.Clone().Count(ctx); err != nil {
			return nil, err
		}
		counted = true
	case sel["totalCountCapped"] || sel["totalCountIsExact"]:
		if conn.TotalCount, err = CountCapped(ctx, q); err != nil {
			return nil, err
		}
		counted = true
	}
	// What entgql answers when it reads no rows (edges not selected, or a page of 0): a next (previous) page
	// exists when anything matches.
	edgesRead := sel["edges"] && !(first != nil && *first == 0) && !(last != nil && *last == 0)
	if sel["pageInfo"] && !edgesRead {
		found := conn.TotalCount > 0
		if !counted {
			if found, err = q.Clone().Exist(ctx); err != nil {
				return nil, err
			}
		}
		conn.PageInfo.HasNextPage = first != nil && found
		conn.PageInfo.HasPreviousPage = last != nil && found
	}
	return conn, nil
}

// Matches are a filter's matches known before the list reads anything (a text search's, found in its index):
// every intervention of the viewer's organization the filter selects, with its created_at, in any order.
type Matches struct {
	IDs       []int
	CreatedAt []time.Time
}

// page is the ids of the interventions of the page after the cursor (first+1 of them, for hasNextPage, and those
// tied with the last on created_at), in created_at order then id, as entgql's cursor and order have them. ok is
// false unless the page can be read that way: the matches are where's only condition, the viewer is one
// organization's and sees all of it (the privacy rules add no filter: rule.AssignedOnly), and the page is asked
// forwards (first, after) in created_at order.
func (m *Matches) page(ctx context.Context, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int,
	orderBy *ent.InterventionOrder, where *ent.InterventionWhereInput) (ids []int, ok bool) {
	if m == nil || len(m.IDs) != len(m.CreatedAt) || where == nil || len(where.Predicates) != 1 || first == nil || *first < 0 ||
		before != nil || last != nil || !byCreatedAt(orderBy) || rule.AssignedOnly(ctx) {
		return nil, false
	}
	if v := viewer.FromContext(ctx); v == nil || v.OrgID == 0 {
		return nil, false
	}
	rest := *where
	rest.Predicates = nil
	if !reflect.DeepEqual(rest, ent.InterventionWhereInput{}) {
		return nil, false
	}
	desc := orderBy.Direction == entgql.OrderDirectionDesc
	type match struct {
		at time.Time
		id int
	}
	// precedes reports whether a comes first in the list's order.
	precedes := func(a, b match) bool {
		if !a.at.Equal(b.at) {
			return a.at.Before(b.at) != desc
		}
		return a.id != b.id && a.id < b.id != desc
	}
	var cursor *match
	if after != nil {
		t, ok := after.Value.(time.Time)
		if !ok {
			return nil, false
		}
		cursor = &match{t, after.ID}
	}
	rows := make([]match, 0, len(m.IDs))
	for i, id := range m.IDs {
		r := match{m.CreatedAt[i], id}
		if cursor == nil || precedes(*cursor, r) {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b match) int {
		if precedes(a, b) {
			return -1
		}
		if precedes(b, a) {
			return 1
		}
		return 0
	})
	n := min(len(rows), *first+1)
	for n > 0 && n < len(rows) && rows[n].at.Equal(rows[n-1].at) {
		n++
	}
	ids = make([]int, n)
	for i := range ids {
		ids[i] = rows[i].id
	}
	return ids, true
}

// byCreatedAt reports whether orderBy is the created_at order. (By value: the order GraphQL's argument
// unmarshals to is a copy of ent.InterventionOrderFieldCreatedAt, never that pointer.)
func byCreatedAt(orderBy *ent.InterventionOrder) bool {
	return orderBy != nil && orderBy.Field != nil && orderBy.Field.String() == ent.InterventionOrderFieldCreatedAt.String()
}

// The indexes of the ent schema a list newest (or oldest) first reads in its order.
const (
	orgIndex    = "intervention_organization_id_created_at"
	statusIndex = "intervention_organization_id_status_id_created_at"
)

// pageQuery is q for reading one page in created_at order, helped where MariaDB would go astray:
//   - after a cursor, the keyset condition (created_at, id) < (t, id) is a row comparison MariaDB cannot turn into an
//     index range, so every page would skip the pages before it: created_at <= t, implied by it, bounds the range;
//   - MariaDB still prefers reading all of the organization's entries (ref) to that range, and with one status as
//     the only filter it reads (organization, created) and skips the other statuses' rows (its ORDER BY … LIMIT
//     heuristic) where (organization, status, created) holds exactly the page in order. So for a viewer of one
//     organization, with no filter or one status, the index is forced (MySQL only): a page reads a page of rows
//     at any depth (TestList_PagesUseTheirIndexesOnMariaDB). Other filters, a technician's privacy filter
//     included, are left to the optimizer.
func pageQuery(ctx context.Context, q *ent.InterventionQuery, after, before *entgql.Cursor[int], orderBy *ent.InterventionOrder,
	where *ent.InterventionWhereInput) *ent.InterventionQuery {
	page := q.Clone()
	if !byCreatedAt(orderBy) {
		return page
	}
	desc := orderBy.Direction == entgql.OrderDirectionDesc
	if after != nil {
		if t, ok := after.Value.(time.Time); ok {
			page.Where(bound(t, desc))
		}
	}
	if before != nil {
		if t, ok := before.Value.(time.Time); ok {
			page.Where(bound(t, !desc))
		}
	}
	if v := viewer.FromContext(ctx); v == nil || v.OrgID == 0 {
		return page // no organization filter: the indexes above do not apply
	}
	if rule.AssignedOnly(ctx) {
		// The privacy rules filter further (a technician's assigned interventions): forced, the organization's
		// index would be read until a page of theirs is found, however few they are among its entries.
		return page
	}
	index := ""
	switch {
	case where == nil || reflect.DeepEqual(*where, ent.InterventionWhereInput{}):
		index = orgIndex
	case where.StatusID != nil:
		rest := *where
		rest.StatusID = nil
		if reflect.DeepEqual(rest, ent.InterventionWhereInput{}) {
			index = statusIndex
		}
	}
	if index != "" {
		page.Modify(func(s *sql.Selector) {
			if s.Dialect() == dialect.MySQL {
				s.From(sql.Table("`" + intervention.Table + "` FORCE INDEX (`" + index + "`)").As(intervention.Table).Unquote())
			}
		})
	}
	return page
}

// bound is created_at <= t (before t, newest first) or created_at >= t.
func bound(t time.Time, before bool) predicate.Intervention {
	if before {
		return intervention.CreatedAtLTE(t)
	}
	return intervention.CreatedAtGTE(t)
}

// CountCapped counts q's rows up to CountCap+1: the exact count up to CountCap, else CountCap+1, as
// SELECT COUNT(*) FROM (SELECT id … LIMIT CountCap+1): at most that many index entries read, one row answered.
// The wrapping is done as ent's aggregate function, the one hook that sees the finished query (its privacy
// filters included).
func CountCapped(ctx context.Context, q *ent.InterventionQuery) (int, error) {
	return q.Clone().Limit(CountCap + 1).Aggregate(func(s *sql.Selector) string {
		inner := s.Clone().Select(s.C(intervention.FieldID))
		*s = *sql.Dialect(s.Dialect()).Select().From(inner.As("capped"))
		return sql.Count("*")
	}).Int(ctx)
}

// selected names the connection's fields the operation selects (every field when not in a GraphQL operation).
func selected(ctx context.Context) map[string]bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return map[string]bool{"totalCount": true, "pageInfo": true, "edges": true}
	}
	out := map[string]bool{}
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		out[f.Name] = true
	}
	return out
}

// withoutCountFields is ctx with the connection's field seen as selecting its edges only, so that entgql's
// paginator, which reads the selection, runs no count (List does its own).
func withoutCountFields(ctx context.Context) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx
	}
	var set ast.SelectionSet
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		if f.Name == "edges" {
			field := *f.Field
			field.SelectionSet = f.Selections // the edges' selections of every fragment, merged
			set = append(set, &field)
		}
	}
	cp := *fc
	cp.Field = graphql.CollectedField{Field: fc.Field.Field, Selections: set}
	parent := fc.Parent
	ctx = graphql.WithFieldContext(ctx, &cp)
	cp.Parent = parent // the same place in the response as the original
	return ctx
}
