package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
)

// adminOnly implements @adminOnly: fields such as a panic button's printer code are for the people who
// administer the organization, not its technicians or partner keys (who may read the object itself).
func adminOnly(ctx context.Context, _ any, next graphql.Resolver) (any, error) {
	if !viewer.FromContext(ctx).AdminUser() {
		return nil, apperr.New(apperr.Forbidden, "admins only")
	}
	return next(ctx)
}

// deref is the value of an optional argument, or its zero value.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
