package interventions

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"entgo.io/ent/dialect"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/referencecounter"
	"github.com/panicbutton/panicbutton/internal/store"
)

// allocateReference returns the next PB-YYYY-NNNNNN in a deliberately short transaction of its own, so the
// counter row is never held for the length of a report.
func (s *Service) allocateReference(ctx context.Context) (string, error) {
	year := s.now().UTC().Year()
	for attempt := 0; ; attempt++ {
		ref, err := s.tryAllocate(ctx, year)
		if err == nil || attempt == 2 || !ent.IsConstraintError(err) {
			return ref, err
		}
		// Two instances created this year's counter at once: the loser retries on the existing row.
	}
}

func (s *Service) tryAllocate(ctx context.Context, year int) (string, error) {
	if s.db != nil {
		return s.tryAllocateOne(ctx, year)
	}
	var value int
	err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		n, err := tx.ReferenceCounter.Update().Where(referencecounter.Year(year)).AddValue(1).Save(ctx)
		if err != nil {
			return fmt.Errorf("allocate reference: %w", err)
		}
		if n == 0 {
			if err := tx.ReferenceCounter.Create().SetYear(year).SetValue(1).Exec(ctx); err != nil {
				return err // a constraint error is retried by the caller
			}
		}
		c, err := tx.ReferenceCounter.Query().Where(referencecounter.Year(year)).Only(ctx)
		if err != nil {
			return fmt.Errorf("allocate reference: %w", err)
		}
		value = c.Value
		return nil
	})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("PB-%d-%06d", year, value), nil
}

// tryAllocateOne is tryAllocate in one statement, without a transaction: the increment reads its own result,
// through LAST_INSERT_ID(expr) on MySQL/MariaDB (returned with the UPDATE's answer) and RETURNING on SQLite.
// Only this year's first reference inserts the row.
func (s *Service) tryAllocateOne(ctx context.Context, year int) (string, error) {
	var value int64
	switch s.db.Dialect {
	case dialect.MySQL:
		res, err := s.db.SQL.ExecContext(ctx, "UPDATE `reference_counters` SET `value` = LAST_INSERT_ID(`value` + 1) WHERE `year` = ?", year)
		if err != nil {
			return "", fmt.Errorf("allocate reference: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return "", fmt.Errorf("allocate reference: %w", err)
		}
		if n == 1 {
			if value, err = res.LastInsertId(); err != nil {
				return "", fmt.Errorf("allocate reference: %w", err)
			}
		}
	default:
		err := s.db.SQL.QueryRowContext(ctx, "UPDATE `reference_counters` SET `value` = `value` + 1 WHERE `year` = ? RETURNING `value`", year).Scan(&value)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("allocate reference: %w", err)
		}
	}
	if value == 0 { // no row for this year yet
		if err := s.client.ReferenceCounter.Create().SetYear(year).SetValue(1).Exec(ctx); err != nil {
			return "", err // a constraint error is retried by the caller
		}
		value = 1
	}
	return fmt.Sprintf("PB-%d-%06d", year, value), nil
}
