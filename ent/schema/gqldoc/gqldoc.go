// Package gqldoc holds the ent schema annotation for what ent itself cannot describe in the GraphQL schema: the
// values of an enum field. ent/schemadoc writes them into the generated schema (graph/ent.graphqls).
package gqldoc

// Annotation describes the values of an ent enum field, by value.
type Annotation struct {
	Values map[string]string `json:"values,omitempty"`
}

// Name is the key of the annotation in ent's generated graph.
func (Annotation) Name() string { return "GQLDoc" }

// Values describes each value of an enum field, given as value, description pairs:
//
//	field.Enum("origin").Values("KIOSK", "API").Annotations(gqldoc.Values(
//		"KIOSK", "Reported on the printer's kiosk.",
//		"API", "Opened by a partner's system with createIntervention."))
func Values(valueDescriptionPairs ...string) Annotation {
	if len(valueDescriptionPairs)%2 != 0 {
		panic("gqldoc.Values: value, description pairs expected")
	}
	a := Annotation{Values: make(map[string]string, len(valueDescriptionPairs)/2)}
	for i := 0; i < len(valueDescriptionPairs); i += 2 {
		a.Values[valueDescriptionPairs[i]] = valueDescriptionPairs[i+1]
	}
	return a
}
