package rule

import (
	"context"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
)

// FilterAssignedInterventions lets a technician see only the interventions assigned to them.
func FilterAssignedInterventions() privacy.QueryRule {
	return privacy.InterventionQueryRuleFunc(func(ctx context.Context, q *ent.InterventionQuery) error {
		if v := viewer.FromContext(ctx); v.Technician() {
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
