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

// EmailTemplate holds a panic button's email settings for one language: the seeds' fields [1]-[7] and the
// status-change templates. Missing languages fall back to the organization's default language.
type EmailTemplate struct{ ent.Schema }

func (EmailTemplate) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (EmailTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.Int("panic_button_id"),
		field.String("language").NotEmpty().MaxLen(8),
		field.String("from_email").Optional().MaxLen(254).Comment("[6] From Email"),
		field.String("from_name").Optional().MaxLen(200).Comment("[7] From Name"),
		field.Strings("technical_emails").Optional().Comment("[1] Technical Email (one or more)"),
		field.String("tech_subject").Optional().MaxLen(500).Comment("[2] TECH - Subject"),
		field.Text("tech_html").Optional().SchemaType(longText).Comment("[3] TECH - Content (HTML)"),
		field.String("user_subject").Optional().MaxLen(500).Comment("[4] END USER - Subject"),
		field.Text("user_html").Optional().SchemaType(longText).Comment("[5] END USER - Content (HTML)"),
		field.String("status_admin_subject").Optional().MaxLen(500),
		field.Text("status_admin_html").Optional().SchemaType(longText),
		field.String("status_customer_subject").Optional().MaxLen(500),
		field.Text("status_customer_html").Optional().SchemaType(longText),
		field.String("status_technician_subject").Optional().MaxLen(500),
		field.Text("status_technician_html").Optional().SchemaType(longText),
		field.String("note_customer_subject").Optional().MaxLen(500).Comment("a public note, to the reporter"),
		field.Text("note_customer_html").Optional().SchemaType(longText),
	}
}

func (EmailTemplate) Edges() []ent.Edge {
	return []ent.Edge{edge.To("panic_button", PanicButton.Type).Field("panic_button_id").Unique().Required()}
}

// Policy: email settings are the admins'.
func (EmailTemplate) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{rule.DenyUnlessAdminQuery()}}
}

func (EmailTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("panic_button_id", "language").Unique()}
}

// EmailMessage is the outbox: a rendered message written in the same transaction as what caused it, then
// claimed and delivered by the outbox workers until sent or dead.
type EmailMessage struct{ ent.Schema }

func (EmailMessage) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (EmailMessage) Fields() []ent.Field {
	return []ent.Field{
		field.Int("intervention_id").Optional().Nillable(),
		field.Enum("kind").Values("REPORT_USER", "REPORT_TECH", "STATUS_ADMIN", "STATUS_CUSTOMER", "STATUS_TECHNICIAN", "INVITE", "PASSWORD_RESET", "TEST", "WEBHOOK_DISABLED", "NOTE_CUSTOMER", "PRINTER_SILENT", "PRINTER_BACK", "SUPPLY_LOW"),
		field.String("from_email").MaxLen(254),
		field.String("from_name").Optional().MaxLen(200),
		field.Strings("to"),
		field.String("subject").MaxLen(500),
		field.Text("html").SchemaType(longText).Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Text("text").SchemaType(longText).Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("status").Values("QUEUED", "SENDING", "SENT", "FAILED", "DEAD").Default("QUEUED"),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").SchemaType(mysqlTime).Annotations(entgql.OrderField("NEXT_ATTEMPT_AT")),
		field.Time("locked_until").SchemaType(mysqlTime).Optional().Nillable().Annotations(entgql.Skip()).
			Comment("lease of the instance sending it; an expired lease makes the message claimable again"),
		field.Text("last_error").Optional(),
		field.String("provider_message_id").Optional().MaxLen(200),
		field.Time("sent_at").SchemaType(mysqlTime).Optional().Nillable(),
	}
}

func (EmailMessage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("intervention", Intervention.Type).Field("intervention_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (EmailMessage) Indexes() []ent.Index {
	return []ent.Index{
		// The claim query (status, next_attempt_at ORDER BY next_attempt_at ... FOR UPDATE SKIP LOCKED) must be
		// served by this index, or MariaDB locks every pending row.
		index.Fields("status", "next_attempt_at"),
		index.Fields("intervention_id"),
		index.Fields("organization_id", "status", "created_at"),
	}
}

func (EmailMessage) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
