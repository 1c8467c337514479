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
		field.String("name").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("printer_code").NotEmpty().MaxLen(32).Unique().Sensitive().
			Comment("random code a user types to register an unknown printer; rotatable"),
		field.Time("printer_code_rotated_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.Strings("languages").Default([]string{"en", "fr", "it"}),
		field.String("default_language").Default("en").MaxLen(8),
		field.JSON("texts", map[string]map[string]string{}).Optional().
			Comment("kiosk texts: language -> key -> template").Annotations(entgql.Skip()),
		field.JSON("images", map[string]string{}).Optional().
			Comment("kiosk images: key -> media id").Annotations(entgql.Skip()),
		field.JSON("colors", map[string]string{}).Optional().
			Comment("kiosk colours: key -> CSS colour").Annotations(entgql.Skip()),
		field.Strings("error_oids").Optional().
			Comment("OID1..OID4: the SNMP OIDs whose values become error messages 1-4"),
		field.JSON("auto_report_rules", []schematype.AutoReportRule{}).Optional().
			Comment("SNMP conditions that open an intervention by themselves").Annotations(entgql.Skip()),
		field.JSON("supply_rules", []schematype.SupplyRule{}).Optional().
			Comment("low-supply rules: a threshold and which supplies; open one intervention or only notify").Annotations(entgql.Skip()),
		field.Bool("active").Default(true),
	}
}

func (PanicButton) Edges() []ent.Edge {
	return []ent.Edge{
		// Unbounded (every printer of the button): deprecated for the printers connection (CHANGELOG.md).
		edge.From("printers", Printer.Type).Ref("panic_button").
			Annotations(deprecated("Use `printers(where: {panicButtonID: …})`, a connection: this list is unbounded.")),
		edge.From("causes", Cause.Type).Ref("panic_button"),
		edge.From("email_templates", EmailTemplate.Type).Ref("panic_button"),
	}
}

func (PanicButton) Indexes() []ent.Index { return []ent.Index{index.Fields("organization_id", "name")} }

func (PanicButton) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
