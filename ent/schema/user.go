package schema

import (
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
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

func timeNow() time.Time { return time.Now() }

// User is a person who signs in: platform super-admin, organization admin or technician.
type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").Comment("The sign-in address, stored lower-cased; unique within an organization (an address may have accounts in several organizations, which never learn of each other).").NotEmpty().MaxLen(254).Annotations(entgql.OrderField("EMAIL")).
			Comment("stored lower-cased: MySQL columns are case-sensitive here; unique within an organization (an address may have an account in several organizations, which never learn of each other)"),
		field.String("name").Comment("The person's name (at most 200 characters; may be empty).").Default("").MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("phone").Comment("A phone number; empty if none.").Optional().MaxLen(40),
		field.String("password_hash").Optional().Sensitive().Annotations(entgql.Skip()),
		field.Enum("role").Comment("What the user may do.").Values("SUPER_ADMIN", "ADMIN", "TECHNICIAN").Annotations(gqldoc.Values("SUPER_ADMIN", "The platform operator: every organization.", "ADMIN", "Administers one organization.", "TECHNICIAN", "Works the interventions assigned to them; reads what they need, changes nothing else.")),
		field.Int("organization_id").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("active").Comment("false when the user is disabled: they cannot sign in and get no email.").Default(true),
		field.String("language").Comment("The user's language for the admin and emails: en, fr or it.").Default("en").MaxLen(8),
		field.Time("last_login_at").Comment("When the user last signed in; null if never.").SchemaType(mysqlTime).Optional().Nillable(),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Comment("The user's organization; null for the super-admin.").Field("organization_id").Unique().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		// Not a GraphQL field: an unbounded back edge of Intervention.technicians (a cycle) that no client
		// reads; interventions(where: {hasTechniciansWith: …}) pages the same rows (CHANGELOG.md).
		edge.From("assigned_interventions", Intervention.Type).Ref("technicians").Annotations(entgql.Skip(entgql.SkipType)),
		edge.From("sessions", Session.Type).Ref("user").
			Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)),
	}
}

func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "role"),
		// One account per address and organization; the super-admin's (no organization) is kept unique by
		// demo.Bootstrap, which creates it only in an empty database.
		index.Fields("email", "organization_id").Unique(),
	}
}

func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A person who signs in: the platform super-admin, an organization admin or a technician. Users are seen within their organization (by API keys with intervention scopes too, as technicians) and managed by its admins."), entgql.RelayConnection(), entgql.QueryField().Description("The users of the caller's organization (all users for the super-admin).")}
}

// Session is a signed-in browser or bearer token; stored server-side so it can be revoked and is shared by
// every server instance.
type Session struct{ ent.Schema }

func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").NotEmpty().MaxLen(64).Unique().Immutable().Sensitive(),
		field.Int("user_id").Immutable(),
		field.Time("created_at").SchemaType(mysqlTime).Default(timeNow).Immutable(),
		field.Time("expires_at").SchemaType(mysqlTime),
		field.Time("revoked_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.String("ip").Optional().MaxLen(45),
		field.String("user_agent").Optional().MaxLen(300),
	}
}

func (Session) Edges() []ent.Edge {
	return []ent.Edge{edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable()}
}

func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy: users are read within their organization (technicians too; API keys that read interventions,
// whose technicians they are) and managed by its admins, who cannot make super-admins or move users out.
func (User) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSuperAdmin(), rule.LimitRestrictedViewers(), rule.FilterTenant(),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSuperAdmin(), rule.LimitRestrictedViewers(), rule.DenyUnlessAdmin(),
			rule.DenyRoleEscalation(), rule.CreateInOwnTenant(), rule.FilterTenant(),
		},
	}
}

// Policy: sessions are only touched by the auth service in a system context.
func (Session) Policy() ent.Policy { return systemOnly() }
