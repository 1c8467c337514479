package device_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/ulule/limiter/v3/drivers/store/memory"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

const code = "DEMOCODE42"

type fixture struct {
	c      *ent.Client
	svc    *device.Service
	pb     *ent.PanicButton
	causes []*ent.Cause
	// clock is the interventions' time (creation dates, the duplicate window).
	clock *time.Time
}

func sys() context.Context { return rule.SystemContext(context.Background()) }

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

func fieldOf(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Field
	}
	return ""
}

// newFixture seeds the demo organization (panic button with code DEMOCODE42, causes, email templates in en,
// fr, it) and wires device as the server does; 3 wrong printer codes lock an address and a serial out.
func newFixture(t *testing.T, db *store.DB) *fixture {
	t.Helper()
	if _, err := demo.Seed(context.Background(), db.Client, demo.Options{PrinterCode: code, AdminEmail: "admin@demo.test",
		TechEmail: "tech@demo.test", Password: "demo-password-123", TechnicalEmail: "technicians@demo.test"}); err != nil {
		t.Fatal(err)
	}
	pb := db.Client.PanicButton.Query().Where(panicbutton.PrinterCode(code)).OnlyX(sys())
	causes := db.Client.Cause.Query().Where(cause.PanicButtonID(pb.ID)).Order(ent.Asc(cause.FieldPosition)).AllX(sys())
	publicURL := &url.URL{Scheme: "https", Host: "panic.example.com"}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	queue := mail.NewQueue(nil, mail.Address{Name: "Panic Button", Email: "no-reply@panic.example.com"})
	broker := events.NewLocal()
	n := notify.NewService(notify.Config{Client: db.Client, Mail: queue, Events: broker, PublicURL: publicURL, Logger: log})
	clock := time.Now()
	it := interventions.NewService(interventions.Config{Client: db.Client, DB: db, Mail: queue, Notify: n, Events: broker,
		PublicURL: publicURL, Logger: log, Now: func() time.Time { return clock }})
	limits := device.DefaultLimits
	limits.WrongCodes = 3
	svc := device.NewService(device.Config{Client: db.Client, Secret: []byte("test-secret"), PublicURL: publicURL,
		Store: memory.NewStore(), Limits: limits, Events: broker, Logger: log, Interventions: it})
	return &fixture{c: db.Client, svc: svc, pb: pb, causes: causes, clock: &clock}
}

func ptr[T any](v T) *T { return &v }

func info(serial string) *printers.PrinterInfoInput {
	return &printers.PrinterInfoInput{Serial: serial, Model: ptr("WorkCentre 7845"), Location: ptr("Floor 2"),
		Counters: &printers.CountersInput{Total: ptr(1200)}}
}

// register registers serial with the demo code and returns the session token.
func (f *fixture) register(t *testing.T, serial string) string {
	t.Helper()
	out, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info(serial), PrinterCode: code}, "10.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != device.StatusReady || out.SessionToken == nil {
		t.Fatalf("register: %+v", out)
	}
	return *out.SessionToken
}

func (f *fixture) count(t *testing.T) (printers, readings, interventions, emails int) {
	t.Helper()
	return f.c.Printer.Query().CountX(sys()), f.c.MeterReading.Query().CountX(sys()),
		f.c.Intervention.Query().CountX(sys()), f.c.EmailMessage.Query().CountX(sys())
}

func TestLaunch_UnknownSerialNeedsRegistrationAndStoresNothing(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		out, err := f.svc.Launch(context.Background(), device.LaunchInput{Printer: info("SN-UNKNOWN")}, "10.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		if out.Status != device.StatusRegistrationRequired || out.SessionToken != nil || out.Kiosk != nil {
			t.Errorf("launch of an unknown printer: %+v", out)
		}
		if p, r, _, _ := f.count(t); p != 0 || r != 0 {
			t.Errorf("%d printers, %d meter readings stored", p, r)
		}
		if _, err := f.svc.Launch(context.Background(), device.LaunchInput{Printer: &printers.PrinterInfoInput{Serial: ""}}, "10.0.0.1"); codeOf(err) != apperr.BadUserInput {
			t.Errorf("no serial: %v", err)
		}
	})
}

func TestRegisterPrinter_WrongCodeIsRefusedAndStoresNothing(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		for _, c := range []string{"WRONGCODE1", ""} {
			_, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info("SN-1"), PrinterCode: c}, "10.0.0.1")
			if codeOf(err) != apperr.UnknownPrinterCode {
				t.Errorf("code %q: %v", c, err)
			}
		}
		if p, r, _, _ := f.count(t); p != 0 || r != 0 {
			t.Errorf("%d printers, %d meter readings stored", p, r)
		}
		// A disabled panic button's code is unknown too.
		f.c.PanicButton.UpdateOne(f.pb).SetActive(false).ExecX(sys())
		if _, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info("SN-2"), PrinterCode: code}, "10.0.0.2"); codeOf(err) != apperr.UnknownPrinterCode {
			t.Errorf("code of a disabled panic button: %v", err)
		}
		// The code of a disabled organization's panic button is refused as such (the kiosk shows "suspended").
		f.c.PanicButton.UpdateOne(f.pb).SetActive(true).ExecX(sys())
		f.c.Organization.UpdateOneID(f.pb.OrganizationID).SetActive(false).ExecX(sys())
		if _, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info("SN-3"), PrinterCode: code}, "10.0.0.3"); codeOf(err) != apperr.OrganizationDisabled {
			t.Errorf("code of a disabled organization: %v", err)
		}
		if p, _, _, _ := f.count(t); p != 0 {
			t.Errorf("%d printers stored", p)
		}
	})
}

func TestRegisterPrinter_WrongCodesLockTheAddressOut(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		for i := 0; i < 3; i++ {
			_, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info("SN-" + strconv.Itoa(i)), PrinterCode: "WRONGCODE1"}, "10.0.0.1")
			if codeOf(err) != apperr.UnknownPrinterCode {
				t.Fatalf("attempt %d: %v", i+1, err)
			}
		}
		_, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info("SN-9"), PrinterCode: code}, "10.0.0.1")
		if e, ok := apperr.As(err); !ok || e.Code != apperr.RateLimited || e.RetryAfter <= 0 {
			t.Errorf("the right code from a locked-out address: %v", err)
		}
		if p, _, _, _ := f.count(t); p != 0 {
			t.Errorf("%d printers stored", p)
		}
		if _, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info("SN-9"), PrinterCode: code}, "10.0.0.2"); err != nil {
			t.Errorf("the right code from another address: %v", err)
		}
	})
}

func TestRegisterPrinter_RightCodeIsReadyWithTheKioskAndLaunchFindsThePrinter(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		out, err := f.svc.RegisterPrinter(context.Background(), device.RegisterPrinterInput{Printer: info("SN-1"),
			PrinterCode: " democode-42 ", BadgeEmail: ptr("Badge@Customer.test"), Language: ptr("fr")}, "10.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		if out.Status != device.StatusReady || out.SessionToken == nil || *out.SessionToken == "" || out.Kiosk == nil ||
			out.PrefillEmail == nil || *out.PrefillEmail != "badge@customer.test" {
			t.Fatalf("register: %+v", out)
		}
		k := out.Kiosk
		if k.Language != "fr" || len(k.Causes) != len(f.causes) || k.Causes[0].Label != demo.Causes[0]["fr"] {
			t.Errorf("kiosk %+v", k)
		}
		texts := map[string]string{}
		for _, kv := range k.Texts {
			texts[kv.Key] = kv.Value
		}
		if texts["printer"] == "" || texts["printer"] == demo.KioskTexts["fr"]["printer"] {
			t.Errorf("kiosk printer text %q: want its variables rendered", texts["printer"])
		}
		p := f.c.Printer.Query().Where(printer.Serial("SN-1")).OnlyX(sys())
		if p.PanicButtonID != f.pb.ID || p.OrganizationID != f.pb.OrganizationID || p.Model != "WorkCentre 7845" {
			t.Errorf("printer %+v", p)
		}
		// Registering again is idempotent; launching now finds the printer.
		f.register(t, "SN-1")
		launched, err := f.svc.Launch(context.Background(), device.LaunchInput{Printer: info("SN-1"), Language: ptr("xx")}, "10.0.0.1")
		if err != nil || launched.Status != device.StatusReady || launched.SessionToken == nil || launched.Kiosk.Language != "en" {
			t.Errorf("launch of a registered printer: %+v %v", launched, err)
		}
		if n, _, _, _ := f.count(t); n != 1 {
			t.Errorf("%d printers", n)
		}
	})
}

func TestSubmitPanicReport_CreatesOneInterventionAndTwoEmails(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		token := f.register(t, "SN-1")
		in := device.PanicReportInput{SessionToken: token, Email: " Reporter@Customer.test ", Phone: ptr("+32 2 555 01 23"),
			CauseIDs: []string{strconv.Itoa(f.causes[1].ID), strconv.Itoa(f.causes[0].ID)}, Message: ptr(" It jams "), Language: ptr("it")}
		out, err := f.svc.SubmitPanicReport(context.Background(), in, "10.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		if out.Reference == "" || out.EmailsQueued != 2 || out.Status == "" {
			t.Errorf("payload %+v", out)
		}
		it := f.c.Intervention.Query().Where(intervention.Reference(out.Reference)).OnlyX(sys())
		if it.ReporterEmail != "reporter@customer.test" || it.Message != "It jams" || it.Language != "it" ||
			len(it.CauseLabels) != 2 || it.CauseLabels[0] != demo.Causes[0]["it"] || it.Origin != intervention.OriginAPP {
			t.Errorf("intervention %+v", it)
		}
		emails := f.c.EmailMessage.Query().Where(emailmessage.InterventionID(it.ID)).AllX(sys())
		kinds := map[emailmessage.Kind]int{}
		for _, m := range emails {
			kinds[m.Kind]++
		}
		if len(emails) != 2 || kinds[emailmessage.KindREPORT_TECH] != 1 || kinds[emailmessage.KindREPORT_USER] != 1 {
			t.Errorf("emails %v", kinds)
		}
		for _, m := range emails {
			if m.Kind == emailmessage.KindREPORT_USER && (len(m.To) != 1 || m.To[0] != "reporter@customer.test") {
				t.Errorf("end user email to %v", m.To)
			}
		}
		if n := f.c.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID)).CountX(sys()); n != 1 {
			t.Errorf("%d history events", n)
		}
		if _, _, n, _ := f.count(t); n != 1 {
			t.Errorf("%d interventions", n)
		}
	})
}

func TestSubmitPanicReport_DuplicateReturnsTheFirstReference(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		token := f.register(t, "SN-1")
		in := device.PanicReportInput{SessionToken: token, Email: "reporter@customer.test", CauseIDs: []string{strconv.Itoa(f.causes[0].ID)}}
		first, err := f.svc.SubmitPanicReport(context.Background(), in, "10.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		again, err := f.svc.SubmitPanicReport(context.Background(), in, "10.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		if again.Reference != first.Reference || again.EmailsQueued != 0 {
			t.Errorf("duplicate %+v, first %+v", again, first)
		}
		if _, _, n, e := f.count(t); n != 1 || e != 2 {
			t.Errorf("%d interventions, %d emails after a duplicate", n, e)
		}
		// Another message is another report.
		in.Message = ptr("Also no toner")
		other, err := f.svc.SubmitPanicReport(context.Background(), in, "10.0.0.1")
		if err != nil || other.Reference == first.Reference || other.EmailsQueued != 2 {
			t.Errorf("a different report: %+v %v", other, err)
		}
		// The same report once the duplicate window has passed is a new one.
		*f.clock = f.clock.Add(device.DuplicateWindow + time.Second)
		later, err := f.svc.SubmitPanicReport(context.Background(), in, "10.0.0.1")
		if err != nil || later.Reference == other.Reference || later.Reference == first.Reference {
			t.Errorf("the same report after the window: %+v %v", later, err)
		}
		if _, _, n, _ := f.count(t); n != 3 {
			t.Errorf("%d interventions, want 3", n)
		}
	})
}

func TestSubmitPanicReport_AllOrNothingWhenAnEmailCannotBeQueued(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		token := f.register(t, "SN-1")
		errOutbox := errors.New("outbox unavailable")
		f.c.EmailMessage.Use(func(next ent.Mutator) ent.Mutator {
			return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
				if k, ok := m.(*ent.EmailMessageMutation).Kind(); ok && k == emailmessage.KindREPORT_USER {
					return nil, errOutbox
				}
				return next.Mutate(ctx, m)
			})
		})
		_, err := f.svc.SubmitPanicReport(context.Background(), device.PanicReportInput{SessionToken: token,
			Email: "reporter@customer.test", CauseIDs: []string{strconv.Itoa(f.causes[0].ID)}}, "10.0.0.1")
		if !errors.Is(err, errOutbox) {
			t.Fatalf("submit with a failing outbox: %v", err)
		}
		if _, _, n, e := f.count(t); n != 0 || e != 0 {
			t.Errorf("%d interventions, %d emails left by a failed report", n, e)
		}
		if n := f.c.InterventionEvent.Query().CountX(sys()); n != 0 {
			t.Errorf("%d history events left by a failed report", n)
		}
	})
}

func TestSubmitPanicReport_RefusesBadReportsAndSessions(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		token := f.register(t, "SN-1")
		other := f.c.Cause.Create().SetOrganizationID(f.pb.OrganizationID).SetPanicButtonID(
			f.c.PanicButton.Create().SetOrganizationID(f.pb.OrganizationID).SetName("Other").SetPrinterCode("OTHERCODE9").SaveX(sys()).ID).
			SetLabels(map[string]string{"en": "Elsewhere"}).SaveX(sys())
		f.c.Cause.UpdateOne(f.causes[2]).SetActive(false).ExecX(sys())
		ok := strconv.Itoa(f.causes[0].ID)
		for _, c := range []struct {
			name  string
			in    device.PanicReportInput
			field string
		}{
			{"bad email", device.PanicReportInput{Email: "nope", CauseIDs: []string{ok}}, "email"},
			{"no cause", device.PanicReportInput{Email: "r@c.test"}, "causeIds"},
			{"another button's cause", device.PanicReportInput{Email: "r@c.test", CauseIDs: []string{strconv.Itoa(other.ID)}}, "causeIds"},
			{"inactive cause", device.PanicReportInput{Email: "r@c.test", CauseIDs: []string{strconv.Itoa(f.causes[2].ID)}}, "causeIds"},
			{"not an id", device.PanicReportInput{Email: "r@c.test", CauseIDs: []string{"x"}}, "causeIds"},
			{"bad phone", device.PanicReportInput{Email: "r@c.test", CauseIDs: []string{ok}, Phone: ptr("call me")}, "phone"},
		} {
			c.in.SessionToken = token
			if _, err := f.svc.SubmitPanicReport(context.Background(), c.in, "10.0.0.1"); codeOf(err) != apperr.BadUserInput || fieldOf(err) != c.field {
				t.Errorf("%s: %v", c.name, err)
			}
		}
		if _, err := f.svc.SubmitPanicReport(context.Background(), device.PanicReportInput{SessionToken: "forged", Email: "r@c.test", CauseIDs: []string{ok}}, "10.0.0.1"); err == nil {
			t.Error("a forged session token was accepted")
		}
		// A token signed with another secret is not a session.
		stranger := device.NewService(device.Config{Client: f.c, Secret: []byte("other-secret"), Store: memory.NewStore()})
		if _, err := stranger.SubmitPanicReport(context.Background(), device.PanicReportInput{SessionToken: token, Email: "r@c.test", CauseIDs: []string{ok}}, "10.0.0.1"); err == nil {
			t.Error("a token of another secret was accepted")
		}
		if _, _, n, e := f.count(t); n != 0 || e != 0 {
			t.Errorf("%d interventions, %d emails from refused reports", n, e)
		}
	})
}

func TestSessionToken_ExpiresWithTheWindow(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		token := f.register(t, "SN-1")
		later := device.NewService(device.Config{Client: f.c, Secret: []byte("test-secret"), Store: memory.NewStore(),
			Now: func() time.Time { return time.Now().Add(30 * 24 * time.Hour) }})
		_, err := later.SubmitPanicReport(context.Background(), device.PanicReportInput{SessionToken: token,
			Email: "r@c.test", CauseIDs: []string{strconv.Itoa(f.causes[0].ID)}}, "10.0.0.1")
		if codeOf(err) != apperr.SessionExpired {
			t.Errorf("a month-old session: %v", err)
		}
	})
}
