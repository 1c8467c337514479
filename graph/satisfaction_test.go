package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// recorder is a driver that keeps the statements it runs.
type recorder struct {
	dialect.Driver
	mu    sync.Mutex
	stmts []string
}

func (r *recorder) Query(ctx context.Context, query string, args, v any) error {
	r.mu.Lock()
	r.stmts = append(r.stmts, query)
	r.mu.Unlock()
	return r.Driver.Query(ctx, query, args, v)
}

// take returns the statements run since the last take that read the table.
func (r *recorder) take(table string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, s := range r.stmts {
		if table == "" || strings.Contains(s, "`"+table+"`") || strings.Contains(s, `"`+table+`"`) {
			out = append(out, s)
		}
	}
	r.stmts = nil
	return out
}

type satisfaction struct {
	Answered, Fixed, NotFixed int
	Rate                      *float64
}

// PanicButton.satisfaction of a page of panic buttons is one grouped query, and each figure is right: the
// answers per panic button, only those of interventions the caller can see (a technician's own).
func TestSatisfaction_OneQueryPerPage_RightFiguresPerPanicButton(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		sys := rule.SystemContext(context.Background())
		p, err := orgs.Provision(sys, db.Client, orgs.NewOrg{Name: "Acme", Slug: "acme"})
		if err != nil {
			t.Fatal(err)
		}
		org, status := p.Org.ID, p.Statuses[0].ID
		buttons := []*ent.PanicButton{p.PanicButton}
		for i := 2; i <= 4; i++ {
			code, _ := orgs.NewPrinterCode()
			buttons = append(buttons, db.Client.PanicButton.Create().SetOrganizationID(org).SetName(fmt.Sprintf("PB %d", i)).
				SetPrinterCode(code).SaveX(sys))
		}
		tech := db.Client.User.Create().SetOrganizationID(org).SetEmail("tech@acme.test").SetRole(user.RoleTECHNICIAN).SaveX(sys)
		n := 0
		// intervene files an intervention on pb with these answers (and a note, which is no answer).
		intervene := func(pb *ent.PanicButton, kinds ...interventionevent.Kind) *ent.Intervention {
			n++
			it := db.Client.Intervention.Create().SetOrganizationID(org).SetReference(fmt.Sprintf("PB-2026-%06d", n)).
				SetStatusID(status).SetReporterEmail("r@acme.test").SetPanicButtonID(pb.ID).SaveX(sys)
			db.Client.InterventionEvent.Create().SetOrganizationID(org).SetInterventionID(it.ID).
				SetKind(interventionevent.KindNOTE_ADDED).SetNote("x").ExecX(sys)
			for _, k := range kinds {
				db.Client.InterventionEvent.Create().SetOrganizationID(org).SetInterventionID(it.ID).SetKind(k).ExecX(sys)
			}
			return it
		}
		fixed, notFixed := interventionevent.KindREPORTED_FIXED, interventionevent.KindREPORTED_NOT_FIXED
		intervene(buttons[0], fixed)
		intervene(buttons[0], fixed)
		techs := intervene(buttons[0], notFixed)
		db.Client.Intervention.UpdateOne(techs).AddTechnicianIDs(tech.ID).ExecX(sys)
		intervene(buttons[1], notFixed, fixed) // reopened, then fixed
		intervene(buttons[2], notFixed)
		intervene(buttons[3]) // no answer
		// Another organization's answers count nowhere here.
		other, err := orgs.Provision(sys, db.Client, orgs.NewOrg{Name: "Other", Slug: "other"})
		if err != nil {
			t.Fatal(err)
		}
		it := db.Client.Intervention.Create().SetOrganizationID(other.Org.ID).SetReference("PB-2026-999999").
			SetStatusID(other.Statuses[0].ID).SetReporterEmail("r@other.test").SetPanicButtonID(other.PanicButton.ID).SaveX(sys)
		db.Client.InterventionEvent.Create().SetOrganizationID(other.Org.ID).SetInterventionID(it.ID).SetKind(fixed).ExecX(sys)

		rec := &recorder{Driver: entsql.OpenDB(db.Dialect, db.SQL)}
		srv := handler.New(NewSchema(&Resolver{Client: ent.NewClient(ent.Driver(rec))}))
		srv.AddTransport(transport.POST{})
		run := func(v *viewer.Viewer, query string, out any) {
			t.Helper()
			body, _ := json.Marshal(map[string]any{"query": query})
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req = req.WithContext(viewer.NewContext(req.Context(), v))
			w := httptest.NewRecorder()
			srv.ServeHTTP(w, req)
			var res struct {
				Data   json.RawMessage
				Errors []any
			}
			if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil || len(res.Errors) > 0 {
				t.Fatalf("%s: %s\n%v", query, w.Body.String(), rec.take(""))
			}
			if err := json.Unmarshal(res.Data, out); err != nil {
				t.Fatal(err)
			}
		}
		rate := func(r float64) *float64 { return &r }
		want := map[string]satisfaction{
			"Acme": {3, 2, 1, rate(2.0 / 3)}, "PB 2": {2, 1, 1, rate(0.5)}, "PB 3": {1, 0, 1, rate(0)}, "PB 4": {},
		}
		check := func(who string, got map[string]satisfaction, want map[string]satisfaction) {
			t.Helper()
			for name, w := range want {
				g, ok := got[name]
				if !ok || g.Answered != w.Answered || g.Fixed != w.Fixed || g.NotFixed != w.NotFixed ||
					(g.Rate == nil) != (w.Rate == nil) || (g.Rate != nil && fmt.Sprintf("%.4f", *g.Rate) != fmt.Sprintf("%.4f", *w.Rate)) {
					t.Errorf("%s: %s satisfaction = %+v, want %+v", who, name, g, w)
				}
			}
		}
		type page struct {
			Edges []struct {
				Node struct {
					ID, Name     string
					Satisfaction satisfaction
				}
			}
		}
		byName := func(p page) map[string]satisfaction {
			out := map[string]satisfaction{}
			for _, e := range p.Edges {
				out[e.Node.Name] = e.Node.Satisfaction
			}
			return out
		}
		const fields = `edges { node { id name satisfaction { answered fixed notFixed rate } } }`

		// The dashboard's query: every figure right, the answers read in one batch. The loader gathers the rows
		// resolved within its wait (loaderWait): on a starved machine a row can miss it and make a second batch,
		// never one statement per row.
		admin := &viewer.Viewer{UserID: 1, OrgID: org, Role: viewer.RoleAdmin}
		var dash struct{ PanicButtons page }
		rec.take("")
		run(admin, `{ panicButtons(first: 50) { `+fields+` } }`, &dash)
		if len(dash.PanicButtons.Edges) != 4 {
			t.Fatalf("%d panic buttons, want 4", len(dash.PanicButtons.Edges))
		}
		check("admin", byName(dash.PanicButtons), want)
		if stmts := rec.take("intervention_events"); len(stmts) < 1 || len(stmts) > 2 {
			t.Errorf("the page of 4 panic buttons read the answers in %d statements, want 1 (2 at most): %v", len(stmts), stmts)
		}

		// Two lists in one operation: the rows of both are right, read in one batch (or two), not row by row.
		var two struct{ A, B page }
		run(admin, `{ a: panicButtons(first: 2) { `+fields+` } b: panicButtons(last: 3) { `+fields+` } }`, &two)
		check("admin, first list", byName(two.A), map[string]satisfaction{"Acme": want["Acme"], "PB 2": want["PB 2"]})
		check("admin, second list", byName(two.B), map[string]satisfaction{"PB 2": want["PB 2"], "PB 3": want["PB 3"], "PB 4": want["PB 4"]})
		if stmts := rec.take("intervention_events"); len(stmts) < 1 || len(stmts) > 2 {
			t.Errorf("two lists of 5 rows read the answers in %d statements, want 1 or 2: %v", len(stmts), stmts)
		}

		// One panic button by node(id:): its own figures.
		var one struct {
			Node struct{ Satisfaction satisfaction }
		}
		run(admin, fmt.Sprintf(`{ node(id: "%d") { ... on PanicButton { satisfaction { answered fixed notFixed rate } } } }`, buttons[1].ID), &one)
		check("admin, node", map[string]satisfaction{"PB 2": one.Node.Satisfaction}, map[string]satisfaction{"PB 2": want["PB 2"]})

		// A technician counts the answers about their interventions only.
		var mine struct{ PanicButtons page }
		run(&viewer.Viewer{UserID: tech.ID, OrgID: org, Role: viewer.RoleTechnician}, `{ panicButtons(first: 50) { `+fields+` } }`, &mine)
		check("technician", byName(mine.PanicButtons), map[string]satisfaction{
			"Acme": {1, 0, 1, rate(0)}, "PB 2": {}, "PB 3": {}, "PB 4": {},
		})
	})
}
