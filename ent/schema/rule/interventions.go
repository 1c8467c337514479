package rule

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
)

// AssignedOnly reports whether the viewer sees only the interventions assigned to them (a technician): the one
// filter the privacy rules add to a query of interventions beyond the organization's (FilterAssignedInterventions).
// What answers about interventions without querying them (the interventions list counting a search's matches
// found in its index) asks it first.
func AssignedOnly(ctx context.Context) bool { return viewer.FromContext(ctx).Technician() }

// FilterAssignedInterventions lets a technician see only the interventions assigned to them.
func FilterAssignedInterventions() privacy.QueryRule {
	return privacy.InterventionQueryRuleFunc(func(ctx context.Context, q *ent.InterventionQuery) error {
		if v := viewer.FromContext(ctx); AssignedOnly(ctx) {
			q.Where(intervention.HasTechniciansWith(user.ID(v.UserID)))
		}
		return privacy.Skip
	})
}

// FilterAssignedInterventionEvents lets a technician see only the history of their interventions.
func FilterAssignedInterventionEvents() privacy.QueryRule {
	return privacy.InterventionEventQueryRuleFunc(func(ctx context.Context, q *ent.InterventionEventQuery) error {
		if v := viewer.FromContext(ctx); v.Technician() {
			q.Where(interventionevent.HasInterventionWith(intervention.HasTechniciansWith(user.ID(v.UserID))))
		}
		return privacy.Skip
	})
}

// FilterOwnNotifications restricts the bell to the viewer's own notifications, whatever their role.
func FilterOwnNotifications() privacy.QueryRule {
	return privacy.NotificationQueryRuleFunc(func(ctx context.Context, q *ent.NotificationQuery) error {
		v := viewer.FromContext(ctx)
		if v == nil || v.UserID == 0 {
			return privacy.Denyf("notifications belong to users")
		}
		q.Where(notification.RecipientID(v.UserID))
		return privacy.Skip
	})
}

// InterventionAudience groups viewers the Intervention query rules (DenyIfNoViewer, AllowIfSuperAdmin,
// LimitRestrictedViewers, FilterTenant, FilterAssignedInterventions) treat alike, so live events can load an
// intervention once per group and hand it to every member: two viewers with the same key see exactly the same
// interventions. The rules read the viewer's organization, role, whether it is an API key and its scopes; only
// FilterAssignedInterventions also reads who the viewer is, so a technician is a group of one, and assignedOnly
// reports that such a viewer sees an intervention only if it is among the intervention's technicians (a caller
// holding those may skip the others without asking the rules; the rules still decide for the rest). A rule
// that comes to read more of the viewer must be reflected here.
func InterventionAudience(v *viewer.Viewer) (key string, assignedOnly bool) {
	if v == nil {
		return "anonymous", false
	}
	key = fmt.Sprintf("org=%d role=%s key=%t scopes=%s", v.OrgID, v.Role, v.APIKey(), strings.Join(slices.Sorted(slices.Values(v.Scopes)), ","))
	if v.Technician() {
		return fmt.Sprintf("%s user=%d", key, v.UserID), true
	}
	return key, false
}
