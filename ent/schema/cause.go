package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Cause is a reason for a failure that the reporter ticks on page 2. Interventions keep a snapshot of the
// labels they were reported with, so editing or deleting a cause never changes an old intervention.
type Cause struct{ ent.Schema }

func (Cause) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Cause) Fields() []ent.Field {
	return []ent.Field{
		field.Int("panic_button_id"),
		field.JSON("labels", map[string]string{}).Comment("language -> label").Annotations(entgql.Skip()),
		field.Int("position").Default(0).Annotations(entgql.OrderField("POSITION")),
		field.Bool("active").Default(true),
	}
}

func (Cause) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("panic_button", PanicButton.Type).Field("panic_button_id").Unique().Required(),
		// Not a GraphQL field: an unbounded back edge of Intervention.causes (a cycle) that no client reads;
		// interventions(where: {hasCausesWith: …}) pages the same rows (CHANGELOG.md).
		edge.From("interventions", Intervention.Type).Ref("causes").Annotations(entgql.Skip(entgql.SkipType)),
	}
}

func (Cause) Indexes() []ent.Index { return []ent.Index{index.Fields("panic_button_id", "position")} }

func (Cause) Annotations() []schema.Annotation { return []schema.Annotation{} }
