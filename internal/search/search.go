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
//     runes) and the intervention's created_at, keyed by (trigram, organization_id, intervention_id, position), so
//     one trigram's interventions are one index range and a trigram at a position of an intervention one point;
//   - intervention_search_texts: the search text and created_at again, keyed by the intervention: a narrow row
//     (about 100 bytes, where an intervention's is several hundred and grows with its message) to confirm a
//     candidate from when the index alone cannot decide
//     (both tables of their own, outside the ent schema: internal/store and the versioned migrations create them).
//
// A query of at least three runes is split into trigrams; the interventions holding its rarest trigram and
// trigrams covering the rest of the query, each at its distance from the rarest's position as in the query, are
// found in one join of their postings. When those trigrams cover every rune of the query, that is exactly the
// interventions containing it, with their created_at: no search text is read (each was a likely disk read: at
// 1,000,000 interventions the search texts, the interventions and their indexes are many times the default buffer
// pool). When a rune is covered only by a trigram too common to join (".ex" of every email), the search texts
// confirm each candidate. The list then reads the matches' entries of its (organization, created) index, in its
// order, and only its page's interventions. When the query is made only of very common trigrams its matches are
// many: the list then reads interventions in its own order, checks search_text, and stops as soon as the page is
// full. Backfill indexes the interventions written before the index existed (or bulk-loaded) at start.
//
// MariaDB's FULLTEXT has no n-gram parser (words only: no substring of a serial) and SQLite's FTS5 trigram
// tokenizer would be a second implementation with its own case folding: one table of trigrams serves both.
package search

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/predicate"
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
	// maxProbes bounds the trigrams of a long query whose postings are counted.
	maxProbes = 12
	// maxPicks bounds the trigrams whose postings are intersected: enough to cover any query (MaxRunes), so that
	// the intersection at the query's distances is exact ("olivia.wagner3" takes five; past the second, each is a
	// lookup per remaining candidate only).
	maxPicks = MaxRunes/3 + 1
)

// Variables so that a test reaches every path with a small corpus.
var (
	// candidateCap is the count of postings under which a trigram is rare.
	candidateCap = 5000
	// postingCap bounds the postings of a trigram intersected with others (twice that estimated on MariaDB, whose
	// estimates run up to twice the count), and the candidates confirmed one by one.
	postingCap = 30000
	// joinCap bounds the postings of a trigram joined to the rarest's to narrow its candidates (twice that
	// estimated): a common trigram costs one lookup per candidate in its postings (a few B-tree pages for
	// candidates in id order), where each candidate it rules out spares a random read of a search text to confirm
	// it; a trigram a large part of the interventions have rules out few, and its lookups are spread over as many
	// pages of its long list (at a million interventions, a serial's "xrx-", in a fifth of them, cost 500 page
	// reads to rule out 5 candidates of 517).
	joinCap = 4 * postingCap
)

// Normalize is the form both the indexed text and a query are compared in (schematype.NormalizeSearch).
func Normalize(s string) string { return schematype.NormalizeSearch(s) }

// Backfill indexes the interventions that have no search text yet (written before the index existed, or by a
// bulk load without it), 500 per transaction, and returns how many it indexed. It reads in a system context.
func Backfill(ctx context.Context, c *ent.Client) (int, error) {
	total := 0
	for {
		rows, err := c.QueryContext(ctx, "SELECT `id`, `organization_id`, `created_at`, `reference`, `reporter_email`, `printer_snapshot` "+
			"FROM `interventions` WHERE `search_text` IS NULL ORDER BY `id` LIMIT 500")
		if err != nil {
			return total, fmt.Errorf("search backfill: %w", err)
		}
		type doc struct {
			id, org int
			created any
			text    string
		}
		var docs []doc
		for rows.Next() {
			var d doc
			var ref, email string
			var snap sql.NullString
			if err := rows.Scan(&d.id, &d.org, &d.created, &ref, &email, &snap); err != nil {
				rows.Close()
				return total, fmt.Errorf("search backfill: %w", err)
			}
			var s schematype.PrinterSnapshot
			if snap.Valid {
				_ = json.Unmarshal([]byte(snap.String), &s) // a snapshot without a serial indexes none
			}
			d.text = schematype.SearchText(ref, email, s.Serial)
			docs = append(docs, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return total, fmt.Errorf("search backfill: %w", err)
		}
		if len(docs) == 0 {
			return total, nil
		}
		err = store.WithTx(ctx, c, func(tx *ent.Tx) error {
			var cases, ids, grams []string
			var cargs, iargs, gargs []any
			for _, d := range docs {
				cases, cargs = append(cases, "WHEN ? THEN ?"), append(cargs, d.id, d.text)
				ids, iargs = append(ids, "?"), append(iargs, d.id)
				for _, g := range schematype.Postings(d.text) {
					grams, gargs = append(grams, "(?, ?, ?, ?, ?)"), append(gargs, g.Trigram, d.org, d.id, g.Position, d.created)
				}
			}
			if _, err := tx.ExecContext(ctx, "UPDATE `interventions` SET `search_text` = CASE `id` "+strings.Join(cases, " ")+
				" END WHERE `id` IN ("+strings.Join(ids, ", ")+")", append(cargs, iargs...)...); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "DELETE FROM `intervention_search_texts` WHERE `intervention_id` IN ("+strings.Join(ids, ", ")+")", iargs...); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO `intervention_search_texts` (`intervention_id`, `created_at`, `search_text`) "+
				"SELECT `id`, `created_at`, `search_text` FROM `interventions` WHERE `id` IN ("+strings.Join(ids, ", ")+")", iargs...); err != nil {
				return err
			}
			for len(grams) > 0 { // at most 1,000 rows a statement
				n := min(len(grams), 1000)
				if _, err := tx.ExecContext(ctx, "INSERT INTO `intervention_grams` (`trigram`, `organization_id`, `intervention_id`, `position`, `created_at`) VALUES "+
					strings.Join(grams[:n], ", "), gargs[:5*n]...); err != nil {
					return err
				}
				grams, gargs = grams[n:], gargs[5*n:]
			}
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("search backfill: %w", err)
		}
		total += len(docs)
	}
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

// Predicate is the interventions filter for q: the interventions whose reference, reporter email or serial
// contains q. It reads the index through c (in the caller's organization when it has one); privacy rules still
// apply to the query it is added to.
func Predicate(ctx context.Context, c *ent.Client, q *Query) (predicate.Intervention, error) {
	org := 0
	if v := viewer.FromContext(ctx); v != nil {
		org = v.OrgID
	}
	found, dense, err := candidates(ctx, c, q, org)
	if err != nil {
		return nil, err
	}
	if dense {
		return containsText(q.Text), nil
	}
	if org != 0 && len(found.at) == len(found.ids) {
		return byListIndex(found), nil
	}
	return byIDs(found.ids), nil
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
// counting read every posting up to the cap); on SQLite, which has no such estimate, postings are counted with a
// cap (every probed trigram up to candidateCap, and when fewer than two are that rare, the others again up to
// postingCap: a query made of common trigrams, "pb-2025-", is often rare as a whole). The rarest trigram and
// those covering the rest of the query (spread; up to maxPicks, on MariaDB commoner ones too, up to joinCap) are
// joined in one statement, which reads the rarest's range and looks each posting up in the others at the query's
// distances; when they cover the query, those are the matches, else the candidates left are confirmed from
// intervention_search_texts. Two statements on MariaDB (three when confirming), four at most on SQLite.
func candidates(ctx context.Context, c *ent.Client, q *Query, org int) (found matches, dense bool, err error) {
	grams := probes(q.Trigrams, maxProbes)
	est, estimated, err := estimatePostings(ctx, c, grams, org)
	if err != nil {
		return found, false, err
	}
	var picks, narrowers []counted
	if estimated {
		for i, g := range grams {
			switch {
			case est[i] <= 2*postingCap: // (the estimates run up to about twice the count)
				picks = append(picks, counted{g, est[i]})
			case est[i] <= 2*joinCap:
				narrowers = append(narrowers, counted{g, est[i]})
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
	// The rarest is read; the others (commoner ones too, narrowers) are looked up per candidate of it.
	picks = append(picks, narrowers...)
	slices.SortStableFunc(picks, func(a, b counted) int { return a.n - b.n })
	rarest := spread(picks, q.at)
	cand, err := intersection(ctx, c, rarest, q.at, org, postingCap+1)
	if err != nil {
		return found, false, err
	}
	if len(cand.ids) > postingCap {
		return found, true, nil // too many to confirm (an estimate far too low, or several organizations')
	}
	if covers(rarest, q.at, utf8.RuneCountInString(q.Text)) {
		return cand, false, nil // the trigrams at their distances are the query: nothing to confirm
	}
	// Confirming up to postingCap candidates costs at most that many reads by primary key of the narrow
	// intervention_search_texts; scanning the list instead could read every intervention when the matches are few.
	found, err = confirm(ctx, c, cand.ids, q.Text)
	return found, false, err
}

// spread picks the counted trigrams (sorted rarest first) to intersect: the rarest, then, up to maxPicks in all,
// the one that covers the most of the query not covered yet (the rarest of those): trigrams of different parts of
// the query are the most selective together, even when each is common ("paolo.robert": "o.r", "pao" and "ert"
// hold 638 interventions of a million, where "o.r" and "pao", the rarest two, hold 3,700), while the trigrams of
// one word hold about the same interventions ("oli", "liv", "ivi"), and intersecting them narrows little. A
// trigram that covers nothing new is not picked. Each list more is a lookup per candidate in its postings (whose
// pages the candidates, in id order, read once each); each candidate fewer is one random read less to confirm it.
func spread(picks []counted, at map[int64]int) []int64 {
	if len(picks) == 0 {
		return nil
	}
	covered := map[int]bool{}
	take := func(g int64) {
		for k := 0; k < 3; k++ {
			covered[at[g]+k] = true
		}
	}
	out := []int64{picks[0].g}
	take(picks[0].g)
	for len(out) < maxPicks {
		best, gain := int64(0), 0
		for _, p := range picks {
			n := 0
			for k := 0; k < 3; k++ {
				if !covered[at[p.g]+k] {
					n++
				}
			}
			if n > gain { // (the first of the most, in rarity order)
				best, gain = p.g, n
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
func estimatePostings(ctx context.Context, c *ent.Client, grams []int64, org int) (est []int, estimated bool, err error) {
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

// intersection reads, in one statement, the interventions holding every one of grams at the distances they are
// from each other in the query (at: their positions in it), up to limit postings of the first: a join of their
// postings, which the database runs from the first (the rarest), looking each of its postings up in the others'
// (primary-key points: trigram, organization, intervention, position), so a common trigram costs a lookup per
// candidate, not a read of all its postings, and only the intersection is sent back, with each intervention's
// created_at (from the postings), sorted by id. When grams cover every rune of the query, that is exactly the
// interventions that contain it.
func intersection(ctx context.Context, c *ent.Client, grams []int64, at map[int64]int, org, limit int) (matches, error) {
	var found matches
	var b strings.Builder
	var args []any
	b.WriteString("SELECT `t0`.`intervention_id`, `t0`.`created_at` FROM `intervention_grams` AS `t0`")
	for i, g := range grams[1:] {
		fmt.Fprintf(&b, " JOIN `intervention_grams` AS `t%[1]d` ON `t%[1]d`.`trigram` = ? AND `t%[1]d`.`organization_id` = `t0`.`organization_id`"+
			" AND `t%[1]d`.`intervention_id` = `t0`.`intervention_id` AND `t%[1]d`.`position` = `t0`.`position` + %[2]d", i+1, at[g]-at[grams[0]])
		args = append(args, g)
	}
	b.WriteString(" WHERE `t0`.`trigram` = ?")
	args = append(args, grams[0])
	if org != 0 {
		b.WriteString(" AND `t0`.`organization_id` = ?")
		args = append(args, org)
	}
	fmt.Fprintf(&b, " LIMIT %d", limit)
	rows, err := c.QueryContext(ctx, b.String(), args...)
	if err != nil {
		return found, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	type match struct {
		id int
		at any
	}
	var ms []match
	for rows.Next() {
		var m match
		if err := rows.Scan(&m.id, &m.at); err != nil {
			return found, fmt.Errorf("search: %w", err)
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return found, fmt.Errorf("search: %w", err)
	}
	// (An intervention holding the query twice is found twice; its postings are in id order already on both
	// databases' primary keys, but the join's order is the database's.)
	slices.SortFunc(ms, func(a, b match) int { return a.id - b.id })
	ms = slices.CompactFunc(ms, func(a, b match) bool { return a.id == b.id })
	for _, m := range ms {
		found.ids = append(found.ids, m.id)
		if t, ok := m.at.(time.Time); ok {
			found.at = append(found.at, t)
		}
	}
	return found, nil
}

// covers reports whether grams, at their positions in a query of n runes, cover every rune of it.
func covers(grams []int64, at map[int64]int, n int) bool {
	covered := make([]bool, n)
	for _, g := range grams {
		for k := 0; k < 3 && at[g]+k < n; k++ {
			covered[at[g]+k] = true
		}
	}
	return !slices.Contains(covered, false)
}

// confirm keeps the candidates whose search text contains text, in one statement reading
// intervention_search_texts (with their created_at, for byListIndex), sorted by id.
func confirm(ctx context.Context, c *ent.Client, cand []int, text string) (matches, error) {
	var found matches
	if len(cand) == 0 {
		return found, nil
	}
	args := make([]any, 0, len(cand)+1)
	for _, id := range cand {
		args = append(args, id)
	}
	args = append(args, text)
	rows, err := c.QueryContext(ctx, "SELECT `intervention_id`, `created_at` FROM `intervention_search_texts` WHERE `intervention_id` IN (?"+
		strings.Repeat(", ?", len(cand)-1)+") AND INSTR(`search_text`, ?) > 0 ORDER BY `intervention_id`", args...)
	if err != nil {
		return found, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		var at any
		if err := rows.Scan(&id, &at); err != nil {
			return found, fmt.Errorf("search: %w", err)
		}
		found.ids = append(found.ids, id)
		if t, ok := at.(time.Time); ok {
			found.at = append(found.at, t)
		}
	}
	if err := rows.Err(); err != nil {
		return found, fmt.Errorf("search: %w", err)
	}
	return found, nil
}
