package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/panicbutton/panicbutton/ent"
)

// WithTx runs f in a transaction of client and commits when f returns nil. An error or a panic in f rolls the
// transaction back (the panic then goes on). It is the one way this code base opens a transaction.
func WithTx(ctx context.Context, client *ent.Client, f func(tx *ent.Tx) error) error {
	return WithTxOptions(ctx, client, nil, f)
}

// WithTxOptions is WithTx with transaction options (an isolation level); nil is the driver's default.
func WithTxOptions(ctx context.Context, client *ent.Client, opts *sql.TxOptions, f func(tx *ent.Tx) error) error {
	var tx *ent.Tx
	var err error
	if opts != nil {
		tx, err = client.BeginTx(ctx, opts)
	} else {
		tx, err = client.Tx(ctx)
	}
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if v := recover(); v != nil {
			_ = tx.Rollback()
			panic(v)
		}
	}()
	if err := f(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return errors.Join(err, fmt.Errorf("rollback: %w", rerr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// ErrNotAPermutation is Reorder's answer when ids is not every row once.
var ErrNotAPermutation = errors.New("list every item once")

// Reorder is the drag-and-drop reorder of rows with a position (causes of a panic button, statuses of an
// organization): ids must list every id of all exactly once; then setPosition gives each its index, in one
// transaction.
func Reorder(ctx context.Context, client *ent.Client, all, ids []int, setPosition func(tx *ent.Tx, id, position int) error) error {
	want := slices.Clone(all)
	slices.Sort(want)
	got := slices.Clone(ids)
	slices.Sort(got)
	if !slices.Equal(want, got) || len(slices.Compact(got)) != len(ids) {
		return ErrNotAPermutation
	}
	return WithTx(ctx, client, func(tx *ent.Tx) error {
		for i, id := range ids {
			if err := setPosition(tx, id, i); err != nil {
				return err
			}
		}
		return nil
	})
}
