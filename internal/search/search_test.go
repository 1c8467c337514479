package search

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// doc is one intervention of the corpus, as the oracle sees it.
type doc struct{ ref, email, serial string }

// corpus builds n interventions of one organization with references, emails and serials that share parts in
// many ways (common domains and prefixes, mixed case, accents), so that queries reach every path: a rare
// trigram, common trigrams intersected, and the scan when even those are too common.
func corpus(org string, n int) []doc {
	domains := []string{"corp.example", "Acme-Print.example", "société.example", "ÉCOLE.example"}
	names := []string{"anna", "Bruno.Rossi", "chloé", "DANIEL", "emma.müller", "françois"}
	out := make([]doc, n)
	for i := range out {
		out[i] = doc{
			ref:    fmt.Sprintf("PB-%s-%06d", org, i*7+1),
			email:  fmt.Sprintf("%s%d@%s", names[i%len(names)], i%37, domains[i%len(domains)]),
			serial: fmt.Sprintf("%s%05d", []string{"CN", "XK-", "ZS"}[i%3], i*13),
		}
	}
	return out
}

// queries are typed as a person would; the oracle decides what each must find.
var queries = []string{
	"000001", "000071", "PB-a-", "pb-A-0002", "-00", "b-a",
	"anna1", "ANNA", "rossi", "bruno.rossi3", "chloé", "CHLOÉ2", "müller", "Ller", "françois1@",
	"corp.example", "@acme-print", "société", "SOCIÉTÉ.EX", "école", "école.example",
	"cn000", "xk-0", "XK-001", "zs01", "00130", "1300",
	"nobody", "zzz", "a@b", "ss@", "o.r",
}

// oracle answers q by reading every document: a case-insensitive substring of a field.
func oracle(docs []doc, q string) []string {
	q = strings.ToLower(strings.TrimSpace(q))
	var out []string
	for _, d := range docs {
		for _, f := range []string{d.ref, d.email, d.serial} {
			if strings.Contains(strings.ToLower(f), q) {
				out = append(out, d.ref)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

type orgFixture struct {
	id   int
	docs []doc
}

func seedOrg(t *testing.T, c *ent.Client, slug string, n int) orgFixture {
	t.Helper()
	ctx := rule.SystemContext(context.Background())
	org := c.Organization.Create().SetName(slug).SetSlug(slug).SaveX(ctx)
	st := c.InterventionStatus.Create().SetOrganizationID(org.ID).SetName("New").SetCategory(interventionstatus.CategoryOPEN).SaveX(ctx)
	docs := corpus(slug, n)
	// Written as any code writes interventions: the schema's hook indexes them in the same transaction.
	err := store.WithTx(ctx, c, func(tx *ent.Tx) error {
		for _, d := range docs {
			if err := tx.Intervention.Create().SetOrganizationID(org.ID).SetStatusID(st.ID).SetReference(d.ref).
				SetReporterEmail(d.email).SetPrinterSnapshot(schematype.PrinterSnapshot{Serial: d.serial}).Exec(ctx); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return orgFixture{org.ID, docs}
}

// TestSearch_SameResultsAsReadingEveryRowOnBothDialects runs a table of queries over the same corpus on SQLite and
// MariaDB: each dialect finds exactly what reading every intervention finds (case-insensitive substring of the
// reference, email or serial), in the viewer's organization only, and the two dialects' answers are identical.
// The caps are lowered so the small corpus reaches the three paths (rare trigram, intersection, scan).
func TestSearch_SameResultsAsReadingEveryRowOnBothDialects(t *testing.T) {
	c0, p0 := candidateCap, postingCap
	candidateCap, postingCap = 40, 120
	t.Cleanup(func() { candidateCap, postingCap = c0, p0 })
	var mu sync.Mutex
	answers := map[string]map[string][]string{} // dialect → query → references
	t.Cleanup(func() {
		if len(answers) != len(testutil.Dialects) {
			t.Fatalf("answers from %d dialects", len(answers))
		}
		for _, q := range queries {
			if !slices.Equal(answers[dialect.SQLite][q], answers[dialect.MySQL][q]) {
				t.Errorf("%q: sqlite %v, mysql %v", q, answers[dialect.SQLite][q], answers[dialect.MySQL][q])
			}
		}
	})
	paths := map[string]int{}
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		a := seedOrg(t, db.Client, "a", 600)
		seedOrg(t, db.Client, "b", 200) // the same texts under other references: never found from a
		ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: a.id, Role: viewer.RoleAdmin})
		got := map[string][]string{}
		for _, q := range queries {
			pq, err := Parse("search", q)
			if err != nil {
				t.Fatalf("%q: %v", q, err)
			}
			_, dense, err := candidates(ctx, db.Client, pq, a.id)
			if err != nil {
				t.Fatal(err)
			}
			p, _, _, err := Find(ctx, db.Client, pq)
			if err != nil {
				t.Fatal(err)
			}
			refs := db.Client.Intervention.Query().Where(p).Select(intervention.FieldReference).StringsX(ctx)
			slices.Sort(refs)
			if want := oracle(a.docs, q); !slices.Equal(refs, want) {
				t.Errorf("%q (dense %v): got %d %v, want %d %v", q, dense, len(refs), head(refs), len(want), head(want))
			}
			got[q] = refs
			mu.Lock()
			if dense {
				paths["scan"]++
			} else {
				paths["index"]++
			}
			mu.Unlock()
		}
		mu.Lock()
		answers[db.Dialect] = got
		mu.Unlock()
	})
	t.Cleanup(func() {
		if paths["scan"] == 0 || paths["index"] == 0 {
			t.Errorf("the queries reach only %v: adjust the corpus", paths)
		}
	})
}

func head(s []string) []string { return s[:min(len(s), 5)] }

func TestParse_RefusesTooShortAndTooLong(t *testing.T) {
	for _, q := range []string{"", "  ab  ", "é", strings.Repeat("x", MaxRunes+1)} {
		_, err := Parse("where.search", q)
		e, ok := apperr.As(err)
		if !ok || e.Code != apperr.BadUserInput || e.Field != "where.search" {
			t.Errorf("%q: got %v, want BAD_USER_INPUT on where.search", q, err)
		}
	}
	q, err := Parse("where.search", "  AbÇ\t ")
	if err != nil || q.Text != "abç" || len(q.Trigrams) != 1 {
		t.Fatalf("got %+v, %v", q, err)
	}
}

// TestSearch_ReadsItsIndexesOnMariaDB EXPLAINs (ANALYZE) on MariaDB every statement a search runs, for a query of
// common trigrams with over a hundred matches and a rarer one, and the list page and capped count each filters:
// one estimate of the trigrams' ranges (no posting counted), the rarest trigram's range joined by primary-key
// points to the other trigrams covering the query, in one statement, no search text read,
// the matches' entries of the list's own index in order (no sort; the count from the index alone), and nothing is
// scanned.
func TestSearch_ReadsItsIndexesOnMariaDB(t *testing.T) {
	db := testutil.OpenDB(t, "mysql")
	a := seedOrg(t, db.Client, "a", 3000)
	// Statistics from every page, as a large table's sample describes it: each created_at is one intervention's.
	for _, q := range []string{"ALTER TABLE `interventions` STATS_SAMPLE_PAGES = 1000", "ANALYZE TABLE `intervention_grams`, `interventions`"} {
		if _, err := db.SQL.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	c0, p0 := candidateCap, postingCap
	candidateCap, postingCap = 100, 2000
	t.Cleanup(func() { candidateCap, postingCap = c0, p0 })
	rec := &testutil.Recorder{Driver: entsql.OpenDB(dialect.MySQL, db.SQL)}
	c := ent.NewClient(ent.Driver(rec))
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: a.id, Role: viewer.RoleAdmin})
	for _, q := range []string{"bruno.rossi3", "anna1@corp"} {
		pq, _ := Parse("search", q)
		p, _, _, err := Find(ctx, c, pq)
		if err != nil {
			t.Fatal(err)
		}
		refs := c.Intervention.Query().Where(p).Order(ent.Desc(intervention.FieldCreatedAt), ent.Desc(intervention.FieldID)).Limit(26).
			Select(intervention.FieldReference).StringsX(ctx)
		if len(refs) == 0 || len(refs) > 26 {
			t.Fatalf("%q found %d", q, len(refs))
		}
		n, err := interventions.CountCapped(ctx, c.Intervention.Query().Where(p))
		if err != nil || n == 0 {
			t.Fatalf("%q counted %d: %v", q, n, err)
		}
	}
	stmts := rec.Statements()
	kinds := map[string]int{}
	for _, st := range stmts {
		kind := "list"
		analyze := "ANALYZE "
		switch {
		case strings.HasPrefix(st.Query, "EXPLAIN "):
			kind, analyze = "estimate postings", ""
		case strings.Contains(st.Query, "capped"):
			kind = "capped count"
		case strings.Contains(st.Query, "COUNT(*)"):
			kind = "count postings"
		case strings.Contains(st.Query, "FROM `intervention_grams` AS `t0`"):
			kind = "postings"
		case strings.Contains(st.Query, "`created_at` FROM `intervention_grams`"):
			kind = "check"
		}
		kinds[kind]++
		for _, row := range testutil.Plan(t, db.SQL, analyze+st.Query, st.Args...) {
			if strings.HasPrefix(row["table"], "<") || row["table"] == "" { // derived tables and unions of counts
				continue
			}
			t.Logf("%s: %s %s key=%s rows=%s r_rows=%s %s (scan %v)", kind, row["table"], row["type"], row["key"], row["rows"], row["r_rows"], row["Extra"],
				strings.Contains(st.Query, "INSTR"))
			want := "PRIMARY"
			if kind == "list" || kind == "capped count" {
				// Matches too many for candidates: the list's index read in order, stopping when the page is full.
				// Matches found by the index: their entries of the list's index, in order; a page reads its rows
				// only, a count none.
				want = "intervention_organization_id_created_at"
				if strings.Contains(row["Extra"], "filesort") {
					t.Errorf("%s: plan %v sorts", kind, row)
				}
				// (A capped count may read the organization's index entries instead, when the optimizer estimates
				// the matches' entries as many: it reads no row either way.)
				if kind == "list" && !strings.Contains(st.Query, "INSTR") && row["type"] != "range" {
					t.Errorf("%s: plan %v, want a range of the matches' entries", kind, row)
				}
				if kind == "capped count" && !strings.Contains(row["Extra"], "Using index") {
					t.Errorf("%s: plan %v reads rows", kind, row)
				}
			}
			if kind == "postings" {
				// A range of the primary key (the rarest's postings) and its points (the others' at their distances).
				if strings.Contains(row["Extra"], "filesort") || row["table"] == "t0" && row["type"] != "ref" && row["type"] != "range" ||
					row["table"] != "t0" && row["type"] != "eq_ref" {
					t.Errorf("%s: plan %v, want the rarest's range and points of the others", kind, row)
				}
			}
			if row["key"] != want || row["type"] == "ALL" || row["type"] == "index" {
				t.Errorf("%s: plan %v, want a read of %s", kind, row, want)
			}
		}
	}
	// Per query: the trigrams covering the query joined in one statement (no search text read, nothing checked
	// in further statements), a page and a capped count.
	if kinds["estimate postings"] != 2 || kinds["count postings"] != 0 || kinds["postings"] != 2 ||
		kinds["check"] != 0 || kinds["list"] != 2 || kinds["capped count"] != 2 {
		t.Fatalf("statements %v: want per query an estimate, one join of postings, a page and a capped count", kinds)
	}
}

func anys(ids []int) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// find runs a search as an admin of org and returns the references found.
func find(t *testing.T, c *ent.Client, org int, q string) []string {
	t.Helper()
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: org, Role: viewer.RoleAdmin})
	pq, err := Parse("search", q)
	if err != nil {
		t.Fatal(err)
	}
	p, _, _, err := Find(ctx, c, pq)
	if err != nil {
		t.Fatal(err)
	}
	refs := c.Intervention.Query().Where(p).Select(intervention.FieldReference).StringsX(ctx)
	slices.Sort(refs)
	return refs
}

// TestIndex_FollowsAnUpdateAndBackfillsWhatWasWrittenWithout: changing an intervention's reporter email re-indexes
// it (the old address finds it no more, the new one does); interventions written without index rows (before the
// index, or by a bulk load) are found once Backfill ran, and Backfill run again does nothing.
func TestIndex_FollowsAnUpdateAndBackfillsWhatWasWrittenWithout(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		a := seedOrg(t, db.Client, "a", 50)
		sys := rule.SystemContext(context.Background())
		it := db.Client.Intervention.Query().Where(intervention.Reference(a.docs[7].ref)).OnlyX(sys)
		if got := find(t, db.Client, a.id, "Zoë.Nouvelle@"); len(got) != 0 {
			t.Fatalf("found %v before the change", got)
		}
		db.Client.Intervention.UpdateOne(it).SetReporterEmail("zoë.nouvelle@example.org").ExecX(sys)
		if got := find(t, db.Client, a.id, "Zoë.Nouvelle@"); !slices.Equal(got, []string{a.docs[7].ref}) {
			t.Fatalf("new address finds %v", got)
		}
		if got := find(t, db.Client, a.id, a.docs[7].email); slices.Contains(got, a.docs[7].ref) {
			t.Fatalf("the old address %q still finds it", a.docs[7].email)
		}
		if err := db.Client.Intervention.Update().SetReporterEmail("x@example.org").Exec(sys); err == nil {
			t.Fatal("a bulk change of the indexed fields must be refused (it cannot keep the index)")
		}

		// As a bulk load leaves them: no search text, no trigrams.
		want := find(t, db.Client, a.id, "corp.example")
		if len(want) == 0 {
			t.Fatal("corpus without corp.example")
		}
		for _, q := range []string{"UPDATE `interventions` SET `search_text` = NULL", "DELETE FROM `intervention_grams`"} {
			if _, err := db.SQL.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		if got := find(t, db.Client, a.id, "corp.example"); len(got) != 0 {
			t.Fatalf("found %v without an index", got)
		}
		n, err := (&Backfiller{DB: db, Logger: quiet}).Backfill(sys)
		if err != nil || n != 50 {
			t.Fatalf("backfill indexed %d: %v", n, err)
		}
		if got := find(t, db.Client, a.id, "corp.example"); !slices.Equal(got, want) {
			t.Fatalf("after backfill %v, want %v", got, want)
		}
		if n, err := (&Backfiller{DB: db, Logger: quiet}).Backfill(sys); err != nil || n != 0 {
			t.Fatalf("second backfill indexed %d: %v", n, err)
		}
	})
}

// TestSpread_CoversTheQueryFromItsRarestTrigram: after the rarest, the trigrams picked are those covering the most
// of the query not yet covered (a trigram and the runes after it), the rarest first among equals (another word's before a neighbour of one picked),
// up to the limit; a trigram covering nothing new is not picked.
func TestSpread_CoversTheQueryFromItsRarestTrigram(t *testing.T) {
	q, err := Parse("search", "olivia.wagner3")
	if err != nil {
		t.Fatal(err)
	}
	g := func(s string) int64 { r := []rune(s); return schematype.Trigram(r[0], r[1], r[2]) }
	picks := []counted{{g("oli"), 10}, {g("liv"), 11}, {g("ivi"), 12}, {g("wag"), 20}, {g("er3"), 30}, {g("gne"), 40}}
	// Each trigram's posting checks it and the three runes after it: "oli" covers "olivia", "wag" "wagner", "er3"
	// (at the end) only itself.
	n := len([]rune(q.Text))
	got := spread(picks, q.at, n, 10)
	if want := []int64{g("oli"), g("wag"), g("liv"), g("er3")}; !slices.Equal(got, want) {
		t.Fatalf("picked %v, want oli, wag, liv, er3 (%v)", got, want)
	}
	if got := spread(picks, q.at, n, 3); !slices.Equal(got, []int64{g("oli"), g("wag"), g("liv")}) {
		t.Fatalf("up to 3: picked %v", got)
	}
	if got := spread(picks[:3], q.at, n, 10); !slices.Equal(got, []int64{g("oli"), g("ivi")}) {
		t.Fatalf("one word only: picked %v, want oli, ivi (liv covers nothing more)", got)
	}
}

// TestSearch_ListsNewestFirstByPagesWithTheListsPrivacy runs searches through the interventions list as the API
// does (a new predicate for every page, pages of 7 newest first by cursor) on both dialects, for an admin and for
// a technician: the admin gets exactly the organization's matches (none of another organization's, which has the
// same texts), newest first, each once, with the exact and the capped counts; the technician only those of them
// assigned to them. Both dialects answer the same. Each page is also listed from the matches the search found
// (interventions.Matches: read by ids, counted in memory, where the viewer sees them all): the same page, count
// and next page.
func TestSearch_ListsNewestFirstByPagesWithTheListsPrivacy(t *testing.T) {
	c0, p0 := candidateCap, postingCap
	candidateCap, postingCap = 40, 120
	t.Cleanup(func() { candidateCap, postingCap = c0, p0 })
	var mu sync.Mutex
	answers := map[string]map[string][]string{} // dialect → viewer and query → references in order
	t.Cleanup(func() {
		if len(answers) != len(testutil.Dialects) {
			t.Fatalf("answers from %d dialects", len(answers))
		}
		for k, refs := range answers[dialect.SQLite] {
			if !slices.Equal(refs, answers[dialect.MySQL][k]) {
				t.Errorf("%s: sqlite %v, mysql %v", k, head(refs), head(answers[dialect.MySQL][k]))
			}
		}
	})
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		a := seedOrg(t, db.Client, "a", 400)
		seedOrg(t, db.Client, "b", 200)
		sys := rule.SystemContext(context.Background())
		tech := db.Client.User.Create().SetOrganizationID(a.id).SetEmail("tech@a.example").SetRole(user.RoleTECHNICIAN).SaveX(sys)
		assigned := map[string]bool{}
		for i, d := range a.docs {
			if i%5 == 2 {
				db.Client.Intervention.Update().Where(intervention.Reference(d.ref)).AddTechnicianIDs(tech.ID).ExecX(sys)
				assigned[d.ref] = true
			}
		}
		viewers := map[string]*viewer.Viewer{
			"admin":      {UserID: 1, OrgID: a.id, Role: viewer.RoleAdmin},
			"technician": {UserID: tech.ID, OrgID: a.id, Role: viewer.RoleTechnician},
		}
		got := map[string][]string{}
		paged := map[string]int{}
		known := map[string]int{} // pages also listed from the matches found
		for name, v := range viewers {
			ctx := viewer.NewContext(context.Background(), v)
			for _, q := range queries {
				var want []string // newest first: the corpus was written in order
				for i := len(a.docs) - 1; i >= 0; i-- {
					if d := a.docs[i]; slices.Contains(oracle(a.docs[i:i+1], q), d.ref) && (name == "admin" || assigned[d.ref]) {
						want = append(want, d.ref)
					}
				}
				var refs []string
				var after *ent.Cursor
				for page := 0; ; page++ {
					pq, err := Parse("search", q)
					if err != nil {
						t.Fatal(err)
					}
					p, ids, createdAt, err := Find(ctx, db.Client, pq)
					if err != nil {
						t.Fatal(err)
					}
					where := &ent.InterventionWhereInput{}
					where.AddPredicates(p)
					first := 7
					newest := &ent.InterventionOrder{Field: ent.InterventionOrderFieldCreatedAt, Direction: entgql.OrderDirectionDesc}
					conn, err := interventions.List(ctx, db.Client.Intervention.Query(), after, &first, nil, nil, newest, where, nil)
					if err != nil {
						t.Fatalf("%s %q: %v", name, q, err)
					}
					// The same page and count from the matches found (read by their ids, counted in memory).
					if ids != nil {
						known[name]++
						k, err := interventions.List(ctx, db.Client.Intervention.Query(), after, &first, nil, nil, newest, where,
							&interventions.Matches{IDs: ids, CreatedAt: createdAt})
						if err != nil {
							t.Fatalf("%s %q: %v", name, q, err)
						}
						if k.TotalCount != conn.TotalCount || k.PageInfo.HasNextPage != conn.PageInfo.HasNextPage || len(k.Edges) != len(conn.Edges) {
							t.Fatalf("%s %q page %d: from the matches %d of %d (next %v), read %d of %d (next %v)", name, q, page,
								len(k.Edges), k.TotalCount, k.PageInfo.HasNextPage, len(conn.Edges), conn.TotalCount, conn.PageInfo.HasNextPage)
						}
						for i := range k.Edges {
							if k.Edges[i].Node.ID != conn.Edges[i].Node.ID || k.Edges[i].Cursor.ID != conn.Edges[i].Cursor.ID {
								t.Fatalf("%s %q page %d row %d: from the matches %d, read %d", name, q, page, i, k.Edges[i].Node.ID, conn.Edges[i].Node.ID)
							}
						}
					}
					if conn.TotalCount != len(want) {
						t.Errorf("%s %q page %d: total %d, want %d", name, q, page, conn.TotalCount, len(want))
					}
					if page == 0 {
						where := &ent.InterventionWhereInput{}
						where.AddPredicates(p)
						fq, err := where.Filter(db.Client.Intervention.Query())
						if err != nil {
							t.Fatal(err)
						}
						if n, err := interventions.CountCapped(ctx, fq); err != nil || n != len(want) {
							t.Errorf("%s %q: capped count %d (%v), want %d", name, q, n, err, len(want))
						}
					}
					for _, e := range conn.Edges {
						refs = append(refs, e.Node.Reference)
					}
					if !conn.PageInfo.HasNextPage || page > 100 {
						break
					}
					after = conn.PageInfo.EndCursor
				}
				if !slices.Equal(refs, want) {
					t.Errorf("%s %q: listed %d %v, want %d %v", name, q, len(refs), head(refs), len(want), head(want))
				}
				got[name+" "+q] = refs
				if len(want) > 2*7 {
					paged[name]++
				}
			}
		}
		if paged["admin"] == 0 || paged["technician"] == 0 {
			t.Errorf("queries listed over more than two pages: %v (adjust the corpus)", paged)
		}
		if db.Dialect == dialect.MySQL && (known["admin"] == 0 || known["technician"] == 0) {
			t.Errorf("pages listed from the matches found: %v, want some for each viewer", known)
		}
		mu.Lock()
		answers[db.Dialect] = got
		mu.Unlock()
	})
}

// TestSearchTexts_SQLiteDropsTheFormerCopy: a SQLite database from before (with intervention_search_texts, the
// search texts' copy the search no longer reads) has it dropped when it starts again, and is still searched.
func TestSearchTexts_SQLiteDropsTheFormerCopy(t *testing.T) {
	db := testutil.OpenDB(t, "sqlite")
	a := seedOrg(t, db.Client, "a", 30)
	want := find(t, db.Client, a.id, "corp.example")
	if len(want) == 0 {
		t.Fatal("corpus without corp.example")
	}
	table := func() (n int) {
		if err := db.SQL.QueryRow("SELECT COUNT(*) FROM `sqlite_master` WHERE `type` = 'table' AND `name` = 'intervention_search_texts'").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := table(); n != 0 {
		t.Fatal("a new database has intervention_search_texts")
	}
	if _, err := db.SQL.Exec("CREATE TABLE `intervention_search_texts` (`intervention_id` integer NOT NULL, `created_at` datetime NOT NULL, " +
		"`search_text` text NOT NULL, PRIMARY KEY (`intervention_id`)) WITHOUT ROWID"); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := table(); n != 0 {
		t.Fatal("starting again kept intervention_search_texts")
	}
	if got := find(t, db.Client, a.id, "corp.example"); !slices.Equal(got, want) {
		t.Fatalf("after start %v, want %v", got, want)
	}
}

// TestGrams_SQLiteReindexesThoseIndexedWithoutPositions: on SQLite, which creates its search tables at start, a
// database indexed with the former postings (intervention_trigrams, no positions) has them dropped and its
// interventions marked unindexed when it starts again, and the backfill indexes them with positions: they are
// found again (as the MariaDB migration 20261202010000_intervention_grams.sql does).
func TestGrams_SQLiteReindexesThoseIndexedWithoutPositions(t *testing.T) {
	db := testutil.OpenDB(t, "sqlite")
	a := seedOrg(t, db.Client, "a", 30)
	want := find(t, db.Client, a.id, "corp.example")
	if len(want) == 0 {
		t.Fatal("corpus without corp.example")
	}
	for _, q := range []string{"DELETE FROM `intervention_grams`", "CREATE TABLE `intervention_trigrams` (`trigram` integer NOT NULL, " +
		"`organization_id` integer NOT NULL, `intervention_id` integer NOT NULL, PRIMARY KEY (`trigram`, `organization_id`, `intervention_id`)) WITHOUT ROWID"} {
		if _, err := db.SQL.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	var unindexed, old int
	if err := db.SQL.QueryRow("SELECT COUNT(*) FROM `interventions` WHERE `search_text` IS NULL").Scan(&unindexed); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL.QueryRow("SELECT COUNT(*) FROM `sqlite_master` WHERE `name` = 'intervention_trigrams'").Scan(&old); err != nil {
		t.Fatal(err)
	}
	if unindexed != 30 || old != 0 {
		t.Fatalf("after start %d unindexed, former table left: %v", unindexed, old == 1)
	}
	if n, err := (&Backfiller{DB: db, Logger: quiet}).Backfill(rule.SystemContext(context.Background())); err != nil || n != 30 {
		t.Fatalf("backfill indexed %d: %v", n, err)
	}
	if got := find(t, db.Client, a.id, "corp.example"); !slices.Equal(got, want) {
		t.Fatalf("after backfill %v, want %v", got, want)
	}
}

// TestJoin_LooksUpOnlyThePostingsThatGoOnAsTheQueryOnMariaDB: the rarest trigram's postings are compared with the
// runes after it in the query on their own rows (their next trigram), so only those that go on as the query does
// are looked up in the other trigrams' (ANALYZE: the share of the range kept), and each trigram joined checks up
// to six runes of the query, so fewer are joined ("anna1@corp": two); the matches are those of reading every
// intervention.
func TestJoin_LooksUpOnlyThePostingsThatGoOnAsTheQueryOnMariaDB(t *testing.T) {
	db := testutil.OpenDB(t, "mysql")
	a := seedOrg(t, db.Client, "a", 1500)
	rec := &testutil.Recorder{Driver: entsql.OpenDB(dialect.MySQL, db.SQL)}
	c := ent.NewClient(ent.Driver(rec))
	ctx := rule.SystemContext(context.Background())
	for _, tc := range []struct {
		q      string
		rarest string // the trigram whose range is read
		max    float64
		joined int
	}{
		{"anna1@corp", "ann", 10, 2}, // "ann" then "a1@": one anna in 37 (numbers 1 and 10–19: only 1 goes on with "@")
		{"chloé2", "hlo", 40, 2},     // "hlo" then "é2": 11 of 37 numbers start with 2 (2, 20–29)
		{"emma.mü", "emm", 100, 2},   // then "a.m": every emma (kept, none saved)
	} {
		pq, err := Parse("search", tc.q)
		if err != nil {
			t.Fatal(err)
		}
		r := []rune(Normalize(tc.rarest))
		first := schematype.Trigram(r[0], r[1], r[2])
		grams := []int64{first}
		for _, g := range cover(pq, []counted{{first, 1}}) {
			if g != first {
				grams = append(grams, g)
			}
		}
		if len(grams) != tc.joined {
			t.Errorf("%q: %d trigrams joined, want %d", tc.q, len(grams), tc.joined)
		}
		ps, full, err := joinPostings(ctx, c, pq, grams, a.id, 100000)
		if err != nil || full {
			t.Fatalf("%q: %v (full %v)", tc.q, err, full)
		}
		var ids []int
		for _, p := range ps {
			ids = append(ids, p.id)
		}
		refs := db.Client.Intervention.Query().Where(intervention.IDIn(ids...)).Select(intervention.FieldReference).StringsX(ctx)
		slices.Sort(refs)
		if want := oracle(a.docs, tc.q); !slices.Equal(refs, want) {
			t.Fatalf("%q: found %v, reading every intervention %v", tc.q, head(refs), head(want))
		}
		stmts := rec.Statements()
		st := stmts[len(stmts)-1]
		for _, row := range testutil.Plan(t, db.SQL, "ANALYZE "+st.Query, st.Args...) {
			if row["table"] != "t0" {
				continue
			}
			kept, _ := strconv.ParseFloat(row["r_filtered"], 64)
			t.Logf("%q: the rarest's range %s rows, %.1f%% looked up", tc.q, row["r_rows"], kept)
			if kept > tc.max {
				t.Errorf("%q: %.1f%% of %q's postings looked up, want at most %.0f%%", tc.q, kept, tc.rarest, tc.max)
			}
		}
	}
}

// TestGrams_SQLiteIndexesAgainThePostingsWithoutTheirNext: a SQLite database whose postings lack the runes after
// their trigram (before the column, or with it optional) has them dropped at start and its interventions marked
// unindexed; the backfill indexes them again and a search finds what it found before.
func TestGrams_SQLiteIndexesAgainThePostingsWithoutTheirNext(t *testing.T) {
	for _, old := range []string{"ALTER TABLE `intervention_grams` DROP COLUMN `next`",
		"ALTER TABLE `intervention_grams` RENAME TO `g`; CREATE TABLE `intervention_grams` (`trigram` integer NOT NULL, `organization_id` integer NOT NULL, " +
			"`intervention_id` integer NOT NULL, `position` integer NOT NULL, `created_at` datetime NOT NULL, `next` integer NULL, " +
			"PRIMARY KEY (`trigram`, `organization_id`, `intervention_id`, `position`)) WITHOUT ROWID; INSERT INTO `intervention_grams` SELECT * FROM `g`; DROP TABLE `g`"} {
		db := testutil.OpenDB(t, "sqlite")
		a := seedOrg(t, db.Client, "a", 60)
		queries := []string{"anna", "corp.example", "bruno.rossi", "xk-0", "pb-a-0002"}
		want := map[string][]string{}
		for _, q := range queries {
			want[q] = find(t, db.Client, a.id, q)
		}
		if _, err := db.SQL.Exec(old); err != nil {
			t.Fatal(err)
		}
		if err := db.Migrate(context.Background()); err != nil {
			t.Fatal(err)
		}
		var unindexed, postings int
		if err := db.SQL.QueryRow("SELECT (SELECT COUNT(*) FROM `interventions` WHERE `search_text` IS NULL), (SELECT COUNT(*) FROM `intervention_grams`)").Scan(&unindexed, &postings); err != nil {
			t.Fatal(err)
		}
		if unindexed != 60 || postings != 0 {
			t.Fatalf("%s: after start %d unindexed, %d postings left", old[:40], unindexed, postings)
		}
		if n, err := (&Backfiller{DB: db, Logger: quiet}).Backfill(rule.SystemContext(context.Background())); err != nil || n != 60 {
			t.Fatalf("backfill indexed %d: %v", n, err)
		}
		for _, q := range queries {
			if got := find(t, db.Client, a.id, q); !slices.Equal(got, want[q]) || len(got) == 0 {
				t.Fatalf("%q: %v, before %v", q, got, want[q])
			}
		}
	}
}

// TestGrams_MariaDBIndexesAgainThePostingsWithoutTheirNext: a MariaDB database whose postings predate their next
// (as 20261202070000_intervention_grams_next.sql left them: NULL) gets 20261202080000's migration at start: the
// postings dropped, the column required, every intervention marked unindexed; the backfill indexes them again
// and a search finds what it found before.
func TestGrams_MariaDBIndexesAgainThePostingsWithoutTheirNext(t *testing.T) {
	db := testutil.OpenDB(t, "mysql")
	a := seedOrg(t, db.Client, "a", 60)
	queries := []string{"anna", "corp.example", "bruno.rossi", "xk-0", "pb-a-0002"}
	want := map[string][]string{}
	for _, q := range queries {
		want[q] = find(t, db.Client, a.id, q)
	}
	// Back to the database 20261202070000 left: next optional and NULL, 20261202080000 not applied.
	for _, q := range []string{"ALTER TABLE `intervention_grams` MODIFY COLUMN `next` bigint NULL", "UPDATE `intervention_grams` SET `next` = NULL",
		"DELETE FROM `atlas_schema_revisions` WHERE `version` = '20261202080000'"} {
		if _, err := db.SQL.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	var unindexed, postings int
	if err := db.SQL.QueryRow("SELECT (SELECT COUNT(*) FROM `interventions` WHERE `search_text` IS NULL), (SELECT COUNT(*) FROM `intervention_grams`)").Scan(&unindexed, &postings); err != nil {
		t.Fatal(err)
	}
	if unindexed != 60 || postings != 0 {
		t.Fatalf("after start %d unindexed, %d postings left", unindexed, postings)
	}
	if n, err := (&Backfiller{DB: db, Logger: quiet}).Backfill(rule.SystemContext(context.Background())); err != nil || n != 60 {
		t.Fatalf("backfill indexed %d: %v", n, err)
	}
	for _, q := range queries {
		if got := find(t, db.Client, a.id, q); !slices.Equal(got, want[q]) || len(got) == 0 {
			t.Fatalf("%q: %v, before %v", q, got, want[q])
		}
	}
	var nullable string
	if err := db.SQL.QueryRow("SELECT `is_nullable` FROM `information_schema`.`columns` WHERE `table_schema` = DATABASE() AND `table_name` = 'intervention_grams' AND `column_name` = 'next'").Scan(&nullable); err != nil || nullable != "NO" {
		t.Fatalf("next nullable: %q (%v)", nullable, err)
	}
}
