package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/panicbutton/panicbutton/ent/schema/gqldoc"
)

// supplyLevelStates are RFC 3805's prtMarkerSuppliesLevel / MaxCapacity values in words: KNOWN (a number),
// NO_RESTRICTION (-1, "other": the printer places no restriction, e.g. a continuous supply), UNKNOWN (-2) and
// SOME_REMAINING (-3: at least one unit remains). Only KNOWN levels with a known capacity have a percent.
var supplyLevelStates = []string{"KNOWN", "NO_RESTRICTION", "UNKNOWN", "SOME_REMAINING"}

// Supply is a printer's marker supply (toner, drum, waste container, ink …) as last read (docs/usage.md).
type Supply struct{ ent.Schema }

func (Supply) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (Supply) Fields() []ent.Field {
	return []ent.Field{
		field.Int("printer_id").Comment("The printer it belongs to."),
		field.String("key").MaxLen(64).Immutable().Annotations(entgql.Skip()).
			Comment("identifies the supply on its printer: its description, lowercased (hashed when long), else its SNMP index"),
		field.String("description").MaxLen(200).Comment("The printer's own name for the supply (prtMarkerSuppliesDescription, e.g. \"Black Toner Cartridge\"); at most 200 characters."),
		field.String("type").Optional().MaxLen(40).Comment("PrtMarkerSuppliesTypeTC name: toner, wasteToner, opc, ink …"),
		field.String("color").Optional().MaxLen(40).Comment("The colorant's name as the printer reports it (black, cyan …); empty when not reported."),
		field.String("unit").Optional().MaxLen(40).Comment("PrtMarkerSuppliesSupplyUnitTC name: percent, impressions, tenthsOfGrams …"),
		field.Int64("level").Comment("raw level; negative values are RFC 3805's special values (level_state)"),
		field.Int64("max_capacity").Comment("raw maximum capacity; -1 no restriction, -2 unknown"),
		field.Enum("level_state").Comment("What level means: a number (KNOWN) or one of RFC 3805's special values.").Values(supplyLevelStates...).
			Annotations(gqldoc.Values("KNOWN", "The level is a number in the supply's unit.", "NO_RESTRICTION", "The printer places no restriction on the level (RFC 3805 -1, e.g. a continuous feed): no number.", "UNKNOWN", "The printer does not know the level (RFC 3805 -2).", "SOME_REMAINING", "At least one unit remains, amount unknown (RFC 3805 -3).")),
		field.Int("percent").Optional().Nillable().Annotations(entgql.OrderField("PERCENT")).
			Comment("level / max capacity, 0..100, when both are known numbers"),
		field.Float("days_left").Optional().Nillable().Annotations(entgql.OrderField("DAYS_LEFT")).
			Comment("forecast: percent divided by the least-squares consumption rate of the readings since the last replacement"),
		field.Time("replaced_at").SchemaType(mysqlTime).Optional().Nillable().Comment("when its level last jumped up"),
		field.String("notified_key").Optional().MaxLen(64).Annotations(entgql.Skip()).
			Comment("the low-supply alert key the admins were last told of (NOTIFY rules): set by a conditional update, so one instance tells them once"),
		field.Int("replacements").Default(0).Comment("how many replacements were seen: names the current cartridge in low-supply alert keys"),
		field.Time("read_at").SchemaType(mysqlTime).Default(time.Now).Comment("When the printer app or the SNMP poller last reported the supply."),
	}
}

func (Supply) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("printer", Printer.Type).Field("printer_id").Unique().Required().
			Comment("The printer it belongs to.").
			Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.From("readings", SupplyReading.Type).Ref("supply").
			Comment("Its level history (stored on change, else daily), deleted with the supply.").
			Annotations(entgql.RelayConnection()),
	}
}

func (Supply) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A printer's marker supply (toner, drum, waste container, ink …) as last reported by its printer app or the SNMP poller (RFC 3805 prtMarkerSuppliesTable). A supply the printer stops listing is removed with its history. Readable by the organization's users and by API keys with printers:read; only the server writes it.")}
}

func (Supply) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("printer_id", "key").Unique(),
		index.Fields("organization_id", "percent"),
		index.Fields("organization_id", "days_left"),
	}
}

// SupplyReading is one point of a supply's level history: stored when the level changes, a day after the
// last one otherwise, and flagged when the level jumped up (a replacement).
type SupplyReading struct{ ent.Schema }

func (SupplyReading) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (SupplyReading) Fields() []ent.Field {
	return []ent.Field{
		field.Int("supply_id").Comment("The supply it is a reading of."),
		field.Int64("level").Comment("Raw level in the supply's unit; negative values are RFC 3805's special values (see levelState)."),
		field.Int64("max_capacity").Comment("Raw maximum capacity in the supply's unit; -1 no restriction, -2 unknown."),
		field.Enum("level_state").Comment("What level meant at this reading: a number (KNOWN) or one of RFC 3805's special values.").Values(supplyLevelStates...).
			Annotations(gqldoc.Values("KNOWN", "The level is a number in the supply's unit.", "NO_RESTRICTION", "The printer places no restriction on the level (RFC 3805 -1, e.g. a continuous feed): no number.", "UNKNOWN", "The printer does not know the level (RFC 3805 -2).", "SOME_REMAINING", "At least one unit remains, amount unknown (RFC 3805 -3).")),
		field.Int("percent").Optional().Nillable().Comment("level / max capacity, 0..100; null unless both were known numbers."),
		field.Bool("replacement").Default(false).Comment("True when the percent rose by 10 points or more since the previous report: the supply was replaced (or refilled)."),
		field.Time("read_at").SchemaType(mysqlTime).Default(time.Now).Immutable().
			Annotations(entgql.OrderField("READ_AT")).Comment("When the level was reported."),
	}
}

func (SupplyReading) Edges() []ent.Edge {
	return []ent.Edge{edge.To("supply", Supply.Type).Field("supply_id").Unique().Required().
		Comment("The supply it is a reading of.").
		Annotations(entsql.OnDelete(entsql.Cascade))}
}

func (SupplyReading) Indexes() []ent.Index { return []ent.Index{index.Fields("supply_id", "read_at")} }

func (SupplyReading) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One point of a supply's level history: stored when the level changes, else once a day, and flagged when the level jumped up (a replacement). Readable like its supply; only the server writes it."),
		entgql.RelayConnection()}
}
