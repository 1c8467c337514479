package printers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/supply"
	"github.com/panicbutton/panicbutton/ent/supplyreading"
	"github.com/panicbutton/panicbutton/internal/apperr"
)

// SupplyInput is one marker supply as a printer app (or the SNMP poller) reads it: RFC 3805's
// prtMarkerSuppliesTable row. Level and MaxCapacity keep the RFC's special values: -1 no restriction
// ("other"), -2 unknown, -3 (level only) some remaining.
type SupplyInput struct {
	Description string  `json:"description"`
	Type        *string `json:"type,omitempty"`
	Color       *string `json:"color,omitempty"`
	Unit        *string `json:"unit,omitempty"`
	Level       int     `json:"level"`
	MaxCapacity *int    `json:"maxCapacity,omitempty"`
	// Index is the SNMP row (hrDeviceIndex.prtMarkerSuppliesIndex); it names a supply without description.
	Index string `json:"-"`
}

// Limits of supplies.
const (
	MaxSupplies  = 32
	MaxSupplyTag = 40 // type, colour, unit
)

// Supply rules (docs/usage.md).
const (
	// ReplacementJump is the rise in percent points between two readings that counts as a replacement.
	ReplacementJump = 10
	// ForecastReadings is how many recent readings (since the last replacement) the forecast fits.
	ForecastReadings = 30
	// ForecastMinSpan is the shortest time those readings must span for a forecast.
	ForecastMinSpan = 6 * time.Hour
	// SupplyHeartbeat is how often an unchanged level is still written to the history.
	SupplyHeartbeat = 24 * time.Hour
)

// SupplyLevel is a validated supply.
type SupplyLevel struct {
	Key, Description, Type, Color, Unit string
	Level, MaxCapacity                  int64
	State                               supply.LevelState
	Percent                             *int
}

// levelState reads RFC 3805's special values of a level and capacity, and the percent when both are known.
func levelState(level, max int64) (supply.LevelState, *int) {
	switch {
	case level == -3:
		return supply.LevelStateSOME_REMAINING, nil
	case level == -1 || max == -1:
		return supply.LevelStateNO_RESTRICTION, nil
	case level < 0:
		return supply.LevelStateUNKNOWN, nil
	case max > 0:
		p := int(min(level*100/max, 100))
		return supply.LevelStateKNOWN, &p
	}
	return supply.LevelStateKNOWN, nil // a level without a known capacity: a number, no percent
}

// supplyKey names a supply on its printer: its description, lowercased, else its SNMP index.
func supplyKey(description, index string) string {
	k := strings.ToLower(strings.Join(strings.Fields(description), " "))
	if k == "" {
		k = "#" + index
	}
	if len(k) <= 64 {
		return k
	}
	sum := sha256.Sum256([]byte(k))
	return "sha256:" + hex.EncodeToString(sum[:])[:57]
}

func validateSupplies(field string, in []*SupplyInput) ([]SupplyLevel, error) {
	if len(in) > MaxSupplies {
		return nil, apperr.Invalid(field, "at most %d supplies", MaxSupplies)
	}
	out := make([]SupplyLevel, 0, len(in))
	seen := map[string]bool{}
	for i, s := range in {
		f := fmt.Sprintf("%s[%d]", field, i)
		if s == nil {
			return nil, apperr.Invalid(f, "is required")
		}
		v := SupplyLevel{Description: strings.TrimSpace(s.Description), Level: int64(s.Level), MaxCapacity: -2}
		if v.Description == "" && s.Index == "" {
			return nil, apperr.Invalid(f+".description", "is required")
		}
		if err := apperr.CheckText(f+".description", v.Description, MaxText); err != nil {
			return nil, err
		}
		for _, t := range []struct {
			name string
			in   *string
			out  *string
		}{{"type", s.Type, &v.Type}, {"color", s.Color, &v.Color}, {"unit", s.Unit, &v.Unit}} {
			if t.in == nil {
				continue
			}
			*t.out = strings.TrimSpace(*t.in)
			if err := apperr.CheckText(f+"."+t.name, *t.out, MaxSupplyTag); err != nil {
				return nil, err
			}
		}
		if s.Level < -3 {
			return nil, apperr.Invalid(f+".level", "must be at least -3 (-1 no restriction, -2 unknown, -3 some remaining)")
		}
		if s.MaxCapacity != nil {
			if *s.MaxCapacity < -2 {
				return nil, apperr.Invalid(f+".maxCapacity", "must be at least -2 (-1 no restriction, -2 unknown)")
			}
			v.MaxCapacity = int64(*s.MaxCapacity)
		}
		if v.Description == "" {
			v.Description = "Supply " + s.Index
		}
		v.Key = supplyKey(v.Description, s.Index)
		if seen[v.Key] {
			return nil, apperr.Invalid(f+".description", "names the same supply as an earlier one")
		}
		seen[v.Key] = true
		v.State, v.Percent = levelState(v.Level, v.MaxCapacity)
		out = append(out, v)
	}
	return out, nil
}

// recordSupplies writes the supplies of a sighting (c is the transaction's client): the current state of
// each, a history reading when its level changed (or SupplyHeartbeat after the last), flagged as a
// replacement when the percent rose by ReplacementJump points or more, and the forecast.
func recordSupplies(ctx context.Context, c *ent.Client, p *ent.Printer, info Info, now time.Time) ([]SupplyChange, error) {
	if len(info.Supplies) == 0 {
		return nil, nil
	}
	existing, err := c.Supply.Query().Where(supply.PrinterID(p.ID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("load supplies: %w", err)
	}
	byKey := map[string]*ent.Supply{}
	for _, s := range existing {
		byKey[s.Key] = s
	}
	// The list is the printer's whole supply table: a supply it no longer lists is gone (with its history), so
	// a printer holds at most MaxSupplies.
	listed := map[string]bool{}
	for _, v := range info.Supplies {
		listed[v.Key] = true
	}
	var gone []int
	for _, s := range existing {
		if !listed[s.Key] {
			gone = append(gone, s.ID)
		}
	}
	if len(gone) > 0 {
		if _, err := c.Supply.Delete().Where(supply.IDIn(gone...)).Exec(ctx); err != nil {
			return nil, fmt.Errorf("remove supplies: %w", err)
		}
	}
	var changes []SupplyChange
	for _, v := range info.Supplies {
		old := byKey[v.Key]
		var (
			s   *ent.Supply
			chg = SupplyChange{Level: v}
		)
		if old == nil {
			s, err = c.Supply.Create().SetOrganizationID(p.OrganizationID).SetPrinterID(p.ID).SetKey(v.Key).
				SetDescription(v.Description).SetType(v.Type).SetColor(v.Color).SetUnit(v.Unit).SetLevel(v.Level).
				SetMaxCapacity(v.MaxCapacity).SetLevelState(v.State).SetNillablePercent(v.Percent).SetReadAt(now).Save(ctx)
			if err != nil {
				return nil, fmt.Errorf("store supply %q: %w", v.Description, err)
			}
		} else {
			chg.Previous = old.Percent
			chg.Replaced = old.Percent != nil && v.Percent != nil && *v.Percent-*old.Percent >= ReplacementJump
			upd := old.Update().SetDescription(v.Description).SetLevel(v.Level).SetMaxCapacity(v.MaxCapacity).
				SetLevelState(v.State).SetReadAt(now)
			if v.Percent != nil {
				upd.SetPercent(*v.Percent)
			} else {
				upd.ClearPercent()
			}
			for _, t := range []struct {
				v   string
				set func(string) *ent.SupplyUpdateOne
			}{{v.Type, upd.SetType}, {v.Color, upd.SetColor}, {v.Unit, upd.SetUnit}} {
				if t.v != "" {
					t.set(t.v)
				}
			}
			if chg.Replaced {
				upd.SetReplacedAt(now).AddReplacements(1)
			}
			if s, err = upd.Save(ctx); err != nil {
				return nil, fmt.Errorf("update supply %q: %w", v.Description, err)
			}
		}
		chg.Supply = s
		last, err := c.SupplyReading.Query().Where(supplyreading.SupplyID(s.ID)).
			Order(ent.Desc(supplyreading.FieldReadAt), ent.Desc(supplyreading.FieldID)).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return nil, fmt.Errorf("last supply reading: %w", err)
		}
		if last == nil || last.Level != v.Level || last.MaxCapacity != v.MaxCapacity || last.LevelState != supplyreading.LevelState(v.State) ||
			now.Sub(last.ReadAt) >= SupplyHeartbeat {
			if err := c.SupplyReading.Create().SetOrganizationID(p.OrganizationID).SetSupplyID(s.ID).SetLevel(v.Level).
				SetMaxCapacity(v.MaxCapacity).SetLevelState(supplyreading.LevelState(v.State)).SetNillablePercent(v.Percent).
				SetReplacement(chg.Replaced).SetReadAt(now).Exec(ctx); err != nil {
				return nil, fmt.Errorf("store supply reading: %w", err)
			}
		}
		days, err := forecast(ctx, c, s, now)
		if err != nil {
			return nil, err
		}
		if days != nil {
			err = s.Update().SetDaysLeft(*days).Exec(ctx)
		} else {
			err = s.Update().ClearDaysLeft().Exec(ctx)
		}
		if err != nil {
			return nil, fmt.Errorf("supply forecast: %w", err)
		}
		changes = append(changes, chg)
	}
	return changes, nil
}

// SupplyChange is what one sighting did to a supply.
type SupplyChange struct {
	Supply   *ent.Supply
	Level    SupplyLevel
	Previous *int // the percent before (nil: unknown or new)
	Replaced bool
}

// forecast is the days until the supply runs out: its percent divided by the consumption rate, the slope of
// the least-squares line through (time, percent) of its last ForecastReadings readings since the last
// replacement. Nil when the supply has no percent, those readings span less than ForecastMinSpan, or the
// level does not fall.
func forecast(ctx context.Context, c *ent.Client, s *ent.Supply, now time.Time) (*float64, error) {
	if s.Percent == nil {
		return nil, nil
	}
	q := c.SupplyReading.Query().Where(supplyreading.SupplyID(s.ID), supplyreading.PercentNotNil())
	if s.ReplacedAt != nil {
		q.Where(supplyreading.ReadAtGTE(*s.ReplacedAt))
	}
	rows, err := q.Order(ent.Desc(supplyreading.FieldReadAt), ent.Desc(supplyreading.FieldID)).Limit(ForecastReadings).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("supply readings: %w", err)
	}
	pts := make([]Point, len(rows))
	for i, r := range rows {
		pts[i] = Point{At: r.ReadAt, Value: float64(*r.Percent)}
	}
	return DaysLeft(pts, float64(*s.Percent))
}

// Point is one reading of a level.
type Point struct {
	At    time.Time
	Value float64
}

// DaysLeft fits a least-squares line through pts (at least two, spanning ForecastMinSpan) and returns the
// days until current reaches 0 at its slope; nil when the level does not fall.
func DaysLeft(pts []Point, current float64) (*float64, error) {
	if len(pts) < 2 {
		return nil, nil
	}
	first, last := pts[0].At, pts[0].At
	for _, p := range pts {
		if p.At.Before(first) {
			first = p.At
		}
		if p.At.After(last) {
			last = p.At
		}
	}
	if last.Sub(first) < ForecastMinSpan {
		return nil, nil
	}
	var sx, sy, sxx, sxy float64
	n := float64(len(pts))
	for _, p := range pts {
		x := p.At.Sub(first).Hours() / 24
		sx += x
		sy += p.Value
		sxx += x * x
		sxy += x * p.Value
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return nil, nil
	}
	slope := (n*sxy - sx*sy) / den // percent per day
	if slope >= 0 {
		return nil, nil
	}
	d := math.Round(current/-slope*10) / 10
	return &d, nil
}

// LowSupplyOrder sorts LowSupplies.
type LowSupplyOrder string

// LowSupplies orders.
const (
	ByLevel    LowSupplyOrder = "LEVEL"     // lowest percent first
	ByDaysLeft LowSupplyOrder = "DAYS_LEFT" // soonest forecast first, supplies without a forecast last
)

// LowSupplyFilter selects LowSupplies.
type LowSupplyFilter struct {
	Threshold     int      // percent at or below which a supply is low (0..100)
	WithinDays    *float64 // also low: forecast to run out within this many days
	PanicButtonID *int
	Order         LowSupplyOrder
	First         int // 1..200
}

// LowSupplies are the supplies running low across the viewer's organization (the privacy rules filter it):
// a percent at or below Threshold, or a forecast within WithinDays.
func (s *Service) LowSupplies(ctx context.Context, f LowSupplyFilter) ([]*ent.Supply, error) {
	switch {
	case f.Threshold < 0 || f.Threshold > 100:
		return nil, apperr.Invalid("threshold", "must be between 0 and 100")
	case f.First < 1 || f.First > 200:
		return nil, apperr.Invalid("first", "must be between 1 and 200")
	case f.WithinDays != nil && *f.WithinDays < 0:
		return nil, apperr.Invalid("withinDays", "must not be negative")
	}
	low := supply.PercentLTE(f.Threshold)
	if f.WithinDays != nil {
		low = supply.Or(low, supply.DaysLeftLTE(*f.WithinDays))
	}
	q := s.client.Supply.Query().Where(low)
	if f.PanicButtonID != nil {
		q.Where(supply.HasPrinterWith(printer.PanicButtonID(*f.PanicButtonID)))
	}
	nullsLast := func(col string) func(*sql.Selector) {
		return func(sel *sql.Selector) { sel.OrderExpr(sql.Expr(sel.C(col) + " IS NULL")) }
	}
	if f.Order == ByDaysLeft {
		q.Order(nullsLast(supply.FieldDaysLeft), ent.Asc(supply.FieldDaysLeft), ent.Asc(supply.FieldPercent))
	} else {
		q.Order(ent.Asc(supply.FieldPercent), nullsLast(supply.FieldDaysLeft), ent.Asc(supply.FieldDaysLeft))
	}
	return q.Order(ent.Asc(supply.FieldID)).Limit(f.First).All(ctx)
}
