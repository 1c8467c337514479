package notify

import (
	"context"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
)

// Toggles are the five switches of the notification settings.
type Toggles struct {
	EmailAdmins, EmailCustomer, EmailTechnicians, PushAdmins, PushTechnicians bool
	// ReopenOnNotFixed: a reporter's "not fixed" reopens the intervention (nil: unchanged; new settings: true).
	ReopenOnNotFixed *bool
}

// UpdateSettings replaces the caller's organization's notification rules.
func (s *Service) UpdateSettings(ctx context.Context, triggerIDs []int, t Toggles) (*ent.NotificationSettings, error) {
	org, err := viewer.OrgOf(ctx)
	if err != nil {
		return nil, err
	}
	if len(triggerIDs) > 0 {
		n, err := s.client.InterventionStatus.Query().Where(interventionstatus.IDIn(triggerIDs...)).Count(ctx)
		if err != nil {
			return nil, err
		}
		if n != len(triggerIDs) {
			return nil, apperr.Invalid("input.triggerStatusIds", "each must be a status of the organization")
		}
	}
	ns, err := s.client.NotificationSettings.Query().Where(notificationsettings.OrganizationID(org)).First(ctx)
	if ent.IsNotFound(err) {
		return s.client.NotificationSettings.Create().SetOrganizationID(org).AddTriggerStatusIDs(triggerIDs...).
			SetEmailAdmins(t.EmailAdmins).SetEmailCustomer(t.EmailCustomer).SetEmailTechnicians(t.EmailTechnicians).
			SetPushAdmins(t.PushAdmins).SetPushTechnicians(t.PushTechnicians).SetNillableReopenOnNotFixed(t.ReopenOnNotFixed).Save(ctx)
	}
	if err != nil {
		return nil, err
	}
	return ns.Update().ClearTriggerStatuses().AddTriggerStatusIDs(triggerIDs...).
		SetEmailAdmins(t.EmailAdmins).SetEmailCustomer(t.EmailCustomer).SetEmailTechnicians(t.EmailTechnicians).
		SetPushAdmins(t.PushAdmins).SetPushTechnicians(t.PushTechnicians).SetNillableReopenOnNotFixed(t.ReopenOnNotFixed).Save(ctx)
}
