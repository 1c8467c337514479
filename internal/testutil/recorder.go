package testutil

import (
	"context"
	"database/sql"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// Statement is a query an ent client ran, with its arguments.
type Statement struct {
	Query string
	Args  []any
}

// Recorder is an ent driver that keeps the queries it runs (ent's, QueryContext's, and those of its transactions),
// so that a test can count them or EXPLAIN them: ent.NewClient(ent.Driver(&testutil.Recorder{Driver: …})).
// Exec statements are not kept.
type Recorder struct {
	*entsql.Driver
	mu    sync.Mutex
	stmts []Statement
}

func (r *Recorder) keep(query string, args any) {
	a, _ := args.([]any)
	r.mu.Lock()
	r.stmts = append(r.stmts, Statement{query, a})
	r.mu.Unlock()
}

// Query is ent's query, kept.
func (r *Recorder) Query(ctx context.Context, query string, args, v any) error {
	r.keep(query, args)
	return r.Driver.Query(ctx, query, args, v)
}

// QueryContext is the client's raw query (ent's FeatureExecQuery), kept.
func (r *Recorder) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	r.keep(query, args)
	return r.Driver.QueryContext(ctx, query, args...)
}

// Tx is a transaction whose queries are kept too.
func (r *Recorder) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := r.Driver.Tx(ctx)
	return &recordingTx{Tx: tx, r: r}, err
}

// BeginTx is Tx with options.
func (r *Recorder) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	tx, err := r.Driver.BeginTx(ctx, opts)
	return &recordingTx{Tx: tx, r: r}, err
}

// Statements are the queries kept so far, in order.
func (r *Recorder) Statements() []Statement {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Statement(nil), r.stmts...)
}

// Take returns the queries kept so far and forgets them.
func (r *Recorder) Take() []Statement {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.stmts
	r.stmts = nil
	return out
}

type recordingTx struct {
	dialect.Tx
	r *Recorder
}

func (t *recordingTx) Query(ctx context.Context, query string, args, v any) error {
	t.r.keep(query, args)
	return t.Tx.Query(ctx, query, args, v)
}
