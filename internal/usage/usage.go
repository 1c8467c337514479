// Package usage turns meter readings into pages printed per month (docs/usage.md "Page usage"): per printer,
// rolled up per panic button and organization, exported as CSV.
package usage

import (
	"time"
)

// Reading is one meter reading of a printer.
type Reading struct {
	ID       int
	At       time.Time
	Total    *int64
	Black    *int64
	Color    *int64
	Large    *int64
	Accepted bool // an admin accepted the jump up to this reading
}

// Counts are pages of each meter.
type Counts struct{ Total, Black, Color, Large int64 }

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Total += o.Total
	c.Black += o.Black
	c.Color += o.Color
	c.Large += o.Large
}

func (c *Counts) at(i int) *int64 { return [...]*int64{&c.Total, &c.Black, &c.Color, &c.Large}[i] }

// Counters names the meters in Counts order.
var Counters = [4]string{"total", "black", "color", "large"}

// Jump is an implausible rise of one meter between two readings: excluded from usage until accepted.
type Jump struct {
	PrinterID int // set by Service.Each
	ReadingID int
	At        time.Time
	Counter   string
	Pages     int64
	Accepted  bool
}

// DefaultMaxPagesPerDay is the fastest plausible printing: a rise above it times the days since the previous
// reading (at least one day) is a jump.
const DefaultMaxPagesPerDay = 20000

// Month is a calendar month (UTC) of usage.
type Month struct {
	Start time.Time
	Counts
}

// Result is a printer's usage over a range.
type Result struct {
	Months []Month // the months of the range that have usage, in order
	Total  Counts
	Jumps  []Jump
}

// Compute applies the rule of docs/usage.md to one printer's readings, sorted by time: readings before from
// are baselines only; the rise of each meter between consecutive readings that carry it is attributed to the
// month of the later reading when that reading is in [from, to). A meter that decreases starts a new segment
// (nothing counted for that step); a rise above maxPerDay pages per day (at least one day) is a jump, counted
// only when its reading was accepted. Duplicate readings rise by nothing.
func Compute(readings []Reading, from, to time.Time, maxPerDay int64) Result {
	if maxPerDay <= 0 {
		maxPerDay = DefaultMaxPagesPerDay
	}
	var (
		res    Result
		last   [4]*int64
		lastAt [4]time.Time
	)
	for _, r := range readings {
		in := !r.At.Before(from) && r.At.Before(to)
		var month *Month
		for i, v := range [4]*int64{r.Total, r.Black, r.Color, r.Large} {
			if v == nil {
				continue // a gap in this meter: the next reading that has it counts from the last one
			}
			prev, prevAt := last[i], lastAt[i]
			last[i], lastAt[i] = v, r.At
			if prev == nil || !in {
				continue
			}
			d := *v - *prev
			if d <= 0 {
				continue // unchanged, or a reset / replaced board / swapped printer: a new segment from v
			}
			days := max(int64(r.At.Sub(prevAt)/(24*time.Hour)), 1)
			if d > maxPerDay*days {
				res.Jumps = append(res.Jumps, Jump{ReadingID: r.ID, At: r.At, Counter: Counters[i], Pages: d, Accepted: r.Accepted})
				if !r.Accepted {
					continue
				}
			}
			if month == nil {
				month = res.month(r.At)
			}
			*month.at(i) += d
			*res.Total.at(i) += d
		}
	}
	return res
}

func (res *Result) month(t time.Time) *Month {
	t = t.UTC()
	start := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	if n := len(res.Months); n > 0 && res.Months[n-1].Start.Equal(start) {
		return &res.Months[n-1]
	}
	res.Months = append(res.Months, Month{Start: start})
	return &res.Months[len(res.Months)-1]
}
