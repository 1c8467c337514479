// Package schema holds the ent schemas of Panic Button: the data model, its indexes, privacy policies and hooks.
// Everything else under ent/ is generated from here by `go generate ./...`.
package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
)

// mysqlTime keeps timestamps past 2038 and with microseconds on MySQL/MariaDB (ent's default is TIMESTAMP).
var mysqlTime = map[string]string{dialect.MySQL: "datetime(6)"}

// longText is for bodies that can exceed 64 KiB on MySQL.
var longText = map[string]string{dialect.MySQL: "longtext"}

// TimeMixin adds created_at and updated_at.
type TimeMixin struct{ mixin.Schema }

func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Comment("When it was created (server time; defaults to now). Never changes.").SchemaType(mysqlTime).Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at").Comment("When it last changed (server time). Set by the server on every change.").SchemaType(mysqlTime).Default(time.Now).UpdateDefault(time.Now).
			Annotations(entgql.OrderField("UPDATED_AT"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// TenantMixin gives a schema its organization: every row below Organization carries it, and queries are
// filtered by it in the privacy layer.
type TenantMixin struct{ mixin.Schema }

func (TenantMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (TenantMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Comment("The organization it belongs to. Set when it is created and never changes; callers only ever see rows of their own organization (the super-admin sees all).").Field("organization_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

// Policy keeps every tenant-owned row inside its organization: reads and writes are filtered by the viewer's
// organization, technicians and API keys reach only the tables rule.LimitRestrictedViewers lists for them,
// writes need an admin, and creation elsewhere is denied.
func (TenantMixin) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSuperAdmin(), rule.LimitRestrictedViewers(), rule.FilterTenant(),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSuperAdmin(), rule.LimitRestrictedViewers(), rule.DenyUnlessAdmin(),
			rule.CreateInOwnTenant(), rule.FilterTenant(),
		},
	}
}

// systemOnly is the policy of tables only trusted server code touches (sessions, counters).
func systemOnly() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
