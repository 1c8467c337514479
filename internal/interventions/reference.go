package interventions

import (
	"context"
	"fmt"

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
