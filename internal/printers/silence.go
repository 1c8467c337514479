package printers

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/store"
)

// SilenceWatcher flags printers not seen (no launch, no successful SNMP poll: last_seen_at, else their
// registration) for After, and tells the admins once per silence and once when the printer is back
// (notify.OnPrinterSilence). The flag is set and cleared by conditional updates, so that with several server
// instances exactly one announces each change.
type SilenceWatcher struct {
	Client   *ent.Client
	Notify   *notify.Service
	After    time.Duration // PRINTER_SILENT_AFTER
	Interval time.Duration // between checks (a minute when zero)
	Now      func() time.Time
	Logger   *slog.Logger
}

// Run checks now and then every Interval until ctx ends; it returns ctx's error.
func (w *SilenceWatcher) Run(ctx context.Context) error {
	iv := w.Interval
	if iv <= 0 {
		iv = time.Minute
	}
	t := time.NewTicker(iv)
	defer t.Stop()
	for {
		if silent, back, err := w.CheckOnce(ctx); err != nil && ctx.Err() == nil {
			w.log().Warn("silent printers check failed", "err", err)
		} else if silent+back > 0 {
			w.log().Info("silent printers", "fell_silent", silent, "back", back)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (w *SilenceWatcher) log() *slog.Logger {
	if w.Logger == nil {
		return slog.Default()
	}
	return w.Logger
}

// CheckOnce flags the printers that fell silent and clears those seen again, announcing each.
func (w *SilenceWatcher) CheckOnce(ctx context.Context) (silent, back int, err error) {
	sys := rule.SystemContext(ctx)
	now := time.Now()
	if w.Now != nil {
		now = w.Now()
	}
	cutoff := now.Add(-w.After)
	notSeen := printer.Or(printer.LastSeenAtLT(cutoff), printer.And(printer.LastSeenAtIsNil(), printer.CreatedAtLT(cutoff)))
	seenAgain := func(s *sql.Selector) {
		s.Where(sql.ColumnsGT(s.C(printer.FieldLastSeenAt), s.C(printer.FieldSilentSince)))
	}
	for _, c := range []struct {
		back bool
		n    *int
	}{{false, &silent}, {true, &back}} {
		for {
			q := w.Client.Printer.Query().Limit(200).Order(ent.Asc(printer.FieldID))
			if c.back {
				q.Where(printer.SilentSinceNotNil(), printer.LastSeenAtNotNil(), seenAgain)
			} else {
				q.Where(printer.SilentSinceIsNil(), notSeen)
			}
			ps, err := q.All(sys)
			if err != nil {
				return silent, back, fmt.Errorf("silent printers: %w", err)
			}
			for _, p := range ps {
				if err := w.mark(sys, p, c.back, now, cutoff); err != nil {
					return silent, back, err
				}
				*c.n++
			}
			if len(ps) < 200 {
				break
			}
		}
	}
	return silent, back, nil
}

// mark sets (or clears) one printer's silent_since unless another instance did, and announces it in the
// same transaction.
func (w *SilenceWatcher) mark(ctx context.Context, p *ent.Printer, back bool, now, cutoff time.Time) error {
	lastSeen := p.CreatedAt
	if p.LastSeenAt != nil {
		lastSeen = *p.LastSeenAt
	}
	var pub *notify.Published
	err := store.WithTx(ctx, w.Client, func(tx *ent.Tx) error {
		upd := tx.Printer.Update().Where(printer.ID(p.ID))
		if back {
			upd.Where(printer.SilentSinceNotNil(), func(s *sql.Selector) {
				s.Where(sql.ColumnsGT(s.C(printer.FieldLastSeenAt), s.C(printer.FieldSilentSince)))
			}).ClearSilentSince()
			lastSeen = *p.SilentSince
		} else {
			upd.Where(printer.SilentSinceIsNil(), printer.Or(printer.LastSeenAtLT(cutoff),
				printer.And(printer.LastSeenAtIsNil(), printer.CreatedAtLT(cutoff)))).SetSilentSince(now)
		}
		n, err := upd.Save(ctx)
		if err != nil || n == 0 || w.Notify == nil {
			return err
		}
		pub, err = w.Notify.OnPrinterSilence(ctx, tx.Client(), p, back, lastSeen)
		return err
	})
	if err != nil {
		return fmt.Errorf("silent printer %s: %w", p.Serial, err)
	}
	if w.Notify != nil {
		w.Notify.PublishNotifications(ctx, pub)
	}
	return nil
}
