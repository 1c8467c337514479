// Package rule holds the privacy rules shared by the ent schemas: tenant filtering by the viewer's
// organization, role checks, and the system context used by trusted background work.
package rule

import (
	"context"
	"reflect"
	"strings"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	entc "github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
)

// SystemContext marks ctx as trusted server work (migrations, bootstrap, device path, outbox, poller):
// every privacy rule allows it. Never derive it from a request's credentials.
func SystemContext(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// DenyIfNoViewer denies anonymous callers.
func DenyIfNoViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return privacy.Denyf("no viewer in context")
		}
		return privacy.Skip
	})
}

// AllowIfSuperAdmin allows the platform operator.
func AllowIfSuperAdmin() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).SuperAdmin() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// DenyUnlessAdmin denies mutations by anyone but an organization admin (super-admins are allowed earlier).
func DenyUnlessAdmin() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if viewer.FromContext(ctx).Admin() {
			return privacy.Skip
		}
		return privacy.Denyf("admin role required")
	})
}

// orgFilter is implemented by the generated filters of every schema with an organization_id field.
type orgFilter interface {
	WhereOrganizationID(entql.IntP)
}

// FilterTenant restricts queries, updates and deletes to the viewer's organization.
func FilterTenant() privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.OrgID == 0 {
			return privacy.Denyf("no organization in viewer")
		}
		tf, ok := f.(orgFilter)
		if !ok {
			return privacy.Denyf("unexpected filter type %T", f)
		}
		tf.WhereOrganizationID(entql.IntEQ(v.OrgID))
		return privacy.Skip
	})
}

// orgMutation is implemented by the generated mutations of every schema with an organization_id field.
type orgMutation interface {
	OrganizationID() (int, bool)
}

// CreateInOwnTenant denies creating a row in another organization; it skips other operations, which
// FilterTenant restricts.
func CreateInOwnTenant() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		om, ok := m.(orgMutation)
		if !ok {
			return privacy.Denyf("unexpected mutation type %T", m)
		}
		v := viewer.FromContext(ctx)
		if id, set := om.OrganizationID(); !set || v == nil || id != v.OrgID {
			return privacy.Denyf("cannot create outside the viewer's organization")
		}
		return privacy.Skip
	})
}

// idFilter is implemented by every generated filter.
type idFilter interface {
	WhereID(entql.IntP)
}

// FilterOwnOrganization restricts Organization rows to the viewer's own.
func FilterOwnOrganization() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.OrgID == 0 {
			return privacy.Denyf("no organization in viewer")
		}
		f.(idFilter).WhereID(entql.IntEQ(v.OrgID))
		return privacy.Skip
	})
}

// DenyUnlessAdminQuery denies reads by anyone but an organization admin.
func DenyUnlessAdminQuery() privacy.QueryRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).Admin() {
			return privacy.Skip
		}
		return privacy.Denyf("admin role required")
	})
}

// access is what the restricted viewers — technicians and partner API keys — may do with one schema type.
// Admins and the super-admin are not limited by it.
type access struct {
	technicianRead bool     // technicians read it (further filtered by the schema's own rules)
	keyRead        []string // an API key reads it when it holds any of these scopes
	keyWrite       []string // an API key creates, updates or deletes it when it holds any of these scopes
}

var (
	interventionScopes = []string{viewer.ScopeInterventionsRead, viewer.ScopeInterventionsWrite}
	writeInterventions = []string{viewer.ScopeInterventionsWrite}
	readPrinters       = []string{viewer.ScopePrintersRead}
	manageWebhooks     = []string{viewer.ScopeWebhooksManage}
)

// restricted maps each schema type to what technicians and API keys may do with it (docs/DESIGN.md §2, §5).
// A type that is missing is closed to both: a new schema must be added here before they see it.
// Technicians never write through the privacy layer: their intervention work goes through domain code.
var restricted = map[string]access{
	"Organization":         {technicianRead: true, keyRead: viewer.Scopes},
	"User":                 {technicianRead: true, keyRead: interventionScopes},
	"PanicButton":          {technicianRead: true, keyRead: append(append([]string{}, interventionScopes...), readPrinters...)},
	"Cause":                {technicianRead: true, keyRead: interventionScopes},
	"Printer":              {technicianRead: true, keyRead: readPrinters},
	"MeterReading":         {technicianRead: true, keyRead: readPrinters},
	"Supply":               {technicianRead: true, keyRead: readPrinters},
	"SupplyReading":        {technicianRead: true, keyRead: readPrinters},
	"Media":                {technicianRead: true},
	"InterventionStatus":   {technicianRead: true, keyRead: interventionScopes},
	"Intervention":         {technicianRead: true, keyRead: interventionScopes, keyWrite: writeInterventions},
	"InterventionEvent":    {technicianRead: true, keyRead: interventionScopes, keyWrite: writeInterventions},
	"Notification":         {technicianRead: true, keyWrite: writeInterventions},
	"NotificationSettings": {technicianRead: true, keyRead: writeInterventions},
	"EmailMessage":         {keyWrite: writeInterventions},
	"Webhook":              {keyRead: manageWebhooks, keyWrite: manageWebhooks},
	"WebhookDelivery":      {keyRead: manageWebhooks},
	"WebhookAttempt":       {keyRead: manageWebhooks},
	// Closed to technicians and API keys: AuditLog, APIKey, EmailTemplate, Session, ReferenceCounter.
}

// LimitRestrictedViewers applies the restricted table: technicians read only what they need and write
// nothing; an API key reads and writes only what its scopes cover. It skips admins and super-admins (and
// anonymous callers, which DenyIfNoViewer handles), so the tenant rules still apply after it.
func LimitRestrictedViewers() privacy.QueryMutationRule { return limitRestricted{} }

type limitRestricted struct{}

func (limitRestricted) EvalQuery(ctx context.Context, q ent.Query) error {
	return limit(viewer.FromContext(ctx), queryType(q), false)
}

func (limitRestricted) EvalMutation(ctx context.Context, m ent.Mutation) error {
	return limit(viewer.FromContext(ctx), m.Type(), true)
}

func limit(v *viewer.Viewer, typ string, write bool) error {
	switch {
	case v == nil || v.SuperAdmin():
		return privacy.Skip
	case v.APIKey():
		a := restricted[typ]
		scopes := a.keyRead
		if write {
			scopes = a.keyWrite
		}
		for _, s := range scopes {
			if v.HasScope(s) {
				return privacy.Skip
			}
		}
		if write {
			return privacy.Denyf("this API key may not change %s", typ)
		}
		return privacy.Denyf("this API key may not read %s", typ)
	case v.Technician():
		if !write && restricted[typ].technicianRead {
			return privacy.Skip
		}
		return privacy.Denyf("technicians may not %s %s", map[bool]string{false: "read", true: "change"}[write], typ)
	case v.Admin():
		return privacy.Skip
	}
	return privacy.Denyf("role %q has no access", v.Role)
}

// queryType is the schema type of a generated query (*ent.UserQuery is "User"). The query context's Type
// is not used: eager-loaded edges run inside their parent's query context.
func queryType(q ent.Query) string {
	t := reflect.TypeOf(q)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return strings.TrimSuffix(t.Name(), "Query")
}

// DenyRoleEscalation keeps organization admins from making anyone a super-admin or moving a user to
// another organization (creation in their own is checked by CreateInOwnTenant).
func DenyRoleEscalation() privacy.MutationRule {
	return privacy.UserMutationRuleFunc(func(ctx context.Context, m *entc.UserMutation) error {
		if viewer.FromContext(ctx).SuperAdmin() {
			return privacy.Skip
		}
		if r, ok := m.Role(); ok && r == user.RoleSUPER_ADMIN {
			return privacy.Denyf("only the platform can create super-admins")
		}
		if !m.Op().Is(ent.OpCreate) {
			if _, ok := m.OrganizationID(); ok || m.OrganizationIDCleared() {
				return privacy.Denyf("users cannot be moved to another organization")
			}
		}
		return privacy.Skip
	})
}
