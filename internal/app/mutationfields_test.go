package app

import (
	"context"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// recordingInterceptor notes the fields it runs around.
type recordingInterceptor struct {
	name string
	log  *[]string
}

func (r recordingInterceptor) ExtensionName() string                 { return r.name }
func (recordingInterceptor) Validate(graphql.ExecutableSchema) error { return nil }
func (r recordingInterceptor) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	*r.log = append(*r.log, r.name+":"+graphql.GetFieldContext(ctx).Field.Name)
	return next(ctx)
}

// The interceptors run, in order, around a mutation's root fields only, inside the chain gqlgen set (kept for
// every field); a query's or subscription's field middleware is left as gqlgen set it.
func TestMutationFields_AroundTheMutationsRootFieldsOnly(t *testing.T) {
	var log []string
	m := mutationFields{recordingInterceptor{"guard", &log}, recordingInterceptor{"audit", &log}}
	gqlgens := func(ctx context.Context, next graphql.Resolver) (any, error) {
		log = append(log, "chain:"+graphql.GetFieldContext(ctx).Field.Name)
		return next(ctx)
	}
	field := func(object, name string) context.Context {
		return graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Object: object,
			Field: graphql.CollectedField{Field: &ast.Field{Name: name}}})
	}
	resolved := func(ctx context.Context) (any, error) { log = append(log, "resolver"); return 42, nil }

	oc := &graphql.OperationContext{Operation: &ast.OperationDefinition{Operation: ast.Mutation}, ResolverMiddleware: gqlgens}
	if err := m.MutateOperationContext(context.Background(), oc); err != nil {
		t.Fatal(err)
	}
	if v, err := oc.ResolverMiddleware(field("Mutation", "launch"), resolved); v != 42 || err != nil {
		t.Fatalf("got %v, %v", v, err)
	}
	if _, err := oc.ResolverMiddleware(field("Kiosk", "texts"), resolved); err != nil {
		t.Fatal(err)
	}
	want := []string{"guard:launch", "audit:launch", "chain:launch", "resolver", "chain:texts", "resolver"}
	if !slices.Equal(log, want) {
		t.Errorf("got %v, want %v", log, want)
	}

	for _, op := range []ast.Operation{ast.Query, ast.Subscription} {
		log = nil
		oc := &graphql.OperationContext{Operation: &ast.OperationDefinition{Operation: op}, ResolverMiddleware: gqlgens}
		if err := m.MutateOperationContext(context.Background(), oc); err != nil {
			t.Fatal(err)
		}
		_, _ = oc.ResolverMiddleware(field("Query", "me"), resolved)
		if want := []string{"chain:me", "resolver"}; !slices.Equal(log, want) {
			t.Errorf("%s: got %v, want %v", op, log, want)
		}
	}
}
