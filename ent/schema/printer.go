package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/panicbutton/panicbutton/ent/schema/gqldoc"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// Printer is a registered device. The serial is unique across the platform: the cloud looks printers up by
// serial alone.
type Printer struct{ ent.Schema }

func (Printer) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Printer) Fields() []ent.Field {
	return []ent.Field{
		field.String("serial").Comment("The serial number: 1 to 64 characters of [A-Za-z0-9._-], unique across the platform. Never changes.").NotEmpty().MaxLen(64).Unique().Annotations(entgql.OrderField("SERIAL")),
		field.String("model").Comment("The model, as the printer reports it; empty if unknown.").Optional().MaxLen(200),
		field.String("name").Comment("The printer's name, as reported or set by an admin; empty if none.").Optional().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("location").Comment("Where the printer is, as reported or set by an admin; empty if unknown.").Optional().MaxLen(200),
		field.String("ip").Comment("The printer's IPv4 or IPv6 address as last reported (the SNMP poller uses it); empty if unknown.").Optional().MaxLen(45),
		field.Int("panic_button_id").Comment("The global ID of the panic button the printer is registered to."),
		field.String("customer_contact_email").Comment("The customer contact emailed on status changes of its interventions; empty for the organization's default.").Optional().MaxLen(254),
		field.Time("last_seen_at").Comment("When the printer last reported (launch, report or SNMP poll); null if never.").SchemaType(mysqlTime).Optional().Nillable().Annotations(entgql.OrderField("LAST_SEEN_AT")),
		field.Int64("last_total").Comment("The last total page counter reported; null if never reported.").Optional().Nillable(),
		field.Int64("last_black").Comment("The last black-and-white page counter reported; null if never reported.").Optional().Nillable(),
		field.Int64("last_color").Comment("The last colour page counter reported; null if never reported.").Optional().Nillable(),
		field.Int64("last_large").Comment("The last large-format (A3) page counter reported; null if never reported.").Optional().Nillable(),
		field.Strings("last_errors").Comment("The error messages last reported, in order: [0] is OID1 ... [3] is OID4.").Optional(),
		field.Bool("snmp_enabled").Comment("Whether the server polls the printer over SNMP.").Default(false),
		field.Enum("snmp_version").Comment("The SNMP version the poller uses.").Values("V1", "V2C", "V3").Annotations(gqldoc.Values("V1", "SNMP v1 (community).", "V2C", "SNMP v2c (community).", "V3", "SNMP v3 (user-based security).")).Default("V2C"),
		field.String("snmp_community").Optional().Sensitive().Annotations(entgql.Skip()),
		field.JSON("snmp_v3", schematype.SNMPv3Credentials{}).Optional().Sensitive().Annotations(entgql.Skip()),
		field.String("snmp_profile").Comment("The vendor counter profile forced for SNMP polling; empty to detect it from the printer.").Optional().MaxLen(64),
		field.Time("last_polled_at").Comment("When the SNMP poller last tried the printer; null if never.").SchemaType(mysqlTime).Optional().Nillable(),
		field.JSON("last_alerts", []schematype.PrinterAlert{}).Optional().Annotations(entgql.Skip()),
		field.Time("silent_since").SchemaType(mysqlTime).Optional().Nillable().
			Comment("set when the printer was not seen (no launch, no successful poll) for PRINTER_SILENT_AFTER; cleared when it is seen again"),
	}
}

func (Printer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("panic_button", PanicButton.Type).Comment("The panic button the printer is registered to.").Field("panic_button_id").Unique().Required(),
		edge.From("meter_readings", MeterReading.Type).Comment("The printer's page-counter history.").Ref("printer").
			Annotations(entgql.RelayConnection(), entsql.OnDelete(entsql.Cascade)),
		edge.From("interventions", Intervention.Type).Comment("The interventions reported for the printer.").Ref("printer").Annotations(entgql.RelayConnection()),
		edge.From("supplies", Supply.Type).Comment("The printer's marker supplies (toner, drums, ...) as last read; at most one per supply the printer lists.").Ref("printer"),
	}
}

func (Printer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "last_seen_at"), index.Fields("snmp_enabled", "last_polled_at")}
}

func (Printer) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A registered printer. Its serial is unique across the platform. The last* fields are what the printer app or SNMP last told. Readable by the organization's users and by API keys with printers:read; changed by admins."), entgql.RelayConnection(), entgql.QueryField().Description("The printers of the caller's organization (all organizations for the super-admin).")}
}
