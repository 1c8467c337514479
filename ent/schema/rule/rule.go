// Package rule holds the privacy rules shared by the ent schemas: tenant filtering by the viewer's
// organization, role checks, and the system context used by trusted background work.
package rule

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/internal/viewer"
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
