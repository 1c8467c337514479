package gqlexec

import (
	"bytes"
	"context"
	"io"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// MarshalSharedSlice is MarshalSlice for a list of shared values: elements that are built once, shared by every
// request that answers them, and never changed afterwards (a new value replaces one that changes: the kiosk's
// texts, causes, colours and images, prepared once per cached panic button read in internal/device). An
// element's JSON for a selection set is then the same for every request asking it with the same parsed query
// (the executor's query cache keeps one parsed document per query text): it is written once and kept (rendered,
// a few hundred entries in all), and a request whose element and selection are those of an earlier one writes
// the kept JSON instead of marshalling the element field by field again (the kiosk's ~40 elements were a fifth of
// a launch's server CPU).
//
// Only a static selection set is kept: no argument and no directive anywhere below it, so that its output depends
// on the element alone (not on the operation's variables: @include, @skip, @defer). An element that marshals to
// null (an error) is not kept. The entry holds the element and the selection, so neither address can be reused
// for another value while it is kept.
func MarshalSharedSlice[T any](ctx context.Context, sel ast.SelectionSet, v []*T, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	k := sharedKey{n: len(sel)}
	if len(v) == 0 || len(sel) == 0 || len(sel) > len(k.sel) || !static(sel) {
		return MarshalSlice(ctx, len(v), omitPanicHandler, marshalElement)
	}
	for i, s := range sel {
		k.sel[i] = node(s)
	}
	ret := make(graphql.Array, len(v))
	for i, e := range v {
		k.elem = unsafe.Pointer(e)
		if e != nil {
			if m, ok := shared.Get(k); ok {
				ret[i] = m
				continue
			}
		}
		m := marshalAt(ctx, i, omitPanicHandler, marshalElement)
		if e != nil && m != graphql.Null {
			var b bytes.Buffer
			m.MarshalGQL(&b)
			m = rawJSON(b.Bytes())
			shared.Add(k, m)
		}
		ret[i] = m
	}
	return ret
}

// sharedKey is an element and the selection set it was marshalled for: the parsed document's selections (the
// executor merges the selections of a field asked twice into a new slice for each request, each still the
// document's own), up to 8.
type sharedKey struct {
	elem unsafe.Pointer
	sel  [8]unsafe.Pointer
	n    int
}

// node is the parsed document's node of a selection.
func node(s ast.Selection) unsafe.Pointer {
	switch s := s.(type) {
	case *ast.Field:
		return unsafe.Pointer(s)
	case *ast.InlineFragment:
		return unsafe.Pointer(s)
	case *ast.FragmentSpread:
		return unsafe.Pointer(s)
	}
	return nil
}

// sharedEntries bounds the kept elements: a kiosk has ~40 per language and query.
const sharedEntries = 4096

// shared is the JSON written for shared elements.
var shared = func() *lru.Cache[sharedKey, graphql.Marshaler] {
	c, err := lru.New[sharedKey, graphql.Marshaler](sharedEntries)
	if err != nil {
		panic(err)
	}
	return c
}()

// rawJSON is an element's JSON as written once.
type rawJSON []byte

func (r rawJSON) MarshalGQL(w io.Writer) { _, _ = w.Write(r) }

// static reports whether sel has no argument and no directive at any depth (fragments included).
func static(sel ast.SelectionSet) bool {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			if len(s.Arguments) > 0 || len(s.Directives) > 0 || !static(s.SelectionSet) {
				return false
			}
		case *ast.InlineFragment:
			if len(s.Directives) > 0 || !static(s.SelectionSet) {
				return false
			}
		case *ast.FragmentSpread:
			if len(s.Directives) > 0 || s.Definition == nil || len(s.Definition.Directives) > 0 || !static(s.Definition.SelectionSet) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
