package mail

import (
	"context"
	stdsql "database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/predicate"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Outbox defaults (OutboxConfig's zero values).
const (
	DefaultOutboxWorkers      = 128 // sends in flight per instance, on MySQL/MariaDB; SQLite always uses 1
	DefaultOutboxBatchSize    = 32
	DefaultOutboxPollInterval = time.Second
	DefaultOutboxLease        = 2 * time.Minute
	DefaultOutboxMaxAttempts  = 8
	DefaultOutboxKickDelay    = 20 * time.Millisecond

	// finishTimeout bounds recording a send's outcome; it runs even when Run's context has ended,
	// so a message accepted by the provider is marked SENT during a graceful shutdown.
	finishTimeout = 15 * time.Second
	// maxProviderIDLen is the provider_message_id column's size: a longer id would make the SENT
	// update fail and the message be sent again when its lease expires.
	maxProviderIDLen = 200
)

// ErrNotRetryable is returned by Retry for a message that is not FAILED or DEAD.
var ErrNotRetryable = errors.New("only FAILED or DEAD emails can be retried")

// OutboxConfig configures an Outbox; zero values take the defaults above.
type OutboxConfig struct {
	// Workers is how many sends one instance has in flight at once (requests waiting for the provider):
	// throughput is about Workers / the provider's latency. Forced to 1 on SQLite, which serialises
	// writers anyway.
	Workers int
	// BatchSize is the most messages claimed in one transaction; fewer are claimed when fewer send slots
	// are free, so every claimed message is sent at once.
	BatchSize int
	// PollInterval is how often an idle worker looks for due messages; Kick wakes it sooner.
	PollInterval time.Duration
	// KickDelay is how long a Kick waits before the claim it wakes: the messages committed meanwhile (other
	// reports' emails) are claimed, sent and recorded together, one claim transaction and one record for all of
	// them instead of one each (under a steady trickle of reports, a claim per report cost each report several
	// statements and two commits). Mail waits that much longer; negative: no wait.
	KickDelay time.Duration
	// Lease is how long a claimed message belongs to this instance. A sender that dies leaves its
	// messages SENDING; they become claimable again when the lease expires. A send is cancelled
	// when its lease ends, so two instances never send the same message concurrently.
	Lease time.Duration
	// MaxAttempts is how many times a message is tried before it is DEAD.
	MaxAttempts int
	// Backoff returns when to try again after the attempt-th attempt failed with err; default
	// NextAttempt (exponential with jitter, honouring a 429's reset time).
	Backoff func(attempt int, err error, now time.Time) time.Time
	// OnResult, when set, is called after each attempt's outcome is stored (status SENT, QUEUED for
	// a retry, FAILED or DEAD), e.g. to record intervention events. ctx is a system context
	// (privacy allows everything) that outlives Run's context for a short while.
	OnResult func(ctx context.Context, msg *ent.EmailMessage)
	// OnResults, when set, is called once per batch of stored outcomes (after OnResult for each), so a
	// caller can write one row per outcome in one statement.
	OnResults func(ctx context.Context, msgs []*ent.EmailMessage)
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// Now is the clock; default time.Now. Tests pin it to step through backoffs and leases.
	Now func() time.Time
}

// Outbox delivers the email_messages rows: it claims due messages (several instances may run
// against the same database), sends them through a Provider outside any transaction, and records
// the outcomes in updates guarded by the claim (status SENDING and the claim's attempt number).
//
// What is promised: every message is delivered at least once (or ends FAILED/DEAD, visibly), and
// exactly once unless a sender dies. Live instances never send a message twice: a claim belongs to
// one instance until its lease (OUTBOX_LEASE) ends, and a send is cancelled when its lease ends.
// A message is sent a second time only when the instance holding its claim dies (kill -9, lost
// database) after the provider accepted it and before its outcome was recorded; it is then sent
// again once, by the instance that claims it after the lease expired. So a crash duplicates at
// most the crashed instance's sends in flight (OUTBOX_WORKERS), each at most once, and none before
// the lease ends (TestOutbox_KilledMidDrainThenTwoInstancesDeliverEachMailOnceBeyondTheLease).
type Outbox struct {
	db       *store.DB
	provider Provider
	cfg      OutboxConfig
	metrics  *Metrics
	log      *slog.Logger
	wake     chan struct{}
	// finishers complete a message of their kind at send time (see OnSend).
	finishers map[emailmessage.Kind]Finisher
}

// Finisher completes, at send time, the message a provider gets from an outbox row: it puts in what must
// never be stored in the row (a set-password link: the row is readable by the organization's admins through
// emailMessages). An error fails the attempt: a PermanentError makes the message FAILED, with the error as its
// last error, which admins see (so it must not carry the secret either). ctx is a system context.
type Finisher func(ctx context.Context, row *ent.EmailMessage, msg *Message) error

// OnSend registers f to complete every message of kind at send time. Call it while wiring, before Run.
func (o *Outbox) OnSend(kind emailmessage.Kind, f Finisher) {
	if o.finishers == nil {
		o.finishers = map[emailmessage.Kind]Finisher{}
	}
	o.finishers[kind] = f
}

// SendDue claims and sends the messages due now, one batch, as a worker's round does, and returns how many it
// claimed: for tools and tests that run no worker.
func (o *Outbox) SendDue(ctx context.Context) (int, error) { return o.poll(ctx) }

// NewOutbox returns an outbox sending db's queued messages through provider. metrics may be nil.
func NewOutbox(db *store.DB, provider Provider, cfg OutboxConfig, metrics *Metrics) *Outbox {
	if cfg.Workers <= 0 {
		cfg.Workers = DefaultOutboxWorkers
	}
	if db.Dialect == dialect.SQLite {
		cfg.Workers = 1
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultOutboxBatchSize
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultOutboxPollInterval
	}
	if cfg.Lease <= 0 {
		cfg.Lease = DefaultOutboxLease
	}
	if cfg.KickDelay == 0 {
		cfg.KickDelay = DefaultOutboxKickDelay
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = DefaultOutboxMaxAttempts
	}
	if cfg.Backoff == nil {
		cfg.Backoff = NextAttempt
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if metrics == nil {
		metrics, _ = NewMetrics(nil) // unregistered: cannot fail
	}
	o := &Outbox{
		db:       db,
		provider: provider,
		cfg:      cfg,
		metrics:  metrics,
		log:      cfg.Logger.With("component", "outbox"),
		wake:     make(chan struct{}, 1),
	}
	metrics.pending.setSource(o.pending)
	return o
}

// now is the clock in UTC at the database's precision (datetime(6)), so values read back compare
// equal to what was written and SQLite's text timestamps sort in time order.
func (o *Outbox) now() time.Time { return o.cfg.Now().UTC().Truncate(time.Microsecond) }

// Kick wakes an idle worker now instead of at its next poll (call it after committing a message;
// Outbox.Enqueue does it by itself). It never blocks.
func (o *Outbox) Kick() {
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// Run sends messages until ctx ends, then returns nil once the sends in flight are finished and their outcomes
// recorded (each send is bounded by its lease).
//
// One dispatcher claims due messages in batches of up to BatchSize, only as many as there are free send slots
// (Workers: the sends in flight at once, sized to the provider's latency: a slot serves one send, then the
// recording of its outcome; 128 slots at 100 ms a request allow about 1,200 mails/s), and starts each send at once,
// so a claimed message never waits for a slot while its lease runs. The outcomes go to one recorder, which writes
// them in batches (every outcome that arrived while the previous batch was being written, SENT ones in one
// UPDATE), frees their slots, then hands them to OnResult/OnResults.
func (o *Outbox) Run(ctx context.Context) error {
	o.log.Info("outbox started", "in_flight", o.cfg.Workers, "batch", o.cfg.BatchSize, "dialect", o.db.Dialect)
	slots := make(chan struct{}, o.cfg.Workers)
	results := make(chan outcome, o.cfg.Workers)
	recorded := make(chan struct{})
	go func() {
		defer close(recorded)
		o.recordLoop(results, slots)
	}()
	var sends sync.WaitGroup
	o.dispatch(ctx, slots, results, &sends)
	sends.Wait()
	close(results)
	<-recorded
	o.log.Info("outbox stopped")
	return nil
}

// claimGather is how long the dispatcher waits, when every send slot is busy, for a few more to free up before
// claiming (minClaim): under load, slots free up one by one as the provider answers, and a claim transaction per
// slot would cost more than the sends. It never delays a claim while slots are free.
const claimGather = 20 * time.Millisecond

// minClaim is how many free slots the dispatcher waits for (at most claimGather) before claiming.
func (o *Outbox) minClaim() int { return max(1, min(o.cfg.BatchSize, o.cfg.Workers/8)) }

// dispatch claims and starts sends until ctx ends.
func (o *Outbox) dispatch(ctx context.Context, slots chan struct{}, results chan<- outcome, sends *sync.WaitGroup) {
	sys := rule.SystemContext(ctx)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-o.wake:
			if o.cfg.KickDelay > 0 {
				timer.Reset(o.cfg.KickDelay)
				select {
				case <-ctx.Done():
					return
				case <-timer.C:
				}
			}
		case <-timer.C:
		}
		for ctx.Err() == nil {
			n := o.acquire(ctx, slots)
			if n == 0 {
				return
			}
			rows, err := o.claim(sys, n)
			for range n - len(rows) {
				<-slots
			}
			if err != nil {
				if ctx.Err() == nil {
					o.log.Error("outbox poll failed", "err", err)
				}
				break
			}
			for _, row := range rows {
				o.metrics.inFlight.Inc()
				sends.Go(func() {
					out := o.send(sys, row)
					o.metrics.inFlight.Dec()
					results <- out // its slot is freed once the outcome is recorded
				})
			}
			if len(rows) < n {
				break // nothing more is due now
			}
		}
		timer.Reset(o.cfg.PollInterval)
	}
}

// acquire takes between 1 and BatchSize send slots: the first waits for a free one, then it takes every free
// one, and when that is fewer than minClaim it waits up to claimGather for more. It returns 0 when ctx ends first.
func (o *Outbox) acquire(ctx context.Context, slots chan struct{}) int {
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return 0
	}
	n := 1
	for n < o.cfg.BatchSize { // the free ones
		select {
		case slots <- struct{}{}:
			n++
			continue
		default:
		}
		break
	}
	if n >= o.minClaim() {
		return n
	}
	gather := time.NewTimer(claimGather)
	defer gather.Stop()
	for n < o.minClaim() {
		select {
		case slots <- struct{}{}:
			n++
		case <-gather.C:
			return n
		case <-ctx.Done():
			return n
		}
	}
	return n
}

// recordLoop writes the outcomes as they come, each write taking all that arrived meanwhile, and then frees
// their send slots: so an instance never holds more than Workers claimed messages (SENDING) at once, which bounds
// what a crash can leave to be sent again.
func (o *Outbox) recordLoop(results <-chan outcome, slots <-chan struct{}) {
	for first := range results {
		batch := []outcome{first}
	more:
		for len(batch) < maxRecordBatch {
			select {
			case out, ok := <-results:
				if !ok {
					break more
				}
				batch = append(batch, out)
			default:
				break more
			}
		}
		saved := o.record(batch)
		for range batch {
			<-slots
		}
		o.report(saved) // after freeing the slots: the history rows do not hold sends back
	}
}

// maxRecordBatch bounds the outcomes written by one statement.
const maxRecordBatch = 256

// poll claims one batch, sends it with up to Workers sends at a time and records the outcomes; it returns how
// many messages it claimed (SendDue).
func (o *Outbox) poll(ctx context.Context) (int, error) {
	sys := rule.SystemContext(ctx)
	rows, err := o.claim(sys, o.cfg.BatchSize)
	if err != nil {
		return 0, err
	}
	outs := make([]outcome, len(rows))
	sem := make(chan struct{}, o.cfg.Workers)
	var wg sync.WaitGroup
	for i, row := range rows {
		sem <- struct{}{}
		wg.Go(func() {
			outs[i] = o.send(sys, row)
			<-sem
		})
	}
	wg.Wait()
	if len(outs) > 0 {
		o.report(o.record(outs))
	}
	return len(rows), nil
}

// claim takes up to limit due messages: expired leases first (their sender died), then QUEUED
// messages whose next attempt is due, oldest first. It marks them SENDING with a fresh lease and
// one more attempt, in one short transaction.
//
// On MySQL/MariaDB each SELECT is "WHERE status = ? AND … ORDER BY next_attempt_at LIMIT n FOR
// UPDATE SKIP LOCKED": an equality on the first column of the index (status, next_attempt_at) and
// ORDER BY its second column, so InnoDB walks the index in order and stops after n rows, skipping
// rows another claimer holds (TestOutbox_ClaimQueryUsesStatusIndex checks the plan). Splitting
// "due QUEUED" and "expired SENDING" into two queries keeps each one an index range; an OR of both
// would need a filesort, which locks every pending row. The transaction runs at READ COMMITTED so
// InnoDB takes no gap locks (an Enqueue never waits for a claim) and drops the locks of SENDING rows
// read but not matched (live leases) at once.
//
// On SQLite the transaction begins IMMEDIATE (store.Open sets _txlock), which takes the database's
// write lock first: claimers are serialised, across processes too.
func (o *Outbox) claim(ctx context.Context, limit int) (rows []*ent.EmailMessage, err error) {
	now := o.now()
	var opts *stdsql.TxOptions
	if o.db.Dialect == dialect.MySQL {
		opts = &stdsql.TxOptions{Isolation: stdsql.LevelReadCommitted}
	}
	lease := now.Add(o.cfg.Lease)
	var exhausted []*ent.EmailMessage
	err = store.WithTxOptions(ctx, o.db.Client, opts, func(tx *ent.Tx) error {
		expired, err := o.claimQuery(tx.Client(), emailmessage.StatusSENDING, emailmessage.LockedUntilLT(now), limit).All(ctx)
		if err != nil {
			return fmt.Errorf("expired leases: %w", err)
		}
		var due []*ent.EmailMessage
		if left := limit - len(expired); left > 0 {
			due, err = o.claimQuery(tx.Client(), emailmessage.StatusQUEUED, emailmessage.NextAttemptAtLTE(now), left).All(ctx)
			if err != nil {
				return fmt.Errorf("due messages: %w", err)
			}
		}

		// A message whose lease expired after its last attempt was being sent (or crashed its sender
		// each time) is not sent again.
		var ids []int
		for _, r := range expired {
			if r.Attempts >= o.cfg.MaxAttempts {
				exhausted = append(exhausted, r)
				continue
			}
			ids = append(ids, r.ID)
			rows = append(rows, r)
		}
		for _, r := range due {
			ids = append(ids, r.ID)
			rows = append(rows, r)
		}
		if len(ids) > 0 {
			err = tx.EmailMessage.Update().Where(emailmessage.IDIn(ids...)).
				SetStatus(emailmessage.StatusSENDING).SetLockedUntil(lease).AddAttempts(1).Exec(ctx)
			if err != nil {
				return fmt.Errorf("mark sending: %w", err)
			}
		}
		for _, r := range exhausted {
			r.LastError = fmt.Sprintf("gave up after %d attempts: the sender's lease expired before it recorded the outcome", r.Attempts)
			err = tx.EmailMessage.UpdateOneID(r.ID).SetStatus(emailmessage.StatusDEAD).ClearLockedUntil().
				SetLastError(r.LastError).Exec(ctx)
			if err != nil {
				return fmt.Errorf("mark dead: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		rows = nil
		return nil, fmt.Errorf("claim outbox: %w", err)
	}

	for _, r := range rows {
		r.Status = emailmessage.StatusSENDING
		r.Attempts++
		r.LockedUntil = &lease
	}
	for _, r := range exhausted {
		r.Status, r.LockedUntil = emailmessage.StatusDEAD, nil
		o.log.Error("email dead: lease expired on its last attempt", "id", r.ID, "kind", r.Kind, "attempts", r.Attempts)
		o.metrics.dead.WithLabelValues(string(r.Kind)).Inc()
		o.notify(ctx, r)
	}
	if o.cfg.OnResults != nil && len(exhausted) > 0 {
		o.cfg.OnResults(ctx, exhausted)
	}
	return rows, nil
}

func (o *Outbox) claimQuery(c *ent.Client, status emailmessage.Status, p predicate.EmailMessage, limit int) *ent.EmailMessageQuery {
	q := c.EmailMessage.Query().
		Where(emailmessage.StatusEQ(status), p).
		Order(emailmessage.ByNextAttemptAt()).
		Limit(limit)
	if o.db.Dialect == dialect.MySQL {
		q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
	return q
}

// claimed restricts an update to the message as this worker claimed it: if its lease expired and
// another instance claimed it again, the attempts differ and the update touches nothing.
func claimed(row *ent.EmailMessage) []predicate.EmailMessage {
	return []predicate.EmailMessage{emailmessage.StatusEQ(emailmessage.StatusSENDING), emailmessage.AttemptsEQ(row.Attempts)}
}

// outcome is what one send of a claimed message gave.
type outcome struct {
	row        *ent.EmailMessage
	providerID string
	err        error
}

// send sends one claimed message; its outcome is recorded later (record).
func (o *Outbox) send(ctx context.Context, row *ent.EmailMessage) outcome {
	o.metrics.attempts.WithLabelValues(string(row.Kind)).Inc()
	// The send survives Run's cancellation (a graceful shutdown finishes it) but never its lease.
	sendCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), row.LockedUntil.Sub(o.now()))
	defer cancel()
	msg := MessageFromRow(row)
	var providerID string
	err := o.finish(sendCtx, row, msg)
	if err == nil {
		providerID, err = o.provider.Send(sendCtx, msg)
	}
	return outcome{row: row, providerID: truncate(providerID, maxProviderIDLen), err: err}
}

// record stores a batch of outcomes, each guarded by its claim (status SENDING, the attempts of the claim): the
// SENT ones in one UPDATE, the others (rare: a retry, FAILED or DEAD, each with its own error and next attempt)
// one by one. An outcome whose lease another instance took over in the meantime is not written: the other
// instance's outcome wins. It returns the rows written, for report.
func (o *Outbox) record(batch []outcome) []*ent.EmailMessage {
	ctx, cancel := context.WithTimeout(rule.SystemContext(context.Background()), finishTimeout)
	defer cancel()
	now := o.now()
	var sent []outcome
	var saved []*ent.EmailMessage
	for _, out := range batch {
		row := out.row
		if out.err == nil {
			sent = append(sent, out)
			continue
		}
		upd := o.db.Client.EmailMessage.Update().Where(emailmessage.ID(row.ID)).Where(claimed(row)...).ClearLockedUntil()
		status := emailmessage.StatusQUEUED
		switch {
		case IsPermanent(out.err):
			status = emailmessage.StatusFAILED
		case row.Attempts >= o.cfg.MaxAttempts:
			status = emailmessage.StatusDEAD
		default:
			next := o.cfg.Backoff(row.Attempts, out.err, now).UTC().Truncate(time.Microsecond)
			upd.SetNextAttemptAt(next)
			row.NextAttemptAt = next
		}
		n, err := upd.SetStatus(status).SetLastError(out.err.Error()).Save(ctx)
		if !o.written(row, n, err, false) {
			continue
		}
		row.Status, row.LastError, row.LockedUntil = status, out.err.Error(), nil
		saved = append(saved, row)
	}
	if len(sent) > 0 {
		saved = append(saved, o.recordSent(ctx, sent, now)...)
	}
	return saved
}

// report counts, logs and hands on (OnResult, OnResults) recorded outcomes.
func (o *Outbox) report(saved []*ent.EmailMessage) {
	for _, row := range saved {
		o.reported(row)
	}
	if o.cfg.OnResults != nil && len(saved) > 0 {
		ctx, cancel := context.WithTimeout(rule.SystemContext(context.Background()), finishTimeout)
		defer cancel()
		o.cfg.OnResults(ctx, saved)
	}
}

// recordSent marks the sent messages SENT in one UPDATE and returns those it marked.
func (o *Outbox) recordSent(ctx context.Context, sent []outcome, now time.Time) []*ent.EmailMessage {
	byAttempts := map[int][]int{}
	var caseSQL strings.Builder
	caseArgs := make([]any, 0, 2*len(sent))
	caseSQL.WriteString("CASE `id`")
	for _, out := range sent {
		byAttempts[out.row.Attempts] = append(byAttempts[out.row.Attempts], out.row.ID)
		caseSQL.WriteString(" WHEN ? THEN ?")
		caseArgs = append(caseArgs, out.row.ID, out.providerID)
	}
	caseSQL.WriteString(" END")
	var mine []predicate.EmailMessage
	for attempts, ids := range byAttempts {
		mine = append(mine, emailmessage.And(emailmessage.AttemptsEQ(attempts), emailmessage.IDIn(ids...)))
	}
	n, err := o.db.Client.EmailMessage.Update().
		Where(emailmessage.StatusEQ(emailmessage.StatusSENDING), emailmessage.Or(mine...)).
		SetStatus(emailmessage.StatusSENT).SetSentAt(now).ClearLockedUntil().ClearLastError().
		Modify(func(u *entsql.UpdateBuilder) {
			u.Set(emailmessage.FieldProviderMessageID, entsql.Expr(caseSQL.String(), caseArgs...))
		}).Save(ctx)
	if err != nil {
		// They stay SENDING until their leases expire, then are sent again (at least once).
		for _, out := range sent {
			o.written(out.row, 0, err, true)
		}
		return nil
	}
	marked := make([]outcome, 0, len(sent))
	if n == len(sent) {
		marked = sent
	} else {
		// Some leases were taken over by another instance: find which rows carry this batch's outcome.
		ids := make([]int, len(sent))
		for i, out := range sent {
			ids[i] = out.row.ID
		}
		rows, err := o.db.Client.EmailMessage.Query().Where(emailmessage.IDIn(ids...)).
			Select(emailmessage.FieldID, emailmessage.FieldStatus, emailmessage.FieldProviderMessageID).All(ctx)
		if err != nil {
			o.log.Error("email outcomes: reading back a partly recorded batch", "err", err)
		}
		now := map[int]*ent.EmailMessage{}
		for _, r := range rows {
			now[r.ID] = r
		}
		for _, out := range sent {
			if r := now[out.row.ID]; r != nil && r.Status == emailmessage.StatusSENT && r.ProviderMessageID == out.providerID {
				marked = append(marked, out)
			} else {
				o.written(out.row, 0, nil, true)
			}
		}
	}
	rows := make([]*ent.EmailMessage, len(marked))
	for i, out := range marked {
		r := out.row
		at := now
		r.Status, r.ProviderMessageID, r.SentAt, r.LockedUntil, r.LastError = emailmessage.StatusSENT, out.providerID, &at, nil, ""
		rows[i] = r
	}
	return rows
}

// written reports whether an outcome's update wrote its row (n rows, err), logging why not.
func (o *Outbox) written(row *ent.EmailMessage, n int, err error, sent bool) bool {
	switch {
	case err != nil:
		// The message stays SENDING until its lease expires, then is tried again (a duplicate if it
		// was sent: at least once).
		o.log.Error("email outcome not recorded", "id", row.ID, "kind", row.Kind, "attempts", row.Attempts,
			"sent", sent, "err", err)
		return false
	case n == 0:
		// Our lease expired and another instance claimed the message: its outcome wins.
		o.log.Warn("email outcome not recorded: lease lost", "id", row.ID, "kind", row.Kind, "attempts", row.Attempts,
			"sent", sent)
		return false
	}
	return true
}

// reported counts and logs a recorded outcome and hands it to OnResult.
func (o *Outbox) reported(row *ent.EmailMessage) {
	kind := string(row.Kind)
	attrs := []any{"id", row.ID, "kind", kind, "attempts", row.Attempts}
	switch row.Status {
	case emailmessage.StatusSENT:
		o.metrics.sent.WithLabelValues(kind).Inc()
		o.log.Debug("email sent", append(attrs, "provider_id", row.ProviderMessageID)...)
	case emailmessage.StatusFAILED:
		o.metrics.failed.WithLabelValues(kind).Inc()
		o.log.Warn("email refused by provider", append(attrs, "err", row.LastError)...)
	case emailmessage.StatusDEAD:
		o.metrics.dead.WithLabelValues(kind).Inc()
		o.log.Error("email dead after its last attempt", append(attrs, "err", row.LastError)...)
	default:
		o.log.Warn("email attempt failed, will retry", append(attrs, "next_attempt_at", row.NextAttemptAt, "err", row.LastError)...)
	}
	ctx, cancel := context.WithTimeout(rule.SystemContext(context.Background()), finishTimeout)
	defer cancel()
	o.notify(ctx, row)
}

// finish runs the finisher of row's kind, if any, on msg.
func (o *Outbox) finish(ctx context.Context, row *ent.EmailMessage, msg *Message) error {
	f := o.finishers[row.Kind]
	if f == nil {
		return nil
	}
	return f(rule.SystemContext(ctx), row, msg)
}

func (o *Outbox) notify(ctx context.Context, msg *ent.EmailMessage) {
	if o.cfg.OnResult != nil {
		o.cfg.OnResult(ctx, msg)
	}
}

// Retry puts a FAILED or DEAD message back in the queue for an admin: attempts start again from 0
// and it is due now. ctx is the caller's, so privacy decides whether the viewer may (another
// organization's message is not found). The last error is kept until the next attempt.
func (o *Outbox) Retry(ctx context.Context, id int) (*ent.EmailMessage, error) {
	msg, err := o.db.Client.EmailMessage.UpdateOneID(id).
		Where(emailmessage.StatusIn(emailmessage.StatusFAILED, emailmessage.StatusDEAD)).
		SetStatus(emailmessage.StatusQUEUED).SetAttempts(0).SetNextAttemptAt(o.now()).ClearLockedUntil().
		Save(ctx)
	if ent.IsNotFound(err) {
		cur, gerr := o.db.Client.EmailMessage.Get(ctx, id)
		if gerr != nil {
			return nil, fmt.Errorf("retry email %d: %w", id, gerr)
		}
		return nil, fmt.Errorf("retry email %d (%s): %w", id, cur.Status, ErrNotRetryable)
	}
	if err != nil {
		return nil, fmt.Errorf("retry email %d: %w", id, err)
	}
	o.metrics.queued.WithLabelValues(string(msg.Kind)).Inc()
	o.Kick()
	return msg, nil
}

// pending counts the undelivered messages by status, for the pending gauge, and tells how long the oldest due
// QUEUED message has waited (the first row of the (status, next_attempt_at) index), for the backlog age.
func (o *Outbox) pending(ctx context.Context) (map[string]int, time.Duration, error) {
	var rows []struct {
		Status string `json:"status"`
		Count  int    `json:"count"`
	}
	sys := rule.SystemContext(ctx)
	err := o.db.Client.EmailMessage.Query().
		Where(emailmessage.StatusIn(emailmessage.StatusQUEUED, emailmessage.StatusSENDING)).
		GroupBy(emailmessage.FieldStatus).Aggregate(ent.Count()).Scan(sys, &rows)
	if err != nil {
		return nil, 0, fmt.Errorf("count pending emails: %w", err)
	}
	counts := make(map[string]int, len(rows))
	for _, r := range rows {
		counts[r.Status] = r.Count
	}
	var age time.Duration
	now := o.now()
	oldest, err := o.db.Client.EmailMessage.Query().
		Where(emailmessage.StatusEQ(emailmessage.StatusQUEUED), emailmessage.NextAttemptAtLTE(now)).
		Order(emailmessage.ByNextAttemptAt()).Select(emailmessage.FieldNextAttemptAt).First(sys)
	switch {
	case err == nil:
		age = now.Sub(oldest.NextAttemptAt)
	case !ent.IsNotFound(err):
		return nil, 0, fmt.Errorf("oldest pending email: %w", err)
	}
	return counts, age, nil
}

// QueuedMessage is a rendered email to put in the outbox.
type QueuedMessage struct {
	OrganizationID int
	InterventionID int // 0: not about an intervention
	Kind           emailmessage.Kind
	From           Address
	To             []string // email addresses
	Subject        string
	HTML           string
	Text           string
	NotBefore      time.Time // zero: due now
}

// Enqueue writes m as a QUEUED message through client, which should be the transaction of what
// caused the email (so the email exists if and only if that commits). ctx's privacy applies: trusted
// code such as the device path passes rule.SystemContext. Addresses are not validated here: a message
// no provider can send becomes FAILED with the reason, visible in the admin outbox, rather than
// failing the transaction. Prefer Outbox.Enqueue, which also counts the message and wakes a worker.
func Enqueue(ctx context.Context, client *ent.Client, m QueuedMessage) (*ent.EmailMessage, error) {
	return enqueue(ctx, client.EmailMessage.Create(), m, time.Now())
}

// Enqueue is the package-level Enqueue that, once the message is committed (at once when client is
// not a transaction), counts it in the queued metric and wakes a worker.
func (o *Outbox) Enqueue(ctx context.Context, client *ent.Client, m QueuedMessage) (*ent.EmailMessage, error) {
	create := client.EmailMessage.Create()
	tx, txErr := create.Mutation().Tx()
	msg, err := enqueue(ctx, create, m, o.now())
	if err != nil {
		return nil, err
	}
	committed := func() {
		o.metrics.queued.WithLabelValues(string(m.Kind)).Inc()
		o.Kick()
	}
	if txErr != nil { // not in a transaction: already committed
		committed()
		return msg, nil
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				committed()
			}
			return err
		})
	})
	return msg, nil
}

// EnqueueAll is Enqueue for several messages in one INSERT.
func (o *Outbox) EnqueueAll(ctx context.Context, client *ent.Client, ms []QueuedMessage) ([]*ent.EmailMessage, error) {
	if len(ms) == 0 {
		return nil, nil
	}
	creates := make([]*ent.EmailMessageCreate, len(ms))
	now := time.Now()
	if o != nil {
		now = o.now()
	}
	for i, m := range ms {
		creates[i] = client.EmailMessage.Create()
		if err := fill(creates[i], m, now); err != nil {
			return nil, err
		}
	}
	tx, txErr := creates[0].Mutation().Tx()
	msgs, err := client.EmailMessage.CreateBulk(creates...).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("enqueue email: %w", err)
	}
	if o == nil {
		return msgs, nil
	}
	committed := func() {
		for _, m := range ms {
			o.metrics.queued.WithLabelValues(string(m.Kind)).Inc()
		}
		o.Kick()
	}
	if txErr != nil { // not in a transaction: already committed
		committed()
		return msgs, nil
	}
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			err := next.Commit(ctx, tx)
			if err == nil {
				committed()
			}
			return err
		})
	})
	return msgs, nil
}

func enqueue(ctx context.Context, create *ent.EmailMessageCreate, m QueuedMessage, now time.Time) (*ent.EmailMessage, error) {
	if err := fill(create, m, now); err != nil {
		return nil, err
	}
	msg, err := create.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("enqueue email: %w", err)
	}
	return msg, nil
}

// fill sets create's fields from m.
func fill(create *ent.EmailMessageCreate, m QueuedMessage, now time.Time) error {
	if len(m.To) == 0 {
		return errors.New("enqueue email: no recipient")
	}
	if m.From.Email == "" {
		return errors.New("enqueue email: no sender")
	}
	due := m.NotBefore
	if due.IsZero() {
		due = now
	}
	create.SetOrganizationID(m.OrganizationID).
		SetKind(m.Kind).
		SetFromEmail(m.From.Email).
		SetFromName(m.From.Name).
		SetTo(m.To).
		SetSubject(m.Subject).
		SetHTML(m.HTML).
		SetText(m.Text).
		SetStatus(emailmessage.StatusQUEUED).
		SetNextAttemptAt(due.UTC().Truncate(time.Microsecond))
	if m.InterventionID != 0 {
		create.SetInterventionID(m.InterventionID)
	}
	return nil
}

// MessageFromRow builds the Message a provider sends from an outbox row.
func MessageFromRow(row *ent.EmailMessage) *Message {
	to := make([]Address, 0, len(row.To))
	for _, addr := range row.To {
		to = append(to, Address{Email: addr})
	}
	return &Message{
		ID:      fmt.Sprint(row.ID),
		From:    Address{Name: row.FromName, Email: row.FromEmail},
		To:      to,
		Subject: row.Subject,
		HTML:    row.HTML,
		Text:    row.Text,
	}
}

// truncate cuts s to at most n bytes without splitting a UTF-8 sequence.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "")
}
