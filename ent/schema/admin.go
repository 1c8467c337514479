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
		field.Int("actor_id").Optional().Nillable(),
		field.Int("api_key_id").Optional().Nillable(),
		field.String("operation").MaxLen(100),
		field.String("object_type").Optional().MaxLen(64),
		field.String("object_id").Optional().MaxLen(64),
		field.JSON("changes", map[string]any{}).Optional().Annotations(entgql.Skip()),
		field.String("ip").Optional().MaxLen(45),
		field.Time("created_at").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (AuditLog) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", User.Type).Field("actor_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (AuditLog) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "created_at")}
}

func (AuditLog) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// APIKey is a partner's key: shown once, stored hashed, scoped, revocable.
type APIKey struct{ ent.Schema }

func (APIKey) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200),
		field.String("prefix").NotEmpty().MaxLen(16).Comment("first characters of the key, to recognise it"),
		field.String("key_hash").NotEmpty().MaxLen(64).Unique().Sensitive(),
		field.Strings("scopes"),
		field.Time("last_used_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.Time("revoked_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.Int("created_by_id").Optional().Nillable(),
	}
}

func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("created_by", User.Type).Field("created_by_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField("apiKeys")}
}

// Media is an uploaded image (logo, backgrounds), served with caching headers.
type Media struct{ ent.Schema }

func (Media) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Media) Fields() []ent.Field {
	return []ent.Field{
		field.String("filename").Optional().MaxLen(255),
		field.String("content_type").MaxLen(100),
		field.Int("size"),
		field.String("sha256").MaxLen(64),
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
