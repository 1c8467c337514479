package gqlexec

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// opContext is a context as the executor gives marshal functions: an operation (errors, panic recovery) and a
// field (the list's).
func opContext() context.Context {
	ctx := graphql.WithOperationContext(context.Background(), &graphql.OperationContext{
		RecoverFunc: func(ctx context.Context, err any) error { return graphql.DefaultRecover(ctx, err) },
	})
	ctx = graphql.WithResponseContext(ctx, graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Kiosk"})
}

func marshal(m graphql.Marshaler) string {
	var b bytes.Buffer
	m.MarshalGQL(&b)
	return b.String()
}

// The list is the one graphql.MarshalSliceConcurrently makes: the elements in order, each marshalled with a
// field context of its own holding its index.
func TestMarshalSlice_IsMarshalSliceConcurrentlyOnOneGoroutine(t *testing.T) {
	elem := func(ctx context.Context, i int) graphql.Marshaler {
		fc := graphql.GetFieldContext(ctx)
		if fc == nil || fc.Index == nil || *fc.Index != i {
			t.Errorf("element %d: field context %+v", i, fc)
		}
		return graphql.MarshalString(strings.Repeat("x", i))
	}
	for _, n := range []int{0, 1, 2, 35} {
		got := marshal(MarshalSlice(opContext(), n, false, elem))
		want := marshal(graphql.MarshalSliceConcurrently(opContext(), n, 0, false, elem))
		if got != want {
			t.Errorf("%d elements: got %s, want %s", n, got, want)
		}
		if n == 2 && got != `["","x"]` {
			t.Errorf("got %s", got)
		}
	}
	// One after the other: the elements run in order, never two at once.
	var order []int
	MarshalSlice(opContext(), 5, false, func(ctx context.Context, i int) graphql.Marshaler {
		order = append(order, i)
		return graphql.Null
	})
	if len(order) != 5 || order[0] != 0 || order[4] != 4 {
		t.Errorf("order %v", order)
	}
}

// An element whose marshalling panics is null and the panic is an error of the response, as with gqlgen's.
func TestMarshalSlice_APanicIsAnErrorAndANull(t *testing.T) {
	ctx := opContext()
	got := marshal(MarshalSlice(ctx, 3, false, func(ctx context.Context, i int) graphql.Marshaler {
		if i == 1 {
			panic("boom")
		}
		return graphql.MarshalInt(i)
	}))
	if got != `[0,null,2]` {
		t.Errorf("got %s", got)
	}
	errs := graphql.GetErrors(ctx)
	if len(errs) != 1 || !strings.Contains(errs[0].Message, "internal system error") {
		t.Errorf("errors %v", errs)
	}
}
