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
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

// Intervention is the service ticket opened by a report. It keeps a snapshot of the printer and of the cause
// labels as reported, so later edits never rewrite history.
type Intervention struct{ ent.Schema }

func (Intervention) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Intervention) Fields() []ent.Field {
	return []ent.Field{
		field.String("reference").NotEmpty().MaxLen(32).Unique().Immutable().
			Annotations(entgql.OrderField("REFERENCE")),
		field.Int("printer_id").Optional().Nillable(),
		field.Int("panic_button_id").Optional().Nillable(),
		field.Int("status_id"),
		field.String("reporter_email").MaxLen(254),
		field.String("reporter_phone").Optional().MaxLen(40),
		field.Strings("cause_labels").Optional().Comment("the ticked causes' labels, in the report's language, as reported"),
		field.Text("message").Optional().SchemaType(longText),
		field.String("language").Default("en").MaxLen(8),
		field.JSON("printer_snapshot", schematype.PrinterSnapshot{}).Optional().Annotations(entgql.Skip()),
		field.Enum("origin").Values("KIOSK", "APP", "AGENT", "SNMP_ALERT", "API").Default("APP"),
		field.String("dedupe_key").Optional().MaxLen(64).Annotations(entgql.Skip()).
			Comment("hash of session token and content, for duplicate-submit suppression"),
		field.String("alert_key").Optional().Nillable().MaxLen(100).Unique().Immutable().Annotations(entgql.Skip()).
			Comment("one ongoing automatic condition (an SNMP alert, a low supply): unique, so that pollers of several instances open one intervention"),
		field.Time("closed_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.Int("related_to_id").Optional().Nillable(),
		field.String("external_ref").Optional().MaxLen(200).
			Comment("the partner's own ticket id, given to createIntervention (filterable)"),
		field.String("tracking_nonce").Optional().MaxLen(64).Sensitive().Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("signs the reporter's tracking and reply links with SESSION_SECRET; a new one revokes them"),
		field.String("search_text").Optional().MaxLen(1024).Annotations(entgql.Skip()).
			Comment("reference, reporter email and serial, normalized for the admin search (set by the hook)"),
	}
}

// Hooks: every intervention written keeps its search index (internal/search) in the same transaction as the
// write: search_text, and one intervention_trigrams row per trigram of it. Whatever creates interventions (a
// report, an SNMP alert, the demo, a test) is searchable at once.
func (Intervention) Hooks() []ent.Hook { return []ent.Hook{searchIndex} }

// searchFields are the fields the search text is made of.
var searchFields = []string{"reference", "reporter_email", "printer_snapshot"}

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
		var parts [3]string
		for i, name := range searchFields {
			v, err := value(name)
			if err != nil {
				return nil, fmt.Errorf("intervention search index: %w", err)
			}
			switch v := v.(type) {
			case string:
				parts[i] = v
			case schematype.PrinterSnapshot:
				parts[i] = v.Serial
			}
		}
		var oldText string
		if m.Op().Is(ent.OpUpdateOne) {
			v, err := m.OldField(ctx, "search_text")
			if err != nil {
				return nil, fmt.Errorf("intervention search index: %w", err)
			}
			oldText, _ = v.(string)
		}
		text := schematype.SearchText(parts[0], parts[1], parts[2])
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
		if old := schematype.Trigrams(oldText); oldText != "" && len(old) > 0 {
			args := []any{org, id}
			for _, g := range old {
				args = append(args, g)
			}
			if _, err := ex.ExecContext(ctx, "DELETE FROM `intervention_trigrams` WHERE `organization_id` = ? AND `intervention_id` = ? AND `trigram` IN (?"+
				strings.Repeat(", ?", len(old)-1)+")", args...); err != nil {
				return nil, fmt.Errorf("intervention search index: %w", err)
			}
		}
		grams := schematype.Trigrams(text)
		if len(grams) == 0 {
			return v, nil
		}
		args := make([]any, 0, 3*len(grams))
		for _, g := range grams {
			args = append(args, g, org, id)
		}
		if _, err := ex.ExecContext(ctx, "INSERT INTO `intervention_trigrams` (`trigram`, `organization_id`, `intervention_id`) VALUES (?, ?, ?)"+
			strings.Repeat(", (?, ?, ?)", len(grams)-1), args...); err != nil {
			return nil, fmt.Errorf("intervention search index: %w", err)
		}
		return v, nil
	})
}

func (Intervention) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("printer", Printer.Type).Field("printer_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("panic_button", PanicButton.Type).Field("panic_button_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("status", InterventionStatus.Type).Field("status_id").Unique().Required().
			Annotations(entgql.OrderField("STATUS_POSITION")),
		edge.To("causes", Cause.Type),
		edge.To("technicians", User.Type),
		// related (the reports that point at this one) is unbounded: deprecated for a filtered connection.
		edge.To("related", Intervention.Type).
			Annotations(deprecated("Use `interventions(where: {relatedToID: …})`, a connection: this list is unbounded.")).
			From("related_to").Field("related_to_id").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.From("events", InterventionEvent.Type).Ref("intervention").
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
	}
}

func (Intervention) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
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
		field.Int("intervention_id"),
		field.Enum("kind").Values("CREATED", "STATUS_CHANGED", "ASSIGNED", "UNASSIGNED", "NOTE_ADDED", "EMAIL_SENT", "EMAIL_FAILED",
			"REPORTED_FIXED", "REPORTED_NOT_FIXED", "TRACKING_REVOKED"),
		field.Int("actor_id").Optional().Nillable(),
		field.String("from_status").Optional().MaxLen(100),
		field.String("to_status").Optional().MaxLen(100),
		field.Text("note").Optional(),
		field.Bool("public").Default(false).
			Comment("a public note is shown on the reporter's tracking page and emailed to the reporter; notes are internal by default"),
		field.String("author_email").Optional().MaxLen(254).
			Comment("the reporter's address when the reporter wrote the note (a reply by email, the tracking page)"),
		field.JSON("data", map[string]any{}).Optional().Annotations(entgql.Skip()),
		field.Time("created_at").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (InterventionEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("intervention", Intervention.Type).Field("intervention_id").Unique().Required(),
		edge.To("actor", User.Type).Field("actor_id").Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}

func (InterventionEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("intervention_id", "created_at")}
}

func (InterventionEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
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
		field.String("name").NotEmpty().MaxLen(100),
		field.JSON("names", map[string]string{}).Optional().Comment("language -> name").Annotations(entgql.Skip()),
		field.Int("position").Default(0).Annotations(entgql.OrderField("POSITION")),
		field.Enum("category").Values("OPEN", "IN_PROGRESS", "CLOSED"),
		field.Bool("is_initial").Default(false).Comment("new interventions start in this status"),
	}
}

func (InterventionStatus) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("notification_settings", NotificationSettings.Type).Ref("trigger_statuses").
			Annotations(entgql.Skip()),
	}
}

func (InterventionStatus) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate())}
}

func (InterventionStatus) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "name").Unique(), index.Fields("organization_id", "position")}
}

// NotificationSettings are an organization's status-notification rules (the Italian document).
type NotificationSettings struct{ ent.Schema }

func (NotificationSettings) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (NotificationSettings) Fields() []ent.Field {
	return []ent.Field{
		field.Bool("email_admins").Default(true),
		field.Bool("email_customer").Default(true),
		field.Bool("email_technicians").Default(true),
		field.Bool("push_admins").Default(true),
		field.Bool("push_technicians").Default(true),
		field.Bool("reopen_on_not_fixed").Default(true).
			Comment("a reporter's \"not fixed\" answer moves a closed intervention back to the initial status"),
	}
}

func (NotificationSettings) Edges() []ent.Edge {
	return []ent.Edge{edge.To("trigger_statuses", InterventionStatus.Type)}
}

func (NotificationSettings) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id").Unique()}
}

// Notification is an in-app (bell) notification for one user.
type Notification struct{ ent.Schema }

func (Notification) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("recipient_id"),
		field.Int("intervention_id").Optional().Nillable(),
		field.Enum("kind").Values("STATUS_CHANGED", "ASSIGNED", "CREATED", "WEBHOOK_DISABLED", "REPORTER_NOTE", "NOT_FIXED", "PRINTER_SILENT", "PRINTER_BACK", "SUPPLY_LOW"),
		field.String("text").MaxLen(500),
		field.Time("read_at").SchemaType(mysqlTime).Optional().Nillable(),
		field.Time("created_at").SchemaType(mysqlTime).Default(timeNow).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("recipient", User.Type).Field("recipient_id").Unique().Required().
			Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("intervention", Intervention.Type).Field("intervention_id").Unique().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (Notification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("recipient_id", "read_at", "created_at")}
}

func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
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
