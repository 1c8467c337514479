package usage

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/internal/apperr"
)

// Service reads usage with the caller's context: the privacy rules keep it to the viewer's organization.
type Service struct {
	client    *ent.Client
	MaxPerDay int64 // DefaultMaxPagesPerDay when 0
}

// NewService returns a Service.
func NewService(c *ent.Client) *Service { return &Service{client: c} }

// Bounds: the longest range a usage query or export may cover, the months it then holds, and the jumps a
// rollup lists (the first ones, by printer and time).
const (
	MaxRange  = 3 * 366 * 24 * time.Hour
	MaxMonths = 38
	MaxJumps  = 100
)

// CheckRange validates [from, to).
func CheckRange(from, to time.Time) error {
	switch {
	case !to.After(from):
		return apperr.Invalid("to", "must be after from")
	case to.Sub(from) > MaxRange:
		return apperr.Invalid("to", "the range may cover at most 3 years")
	}
	return nil
}

// Filter selects printers.
type Filter struct {
	PrinterID     *int
	PanicButtonID *int
}

// PrinterResult is one printer's usage.
type PrinterResult struct {
	Printer *ent.Printer
	Result
}

// batchSize is how many printers Each holds at once (with their readings of the range).
const batchSize = 200

// Each calls fn with the usage of every printer the filter selects, in id order, holding one batch of
// printers and their readings at a time: memory is bounded by the batch, not by the fleet.
func (s *Service) Each(ctx context.Context, from, to time.Time, f Filter, fn func(PrinterResult) error) error {
	if err := CheckRange(from, to); err != nil {
		return err
	}
	last := 0
	for {
		q := s.client.Printer.Query().Where(printer.IDGT(last)).Order(ent.Asc(printer.FieldID)).Limit(batchSize)
		if f.PrinterID != nil {
			q.Where(printer.ID(*f.PrinterID))
		}
		if f.PanicButtonID != nil {
			q.Where(printer.PanicButtonID(*f.PanicButtonID))
		}
		ps, err := q.All(ctx)
		if err != nil {
			return fmt.Errorf("usage: printers: %w", err)
		}
		if len(ps) == 0 {
			return nil
		}
		last = ps[len(ps)-1].ID
		ids := make([]int, len(ps))
		for i, p := range ps {
			ids[i] = p.ID
		}
		byPrinter, err := s.readings(ctx, ids, from, to)
		if err != nil {
			return err
		}
		for _, p := range ps {
			res := Compute(byPrinter[p.ID], from, to, s.MaxPerDay)
			for i := range res.Jumps {
				res.Jumps[i].PrinterID = p.ID
			}
			if err := fn(PrinterResult{Printer: p, Result: res}); err != nil {
				return err
			}
		}
		if len(ps) < batchSize {
			return nil
		}
	}
}

// readings are the printers' readings in [from, to), each preceded by its baseline: its last reading before
// from.
func (s *Service) readings(ctx context.Context, ids []int, from, to time.Time) (map[int][]Reading, error) {
	var base []struct {
		PrinterID int `json:"printer_id"`
		Max       int `json:"max"`
	}
	if err := s.client.MeterReading.Query().Where(meterreading.PrinterIDIn(ids...), meterreading.ReadAtLT(from)).
		GroupBy(meterreading.FieldPrinterID).Aggregate(ent.Max(meterreading.FieldID)).Scan(ctx, &base); err != nil {
		return nil, fmt.Errorf("usage: baselines: %w", err)
	}
	baseIDs := make([]int, len(base))
	for i, b := range base {
		baseIDs[i] = b.Max
	}
	rows, err := s.client.MeterReading.Query().
		Where(meterreading.PrinterIDIn(ids...), meterreading.Or(meterreading.IDIn(baseIDs...),
			meterreading.And(meterreading.ReadAtGTE(from), meterreading.ReadAtLT(to)))).
		Order(ent.Asc(meterreading.FieldPrinterID), ent.Asc(meterreading.FieldReadAt), ent.Asc(meterreading.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("usage: readings: %w", err)
	}
	out := make(map[int][]Reading, len(ids))
	for _, r := range rows {
		out[r.PrinterID] = append(out[r.PrinterID], Reading{ID: r.ID, At: r.ReadAt, Total: r.Total, Black: r.Black,
			Color: r.Color, Large: r.Large, Accepted: r.JumpAccepted})
	}
	return out, nil
}

// Rollup is usage summed per month over the printers the filter selects.
func (s *Service) Rollup(ctx context.Context, from, to time.Time, f Filter) (Result, error) {
	var (
		out   Result
		index = map[time.Time]int{}
	)
	err := s.Each(ctx, from, to, f, func(p PrinterResult) error {
		for _, m := range p.Months {
			i, ok := index[m.Start]
			if !ok {
				i = len(out.Months)
				index[m.Start] = i
				out.Months = append(out.Months, Month{Start: m.Start})
			}
			out.Months[i].Add(m.Counts)
		}
		out.Total.Add(p.Total)
		for _, j := range p.Jumps {
			if len(out.Jumps) < MaxJumps {
				out.Jumps = append(out.Jumps, j)
			}
		}
		return nil
	})
	sortMonths(out.Months)
	return out, err
}

func sortMonths(ms []Month) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start.Before(ms[j-1].Start); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// AcceptJump makes the implausible jump up to a reading count as usage (admins: the privacy rules refuse
// others).
func (s *Service) AcceptJump(ctx context.Context, readingID int) (*ent.MeterReading, error) {
	return s.client.MeterReading.UpdateOneID(readingID).SetJumpAccepted(true).Save(ctx)
}

// CSVHeader is the first row of WriteCSV.
var CSVHeader = []string{"printer_id", "serial", "name", "panic_button_id", "month", "total", "black", "color", "large", "excluded_jumps"}

// WriteCSV streams one row per printer and month with usage in [from, to) (encoding/csv), flushing per batch.
func (s *Service) WriteCSV(ctx context.Context, w io.Writer, from, to time.Time, f Filter) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	n := 0
	row := make([]string, len(CSVHeader))
	err := s.Each(ctx, from, to, f, func(p PrinterResult) error {
		excluded := 0
		for _, j := range p.Jumps {
			if !j.Accepted {
				excluded++
			}
		}
		for _, m := range p.Months {
			row[0], row[1], row[2] = strconv.Itoa(p.Printer.ID), p.Printer.Serial, csvText(p.Printer.Name)
			row[3], row[4] = strconv.Itoa(p.Printer.PanicButtonID), m.Start.Format("2006-01")
			row[5], row[6] = strconv.FormatInt(m.Total, 10), strconv.FormatInt(m.Black, 10)
			row[7], row[8], row[9] = strconv.FormatInt(m.Color, 10), strconv.FormatInt(m.Large, 10), strconv.Itoa(excluded)
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		if n++; n%batchSize == 0 {
			cw.Flush()
			return cw.Error()
		}
		return nil
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// csvText keeps a spreadsheet from reading a text as a formula (a leading =, +, - or @ is quoted with ').
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
