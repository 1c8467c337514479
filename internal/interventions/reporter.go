package interventions

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/notify"
)

// The reporter's loop (issue 17): public notes, the reporter's own notes (replies by email), the "Is it
// fixed?" answer and the revocation of the reporter's links. The reporter is authenticated by the caller (a
// signed link or reply address, checked in internal/reporter): these functions write in a system context.

// note writes a NOTE_ADDED event and, for a public note, queues its email to the reporter, in tx.
func (s *Service) note(ctx context.Context, tx *ent.Client, it *ent.Intervention, actor int, note string, public bool) error {
	err := tx.InterventionEvent.Create().SetOrganizationID(it.OrganizationID).SetInterventionID(it.ID).
		SetKind(interventionevent.KindNOTE_ADDED).SetNillableActorID(nonZero(actor)).SetNote(note).SetPublic(public).
		SetCreatedAt(s.now()).Exec(ctx)
	if err != nil {
		return fmt.Errorf("intervention event: %w", err)
	}
	if public && s.notify != nil {
		return s.notify.OnPublicNote(ctx, tx, it.ID, note)
	}
	return nil
}

// Attachment is an image the reporter sent, stored as Media (content-addressed, served at /media/{sha256}).
type Attachment struct {
	SHA256, ContentType, Filename string
	Size                          int
}

// ReporterNote adds the reporter's note (from is the address it came from) with its attachments as a public
// note, and tells the admins and technicians (bell, per the push toggles), in one transaction; then announces it.
func (s *Service) ReporterNote(ctx context.Context, id int, from, text string, atts []Attachment) error {
	sys := rule.SystemContext(ctx)
	pub, err := s.inTx(sys, func(tx *ent.Client) (*notify.Published, error) {
		return s.ReporterNoteTx(sys, tx, id, from, text, atts)
	})
	if err != nil {
		return err
	}
	s.Publish(ctx, *pub)
	return nil
}

// ReporterNoteTx is ReporterNote inside the caller's transaction tx (ctx a system context): the caller publishes
// the result after committing.
func (s *Service) ReporterNoteTx(ctx context.Context, tx *ent.Client, id int, from, text string, atts []Attachment) (*notify.Published, error) {
	text = strings.TrimSpace(text)
	if r := []rune(text); len(r) > MaxNote {
		text = string(r[:MaxNote])
	}
	if text == "" && len(atts) == 0 {
		return nil, apperr.Invalid("text", "the reply has no new text and no image")
	}
	it, err := tx.Intervention.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	create := tx.InterventionEvent.Create().SetOrganizationID(it.OrganizationID).SetInterventionID(it.ID).
		SetKind(interventionevent.KindNOTE_ADDED).SetNote(text).SetPublic(true).SetAuthorEmail(from).SetCreatedAt(s.now())
	if len(atts) > 0 {
		list := make([]any, len(atts))
		for i, a := range atts {
			list[i] = map[string]any{"sha256": a.SHA256, "contentType": a.ContentType, "filename": a.Filename, "size": a.Size}
		}
		create.SetData(map[string]any{"attachments": list})
	}
	if err := create.Exec(ctx); err != nil {
		return nil, fmt.Errorf("reporter note: %w", err)
	}
	if err := tx.Intervention.UpdateOneID(it.ID).SetUpdatedAt(s.now()).Exec(ctx); err != nil {
		return nil, err
	}
	if s.notify == nil {
		return &notify.Published{OrgID: it.OrganizationID, InterventionID: it.ID}, nil
	}
	return s.notify.OnReporter(ctx, tx, it.ID, notify.PushReporterNote)
}

// Publish announces a change committed by a caller's transaction (ReporterNoteTx).
func (s *Service) Publish(ctx context.Context, pub notify.Published) { s.publishChange(ctx, pub) }

// FixedAnswer is what the reporter may answer while the intervention is closed: nil when it is not closed or
// was already answered since it closed.
func (s *Service) FixedAnswer(ctx context.Context, it *ent.Intervention) (asked bool, answered *bool, err error) {
	return fixedAnswer(rule.SystemContext(ctx), s.client, it)
}

func fixedAnswer(sys context.Context, client *ent.Client, it *ent.Intervention) (asked bool, answered *bool, err error) {
	st, err := client.InterventionStatus.Get(sys, it.StatusID)
	if err != nil {
		return false, nil, err
	}
	if st.Category != interventionstatus.CategoryCLOSED || it.ClosedAt == nil {
		return false, nil, nil
	}
	last, err := client.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID),
		interventionevent.KindIn(interventionevent.KindREPORTED_FIXED, interventionevent.KindREPORTED_NOT_FIXED),
		interventionevent.CreatedAtGTE(*it.ClosedAt)).Order(ent.Desc(interventionevent.FieldCreatedAt)).First(sys)
	if ent.IsNotFound(err) {
		return true, nil, nil
	}
	if err != nil {
		return false, nil, err
	}
	yes := last.Kind == interventionevent.KindREPORTED_FIXED
	return true, &yes, nil
}

// AnswerFixed records the reporter's answer to "Is it fixed?" on a closed intervention, once per closure. "Not
// fixed" (with an optional comment) moves it back to the organization's initial status when the organization
// says so (NotificationSettings.reopen_on_not_fixed), applies the rules of that status change, and tells the
// admins and technicians; all in one transaction.
func (s *Service) AnswerFixed(ctx context.Context, id int, fixed bool, comment string) (*ent.Intervention, error) {
	comment, err := checkNote(comment)
	if err != nil {
		return nil, apperr.Invalid("comment", "must be at most %d characters", MaxNote)
	}
	sys := rule.SystemContext(ctx)
	it, err := s.client.Intervention.Get(sys, id)
	if err != nil {
		return nil, err
	}
	asked, answered, err := s.FixedAnswer(ctx, it)
	if err != nil {
		return nil, err
	}
	if !asked {
		return nil, apperr.Invalid("fixed", "this request is not closed: there is nothing to confirm yet")
	}
	if answered != nil {
		return nil, apperr.Invalid("fixed", "this request was already answered")
	}
	pub, err := s.inTx(sys, func(tx *ent.Client) (*notify.Published, error) {
		// The row is locked first and the answer checked again under the lock: two answers sent at once record one.
		if err := tx.Intervention.UpdateOneID(it.ID).SetUpdatedAt(s.now()).Exec(sys); err != nil {
			return nil, err
		}
		it, err := tx.Intervention.Get(sys, it.ID)
		if err != nil {
			return nil, err
		}
		if asked, answered, err := fixedAnswer(sys, tx, it); err != nil {
			return nil, err
		} else if !asked || answered != nil {
			return nil, apperr.Invalid("fixed", "this request was already answered")
		}
		kind := interventionevent.KindREPORTED_FIXED
		if !fixed {
			kind = interventionevent.KindREPORTED_NOT_FIXED
		}
		if err := tx.InterventionEvent.Create().SetOrganizationID(it.OrganizationID).SetInterventionID(it.ID).
			SetKind(kind).SetNote(comment).SetPublic(true).SetAuthorEmail(it.ReporterEmail).SetCreatedAt(s.now()).Exec(sys); err != nil {
			return nil, fmt.Errorf("fixed answer: %w", err)
		}
		if fixed {
			return &notify.Published{OrgID: it.OrganizationID, InterventionID: it.ID}, nil
		}
		pub := &notify.Published{OrgID: it.OrganizationID, InterventionID: it.ID}
		reopen := true
		if s.notify != nil {
			if reopen, err = s.notify.ReopenOnNotFixed(sys, tx, it.OrganizationID); err != nil {
				return nil, err
			}
		}
		if reopen {
			from, err := tx.InterventionStatus.Get(sys, it.StatusID)
			if err != nil {
				return nil, err
			}
			to, err := tx.InterventionStatus.Query().Where(interventionstatus.OrganizationID(it.OrganizationID),
				interventionstatus.CategoryNEQ(interventionstatus.CategoryCLOSED)).
				Order(ent.Desc(interventionstatus.FieldIsInitial), ent.Asc(interventionstatus.FieldPosition)).First(sys)
			if err != nil {
				return nil, fmt.Errorf("reopen: initial status: %w", err)
			}
			if err := tx.Intervention.UpdateOneID(it.ID).SetStatusID(to.ID).ClearClosedAt().SetUpdatedAt(s.now()).Exec(sys); err != nil {
				return nil, fmt.Errorf("reopen: %w", err)
			}
			if err := s.event(sys, tx, it, interventionevent.KindSTATUS_CHANGED, 0, from.Name, to.Name, ""); err != nil {
				return nil, err
			}
			if pub, err = s.applyRules(sys, tx, it.ID, notify.Event{Kind: notify.StatusChanged, FromStatus: from.ID, ToStatus: to.ID}, from); err != nil {
				return nil, err
			}
		}
		if s.notify != nil {
			bells, err := s.notify.OnReporter(sys, tx, it.ID, notify.PushNotFixed)
			if err != nil {
				return nil, err
			}
			pub.Notifications = append(pub.Notifications, bells.Notifications...)
		}
		return pub, nil
	})
	if err != nil {
		return nil, err
	}
	s.publishChange(ctx, *pub)
	return s.client.Intervention.Get(sys, id)
}

// RevokeTracking voids every tracking link and reply address of the intervention sent so far (admins): emails
// sent afterwards carry new ones.
func (s *Service) RevokeTracking(ctx context.Context, id int) (*ent.Intervention, error) {
	v := viewer.FromContext(ctx)
	if !v.Admin() && !v.SuperAdmin() {
		if v == nil {
			return nil, apperr.New(apperr.Unauthenticated, "sign in first")
		}
		return nil, apperr.New(apperr.Forbidden, "only admins revoke tracking links")
	}
	it, err := s.visible(ctx, id)
	if err != nil {
		return nil, err
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	pub, err := s.inTx(sys, func(tx *ent.Client) (*notify.Published, error) {
		if err := tx.Intervention.UpdateOneID(it.ID).SetTrackingNonce(hex.EncodeToString(b)).SetUpdatedAt(s.now()).Exec(sys); err != nil {
			return nil, fmt.Errorf("revoke tracking: %w", err)
		}
		return &notify.Published{OrgID: it.OrganizationID, InterventionID: it.ID},
			s.event(sys, tx, it, interventionevent.KindTRACKING_REVOKED, actorID(ctx), "", "", "")
	})
	if err != nil {
		return nil, err
	}
	s.publishChange(ctx, *pub)
	return s.client.Intervention.Get(ctx, id)
}

// ByReference finds an intervention by its reference (system context; the caller authenticates).
func (s *Service) ByReference(ctx context.Context, ref string) (*ent.Intervention, error) {
	return s.client.Intervention.Query().Where(intervention.Reference(ref)).Only(rule.SystemContext(ctx))
}
