// Package gqllimit bounds what one GraphQL operation may ask of the server: how deep its selections nest
// and how much work they cost, counting every list of objects as its bound times what each item asks.
package gqllimit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
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

// Complexity rejects operations that cost more than Max, and reports what each operation cost in the
// response's extensions.cost ({requestedQueryCost, maximum}, as Shopify's and GitHub's APIs do), so callers
// can budget. Every field costs 1 plus its children, and every list of objects costs its children once per
// item it may return: a Relay connection (its type's name ends in "Connection") first or last times, a plain
// list its bound (Bounds, a first/last argument, or the number of ids asked for), and DefaultPage when
// nothing bounds it, since entgql then returns every row. Lists of scalars cost 1.
type Complexity struct {
	Max         int
	DefaultPage int
	// Bounds are the most items a plain list field returns when the server caps it ("Type.field": n).
	Bounds map[string]int
	es     graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = &Complexity{}

func (*Complexity) ExtensionName() string { return "ListComplexityLimit" }

func (c *Complexity) Validate(es graphql.ExecutableSchema) error {
	if c.Max < 1 {
		return errors.New("complexity limit must be at least 1")
	}
	if c.DefaultPage < 1 {
		c.DefaultPage = 100
	}
	c.es = listCost{ExecutableSchema: es, defaultPage: c.DefaultPage, bounds: c.Bounds}
	return nil
}

// Cost is what op costs with vars (Validate must have run).
func (c *Complexity) Cost(ctx context.Context, op *ast.OperationDefinition, vars map[string]any) int {
	return complexity.Calculate(ctx, c.es, op, vars)
}

// Cost is extensions.cost of a response.
type Cost struct {
	RequestedQueryCost int `json:"requestedQueryCost"`
	Maximum            int `json:"maximum"`
}

func (c *Complexity) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	n := c.Cost(ctx, oc.Operation, oc.Variables)
	oc.Stats.SetExtension(c.ExtensionName(), Cost{RequestedQueryCost: n, Maximum: c.Max})
	if n > c.Max {
		err := gqlerror.Errorf("operation has complexity %d, which exceeds the limit of %d", n, c.Max)
		err.Extensions = map[string]any{"code": CodeComplexity, "cost": n, "maximum": c.Max}
		return err
	}
	return nil
}

// InterceptResponse adds extensions.cost to every response of an operation that was costed (refused ones too).
func (c *Complexity) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if graphql.HasOperationContext(ctx) {
		if cost, ok := graphql.GetOperationContext(ctx).Stats.GetExtension(c.ExtensionName()).(Cost); ok {
			graphql.RegisterExtension(ctx, "cost", cost)
		}
	}
	return next(ctx)
}

// listCost is the schema as the complexity walker sees it: lists multiply their children.
type listCost struct {
	graphql.ExecutableSchema
	defaultPage int
	bounds      map[string]int
}

func (c listCost) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if n, ok := c.ExecutableSchema.Complexity(ctx, typeName, field, child, args); ok {
		return n, true
	}
	schema := c.Schema()
	def := schema.Types[typeName]
	if def == nil {
		return 0, false
	}
	f := def.Fields.ForName(field)
	if f == nil {
		return 0, false
	}
	connection := strings.HasSuffix(f.Type.Name(), "Connection")
	list := f.Type.Elem != nil
	if elem := schema.Types[f.Type.Name()]; list && (elem == nil || elem.Kind == ast.Scalar || elem.Kind == ast.Enum) {
		list = false // a list of scalars: no resolver runs per item
	}
	if list && strings.HasSuffix(typeName, "Connection") {
		list = false // a connection's edges: counted by the connection field
	}
	if !connection && !list {
		return 0, false
	}
	items, bounded := c.bounds[typeName+"."+field]
	if !bounded {
		items = c.defaultPage
		for _, k := range []string{"first", "last"} {
			if v, ok := toInt(args[k]); ok && v >= 0 {
				items, bounded = v, true
			}
		}
	}
	if !bounded && list {
		for _, a := range f.Arguments { // nodes(ids:), reorderCauses(ids:): one item per id
			if ids, ok := args[a.Name].([]any); ok && a.Type.Elem != nil && a.Type.Name() == "ID" {
				items = len(ids)
			}
		}
	}
	return 1 + max(items, 1)*child, true
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

// CodeBadUserInput is the code of an argument list refused by InputLists (DESIGN §4).
const CodeBadUserInput = "BAD_USER_INPUT"

// InputLists bounds the lists in an operation's arguments (where-inputs' idIn and every other …In, ids of
// nodes and reorder mutations): each may hold at most Max items, and all of them together MaxTotal. A list
// becomes one SQL variable per item, so without a bound 40,000 ids fail deep in the database ("too many
// SQL variables") instead of being refused as the caller's mistake, naming the argument, before anything runs.
type InputLists struct{ Max, MaxTotal int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = InputLists{}

func (InputLists) ExtensionName() string { return "InputListLimit" }

func (l InputLists) Validate(graphql.ExecutableSchema) error {
	if l.Max < 1 || l.MaxTotal < l.Max {
		return errors.New("input list limits must be at least 1, and the total at least the per-list limit")
	}
	return nil
}

func (l InputLists) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	total := 0
	var walkValue func(path string, v any) *gqlerror.Error
	walkValue = func(path string, v any) *gqlerror.Error {
		switch v := v.(type) {
		case []any:
			if len(v) > l.Max {
				return badList(path, "at most %d items", l.Max)
			}
			if total += len(v); total > l.MaxTotal {
				return badList(path, "the operation's lists hold more than %d items in all", l.MaxTotal)
			}
			for i, x := range v {
				if err := walkValue(fmt.Sprintf("%s[%d]", path, i), x); err != nil {
					return err
				}
			}
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(v)) {
				if err := walkValue(path+"."+k, v[k]); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var walk func(set ast.SelectionSet, seen map[string]bool) *gqlerror.Error
	walk = func(set ast.SelectionSet, seen map[string]bool) *gqlerror.Error {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				args := s.ArgumentMap(oc.Variables)
				for _, k := range slices.Sorted(maps.Keys(args)) {
					if err := walkValue(k, args[k]); err != nil {
						return err
					}
				}
				if err := walk(s.SelectionSet, seen); err != nil {
					return err
				}
			case *ast.InlineFragment:
				if err := walk(s.SelectionSet, seen); err != nil {
					return err
				}
			case *ast.FragmentSpread:
				if s.Definition != nil && !seen[s.Name] {
					seen[s.Name] = true
					if err := walk(s.Definition.SelectionSet, seen); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	return walk(oc.Operation.SelectionSet, map[string]bool{})
}

func badList(path, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf("%s: "+format, append([]any{path}, args...)...)
	err.Extensions = map[string]any{"code": CodeBadUserInput, "field": path}
	return err
}
