package graph

import (
	"slices"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
)

// SDL prints the public schema as clients see it. Types come out sorted by name and keep their field order, except
// the root operation types: their fields are assembled from `extend type Query/Mutation/Subscription` spread over
// the graph/*.graphqls files, so their order is an artifact of file names and they are printed sorted too. Moving a
// definition from one .graphqls file to another therefore cannot change this text; changing the contract does.
func SDL() string {
	src := NewSchema(&Resolver{}).Schema()
	schema := *src
	schema.Types = make(map[string]*ast.Definition, len(src.Types))
	for name, def := range src.Types {
		schema.Types[name] = def
	}
	for _, root := range []*ast.Definition{src.Query, src.Mutation, src.Subscription} {
		if root == nil {
			continue
		}
		sorted := *root
		sorted.Fields = slices.Clone(root.Fields)
		slices.SortStableFunc(sorted.Fields, func(a, b *ast.FieldDefinition) int { return strings.Compare(a.Name, b.Name) })
		schema.Types[root.Name] = &sorted
	}
	var b strings.Builder
	formatter.NewFormatter(&b, formatter.WithIndent("  ")).FormatSchema(&schema)
	return b.String()
}
