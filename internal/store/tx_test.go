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

func TestReorder_EveryIDOnceThenPositionsInOneTransaction(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		ctx := rule.SystemContext(context.Background())
		var all []int
		for _, year := range []int{2001, 2002, 2003} {
			all = append(all, db.Client.ReferenceCounter.Create().SetYear(year).SetValue(0).SaveX(ctx).ID)
		}
		set := func(tx *ent.Tx, id, position int) error {
			return tx.ReferenceCounter.UpdateOneID(id).SetValue(position).Exec(ctx)
		}
		for name, ids := range map[string][]int{
			"one left out": {all[2], all[1]},
			"one twice":    {all[2], all[1], all[1]},
			"a stranger":   {all[2], all[1], all[0], 999},
		} {
			if err := store.Reorder(ctx, db.Client, all, ids, set); !errors.Is(err, store.ErrNotAPermutation) {
				t.Errorf("%s: %v, want ErrNotAPermutation", name, err)
			}
		}
		if err := store.Reorder(ctx, db.Client, all, []int{all[2], all[0], all[1]}, set); err != nil {
			t.Fatal(err)
		}
		for id, want := range map[int]int{all[2]: 0, all[0]: 1, all[1]: 2} {
			if got := db.Client.ReferenceCounter.GetX(ctx, id).Value; got != want {
				t.Errorf("row %d at %d, want %d", id, got, want)
			}
		}
		// A failing write leaves every position as it was.
		boom := errors.New("boom")
		err := store.Reorder(ctx, db.Client, all, []int{all[0], all[1], all[2]}, func(tx *ent.Tx, id, position int) error {
			if position == 2 {
				return boom
			}
			return set(tx, id, position)
		})
		if !errors.Is(err, boom) || db.Client.ReferenceCounter.GetX(ctx, all[0]).Value != 1 {
			t.Errorf("failed reorder: %v, first row at %d", err, db.Client.ReferenceCounter.GetX(ctx, all[0]).Value)
		}
	})
}
