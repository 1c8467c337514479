// Package gqllimit bounds what one GraphQL operation may ask of the server: how deep its selections nest
// and how much work they cost, counting every list of objects as its bound times what each item asks.
package gqllimit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
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
	plans  *lru.Cache[planKey, *costPlan] // the operations costed lately, by their text and name
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
	plans, err := lru.New[planKey, *costPlan](1000)
	if err != nil {
		return err
	}
	c.plans = plans
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
	n := c.operationCost(ctx, oc)
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

// operationCost is Cost of oc's operation with its variables, from the operation's plan (made on first sight
// of its text and name, then kept with the last 1000 operations'): only what the variables can change is
// costed again, so an operation asked often is not walked field by field each time.
func (c *Complexity) operationCost(ctx context.Context, oc *graphql.OperationContext) int {
	if oc.RawQuery == "" || c.plans == nil { // not a parsed request's (nothing to key a plan on)
		return c.Cost(ctx, oc.Operation, oc.Variables)
	}
	key := planKey{query: oc.RawQuery, operation: oc.OperationName}
	plan, ok := c.plans.Get(key)
	if !ok {
		plan = c.plan(ctx, oc.Operation.SelectionSet)
		c.plans.Add(key, plan)
	}
	return c.evaluate(ctx, plan, oc.Variables)
}

type planKey struct{ query, operation string }

// costPlan is what a selection set costs with its variables left open: the fields whose arguments use no
// variable, and none of whose descendants' do, cost the same for every request and are summed once in fixed;
// the others (open) are costed again with each request's variables. It sums exactly what complexity.Calculate
// does (a field: the schema's complexity for it when it has one, else 1 plus its children's; for a field of an
// interface, the most any implementation's costs), which does not depend on the request otherwise: gqlgen's
// complexity functions receive a field's child complexity and arguments only.
type costPlan struct {
	fixed int
	open  []openField
}

type openField struct {
	field    *ast.Field
	children *costPlan // nil when the field's type has no selections (scalars, enums)
}

func (c *Complexity) plan(ctx context.Context, set ast.SelectionSet) *costPlan {
	p := &costPlan{}
	schema := c.es.Schema()
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			def := schema.Types[s.Definition.Type.Name()]
			if def.Name == "__Schema" {
				continue
			}
			var children *costPlan
			switch def.Kind {
			case ast.Object, ast.Interface, ast.Union:
				children = c.plan(ctx, s.SelectionSet)
			}
			if usesVariables(s.Arguments) || (children != nil && len(children.open) > 0) {
				p.open = append(p.open, openField{field: s, children: children})
				continue
			}
			child := 0
			if children != nil {
				child = children.fixed
			}
			p.fixed = safeAdd(p.fixed, c.fieldCost(ctx, s, def.Kind, child, s.ArgumentMap(nil)))
		case *ast.FragmentSpread:
			p.merge(c.plan(ctx, s.Definition.SelectionSet))
		case *ast.InlineFragment:
			p.merge(c.plan(ctx, s.SelectionSet))
		}
	}
	return p
}

func (p *costPlan) merge(q *costPlan) {
	p.fixed = safeAdd(p.fixed, q.fixed)
	p.open = append(p.open, q.open...)
}

func (c *Complexity) evaluate(ctx context.Context, p *costPlan, vars map[string]any) int {
	n := p.fixed
	for _, f := range p.open {
		child := 0
		if f.children != nil {
			child = c.evaluate(ctx, f.children, vars)
		}
		kind := c.es.Schema().Types[f.field.Definition.Type.Name()].Kind
		n = safeAdd(n, c.fieldCost(ctx, f.field, kind, child, f.field.ArgumentMap(vars)))
	}
	return n
}

// fieldCost is what field costs, as complexity.Calculate counts it (with its default options).
func (c *Complexity) fieldCost(ctx context.Context, field *ast.Field, kind ast.DefinitionKind, child int, args map[string]any) int {
	cost := func(object string) int {
		if n, ok := c.es.Complexity(ctx, object, field.Name, child, args); ok && n >= 1 {
			return n
		}
		return safeAdd(1, child)
	}
	if field.ObjectDefinition.Kind != ast.Interface {
		return cost(field.ObjectDefinition.Name)
	}
	most := 0
	for _, t := range c.es.Schema().GetPossibleTypes(field.ObjectDefinition) {
		most = max(most, cost(t.Name))
	}
	return most
}

// usesVariables reports whether any argument's value is, or holds, a variable.
func usesVariables(args ast.ArgumentList) bool {
	var uses func(v *ast.Value) bool
	uses = func(v *ast.Value) bool {
		if v == nil {
			return false
		}
		if v.Kind == ast.Variable {
			return true
		}
		for _, c := range v.Children {
			if uses(c.Value) {
				return true
			}
		}
		return false
	}
	for _, a := range args {
		if uses(a.Value) {
			return true
		}
	}
	return false
}

// safeAdd adds costs as complexity.Calculate does: negative ones are ignored and the sum stops at the largest int.
func safeAdd(a, b int) int {
	a, b = max(a, 0), max(b, 0)
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
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
//
// Each operation's arguments are planned on first sight of its text and name (the last 1000 kept): the lists
// of arguments that use no variable are counted once, and only the arguments that use variables are counted
// again for each request; an operation over a limit is then walked whole, to name the first list over it.
type InputLists struct {
	Max, MaxTotal int
	plans         *lru.Cache[planKey, *listPlan]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &InputLists{}

func (*InputLists) ExtensionName() string { return "InputListLimit" }

func (l *InputLists) Validate(graphql.ExecutableSchema) error {
	if l.Max < 1 || l.MaxTotal < l.Max {
		return errors.New("input list limits must be at least 1, and the total at least the per-list limit")
	}
	plans, err := lru.New[planKey, *listPlan](1000)
	if err != nil {
		return err
	}
	l.plans = plans
	return nil
}

// listPlan is what an operation's arguments hold in lists with its variables left open: fixed items in the
// arguments that use no variable (fixedOK if none of their lists is over Max), and the fields whose arguments
// use variables.
type listPlan struct {
	fixed   int
	fixedOK bool
	open    []*ast.Field
}

func (l *InputLists) plan(op *ast.OperationDefinition) *listPlan {
	p := &listPlan{fixedOK: true}
	seen := map[string]bool{}
	var walk func(set ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if usesVariables(s.Arguments) {
					p.open = append(p.open, s)
				} else {
					n, ok := l.count(s.ArgumentMap(nil))
					p.fixed, p.fixedOK = p.fixed+n, p.fixedOK && ok
				}
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				if s.Definition != nil && !seen[s.Name] {
					seen[s.Name] = true
					walk(s.Definition.SelectionSet)
				}
			}
		}
	}
	walk(op.SelectionSet)
	return p
}

// within reports whether the operation planned in p keeps to the limits with vars.
func (l *InputLists) within(p *listPlan, vars map[string]any) bool {
	if !p.fixedOK {
		return false
	}
	total := p.fixed
	for _, f := range p.open {
		n, ok := l.count(f.ArgumentMap(vars))
		if total += n; !ok || total > l.MaxTotal {
			return false
		}
	}
	return total <= l.MaxTotal
}

// count is how many items the lists in v hold in all, and whether none of them holds more than Max.
func (l *InputLists) count(v any) (int, bool) {
	n, ok := 0, true
	switch v := v.(type) {
	case []any:
		n, ok = len(v), len(v) <= l.Max
		for _, x := range v {
			m, okx := l.count(x)
			n, ok = n+m, ok && okx
		}
	case map[string]any:
		for _, x := range v {
			m, okx := l.count(x)
			n, ok = n+m, ok && okx
		}
	}
	return n, ok
}

func (l *InputLists) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if oc.RawQuery != "" && l.plans != nil {
		key := planKey{query: oc.RawQuery, operation: oc.OperationName}
		p, ok := l.plans.Get(key)
		if !ok {
			p = l.plan(oc.Operation)
			l.plans.Add(key, p)
		}
		if l.within(p, oc.Variables) {
			return nil
		}
	}
	return l.check(oc)
}

// check walks oc's arguments, returning the error of the first list over a limit.
func (l *InputLists) check(oc *graphql.OperationContext) *gqlerror.Error {
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
