// Package search is the admin text search over interventions: a substring of the reference, the reporter's email
// or the printer's serial (as reported), case-insensitive, answered from an index instead of a scan of every
// intervention.
//
// The index is the same on SQLite and MariaDB (so both give the same results, by construction, rather than two
// engines' full-text parsers and collations), written by the Intervention schema's hook in the transaction that
// writes the intervention:
//
//   - interventions.search_text: the reference, email and serial lower-cased in Go, one per line, compared as
//     bytes (utf8mb4_bin on MariaDB);
//   - intervention_grams: one row per occurrence of a trigram (three runes) in that text, with its position (in
//     runes), the three runes after it (next) and the intervention's created_at, keyed by (trigram,
//     organization_id, intervention_id, position), so one trigram's interventions are one index range and a
//     trigram at a position of an intervention one point (a table of its own, outside the ent schema:
//     internal/store and the versioned migrations create it).
//
// A query of at least three runes is split into trigrams. The rarest, one of another part of the query, and
// then as many others as cover the rest of its runes (each posting covers its trigram and the runes after it: up
// to six) are joined in the database at their distances in the query (the rarest's range, each of its postings
// that goes on as the query does, by its next, looked up in the others' as primary-key points, however common the
// trigram: a serial's "xrx-"). What is found is exactly the interventions containing the query, with their
// created_at: no search text is read (each was a likely disk read: at 1,000,000 interventions the interventions
// and their indexes are many times the default buffer pool).
// The list then reads the matches' entries of its (organization, created) index, in its order, and only its
// page's interventions. When the query is made only of very common trigrams its matches are many: the list then
// reads interventions in its own order, checks search_text, and stops as soon as the page is
// full.
//
// Interventions written before the index existed, or marked for indexing again by a migration (search_text NULL,
// as 20261202010000_intervention_grams.sql and 20261202080000_intervention_grams_next_required.sql leave every
// one), are not found until the Backfiller has indexed them: it runs in the background of the server once it
// listens (internal/app's Serve), 500 interventions per transaction, each batch claiming its rows so that
// instances started together share the work rather than repeat it, and logs its progress. Unindexed is the
// filter of those not indexed yet, read from an index of their own (the admin's searchIndex counts them; it is
// how the admin knows a search may miss some).
//
// MariaDB's FULLTEXT has no n-gram parser (words only: no substring of a serial) and SQLite's FTS5 trigram
// tokenizer would be a second implementation with its own case folding: one table of trigrams serves both.
package search

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/cenkalti/backoff/v5"
	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/predicate"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/store"
)

const (
	// MinRunes is the shortest query: a trigram.
	MinRunes = 3
	// MaxRunes is the longest query.
	MaxRunes = 100
	// maxProbes bounds the trigrams of a long query whose postings are estimated (or counted). The more are, the
	// rarer the range read; each costs a few B-tree pages. Measured over 1,000,000 interventions (make bench,
	// reporter emails, default buffer pool): 6 probes, p95 169–233 ms; 12, 94–141 ms; 20, 92 ms; 32, 85–112 ms.
	maxProbes = 20
	// spreadPicks is how many trigrams are chosen for their rarity (the rarest and one of another part of the
	// query) before the others are chosen for the runes they cover.
	spreadPicks = 2
)

// Variables so that a test reaches every path with a small corpus.
var (
	// candidateCap is the count of postings under which a trigram is rare.
	candidateCap = 5000
	// postingCap bounds the postings of a trigram read as a range (twice that estimated on MariaDB, whose
	// estimates run up to twice the count), and so the candidates checked one by one.
	postingCap = 30000
)

// Normalize is the form both the indexed text and a query are compared in (schematype.NormalizeSearch).
func Normalize(s string) string { return schematype.NormalizeSearch(s) }

// backfillBatch is how many interventions one backfill transaction claims and indexes.
const backfillBatch = 500

// progressEvery is how often (in interventions indexed) the backfill logs its progress.
const progressEvery = 5000

// unindexedIndex is the ent schema's (search_text, organization_id) index of interventions: the first character
// of search_text on MariaDB (NULL or not), the interventions not indexed yet on SQLite (a partial index).
const unindexedIndex = "intervention_search_text_organization_id"

// Unindexed is the interventions filter for those not indexed for search yet (search_text NULL: written before
// the index existed, or marked for indexing again by a migration): a search does not find them until the
// backfill has indexed them. They are read from the (search_text, organization) index, and nothing else: on
// MySQL that index is forced, so that a count or a claim never falls back to reading interventions while most
// are unindexed (TestBackfill_ClaimsAndCountsFromItsIndexOnMariaDB).
func Unindexed() predicate.Intervention {
	return predicate.Intervention(func(s *entsql.Selector) {
		s.Where(entsql.IsNull(s.C(intervention.FieldSearchText)))
		if s.Dialect() == dialect.MySQL && !s.HasJoins() {
			if t := s.Table(); t != nil && s.TableName() == intervention.Table && s.C(intervention.FieldID) == t.C(intervention.FieldID) {
				s.From(entsql.Table("`" + intervention.Table + "` FORCE INDEX (`" + unindexedIndex + "`)").As(intervention.Table).Unquote())
			}
		}
	})
}

// Backfiller indexes the interventions that have no search text yet, in the background of a running server
// (Run), so that a database upgraded with a million of them serves at once; meanwhile a search misses them, and
// the admin's searchIndex says how many are left.
//
// Several instances may backfill the same database at once: each batch claims its interventions in its own
// transaction, re-checking that they are unindexed as it locks them, so two never index the same one. On
// MySQL/MariaDB the claim is "WHERE search_text IS NULL LIMIT 500 FOR UPDATE SKIP LOCKED" at READ COMMITTED, as
// the outbox claims its mail: a locking read sees the latest committed search_text (an intervention indexed
// meanwhile, by another instance or by a write, is not claimed) and skips the rows another transaction holds
// (another instance's batch, or a write under way, whose intervention is then looked at again by a later pass).
// On SQLite the transaction begins IMMEDIATE (store.Open sets _txlock): batches and writes are serialised. A
// write that changes an intervention's indexed fields while a batch holds it waits for the batch, then replaces
// the postings the batch wrote (the Intervention schema's hook).
type Backfiller struct {
	DB *store.DB
	// Logger gets the progress (every 5,000 interventions) and failures; nil: slog.Default().
	Logger *slog.Logger
	// Retry is how long Run waits before looking again at interventions another transaction held, and the first
	// wait after a failure (an exponential backoff up to a minute while failures go on); 0: 5 seconds.
	Retry time.Duration

	// claimed, when set (tests), is called in each batch's transaction once it claimed its interventions.
	claimed func(ctx context.Context, ids []int)
}

// Run indexes every unindexed intervention, batch after batch, and returns nil once none is left (whoever
// indexed them), or ctx's error when it ends first. A failed batch is logged and tried again after a pause.
func (b *Backfiller) Run(ctx context.Context) error {
	log := b.log()
	sys := rule.SystemContext(ctx)
	started := time.Now()
	left, err := b.Remaining(sys)
	if err == nil && left == 0 {
		return nil
	}
	if err == nil {
		log.Info("indexing interventions for search in the background", "remaining", left)
	}
	// After a failure: an exponential, jittered backoff from Retry up to a minute; after a pass that left
	// interventions held by other transactions: Retry.
	failures := &backoff.ExponentialBackOff{InitialInterval: b.retry(), RandomizationFactor: 0.2, Multiplier: 2, MaxInterval: time.Minute}
	failures.Reset()
	indexed := 0
	for {
		if err == nil {
			var n int
			n, err = b.Backfill(sys)
			indexed += n
		}
		if err == nil {
			left, err = b.Remaining(sys)
		}
		if err == nil && left == 0 {
			log.Info("search index complete", "indexed", indexed, "took", time.Since(started).Round(time.Millisecond))
			return nil
		}
		if err != nil && ctx.Err() != nil {
			return ctx.Err()
		}
		wait := b.retry() // (the interventions left are held by other transactions: looked at again once they are done)
		if err != nil {
			wait = failures.NextBackOff()
			log.Warn("search index backfill failed; trying again", "err", err, "in", wait)
		} else {
			failures.Reset()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		err = nil
	}
}

// Backfill indexes the unindexed interventions it can claim, 500 per transaction, until a batch claims none
// (those left, if any, are held by other transactions), and returns how many it indexed.
func (b *Backfiller) Backfill(ctx context.Context) (int, error) {
	ctx = rule.SystemContext(ctx)
	total := 0
	for {
		n, err := b.batch(ctx)
		if err != nil {
			return total, fmt.Errorf("search backfill: %w", err)
		}
		if n == 0 {
			return total, nil
		}
		total += n
		if total/progressEvery != (total-n)/progressEvery {
			left, err := b.Remaining(ctx)
			if err != nil {
				return total, fmt.Errorf("search backfill: %w", err)
			}
			b.log().Info("indexing interventions for search", "indexed", total, "remaining", left)
		}
	}
}

// Remaining counts the unindexed interventions of every organization (read in a system context).
func (b *Backfiller) Remaining(ctx context.Context) (int, error) {
	return b.DB.Client.Intervention.Query().Where(Unindexed()).Count(rule.SystemContext(ctx))
}

// unindexed is an intervention as the backfill reads it (the snapshot as stored: a snapshot that does not
// decode indexes no serial, rather than stopping the backfill).
type unindexed struct {
	ID             int            `json:"id"`
	OrganizationID int            `json:"organization_id"`
	CreatedAt      any            `json:"created_at"` // (as the driver reads it: its postings carry it as is)
	Reference      string         `json:"reference"`
	ReporterEmail  string         `json:"reporter_email"`
	Snapshot       sql.NullString `json:"printer_snapshot"`
}

// batch claims up to backfillBatch unindexed interventions and indexes them, in one transaction; it returns how
// many it indexed.
func (b *Backfiller) batch(ctx context.Context) (int, error) {
	var opts *sql.TxOptions
	if b.DB.Dialect == dialect.MySQL {
		opts = &sql.TxOptions{Isolation: sql.LevelReadCommitted}
	}
	n := 0
	err := store.WithTxOptions(ctx, b.DB.Client, opts, func(tx *ent.Tx) error {
		var docs []unindexed
		if err := claimQuery(tx.Client(), b.DB.Dialect).Scan(ctx, &docs); err != nil {
			return fmt.Errorf("claim: %w", err)
		}
		if len(docs) == 0 {
			return nil
		}
		if b.claimed != nil {
			ids := make([]int, len(docs))
			for i, d := range docs {
				ids[i] = d.ID
			}
			b.claimed(ctx, ids)
		}
		var cases, ids, grams []string
		var cargs, iargs, gargs []any
		for _, d := range docs {
			var snap schematype.PrinterSnapshot
			if d.Snapshot.Valid {
				_ = json.Unmarshal([]byte(d.Snapshot.String), &snap)
			}
			text := schematype.SearchText(d.Reference, d.ReporterEmail, snap.Serial)
			cases, cargs = append(cases, "WHEN ? THEN ?"), append(cargs, d.ID, text)
			ids, iargs = append(ids, "?"), append(iargs, d.ID)
			for _, g := range schematype.Postings(text) {
				grams, gargs = append(grams, "(?, ?, ?, ?, ?, ?)"), append(gargs, g.Trigram, d.OrganizationID, d.ID, g.Position, d.CreatedAt, g.Next)
			}
		}
		if _, err := tx.ExecContext(ctx, "UPDATE `interventions` SET `search_text` = CASE `id` "+strings.Join(cases, " ")+
			" END WHERE `id` IN ("+strings.Join(ids, ", ")+")", append(cargs, iargs...)...); err != nil {
			return err
		}
		for len(grams) > 0 { // at most 1,000 rows a statement
			k := min(len(grams), 1000)
			if _, err := tx.ExecContext(ctx, "INSERT INTO `intervention_grams` (`trigram`, `organization_id`, `intervention_id`, `position`, `created_at`, `next`) VALUES "+
				strings.Join(grams[:k], ", "), gargs[:6*k]...); err != nil {
				return err
			}
			grams, gargs = grams[k:], gargs[6*k:]
		}
		n = len(docs)
		return nil
	})
	return n, err
}

// claimQuery reads up to backfillBatch unindexed interventions, locking them on MySQL: FOR UPDATE SKIP LOCKED,
// from the unindexed entries of Unindexed's index (at READ COMMITTED, only the rows returned stay locked).
func claimQuery(c *ent.Client, dia string) *ent.InterventionSelect {
	q := c.Intervention.Query().Where(Unindexed()).Limit(backfillBatch)
	if dia == dialect.MySQL {
		q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
	return q.Select(intervention.FieldID, intervention.FieldOrganizationID, intervention.FieldCreatedAt, intervention.FieldReference,
		intervention.FieldReporterEmail, intervention.FieldPrinterSnapshot)
}

func (b *Backfiller) log() *slog.Logger {
	if b.Logger == nil {
		return slog.Default()
	}
	return b.Logger
}

func (b *Backfiller) retry() time.Duration {
	if b.Retry <= 0 {
		return 5 * time.Second
	}
	return b.Retry
}

// Query is a parsed search: the normalized text and its trigrams.
type Query struct {
	Text     string
	Trigrams []int64
	// at is where each trigram first starts in Text (in runes).
	at map[int64]int
}

// Parse checks a search as typed (field names the input field for the error) and normalizes it.
func Parse(field, q string) (*Query, error) {
	text := Normalize(strings.TrimSpace(q))
	n := utf8.RuneCountInString(text)
	if n < MinRunes {
		return nil, apperr.Invalid(field, "type at least %d characters to search", MinRunes)
	}
	if n > MaxRunes {
		return nil, apperr.Invalid(field, "a search has at most %d characters", MaxRunes)
	}
	at := map[int64]int{}
	rs := []rune(text)
	for i := 0; i+2 < len(rs); i++ {
		if _, ok := at[schematype.Trigram(rs[i], rs[i+1], rs[i+2])]; !ok {
			at[schematype.Trigram(rs[i], rs[i+1], rs[i+2])] = i
		}
	}
	return &Query{Text: text, Trigrams: schematype.Trigrams(text), at: at}, nil
}

// Find is the interventions filter for q: the interventions whose reference, reporter email or serial contains
// q. It reads the index through c (in the caller's organization when it has one); privacy rules still apply to
// the query it is added to. It also returns the matches found in the index when it has all of them with their
// created_at (in the caller's organization): the list can then page and count them without reading them again
// (interventions.Matches). ids and createdAt are nil when it has not (a query of common trigrams, read by
// scanning).
func Find(ctx context.Context, c *ent.Client, q *Query) (p predicate.Intervention, ids []int, createdAt []time.Time, err error) {
	org := 0
	if v := viewer.FromContext(ctx); v != nil {
		org = v.OrgID
	}
	found, dense, err := candidates(ctx, c, q, org)
	if err != nil {
		return nil, nil, nil, err
	}
	if dense {
		return containsText(q.Text), nil, nil, nil
	}
	if org != 0 && len(found.at) == len(found.ids) {
		if found.ids == nil { // (no match: known as none)
			found.ids, found.at = []int{}, []time.Time{}
		}
		return byListIndex(found), found.ids, found.at, nil
	}
	return byIDs(found.ids), nil, nil, nil
}

// matches are the interventions found from the index: their ids, sorted, and their created_at (when the driver
// reads it as a time).
type matches struct {
	ids []int
	at  []time.Time
}

// byListIndex is the matches of one organization. On MySQL: (created_at, id) IN (theirs), read from the
// (organization, created) index, so that a page newest first reads the index entries of the
// matches in its order and only the page's rows, and a capped count reads index entries only: no intervention
// row is read to sort or count the matches (TestSearch_ReadsItsIndexesOnMariaDB). Elsewhere (SQLite, or a query
// joined to others): byIDs.
func byListIndex(found matches) predicate.Intervention {
	return predicate.Intervention(func(s *entsql.Selector) {
		t := s.Table()
		if s.Dialect() != dialect.MySQL || len(found.ids) == 0 || s.HasJoins() || t == nil || s.TableName() != intervention.Table ||
			s.C(intervention.FieldID) != t.C(intervention.FieldID) {
			byIDs(found.ids)(s)
			return
		}
		// One pair per match: MariaDB reads one point of (organization, created_at, id) each. (created_at IN … AND
		// id IN … would be read as the cross product of the two lists.)
		args := make([]any, 0, 2*len(found.ids))
		for i, id := range found.ids {
			args = append(args, found.at[i], id)
		}
		s.Where(entsql.ExprP("("+s.C(intervention.FieldCreatedAt)+", "+s.C(intervention.FieldID)+") IN ((?, ?)"+
			strings.Repeat(", (?, ?)", len(found.ids)-1)+")", args...))
		s.From(entsql.Table("`" + intervention.Table + "` FORCE INDEX (`" + listIndex + "`)").As(intervention.Table).Unquote())
	})
}

// listIndex is the ent schema's (organization_id, created_at) index of interventions.
const listIndex = "intervention_organization_id_created_at"

// byIDs is id IN (ids). On MySQL it also makes the interventions table be read by primary key: with an ORDER BY
// … LIMIT, MariaDB otherwise prefers walking (organization, created) in order and skipping non-candidates, which
// reads the whole organization when the candidates are few and old (TestSearch_ReadsItsIndexesOnMariaDB).
func byIDs(ids []int) predicate.Intervention {
	return predicate.Intervention(func(s *entsql.Selector) {
		s.Where(entsql.InInts(s.C(intervention.FieldID), ids...))
		if s.Dialect() == dialect.MySQL && len(ids) > 0 && !s.HasJoins() {
			if t := s.Table(); t != nil && s.TableName() == intervention.Table && s.C(intervention.FieldID) == t.C(intervention.FieldID) {
				s.From(entsql.Table("`" + intervention.Table + "` FORCE INDEX (PRIMARY)").As(intervention.Table).Unquote())
			}
		}
	})
}

// containsText is the scan form: the intervention's search text contains q.
func containsText(text string) predicate.Intervention {
	return predicate.Intervention(func(s *entsql.Selector) {
		s.Where(entsql.ExprP("INSTR("+s.C(intervention.FieldSearchText)+", ?) > 0", text))
	})
}

// candidates are the ids of the interventions that contain q, found from its rarest trigrams; dense reports that
// q's trigrams are all too common for that to be cheap, or its candidates too many (scan instead).
//
// Rarity is MariaDB's estimate of each probed trigram's range (estimatePostings: a few B-tree pages each, where
// counting read every posting up to the cap; kept a while per trigram and organization, as they change slowly);
// on SQLite, which has no such estimate, postings are counted with a cap (every probed trigram up to
// candidateCap, and when fewer than two are that rare, the others again up to postingCap: a query made of common
// trigrams, "pb-2025-", is often rare as a whole). The trigrams that cover the query (cover: the rarest first) are
// joined in one statement at their distances in the query, up to postingCap matches: one range read, each of its
// postings looked up in the others' (~1.5 µs a posting for the first lookup, far less for the next ones, which
// few postings reach; checking the rest in further statements, one per trigram, cost ten times the database's
// own lookups). The matches come with their created_at. The same statement on both dialects.
func candidates(ctx context.Context, c *ent.Client, q *Query, org int) (found matches, dense bool, err error) {
	grams := probes(q.Trigrams, maxProbes)
	est, estimated, err := estimatePostings(ctx, c, grams, org)
	if err != nil {
		return found, false, err
	}
	var picks []counted
	if estimated {
		for i, g := range grams {
			if est[i] <= 2*postingCap { // (the estimates run up to about twice the count)
				picks = append(picks, counted{g, est[i]})
			}
		}
	} else {
		counts, err := countPostings(ctx, c, grams, org, candidateCap+1)
		if err != nil {
			return found, false, err
		}
		if slices.Contains(counts, 0) {
			return found, false, nil // a trigram nobody has: no match
		}
		var common []counted
		for i, g := range grams {
			if counts[i] <= candidateCap {
				picks = append(picks, counted{g, counts[i]})
			} else {
				common = append(common, counted{g, counts[i]})
			}
		}
		if len(picks) < 2 && len(common) > 0 {
			more := make([]int64, 0, len(common))
			for _, cg := range common {
				more = append(more, cg.g)
			}
			n2, err := countPostings(ctx, c, more, org, postingCap+1)
			if err != nil {
				return found, false, err
			}
			for i, g := range more {
				if n2[i] <= postingCap {
					picks = append(picks, counted{g, n2[i]})
				}
			}
		}
	}
	if len(picks) == 0 {
		return found, true, nil
	}
	slices.SortStableFunc(picks, func(a, b counted) int { return a.n - b.n })
	grams = cover(q, picks)
	cand, full, err := joinPostings(ctx, c, q, grams, org, postingCap+1)
	if err != nil {
		return found, false, err
	}
	if full {
		return found, true, nil // too many to check (an estimate far too low, or several organizations')
	}
	// (An intervention holding the query twice is found twice; with several organizations, ids are not in order.)
	slices.SortFunc(cand, func(a, b posting) int { return a.id - b.id })
	cand = slices.CompactFunc(cand, func(a, b posting) bool { return a.id == b.id })
	if len(cand) > postingCap {
		return found, true, nil
	}
	for _, p := range cand {
		found.ids = append(found.ids, p.id)
		if t, ok := p.at.(time.Time); ok {
			found.at = append(found.at, t)
		}
	}
	return found, false, nil
}

// cover is the trigrams joined for q: the rarest and the one of another part of the query that narrows it most
// (spread), then, until every rune of the query is covered, the trigram covering the most runes not covered yet
// (the probed ones rarest first, then the others, however common: each is one primary-key point per candidate
// left). A trigram's posting covers it and the runes after it (its next: span). Their postings at their
// distances in the query, with their next, are exactly the interventions containing it.
func cover(q *Query, picks []counted) []int64 {
	n := utf8.RuneCountInString(q.Text)
	out := spread(picks, q.at, n, spreadPicks)
	covered := make([]bool, n)
	take := func(g int64) {
		for k := 0; k < span(q.at[g], n); k++ {
			covered[q.at[g]+k] = true
		}
	}
	for _, g := range out {
		take(g)
	}
	order := make([]int64, 0, len(q.at))
	for _, p := range picks {
		order = append(order, p.g)
	}
	for _, g := range q.Trigrams {
		if !slices.Contains(order, g) {
			order = append(order, g)
		}
	}
	for {
		best, gain := int64(0), 0
		for _, g := range order {
			m := 0
			for k := 0; k < span(q.at[g], n); k++ {
				if !covered[q.at[g]+k] {
					m++
				}
			}
			if m > gain {
				best, gain = g, m
			}
		}
		if gain == 0 {
			return out
		}
		out = append(out, best)
		take(best)
	}
}

// spread picks the counted trigrams (sorted rarest first) to intersect: the rarest, then, up to limit in all,
// the one that covers the most of the query not covered yet (the rarest of those): trigrams of different parts of
// the query are the most selective together, even when each is common ("paolo.robert": "o.r", "pao" and "ert"
// hold 638 interventions of a million, where "o.r" and "pao", the rarest two, hold 3,700), while the trigrams of
// one word hold about the same interventions ("oli", "liv", "ivi"), and intersecting them narrows little (nor do
// its trigrams next to one picked: among equals, one apart from them is preferred). A trigram that covers nothing
// new is not picked.
func spread(picks []counted, at map[int64]int, n, limit int) []int64 {
	if len(picks) == 0 {
		return nil
	}
	covered := map[int]bool{}
	take := func(g int64) {
		for k := 0; k < span(at[g], n); k++ {
			covered[at[g]+k] = true
		}
	}
	out := []int64{picks[0].g}
	take(picks[0].g)
	for len(out) < limit {
		best, gain, touches := int64(0), 0, false
		for _, p := range picks {
			m := 0
			for k := 0; k < span(at[p.g], n); k++ {
				if !covered[at[p.g]+k] {
					m++
				}
			}
			// (The first of the most, in rarity order, one apart from those picked before one next to them:
			// "via" of "olivia.muller2" after "oli" narrows nothing, where ".mu" does.)
			t := covered[at[p.g]-1] || covered[at[p.g]+span(at[p.g], n)]
			if m > gain || m == gain && m > 0 && touches && !t {
				best, gain, touches = p.g, m, t
			}
		}
		if gain == 0 {
			break
		}
		out = append(out, best)
		take(best)
	}
	return out
}

// span is how many runes of a query of n runes the posting of its trigram at offset a checks: the trigram's and
// the (up to three) runes after it, its next.
func span(a, n int) int { return min(6, n-a) }

// counted is a trigram and its (capped) count of postings.
type counted struct {
	g int64
	n int
}

// probes picks at most n of the query's trigrams, spread over them.
func probes(grams []int64, n int) []int64 {
	if len(grams) <= n {
		return grams
	}
	out := make([]int64, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, grams[i*len(grams)/n])
	}
	return out
}

// countPostings counts, in one statement, the postings of each trigram up to limit.
func countPostings(ctx context.Context, c *ent.Client, grams []int64, org, limit int) ([]int, error) {
	parts := make([]string, len(grams))
	var args []any
	for i, g := range grams {
		where := "`trigram` = ?"
		args = append(args, g)
		if org != 0 {
			where += " AND `organization_id` = ?"
			args = append(args, org)
		}
		parts[i] = fmt.Sprintf("SELECT %d AS `i`, COUNT(*) AS `n` FROM (SELECT 1 FROM `intervention_grams` WHERE %s LIMIT %d) AS `t%d`", i, where, limit, i)
	}
	rows, err := c.QueryContext(ctx, strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	counts := make([]int, len(grams))
	for rows.Next() {
		var i, n int
		if err := rows.Scan(&i, &n); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		counts[i] = n
	}
	return counts, rows.Err()
}

// estimatePostings asks MariaDB how many postings each trigram has, in one statement: EXPLAIN's rows, its
// estimate of each range from the B-tree (records_in_range: a few pages per range, whatever its size; within about
// twice the count). estimated is false where EXPLAIN gives no estimates (SQLite lists its program instead): then
// the postings are counted.
//
// The estimates are kept (estimates) for estimateTTL: a trigram's range changes slowly, and the same trigrams come
// again as a search is typed, paged and counted. Only the plan depends on them, never what is found.
func estimatePostings(ctx context.Context, c *ent.Client, grams []int64, org int) (est []int, estimated bool, err error) {
	est = make([]int, len(grams))
	var missing []int64
	for i, g := range grams {
		if n, ok := estimates.Get(estimateKey{c, g, org}); ok {
			est[i] = n
		} else {
			missing = append(missing, g)
		}
	}
	if len(missing) == 0 {
		return est, true, nil
	}
	got, estimated, err := explainPostings(ctx, c, missing, org)
	if err != nil || !estimated {
		return nil, estimated, err
	}
	for i, g := range missing {
		estimates.Add(estimateKey{c, g, org}, got[i])
	}
	for i, g := range grams {
		if k := slices.Index(missing, g); k >= 0 {
			est[i] = got[k]
		}
	}
	return est, true, nil
}

// estimateKey is a trigram's range in an organization of a database.
type estimateKey struct {
	c   *ent.Client
	g   int64
	org int
}

// estimateTTL is how long a trigram's estimate is kept.
const estimateTTL = time.Minute

// estimates are MariaDB's recent estimates of trigrams' ranges (a few hundred bytes per query's trigrams).
var estimates = expirable.NewLRU[estimateKey, int](10000, nil, estimateTTL)

// explainPostings is estimatePostings' statement: EXPLAIN of each trigram's range.
func explainPostings(ctx context.Context, c *ent.Client, grams []int64, org int) (est []int, estimated bool, err error) {
	parts := make([]string, len(grams))
	var args []any
	for i, g := range grams {
		parts[i] = "SELECT 1 FROM `intervention_grams` WHERE `trigram` = ?"
		args = append(args, g)
		if org != 0 {
			parts[i] += " AND `organization_id` = ?"
			args = append(args, org)
		}
	}
	rows, err := c.QueryContext(ctx, "EXPLAIN "+strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	idCol, rowsCol := slices.Index(cols, "id"), slices.Index(cols, "rows")
	if idCol < 0 || rowsCol < 0 {
		return nil, false, nil
	}
	est = make([]int, len(grams))
	seen := 0
	for rows.Next() {
		vals := make([]sql.NullInt64, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for i := range cols {
			if i != idCol && i != rowsCol {
				ptrs[i] = new(sql.RawBytes)
			}
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, false, fmt.Errorf("search: %w", err)
		}
		if id := int(vals[idCol].Int64); vals[idCol].Valid && id >= 1 && id <= len(grams) && vals[rowsCol].Valid {
			est[id-1] = int(vals[rowsCol].Int64)
			seen++
		}
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	return est, seen == len(grams), nil
}

// posting is an occurrence of a trigram: its organization, intervention and position, and the intervention's
// created_at (as the driver reads it). A candidate's position is that of the rarest trigram joined.
type posting struct {
	org, id, pos int
	at           any
}

func cmpPosting(a, b posting) int {
	if a.org != b.org {
		return a.org - b.org
	}
	if a.id != b.id {
		return a.id - b.id
	}
	return a.pos - b.pos
}

// joinPostings reads the postings of grams[0] (the rarest) that the others hold at their distances from it in the
// query, with the intervention's created_at: one statement, which reads the rarest's range and looks each of its
// postings up in the others' in turn (primary-key points: SQLite keeps a CROSS JOIN's order, and MariaDB's
// estimates make the rarest's range the one read), up to limit, in the primary key's order. Each posting is also
// compared with the runes after its trigram in the query (its next, on its own row): the rarest's before any
// lookup, so only those that go on as the query does are looked up, and each trigram joined checks up to six
// runes of the query (cover), so fewer are joined.
func joinPostings(ctx context.Context, c *ent.Client, q *Query, grams []int64, org, limit int) (ps []posting, full bool, err error) {
	at := q.at
	var b strings.Builder
	var args []any
	b.WriteString("SELECT `t0`.`organization_id`, `t0`.`intervention_id`, `t0`.`position`, `t0`.`created_at` FROM `intervention_grams` AS `t0`")
	runes := []rune(q.Text)
	// next is the condition on the runes after table t's trigram (at offset a): none when the query ends there.
	next := func(t string, a int) {
		lo, hi, ok := schematype.NextRange(runes[a+3:])
		switch {
		case !ok:
		case lo == hi:
			fmt.Fprintf(&b, " AND `%s`.`next` = ?", t)
			args = append(args, lo)
		default:
			fmt.Fprintf(&b, " AND `%s`.`next` BETWEEN ? AND ?", t)
			args = append(args, lo, hi)
		}
	}
	for i, g := range grams[1:] {
		fmt.Fprintf(&b, " CROSS JOIN `intervention_grams` AS `t%[1]d` ON `t%[1]d`.`trigram` = ? AND `t%[1]d`.`organization_id` = `t0`.`organization_id`"+
			" AND `t%[1]d`.`intervention_id` = `t0`.`intervention_id` AND `t%[1]d`.`position` = `t0`.`position` + %[2]d", i+1, at[g]-at[grams[0]])
		args = append(args, g)
		next(fmt.Sprintf("t%d", i+1), at[g])
	}
	b.WriteString(" WHERE `t0`.`trigram` = ?")
	args = append(args, grams[0])
	if org != 0 {
		b.WriteString(" AND `t0`.`organization_id` = ?")
		args = append(args, org)
	}
	next("t0", at[grams[0]])
	fmt.Fprintf(&b, " LIMIT %d", limit)
	rows, err := c.QueryContext(ctx, b.String(), args...)
	if err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p posting
		if err := rows.Scan(&p.org, &p.id, &p.pos, &p.at); err != nil {
			return nil, false, fmt.Errorf("search: %w", err)
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	slices.SortFunc(ps, cmpPosting) // (the join's order is the database's)
	return ps, len(ps) >= limit, nil
}
