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
)

// Webhook is a partner endpoint that receives signed events of one organization (Standard Webhooks). Its
// secret signs every request; after a rotation the previous secret signs too until previous_secret_expires_at.
type Webhook struct{ ent.Schema }

func (Webhook) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Webhook) Fields() []ent.Field {
	return []ent.Field{
		field.String("url").NotEmpty().MaxLen(2000).
			Comment("Where events are POSTed: an absolute http(s) URL of a public address (at most 2000 characters). Changed with updateWebhook."),
		field.String("description").Optional().MaxLen(500).
			Comment("The admins' note on what the endpoint is for (at most 500 characters); empty when none was given."),
		field.String("secret").NotEmpty().Sensitive().Comment("whsec_ and the base64 of the signing key"),
		field.String("previous_secret").Optional().Sensitive().Comment("the secret before the last rotation"),
		field.Time("previous_secret_expires_at").SchemaType(mysqlTime).Optional().Nillable().
			Comment("until then the previous secret signs too"),
		field.Strings("events").Comment("The event types sent to the endpoint (see webhookEventTypes); other events are not queued for it."),
		field.Bool("active").Default(true).
			Comment("Whether events are queued and sent. False when an admin turned it off or the server disabled it (see disabledAt); test events are sent anyway."),
		field.Time("disabled_at").SchemaType(mysqlTime).Optional().Nillable().
			Comment("When the server turned the endpoint off by itself (it answered 410 Gone, or every attempt failed for WEBHOOK_DISABLE_AFTER, 5 days by default); null when it was not disabled so. Cleared when it is turned back on."),
		field.String("disabled_reason").Optional().MaxLen(500).
			Comment("Why the server disabled the endpoint, in English (at most 500 characters); empty unless disabledAt is set."),
		field.Time("failing_since").SchemaType(mysqlTime).Optional().Nillable().
			Comment("first failed attempt since the last success; cleared by a success"),
	}
}

func (Webhook) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("deliveries", WebhookDelivery.Type).Ref("webhook").
			Comment("The endpoint's delivery log: one delivery per event queued for it, deleted with the webhook.").
			Annotations(entgql.RelayConnection()),
	}
}

func (Webhook) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A partner endpoint that receives the organization's events, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). Its secret is never readable: it is shown once by createWebhook and rotateWebhookSecret. Read and changed by the organization's admins and by API keys with webhooks:manage."),
		entgql.RelayConnection(), entgql.QueryField().Description("The webhooks of the caller's organization (all organizations for the super-admin). Admins and API keys with webhooks:manage.")}
}

// WebhookDelivery is the webhook outbox: one event for one endpoint, written in the same transaction as the
// change it announces, then claimed and sent by the delivery workers until it succeeds or fails for good.
type WebhookDelivery struct{ ent.Schema }

func (WebhookDelivery) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("webhook_id").Comment("The webhook it is sent to."),
		field.String("event_id").NotEmpty().MaxLen(64).Comment("the webhook-id header: the same on every attempt"),
		field.String("event_type").NotEmpty().MaxLen(64).Comment("The event's type (one of webhookEventTypes, or webhook.test)."),
		field.Text("payload").SchemaType(longText).Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField)).
			Comment("The JSON body sent, byte for byte the same on every attempt and redelivery (the signature covers it)."),
		field.Enum("status").Comment("Where the delivery stands.").Values("PENDING", "SENDING", "SUCCEEDED", "FAILED").Default("PENDING").
			Annotations(gqldoc.Values("PENDING", "Waiting for its next attempt, at nextAttemptAt.", "SENDING", "Claimed by a delivery worker: an attempt is under way.", "SUCCEEDED", "The endpoint answered 2xx; deliveredAt says when.", "FAILED", "Given up: the retry schedule ran out, the endpoint answered 410 Gone or was disabled. redeliverWebhookDelivery sends it again.")),
		field.Int("attempts").Default(0).Comment("attempts in the current round (the retry schedule's position)"),
		field.Int("total_attempts").Default(0).Comment("attempts ever, redeliveries included"),
		field.Time("next_attempt_at").SchemaType(mysqlTime).Annotations(entgql.OrderField("NEXT_ATTEMPT_AT")).
			Comment("When it is (or was last) due to be sent: the retry schedule's next wait, pushed back by a Retry-After (at most 24 hours) on 429 and 5xx. Meaningful while PENDING."),
		field.Time("locked_until").SchemaType(mysqlTime).Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("last_status_code").Optional().Nillable().Comment("The HTTP status of the last attempt that got a response; null when none did (network error, timeout, refused address)."),
		field.Text("last_error").Optional().Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Why the last attempt failed (e.g. \"HTTP 500\", a network error, \"gave up after N attempts: …\"); empty once it succeeded."),
		field.Time("delivered_at").SchemaType(mysqlTime).Optional().Nillable().
			Comment("When the endpoint accepted it (2xx); null until it succeeds."),
	}
}

func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("webhook", Webhook.Type).Field("webhook_id").Unique().Required().
			Comment("The webhook it is sent to.").
			Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.From("attempt_log", WebhookAttempt.Type).Ref("delivery").
			Comment("Its HTTP attempts, redeliveries included: what was sent and what came back.").
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
	return []schema.Annotation{schema.Comment("One event for one webhook: queued in the same transaction as the change it announces, then sent and retried (Standard Webhooks schedule, up to about 3 days) until it succeeds or fails for good. Read by the organization's admins and API keys with webhooks:manage; only the server changes it."),
		entgql.RelayConnection()}
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
		field.Int("delivery_id").Comment("The delivery this attempt belongs to."),
		field.Int("attempt").Comment("the delivery's total_attempts at this attempt"),
		field.JSON("request_headers", map[string]string{}).Annotations(entgql.Skip()),
		field.Int("response_status").Optional().Nillable().Comment("The HTTP status the endpoint answered; null when no response came (see error)."),
		field.Text("response_body").Optional().Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("the response body's first bytes"),
		field.Text("error").Optional().Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Why no response could be used: a network error (DNS, connection, TLS, timeout, refused address) or \"the endpoint is disabled\"; empty when a response came, whatever its status."),
		field.Int("duration_ms").Comment("How long the request took, in milliseconds."),
		field.Time("next_attempt_at").SchemaType(mysqlTime).Optional().Nillable().
			Comment("When the next attempt was scheduled after this failed one; null when it succeeded or was the last."),
		field.Time("created_at").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")).Comment("When the attempt ended."),
	}
}

func (WebhookAttempt) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("delivery", WebhookDelivery.Type).Field("delivery_id").Unique().Required().
			Comment("The delivery this attempt belongs to.").
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (WebhookAttempt) Indexes() []ent.Index {
	return []ent.Index{index.Fields("delivery_id", "attempt")}
}

func (WebhookAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One HTTP attempt of a webhook delivery: the request's headers and what came back. Read by the organization's admins and API keys with webhooks:manage; written only by the server."),
		entgql.RelayConnection()}
}

// Policy: as WebhookDelivery's.
func (WebhookAttempt) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()}}
}
