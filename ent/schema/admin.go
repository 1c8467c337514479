package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
)

// AuditLog records every admin mutation: who, what, which object, when, from where.
type AuditLog struct{ ent.Schema }

func (AuditLog) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("actor_id").Comment("The global ID of the user who made the change; null when an API key made it (see apiKeyID) or the user was deleted.").Optional().Nillable(),
		field.Int("api_key_id").Comment("The numeric database id of the API key that made the change; null when a signed-in user made it.").Optional().Nillable(),
		field.String("operation").Comment("The GraphQL mutation that made the change, e.g. `updatePrinter` (at most 100 characters).").MaxLen(100),
		field.String("object_type").Comment("The type of the changed object, e.g. `Printer`; empty when the mutation has no single object.").Optional().MaxLen(64),
		field.String("object_id").Comment("The changed object's id as the mutation received it; empty when the mutation has no single object.").Optional().MaxLen(64),
		field.JSON("changes", map[string]any{}).Optional().Annotations(entgql.Skip()),
		field.String("ip").Comment("The IPv4 or IPv6 address the request came from; empty when unknown.").Optional().MaxLen(45),
		field.Time("created_at").Comment("When the change was made (server time).").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (AuditLog) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", User.Type).Comment("The user who made the change; null for API keys and deleted users.").Field("actor_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (AuditLog) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "created_at")}
}

func (AuditLog) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One change made through the API: which mutation, by whom (a user or an API key), on which object, when and from which address. Written by the server for every admin mutation, never changed. Readable by the organization's admins and the super-admin only."), entgql.RelayConnection(), entgql.QueryField().Description("The audit log of the caller's organization (all organizations for the super-admin). Admins only.")}
}

// APIKey is a partner's key: shown once, stored hashed, scoped, revocable.
type APIKey struct{ ent.Schema }

func (APIKey) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Comment("A name to recognise the key by, e.g. the partner system using it (1 to 200 characters).").NotEmpty().MaxLen(200),
		field.String("prefix").NotEmpty().MaxLen(16).Comment("The first characters of the key, to recognise it (the rest is never shown again)."),
		field.String("key_hash").NotEmpty().MaxLen(64).Unique().Sensitive(),
		field.Strings("scopes").Comment("What the key may do: any of interventions:read, interventions:write, printers:read, webhooks:manage (see `apiKeyScopes`)."),
		field.Time("last_used_at").Comment("When a request last authenticated with the key (to the minute: it is updated at most once a minute); null if it was never used.").SchemaType(mysqlTime).Optional().Nillable(),
		field.Time("revoked_at").Comment("When the key was revoked (it has stopped working since); null while it works.").SchemaType(mysqlTime).Optional().Nillable(),
		field.Int("created_by_id").Comment("The global ID of the admin who created the key; null if that user was deleted.").Optional().Nillable(),
	}
}

func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("created_by", User.Type).Comment("The admin who created the key; null if that user was deleted.").Field("created_by_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A partner's API key: it acts for one organization with the scopes it was given. The key itself is shown once, by createApiKey, and stored only as a hash. Visible to the organization's admins and the super-admin; keys never see other keys."), entgql.RelayConnection(), entgql.QueryField("apiKeys").Description("The API keys of the caller's organization, revoked ones included (all organizations for the super-admin). Admins only.")}
}

// Media is an uploaded image (logo, backgrounds), served with caching headers.
type Media struct{ ent.Schema }

func (Media) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("An image uploaded for a kiosk (logo, background): PNG, JPEG, GIF or WebP, at most 2 MB, stored once per organization and content. Served with caching headers at its URL (see `PanicButton.kioskImages`). Readable by the organization's admins and technicians.")}
}

func (Media) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Media) Fields() []ent.Field {
	return []ent.Field{
		field.String("filename").Comment("The file name the image was uploaded with; empty if none was given.").Optional().MaxLen(255),
		field.String("content_type").Comment("The image's MIME type: image/png, image/jpeg, image/gif or image/webp.").MaxLen(100),
		field.Int("size").Comment("The image's size in bytes."),
		field.String("sha256").Comment("The SHA-256 of the image's bytes, in lower-case hex: the same image is stored once per organization.").MaxLen(64),
		field.Bytes("data").SchemaType(map[string]string{dialect.MySQL: "mediumblob"}).Annotations(entgql.Skip()),
	}
}

func (Media) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "sha256").Unique()}
}

// Policy: admins read their organization's audit log; only server code writes it.
func (AuditLog) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSuperAdmin(), rule.LimitRestrictedViewers(), rule.DenyUnlessAdminQuery(),
			rule.FilterTenant(),
		},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
