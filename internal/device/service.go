package device

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/ulule/limiter/v3"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// Config wires a Service.
type Config struct {
	Client    *ent.Client
	Secret    []byte // SESSION_SECRET: signs launch session tokens
	PublicURL *url.URL
	Store     limiter.Store // memory, or Redis so limits are shared by instances
	Limits    Limits
	Events    events.Broker
	Logger    *slog.Logger
	// Interventions creates the interventions reports open.
	Interventions *interventions.Service
	// Webhooks queues printer.registered in the registering transaction (nil: none).
	Webhooks *webhooks.Service
	Now      func() time.Time
}

// Service runs the device operations. They are unauthenticated: the printer is identified by its serial,
// then by the signed session token launch returns, so all data access runs in the system privacy context.
type Service struct {
	client        *ent.Client
	secret        []byte
	publicURL     *url.URL
	limits        *limiters
	events        events.Broker
	log           *slog.Logger
	interventions *interventions.Service
	webhooks      *webhooks.Service
	now           func() time.Time
	buttons       *buttonCache
	stop          context.CancelFunc
}

// NewService returns a Service; Close stops its listening to other instances' changes.
func NewService(c Config) *Service {
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Limits == (Limits{}) {
		c.Limits = DefaultLimits
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	s := &Service{client: c.Client, secret: c.Secret, publicURL: c.PublicURL,
		limits: newLimiters(c.Store, c.Limits), events: c.Events, log: c.Logger, interventions: c.Interventions,
		webhooks: c.Webhooks, now: c.Now, buttons: newButtonCache(c.Client, c.Events, c.Logger, c.Now)}
	s.buttons.prepare = func(b *button) { b.kiosk = s.newKioskContent(b.pb, b.causes, b.media) }
	ctx, stop := context.WithCancel(context.Background())
	s.stop = stop
	s.buttons.listen(ctx)
	return s
}

// Close stops listening to other instances' announcements.
func (s *Service) Close() { s.stop() }

// Launch is the start of a report: a known printer gets READY with a session and its kiosk, an unknown one
// REGISTRATION_REQUIRED (and nothing is stored but a rate-limit count).
func (s *Service) Launch(ctx context.Context, in LaunchInput, ip string) (*LaunchPayload, error) {
	info, err := printers.Validate("printer", in.Printer)
	if err != nil {
		return nil, err
	}
	badge, err := optionalEmail("badgeEmail", in.BadgeEmail)
	if err != nil {
		return nil, err
	}
	if err := take(ctx, s.limits.launchAddr, "launch:ip:"+ip); err != nil {
		return nil, err
	}
	sys := rule.SystemContext(ctx)
	p, err := s.client.Printer.Query().Where(printer.Serial(info.Serial)).Select(launchColumns...).First(sys)
	if ent.IsNotFound(err) {
		return &LaunchPayload{Status: StatusRegistrationRequired}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("launch: find printer: %w", err)
	}
	if err := take(ctx, s.limits.launchPrinter, "launch:printer:"+info.Serial); err != nil {
		return nil, err
	}
	// A disabled organization's printers are refused before anything of theirs is recorded.
	b, err := s.loadButton(sys, p.PanicButtonID)
	if err != nil {
		return nil, err
	}
	if p, err = printers.RecordSighting(sys, s.client, p, info, meterreading.SourceLAUNCH, s.now()); err != nil {
		return nil, err
	}
	return s.ready(sys, p, b, badge, normalizeLanguage(in.Language))
}

// launchColumns are the printer's columns launch and a report read: what recording the sighting compares and
// writes, the kiosk's and the emails' variables, the snapshot and the session's ids (interventions.New.Printer).
// The rest (SNMP settings, alerts, silence, timestamps) is not read, so the printer they hand on is partial:
// nothing after them may use the other fields.
var launchColumns = []string{printer.FieldID, printer.FieldOrganizationID, printer.FieldPanicButtonID, printer.FieldSerial,
	printer.FieldModel, printer.FieldName, printer.FieldLocation, printer.FieldIP, printer.FieldLastTotal,
	printer.FieldLastBlack, printer.FieldLastColor, printer.FieldLastLarge, printer.FieldLastErrors}

// RegisterPrinter registers an unknown printer with a printer code (or moves a known one when its
// organization allows it). Wrong codes count against the address and the serial.
func (s *Service) RegisterPrinter(ctx context.Context, in RegisterPrinterInput, ip string) (*LaunchPayload, error) {
	info, err := printers.Validate("printer", in.Printer)
	if err != nil {
		return nil, err
	}
	badge, err := optionalEmail("badgeEmail", in.BadgeEmail)
	if err != nil {
		return nil, err
	}
	if err := s.codeAttempt(ctx, ip, info.Serial); err != nil {
		return nil, err
	}
	code := schematype.NormalizePrinterCode(in.PrinterCode) // the form codes are stored in
	sys := rule.SystemContext(ctx)
	var pb *ent.PanicButton
	if code != "" {
		pb, err = s.client.PanicButton.Query().Where(panicbutton.PrinterCode(code), panicbutton.Active(true)).
			WithOrganization().First(sys)
		if err != nil && !ent.IsNotFound(err) {
			return nil, fmt.Errorf("register: find panic button: %w", err)
		}
	}
	if pb == nil {
		return nil, apperr.New(apperr.UnknownPrinterCode, "unknown printer code")
	}
	if !pb.Edges.Organization.Active { // the right code, but its organization takes no printers now
		return nil, errOrganizationDisabled()
	}
	if err := s.codeAccepted(ctx, ip, info.Serial); err != nil {
		return nil, err
	}
	p, err := s.register(sys, pb, info)
	if err != nil {
		return nil, err
	}
	b, err := s.loadButton(sys, pb.ID) // p is pb's printer now
	if err != nil {
		return nil, err
	}
	return s.ready(sys, p, b, badge, normalizeLanguage(in.Language))
}

func (s *Service) register(ctx context.Context, pb *ent.PanicButton, info printers.Info) (*ent.Printer, error) {
	existing, err := s.client.Printer.Query().Where(printer.Serial(info.Serial)).WithOrganization().First(ctx)
	switch {
	case ent.IsNotFound(err):
		var p *ent.Printer
		err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
			var err error
			if p, err = tx.Printer.Create().SetSerial(info.Serial).SetOrganizationID(pb.OrganizationID).
				SetPanicButtonID(pb.ID).Save(ctx); err != nil {
				return err
			}
			return s.printerRegistered(ctx, tx.Client(), p, info)
		})
		if ent.IsConstraintError(err) { // registered concurrently by another request
			return s.register(ctx, pb, info)
		}
		if err != nil {
			return nil, fmt.Errorf("register printer: %w", err)
		}
		return printers.RecordSighting(ctx, s.client, p, info, meterreading.SourceLAUNCH, s.now())
	case err != nil:
		return nil, fmt.Errorf("register: find printer: %w", err)
	case existing.PanicButtonID == pb.ID: // idempotent
		return printers.RecordSighting(ctx, s.client, existing, info, meterreading.SourceLAUNCH, s.now())
	case !pb.Edges.Organization.AllowPrinterMove:
		// The consent is the receiving organization's (Organization.allowPrinterMove): it decides whether printers
		// registered elsewhere may join its panic buttons.
		return nil, apperr.New(apperr.Forbidden, "this printer is registered to another panic button; the administrator of this printer code's organization must allow moving printers in")
	case existing.OrganizationID == pb.OrganizationID:
		p, err := existing.Update().SetPanicButtonID(pb.ID).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("move printer: %w", err)
		}
		return printers.RecordSighting(ctx, s.client, p, info, meterreading.SourceLAUNCH, s.now())
	default:
		// Another organization: the printer starts afresh there. The old row stays with the old organization,
		// detached (its serial gets a suffix no device can send, and it is no longer polled), so the old
		// organization keeps its history: its interventions still point at it and its meter readings stay with it.
		// Nothing of one tenant moves into the other.
		var p *ent.Printer
		err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
			if err := tx.Printer.UpdateOne(existing).SetSerial(detachedSerial(existing)).SetSnmpEnabled(false).
				Exec(ctx); err != nil {
				return err
			}
			var err error
			if p, err = tx.Printer.Create().SetSerial(info.Serial).SetOrganizationID(pb.OrganizationID).
				SetPanicButtonID(pb.ID).Save(ctx); err != nil {
				return err
			}
			return s.printerRegistered(ctx, tx.Client(), p, info)
		})
		if err != nil {
			return nil, fmt.Errorf("move printer: %w", err)
		}
		return printers.RecordSighting(ctx, s.client, p, info, meterreading.SourceLAUNCH, s.now())
	}
}

// printerRegistered queues printer.registered for a printer just created in tx, as it is once its sighting
// (info) is recorded.
func (s *Service) printerRegistered(ctx context.Context, tx *ent.Client, p *ent.Printer, info printers.Info) error {
	seen := *p
	seen.Model, seen.Name, seen.Location, seen.IP = info.Model, info.Name, info.Location, info.IP
	return s.webhooks.Enqueue(ctx, tx, p.OrganizationID, webhooks.Event{Type: webhooks.PrinterRegistered,
		Data: map[string]any{"printer": webhooks.PrinterData(&seen)}})
}

// errOrganizationDisabled is the answer of every device operation for a disabled organization's printer.
func errOrganizationDisabled() error {
	return apperr.New(apperr.OrganizationDisabled, "this organization is disabled: it takes no reports")
}

// detachedSerial is the serial a moved printer's old row keeps: the serial and "#moved-<id>", which no device can
// send ('#' is not a serial character) and which stays unique.
func detachedSerial(p *ent.Printer) string {
	suffix := fmt.Sprintf("#moved-%d", p.ID)
	serial := p.Serial
	if len(serial)+len(suffix) > 64 {
		serial = serial[:64-len(suffix)]
	}
	return serial + suffix
}
