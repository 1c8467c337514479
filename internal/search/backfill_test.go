package search

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// quiet is the backfills' logger in tests.
var quiet = slog.New(slog.DiscardHandler)

// unindex leaves every intervention as an upgrade does (migration 20261202010000): no search text, no postings.
func unindex(t *testing.T, db *store.DB) {
	t.Helper()
	for _, q := range []string{"UPDATE `interventions` SET `search_text` = NULL", "DELETE FROM `intervention_grams`"} {
		if _, err := db.SQL.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

// checkPostings fails unless every intervention has its search text and exactly the postings of that text: each
// (trigram, position) once, none of another text.
func checkPostings(t *testing.T, db *store.DB) {
	t.Helper()
	sys := rule.SystemContext(context.Background())
	want := map[int][]string{}
	all := db.Client.Intervention.Query().AllX(sys)
	for _, it := range all {
		text := schematype.SearchText(it.Reference, it.ReporterEmail, it.PrinterSnapshot.Serial)
		if it.SearchText != text {
			t.Fatalf("intervention %d: search text %q, want %q", it.ID, it.SearchText, text)
		}
		for _, p := range schematype.Postings(text) {
			want[it.ID] = append(want[it.ID], fmt.Sprintf("%d@%d", p.Trigram, p.Position))
		}
	}
	rows, err := db.SQL.Query("SELECT `intervention_id`, `trigram`, `position` FROM `intervention_grams`")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[int][]string{}
	for rows.Next() {
		var id, pos int
		var g int64
		if err := rows.Scan(&id, &g, &pos); err != nil {
			t.Fatal(err)
		}
		got[id] = append(got[id], fmt.Sprintf("%d@%d", g, pos))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, it := range all {
		w, g := want[it.ID], got[it.ID]
		slices.Sort(w)
		slices.Sort(g)
		if !slices.Equal(w, g) {
			t.Fatalf("intervention %d (%q): %d postings %v, want %d %v", it.ID, it.Reference, len(g), head(g), len(w), head(w))
		}
	}
	if len(got) != len(all) {
		t.Fatalf("postings of %d interventions, want %d", len(got), len(all))
	}
}

// TestBackfill_TwoAtOnceIndexEveryInterventionOnce runs two backfills (as two instances starting together) on one
// database of unindexed interventions: on MariaDB the first holds its first batch until the second has claimed
// one (so the second claims beside it rather than waiting for it, or claiming the same rows); on SQLite they just
// run at once. Their claims are disjoint and cover every intervention, neither fails, and each intervention has
// exactly its postings.
func TestBackfill_TwoAtOnceIndexEveryInterventionOnce(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		a := seedOrg(t, db.Client, "a", 1300)
		b := seedOrg(t, db.Client, "b", 400)
		want := find(t, db.Client, a.id, "corp.example")
		unindex(t, db)

		var mu sync.Mutex
		claims := map[string][]int{}
		secondClaimed := make(chan struct{})
		var once sync.Once
		claimed := func(name string) func(context.Context, []int) {
			return func(_ context.Context, ids []int) {
				mu.Lock()
				first := len(claims[name]) == 0
				claims[name] = append(claims[name], ids...)
				mu.Unlock()
				if db.Dialect != dialect.MySQL || !first {
					return
				}
				if name == "second" {
					once.Do(func() { close(secondClaimed) })
					return
				}
				select { // the first batch of the first, still holding its rows
				case <-secondClaimed:
				case <-time.After(20 * time.Second):
					t.Error("the second backfill claimed nothing while the first held its batch")
				}
			}
		}
		first := &Backfiller{DB: db, Logger: quiet, Retry: 10 * time.Millisecond, claimed: claimed("first")}
		second := &Backfiller{DB: db, Logger: quiet, Retry: 10 * time.Millisecond, claimed: claimed("second")}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		errs := make(chan error, 2)
		go func() { errs <- first.Run(ctx) }()
		if db.Dialect == dialect.MySQL {
			for { // the first's batch is claimed before the second starts
				mu.Lock()
				n := len(claims["first"])
				mu.Unlock()
				if n > 0 {
					break
				}
				time.Sleep(time.Millisecond)
			}
		}
		go func() { errs <- second.Run(ctx) }()
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatalf("backfill: %v", err)
			}
		}
		all := append(slices.Clone(claims["first"]), claims["second"]...)
		slices.Sort(all)
		if n := len(slices.Compact(slices.Clone(all))); n != len(all) {
			t.Fatalf("%d interventions claimed twice", len(all)-n)
		}
		if len(all) != len(a.docs)+len(b.docs) {
			t.Fatalf("claimed %d, want %d", len(all), len(a.docs)+len(b.docs))
		}
		if db.Dialect == dialect.MySQL && (len(claims["first"]) == 0 || len(claims["second"]) == 0) {
			t.Fatalf("claims %d and %d: both should have indexed some", len(claims["first"]), len(claims["second"]))
		}
		checkPostings(t, db)
		if got := find(t, db.Client, a.id, "corp.example"); !slices.Equal(got, want) {
			t.Fatalf("after backfill %d found, want %d", len(got), len(want))
		}
		if left, err := first.Remaining(ctx); err != nil || left != 0 {
			t.Fatalf("remaining %d: %v", left, err)
		}
	})
}

// TestBackfill_AWriteThatReadBeforeABatchCommittedIndexesOnceOnMariaDB: a transaction of the normal write path
// read an intervention while a backfill batch held it unindexed (its snapshot has no search text), and changes the
// reporter email once the batch committed: the intervention ends with the postings of its new text only (the
// batch's are replaced, not left beside them or colliding with them), and the write does not fail.
func TestBackfill_AWriteThatReadBeforeABatchCommittedIndexesOnceOnMariaDB(t *testing.T) {
	db := testutil.OpenDB(t, "mysql")
	a := seedOrg(t, db.Client, "a", 20)
	unindex(t, db)
	sys := rule.SystemContext(context.Background())
	target := db.Client.Intervention.Query().Where(intervention.Reference(a.docs[3].ref)).OnlyX(sys)

	held, release := make(chan struct{}), make(chan struct{})
	bf := &Backfiller{DB: db, Logger: quiet, claimed: func(_ context.Context, ids []int) {
		if !slices.Contains(ids, target.ID) {
			t.Error("the batch did not claim the intervention")
		}
		close(held)
		<-release
	}}
	backfilled := make(chan error, 1)
	go func() { _, err := bf.Backfill(sys); backfilled <- err }()
	<-held

	read, committed := make(chan struct{}), make(chan struct{})
	written := make(chan error, 1)
	go func() {
		written <- store.WithTx(sys, db.Client, func(tx *ent.Tx) error {
			// The transaction's snapshot: the intervention unindexed, as the batch has not committed.
			if it := tx.Intervention.GetX(sys, target.ID); it.SearchText != "" {
				return fmt.Errorf("read search text %q before the batch committed", it.SearchText)
			}
			close(read)
			<-committed
			return tx.Intervention.UpdateOneID(target.ID).SetReporterEmail("zoë.nouvelle@example.org").Exec(sys)
		})
	}()
	<-read
	close(release)
	if err := <-backfilled; err != nil {
		t.Fatal(err)
	}
	close(committed)
	if err := <-written; err != nil {
		t.Fatalf("the write failed: %v", err)
	}
	checkPostings(t, db)
	if got := find(t, db.Client, a.id, "Zoë.Nouvelle@"); !slices.Equal(got, []string{a.docs[3].ref}) {
		t.Fatalf("new address finds %v", got)
	}
	if got := find(t, db.Client, a.id, a.docs[3].email); slices.Contains(got, a.docs[3].ref) {
		t.Fatalf("the old address %q still finds it", a.docs[3].email)
	}
}

// TestUnindexed_CountsTheViewersOrganization: the interventions not indexed yet, as an organization's admin counts
// them (capped as the list counts), are that organization's only, and none once the backfill ran; the backfill's
// own count is every organization's.
func TestUnindexed_CountsTheViewersOrganization(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		a := seedOrg(t, db.Client, "a", 30)
		b := seedOrg(t, db.Client, "b", 12)
		c := seedOrg(t, db.Client, "c", 5) // indexed as it was written: none pending
		for _, q := range []string{"UPDATE `interventions` SET `search_text` = NULL WHERE `organization_id` <> ?",
			"DELETE FROM `intervention_grams` WHERE `organization_id` <> ?"} {
			if _, err := db.SQL.Exec(q, c.id); err != nil {
				t.Fatal(err)
			}
		}
		pending := func(org int) int {
			ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: org, Role: viewer.RoleAdmin})
			n, err := interventions.CountCapped(ctx, db.Client.Intervention.Query().Where(Unindexed()))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		bf := &Backfiller{DB: db, Logger: quiet}
		if got := []int{pending(a.id), pending(b.id), pending(c.id)}; !slices.Equal(got, []int{30, 12, 0}) {
			t.Fatalf("pending a, b, c: %v, want 30, 12, 0", got)
		}
		if n, err := bf.Remaining(context.Background()); err != nil || n != 42 {
			t.Fatalf("remaining %d (%v), want 42", n, err)
		}
		if err := bf.Run(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := []int{pending(a.id), pending(b.id), pending(c.id)}; !slices.Equal(got, []int{0, 0, 0}) {
			t.Fatalf("after the backfill, pending a, b, c: %v", got)
		}
		checkPostings(t, db)
	})
}

// TestBackfill_ClaimsAndCountsFromItsIndexOnMariaDB EXPLAINs the backfill's claim and the counts of unindexed
// interventions (an organization's, capped, and every organization's) on MariaDB while most interventions are
// unindexed: each reads the (search_text, organization) index's unindexed entries (no scan of the interventions,
// no sort), and the claim skips the rows other transactions hold.
func TestBackfill_ClaimsAndCountsFromItsIndexOnMariaDB(t *testing.T) {
	db := testutil.OpenDB(t, "mysql")
	a := seedOrg(t, db.Client, "a", 2000)
	seedOrg(t, db.Client, "b", 500)
	unindex(t, db)
	if _, err := db.SQL.Exec("UPDATE `interventions` SET `search_text` = `reference` WHERE `id` % 5 = 0"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.Exec("ANALYZE TABLE `interventions`"); err != nil {
		t.Fatal(err)
	}
	rec := &testutil.Recorder{Driver: entsql.OpenDB(dialect.MySQL, db.SQL)}
	c := ent.NewClient(ent.Driver(rec))
	sys := rule.SystemContext(context.Background())
	var docs []unindexed
	if err := claimQuery(c, dialect.MySQL).Scan(sys, &docs); err != nil || len(docs) != backfillBatch {
		t.Fatalf("claimed %d: %v", len(docs), err)
	}
	admin := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: a.id, Role: viewer.RoleAdmin})
	var inA, inAll int
	if err := db.SQL.QueryRow("SELECT COUNT(CASE WHEN `organization_id` = ? THEN 1 END), COUNT(*) FROM `interventions` WHERE `search_text` IS NULL", a.id).
		Scan(&inA, &inAll); err != nil || inA == 0 || inA == inAll {
		t.Fatalf("unindexed %d of a, %d in all: %v", inA, inAll, err)
	}
	if n, err := interventions.CountCapped(admin, c.Intervention.Query().Where(Unindexed())); err != nil || n != inA {
		t.Fatalf("organization's count %d, want %d: %v", n, inA, err)
	}
	if n, err := (&Backfiller{DB: &store.DB{Client: c, SQL: db.SQL, Dialect: dialect.MySQL}, Logger: quiet}).Remaining(sys); err != nil || n != inAll {
		t.Fatalf("count %d, want %d: %v", n, inAll, err)
	}
	stmts := rec.Statements()
	if len(stmts) != 3 || !strings.HasSuffix(stmts[0].Query, "FOR UPDATE SKIP LOCKED") {
		t.Fatalf("statements %v: want the claim (FOR UPDATE SKIP LOCKED) and two counts", stmts)
	}
	for _, st := range stmts {
		for _, row := range testutil.Plan(t, db.SQL, "EXPLAIN "+st.Query, st.Args...) {
			if strings.HasPrefix(row["table"], "<") { // the capped count's derived table
				continue
			}
			t.Logf("%s: %s %s key=%s rows=%s %s", st.Query, row["table"], row["type"], row["key"], row["rows"], row["Extra"])
			if row["key"] != unindexedIndex || row["type"] != "ref" || strings.Contains(row["Extra"], "filesort") {
				t.Errorf("%s: plan %v, want a ref of %s", st.Query, row, unindexedIndex)
			}
		}
	}
}
