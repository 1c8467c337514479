package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
)

// Organization is a customer account: the tenant every other row belongs to.
type Organization struct{ ent.Schema }

func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Comment("The organization's name (1 to 200 characters).").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("slug").Comment("A unique short name: lower-case letters, digits and dashes (at most 64 characters).").NotEmpty().MaxLen(64).Unique(),
		field.String("default_language").Comment("The language used when none is chosen (emails, kiosk, fallback of translations), e.g. en.").Default("en").MaxLen(8),
		field.String("timezone").Comment("The IANA time zone of dates in emails, e.g. Europe/Paris.").Default("UTC").MaxLen(64),
		field.Bool("active").Comment("false when the organization is disabled: its users cannot sign in, its API keys stop working and its printers cannot report.").Default(true),
		field.Bool("allow_printer_move").Comment("Whether a printer registered in another organization may be moved to this organization's panic buttons by entering its printer code.").Default(false).
			Comment("whether a printer registered elsewhere may be moved to this organization's panic buttons by printer code"),
		field.String("customer_contact_email").Comment("The default customer contact emailed on status changes when a printer has none; empty for none.").Optional().MaxLen(254).
			Comment("default customer contact emailed on status changes"),
	}
}

func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		// Rows never move between organizations: the edges are read-only in the GraphQL inputs.
		// panicButtons and users are unbounded plain lists that walk back into the organization every row
		// links to (User.organization → Organization.users → …, CHANGELOG.md): panicButtons is deprecated for
		// the panicButtons connection; users, which no client reads, is not a GraphQL field (Query.users is).
		edge.From("panic_buttons", PanicButton.Type).Comment("The organization's panic buttons.").Ref("organization").
			Annotations(readOnlyEdge, deprecated("Use the `panicButtons` connection of Query: this list is unbounded.")),
		edge.From("users", User.Type).Ref("organization").Annotations(readOnlyEdge, entgql.Skip(entgql.SkipType)),
		edge.From("statuses", InterventionStatus.Type).Comment("The organization's intervention statuses, unordered (use interventionStatuses for the workflow order).").Ref("organization").Annotations(readOnlyEdge),
		edge.From("notification_settings", NotificationSettings.Type).Comment("The organization's notification rules (one entry).").Ref("organization").Annotations(readOnlyEdge),
	}
}

func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A customer account: the tenant every other object belongs to. Its users and API keys see only their own organization; the super-admin creates and changes organizations."),
		entgql.QueryField().Description("The organizations the caller may see: their own (every organization for the super-admin)."), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

var readOnlyEdge = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// deprecated marks a GraphQL field @deprecated: the public schema is a contract for partners, so a field
// they may use is deprecated, naming its replacement, before it is removed (CHANGELOG.md).
func deprecated(reason string) entgql.Annotation {
	return entgql.Directives(entgql.Deprecated(reason))
}

// Policy: the super-admin manages organizations; members read their own.
func (Organization) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSuperAdmin(), rule.LimitRestrictedViewers(), rule.FilterOwnOrganization(),
		},
		Mutation: privacy.MutationPolicy{rule.AllowIfSuperAdmin(), privacy.AlwaysDenyRule()},
	}
}
