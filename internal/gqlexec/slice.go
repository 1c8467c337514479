// Package gqlexec holds what the generated GraphQL executor (graph/generated) calls besides gqlgen's runtime.
package gqlexec

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// MarshalSlice marshals a list's elements one after the other on the caller's goroutine, as
// graphql.MarshalSliceConcurrently does on a goroutine each: each element gets a field context holding its
// index, and an element whose marshalling panics is null with the panic as an error (unless omitPanicHandler).
// The generator (graph/gqlgen) calls it for lists of plain objects, whose fields are struct fields that never
// wait: for them a goroutine per element only adds its start, scheduling and synchronisation to the work.
func MarshalSlice(ctx context.Context, length int, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		ret[i] = marshalAt(ctx, i, omitPanicHandler, marshalElement)
	}
	return ret
}

// marshalAt marshals element i of a list with a field context of its own holding its index; a panic makes it
// null with the panic as an error (unless omitPanicHandler).
func marshalAt(ctx context.Context, i int, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
	if omitPanicHandler {
		return marshalElement(childCtx, i)
	}
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(childCtx, graphql.Recover(childCtx, r))
			m = graphql.Null
		}
	}()
	return marshalElement(childCtx, i)
}
