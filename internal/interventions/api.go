package interventions

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/idempotencykey"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
	"github.com/panicbutton/panicbutton/internal/i18n"
)

// Limits of a partner's createIntervention.
const (
	MaxExternalRef    = 200
	MaxIdempotencyKey = 200
	MaxCauseText      = 200
	maxAPICauses      = 50
	// MaxPhone is the longest reporter phone number.
	MaxPhone           = 40
	idempotencyKeyHelp = "1 to 200 characters: letters, digits and - _ . : /"
)

var (
	// PhoneRe is what a reporter's phone number may be (the device path and createIntervention).
	PhoneRe            = regexp.MustCompile(`^[0-9+()./ -]{3,40}$`)
	idempotencyKeyRe   = regexp.MustCompile(`^[A-Za-z0-9_.:/-]{1,200}$`)
	errIdempotencyRace = errors.New("idempotency key recorded by a concurrent call")
)

// APIRequest is an intervention opened from a partner's system (createIntervention): the printer by id or by
// serial, causes by id and/or in free text, the reporter, and the partner's own ticket id. With an
// IdempotencyKey, a retried call with the same input answers with the intervention the first one created.
type APIRequest struct {
	PrinterID      int
	PrinterSerial  string
	CauseIDs       []int
	CauseText      string
	ReporterEmail  string
	ReporterPhone  string
	Message        string
	Language       string
	ExternalRef    string
	IdempotencyKey string
}

// APICreated is what CreateFromAPI did: Replayed is set when an earlier call with the same idempotency key
// had created the intervention (nothing was written, no email sent again).
type APICreated struct {
	Intervention *ent.Intervention
	Replayed     bool
}

// CreateFromAPI opens an intervention for an admin or a partner API key (the scope guard requires
// interventions:write of keys) with the same emails, notifications and history as a panic report (origin API).
func (s *Service) CreateFromAPI(ctx context.Context, in APIRequest) (*APICreated, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	if !v.Admin() || v.OrgID == 0 {
		return nil, apperr.New(apperr.Forbidden, "only an organization's admins and its API keys open interventions")
	}
	if err := in.normalize(); err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	hash := in.hash()
	if in.IdempotencyKey != "" {
		if done, err := s.replay(sys, v.OrgID, in.IdempotencyKey, hash); done != nil || err != nil {
			return done, err
		}
	}

	// The printer and causes are looked up in the caller's organization only, whatever the key may read.
	pq := s.client.Printer.Query().Where(printer.OrganizationID(v.OrgID))
	if in.PrinterID != 0 {
		pq.Where(printer.ID(in.PrinterID))
	} else {
		pq.Where(printer.Serial(in.PrinterSerial))
	}
	p, err := pq.Only(sys)
	if ent.IsNotFound(err) {
		field := "input.printerId"
		if in.PrinterID == 0 {
			field = "input.printerSerial"
		}
		return nil, apperr.Invalid(field, "no printer of your organization has this %s", strings.TrimPrefix(field, "input."))
	}
	if err != nil {
		return nil, fmt.Errorf("create intervention: printer: %w", err)
	}
	pb, err := s.client.PanicButton.Query().Where(panicbutton.ID(p.PanicButtonID)).WithOrganization().Only(sys)
	if err != nil {
		return nil, fmt.Errorf("create intervention: panic button: %w", err)
	}
	var causes []*ent.Cause
	if len(in.CauseIDs) > 0 {
		causes, err = s.client.Cause.Query().
			Where(cause.IDIn(in.CauseIDs...), cause.PanicButtonID(pb.ID), cause.Active(true)).
			Order(ent.Asc(cause.FieldPosition), ent.Asc(cause.FieldID)).All(sys)
		if err != nil {
			return nil, fmt.Errorf("create intervention: causes: %w", err)
		}
		if len(causes) != len(in.CauseIDs) {
			return nil, apperr.Invalid("input.causeIds", "each cause must be an active cause of the printer's panic button")
		}
	}
	lang := in.Language
	if lang == "" || !slices.Contains(pb.Languages, lang) {
		lang = pb.Edges.Organization.DefaultLanguage
	}
	n := New{PanicButton: pb, Printer: p, ReporterEmail: in.ReporterEmail, ReporterPhone: in.ReporterPhone,
		Message: in.Message, Language: lang, Causes: causes, CauseText: in.CauseText, Origin: intervention.OriginAPI,
		ExternalRef: in.ExternalRef}
	if in.IdempotencyKey != "" {
		var claimed *ent.IdempotencyKey
		n.Claim = func(ctx context.Context, tx *ent.Tx) error {
			var err error
			claimed, err = tx.IdempotencyKey.Create().SetOrganizationID(v.OrgID).SetKey(in.IdempotencyKey).
				SetRequestHash(hash).Save(ctx)
			if ent.IsConstraintError(err) {
				return errIdempotencyRace // a concurrent call with this key committed first: this one rolls back
			}
			return err
		}
		n.InTx = func(ctx context.Context, tx *ent.Tx, it *ent.Intervention) error {
			return tx.IdempotencyKey.UpdateOne(claimed).SetInterventionID(it.ID).Exec(ctx)
		}
	}
	c, err := s.Create(ctx, n)
	if errors.Is(err, errIdempotencyRace) {
		if done, err := s.replay(sys, v.OrgID, in.IdempotencyKey, hash); done != nil || err != nil {
			return done, err
		}
		return nil, fmt.Errorf("create intervention: idempotency key %q vanished", in.IdempotencyKey)
	}
	if err != nil {
		return nil, err
	}
	return &APICreated{Intervention: c.Intervention}, nil
}

// replay answers a call whose idempotency key was used before: the same intervention for the same input, a
// clear refusal for another input, nothing (nil, nil) for a new key.
func (s *Service) replay(sys context.Context, org int, key, hash string) (*APICreated, error) {
	row, err := s.client.IdempotencyKey.Query().
		Where(idempotencykey.OrganizationID(org), idempotencykey.Key(key)).WithIntervention().Only(sys)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("create intervention: idempotency key: %w", err)
	}
	if row.Edges.Intervention == nil {
		return nil, fmt.Errorf("create intervention: idempotency key %q has no intervention", key)
	}
	if row.RequestHash != hash {
		return nil, apperr.Invalid("input.idempotencyKey",
			"this idempotency key was used with a different input (intervention %s): use a new key for a new intervention",
			row.Edges.Intervention.Reference)
	}
	return &APICreated{Intervention: row.Edges.Intervention, Replayed: true}, nil
}

// normalize trims and checks every field, naming the one at fault.
func (in *APIRequest) normalize() error {
	in.PrinterSerial = strings.TrimSpace(in.PrinterSerial)
	switch {
	case in.PrinterID == 0 && in.PrinterSerial == "":
		return apperr.Invalid("input.printerId", "give the printer: printerId or printerSerial")
	case in.PrinterID != 0 && in.PrinterSerial != "":
		return apperr.Invalid("input.printerSerial", "give printerId or printerSerial, not both")
	}
	email, err := emailaddr.Normalize(in.ReporterEmail)
	if err != nil || len(email) > MaxEmail {
		return apperr.Invalid("input.reporterEmail", "must be a valid email address")
	}
	in.ReporterEmail = email
	in.ReporterPhone = strings.TrimSpace(in.ReporterPhone)
	if in.ReporterPhone != "" && !PhoneRe.MatchString(in.ReporterPhone) {
		return apperr.Invalid("input.reporterPhone", "must be a phone number (digits, spaces, + ( ) . / -), at most 40 characters")
	}
	in.Message = strings.TrimSpace(in.Message)
	if err := apperr.CheckText("input.message", in.Message, MaxMessage); err != nil {
		return err
	}
	in.CauseText = strings.TrimSpace(in.CauseText)
	if err := apperr.CheckText("input.causeText", in.CauseText, MaxCauseText); err != nil {
		return err
	}
	if len(in.CauseIDs) == 0 && in.CauseText == "" {
		return apperr.Invalid("input.causeIds", "give at least one cause: causeIds and/or causeText")
	}
	if len(in.CauseIDs) > maxAPICauses {
		return apperr.Invalid("input.causeIds", "at most %d causes", maxAPICauses)
	}
	slices.Sort(in.CauseIDs)
	in.CauseIDs = slices.Compact(in.CauseIDs)
	in.ExternalRef = strings.TrimSpace(in.ExternalRef)
	if err := apperr.CheckText("input.externalRef", in.ExternalRef, MaxExternalRef); err != nil {
		return err
	}
	in.Language = i18n.Normalize(in.Language)
	if in.IdempotencyKey != "" && !idempotencyKeyRe.MatchString(in.IdempotencyKey) {
		return apperr.Invalid("input.idempotencyKey", idempotencyKeyHelp)
	}
	return nil
}

// hash is the SHA-256 of the normalized input without its idempotency key.
func (in APIRequest) hash() string {
	in.IdempotencyKey = ""
	b, _ := json.Marshal(in)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
