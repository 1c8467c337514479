package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vikstrous/dataloadgen"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/internal/reporter"
)

// Per-operation data loaders (github.com/vikstrous/dataloadgen, the loader gqlgen's documentation uses): a field of
// a row that needs its own query (PanicButton.satisfaction) asks its loader, which gathers the keys of the rows
// resolved together (gqlgen resolves a list's rows concurrently) and runs one grouped query for them. Loaders live
// as long as one query or mutation (loadingSchema gives each its own, so nothing is cached across operations or
// viewers); a subscription, whose responses go on indefinitely, gets none and resolves row by row.

type loadersKey struct{}

type loaders struct {
	satisfaction *dataloadgen.Loader[int, reporter.Satisfaction]
}

// loaderWait is how long a loader gathers keys before it queries: the rows of one list are resolved within
// microseconds of each other, so a short wait batches a page without delaying the response noticeably.
const loaderWait = 5 * time.Millisecond

func newLoaders(client *ent.Client) *loaders {
	return &loaders{
		satisfaction: dataloadgen.NewLoader(func(ctx context.Context, ids []int) ([]reporter.Satisfaction, []error) {
			byID, err := reporter.Satisfactions(ctx, client, ids)
			if err != nil {
				return nil, []error{err}
			}
			out := make([]reporter.Satisfaction, len(ids))
			for i, id := range ids {
				out[i] = byID[id] // no answer yet: the zero figures
			}
			return out, nil
		}, dataloadgen.WithWait(loaderWait)),
	}
}

// loadingSchema is the generated schema whose queries and mutations get their loaders.
type loadingSchema struct {
	graphql.ExecutableSchema
	client *ent.Client
}

func (s loadingSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	next := s.ExecutableSchema.Exec(ctx)
	if oc := graphql.GetOperationContext(ctx); oc.Operation == nil || oc.Operation.Operation == ast.Subscription {
		return next
	}
	// The generated handler resolves with the context it is called with (each call: the response, then the
	// deferred parts).
	l := newLoaders(s.client)
	return func(ctx context.Context) *graphql.Response {
		return next(context.WithValue(ctx, loadersKey{}, l))
	}
}

// loadersOf is the operation's loaders, nil in a subscription.
func loadersOf(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}
