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

// EmailTemplate holds a panic button's email settings for one language: the seeds' fields [1]-[7] and the
// status-change templates. Missing languages fall back to the organization's default language.
type EmailTemplate struct{ ent.Schema }

func (EmailTemplate) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A panic button's email settings in one language: sender, technical addresses, the report emails (to the technical team and to the reporter) and the status-change emails (to admins, the customer and technicians). Subjects and bodies are templates with [[[VARIABLES]]] (see `emailVariables`). A language without settings falls back to the organization's default language. Admins only.")}
}

func (EmailTemplate) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (EmailTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.Int("panic_button_id").Comment("The global ID of the panic button the settings belong to."),
		field.String("language").Comment("The language of these settings: an ISO 639-1 code such as en, fr, it.").NotEmpty().MaxLen(8),
		field.String("from_email").Optional().MaxLen(254).Comment("[6] From Email: the sender address of the panic button's emails; empty for the platform's default sender."),
		field.String("from_name").Optional().MaxLen(200).Comment("[7] From Name: the sender name shown with fromEmail; empty for the platform's default."),
		field.Strings("technical_emails").Optional().Comment("[1] Technical Email: the addresses (one or more) the technical report email goes to."),
		field.String("tech_subject").Optional().MaxLen(500).Comment("[2] TECH - Subject: subject template of the report email to the technical addresses; empty for the built-in default."),
		field.Text("tech_html").Optional().SchemaType(longText).Comment("[3] TECH - Content (HTML): body template of the report email to the technical addresses; empty for the built-in default."),
		field.String("user_subject").Optional().MaxLen(500).Comment("[4] END USER - Subject: subject template of the report email to the reporter; empty for the built-in default."),
		field.Text("user_html").Optional().SchemaType(longText).Comment("[5] END USER - Content (HTML): body template of the report email to the reporter; empty for the built-in default."),
		field.String("status_admin_subject").Comment("Subject template of the status-change email to the organization's admins; empty for the built-in default.").Optional().MaxLen(500),
		field.Text("status_admin_html").Comment("Body template (HTML) of the status-change email to the organization's admins; empty for the built-in default.").Optional().SchemaType(longText),
		field.String("status_customer_subject").Comment("Subject template of the status-change email to the customer (the reporter and the printer's customer contact); empty for the built-in default.").Optional().MaxLen(500),
		field.Text("status_customer_html").Comment("Body template (HTML) of the status-change email to the customer; empty for the built-in default.").Optional().SchemaType(longText),
		field.String("status_technician_subject").Comment("Subject template of the status-change email to the intervention's technicians; empty for the built-in default.").Optional().MaxLen(500),
		field.Text("status_technician_html").Comment("Body template (HTML) of the status-change email to the intervention's technicians; empty for the built-in default.").Optional().SchemaType(longText),
		field.String("note_customer_subject").Optional().MaxLen(500).Comment("Subject template of the email to the reporter when a public note is added; empty for the built-in default."),
		field.Text("note_customer_html").Optional().SchemaType(longText).Comment("Body template (HTML) of the email to the reporter when a public note is added; empty for the built-in default."),
	}
}

func (EmailTemplate) Edges() []ent.Edge {
	return []ent.Edge{edge.To("panic_button", PanicButton.Type).Comment("The panic button the settings belong to.").Field("panic_button_id").Unique().Required()}
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
		field.Int("intervention_id").Comment("The global ID of the intervention the email is about; null for emails about no intervention (invitations, password resets, tests) or when the intervention was deleted.").Optional().Nillable(),
		field.Enum("kind").Comment("What the email is (which template it was rendered from).").Values("REPORT_USER", "REPORT_TECH", "STATUS_ADMIN", "STATUS_CUSTOMER", "STATUS_TECHNICIAN", "INVITE", "PASSWORD_RESET", "TEST", "WEBHOOK_DISABLED", "NOTE_CUSTOMER", "PRINTER_SILENT", "PRINTER_BACK", "SUPPLY_LOW").Annotations(gqldoc.Values("REPORT_USER", "The report confirmation to the reporter.", "REPORT_TECH", "The report to the panic button's technical addresses.", "STATUS_ADMIN", "A status change, to an admin.", "STATUS_CUSTOMER", "A status change, to the customer (the reporter or the printer's customer contact).", "STATUS_TECHNICIAN", "A status change, to an assigned technician.", "INVITE", "An invitation to a new user, with the link to choose a password.", "PASSWORD_RESET", "A link to choose a new password.", "TEST", "A test email sent by an admin (sendTestEmail).", "WEBHOOK_DISABLED", "To the admins: a webhook endpoint was turned off after failing.", "NOTE_CUSTOMER", "A public note, to the reporter.", "PRINTER_SILENT", "To the admins: a printer has not been seen for PRINTER_SILENT_AFTER.", "PRINTER_BACK", "To the admins: a silent printer was seen again.", "SUPPLY_LOW", "To the admins: a supply fell below a low-supply rule's threshold.")),
		field.String("from_email").Comment("The sender address.").MaxLen(254),
		field.String("from_name").Comment("The sender name; empty for none.").Optional().MaxLen(200),
		field.Strings("to").Comment("The recipient addresses."),
		field.String("subject").Comment("The rendered subject (single line).").MaxLen(500),
		field.Text("html").Comment("The rendered HTML body.").SchemaType(longText).Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Text("text").Comment("The rendered plain-text body, derived from the HTML.").SchemaType(longText).Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Enum("status").Comment("Where the email is in its delivery.").Values("QUEUED", "SENDING", "SENT", "FAILED", "DEAD").Annotations(gqldoc.Values("QUEUED", "Waiting to be sent at nextAttemptAt: the first try, or a retry after a temporary failure (see lastError).", "SENDING", "Being handed to the email provider by a server instance.", "SENT", "Accepted by the email provider.", "FAILED", "Refused for good by the email provider (e.g. an invalid address): not tried again unless `retryEmailMessage` queues it.", "DEAD", "Given up after the last allowed try: `retryEmailMessage` queues it again.")).Default("QUEUED"),
		field.Int("attempts").Comment("How many times sending was tried.").Default(0),
		field.Time("next_attempt_at").Comment("When the next try is due (for QUEUED emails).").SchemaType(mysqlTime).Annotations(entgql.OrderField("NEXT_ATTEMPT_AT")),
		field.Time("locked_until").SchemaType(mysqlTime).Optional().Nillable().Annotations(entgql.Skip()).
			Comment("lease of the instance sending it; an expired lease makes the message claimable again"),
		field.Text("last_error").Comment("Why the last try failed, as the provider said; empty if it did not fail or the email was sent.").Optional(),
		field.String("provider_message_id").Comment("The id the email provider gave the message, to trace it there; empty until sent.").Optional().MaxLen(200),
		field.Time("sent_at").Comment("When the provider accepted the email; null until then.").SchemaType(mysqlTime).Optional().Nillable(),
	}
}

func (EmailMessage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("intervention", Intervention.Type).Comment("The intervention the email is about; null when about none or deleted.").Field("intervention_id").Unique().
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
	return []schema.Annotation{schema.Comment("An email in the outbox: rendered and written in the same transaction as the change that caused it, then delivered (retried with backoff) until sent or dead. Readable by the organization's admins; API keys with interventions:write cause them but cannot read them."), entgql.RelayConnection(), entgql.QueryField().Description("The outbox of the caller's organization (all organizations for the super-admin): every email queued, sent, failed or dead. Admins only.")}
}
