package snmp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// Reporter opens an intervention for an alert that matches one of the printer's auto-report rules, at most
// once per ongoing alert; *interventions.Service implements it.
type Reporter interface {
	ReportAlert(ctx context.Context, printerID int, a interventions.Alert) (reference string, created bool, err error)
}

// SupplyChecker applies a panic button's low-supply rules after a poll; *interventions.Service implements it
// (a Reporter that does is asked after every poll of a printer whose panic button has such rules).
type SupplyChecker interface {
	CheckSupplies(ctx context.Context, printerID int, at time.Time) (references []string, err error)
}

// Poller defaults.
const (
	DefaultPollInterval = 5 * time.Minute
	// DefaultMaxBackoff is the most poll rounds an unreachable printer is skipped for.
	DefaultMaxBackoff = 8
	pollBatch         = 500
)

// PollerConfig wires a Poller.
type PollerConfig struct {
	Client   *ent.Client
	Reporter Reporter // nil: alerts are tracked in last_alerts but open nothing
	// Interval between rounds (DefaultPollInterval when zero). A printer is polled about once per interval,
	// whatever the number of server instances: each round claims a printer by moving its last_polled_at.
	Interval    time.Duration
	Concurrency int           // printers read in parallel (DefaultConcurrency when < 1)
	Timeout     time.Duration // per SNMP request (DefaultTimeout when zero)
	Retries     int           // retries per SNMP request
	MaxBackoff  int           // rounds an unreachable printer is skipped for at most (DefaultMaxBackoff when < 1)
	Logger      *slog.Logger
	Now         func() time.Time
	// AllowedRanges are the ranges polled even though AddrGuard refuses them by default (loopback, link-local,
	// …): SNMP_ALLOWED_RANGES.
	AllowedRanges []netip.Prefix
	// Webhooks queues printer.alert when a poll sees a new alert (nil: none).
	Webhooks *webhooks.Service
}

// Poller keeps the meter history and alerts of the printers with SNMP polling on, and opens interventions for
// alerts that match their panic button's auto-report rules (docs/DESIGN.md §9).
type Poller struct {
	cfg PollerConfig
	log *slog.Logger

	mu      sync.Mutex
	backoff map[int]*backoffState // printer id -> consecutive failures
	locks   map[int]*sync.Mutex   // printer id -> serialises recording (a round and an on-demand poll)
}

type backoffState struct {
	failures  int
	nextRound time.Time // not polled before
}

// PollResult is the outcome of polling one printer.
type PollResult struct {
	PrinterID   int
	Serial      string
	Target      string   // host:port (vN); empty when the printer's settings give no target
	Reading     *Reading // nil on failure
	MeterStored bool     // a MeterReading (SNMP_POLL) was stored: the meters changed
	Alerts      []schematype.PrinterAlert
	Reported    []string // references of the interventions this poll opened
	Err         error
}

// PollStats counts one round.
type PollStats struct {
	Polled   int // read and recorded
	Failed   int // unreachable, misconfigured or not recorded
	Skipped  int // backing off after failures
	Readings int // meter readings stored
	Reported int // interventions opened
}

// NewPoller returns a Poller; call Run to start it.
func NewPoller(c PollerConfig) *Poller {
	if c.Interval <= 0 {
		c.Interval = DefaultPollInterval
	}
	if c.Concurrency < 1 {
		c.Concurrency = DefaultConcurrency
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxBackoff < 1 {
		c.MaxBackoff = DefaultMaxBackoff
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return &Poller{cfg: c, log: c.Logger, backoff: map[int]*backoffState{}, locks: map[int]*sync.Mutex{}}
}

// Run polls a round now and then every interval until ctx ends; it returns ctx's error.
func (p *Poller) Run(ctx context.Context) error {
	p.log.Info("SNMP poller started", "interval", p.cfg.Interval.String(), "concurrency", p.cfg.Concurrency)
	t := time.NewTicker(p.cfg.Interval)
	defer t.Stop()
	for {
		start := time.Now()
		st, err := p.PollOnce(ctx)
		switch {
		case ctx.Err() != nil:
		case err != nil:
			p.log.Warn("SNMP poll round failed", "err", err)
		case st != PollStats{}:
			p.log.Info("SNMP poll round", "polled", st.Polled, "failed", st.Failed, "skipped", st.Skipped,
				"meter_readings", st.Readings, "interventions", st.Reported, "took", time.Since(start).Round(time.Millisecond).String())
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// PollOnce runs one round over the printers with SNMP polling on that no instance polled within the last
// interval. One printer's failure never stops the others.
func (p *Poller) PollOnce(ctx context.Context) (PollStats, error) {
	var st PollStats
	sys := rule.SystemContext(ctx)
	now := p.cfg.Now()
	// A printer polled less than 90% of an interval ago (by this or another instance) waits for the next round.
	cutoff := now.Add(-p.cfg.Interval + p.cfg.Interval/10)
	lastID := 0
	for {
		batch, err := p.cfg.Client.Printer.Query().
			Where(printer.SnmpEnabled(true), printer.IDGT(lastID),
				printer.Or(printer.LastPolledAtIsNil(), printer.LastPolledAtLT(cutoff))).
			Order(ent.Asc(printer.FieldID)).Limit(pollBatch).WithPanicButton().All(sys)
		if err != nil {
			return st, fmt.Errorf("snmp poll: load printers: %w", err)
		}
		if len(batch) == 0 {
			return st, nil
		}
		lastID = batch[len(batch)-1].ID
		var (
			printers []*ent.Printer
			targets  []Target
		)
		for _, pr := range batch {
			if p.backingOff(pr.ID, now) {
				st.Skipped++
				continue
			}
			t, err := printerTarget(pr, p.cfg)
			if err != nil {
				st.Failed++
				p.failed(ctx, now, &PollResult{PrinterID: pr.ID, Serial: pr.Serial, Err: err})
				continue
			}
			ok, err := p.claim(sys, pr.ID, now, cutoff)
			if err != nil {
				return st, err
			}
			if ok {
				printers = append(printers, pr)
				targets = append(targets, t)
			}
		}
		for i, r := range CollectMany(ctx, targets, p.cfg.Concurrency) {
			if ctx.Err() != nil {
				return st, ctx.Err()
			}
			res := &PollResult{PrinterID: printers[i].ID, Serial: printers[i].Serial, Target: r.Target.String(), Reading: r.Reading, Err: r.Err}
			if res.Err == nil {
				p.record(ctx, printers[i].Edges.PanicButton, res)
			}
			if res.Err != nil {
				st.Failed++
				p.failed(ctx, now, res)
				continue
			}
			p.succeeded(ctx, res)
			st.Polled++
			if res.MeterStored {
				st.Readings++
			}
			st.Reported += len(res.Reported)
		}
		if len(batch) < pollBatch {
			return st, nil
		}
	}
}

// PollPrinter polls one printer now, whether or not its polling is on and whatever its back-off (an
// administrator asked for it; the caller has checked they may see the printer). A failure is returned both
// as the error and in the result.
func (p *Poller) PollPrinter(ctx context.Context, printerID int) (*PollResult, error) {
	sys := rule.SystemContext(ctx)
	pr, err := p.cfg.Client.Printer.Query().Where(printer.ID(printerID)).WithPanicButton().Only(sys)
	if err != nil {
		return nil, fmt.Errorf("snmp poll: load printer %d: %w", printerID, err)
	}
	res := &PollResult{PrinterID: pr.ID, Serial: pr.Serial}
	t, err := printerTarget(pr, p.cfg)
	if err != nil {
		res.Err = err
		return res, err
	}
	res.Target = t.String()
	if res.Reading, res.Err = Collect(ctx, t); res.Err == nil {
		p.record(ctx, pr.Edges.PanicButton, res)
	}
	if res.Err != nil {
		return res, res.Err
	}
	p.succeeded(ctx, res)
	return res, nil
}

// record stores a reading (under the printer's lock): the sighting, its alerts with the time each was first
// seen, then one intervention per alert matching an auto-report rule. A failure is set in res.Err.
func (p *Poller) record(ctx context.Context, pb *ent.PanicButton, res *PollResult) {
	unlock := p.lock(res.PrinterID)
	defer unlock()
	sys := rule.SystemContext(ctx)
	now := p.cfg.Now()
	prev, err := p.cfg.Client.Printer.Get(sys, res.PrinterID)
	if err != nil {
		res.Err = fmt.Errorf("snmp poll: load printer %d: %w", res.PrinterID, err)
		return
	}
	res.Alerts = trackAlerts(prev.LastAlerts, readingAlerts(res.Reading), now)
	info := deviceInfo(res.Reading)
	if info.Serial != "" && info.Serial != prev.Serial {
		res.Err = fmt.Errorf("snmp poll: %s answers with serial %q, not %q: another device has this address", res.Target, info.Serial, prev.Serial)
		return
	}
	in := deviceInput(info)
	if in.Errors == nil {
		in.Errors = []string{} // a poll that reads no error message clears the last ones
	}
	in.Supplies = supplyInputs(res.Reading.Supplies)
	_, res.MeterStored, err = printers.RecordSNMPPoll(ctx, p.cfg.Client, res.PrinterID, printers.SNMPPoll{Printer: in, Alerts: res.Alerts, At: now, Webhooks: p.cfg.Webhooks})
	if err != nil {
		res.Err = fmt.Errorf("snmp poll: record %s: %w", prev.Serial, err)
		return
	}
	if sc, ok := p.cfg.Reporter.(SupplyChecker); ok && pb != nil && len(pb.SupplyRules) > 0 {
		refs, err := sc.CheckSupplies(ctx, res.PrinterID, now)
		if err != nil {
			p.log.Warn("low-supply rules: could not apply", "printer", prev.Serial, "err", err)
		}
		res.Reported = append(res.Reported, refs...)
	}
	if p.cfg.Reporter == nil || pb == nil || len(pb.AutoReportRules) == 0 {
		return
	}
	for _, a := range res.Alerts {
		since, _ := interventions.ParseSince(a.Since)
		alert := interventions.Alert{Condition: a.Condition, Description: a.Description, Since: since}
		if _, ok := interventions.MatchAutoReportRule(pb.AutoReportRules, alert, now); !ok {
			continue
		}
		ref, created, err := p.cfg.Reporter.ReportAlert(ctx, res.PrinterID, alert)
		if err != nil {
			// The reading is stored; the alert is tried again next round (its key stays the same).
			p.log.Warn("SNMP alert: could not open an intervention", "printer", prev.Serial, "condition", a.Condition, "err", err)
			continue
		}
		if created {
			res.Reported = append(res.Reported, ref)
		}
	}
}

func (p *Poller) lock(printerID int) func() {
	p.mu.Lock()
	m := p.locks[printerID]
	if m == nil {
		m = &sync.Mutex{}
		p.locks[printerID] = m
	}
	p.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// claim moves last_polled_at to now unless another round (of any instance) did since cutoff.
func (p *Poller) claim(ctx context.Context, printerID int, now, cutoff time.Time) (bool, error) {
	n, err := p.cfg.Client.Printer.Update().
		Where(printer.ID(printerID), printer.Or(printer.LastPolledAtIsNil(), printer.LastPolledAtLT(cutoff))).
		SetLastPolledAt(now).Save(ctx)
	if err != nil {
		return false, fmt.Errorf("snmp poll: claim printer %d: %w", printerID, err)
	}
	return n == 1, nil
}

func (p *Poller) backingOff(printerID int, now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.backoff[printerID]
	return b != nil && now.Before(b.nextRound)
}

// failed logs a failure and skips the printer for the next 1, 2, 4 ... up to MaxBackoff rounds.
func (p *Poller) failed(ctx context.Context, at time.Time, res *PollResult) {
	p.mu.Lock()
	b := p.backoff[res.PrinterID]
	if b == nil {
		b = &backoffState{}
		p.backoff[res.PrinterID] = b
	}
	b.failures++
	skip := min(1<<min(b.failures-1, 16), p.cfg.MaxBackoff)
	b.nextRound = at.Add(time.Duration(skip+1)*p.cfg.Interval - p.cfg.Interval/10)
	failures := b.failures
	p.mu.Unlock()
	level := slog.LevelWarn
	if errors.Is(res.Err, context.Canceled) {
		level = slog.LevelDebug
	}
	p.log.Log(ctx, level, "SNMP poll failed", "printer", res.Serial, "target", res.Target, "err", res.Err,
		"consecutive_failures", failures, "skipped_rounds", skip)
}

func (p *Poller) succeeded(ctx context.Context, res *PollResult) {
	p.mu.Lock()
	b := p.backoff[res.PrinterID]
	delete(p.backoff, res.PrinterID)
	p.mu.Unlock()
	if b != nil {
		p.log.InfoContext(ctx, "SNMP printer answers again", "printer", res.Serial, "target", res.Target, "after_failures", b.failures)
	}
}

// printerTarget is how to reach a printer: its ip (a non-standard port may be given as HOST:PORT), SNMP
// settings, profile and its panic button's OID1..OID4 (an invalid OID is left out rather than stopping
// the poll).
func printerTarget(pr *ent.Printer, c PollerConfig) (Target, error) {
	bad := func(format string, a ...any) (Target, error) {
		return Target{}, &Error{Target: pr.IP, Op: "printer settings", Kind: ErrInvalidTarget, Detail: fmt.Sprintf(format, a...)}
	}
	if strings.TrimSpace(pr.IP) == "" {
		return bad("printer %s has no IP address to poll", pr.Serial)
	}
	hps, err := ExpandTargets(pr.IP)
	if err != nil || len(hps) != 1 {
		return bad("printer %s: ip %q is not one address", pr.Serial, pr.IP)
	}
	t := Target{Host: hps[0].Host, Port: hps[0].Port, Community: pr.SnmpCommunity, ProfileOverride: pr.SnmpProfile,
		Timeout: c.Timeout, Retries: c.Retries, Guard: &AddrGuard{Allowed: c.AllowedRanges}}
	switch pr.SnmpVersion {
	case printer.SnmpVersionV1:
		t.Version = V1
	case printer.SnmpVersionV3:
		v3 := pr.SnmpV3
		t.Version, t.V3User, t.V3AuthProto, t.V3AuthPass = V3, v3.User, v3.AuthProtocol, v3.AuthPassword
		t.V3PrivProto, t.V3PrivPass, t.V3SecLevel = v3.PrivProtocol, v3.PrivPassword, SecurityLevel(v3.SecurityLevel)
	default:
		t.Version = V2c
	}
	if pb := pr.Edges.PanicButton; pb != nil {
		for i, oid := range pb.ErrorOids {
			if i >= len(t.ErrorOIDs) {
				break
			}
			if n, err := NormalizeOID(oid); err == nil {
				t.ErrorOIDs[i] = n
			}
		}
	}
	if err := t.Validate(); err != nil {
		return Target{}, err
	}
	return t, nil
}

// conditionInfo describes the hrPrinterDetectedErrorState conditions for people.
var conditionInfo = map[Condition]struct{ label, severity string }{
	LowPaper: {"Low paper", "warning"}, NoPaper: {"No paper", "critical"}, LowToner: {"Low toner", "warning"},
	NoToner: {"No toner", "critical"}, DoorOpen: {"Door open", "critical"}, Jammed: {"Paper jam", "critical"},
	Offline: {"Offline", "critical"}, ServiceRequested: {"Service requested", "critical"},
	InputTrayMissing: {"Input tray missing", "critical"}, OutputTrayMissing: {"Output tray missing", "critical"},
	MarkerSupplyMissing: {"Marker supply missing", "critical"}, OutputNearFull: {"Output tray nearly full", "warning"},
	OutputFull: {"Output tray full", "critical"}, InputTrayEmpty: {"Input tray empty", "warning"},
	OverduePreventMaint: {"Preventive maintenance overdue", "warning"},
}

// readingAlerts lists what a reading shows as alerts, one per condition name: the detected error state's
// conditions (e.g. "jammed"), then the alert table's codes (e.g. "jam", with the printer's description).
// A condition's description ends with the printer's display text, so a ticket says what the panel says.
func readingAlerts(r *Reading) []schematype.PrinterAlert {
	var out []schematype.PrinterAlert
	index := map[string]int{}
	console := strings.Join(r.ConsoleText, " | ")
	for _, c := range r.Conditions {
		a := schematype.PrinterAlert{Condition: string(c)}
		if ci, ok := conditionInfo[c]; ok {
			a.Description, a.Severity = ci.label, ci.severity
		}
		if console != "" {
			a.Description = strings.TrimSpace(a.Description + " (printer display: " + console + ")")
		}
		if _, dup := index[a.Condition]; !dup {
			index[a.Condition] = len(out)
			out = append(out, a)
		}
	}
	for _, al := range r.Alerts {
		name := al.CodeName
		if name == "" {
			continue
		}
		if i, dup := index[name]; dup {
			if out[i].Description == "" {
				out[i].Description = al.Text()
			}
			continue
		}
		index[name] = len(out)
		out = append(out, schematype.PrinterAlert{Condition: name, Description: truncateRunes(al.Text(), MaxErrorLength), Severity: al.SeverityName})
	}
	return out
}

// trackAlerts stamps current alerts with the time each was first seen: one also present in prev keeps its
// Since; a new one gets now. Alerts absent from current are dropped.
func trackAlerts(prev, current []schematype.PrinterAlert, now time.Time) []schematype.PrinterAlert {
	since := map[string]string{}
	for _, a := range prev {
		if _, ok := interventions.ParseSince(a.Since); ok {
			since[a.Condition] = a.Since
		}
	}
	out := make([]schematype.PrinterAlert, 0, len(current))
	for _, a := range current {
		if s, ok := since[a.Condition]; ok {
			a.Since = s
		} else {
			a.Since = interventions.FormatSince(now)
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// deviceInput converts a PrinterInfo to the device contract's input type.
func deviceInput(info PrinterInfo) *printers.PrinterInfoInput {
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	in := &printers.PrinterInfoInput{Serial: info.Serial, Model: str(info.Model), Name: str(info.Name),
		Location: str(info.Location), IP: str(info.IP), Errors: info.Errors}
	if c := info.Counters; c != nil {
		n := func(v *int64) *int {
			if v == nil {
				return nil
			}
			x := int(*v)
			return &x
		}
		in.Counters = &printers.CountersInput{Total: n(c.Total), Black: n(c.Black), Color: n(c.Color), Large: n(c.Large)}
	}
	return in
}

// supplyInputs converts the marker supplies read to the device contract's input: the type and unit by their
// RFC 3805 names, the colour from the description (SupplyColor). Levels beyond 32 bits are left out.
func supplyInputs(rows []Supply) []*printers.SupplyInput {
	out := make([]*printers.SupplyInput, 0, len(rows))
	seen := map[string]bool{}
	for _, s := range rows {
		if s.Level < -3 {
			s.Level = -2 // below the RFC's special values: unknown
		}
		s.MaxCapacity = max(s.MaxCapacity, -2)
		if s.Level == -2 && s.MaxCapacity == -2 && s.Description == "" {
			continue
		}
		if d := strings.ToLower(strings.TrimSpace(s.Description)); seen[d] {
			s.Description = strings.TrimSpace(s.Description) + " (" + s.Index + ")" // two rows, one name
		} else {
			seen[d] = true
		}
		if s.Level > math.MaxInt32 || s.MaxCapacity > math.MaxInt32 || len(out) == printers.MaxSupplies {
			continue
		}
		str := func(v string) *string {
			if v == "" {
				return nil
			}
			return &v
		}
		maxCap := int(s.MaxCapacity)
		in := &printers.SupplyInput{Description: truncateRunes(strings.TrimSpace(s.Description), printers.MaxText),
			Index: s.Index, Level: int(s.Level), MaxCapacity: &maxCap, Color: str(SupplyColor(s.Description))}
		if s.Type > 0 {
			in.Type = str(truncateRunes(s.TypeName, printers.MaxSupplyTag))
		}
		if s.Unit > 0 {
			in.Unit = str(truncateRunes(enumName(supplyUnitNames, "unit", s.Unit), printers.MaxSupplyTag))
		}
		out = append(out, in)
	}
	return out
}
