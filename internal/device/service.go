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
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
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
	// Outbox queues emails inside the report's transaction (and wakes a worker once it commits).
	Outbox *mail.Outbox
	// Notify applies the notification rules to new interventions (creation in a trigger status).
	Notify *notify.Service
	Now    func() time.Time
}

// Service runs the device operations. They are unauthenticated: the printer is identified by its serial,
// then by the signed session token launch returns, so all data access runs in the system privacy context.
type Service struct {
	client    *ent.Client
	secret    []byte
	publicURL *url.URL
	limits    *limiters
	events    events.Broker
	log       *slog.Logger
	outbox    *mail.Outbox
	notify    *notify.Service
	now       func() time.Time
}

// NewService returns a Service.
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
	return &Service{client: c.Client, secret: c.Secret, publicURL: c.PublicURL,
		limits: newLimiters(c.Store, c.Limits), events: c.Events, log: c.Logger, outbox: c.Outbox, notify: c.Notify, now: c.Now}
}

// Launch is the start of a report: a known printer gets READY with a session and its kiosk, an unknown one
// REGISTRATION_REQUIRED (and nothing is stored but a rate-limit count).
func (s *Service) Launch(ctx context.Context, in LaunchInput, ip string) (*LaunchPayload, error) {
	info, err := validatePrinter("printer", in.Printer)
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
	p, err := s.client.Printer.Query().Where(printer.Serial(info.Serial)).First(sys)
	if ent.IsNotFound(err) {
		return &LaunchPayload{Status: StatusRegistrationRequired}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("launch: find printer: %w", err)
	}
	if err := take(ctx, s.limits.launchPrinter, "launch:printer:"+info.Serial); err != nil {
		return nil, err
	}
	if p, err = s.recordSighting(sys, p, info, meterreading.SourceLAUNCH); err != nil {
		return nil, err
	}
	return s.ready(sys, p, badge, normalizeLanguage(in.Language))
}

// RegisterPrinter registers an unknown printer with a printer code (or moves a known one when its
// organization allows it). Wrong codes count against the address and the serial.
func (s *Service) RegisterPrinter(ctx context.Context, in RegisterPrinterInput, ip string) (*LaunchPayload, error) {
	info, err := validatePrinter("printer", in.Printer)
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
	code := normalizeCode(in.PrinterCode)
	sys := rule.SystemContext(ctx)
	var pb *ent.PanicButton
	if code != "" {
		pb, err = s.client.PanicButton.Query().Where(panicbutton.PrinterCode(code), panicbutton.Active(true)).
			WithOrganization().First(sys)
		if err != nil && !ent.IsNotFound(err) {
			return nil, fmt.Errorf("register: find panic button: %w", err)
		}
	}
	if pb == nil || !pb.Edges.Organization.Active {
		return nil, apperr.New(apperr.UnknownPrinterCode, "unknown printer code")
	}
	if err := s.codeAccepted(ctx, ip, info.Serial); err != nil {
		return nil, err
	}
	p, err := s.register(sys, pb, info)
	if err != nil {
		return nil, err
	}
	return s.ready(sys, p, badge, normalizeLanguage(in.Language))
}

func (s *Service) register(ctx context.Context, pb *ent.PanicButton, info printerInfo) (*ent.Printer, error) {
	existing, err := s.client.Printer.Query().Where(printer.Serial(info.Serial)).WithOrganization().First(ctx)
	switch {
	case ent.IsNotFound(err):
		p, err := s.client.Printer.Create().SetSerial(info.Serial).SetOrganizationID(pb.OrganizationID).
			SetPanicButtonID(pb.ID).Save(ctx)
		if ent.IsConstraintError(err) { // registered concurrently by another request
			return s.register(ctx, pb, info)
		}
		if err != nil {
			return nil, fmt.Errorf("register printer: %w", err)
		}
		return s.recordSighting(ctx, p, info, meterreading.SourceLAUNCH)
	case err != nil:
		return nil, fmt.Errorf("register: find printer: %w", err)
	case existing.PanicButtonID == pb.ID: // idempotent
		return s.recordSighting(ctx, existing, info, meterreading.SourceLAUNCH)
	case !existing.Edges.Organization.AllowPrinterMove:
		return nil, apperr.New(apperr.Forbidden, "this printer is registered to another panic button; its administrator must allow moving it")
	case existing.OrganizationID == pb.OrganizationID:
		p, err := existing.Update().SetPanicButtonID(pb.ID).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("move printer: %w", err)
		}
		return s.recordSighting(ctx, p, info, meterreading.SourceLAUNCH)
	default:
		// Another organization: the printer starts afresh there. The old organization keeps its interventions
		// (with their printer snapshots); no row of it moves across tenants.
		tx, err := s.client.Tx(ctx)
		if err != nil {
			return nil, err
		}
		defer tx.Rollback() //nolint:errcheck
		if err := tx.Printer.DeleteOne(existing).Exec(ctx); err != nil {
			return nil, fmt.Errorf("move printer: %w", err)
		}
		p, err := tx.Printer.Create().SetSerial(info.Serial).SetOrganizationID(pb.OrganizationID).
			SetPanicButtonID(pb.ID).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("move printer: %w", err)
		}
		if err := tx.Commit(); err != nil {
			return nil, fmt.Errorf("move printer: %w", err)
		}
		return s.recordSighting(ctx, p, info, meterreading.SourceLAUNCH)
	}
}

// recordSighting updates the printer's last-seen information and, in the same transaction, stores a meter
// reading when the meters changed.
func (s *Service) recordSighting(ctx context.Context, p *ent.Printer, info printerInfo, source meterreading.Source) (*ent.Printer, error) {
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("record sighting: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	p, err = applySighting(ctx, tx.Client(), p, info, source, s.now())
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("record sighting: %w", err)
	}
	return p, nil
}

// applySighting writes info onto the printer with c (a transaction's client).
func applySighting(ctx context.Context, c *ent.Client, p *ent.Printer, info printerInfo, source meterreading.Source, now time.Time) (*ent.Printer, error) {
	upd := c.Printer.UpdateOneID(p.ID).SetLastSeenAt(now)
	for _, f := range []struct {
		v   string
		set func(string) *ent.PrinterUpdateOne
	}{{info.Model, upd.SetModel}, {info.Name, upd.SetName}, {info.Location, upd.SetLocation}, {info.IP, upd.SetIP}} {
		if f.v != "" {
			f.set(f.v)
		}
	}
	if info.hasErrors {
		upd.SetLastErrors(info.Errors)
	}
	if metersChanged(p, info) {
		upd.SetNillableLastTotal(info.Total).SetNillableLastBlack(info.Black).
			SetNillableLastColor(info.Color).SetNillableLastLarge(info.Large)
		err := c.MeterReading.Create().SetOrganizationID(p.OrganizationID).SetPrinterID(p.ID).SetSource(source).
			SetNillableTotal(info.Total).SetNillableBlack(info.Black).SetNillableColor(info.Color).
			SetNillableLarge(info.Large).SetReadAt(now).Exec(ctx)
		if err != nil {
			return nil, fmt.Errorf("store meter reading: %w", err)
		}
	}
	p, err := upd.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("update printer: %w", err)
	}
	return p, nil
}

func metersChanged(p *ent.Printer, info printerInfo) bool {
	if !info.hasMeters() {
		return false
	}
	diff := func(old, new *int64) bool { return new != nil && (old == nil || *old != *new) }
	return diff(p.LastTotal, info.Total) || diff(p.LastBlack, info.Black) ||
		diff(p.LastColor, info.Color) || diff(p.LastLarge, info.Large)
}
