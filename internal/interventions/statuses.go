package interventions

import (
	"context"
	"errors"
	"fmt"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/store"
)

// CreateStatus adds a status to the caller's organization, last unless a position is given.
func (s *Service) CreateStatus(ctx context.Context, in ent.CreateInterventionStatusInput) (*ent.InterventionStatus, error) {
	org, err := viewer.OrgOf(ctx)
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
	return store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
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
		return nil
	})
}

// ReorderStatuses orders the caller's organization's statuses as ids lists them (all of them, once each).
func (s *Service) ReorderStatuses(ctx context.Context, ids []int) ([]*ent.InterventionStatus, error) {
	all, err := s.client.InterventionStatus.Query().IDs(ctx)
	if err != nil {
		return nil, err
	}
	err = store.Reorder(ctx, s.client, all, ids, func(tx *ent.Tx, id, position int) error {
		return tx.InterventionStatus.UpdateOneID(id).SetPosition(position).Exec(ctx)
	})
	if errors.Is(err, store.ErrNotAPermutation) {
		return nil, apperr.Invalid("ids", "list every status of the organization once")
	}
	if err != nil {
		return nil, err
	}
	return s.client.InterventionStatus.Query().Order(ent.Asc(interventionstatus.FieldPosition)).All(ctx)
}
