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
)

// Webhook is a partner endpoint that receives signed events of one organization (Standard Webhooks). Its
// secret signs every request; after a rotation the previous secret signs too until previous_secret_expires_at.
type Webhook struct{ ent.Schema }

func (Webhook) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Webhook) Fields() []ent.Field {
	return []ent.Field{
		field.String("url").NotEmpty().MaxLen(2000),
		field.String("description").Optional().MaxLen(500),
		field.String("secret").NotEmpty().Sensitive().Comment("whsec_ and the base64 of the signing key"),
		field.String("previous_secret").Optional().Sensitive().Comment("the secret before the last rotation"),
		field.Time("previous_secret_expires_at").SchemaType(mysqlTime).Optional().Nillable().
			Comment("until then the previous secret signs too"),
		field.Strings("events"),
		field.Bool("active").Default(true),
		field.Time("disabled_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.String("disabled_reason").Optional().MaxLen(500),
		field.Time("failing_since").SchemaType(mysqlTime).Optional().Nillable().
			Comment("first failed attempt since the last success; cleared by a success"),
	}
}

func (Webhook) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("deliveries", WebhookDelivery.Type).Ref("webhook").
			Annotations(entgql.RelayConnection()),
	}
}

func (Webhook) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// WebhookDelivery is the webhook outbox: one event for one endpoint, written in the same transaction as the
// change it announces, then claimed and sent by the delivery workers until it succeeds or fails for good.
type WebhookDelivery struct{ ent.Schema }

func (WebhookDelivery) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("webhook_id"),
		field.String("event_id").NotEmpty().MaxLen(64).Comment("the webhook-id header: the same on every attempt"),
		field.String("event_type").NotEmpty().MaxLen(64),
		field.Text("payload").SchemaType(longText).Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)),
		field.Enum("status").Values("PENDING", "SENDING", "SUCCEEDED", "FAILED").Default("PENDING"),
		field.Int("attempts").Default(0).Comment("attempts in the current round (the retry schedule's position)"),
		field.Int("total_attempts").Default(0).Comment("attempts ever, redeliveries included"),
		field.Time("next_attempt_at").SchemaType(mysqlTime).Annotations(entgql.OrderField("NEXT_ATTEMPT_AT")),
		field.Time("locked_until").SchemaType(mysqlTime).Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("last_status_code").Optional().Nillable(),
		field.Text("last_error").Optional().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("delivered_at").SchemaType(mysqlTime).Optional().Nillable(),
	}
}

func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("webhook", Webhook.Type).Field("webhook_id").Unique().Required().
			Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.From("attempt_log", WebhookAttempt.Type).Ref("delivery").
			Annotations(entgql.RelayConnection()),
	}
}

func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		// The claim query's index, as the email outbox's (status, next_attempt_at).
		index.Fields("status", "next_attempt_at"),
		index.Fields("webhook_id", "event_id").Unique(),
		index.Fields("webhook_id", "created_at"),
	}
}

func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: read like every tenant row (admins, keys with webhooks:manage); only server code writes it.
func (WebhookDelivery) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()}}
}

// WebhookAttempt is one HTTP attempt of a delivery: what was sent and what came back.
type WebhookAttempt struct{ ent.Schema }

func (WebhookAttempt) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (WebhookAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.Int("delivery_id"),
		field.Int("attempt").Comment("the delivery's total_attempts at this attempt"),
		field.JSON("request_headers", map[string]string{}).Annotations(entgql.Skip()),
		field.Int("response_status").Optional().Nillable(),
		field.Text("response_body").Optional().Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("the response body's first bytes"),
		field.Text("error").Optional().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int("duration_ms"),
		field.Time("next_attempt_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.Time("created_at").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (WebhookAttempt) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("delivery", WebhookDelivery.Type).Field("delivery_id").Unique().Required().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (WebhookAttempt) Indexes() []ent.Index {
	return []ent.Index{index.Fields("delivery_id", "attempt")}
}

func (WebhookAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: as WebhookDelivery's.
func (WebhookAttempt) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()}}
}
