package interventions

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// MaxNote is the longest note.
const MaxNote = 4000

func checkNote(note string) (string, error) {
	note = strings.TrimSpace(note)
	if len([]rune(note)) > MaxNote {
		return "", apperr.Invalid("note", "must be at most %d characters", MaxNote)
	}
	return note, nil
}

// ChangeStatus moves an intervention to statusID (with an optional note) and notifies per the rules, all in
// one transaction. Admins and the intervention's technicians may do it.
func (s *Service) ChangeStatus(ctx context.Context, id, statusID int, note string) (*ent.Intervention, error) {
	note, err := checkNote(note)
	if err != nil {
		return nil, err
	}
	it, err := s.visible(ctx, id)
	if err != nil {
		return nil, err
	}
	to, err := s.client.InterventionStatus.Get(ctx, statusID)
	if ent.IsNotFound(err) || (err == nil && to.OrganizationID != it.OrganizationID) {
		return nil, apperr.Invalid("statusId", "not a status of this organization")
	}
	if err != nil {
		return nil, err
	}
	if to.ID == it.StatusID && note == "" {
		return it, nil
	}
	sys := rule.SystemContext(ctx)
	from, err := s.client.InterventionStatus.Get(sys, it.StatusID)
	if err != nil {
		return nil, err
	}
	pub, err := s.inTx(sys, func(tx *ent.Client) (*notify.Published, error) {
		now := s.now()
		upd := tx.Intervention.UpdateOneID(it.ID).SetStatusID(to.ID).SetUpdatedAt(now)
		if to.Category == interventionstatus.CategoryCLOSED {
			upd.SetClosedAt(now)
		} else {
			upd.ClearClosedAt()
		}
		if _, err := upd.Save(sys); err != nil {
			return nil, fmt.Errorf("change status: %w", err)
		}
		if err := s.event(sys, tx, it, interventionevent.KindSTATUS_CHANGED, actorID(ctx), from.Name, to.Name, note); err != nil {
			return nil, err
		}
		if err := s.webhooks.EnqueueIntervention(sys, tx, it.OrganizationID, webhooks.InterventionStatusChanged, it.ID, map[string]any{
			"fromStatus": webhooks.StatusData(from), "toStatus": webhooks.StatusData(to), "note": note,
			"actorID": webhooks.OptionalID(actorID(ctx))}); err != nil {
			return nil, err
		}
		return s.applyRules(sys, tx, it.ID, notify.Event{Kind: notify.StatusChanged, FromStatus: from.ID, ToStatus: to.ID, ActorID: actorID(ctx)}, from)
	})
	if err != nil {
		return nil, err
	}
	s.publishChange(ctx, *pub)
	return s.client.Intervention.Get(ctx, id)
}

// MaxTechnicians is the most technicians one intervention can have: a real bound the GraphQL cost limit
// counts Intervention.technicians by.
const MaxTechnicians = 10

// Assign sets the intervention's technicians (admins only). Newly assigned technicians always get a push.
func (s *Service) Assign(ctx context.Context, id int, technicianIDs []int) (*ent.Intervention, error) {
	v := viewer.FromContext(ctx)
	if !v.Admin() && !v.SuperAdmin() {
		if v == nil {
			return nil, apperr.New(apperr.Unauthenticated, "sign in first")
		}
		return nil, apperr.New(apperr.Forbidden, "only admins assign interventions")
	}
	it, err := s.visible(ctx, id)
	if err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	want := map[int]bool{}
	for _, tid := range technicianIDs {
		want[tid] = true
	}
	if len(want) > MaxTechnicians {
		return nil, apperr.Invalid("technicianIds", "at most %d technicians per intervention", MaxTechnicians)
	}
	if len(want) > 0 {
		ids := make([]int, 0, len(want))
		for tid := range want {
			ids = append(ids, tid)
		}
		n, err := s.client.User.Query().Where(user.IDIn(ids...), user.OrganizationID(it.OrganizationID),
			user.Active(true), user.RoleIn(user.RoleTECHNICIAN, user.RoleADMIN)).Count(sys)
		if err != nil {
			return nil, err
		}
		if n != len(ids) {
			return nil, apperr.Invalid("technicianIds", "each must be an active technician or admin of this organization")
		}
	}
	current, err := s.client.Intervention.QueryTechnicians(it).IDs(sys)
	if err != nil {
		return nil, err
	}
	var added, removed []int
	have := map[int]bool{}
	for _, tid := range current {
		have[tid] = true
		if !want[tid] {
			removed = append(removed, tid)
		}
	}
	for tid := range want {
		if !have[tid] {
			added = append(added, tid)
		}
	}
	if len(added) == 0 && len(removed) == 0 {
		return it, nil
	}
	pub, err := s.inTx(sys, func(tx *ent.Client) (*notify.Published, error) {
		if err := tx.Intervention.UpdateOneID(it.ID).AddTechnicianIDs(added...).RemoveTechnicianIDs(removed...).
			SetUpdatedAt(s.now()).Exec(sys); err != nil {
			return nil, fmt.Errorf("assign: %w", err)
		}
		for _, ids := range []struct {
			kind interventionevent.Kind
			ids  []int
		}{{interventionevent.KindASSIGNED, added}, {interventionevent.KindUNASSIGNED, removed}} {
			for _, uid := range ids.ids {
				if err := tx.InterventionEvent.Create().SetOrganizationID(it.OrganizationID).SetInterventionID(it.ID).
					SetKind(ids.kind).SetNillableActorID(nonZero(actorID(ctx))).
					SetData(map[string]any{"userId": strconv.Itoa(uid)}).SetCreatedAt(s.now()).Exec(sys); err != nil {
					return nil, fmt.Errorf("assign event: %w", err)
				}
			}
		}
		if err := s.webhooks.EnqueueIntervention(sys, tx, it.OrganizationID, webhooks.InterventionAssigned, it.ID, map[string]any{
			"addedTechnicianIDs": webhooks.IDs(added), "removedTechnicianIDs": webhooks.IDs(removed),
			"actorID": webhooks.OptionalID(actorID(ctx))}); err != nil {
			return nil, err
		}
		return s.applyRules(sys, tx, it.ID, notify.Event{Kind: notify.Assigned, ToStatus: it.StatusID, NewlyAssigned: added, ActorID: actorID(ctx)}, nil)
	})
	if err != nil {
		return nil, err
	}
	s.publishChange(ctx, *pub)
	return s.client.Intervention.Get(ctx, id)
}

// AddNote adds a note to the intervention's history (admins and its technicians). A note is internal unless
// public: a public note is shown on the reporter's tracking page and emailed to the reporter (notify.OnPublicNote).
func (s *Service) AddNote(ctx context.Context, id int, note string, public bool) (*ent.Intervention, error) {
	note, err := checkNote(note)
	if err != nil {
		return nil, err
	}
	if note == "" {
		return nil, apperr.Invalid("note", "must not be empty")
	}
	it, err := s.visible(ctx, id)
	if err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	pub, err := s.inTx(sys, func(tx *ent.Client) (*notify.Published, error) {
		if err := tx.Intervention.UpdateOneID(it.ID).SetUpdatedAt(s.now()).Exec(sys); err != nil {
			return nil, err
		}
		if err := s.note(sys, tx, it, actorID(ctx), note, public); err != nil {
			return nil, err
		}
		return &notify.Published{OrgID: it.OrganizationID, InterventionID: it.ID},
			s.webhooks.EnqueueIntervention(sys, tx, it.OrganizationID, webhooks.InterventionNoteAdded, it.ID,
				map[string]any{"note": note, "public": public, "actorID": webhooks.OptionalID(actorID(ctx))})
	})
	if err != nil {
		return nil, err
	}
	s.publishChange(ctx, *pub)
	return s.client.Intervention.Get(ctx, id)
}

func (s *Service) event(ctx context.Context, tx *ent.Client, it *ent.Intervention, kind interventionevent.Kind, actor int, from, to, note string) error {
	err := tx.InterventionEvent.Create().SetOrganizationID(it.OrganizationID).SetInterventionID(it.ID).SetKind(kind).
		SetNillableActorID(nonZero(actor)).SetFromStatus(from).SetToStatus(to).SetNote(note).SetCreatedAt(s.now()).Exec(ctx)
	if err != nil {
		return fmt.Errorf("intervention event: %w", err)
	}
	return nil
}

// RecordEmailResult adds EMAIL_SENT or EMAIL_FAILED to the history of the intervention an email was about,
// once its outcome is final (ctx is a system context).
func (s *Service) RecordEmailResult(ctx context.Context, msg *ent.EmailMessage) {
	s.RecordEmailResults(ctx, []*ent.EmailMessage{msg})
}

// RecordEmailResults is RecordEmailResult for a batch of outcomes, in one INSERT (the outbox's OnResults hook).
func (s *Service) RecordEmailResults(ctx context.Context, msgs []*ent.EmailMessage) {
	var creates []*ent.InterventionEventCreate
	now := s.now()
	for _, msg := range msgs {
		if msg.InterventionID == nil {
			continue
		}
		var kind interventionevent.Kind
		switch msg.Status {
		case emailmessage.StatusSENT:
			kind = interventionevent.KindEMAIL_SENT
		case emailmessage.StatusFAILED, emailmessage.StatusDEAD:
			kind = interventionevent.KindEMAIL_FAILED
		default:
			continue // still being retried
		}
		data := map[string]any{"emailId": strconv.Itoa(msg.ID), "kind": string(msg.Kind), "to": msg.To}
		if msg.LastError != "" {
			data["error"] = msg.LastError
		}
		creates = append(creates, s.client.InterventionEvent.Create().SetOrganizationID(msg.OrganizationID).
			SetInterventionID(*msg.InterventionID).SetKind(kind).SetData(data).SetCreatedAt(now))
	}
	if len(creates) == 0 {
		return
	}
	if err := s.client.InterventionEvent.CreateBulk(creates...).Exec(rule.SystemContext(ctx)); err != nil {
		s.log.WarnContext(ctx, "record email results", "emails", len(msgs), "err", err)
	}
}

// inTx runs f (the change and its notifications) in one transaction and returns what to announce.
func (s *Service) inTx(ctx context.Context, f func(tx *ent.Client) (*notify.Published, error)) (*notify.Published, error) {
	var pub *notify.Published
	err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		var err error
		pub, err = f(tx.Client())
		return err
	})
	return pub, err
}

// applyRules has notify decide and write who hears of e, in tx.
func (s *Service) applyRules(ctx context.Context, tx *ent.Client, id int, e notify.Event, previous *ent.InterventionStatus) (*notify.Published, error) {
	if s.notify == nil {
		it, err := tx.Intervention.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		return &notify.Published{OrgID: it.OrganizationID, InterventionID: id}, nil
	}
	return s.notify.Apply(ctx, tx, id, e, previous)
}

// publishChange announces a committed change.
func (s *Service) publishChange(ctx context.Context, p notify.Published) {
	if s.notify != nil {
		s.notify.Publish(ctx, p)
		return
	}
	if s.events == nil || p.InterventionID == 0 {
		return
	}
	if err := s.events.Publish(ctx, events.Event{Kind: events.InterventionChanged, OrgID: p.OrgID, InterventionID: p.InterventionID}); err != nil {
		s.log.WarnContext(ctx, "publish intervention changed", "err", err)
	}
}
