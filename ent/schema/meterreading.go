package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/panicbutton/panicbutton/ent/schema/gqldoc"
)

// MeterReading is one point of a printer's meter history.
type MeterReading struct{ ent.Schema }

func (MeterReading) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (MeterReading) Fields() []ent.Field {
	return []ent.Field{
		field.Int("printer_id").Comment("The global ID of the printer."),
		field.Int64("total").Comment("Total pages printed (lifetime counter); null if the source did not report it.").Optional().Nillable(),
		field.Int64("black").Comment("Black-and-white pages (lifetime counter); null if not reported.").Optional().Nillable(),
		field.Int64("color").Comment("Colour pages (lifetime counter); null if not reported.").Optional().Nillable(),
		field.Int64("large").Comment("Large-format (A3) pages (lifetime counter); null if not reported.").Optional().Nillable(),
		field.Enum("source").Comment("Where the reading came from.").Values("LAUNCH", "REPORT", "SNMP_POLL", "AGENT").Annotations(gqldoc.Values("LAUNCH", "Sent by the printer app when the Panic Button was opened (launch).", "REPORT", "Taken with a report.", "SNMP_POLL", "Read by the server's SNMP poller.", "AGENT", "Read by the SNMP agent on the customer's network.")),
		field.Time("read_at").Comment("When the counters were read (server time).").SchemaType(mysqlTime).Default(time.Now).Immutable().
			Annotations(entgql.OrderField("READ_AT")),
		field.Bool("jump_accepted").Default(false).
			Comment("an admin accepted the implausible jump up to this reading: it counts as usage (docs/usage.md)"),
	}
}

func (MeterReading) Edges() []ent.Edge {
	return []ent.Edge{edge.To("printer", Printer.Type).Comment("The printer.").Field("printer_id").Unique().Required()}
}

func (MeterReading) Indexes() []ent.Index { return []ent.Index{index.Fields("printer_id", "read_at")} }

func (MeterReading) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One point of a printer's page-counter history. Written by the server, never changed. Readable by the organization's users and by API keys with printers:read."), entgql.RelayConnection()}
}
