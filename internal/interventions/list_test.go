package interventions_test

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// recorder is a driver that keeps the statements it runs, to EXPLAIN them.
type recorder struct {
	dialect.Driver
	mu    sync.Mutex
	stmts []stmt
}

type stmt struct {
	query string
	args  []any
}

func (r *recorder) Query(ctx context.Context, query string, args, v any) error {
	r.mu.Lock()
	a, _ := args.([]any)
	r.stmts = append(r.stmts, stmt{query, a})
	r.mu.Unlock()
	return r.Driver.Query(ctx, query, args, v)
}

func (r *recorder) take() []stmt {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.stmts
	r.stmts = nil
	return out
}

// pageQuery is the one statement of List that reads the page's rows.
func pageQuery(t *testing.T, stmts []stmt) stmt {
	t.Helper()
	var out []stmt
	for _, s := range stmts {
		if strings.HasPrefix(s.query, "SELECT") && strings.Contains(s.query, "FROM `interventions`") && strings.Contains(s.query, "ORDER BY") {
			out = append(out, s)
		}
	}
	if len(out) != 1 {
		t.Fatalf("want one page query, got %d of %d statements: %v", len(out), len(stmts), stmts)
	}
	return out[0]
}

type explainRow struct {
	table, typ, key, extra string
	rows, read             int64 // estimated, and read (ANALYZE's r_rows)
}

func explain(t *testing.T, db *sql.DB, s stmt) []explainRow {
	t.Helper()
	var out []explainRow
	for _, row := range testutil.Plan(t, db, "ANALYZE "+s.query, s.args...) {
		r := explainRow{table: row["table"], typ: row["type"], key: row["key"], extra: row["Extra"]}
		fmt.Sscan(row["rows"], &r.rows)
		var f float64
		fmt.Sscan(row["r_rows"], &f)
		r.read = int64(f)
		out = append(out, r)
	}
	return out
}

// TestList_PagesUseTheirIndexesOnMariaDB EXPLAINs (ANALYZE: runs and counts the rows read) on MariaDB the page query List runs for the admin list as the SPA
// asks it (first page, newest first), filtered on one status, and 20 pages deep by cursor: each reads the index
// its filter starts with, in the index's order (no filesort), and examines about one page of rows, not the table.
func TestList_PagesUseTheirIndexesOnMariaDB(t *testing.T) {
	db := testutil.OpenDB(t, "mysql")
	ctx := sysCtx()
	if _, err := demo.Seed(ctx, db.Client, demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "admin@demo.test",
		TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
		t.Fatal(err)
	}
	org := db.Client.Organization.Query().Where(organization.Slug(demo.Slug)).OnlyX(ctx)
	statuses := db.Client.InterventionStatus.Query().Where(interventionstatus.OrganizationID(org.ID)).
		Order(ent.Asc(interventionstatus.FieldPosition)).IDsX(ctx)
	if len(statuses) < 3 {
		t.Fatalf("want the demo statuses, got %d", len(statuses))
	}
	// 30,000 interventions over the statuses (a tenth in the second), enough for the optimizer to choose as it
	// would at scale.
	const n = 30000
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for b := 0; b < n; b += 1000 {
		var vals []string
		var args []any
		for i := b; i < b+1000; i++ {
			st := statuses[0]
			switch {
			case i%10 == 3:
				st = statuses[1]
			case i%10 > 5:
				st = statuses[2]
			}
			at := start.Add(time.Duration(i) * time.Minute)
			vals = append(vals, "(?, ?, ?, ?, ?, ?)")
			args = append(args, at, at, fmt.Sprintf("PB-T-%06d", i), fmt.Sprintf("user%d@example.com", i%300), org.ID, st)
		}
		if _, err := db.SQL.Exec("INSERT INTO `interventions` (`created_at`, `updated_at`, `reference`, `reporter_email`, `organization_id`, `status_id`) VALUES "+
			strings.Join(vals, ","), args...); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.SQL.Exec("ANALYZE TABLE `interventions`"); err != nil {
		t.Fatal(err)
	}

	rec := &recorder{Driver: entsql.OpenDB(dialect.MySQL, db.SQL)}
	client := ent.NewClient(ent.Driver(rec))
	admin := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: org.ID, Role: viewer.RoleAdmin})
	first := 25
	newestFirst := &ent.InterventionOrder{Field: ent.InterventionOrderFieldCreatedAt, Direction: entgql.OrderDirectionDesc}
	page := func(after *entgql.Cursor[int], where *ent.InterventionWhereInput) (*ent.InterventionConnection, stmt) {
		t.Helper()
		rec.take()
		conn, err := interventions.List(admin, client.Intervention.Query(), after, &first, nil, nil, newestFirst, where, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(conn.Edges) != first {
			t.Fatalf("want a full page, got %d", len(conn.Edges))
		}
		return conn, pageQuery(t, rec.take())
	}
	check := func(name string, s stmt, index string) {
		t.Helper()
		plan := explain(t, db.SQL, s)
		t.Logf("%s: %s %v\n  plan %+v", name, s.query, s.args, plan)
		var it *explainRow
		for i := range plan {
			if plan[i].table == "interventions" {
				it = &plan[i]
			}
		}
		if it == nil {
			t.Fatalf("%s: no interventions row in the plan %+v", name, plan)
		}
		if it.key != index {
			t.Errorf("%s: reads index %q, want %q", name, it.key, index)
		}
		if strings.Contains(it.extra, "filesort") || it.typ == "ALL" || it.typ == "index" {
			t.Errorf("%s: plan %+v sorts or scans instead of reading the index in order", name, *it)
		}
		if it.read > int64(2*first) { // a page, plus the rows at the cursor's instant
			t.Errorf("%s: read %d rows for a page of %d", name, it.read, first)
		}
	}

	_, s := page(nil, nil)
	check("first page", s, "intervention_organization_id_created_at")

	one := &ent.InterventionWhereInput{StatusID: &statuses[1]}
	conn, s := page(nil, one)
	check("one status", s, "intervention_organization_id_status_id_created_at")
	for _, e := range conn.Edges {
		if e.Node.StatusID != statuses[1] {
			t.Fatalf("status filter returned status %d", e.Node.StatusID)
		}
	}

	// 20 pages deep by cursor: the same index, a range that starts at the cursor (keyset), not an offset.
	var after *entgql.Cursor[int]
	seen := map[int]bool{}
	for p := 0; p < 20; p++ {
		conn, _ := page(after, nil)
		for _, e := range conn.Edges {
			if seen[e.Node.ID] {
				t.Fatalf("page %d repeats intervention %d", p+1, e.Node.ID)
			}
			seen[e.Node.ID] = true
		}
		after = conn.PageInfo.EndCursor
	}
	_, s = page(after, nil)
	if !strings.Contains(s.query, "`created_at` < ?") && !strings.Contains(s.query, "`created_at` <") {
		t.Errorf("the page after a cursor is not a keyset range: %s", s.query)
	}
	check("21st page by cursor", s, "intervention_organization_id_created_at")
	// The newest interventions are the last inserted: page 21 starts 500 rows down.
	if got := client.Intervention.Query().Where(intervention.IDIn(keys(seen)...)).CountX(admin); got != 500 {
		t.Fatalf("20 pages hold %d distinct interventions, want 500", got)
	}
}

func keys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestList_FromKnownMatches_SameAsReadingThem: a list whose filter's matches are known (a search's, with their
// created_at) reads each page by the ids of its interventions and counts them in memory; paged newest and oldest
// first by cursor, with many interventions created at the same instant (ties broken by id, as the cursor does),
// it lists the same pages, counts and next pages as reading the filter, on both dialects. A technician (whom the
// privacy rules filter further) and a second condition are read as before.
func TestList_FromKnownMatches_SameAsReadingThem(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		ctx := sysCtx()
		if _, err := demo.Seed(ctx, db.Client, demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "admin@demo.test",
			TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
			t.Fatal(err)
		}
		org := db.Client.Organization.Query().Where(organization.Slug(demo.Slug)).OnlyX(ctx)
		status := db.Client.InterventionStatus.Query().Where(interventionstatus.OrganizationID(org.ID)).FirstIDX(ctx)
		start := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
		for i := range 40 {
			at := start.Add(time.Duration(i/4) * time.Second) // four at each instant
			db.Client.Intervention.Create().SetOrganizationID(org.ID).SetStatusID(status).SetReference(fmt.Sprintf("PB-K-%03d", i)).
				SetReporterEmail("k@example.com").SetCreatedAt(at).SetUpdatedAt(at).ExecX(ctx)
		}
		all := db.Client.Intervention.Query().Where(intervention.OrganizationID(org.ID), intervention.ReferenceHasPrefix("PB-K-")).AllX(ctx)
		var known interventions.Matches
		for i, it := range all {
			if i%3 != 1 { // the filter's matches: two in three
				known.IDs = append(known.IDs, it.ID)
				known.CreatedAt = append(known.CreatedAt, it.CreatedAt)
			}
		}
		admin := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: org.ID, Role: viewer.RoleAdmin})
		tech := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 2, OrgID: org.ID, Role: viewer.RoleTechnician})
		where := func() *ent.InterventionWhereInput {
			w := &ent.InterventionWhereInput{}
			w.AddPredicates(intervention.IDIn(known.IDs...))
			return w
		}
		size := 5
		listed := func(ctx context.Context, dir entgql.OrderDirection, w *ent.InterventionWhereInput, m *interventions.Matches) (ids []int, counts []int) {
			order := &ent.InterventionOrder{Field: ent.InterventionOrderFieldCreatedAt, Direction: dir}
			var after *entgql.Cursor[int]
			for page := 0; page < 50; page++ {
				first := size
				conn, err := interventions.List(ctx, db.Client.Intervention.Query(), after, &first, nil, nil, order, w, m)
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range conn.Edges {
					ids = append(ids, e.Node.ID)
				}
				counts = append(counts, conn.TotalCount)
				if !conn.PageInfo.HasNextPage {
					return ids, counts
				}
				after = conn.PageInfo.EndCursor
			}
			t.Fatal("more than 50 pages")
			return nil, nil
		}
		for _, size = range []int{1, 2, 3, 5, 8} {
			for _, dir := range []entgql.OrderDirection{entgql.OrderDirectionDesc, entgql.OrderDirectionAsc} {
				want, wantCounts := listed(admin, dir, where(), nil)
				if len(want) != len(known.IDs) {
					t.Fatalf("%s by %d: read %d, want %d", dir, size, len(want), len(known.IDs))
				}
				got, counts := listed(admin, dir, where(), &known)
				if fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(counts) != fmt.Sprint(wantCounts) {
					t.Errorf("%s by %d: from the matches %v (counts %v), read %v (counts %v)", dir, size, got, counts, want, wantCounts)
				}
			}
		}
		size = 5
		// Matches known but not the whole story: the technician's privacy filter, a second condition.
		techWant, _ := listed(tech, entgql.OrderDirectionDesc, where(), nil)
		if techGot, _ := listed(tech, entgql.OrderDirectionDesc, where(), &known); fmt.Sprint(techGot) != fmt.Sprint(techWant) {
			t.Errorf("technician: %v, want %v", techGot, techWant)
		}
		narrower := func() *ent.InterventionWhereInput {
			w := where()
			w.CreatedAtGTE = new(time.Time)
			*w.CreatedAtGTE = start.Add(3 * time.Second)
			return w
		}
		want, wantCounts := listed(admin, entgql.OrderDirectionDesc, narrower(), nil)
		got, counts := listed(admin, entgql.OrderDirectionDesc, narrower(), &known)
		if len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(counts) != fmt.Sprint(wantCounts) {
			t.Errorf("a second condition: %v (counts %v), want %v (counts %v)", got, counts, want, wantCounts)
		}
	})
}
