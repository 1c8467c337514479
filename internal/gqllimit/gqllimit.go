// Package gqllimit bounds what one GraphQL operation may ask of the server: how deep its selections nest
// and how much work they cost, counting a Relay connection as its page size times what each node asks.
package gqllimit

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Codes of the errors of this package (extensions.code); gqlgen's own complexity extension uses the same.
const (
	CodeDepth      = "DEPTH_LIMIT_EXCEEDED"
	CodeComplexity = "COMPLEXITY_LIMIT_EXCEEDED"
)

// Depth rejects operations whose selections nest deeper than Max. Introspection (__schema, __type) is not
// counted: it is bounded by the schema and switched on or off separately.
type Depth struct{ Max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = Depth{}

func (Depth) ExtensionName() string { return "DepthLimit" }

func (d Depth) Validate(graphql.ExecutableSchema) error {
	if d.Max < 1 {
		return errors.New("depth limit must be at least 1")
	}
	return nil
}

func (d Depth) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if n := depth(oc.Operation.SelectionSet, 0, d.Max); n > d.Max {
		err := gqlerror.Errorf("operation is nested deeper than the limit of %d", d.Max)
		err.Extensions = map[string]any{"code": CodeDepth}
		return err
	}
	return nil
}

// depth returns the nesting depth of set (fields inside fields), stopping once past limit.
func depth(set ast.SelectionSet, level, limit int) int {
	if level > limit {
		return level
	}
	deepest := level
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				continue
			}
			d = depth(s.SelectionSet, level+1, limit)
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, level, limit)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = depth(s.Definition.SelectionSet, level, limit)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// Complexity rejects operations that cost more than Max: every field costs 1 plus its children, and a
// Relay connection field (its type's name ends in "Connection") costs its children once per requested node
// (first or last, DefaultPage when neither is given, since entgql then returns every row).
type Complexity struct {
	Max         int
	DefaultPage int
	es          graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &Complexity{}

func (*Complexity) ExtensionName() string { return "ConnectionComplexityLimit" }

func (c *Complexity) Validate(es graphql.ExecutableSchema) error {
	if c.Max < 1 {
		return errors.New("complexity limit must be at least 1")
	}
	if c.DefaultPage < 1 {
		c.DefaultPage = 100
	}
	c.es = connectionCost{ExecutableSchema: es, defaultPage: c.DefaultPage}
	return nil
}

func (c *Complexity) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	n := complexity.Calculate(ctx, c.es, oc.Operation, oc.Variables)
	if n > c.Max {
		err := gqlerror.Errorf("operation has complexity %d, which exceeds the limit of %d", n, c.Max)
		err.Extensions = map[string]any{"code": CodeComplexity}
		return err
	}
	return nil
}

// connectionCost is the schema as the complexity walker sees it: connections multiply their children.
type connectionCost struct {
	graphql.ExecutableSchema
	defaultPage int
}

func (c connectionCost) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if n, ok := c.ExecutableSchema.Complexity(ctx, typeName, field, child, args); ok {
		return n, true
	}
	def := c.Schema().Types[typeName]
	if def == nil {
		return 0, false
	}
	f := def.Fields.ForName(field)
	if f == nil || !strings.HasSuffix(f.Type.Name(), "Connection") {
		return 0, false
	}
	page := c.defaultPage
	for _, k := range []string{"first", "last"} {
		if v, ok := toInt(args[k]); ok && v >= 0 {
			page = v
		}
	}
	return 1 + max(page, 1)*child, true
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}
