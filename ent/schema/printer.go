package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// Printer is a registered device. The serial is unique across the platform: the cloud looks printers up by
// serial alone.
type Printer struct{ ent.Schema }

func (Printer) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Printer) Fields() []ent.Field {
	return []ent.Field{
		field.String("serial").NotEmpty().MaxLen(64).Unique().Annotations(entgql.OrderField("SERIAL")),
		field.String("model").Optional().MaxLen(200),
		field.String("name").Optional().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("location").Optional().MaxLen(200),
		field.String("ip").Optional().MaxLen(45),
		field.Int("panic_button_id"),
		field.String("customer_contact_email").Optional().MaxLen(254),
		field.Time("last_seen_at").SchemaType(mysqlTime).Optional().Nillable().Annotations(entgql.OrderField("LAST_SEEN_AT")),
		field.Int64("last_total").Optional().Nillable(),
		field.Int64("last_black").Optional().Nillable(),
		field.Int64("last_color").Optional().Nillable(),
		field.Int64("last_large").Optional().Nillable(),
		field.Strings("last_errors").Optional(),
		field.Bool("snmp_enabled").Default(false),
		field.Enum("snmp_version").Values("V1", "V2C", "V3").Default("V2C"),
		field.String("snmp_community").Optional().Sensitive().Annotations(entgql.Skip()),
		field.JSON("snmp_v3", schematype.SNMPv3Credentials{}).Optional().Sensitive().Annotations(entgql.Skip()),
		field.String("snmp_profile").Optional().MaxLen(64),
		field.Time("last_polled_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.JSON("last_alerts", []schematype.PrinterAlert{}).Optional().Annotations(entgql.Skip()),
		field.Time("silent_since").SchemaType(mysqlTime).Optional().Nillable().
			Comment("set when the printer was not seen (no launch, no successful poll) for PRINTER_SILENT_AFTER; cleared when it is seen again"),
	}
}

func (Printer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("panic_button", PanicButton.Type).Field("panic_button_id").Unique().Required(),
		edge.From("meter_readings", MeterReading.Type).Ref("printer").
			Annotations(entgql.RelayConnection(), entsql.OnDelete(entsql.Cascade)),
		edge.From("interventions", Intervention.Type).Ref("printer").Annotations(entgql.RelayConnection()),
		edge.From("supplies", Supply.Type).Ref("printer"),
	}
}

func (Printer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "last_seen_at"), index.Fields("snmp_enabled", "last_polled_at")}
}

func (Printer) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
