package interventions

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/ent/supply"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/store"
)

// DefaultSupplyThreshold is a low-supply rule's threshold when none is given (percent).
const DefaultSupplyThreshold = 10

// MatchSupplyRule is the first rule that names the supply (by a word of its type, colour or description;
// a rule naming none matches all).
func MatchSupplyRule(rules []schematype.SupplyRule, s *ent.Supply) (schematype.SupplyRule, bool) {
	hay := strings.ToLower(s.Type + " " + s.Color + " " + s.Description)
	for _, r := range rules {
		if len(r.Supplies) == 0 {
			return r, true
		}
		for _, w := range r.Supplies {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" && strings.Contains(hay, w) {
				return r, true
			}
		}
	}
	return schematype.SupplyRule{}, false
}

// SupplyAlertKey names one cartridge of a supply (its replacements so far): the unique alert key of the
// intervention its low level opens.
func SupplyAlertKey(supplyID, replacements int) string {
	return fmt.Sprintf("supply:%d:%d", supplyID, replacements)
}

// CheckSupplies applies the printer's panic button's low-supply rules after a poll at `at`: a supply at or
// below its rule's threshold opens ONE intervention (origin SNMP_ALERT) per cartridge, by the unique alert key
// (several pollers and instances included); a supply replaced by that poll annotates the intervention its
// previous cartridge opened, or closes it, as the rule says. It returns the references it opened.
func (s *Service) CheckSupplies(ctx context.Context, printerID int, at time.Time) ([]string, error) {
	sys := rule.SystemContext(ctx)
	p, err := s.client.Printer.Get(sys, printerID)
	if err != nil {
		return nil, fmt.Errorf("supply rules: load printer %d: %w", printerID, err)
	}
	pb, err := s.client.PanicButton.Query().Where(panicbutton.ID(p.PanicButtonID)).WithOrganization().Only(sys)
	if err != nil {
		return nil, fmt.Errorf("supply rules: load panic button: %w", err)
	}
	if org := pb.Edges.Organization; len(pb.SupplyRules) == 0 || org == nil || !org.Active {
		return nil, nil
	}
	sups, err := s.client.Supply.Query().Where(supply.PrinterID(p.ID)).Order(ent.Asc(supply.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("supply rules: supplies: %w", err)
	}
	var opened []string
	for _, sp := range sups {
		r, ok := MatchSupplyRule(pb.SupplyRules, sp)
		if !ok {
			continue
		}
		if replacedAt(sp, at) {
			if err := s.supplyReplaced(sys, sp, r, at); err != nil {
				return opened, err
			}
		}
		threshold := r.Threshold
		if threshold <= 0 {
			threshold = DefaultSupplyThreshold
		}
		if sp.Percent == nil || *sp.Percent > threshold {
			continue
		}
		key := SupplyAlertKey(sp.ID, sp.Replacements)
		if r.Action == "NOTIFY" {
			if err := s.notifySupplyLow(sys, p, sp, key); err != nil {
				return opened, err
			}
			continue
		}
		in := New{PanicButton: pb, Printer: p, Language: orgDefault(pb), Origin: intervention.OriginSNMP_ALERT,
			DedupeKey: key, AlertKey: key, Message: fmt.Sprintf("%s is at %d%% (threshold %d%%) on %s", sp.Description, *sp.Percent, threshold, p.Serial)}
		if org := pb.Edges.Organization; org.CustomerContactEmail != "" {
			in.ReporterEmail = org.CustomerContactEmail
		} else {
			in.ReporterEmail = "snmp-alert@" + s.publicURL.Hostname()
		}
		c, err := s.Create(ctx, in)
		if err != nil {
			return opened, err
		}
		if !c.Duplicate {
			opened = append(opened, c.Reference)
		}
	}
	return opened, nil
}

// notifySupplyLow tells the admins once per cartridge that a supply is low: the supply's notified_key is moved
// to key by a conditional update in the same transaction as the notifications, so one poller (of one
// instance) wins and the others write nothing.
func (s *Service) notifySupplyLow(sys context.Context, p *ent.Printer, sp *ent.Supply, key string) error {
	var pub *notify.Published
	err := store.WithTx(sys, s.client, func(tx *ent.Tx) error {
		n, err := tx.Supply.Update().Where(supply.ID(sp.ID), supply.Or(supply.NotifiedKeyIsNil(), supply.NotifiedKeyNEQ(key))).
			SetNotifiedKey(key).Save(sys)
		if err != nil || n == 0 || s.notify == nil {
			return err
		}
		pub, err = s.notify.OnSupplyLow(sys, tx.Client(), p, sp.Description, *sp.Percent)
		return err
	})
	if err != nil {
		return fmt.Errorf("supply rules: notify: %w", err)
	}
	if pub != nil {
		s.notify.PublishNotifications(sys, pub)
	}
	return nil
}

// supplyReplaced annotates or closes the open intervention of the supply's previous cartridge.
func (s *Service) supplyReplaced(sys context.Context, sp *ent.Supply, r schematype.SupplyRule, at time.Time) error {
	it, err := s.client.Intervention.Query().Where(intervention.AlertKey(SupplyAlertKey(sp.ID, sp.Replacements-1)),
		intervention.HasStatusWith(interventionstatus.CategoryNEQ(interventionstatus.CategoryCLOSED))).Only(sys)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("supply rules: open intervention: %w", err)
	}
	note := fmt.Sprintf("%s replaced (seen at %s).", sp.Description, at.UTC().Format(time.RFC3339))
	var to, from *ent.InterventionStatus
	if r.OnReplacement == "CLOSE" {
		to, err = s.client.InterventionStatus.Query().Where(interventionstatus.OrganizationID(it.OrganizationID),
			interventionstatus.CategoryEQ(interventionstatus.CategoryCLOSED)).Order(ent.Asc(interventionstatus.FieldPosition)).First(sys)
		if err != nil && !ent.IsNotFound(err) {
			return fmt.Errorf("supply rules: closed status: %w", err)
		}
		if from, err = s.client.InterventionStatus.Get(sys, it.StatusID); err != nil {
			return fmt.Errorf("supply rules: status: %w", err)
		}
	}
	// As ChangeStatus and AddNote do, in the poller's name (no actor), in one transaction with the
	// notifications the rules decide.
	pub, err := s.inTx(sys, func(tx *ent.Client) (*notify.Published, error) {
		now := s.now()
		if to == nil { // ANNOTATE, or no closed status to move to
			if err := tx.Intervention.UpdateOneID(it.ID).SetUpdatedAt(now).Exec(sys); err != nil {
				return nil, err
			}
			return &notify.Published{OrgID: it.OrganizationID, InterventionID: it.ID},
				s.event(sys, tx, it, interventionevent.KindNOTE_ADDED, 0, "", "", note)
		}
		if err := tx.Intervention.UpdateOneID(it.ID).SetStatusID(to.ID).SetUpdatedAt(now).SetClosedAt(now).Exec(sys); err != nil {
			return nil, fmt.Errorf("supply rules: close: %w", err)
		}
		if err := s.event(sys, tx, it, interventionevent.KindSTATUS_CHANGED, 0, from.Name, to.Name, note); err != nil {
			return nil, err
		}
		return s.applyRules(sys, tx, it.ID, notify.Event{Kind: notify.StatusChanged, FromStatus: from.ID, ToStatus: to.ID}, from)
	})
	if err != nil {
		return err
	}
	s.publishChange(sys, *pub)
	return nil
}

// replacedAt tells whether the poll at `at` saw the supply replaced (the database may keep microseconds only).
func replacedAt(sp *ent.Supply, at time.Time) bool {
	if sp.ReplacedAt == nil || sp.Replacements == 0 {
		return false
	}
	d := sp.ReplacedAt.Sub(at)
	return d > -time.Millisecond && d < time.Millisecond
}
