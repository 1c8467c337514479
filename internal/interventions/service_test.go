package interventions_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

type fixture struct {
	c       *ent.Client
	svc     *interventions.Service
	pb      *ent.PanicButton
	printer *ent.Printer
	causes  []*ent.Cause
	admin   context.Context
	tech    *ent.User
}

// newFixture seeds the demo organization and wires interventions with notify and a mail queue, as the server does.
func newFixture(t *testing.T, db *store.DB) *fixture {
	t.Helper()
	ctx := sysCtx()
	if _, err := demo.Seed(ctx, db.Client, demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "admin@demo.test",
		TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
		t.Fatal(err)
	}
	pb := db.Client.PanicButton.Query().Where(panicbutton.Active(true)).WithOrganization().FirstX(ctx)
	causes := db.Client.Cause.Query().Where(cause.PanicButtonID(pb.ID)).Order(ent.Asc(cause.FieldPosition)).AllX(ctx)
	p := db.Client.Printer.Create().SetSerial("SN-IT-1").SetOrganizationID(pb.OrganizationID).SetPanicButtonID(pb.ID).
		SetModel("Copier").SetLastTotal(1200).SaveX(ctx)
	admin := db.Client.User.Query().Where(user.Email("admin@demo.test")).OnlyX(ctx)
	tech := db.Client.User.Query().Where(user.Email("tech@demo.test")).OnlyX(ctx)
	publicURL := &url.URL{Scheme: "https", Host: "panic.example.com"}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	queue := mail.NewQueue(nil, mail.Address{Name: "Panic Button", Email: "no-reply@panic.example.com"})
	broker := events.NewLocal()
	n := notify.NewService(notify.Config{Client: db.Client, Mail: queue, Events: broker, PublicURL: publicURL, Logger: log})
	svc := interventions.NewService(interventions.Config{Client: db.Client, DB: db, Mail: queue, Notify: n, Events: broker,
		PublicURL: publicURL, Logger: log, Now: func() time.Time { return time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC) }})
	return &fixture{c: db.Client, svc: svc, pb: pb, printer: p, causes: causes, tech: tech,
		admin: viewer.NewContext(context.Background(), &viewer.Viewer{UserID: admin.ID, OrgID: pb.OrganizationID, Role: viewer.RoleAdmin})}
}

func (f *fixture) create(t *testing.T, key string) *interventions.Created {
	t.Helper()
	c, err := f.svc.Create(context.Background(), interventions.New{PanicButton: f.pb, Printer: f.printer,
		ReporterEmail: "reporter@customer.test", Message: "It jams", Language: "fr", Causes: f.causes[:1],
		Origin: intervention.OriginAPP, DedupeKey: key, DedupeWithin: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCreate_OpensTheInterventionWithHistoryEmailsAndReference(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		c := f.create(t, "key-1")
		if c.Duplicate || c.Reference != "PB-2026-000001" || c.EmailsQueued != 2 || c.StatusName == "" {
			t.Fatalf("created %+v", c)
		}
		it := f.c.Intervention.Query().Where(intervention.Reference(c.Reference)).OnlyX(sysCtx())
		if it.ReporterEmail != "reporter@customer.test" || it.Language != "fr" || !slices.Equal(it.CauseLabels, []string{f.causes[0].Labels["fr"]}) ||
			it.PrinterSnapshot.Serial != "SN-IT-1" {
			t.Errorf("intervention %+v", it)
		}
		if n := f.c.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID), interventionevent.KindEQ(interventionevent.KindCREATED)).CountX(sysCtx()); n != 1 {
			t.Errorf("%d CREATED events", n)
		}
		for _, m := range f.c.EmailMessage.Query().Where(emailmessage.InterventionID(it.ID)).AllX(sysCtx()) {
			if m.FromEmail == "" {
				t.Errorf("email %s without a sender", m.Kind)
			}
		}
		// The same report again within the window: the first reference, nothing written.
		again := f.create(t, "key-1")
		if !again.Duplicate || again.Reference != c.Reference || again.EmailsQueued != 0 {
			t.Errorf("duplicate %+v", again)
		}
		if next := f.create(t, "key-2"); next.Reference != "PB-2026-000002" {
			t.Errorf("second reference %q", next.Reference)
		}
	})
}

func TestChangeStatusAssignNote_WriteHistoryAndCheckTheCaller(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		it := f.create(t, "key-1").Intervention
		closed := f.c.InterventionStatus.Query().Where(interventionstatus.OrganizationID(f.pb.OrganizationID),
			interventionstatus.CategoryEQ(interventionstatus.CategoryCLOSED)).FirstX(sysCtx())

		if _, err := f.svc.ChangeStatus(context.Background(), it.ID, closed.ID, ""); codeOf(err) != apperr.Unauthenticated {
			t.Errorf("no viewer: %v", err)
		}
		got, err := f.svc.ChangeStatus(f.admin, it.ID, closed.ID, "done")
		if err != nil || got.StatusID != closed.ID || got.ClosedAt == nil {
			t.Fatalf("change status: %+v %v", got, err)
		}
		if _, err := f.svc.Assign(f.admin, it.ID, []int{f.tech.ID}); err != nil {
			t.Fatal(err)
		}
		if ids := f.c.Intervention.QueryTechnicians(it).IDsX(sysCtx()); !slices.Equal(ids, []int{f.tech.ID}) {
			t.Errorf("technicians %v", ids)
		}
		techCtx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: f.tech.ID, OrgID: f.pb.OrganizationID, Role: viewer.RoleTechnician})
		if _, err := f.svc.Assign(techCtx, it.ID, nil); codeOf(err) != apperr.Forbidden {
			t.Errorf("technician assigning: %v", err)
		}
		if _, err := f.svc.AddNote(techCtx, it.ID, "  ", false); codeOf(err) != apperr.BadUserInput {
			t.Errorf("empty note: %v", err)
		}
		if _, err := f.svc.AddNote(techCtx, it.ID, "Replaced the roller", false); err != nil {
			t.Fatal(err)
		}
		var kinds []interventionevent.Kind
		for _, e := range f.c.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID)).
			Order(ent.Asc(interventionevent.FieldID)).AllX(sysCtx()) {
			kinds = append(kinds, e.Kind)
		}
		want := []interventionevent.Kind{interventionevent.KindCREATED, interventionevent.KindSTATUS_CHANGED,
			interventionevent.KindASSIGNED, interventionevent.KindNOTE_ADDED}
		if !slices.Equal(kinds, want) {
			t.Errorf("history %v, want %v", kinds, want)
		}
	})
}

func TestReorderStatuses_EveryStatusOnce(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		ids := f.c.InterventionStatus.Query().Where(interventionstatus.OrganizationID(f.pb.OrganizationID)).
			Order(ent.Asc(interventionstatus.FieldPosition)).IDsX(sysCtx())
		if _, err := f.svc.ReorderStatuses(f.admin, ids[1:]); codeOf(err) != apperr.BadUserInput {
			t.Errorf("a status left out: %v", err)
		}
		if _, err := f.svc.ReorderStatuses(f.admin, append(slices.Clone(ids[1:]), ids[1])); codeOf(err) != apperr.BadUserInput {
			t.Errorf("a status twice: %v", err)
		}
		reversed := slices.Clone(ids)
		slices.Reverse(reversed)
		got, err := f.svc.ReorderStatuses(f.admin, reversed)
		if err != nil {
			t.Fatal(err)
		}
		var order []int
		for _, st := range got {
			order = append(order, st.ID)
		}
		if !slices.Equal(order, reversed) {
			t.Errorf("order %v, want %v", order, reversed)
		}
	})
}

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

// TestCreate_NotifiesOnlyWhenCreatedInATriggerStatus: with the default rules the initial status triggers nothing
// (no bell, no status email; notify decides that before loading anything); once the organization makes it a
// trigger, creation pushes to the admins and emails them, the customer and the printer's contact.
func TestCreate_NotifiesOnlyWhenCreatedInATriggerStatus(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		c := f.create(t, "quiet")
		if n := f.c.Notification.Query().CountX(sysCtx()); n != 0 {
			t.Errorf("%d bell notifications for a creation in a non-trigger status", n)
		}
		statusMails := emailmessage.KindIn(emailmessage.KindSTATUS_ADMIN, emailmessage.KindSTATUS_CUSTOMER, emailmessage.KindSTATUS_TECHNICIAN)
		if n := f.c.EmailMessage.Query().Where(statusMails).CountX(sysCtx()); n != 0 {
			t.Errorf("%d status emails for a creation in a non-trigger status", n)
		}
		initial := c.Intervention.Edges.Status
		if initial == nil || !initial.IsInitial {
			t.Fatalf("created in %+v, want the initial status", initial)
		}
		ns := f.c.NotificationSettings.Query().OnlyX(sysCtx())
		f.c.NotificationSettings.UpdateOne(ns).AddTriggerStatusIDs(initial.ID).SetPushAdmins(true).SetEmailAdmins(true).
			SetEmailCustomer(true).ExecX(sysCtx())

		loud := f.create(t, "loud")
		bells := f.c.Notification.Query().AllX(sysCtx())
		if len(bells) != 1 || bells[0].InterventionID == nil || *bells[0].InterventionID != loud.Intervention.ID || string(bells[0].Kind) != string(notify.PushCreated) {
			t.Errorf("bells after a creation in a trigger status: %+v", bells)
		}
		got := map[emailmessage.Kind]int{}
		for _, m := range f.c.EmailMessage.Query().Where(emailmessage.InterventionID(loud.Intervention.ID), statusMails).AllX(sysCtx()) {
			got[m.Kind]++
		}
		if got[emailmessage.KindSTATUS_ADMIN] != 1 || got[emailmessage.KindSTATUS_CUSTOMER] != 1 {
			t.Errorf("status emails after a creation in a trigger status: %v", got)
		}
	})
}

// TestCreate_ConcurrentReportsGetConsecutiveReferences: the reference counter is one statement that reads its own
// increment (LAST_INSERT_ID on MariaDB, RETURNING on SQLite); reports created at once get 1..n, each once.
func TestCreate_ConcurrentReportsGetConsecutiveReferences(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		const n = 16
		refs := make([]string, n)
		errs := make(chan error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				c, err := f.svc.Create(context.Background(), interventions.New{PanicButton: f.pb, Printer: f.printer,
					ReporterEmail: "reporter@customer.test", Language: "en", Causes: f.causes[:1],
					Origin: intervention.OriginAPP, DedupeKey: fmt.Sprintf("concurrent-%d", i)})
				if err != nil {
					errs <- err
					return
				}
				refs[i] = c.Reference
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		slices.Sort(refs)
		for i, ref := range refs {
			if want := fmt.Sprintf("PB-2026-%06d", i+1); ref != want {
				t.Fatalf("references %v, want PB-2026-000001 … %06d each once", refs, n)
			}
		}
	})
}
