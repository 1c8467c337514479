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
		field.Int("panic_button_id").Comment("The global ID of the panic button the cause belongs to."),
		field.JSON("labels", map[string]string{}).Comment("language -> label").Annotations(entgql.Skip()),
		field.Int("position").Comment("The cause's place in the list shown on the kiosk, from 0 (see `reorderCauses`).").Default(0).Annotations(entgql.OrderField("POSITION")),
		field.Bool("active").Comment("Whether the kiosk offers the cause; an inactive cause stays on the interventions reported with it.").Default(true),
	}
}

func (Cause) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("panic_button", PanicButton.Type).Comment("The panic button the cause belongs to.").Field("panic_button_id").Unique().Required(),
		// Not a GraphQL field: an unbounded back edge of Intervention.causes (a cycle) that no client reads;
		// interventions(where: {hasCausesWith: …}) pages the same rows (CHANGELOG.md).
		edge.From("interventions", Intervention.Type).Ref("causes").Annotations(entgql.Skip(entgql.SkipType)),
	}
}

func (Cause) Indexes() []ent.Index { return []ent.Index{index.Fields("panic_button_id", "position")} }

func (Cause) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A reason for a failure that the reporter ticks on the kiosk, configured per panic button. Interventions keep the labels they were reported with, so editing or deleting a cause never changes an old intervention. Readable by the organization's users and by API keys with interventions:read or interventions:write; changed by admins.")}
}
