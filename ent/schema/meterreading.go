package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// MeterReading is one point of a printer's meter history.
type MeterReading struct{ ent.Schema }

func (MeterReading) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (MeterReading) Fields() []ent.Field {
	return []ent.Field{
		field.Int("printer_id"),
		field.Int64("total").Optional().Nillable(),
		field.Int64("black").Optional().Nillable(),
		field.Int64("color").Optional().Nillable(),
		field.Int64("large").Optional().Nillable(),
		field.Enum("source").Values("LAUNCH", "REPORT", "SNMP_POLL", "AGENT"),
		field.Time("read_at").SchemaType(mysqlTime).Default(time.Now).Immutable().
			Annotations(entgql.OrderField("READ_AT")),
		field.Bool("jump_accepted").Default(false).
			Comment("an admin accepted the implausible jump up to this reading: it counts as usage (docs/usage.md)"),
	}
}

func (MeterReading) Edges() []ent.Edge {
	return []ent.Edge{edge.To("printer", Printer.Type).Field("printer_id").Unique().Required()}
}

func (MeterReading) Indexes() []ent.Index { return []ent.Index{index.Fields("printer_id", "read_at")} }

func (MeterReading) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
