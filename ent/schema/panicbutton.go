package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// PanicButton is one configured app of an organization: its kiosk content, causes, email settings,
// printer code and error OIDs. An organization may have several (one per building or brand).
type PanicButton struct{ ent.Schema }

func (PanicButton) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Hooks: every write of a printer code (provisioning, configuration, rotation, any future path) stores it in
// its normal form, the form registerPrinter looks typed codes up in.
func (PanicButton) Hooks() []ent.Hook {
	return []ent.Hook{func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v, ok := m.Field("printer_code"); ok {
				if code, ok := v.(string); ok {
					if err := m.SetField("printer_code", schematype.NormalizePrinterCode(code)); err != nil {
						return nil, err
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}}
}

func (PanicButton) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Comment("The panic button's name (1 to 200 characters).").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("printer_code").NotEmpty().MaxLen(32).Unique().Sensitive().
			Comment("random code a user types to register an unknown printer; rotatable"),
		field.Time("printer_code_rotated_at").Comment("When the printer code was last replaced (rotatePrinterCode); null if never.").SchemaType(mysqlTime).Optional().Nillable(),
		field.Strings("languages").Comment("The languages the kiosk and emails offer (ISO 639-1 codes, e.g. en, fr, it).").Default([]string{"en", "fr", "it"}),
		field.String("default_language").Comment("The language used when a report asks for one that is not enabled.").Default("en").MaxLen(8),
		field.JSON("texts", map[string]map[string]string{}).Optional().
			Comment("kiosk texts: language -> key -> template").Annotations(entgql.Skip()),
		field.JSON("images", map[string]string{}).Optional().
			Comment("kiosk images: key -> media id").Annotations(entgql.Skip()),
		field.JSON("colors", map[string]string{}).Optional().
			Comment("kiosk colours: key -> CSS colour").Annotations(entgql.Skip()),
		field.Strings("error_oids").Comment("OID1..OID4: the SNMP OIDs whose values become error messages 1-4 ([[[OID1]]]..[[[OID4]]]).").Optional().
			Comment("OID1..OID4: the SNMP OIDs whose values become error messages 1-4"),
		field.JSON("auto_report_rules", []schematype.AutoReportRule{}).Optional().
			Comment("SNMP conditions that open an intervention by themselves").Annotations(entgql.Skip()),
		field.JSON("supply_rules", []schematype.SupplyRule{}).Optional().
			Comment("low-supply rules: a threshold and which supplies; open one intervention or only notify").Annotations(entgql.Skip()),
		field.Bool("active").Comment("Whether the panic button's printer code registers printers; when false, registerPrinter refuses the code as unknown (printers already registered keep reporting).").Default(true),
	}
}

func (PanicButton) Edges() []ent.Edge {
	return []ent.Edge{
		// Unbounded (every printer of the button): deprecated for the printers connection (CHANGELOG.md).
		edge.From("printers", Printer.Type).Comment("The printers registered to this panic button.").Ref("panic_button").
			Annotations(deprecated("Use `printers(where: {panicButtonID: …})`, a connection: this list is unbounded.")),
		edge.From("causes", Cause.Type).Comment("The panic button's causes, active or not (order by position for the kiosk order).").Ref("panic_button"),
		edge.From("email_templates", EmailTemplate.Type).Comment("The panic button's email settings, one per configured language. Admins only.").Ref("panic_button"),
	}
}

func (PanicButton) Indexes() []ent.Index { return []ent.Index{index.Fields("organization_id", "name")} }

func (PanicButton) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One configured Panic Button app of an organization (one per building or brand, say): its kiosk texts, colours and images, causes, email settings, printer code and error OIDs. Readable by the organization's users and by API keys with interventions or printers scopes; changed by admins."), entgql.RelayConnection(), entgql.QueryField().Description("The panic buttons of the caller's organization (all organizations for the super-admin).")}
}
