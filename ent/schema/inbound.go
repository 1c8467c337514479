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
	"github.com/panicbutton/panicbutton/ent/schema/gqldoc"
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
		field.String("message_id").Optional().MaxLen(500).Comment("The email's Message-ID header (at most 500 characters); empty when it had none."),
		field.String("from_email").MaxLen(254).Comment("The sender as the email gave it (From); not proven unless spf or dkim passed."),
		field.String("to").Optional().MaxLen(1000).Comment("The recipients (To), where the reply address token is looked for; at most 1000 characters."),
		field.String("subject").Optional().MaxLen(1000).Comment("The subject (at most 1000 characters); its PB-YYYY-NNNNNN reference matches an intervention when the sender is authenticated."),
		field.Text("text").Optional().SchemaType(longText).Comment("the new text (quotes and signature stripped)"),
		field.Enum("status").Comment("What became of the email.").Values("ATTACHED", "QUARANTINED", "DISCARDED").
			Annotations(gqldoc.Values("ATTACHED", "Added to an intervention as the reporter's public note (on receipt, or by assignInboundEmail).", "QUARANTINED", "Kept aside (see reason): unmatched, from an unexpected or unauthenticated sender, or empty. An admin assigns or discards it.", "DISCARDED", "Dismissed by an admin (discardInboundEmail); kept for the record.")),
		field.String("reason").Optional().MaxLen(200).Comment("why it was quarantined"),
		field.Int("intervention_id").Optional().Nillable().Comment("The intervention it was attached to; null while quarantined or discarded."),
		field.JSON("attachments", []map[string]string{}).Optional().Annotations(entgql.Skip()).
			Comment("stored images: sha256, contentType, filename"),
		field.String("spf").Optional().MaxLen(100).Comment("The inbound provider's SPF verdict (e.g. pass, fail, softfail); empty when not given. A pass (or a dkim pass) authenticates the sender."),
		field.String("dkim").Optional().MaxLen(500).Comment("The inbound provider's DKIM results (e.g. {@example.com : pass}); empty when not given."),
	}
}

func (InboundEmail) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Field("organization_id").Unique().
			Annotations(entgql.Skip(entgql.SkipAll), entsql.OnDelete(entsql.Cascade)),
		edge.To("intervention", Intervention.Type).Field("intervention_id").Unique().
			Comment("The intervention it was attached to; null while quarantined or discarded, or once that intervention was deleted.").
			Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (InboundEmail) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "status", "created_at")}
}

func (InboundEmail) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("An email received through the inbound webhook (a reporter's reply), kept once per message: attached to its intervention as the reporter's note, or quarantined when it could not be matched or came from an unexpected sender. Read by the organization's admins (those of no organization by the super-admin only); only the server and the assign/discard mutations change it."),
		entgql.RelayConnection(), entgql.QueryField().Description("Inbound emails of the caller's organization; the super-admin sees every one, those of no organization included. Admins only.")}
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
