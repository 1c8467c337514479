package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

func TestWithTx_CommitsOnNilAndRollsBackOnErrorOrPanic(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		ctx := rule.SystemContext(context.Background())
		create := func(year int) func(tx *ent.Tx) error {
			return func(tx *ent.Tx) error { return tx.ReferenceCounter.Create().SetYear(year).SetValue(1).Exec(ctx) }
		}
		if err := store.WithTx(ctx, db.Client, create(2001)); err != nil {
			t.Fatal(err)
		}
		boom := errors.New("boom")
		if err := store.WithTx(ctx, db.Client, func(tx *ent.Tx) error {
			if err := create(2002)(tx); err != nil {
				return err
			}
			return boom
		}); !errors.Is(err, boom) {
			t.Fatalf("WithTx = %v, want f's error", err)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Fatal("the panic did not go on")
				}
			}()
			_ = store.WithTx(ctx, db.Client, func(tx *ent.Tx) error {
				if err := create(2003)(tx); err != nil {
					return err
				}
				panic("boom")
			})
		}()
		years, err := db.Client.ReferenceCounter.Query().Select("year").Ints(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(years) != 1 || years[0] != 2001 {
			t.Fatalf("stored years %v, want only the committed 2001", years)
		}
	})
}
