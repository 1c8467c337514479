package graph

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/panicbutton/panicbutton/ent"
)

// Per-page batches. A field of a row that needs the database (PanicButton.satisfaction) is computed for every row
// of the list the row is in, by one call (one grouped query), the first time one of those rows asks for it; the
// other rows, resolved concurrently, wait for it and take their value. The rows are those of the nearest list
// above the field in the response (a connection's edges, a list field, nodes(ids:)); a row reached alone
// (node(id:), an edge to one object) is a batch of one. Batches live as long as the operation: batchingSchema
// gives each query and mutation its own; a subscription, whose responses go on indefinitely, has none and
// resolves row by row.

type batchesKey struct{}

type batches struct {
	mu sync.Mutex
	m  map[batchKey]*batch
}

type batchKey struct {
	name string
	list *graphql.FieldContext // the list field
}

type batch struct {
	done   chan struct{}
	values any // map[K]V of the batch's function
	err    error
}

// batchingSchema is the generated schema whose queries and mutations get their batches.
type batchingSchema struct{ graphql.ExecutableSchema }

func (s batchingSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	next := s.ExecutableSchema.Exec(ctx)
	if oc := graphql.GetOperationContext(ctx); oc.Operation == nil || oc.Operation.Operation == ast.Subscription {
		return next
	}
	// The generated handler resolves with the context it is called with (each call: the response, then the
	// deferred parts).
	bs := &batches{m: map[batchKey]*batch{}}
	return func(ctx context.Context) *graphql.Response {
		return next(context.WithValue(ctx, batchesKey{}, bs))
	}
}

// batched returns load's value for key (V's zero value when load has none): load is called once per list, with
// the keys of every row of the list key's row is in (rowsOf reads them from the list field's result, nil when it
// is a list of something else), or of key's row alone.
func batched[K comparable, V any](ctx context.Context, name string, key K, rowsOf func(list any) []K,
	load func(context.Context, []K) (map[K]V, error)) (V, error) {
	var zero V
	bs, _ := ctx.Value(batchesKey{}).(*batches)
	list := listOf(ctx)
	var keys []K
	if list != nil {
		keys = rowsOf(list.Result)
	}
	if bs == nil || !slices.Contains(keys, key) {
		values, err := load(ctx, []K{key})
		return values[key], err
	}
	k := batchKey{name: name, list: list}
	bs.mu.Lock()
	b, running := bs.m[k]
	if !running {
		b = &batch{done: make(chan struct{}), err: errors.New("the batch " + name + " failed")}
		bs.m[k] = b
	}
	bs.mu.Unlock()
	if !running {
		func() {
			defer close(b.done)
			values, err := load(ctx, keys)
			b.values, b.err = values, err
		}()
	}
	select {
	case <-b.done:
	case <-ctx.Done():
		return zero, ctx.Err()
	}
	if b.err != nil {
		return zero, b.err
	}
	return b.values.(map[K]V)[key], nil
}

// listOf is the list field above the field being resolved: the parent of the nearest list element.
func listOf(ctx context.Context) *graphql.FieldContext {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Index != nil {
			return fc.Parent
		}
	}
	return nil
}

// panicButtonIDs are the ids of the panic buttons of a list field's result.
func panicButtonIDs(list any) []int {
	var ids []int
	switch l := list.(type) {
	case []*ent.PanicButtonEdge:
		for _, e := range l {
			if e != nil && e.Node != nil {
				ids = append(ids, e.Node.ID)
			}
		}
	case []*ent.PanicButton:
		for _, pb := range l {
			if pb != nil {
				ids = append(ids, pb.ID)
			}
		}
	case []ent.Noder:
		for _, n := range l {
			if pb, ok := n.(*ent.PanicButton); ok && pb != nil {
				ids = append(ids, pb.ID)
			}
		}
	}
	return ids
}
