package reporter

import (
	"context"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/inboundemail"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/store"
)

// quarantined loads a quarantined email the caller (an admin, or the super-admin) can see.
func (s *Service) quarantined(ctx context.Context, id int) (*ent.InboundEmail, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	if !v.Admin() && !v.SuperAdmin() {
		return nil, apperr.New(apperr.Forbidden, "only admins handle the inbound email quarantine")
	}
	m, err := s.c.Client.InboundEmail.Get(ctx, id) // privacy: the caller's organization only
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.NotFound, "inbound email not found")
	}
	if err != nil {
		return nil, err
	}
	if m.Status != inboundemail.StatusQUARANTINED {
		return nil, apperr.Invalid("id", "this email is not in quarantine (it is %s)", m.Status)
	}
	return m, nil
}

// AssignInboundEmail attaches a quarantined email to an intervention the caller can see, as the reporter's note
// (from the email's sender, with the images stored when it arrived), in one transaction.
func (s *Service) AssignInboundEmail(ctx context.Context, id, interventionID int) (*ent.InboundEmail, error) {
	m, err := s.quarantined(ctx, id)
	if err != nil {
		return nil, err
	}
	it, err := s.c.Client.Intervention.Get(ctx, interventionID)
	if ent.IsNotFound(err) {
		return nil, apperr.Invalid("interventionId", "not an intervention you can see")
	}
	if err != nil {
		return nil, err
	}
	if m.OrganizationID != nil && *m.OrganizationID != it.OrganizationID {
		return nil, apperr.Invalid("interventionId", "not an intervention of this email's organization")
	}
	atts := attachmentsOf(m.Attachments)
	if m.OrganizationID == nil {
		atts = nil // images of an email of no organization were not kept
	}
	sys := rule.SystemContext(ctx)
	var pub *notify.Published
	err = store.WithTx(sys, s.c.Client, func(tx *ent.Tx) error {
		n, err := tx.InboundEmail.Update().Where(inboundemail.ID(m.ID), inboundemail.StatusEQ(inboundemail.StatusQUARANTINED)).
			SetStatus(inboundemail.StatusATTACHED).SetInterventionID(it.ID).SetOrganizationID(it.OrganizationID).Save(sys)
		if err != nil {
			return err
		}
		if n != 1 {
			return apperr.Invalid("id", "this email was handled meanwhile")
		}
		pub, err = s.c.Interventions.ReporterNoteTx(sys, tx.Client(), it.ID, m.FromEmail, m.Text, atts)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.c.Interventions.Publish(ctx, *pub)
	return s.c.Client.InboundEmail.Get(sys, m.ID)
}

// DiscardInboundEmail marks a quarantined email as discarded (kept, for the record).
func (s *Service) DiscardInboundEmail(ctx context.Context, id int) (*ent.InboundEmail, error) {
	m, err := s.quarantined(ctx, id)
	if err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	return s.c.Client.InboundEmail.UpdateOneID(m.ID).SetStatus(inboundemail.StatusDISCARDED).Save(sys)
}
