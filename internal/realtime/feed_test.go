package realtime

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// countingDriver counts the statements sent to the database.
type countingDriver struct {
	dialect.Driver
	n atomic.Int64
}

func (d *countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *countingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.n.Add(1)
	return d.Driver.Query(ctx, query, args, v)
}

// feedFixture is an organization with an admin, two technicians (one assigned to the intervention), and an
// intervention; another organization with its admin.
type feedFixture struct {
	client       *ent.Client
	count        *countingDriver
	orgA, orgB   int
	intervention int
	viewers      map[string]*viewer.Viewer
}

func newFeedFixture(t *testing.T, db *store.DB) *feedFixture {
	t.Helper()
	ctx := rule.SystemContext(context.Background())
	f := &feedFixture{count: &countingDriver{Driver: entsql.OpenDB(db.Dialect, db.SQL)}}
	f.client = ent.NewClient(ent.Driver(f.count))
	c := db.Client
	a := c.Organization.Create().SetName("A").SetSlug("a").SaveX(ctx)
	b := c.Organization.Create().SetName("B").SetSlug("b").SaveX(ctx)
	f.orgA, f.orgB = a.ID, b.ID
	user := func(email, role string, org int) int {
		return c.User.Create().SetEmail(email).SetOrganizationID(org).SetRole(user.Role(role)).SaveX(ctx).ID
	}
	admin := user("admin@a.example", "ADMIN", a.ID)
	assigned := user("assigned@a.example", "TECHNICIAN", a.ID)
	other := user("other@a.example", "TECHNICIAN", a.ID)
	adminB := user("admin@b.example", "ADMIN", b.ID)
	st := c.InterventionStatus.Create().SetOrganizationID(a.ID).SetName("New").SetCategory("OPEN").SetIsInitial(true).SaveX(ctx)
	f.intervention = c.Intervention.Create().SetOrganizationID(a.ID).SetReference("A-1").SetStatusID(st.ID).
		SetReporterEmail("r@a.example").AddTechnicianIDs(assigned).SaveX(ctx).ID
	f.viewers = map[string]*viewer.Viewer{
		"admin":              {UserID: admin, OrgID: a.ID, Role: viewer.RoleAdmin, SessionID: 1},
		"assigned":           {UserID: assigned, OrgID: a.ID, Role: viewer.RoleTechnician, SessionID: 2},
		"other technician":   {UserID: other, OrgID: a.ID, Role: viewer.RoleTechnician, SessionID: 3},
		"key reading":        {OrgID: a.ID, Role: viewer.RoleAdmin, APIKeyID: 1, Scopes: []string{viewer.ScopeInterventionsRead}},
		"key for printers":   {OrgID: a.ID, Role: viewer.RoleAdmin, APIKeyID: 2, Scopes: []string{viewer.ScopePrintersRead}},
		"admin of another":   {UserID: adminB, OrgID: b.ID, Role: viewer.RoleAdmin, SessionID: 4},
		"admin, second tab":  {UserID: admin, OrgID: a.ID, Role: viewer.RoleAdmin, SessionID: 5},
		"key writing, other": {OrgID: a.ID, Role: viewer.RoleAdmin, APIKeyID: 3, Scopes: []string{viewer.ScopeInterventionsWrite, viewer.ScopeWebhooksManage}},
	}
	return f
}

// TestFeed_OneEventReachesEachSubscriberAsItsPrivacyAllowsAtABoundedCost subscribes viewers of every kind,
// many sockets each, publishes one event, and checks each socket got the intervention exactly when the ent
// privacy rules let its viewer read it, with the same number of statements whatever the number of sockets.
func TestFeed_OneEventReachesEachSubscriberAsItsPrivacyAllowsAtABoundedCost(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFeedFixture(t, db)
		want := map[string]bool{"admin": true, "assigned": true, "other technician": false, "key reading": true,
			"key for printers": false, "admin of another": false, "admin, second tab": true, "key writing, other": true}
		// The privacy rules' own answer, one viewer at a time, agrees with the expectation.
		for name, v := range f.viewers {
			_, err := f.client.Intervention.Get(viewer.NewContext(context.Background(), v), f.intervention)
			if (err == nil) != want[name] {
				t.Fatalf("%s: the privacy rules say readable=%v (%v), the test expects %v", name, err == nil, err, want[name])
			}
		}
		var costs []int64
		for _, perViewer := range []int{3, 60} {
			broker := events.NewLocal()
			feed := NewFeed(f.client, broker, nil)
			ctx, cancel := context.WithCancel(context.Background())
			type sub struct {
				name string
				ch   <-chan *ent.Intervention
			}
			var subs []sub
			for name, v := range f.viewers {
				for range perViewer {
					ch, err := feed.InterventionChanged(viewer.NewContext(ctx, v))
					if err != nil {
						t.Fatal(err)
					}
					subs = append(subs, sub{name, ch})
				}
			}
			f.count.n.Store(0)
			for _, org := range []int{f.orgA, f.orgB} {
				if err := broker.Publish(ctx, events.Event{Kind: events.InterventionChanged, OrgID: org, InterventionID: f.intervention}); err != nil {
					t.Fatal(err)
				}
			}
			for _, s := range subs {
				if !want[s.name] {
					continue
				}
				select {
				case it := <-s.ch:
					if it.ID != f.intervention || it.Edges.Status == nil || it.Edges.Status.Name != "New" {
						t.Fatalf("%s got %+v", s.name, it)
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("%s (%d sockets each) got nothing", s.name, perViewer)
				}
			}
			time.Sleep(300 * time.Millisecond) // the rest of the event's handling, if any
			for _, s := range subs {
				select {
				case it := <-s.ch:
					t.Fatalf("%s got intervention %d, which its privacy hides", s.name, it.ID)
				default:
				}
			}
			costs = append(costs, f.count.n.Load())
			cancel()
		}
		// Organization A's event: the intervention's technicians, then the intervention and its status once
		// for each audience that may read it (the admins, each key's scopes, the assigned technician): 9; the
		// key without an interventions scope is refused before any statement. Organization B's event: the
		// tenant rule finds nothing for B's admin: 1. Never per socket.
		if costs[0] != costs[1] || costs[1] > 10 {
			t.Fatalf("statements for the events: %d with 3 sockets per viewer, %d with 60 (want equal, at most 10)", costs[0], costs[1])
		}
		t.Logf("one event, %d subscribers: %d statements", 60*len(f.viewers), costs[1])
	})
}

// TestFeed_ASubscriberThatFallsBehindIsEnded: a subscription that does not take its events is ended after
// FeedQueue of them, without holding the others back.
func TestFeed_ASubscriberThatFallsBehindIsEnded(t *testing.T) {
	db := testutil.OpenDB(t, "sqlite")
	f := newFeedFixture(t, db)
	broker := events.NewLocal()
	feed := NewFeed(f.client, broker, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	v := f.viewers["admin"]
	stalled, err := feed.InterventionChanged(viewer.NewContext(ctx, v))
	if err != nil {
		t.Fatal(err)
	}
	reader, err := feed.InterventionChanged(viewer.NewContext(ctx, v))
	if err != nil {
		t.Fatal(err)
	}
	const n = FeedQueue + 5
	for i := range n {
		if err := broker.Publish(ctx, events.Event{Kind: events.InterventionChanged, OrgID: f.orgA, InterventionID: f.intervention}); err != nil {
			t.Fatal(err)
		}
		select {
		case <-reader:
		case <-time.After(10 * time.Second):
			t.Fatalf("event %d did not reach the subscriber that reads", i)
		}
	}
	got := 0
	for range stalled {
		got++
	}
	if got != FeedQueue {
		t.Fatalf("the stalled subscription had %d events queued before it ended, want %d", got, FeedQueue)
	}
}
