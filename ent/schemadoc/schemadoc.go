// Package schemadoc describes, in the GraphQL schema entgql generates (graph/ent.graphqls), what entgql leaves
// undescribed or describes with filler: the ent types (from their schema.Comment annotation), ids, connection
// edges (from the edge's Comment), enum values (gqldoc.Values), order fields, every where-input predicate and
// the generated mutation inputs' extra fields. Field descriptions themselves come from ent's field Comment.
// ent/entc.go registers Hook with entgql.WithSchemaHook; graph's TestSchema_EveryElementIsDescribed checks that
// nothing is left without a description.
package schemadoc

import (
	"encoding/json"
	"fmt"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc/gen"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/panicbutton/panicbutton/ent/schema/gqldoc"
)

var (
	camel  = gen.Funcs["camel"].(func(string) string)
	pascal = gen.Funcs["pascal"].(func(string) string)
	plural = gen.Funcs["plural"].(func(string) string)
	snake  = gen.Funcs["snake"].(func(string) string)
)

// Hook is an entgql.SchemaHook.
func Hook(g *gen.Graph, s *ast.Schema) error {
	for _, n := range g.Nodes {
		if n.HasCompositeID() {
			continue
		}
		ant := &entgql.Annotation{}
		if raw, ok := n.Annotations[ant.Name()]; ok {
			if err := decode(raw, ant); err != nil {
				return fmt.Errorf("schemadoc: %s: %w", n.Name, err)
			}
		}
		name := n.Name
		if ant.Type != "" {
			name = ant.Type
		}
		if err := describeNode(n, name, s); err != nil {
			return fmt.Errorf("schemadoc: %s: %w", n.Name, err)
		}
	}
	if q := s.Types["Query"]; q != nil && q.Description == "" {
		q.Description = "The entry points for reading. Every list is limited to what the caller may see: their " +
			"organization's rows (all organizations for the super-admin), narrowed for technicians and API keys " +
			"as each type says."
	}
	describeDirectives(s)
	return nil
}

func decode(raw any, v any) error {
	b, err := json.Marshal(raw)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// typeComment is the text of the type's schema.Comment annotation.
func typeComment(n *gen.Type) (string, error) {
	c := &entschema.CommentAnnotation{}
	raw, ok := n.Annotations[c.Name()]
	if !ok {
		return "", nil
	}
	err := decode(raw, c)
	return c.Text, err
}

func describeNode(n *gen.Type, name string, s *ast.Schema) error {
	comment, err := typeComment(n)
	if err != nil {
		return err
	}
	edgeComments := map[string]string{}
	for _, e := range n.Edges {
		edgeComments[camel(e.Name)] = e.Comment()
	}
	if def := s.Types[name]; def != nil {
		if def.Description == "" {
			def.Description = comment
		}
		for _, f := range def.Fields {
			switch {
			case f.Description != "":
			case f.Name == "id":
				f.Description = "The " + name + "'s global ID: opaque and stable; use it with `node(id:)`, in filters and in mutations."
			case edgeComments[f.Name] != "":
				f.Description = edgeComments[f.Name]
			}
		}
	}
	for _, f := range n.Fields {
		if !f.IsEnum() {
			continue
		}
		def := s.Types[name+pascal(f.Name)]
		if def == nil || def.Kind != ast.Enum {
			continue
		}
		if c := f.Comment(); c != "" {
			def.Description = c
		}
		doc := gqldoc.Annotation{}
		if raw, ok := f.Annotations[doc.Name()]; ok {
			if err := decode(raw, &doc); err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				v.Description = doc.Values[v.Name]
			}
		}
	}
	if err := describeOrderFields(n, name, s); err != nil {
		return err
	}
	describeWhereInput(n, name, s)
	describeMutationInputs(n, name, s)
	return nil
}

// describeOrderFields describes each value of <T>OrderField by the field (or edge field) it orders by.
func describeOrderFields(n *gen.Type, name string, s *ast.Schema) error {
	def := s.Types[name+"OrderField"]
	if def == nil {
		return nil
	}
	by := map[string]string{}
	fields := n.Fields
	if n.HasOneFieldID() {
		fields = append([]*gen.Field{n.ID}, fields...)
	}
	for _, f := range fields {
		ant, err := fieldAnnotation(f.Annotations)
		if err != nil {
			return err
		}
		if ant.OrderField != "" {
			by[ant.OrderField] = fmt.Sprintf("Orders by `%s`.", camel(f.Name))
		}
	}
	for _, e := range n.Edges {
		ant, err := fieldAnnotation(e.Annotations)
		if err != nil {
			return err
		}
		prefix := strings.ToUpper(e.Name) + "_"
		switch {
		case ant.OrderField == "":
		case ant.OrderField == prefix+"COUNT":
			by[ant.OrderField] = fmt.Sprintf("Orders by the number of `%s`.", camel(e.Name))
		case strings.HasPrefix(ant.OrderField, prefix):
			ef := strings.TrimPrefix(ant.OrderField, prefix)
			for _, f := range e.Type.Fields {
				if fa, err := fieldAnnotation(f.Annotations); err == nil && fa.OrderField == ef {
					by[ant.OrderField] = fmt.Sprintf("Orders by the `%s` of the `%s`.", camel(f.Name), camel(e.Name))
				}
			}
		}
	}
	def.Description = fmt.Sprintf("What %s connections can be ordered by (with `direction` in `%sOrder`).", name, name)
	for _, v := range def.EnumValues {
		if v.Description == "" {
			v.Description = by[v.Name]
		}
	}
	return nil
}

func fieldAnnotation(ants map[string]any) (*entgql.Annotation, error) {
	ant := &entgql.Annotation{}
	if raw, ok := ants[ant.Name()]; ok {
		if err := decode(raw, ant); err != nil {
			return nil, err
		}
	}
	return ant, nil
}

// describeWhereInput describes <T>WhereInput: the combinators, one sentence per field predicate, the edge
// predicates.
func describeWhereInput(n *gen.Type, name string, s *ast.Schema) {
	def := s.Types[name+"WhereInput"]
	if def == nil {
		return
	}
	many := plural(name)
	def.Description = fmt.Sprintf("Filters %s: %s matches when every condition given holds (set fields are "+
		"combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and "+
		"a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: "+
		"test nulls with `…IsNil`/`…NotNil`.", many, article(name))
	desc := map[string]string{
		"not": fmt.Sprintf("Matches the %s this filter does not match, except that a condition on a null field "+
			"matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`).", many),
		"and": "Matches when every filter of the list matches.",
		"or":  "Matches when at least one filter of the list matches.",
	}
	fields := n.Fields
	if n.HasOneFieldID() {
		fields = append([]*gen.Field{n.ID}, fields...)
	}
	for _, f := range fields {
		for _, op := range f.Ops() {
			key := camel(f.Name + "_" + op.Name())
			if op == gen.EQ {
				key = camel(f.Name)
			}
			desc[key] = predicate(camel(f.Name), f, op)
		}
	}
	for _, e := range n.Edges {
		target := e.Type.Name
		has, with := camel("has_"+e.Name), camel("has_"+e.Name+"_with")
		if e.Unique {
			desc[has] = fmt.Sprintf("true: only %s with a `%s`; false: only those without one. %s the caller "+
				"may not see counts as none.", many, camel(e.Name), strings.ToUpper(article(target)[:1])+article(target)[1:])
			desc[with] = fmt.Sprintf("Only %s whose `%s` matches at least one of these %s filters. The filters "+
				"see only the %s the caller may read; one the caller may not read at all is refused.",
				many, camel(e.Name), target, plural(target))
		} else {
			desc[has] = fmt.Sprintf("true: only %s with at least one of `%s`; false: only those with none. %s the "+
				"caller may not see count as none.", many, camel(e.Name), plural(target))
			desc[with] = fmt.Sprintf("Only %s with at least one of `%s` matching one of these %s filters. The "+
				"filters see only the %s the caller may read; one the caller may not read at all is refused.",
				many, camel(e.Name), target, plural(target))
		}
	}
	for _, f := range def.Fields {
		if d, ok := desc[f.Name]; ok {
			f.Description = d
		}
	}
}

// predicate is the description of the where-input field for field f (GraphQL name x) and op.
func predicate(name string, f *gen.Field, op gen.Op) string {
	x := "`" + name + "`"
	nullNote := ""
	if f.Optional {
		nullNote = fmt.Sprintf(" A null %s does not match.", x)
	}
	time := f.Type != nil && f.Type.Type == field.TypeTime
	str := f.Type != nil && (f.Type.Type == field.TypeString || f.Type.Type == field.TypeEnum)
	switch op {
	case gen.EQ:
		return x + " equals the value."
	case gen.NEQ:
		return x + " is not equal to the value." + nullNote
	case gen.GT:
		switch {
		case time:
			return x + " is after the value."
		case str:
			return x + " sorts after the value (byte order)."
		}
		return x + " is greater than the value."
	case gen.GTE:
		switch {
		case time:
			return x + " is at or after the value."
		case str:
			return x + " equals the value or sorts after it (byte order)."
		}
		return x + " is greater than or equal to the value."
	case gen.LT:
		switch {
		case time:
			return x + " is before the value."
		case str:
			return x + " sorts before the value (byte order)."
		}
		return x + " is less than the value."
	case gen.LTE:
		switch {
		case time:
			return x + " is at or before the value."
		case str:
			return x + " equals the value or sorts before it (byte order)."
		}
		return x + " is less than or equal to the value."
	case gen.IsNil:
		return "true: only where " + x + " is null (not set); false does not filter."
	case gen.NotNil:
		return "true: only where " + x + " is set (not null); false does not filter."
	case gen.In:
		return x + " is one of the values."
	case gen.NotIn:
		return x + " is none of the values." + nullNote
	case gen.EqualFold:
		return x + " equals the value, ignoring case."
	case gen.Contains:
		return x + " contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; " +
			"`" + name + "ContainsFold` ignores case on both."
	case gen.ContainsFold:
		return x + " contains the value, ignoring case."
	case gen.HasPrefix:
		return x + " starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite."
	case gen.HasSuffix:
		return x + " ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite."
	}
	return ""
}

// describeMutationInputs describes the Create<T>Input and Update<T>Input entgql generates (entgql.Mutations):
// the type (unless the annotation gave a description) and the clear/append/edge fields, which have no comment.
func describeMutationInputs(n *gen.Type, name string, s *ast.Schema) {
	for _, create := range []bool{true, false} {
		input := "Update" + name + "Input"
		if create {
			input = "Create" + name + "Input"
		}
		def := s.Types[input]
		if def == nil {
			continue
		}
		if strings.Contains(def.Description, "Input was generated by ent") {
			if create {
				def.Description = fmt.Sprintf("A new %s. Omitted optional fields take their default.", name)
			} else {
				def.Description = fmt.Sprintf("Changes to %s: only the fields given change; `clear…: true` "+
					"empties an optional field.", article(name))
			}
		}
		desc := map[string]string{}
		for _, f := range n.Fields {
			x := camel(f.Name)
			desc["clear"+f.StructField()] = fmt.Sprintf("true: empties `%s` (sets it to null).", x)
			desc["append"+f.StructField()] = fmt.Sprintf("Values appended to `%s`.", x)
		}
		for _, e := range n.Edges {
			x := camel(e.Name)
			desc[x+"ID"] = fmt.Sprintf("The global ID of the %s to link as `%s`.", e.Type.Name, x)
			desc[camel(singular(e.Name))+"IDs"] = fmt.Sprintf("Global IDs of the %s to link as `%s`.", plural(e.Type.Name), x)
			desc["add"+pascal(singular(e.Name))+"IDs"] = fmt.Sprintf("Global IDs of %s to add to `%s`.", plural(e.Type.Name), x)
			desc["remove"+pascal(singular(e.Name))+"IDs"] = fmt.Sprintf("Global IDs of %s to remove from `%s`.", plural(e.Type.Name), x)
			if e.Unique {
				desc[camel(snake(e.MutationClear()))] = fmt.Sprintf("true: unlinks the `%s`.", x)
			} else {
				desc[camel(snake(e.MutationClear()))] = fmt.Sprintf("true: unlinks every `%s`.", x)
			}
		}
		for _, f := range def.Fields {
			if f.Description == "" {
				f.Description = desc[f.Name]
			}
		}
	}
}

func singular(s string) string { return gen.Funcs["singular"].(func(string) string)(s) }

// describeDirectives describes the gqlgen directives entgql declares: they steer code generation and mean
// nothing to a client, which the descriptions say.
func describeDirectives(s *ast.Schema) {
	docs := map[string]struct {
		text string
		args map[string]string
	}{
		"goField": {"Server code generation only (gqlgen): how a field maps to Go. Clients can ignore it.", map[string]string{
			"forceResolver": "Resolve the field with a resolver function rather than a struct field.",
			"name":          "The Go struct field or method behind the GraphQL field.",
			"omittable":     "Distinguish an omitted input field from an explicit null.",
		}},
		"goModel": {"Server code generation only (gqlgen): the Go type behind a GraphQL type. Clients can ignore it.", map[string]string{
			"model":         "The Go type.",
			"models":        "Go types to choose from.",
			"forceGenerate": "Generate the Go type even if one is named.",
		}},
	}
	for name, doc := range docs {
		d := s.Directives[name]
		if d == nil {
			continue
		}
		if d.Description == "" {
			d.Description = doc.text
		}
		for _, a := range d.Arguments {
			if a.Description == "" {
				a.Description = doc.args[a.Name]
			}
		}
	}
}

// article is name with its indefinite article: "an Intervention", "a Printer".
func article(name string) string {
	if strings.ContainsRune("AEIOU", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}
