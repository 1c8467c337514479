package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// IdempotencyKey remembers what a partner's createIntervention with an idempotency key created, so a retried
// call answers with the same intervention instead of opening a second one. It is written in the intervention's
// own transaction, claimed first (before any other row is locked, so concurrent retries queue on the unique
// (organization, key) instead of deadlocking) and completed with the intervention's id: one intervention commits.
type IdempotencyKey struct{ ent.Schema }

func (IdempotencyKey) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.String("key").NotEmpty().MaxLen(200).Immutable(),
		field.String("request_hash").NotEmpty().MaxLen(64).Immutable().
			Comment("SHA-256 of the request's normalized input: the same key with another input is refused"),
		field.Int("intervention_id").Optional().Nillable().
			Comment("set in the same transaction that claimed the key, once the intervention is written"),
		field.Time("created_at").SchemaType(mysqlTime).Default(timeNow).Immutable(),
	}
}

func (IdempotencyKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("intervention", Intervention.Type).Field("intervention_id").Unique().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (IdempotencyKey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "key").Unique()}
}

func (IdempotencyKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy: only the interventions service touches idempotency keys, in a system context, after checking the caller.
func (IdempotencyKey) Policy() ent.Policy { return systemOnly() }
