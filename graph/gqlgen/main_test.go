package main

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/vektah/gqlparser/v2/ast"
)

func object(name string, fields ...*codegen.Field) *codegen.Object {
	o := &codegen.Object{Definition: &ast.Definition{Name: name, Kind: ast.Object}, Fields: fields}
	for _, f := range fields {
		f.Object = o
	}
	return o
}

func field(name string, typ *ast.Definition) *codegen.Field {
	return &codegen.Field{FieldDefinition: &ast.FieldDefinition{Name: name},
		TypeReference: &config.TypeReference{Definition: typ}}
}

func TestPlainObjects(t *testing.T) {
	str := &ast.Definition{Name: "String", Kind: ast.Scalar}
	enum := &ast.Definition{Name: "Status", Kind: ast.Enum}
	def := func(name string) *ast.Definition { return &ast.Definition{Name: name, Kind: ast.Object} }
	resolver := field("satisfaction", str)
	resolver.IsResolver = true
	method := field("printer", def("Printer"))
	method.MethodHasContext = true
	batched := field("count", str)
	batched.Batch = true
	directed := field("secret", str)
	directed.Directives = []*codegen.Directive{{}}
	iface := field("node", &ast.Definition{Name: "Node", Kind: ast.Interface})
	root := object("Query", field("kiosk", def("Kiosk")))
	root.Root = true
	objects := map[string]*codegen.Object{}
	for _, o := range []*codegen.Object{
		object("KioskText", field("key", str), field("value", str)),
		object("Kiosk", field("texts", def("KioskText")), field("status", enum)),
		object("Printer", field("serial", str)),
		object("PanicButton", field("name", str), resolver),
		object("Intervention", method),
		object("Usage", batched),
		object("Secret", directed),
		object("Edge", iface),
		object("Wrapper", field("button", def("PanicButton"))), // plain itself, not below
		object("Tree", field("name", str), field("children", def("Tree"))),
		root,
	} {
		objects[o.Name] = o
	}
	got := slices.Sorted(maps.Keys(plainObjects(objects)))
	want := []string{"Kiosk", "KioskText", "Printer"}
	if !slices.Equal(got, want) {
		t.Errorf("plain objects %v, want %v", got, want)
	}
}

// rewrite changes the named functions only, and refuses a function without gqlgen's call.
func TestRewrite(t *testing.T) {
	src := `package generated

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/panicbutton/panicbutton/ent"
)

var _ ent.Printer

func (ec *executionContext) marshalNKioskText2ᚕ(ctx context.Context, v []int) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		return graphql.MarshalInt(v[i])
	})
	return ret
}

func (ec *executionContext) marshalNKioskCause2ᚕ(ctx context.Context, sel ast.SelectionSet, v []*int) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		return graphql.MarshalInt(*v[i])
	})
	return ret
}

func (ec *executionContext) marshalNPanicButton2ᚕ(ctx context.Context, v []int) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		return graphql.MarshalInt(v[i])
	})
	return ret
}
`
	file := t.TempDir() + "/generated.go"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	lists := &plainLists{funcs: []string{"marshalNKioskCause2ᚕ", "marshalNKioskText2ᚕ"}, shared: map[string]bool{"marshalNKioskCause2ᚕ": true}}
	if err := lists.rewrite(file); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(file)
	got := string(b)
	for _, want := range []string{
		"\t\"github.com/panicbutton/panicbutton/internal/gqlexec\"\n",
		"marshalNKioskText2ᚕ(ctx context.Context, v []int) graphql.Marshaler {\n\tret := gqlexec.MarshalSlice(ctx, len(v), false, func(",
		"marshalNPanicButton2ᚕ(ctx context.Context, v []int) graphql.Marshaler {\n\tret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(",
		"marshalNKioskCause2ᚕ(ctx context.Context, sel ast.SelectionSet, v []*int) graphql.Marshaler {\n\tret := gqlexec.MarshalSharedSlice(ctx, sel, v, false, func(",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if err := (&plainLists{funcs: []string{"marshalNKioskText2ᚕ"}}).rewrite(file); err == nil {
		t.Error("a function without graphql.MarshalSliceConcurrently was rewritten without an error")
	}
}
