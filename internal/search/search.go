// Package search is the admin text search over interventions: a substring of the reference, the reporter's email
// or the printer's serial (as reported), case-insensitive, answered from an index instead of a scan of every
// intervention.
//
// The index is two tables of its own, the same on SQLite and MariaDB (so both give the same results, by
// construction, rather than two engines' full-text parsers and collations):
//
//   - intervention_search_texts: one row per intervention, its searchable text lower-cased in Go
//     (reference, email, serial, one per line), compared as bytes (utf8mb4_bin on MariaDB);
//   - intervention_trigrams: one row per distinct trigram (three runes) of that text, keyed by
//     (trigram, organization_id, intervention_id), so one trigram's interventions are one index range.
//
// A query of at least three runes is split into trigrams; the interventions holding its rarest trigrams are the
// candidates, and the text table confirms each candidate really contains the query. When the query is made only
// of very common trigrams, its matches are many: the list then scans interventions in its own order and checks the
// text, and stops as soon as the page is full. Rows are written in the transaction that creates the intervention
// (Index) and, for interventions written before the index existed or by bulk loads, by Backfill at start.
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
	"unicode"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/predicate"
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

// Normalize is the form both the indexed text and the query are compared in: lower case (Unicode simple
// folding, in Go, so both dialects see the same bytes), with control characters (the field separator) removed.
func Normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// Text is the searchable text of an intervention: its reference, reporter email and printer serial, normalized,
// one per line.
func Text(reference, email, serial string) string {
	return Normalize(reference) + "\n" + Normalize(email) + "\n" + Normalize(serial)
}

// Trigram packs three runes into one integer (21 bits each).
func Trigram(a, b, c rune) int64 { return int64(a)<<42 | int64(b)<<21 | int64(c) }

// Trigrams are the distinct trigrams of text (lines are searched separately: no trigram spans two fields).
func Trigrams(text string) []int64 {
	var out []int64
	for _, line := range strings.Split(text, "\n") {
		rs := []rune(line)
		for i := 0; i+2 < len(rs); i++ {
			out = append(out, Trigram(rs[i], rs[i+1], rs[i+2]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Doc is one intervention to index.
type Doc struct {
	InterventionID, OrganizationID   int
	Reference, ReporterEmail, Serial string
}

// execer is an ent client or transaction client (ent's ExecContext).
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Index writes the index rows of docs through c: call it with the transaction that creates them.
func Index(ctx context.Context, c *ent.Client, docs ...Doc) error {
	return index(ctx, c, docs)
}

func index(ctx context.Context, c execer, docs []Doc) error {
	if len(docs) == 0 {
		return nil
	}
	texts := make([]string, 0, len(docs))
	targs := make([]any, 0, 3*len(docs))
	var grams []string
	var gargs []any
	flush := func() error {
		if len(grams) == 0 {
			return nil
		}
		_, err := c.ExecContext(ctx, "INSERT INTO `intervention_trigrams` (`trigram`, `organization_id`, `intervention_id`) VALUES "+
			strings.Join(grams, ","), gargs...)
		grams, gargs = grams[:0], gargs[:0]
		return err
	}
	for _, d := range docs {
		text := Text(d.Reference, d.ReporterEmail, d.Serial)
		texts = append(texts, "(?, ?, ?)")
		targs = append(targs, d.InterventionID, d.OrganizationID, text)
		for _, g := range Trigrams(text) {
			grams = append(grams, "(?, ?, ?)")
			gargs = append(gargs, g, d.OrganizationID, d.InterventionID)
		}
		if len(grams) > 1000 {
			if err := flush(); err != nil {
				return fmt.Errorf("search index: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	if _, err := c.ExecContext(ctx, "INSERT INTO `intervention_search_texts` (`intervention_id`, `organization_id`, `text`) VALUES "+
		strings.Join(texts, ","), targs...); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return nil
}

// Backfill indexes the interventions that have no index rows yet (written before the index existed, or by a
// bulk load), in batches, and returns how many it indexed. It reads in a system context.
func Backfill(ctx context.Context, c *ent.Client) (int, error) {
	total, after := 0, 0
	for {
		rows, err := c.QueryContext(ctx, "SELECT i.`id`, i.`organization_id`, i.`reference`, i.`reporter_email`, i.`printer_snapshot` "+
			"FROM `interventions` i LEFT JOIN `intervention_search_texts` s ON s.`intervention_id` = i.`id` "+
			"WHERE s.`intervention_id` IS NULL AND i.`id` > ? ORDER BY i.`id` LIMIT 500", after)
		if err != nil {
			return total, fmt.Errorf("search backfill: %w", err)
		}
		var docs []Doc
		for rows.Next() {
			var d Doc
			var snap sql.NullString
			if err := rows.Scan(&d.InterventionID, &d.OrganizationID, &d.Reference, &d.ReporterEmail, &snap); err != nil {
				rows.Close()
				return total, fmt.Errorf("search backfill: %w", err)
			}
			if snap.Valid {
				var s struct {
					Serial string `json:"serial"`
				}
				_ = json.Unmarshal([]byte(snap.String), &s) // a snapshot without a serial indexes none
				d.Serial = s.Serial
			}
			docs = append(docs, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return total, fmt.Errorf("search backfill: %w", err)
		}
		if len(docs) == 0 {
			return total, nil
		}
		if err := store.WithTx(ctx, c, func(tx *ent.Tx) error { return index(ctx, tx.Client(), docs) }); err != nil {
			return total, err
		}
		total += len(docs)
		after = docs[len(docs)-1].InterventionID
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
	return &Query{Text: text, Trigrams: Trigrams(text)}, nil
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

// containsText is the scan form: the intervention's text contains q (one primary-key read per row looked at).
func containsText(text string) predicate.Intervention {
	return predicate.Intervention(func(s *entsql.Selector) {
		s.Where(entsql.ExprP("EXISTS (SELECT 1 FROM `intervention_search_texts` AS `st` WHERE `st`.`intervention_id` = "+
			s.C(intervention.FieldID)+" AND INSTR(`st`.`text`, ?) > 0)", text))
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
		rows, err := c.QueryContext(ctx, "SELECT `intervention_id` FROM `intervention_search_texts` WHERE `intervention_id` IN (?"+
			strings.Repeat(", ?", n-1)+") AND INSTR(`text`, ?) > 0", args...)
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
