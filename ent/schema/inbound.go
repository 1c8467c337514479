package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
)

// InboundEmail is one email received through the inbound webhook (a reporter's reply): kept once per message so
// the provider's retries change nothing, and kept as a quarantine when it could not be matched to an intervention
// or came from an unexpected sender. Its organization is unknown when nothing in it matched: then only the
// super-admin sees it.
type InboundEmail struct{ ent.Schema }

func (InboundEmail) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (InboundEmail) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("dedupe_key").NotEmpty().MaxLen(64).Unique().Immutable().Annotations(entgql.Skip()).
			Comment("hash of the Message-ID with sender and recipients (else of sender, recipient, subject and text): a retry finds its row"),
		field.String("message_id").Optional().MaxLen(500),
		field.String("from_email").MaxLen(254),
		field.String("to").Optional().MaxLen(1000),
		field.String("subject").Optional().MaxLen(1000),
		field.Text("text").Optional().SchemaType(longText).Comment("the new text (quotes and signature stripped)"),
		field.Enum("status").Values("ATTACHED", "QUARANTINED", "DISCARDED"),
		field.String("reason").Optional().MaxLen(200).Comment("why it was quarantined"),
		field.Int("intervention_id").Optional().Nillable(),
		field.JSON("attachments", []map[string]string{}).Optional().Annotations(entgql.Skip()).
			Comment("stored images: sha256, contentType, filename"),
		field.String("spf").Optional().MaxLen(100),
		field.String("dkim").Optional().MaxLen(500),
	}
}

func (InboundEmail) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Field("organization_id").Unique().
			Annotations(entgql.Skip(entgql.SkipAll), entsql.OnDelete(entsql.Cascade)),
		edge.To("intervention", Intervention.Type).Field("intervention_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (InboundEmail) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "status", "created_at")}
}

func (InboundEmail) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Policy: admins read their organization's inbound emails, the super-admin every one (also those of no
// organization); only server code writes them (the webhook, and assignment through internal/reporter).
func (InboundEmail) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSuperAdmin(), rule.LimitRestrictedViewers(), rule.DenyUnlessAdminQuery(),
			rule.FilterTenant(),
		},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
