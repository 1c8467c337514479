package schema

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

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
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// Intervention is the service ticket opened by a report. It keeps a snapshot of the printer and of the cause
// labels as reported, so later edits never rewrite history.
type Intervention struct{ ent.Schema }

func (Intervention) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Intervention) Fields() []ent.Field {
	return []ent.Field{
		field.String("reference").Comment("The human reference, unique across the platform, e.g. PB-2026-000123. Never changes.").NotEmpty().MaxLen(32).Unique().Immutable().
			Annotations(entgql.OrderField("REFERENCE")),
		field.Int("printer_id").Comment("The global ID of the printer reported; null if the printer was deleted (the snapshot remains).").Optional().Nillable(),
		field.Int("panic_button_id").Comment("The global ID of the panic button the report came through; null if it was deleted.").Optional().Nillable(),
		field.Int("status_id").Comment("The global ID of the current status."),
		field.String("reporter_email").Comment("The reporter's email address: they get the report and customer status emails.").MaxLen(254),
		field.String("reporter_phone").Comment("The reporter's phone number as given; empty if none.").Optional().MaxLen(40),
		field.Strings("cause_labels").Optional().Comment("The ticked causes' labels (and a partner's free-text cause), in the report's language, as reported."),
		field.Text("message").Comment("What the reporter said (at most 4,000 characters); empty if nothing.").Optional().SchemaType(longText),
		field.String("language").Comment("The report's language (en, fr, it, ...): the emails about the intervention use it.").Default("en").MaxLen(8),
		field.JSON("printer_snapshot", schematype.PrinterSnapshot{}).Optional().Annotations(entgql.Skip()),
		field.Enum("origin").Comment("Where the report came from.").Values("KIOSK", "APP", "AGENT", "SNMP_ALERT", "API").Annotations(gqldoc.Values("KIOSK", "Reported on the kiosk pages in the printer's browser.", "APP", "Reported through the Panic Button app on the printer (submitPanicReport).", "AGENT", "Reported by the SNMP agent that acts for printers without the app.", "SNMP_ALERT", "Opened by the server's SNMP poller when a printer raised a configured alert.", "API", "Opened by a partner's system with createIntervention.")).Default("APP"),
		field.String("dedupe_key").Optional().MaxLen(64).Annotations(entgql.Skip()).
			Comment("hash of session token and content, for duplicate-submit suppression"),
		field.String("alert_key").Optional().Nillable().MaxLen(100).Unique().Immutable().Annotations(entgql.Skip()).
			Comment("one ongoing automatic condition (an SNMP alert, a low supply): unique, so that pollers of several instances open one intervention"),
		field.Time("closed_at").Comment("When the intervention entered a CLOSED status; null while it is open.").SchemaType(mysqlTime).Optional().Nillable(),
		field.Int("related_to_id").Comment("The global ID of the printer's latest intervention that was still open when this one was reported; null if there was none.").Optional().Nillable(),
		field.String("external_ref").Comment("The partner's own ticket id, given to createIntervention (at most 200 characters); empty otherwise. Filterable.").Optional().MaxLen(200).
			Comment("the partner's own ticket id, given to createIntervention (filterable)"),
		field.String("tracking_nonce").Optional().MaxLen(64).Sensitive().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("signs the reporter's tracking and reply links with SESSION_SECRET; a new one revokes them"),
		field.String("search_text").Optional().MaxLen(1024).Annotations(entgql.Skip()).
			Comment("reference, reporter email and serial, normalized for the admin search (set by the hook)"),
	}
}

// Hooks: every intervention written keeps its search index (internal/search) in the same transaction as the
// write: search_text and one intervention_grams row per
// occurrence of a trigram in it (with its position and the intervention's created_at). Whatever creates interventions (a
// report, an SNMP alert, the demo, a test) is searchable at once.
func (Intervention) Hooks() []ent.Hook { return []ent.Hook{searchIndex} }

// searchFields are the fields the search text is made of.
var searchFields = []string{"reference", "reporter_email", "printer_snapshot"}

// searchTextOf is the search text of the search fields' values as value reads them.
func searchTextOf(value func(name string) (ent.Value, error)) (string, error) {
	var parts [3]string
	for i, name := range searchFields {
		v, err := value(name)
		if err != nil {
			return "", fmt.Errorf("intervention search index: %w", err)
		}
		switch v := v.(type) {
		case string:
			parts[i] = v
		case schematype.PrinterSnapshot:
			parts[i] = v.Serial
		}
	}
	return schematype.SearchText(parts[0], parts[1], parts[2]), nil
}

func searchIndex(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		touched := false
		for _, f := range searchFields {
			if _, ok := m.Field(f); ok {
				touched = true
			}
		}
		if !touched {
			return next.Mutate(ctx, m)
		}
		if !m.Op().Is(ent.OpCreate) && !m.Op().Is(ent.OpUpdateOne) {
			return nil, fmt.Errorf("intervention search index: change the reference, reporter email or snapshot of one intervention at a time")
		}
		value := func(name string) (ent.Value, error) {
			if v, ok := m.Field(name); ok {
				return v, nil
			}
			if m.Op().Is(ent.OpCreate) {
				return nil, nil
			}
			return m.OldField(ctx, name)
		}
		text, err := searchTextOf(value)
		if err != nil {
			return nil, err
		}
		var oldText string
		if m.Op().Is(ent.OpUpdateOne) {
			v, err := m.OldField(ctx, "search_text")
			if err != nil {
				return nil, fmt.Errorf("intervention search index: %w", err)
			}
			if oldText, _ = v.(string); oldText == "" {
				// Not indexed as this transaction reads it: the search's backfill may be indexing it now (its
				// batch holds the row, which the update below waits for) and commit postings of the text it
				// has: that of the old fields (any change to them would have set a search text). Those
				// postings are deleted below like any old text's (none when nobody indexed it), so that the
				// intervention is not indexed twice.
				if oldText, err = searchTextOf(func(name string) (ent.Value, error) { return m.OldField(ctx, name) }); err != nil {
					return nil, err
				}
			}
		}
		if err := m.SetField("search_text", text); err != nil {
			return nil, err
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		id, ok := m.(interface{ ID() (int, bool) }).ID()
		org, err := value("organization_id")
		ex, isExec := m.(interface {
			ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
		})
		if !ok || err != nil || !isExec {
			return nil, fmt.Errorf("intervention search index: no id, organization or driver (%v)", err)
		}
		if old := schematype.Trigrams(oldText); oldText != "" && len(old) > 0 { // (every position of each)
			args := []any{org, id}
			for _, g := range old {
				args = append(args, g)
			}
			if _, err := ex.ExecContext(ctx, "DELETE FROM `intervention_grams` WHERE `organization_id` = ? AND `intervention_id` = ? AND `trigram` IN (?"+
				strings.Repeat(", ?", len(old)-1)+")", args...); err != nil {
				return nil, fmt.Errorf("intervention search index: %w", err)
			}
		}
		grams := schematype.Postings(text)
		if len(grams) == 0 {
			return v, nil
		}
		created, err := value("created_at")
		if err != nil {
			return nil, fmt.Errorf("intervention search index: %w", err)
		}
		args := make([]any, 0, 6*len(grams))
		for _, g := range grams {
			args = append(args, g.Trigram, org, id, g.Position, created, g.Next)
		}
		if _, err := ex.ExecContext(ctx, "INSERT INTO `intervention_grams` (`trigram`, `organization_id`, `intervention_id`, `position`, `created_at`, `next`) VALUES (?, ?, ?, ?, ?, ?)"+
			strings.Repeat(", (?, ?, ?, ?, ?, ?)", len(grams)-1), args...); err != nil {
			return nil, fmt.Errorf("intervention search index: %w", err)
		}
		return v, nil
	})
}

func (Intervention) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("printer", Printer.Type).Comment("The printer reported; null if it was deleted (see printerSnapshot).").Field("printer_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("panic_button", PanicButton.Type).Comment("The panic button the report came through; null if it was deleted.").Field("panic_button_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("status", InterventionStatus.Type).Comment("The current status (changed by changeInterventionStatus).").Field("status_id").Unique().Required().
			Annotations(entgql.OrderField("STATUS_POSITION")),
		edge.To("causes", Cause.Type).Comment("The causes ticked, as they are now (see causeLabels for the labels as reported)."),
		edge.To("technicians", User.Type).Comment("The technicians assigned (set by assignIntervention)."),
		// related (the reports that point at this one) is unbounded: deprecated for a filtered connection.
		edge.To("related", Intervention.Type).Comment("The later interventions reported for the same printer while this one was still open (see relatedTo).").
			Annotations(deprecated("Use `interventions(where: {relatedToID: …})`, a connection: this list is unbounded.")).
			From("related_to").Comment("The printer's latest intervention that was still open when this one was reported; null if there was none.").Field("related_to_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.From("events", InterventionEvent.Type).Comment("The intervention's history, as a connection.").Ref("intervention").
			Annotations(entgql.RelayConnection(), entsql.OnDelete(entsql.Cascade)),
	}
}

func (Intervention) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "status_id", "created_at"),
		index.Fields("organization_id", "created_at"),
		index.Fields("printer_id", "created_at"),
		index.Fields("dedupe_key"),
		index.Fields("organization_id", "external_ref"),
		// The interventions not indexed for search yet (search_text NULL), per organization: what the search's
		// backfill claims and the admin's searchIndex counts, read from this index alone however many
		// interventions there are. On MariaDB the text's first character only (NULL or not is all it is for);
		// on SQLite, a partial index of those rows only (MariaDB has no partial indexes: it ignores the WHERE).
		index.Fields("search_text", "organization_id").
			Annotations(entsql.PrefixColumn("search_text", 1), entsql.IndexWhere("`search_text` IS NULL")),
	}
}

func (Intervention) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("A service ticket opened by a report (from a printer, the SNMP poller or a partner's system). It keeps a snapshot of the printer and of the cause labels as reported, so later edits never rewrite it. Readable by the organization's admins, by technicians when it is assigned to them, and by API keys with interventions:read or interventions:write; changed through the intervention mutations."), entgql.RelayConnection(), entgql.QueryField().Description("The interventions the caller may see: their organization's (all organizations for the super-admin); technicians see only those assigned to them.")}
}

// Policy: technicians see only the interventions assigned to them (on top of the tenant filter). Writes go
// through internal/notify, which checks the caller can see the intervention and writes in a system context.
func (Intervention) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{rule.FilterAssignedInterventions()}}
}

// InterventionEvent is one line of an intervention's history.
type InterventionEvent struct{ ent.Schema }

func (InterventionEvent) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (InterventionEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("intervention_id").Comment("The global ID of the intervention."),
		field.Enum("kind").Comment("What happened.").Values("CREATED", "STATUS_CHANGED", "ASSIGNED", "UNASSIGNED", "NOTE_ADDED", "EMAIL_SENT", "EMAIL_FAILED", "REPORTED_FIXED", "REPORTED_NOT_FIXED", "TRACKING_REVOKED").Annotations(gqldoc.Values("CREATED", "The intervention was opened (toStatus: the status it started in).", "STATUS_CHANGED", "Its status changed (fromStatus, toStatus).", "ASSIGNED", "A technician was assigned.", "UNASSIGNED", "A technician was unassigned.", "NOTE_ADDED", "A note was added (note).", "EMAIL_SENT", "An email about it was sent.", "EMAIL_FAILED", "An email about it could not be delivered (refused, or given up after the last try).", "REPORTED_FIXED", "The reporter answered that the problem is fixed.", "REPORTED_NOT_FIXED", "The reporter answered that the problem is not fixed (note: their comment).", "TRACKING_REVOKED", "An admin revoked the reporter's tracking and reply links.")),
		field.Int("actor_id").Comment("The global ID of the user who did it; null for the server, an API key, a reporter, or a deleted user.").Optional().Nillable(),
		field.String("from_status").Comment("STATUS_CHANGED: the name of the status left, as it was named then; empty for other kinds.").Optional().MaxLen(100),
		field.String("to_status").Comment("STATUS_CHANGED and CREATED: the name of the status entered, as it was named then; empty for other kinds.").Optional().MaxLen(100),
		field.Text("note").Comment("The note of a NOTE_ADDED event or given with a status change; empty otherwise.").Optional(),
		field.Bool("public").Default(false).
			Comment("Whether the note is public: shown on the reporter's tracking page and emailed to the reporter. Notes are internal by default."),
		field.String("author_email").Optional().MaxLen(254).
			Comment("The reporter's address when the reporter wrote the note (a reply by email, the tracking page); empty otherwise."),
		field.JSON("data", map[string]any{}).Optional().Annotations(entgql.Skip()),
		field.Time("created_at").Comment("When it happened (server time).").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (InterventionEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("intervention", Intervention.Type).Comment("The intervention.").Field("intervention_id").Unique().Required(),
		edge.To("actor", User.Type).Comment("The user who did it; null for the server, an API key, a reporter, or a deleted user.").Field("actor_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (InterventionEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("intervention_id", "created_at")}
}

func (InterventionEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One line of an intervention's history: its creation, a status change, an assignment, a note, an email. Written by the server, never changed. Readable by whoever may read the intervention."), entgql.RelayConnection()}
}

// Policy: technicians see the history of their interventions only.
func (InterventionEvent) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{rule.FilterAssignedInterventionEvents()}}
}

// InterventionStatus is one of an organization's ordered statuses.
type InterventionStatus struct{ ent.Schema }

func (InterventionStatus) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (InterventionStatus) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Comment("The status name in the organization's default language (1 to 100 characters, unique in the organization).").NotEmpty().MaxLen(100),
		field.JSON("names", map[string]string{}).Optional().Comment("language -> name").Annotations(entgql.Skip()),
		field.Int("position").Comment("The status's place in the workflow order, from 0 (see reorderInterventionStatuses).").Default(0).Annotations(entgql.OrderField("POSITION")),
		field.Enum("category").Comment("What the status means, whatever its name: open, in progress or closed.").Values("OPEN", "IN_PROGRESS", "CLOSED").Annotations(gqldoc.Values("OPEN", "Reported, not worked on yet.", "IN_PROGRESS", "Being worked on.", "CLOSED", "Done: entering it sets the intervention's closedAt.")),
		field.Bool("is_initial").Default(false).Comment("Whether new interventions start in this status (otherwise they start in the first status by position)."),
	}
}

func (InterventionStatus) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("notification_settings", NotificationSettings.Type).Ref("trigger_statuses").
			Annotations(entgql.Skip()),
	}
}

func (InterventionStatus) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("One of an organization's ordered intervention statuses (default: New, Open, In progress, Waiting for parts, Closed), with its category. Readable by the organization's users and by API keys with interventions:read or interventions:write; changed by admins."), entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate())}
}

func (InterventionStatus) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "name").Unique(), index.Fields("organization_id", "position")}
}

// NotificationSettings are an organization's status-notification rules (the Italian document).
type NotificationSettings struct{ ent.Schema }

func (NotificationSettings) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("An organization's notification rules: when an intervention enters one of the trigger statuses, who is emailed and who gets a push (bell). Readable by the organization's users; changed by admins with updateNotificationSettings.")}
}

func (NotificationSettings) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (NotificationSettings) Fields() []ent.Field {
	return []ent.Field{
		field.Bool("email_admins").Comment("Email the organization's active admins.").Default(true),
		field.Bool("email_customer").Comment("Email the customer: the reporter and the printer's customer contact, if set.").Default(true),
		field.Bool("email_technicians").Comment("Email the intervention's assigned technicians.").Default(true),
		field.Bool("push_admins").Comment("Push a bell notification to the organization's admins.").Default(true),
		field.Bool("push_technicians").Comment("Push a bell notification to the assigned technicians (an assignment always notifies the technician, whatever this says).").Default(true),
		field.Bool("reopen_on_not_fixed").Default(true).
			Comment("Whether a reporter's \"not fixed\" answer moves a closed intervention back to the initial status."),
	}
}

func (NotificationSettings) Edges() []ent.Edge {
	return []ent.Edge{edge.To("trigger_statuses", InterventionStatus.Type).Comment("The statuses whose entry notifies (from any other status, or by creation in it).")}
}

func (NotificationSettings) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id").Unique()}
}

// Notification is an in-app (bell) notification for one user.
type Notification struct{ ent.Schema }

func (Notification) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("recipient_id").Comment("The global ID of the user notified."),
		field.Int("intervention_id").Comment("The global ID of the intervention it is about; null if none.").Optional().Nillable(),
		field.Enum("kind").Comment("Why the user is notified.").Values("STATUS_CHANGED", "ASSIGNED", "CREATED", "WEBHOOK_DISABLED", "REPORTER_NOTE", "NOT_FIXED", "PRINTER_SILENT", "PRINTER_BACK", "SUPPLY_LOW").Annotations(gqldoc.Values("STATUS_CHANGED", "An intervention entered a trigger status.", "ASSIGNED", "An intervention was assigned to the recipient.", "CREATED", "An intervention was opened in a trigger status.", "WEBHOOK_DISABLED", "A webhook endpoint of the organization was turned off after failing.", "REPORTER_NOTE", "The reporter added a note (a reply by email).", "NOT_FIXED", "The reporter answered that a closed intervention is not fixed.", "PRINTER_SILENT", "A printer has not been seen for PRINTER_SILENT_AFTER.", "PRINTER_BACK", "A silent printer was seen again.", "SUPPLY_LOW", "A supply fell below a low-supply rule's threshold.")),
		field.String("text").Comment("The notification text, in the recipient's language (at most 500 characters).").MaxLen(500),
		field.Time("read_at").Comment("When the recipient marked it read; null while unread.").SchemaType(mysqlTime).Optional().Nillable(),
		field.Time("created_at").Comment("When it was created (server time).").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("recipient", User.Type).Comment("The user notified.").Field("recipient_id").Unique().Required().
			Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("intervention", Intervention.Type).Comment("The intervention it is about; null if none.").Field("intervention_id").Unique().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (Notification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("recipient_id", "read_at", "created_at")}
}

func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{schema.Comment("An in-app (bell) notification for one user. Every user sees only their own."), entgql.RelayConnection()}
}

// Policy: everyone's bell is their own.
func (Notification) Policy() ent.Policy {
	return privacy.Policy{Query: privacy.QueryPolicy{rule.FilterOwnNotifications()}}
}

// ReferenceCounter allocates human references (PB-YYYY-NNNNNN), one row per year.
type ReferenceCounter struct{ ent.Schema }

func (ReferenceCounter) Fields() []ent.Field {
	return []ent.Field{
		field.Int("year").Unique().Immutable(),
		field.Int("value").Default(0),
	}
}

func (ReferenceCounter) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy: the reference counter is only touched by the device service in a system context.
func (ReferenceCounter) Policy() ent.Policy { return systemOnly() }
