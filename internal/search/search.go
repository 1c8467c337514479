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
//   - intervention_trigrams: one row per distinct trigram (three runes) of that text, keyed by
//     (trigram, organization_id, intervention_id), so one trigram's interventions are one index range
//     (a table of its own, outside the ent schema: internal/store and the versioned migration create it).
//
// A query of at least three runes is split into trigrams; the interventions holding its rarest trigrams are the
// candidates, and search_text confirms each candidate really contains the query. When the query is made only of
// very common trigrams its matches are many: the list then reads interventions in its own order, checks
// search_text, and stops as soon as the page is full. Backfill indexes the interventions written before the index
// existed (or bulk-loaded) at start.
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
	// maxIntersectProbes bounds the common trigrams counted further to choose which to intersect.
	maxIntersectProbes = 6
)

// Variables so that a test reaches every path with a small corpus.
var (
	// candidateCap bounds the candidates confirmed one by one against the text table.
	candidateCap = 5000
	// postingCap bounds the postings of one common trigram read to intersect with others.
	postingCap = 50000
)

// Normalize is the form both the indexed text and a query are compared in (schematype.NormalizeSearch).
func Normalize(s string) string { return schematype.NormalizeSearch(s) }

// Backfill indexes the interventions that have no search text yet (written before the index existed, or by a
// bulk load without it), 500 per transaction, and returns how many it indexed. It reads in a system context.
func Backfill(ctx context.Context, c *ent.Client) (int, error) {
	total := 0
	for {
		rows, err := c.QueryContext(ctx, "SELECT `id`, `organization_id`, `reference`, `reporter_email`, `printer_snapshot` "+
			"FROM `interventions` WHERE `search_text` IS NULL ORDER BY `id` LIMIT 500")
		if err != nil {
			return total, fmt.Errorf("search backfill: %w", err)
		}
		type doc struct {
			id, org int
			text    string
		}
		var docs []doc
		for rows.Next() {
			var d doc
			var ref, email string
			var snap sql.NullString
			if err := rows.Scan(&d.id, &d.org, &ref, &email, &snap); err != nil {
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
				for _, g := range schematype.Trigrams(d.text) {
					grams, gargs = append(grams, "(?, ?, ?)"), append(gargs, g, d.org, d.id)
				}
			}
			if _, err := tx.ExecContext(ctx, "UPDATE `interventions` SET `search_text` = CASE `id` "+strings.Join(cases, " ")+
				" END WHERE `id` IN ("+strings.Join(ids, ", ")+")", append(cargs, iargs...)...); err != nil {
				return err
			}
			for len(grams) > 0 { // at most 1,000 rows a statement
				n := min(len(grams), 1000)
				if _, err := tx.ExecContext(ctx, "INSERT INTO `intervention_trigrams` (`trigram`, `organization_id`, `intervention_id`) VALUES "+
					strings.Join(grams[:n], ", "), gargs[:3*n]...); err != nil {
					return err
				}
				grams, gargs = grams[n:], gargs[3*n:]
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
	return &Query{Text: text, Trigrams: schematype.Trigrams(text)}, nil
}

// Predicate is the interventions filter for q: the interventions whose reference, reporter email or serial
// contains q. It reads the index through c (in the caller's organization when it has one); privacy rules still
// apply to the query it is added to.
func Predicate(ctx context.Context, c *ent.Client, q *Query) (predicate.Intervention, error) {
	org := 0
	if v := viewer.FromContext(ctx); v != nil {
		org = v.OrgID
	}
	ids, dense, err := candidates(ctx, c, q, org)
	if err != nil {
		return nil, err
	}
	if dense {
		return containsText(q.Text), nil
	}
	return byIDs(ids), nil
}

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
// q's trigrams are all too common for that to be cheap (its matches are then many: scan instead).
//
// Rarity is measured by counting postings with a cap, so a common trigram costs at most the cap to count: first
// every probed trigram up to candidateCap (a rare one gives the candidates at once), then, when all are common, a
// few of them up to postingCap, and the postings of the (up to three) rarest of those are intersected.
func candidates(ctx context.Context, c *ent.Client, q *Query, org int) (ids []int, dense bool, err error) {
	grams := probes(q.Trigrams, maxProbes)
	best, bestCount := int64(0), -1
	for _, g := range grams {
		n, err := countPostings(ctx, c, g, org, candidateCap+1)
		if err != nil {
			return nil, false, err
		}
		if n == 0 {
			return nil, false, nil // a trigram nobody has: no match
		}
		if bestCount < 0 || n < bestCount {
			best, bestCount = g, n
		}
	}
	var cand []int
	if bestCount <= candidateCap {
		if cand, err = postings(ctx, c, best, org, candidateCap); err != nil {
			return nil, false, err
		}
	} else {
		type counted struct {
			g int64
			n int
		}
		var common []counted
		for _, g := range probes(grams, maxIntersectProbes) {
			n, err := countPostings(ctx, c, g, org, postingCap+1)
			if err != nil {
				return nil, false, err
			}
			if n <= postingCap {
				common = append(common, counted{g, n})
			}
		}
		if len(common) == 0 {
			return nil, true, nil
		}
		slices.SortFunc(common, func(a, b counted) int { return a.n - b.n })
		for i, cg := range common[:min(3, len(common))] {
			p, err := postings(ctx, c, cg.g, org, postingCap)
			if err != nil {
				return nil, false, err
			}
			if i == 0 {
				cand = p
			} else {
				cand = intersect(cand, p)
			}
		}
		if len(cand) > candidateCap {
			return nil, true, nil
		}
	}
	ids, err = confirm(ctx, c, cand, q.Text)
	return ids, false, err
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

func postingsWhere(org int) string {
	if org != 0 {
		return "`trigram` = ? AND `organization_id` = ?"
	}
	return "`trigram` = ?"
}

func postingsArgs(g int64, org int) []any {
	if org != 0 {
		return []any{g, org}
	}
	return []any{g}
}

func countPostings(ctx context.Context, c *ent.Client, g int64, org, limit int) (int, error) {
	rows, err := c.QueryContext(ctx, fmt.Sprintf("SELECT COUNT(*) FROM (SELECT 1 FROM `intervention_trigrams` WHERE %s LIMIT %d) AS `t`",
		postingsWhere(org), limit), postingsArgs(g, org)...)
	if err != nil {
		return 0, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	n := 0
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, fmt.Errorf("search: %w", err)
		}
	}
	return n, rows.Err()
}

// postings are the (sorted) ids of the interventions holding trigram g, at most limit.
func postings(ctx context.Context, c *ent.Client, g int64, org, limit int) ([]int, error) {
	rows, err := c.QueryContext(ctx, fmt.Sprintf("SELECT `intervention_id` FROM `intervention_trigrams` WHERE %s ORDER BY `intervention_id` LIMIT %d",
		postingsWhere(org), limit), postingsArgs(g, org)...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return scanIDs(rows)
}

func scanIDs(rows *sql.Rows) ([]int, error) {
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	slices.Sort(ids) // one organization's postings are sorted already; several organizations' are not
	return ids, nil
}

func intersect(a, b []int) []int {
	out := a[:0:0]
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// confirm keeps the candidates whose text contains q (trigrams in any order are not yet a substring).
func confirm(ctx context.Context, c *ent.Client, cand []int, text string) ([]int, error) {
	var out []int
	for len(cand) > 0 {
		n := min(len(cand), 1000)
		args := make([]any, 0, n+1)
		for _, id := range cand[:n] {
			args = append(args, id)
		}
		args = append(args, text)
		rows, err := c.QueryContext(ctx, "SELECT `id` FROM `interventions` WHERE `id` IN (?"+
			strings.Repeat(", ?", n-1)+") AND INSTR(`search_text`, ?) > 0", args...)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		ids, err := scanIDs(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, ids...)
		cand = cand[n:]
	}
	return out, nil
}
