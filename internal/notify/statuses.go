package notify

import (
	"context"
	"fmt"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/viewer"
)

// Toggles are the five switches of the notification settings.
type Toggles struct {
	EmailAdmins, EmailCustomer, EmailTechnicians, PushAdmins, PushTechnicians bool
}

func orgOf(ctx context.Context) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return 0, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	if v.OrgID == 0 {
		return 0, apperr.New(apperr.Forbidden, "statuses belong to an organization")
	}
	return v.OrgID, nil
}

// CreateStatus adds a status to the caller's organization, last unless a position is given.
func (s *Service) CreateStatus(ctx context.Context, in ent.CreateInterventionStatusInput) (*ent.InterventionStatus, error) {
	org, err := orgOf(ctx)
	if err != nil {
		return nil, err
	}
	if in.Position == nil {
		n, err := s.client.InterventionStatus.Query().Count(ctx)
		if err != nil {
			return nil, err
		}
		in.Position = &n
	}
	st, err := s.client.InterventionStatus.Create().SetInput(in).SetOrganizationID(org).Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apperr.Invalid("input.name", "a status with this name exists")
	}
	return st, err
}

// DeleteStatus deletes a status that no intervention uses.
func (s *Service) DeleteStatus(ctx context.Context, id int) error {
	st, err := s.client.InterventionStatus.Get(ctx, id)
	if err != nil {
		return err
	}
	used, err := s.client.Intervention.Query().Where(intervention.StatusID(st.ID)).Exist(ctx)
	if err != nil {
		return err
	}
	if used {
		return apperr.Invalid("id", "interventions use this status: move them to another status first")
	}
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck
	ns, err := tx.NotificationSettings.Query().Where(notificationsettings.HasTriggerStatusesWith(interventionstatus.ID(st.ID))).All(ctx)
	if err != nil {
		return err
	}
	for _, n := range ns {
		if err := tx.NotificationSettings.UpdateOne(n).RemoveTriggerStatusIDs(st.ID).Exec(ctx); err != nil {
			return err
		}
	}
	if err := tx.InterventionStatus.DeleteOne(st).Exec(ctx); err != nil {
		return fmt.Errorf("delete status: %w", err)
	}
	return tx.Commit()
}

// ReorderStatuses orders the caller's organization's statuses as ids lists them (all of them, once each).
func (s *Service) ReorderStatuses(ctx context.Context, ids []int) ([]*ent.InterventionStatus, error) {
	all, err := s.client.InterventionStatus.Query().IDs(ctx)
	if err != nil {
		return nil, err
	}
	seen := map[int]bool{}
	for _, id := range ids {
		seen[id] = true
	}
	if len(seen) != len(ids) || len(ids) != len(all) {
		return nil, apperr.Invalid("ids", "list every status of the organization once")
	}
	for _, id := range all {
		if !seen[id] {
			return nil, apperr.Invalid("ids", "list every status of the organization once")
		}
	}
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() //nolint:errcheck
	for i, id := range ids {
		if err := tx.InterventionStatus.UpdateOneID(id).SetPosition(i).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return s.client.InterventionStatus.Query().Order(ent.Asc(interventionstatus.FieldPosition)).All(ctx)
}

// UpdateSettings replaces the caller's organization's notification rules.
func (s *Service) UpdateSettings(ctx context.Context, triggerIDs []int, t Toggles) (*ent.NotificationSettings, error) {
	org, err := orgOf(ctx)
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
			SetPushAdmins(t.PushAdmins).SetPushTechnicians(t.PushTechnicians).Save(ctx)
	}
	if err != nil {
		return nil, err
	}
	return ns.Update().ClearTriggerStatuses().AddTriggerStatusIDs(triggerIDs...).
		SetEmailAdmins(t.EmailAdmins).SetEmailCustomer(t.EmailCustomer).SetEmailTechnicians(t.EmailTechnicians).
		SetPushAdmins(t.PushAdmins).SetPushTechnicians(t.PushTechnicians).Save(ctx)
}
