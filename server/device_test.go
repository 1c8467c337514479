package main

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/orgs"
)

const launchQ = `mutation($in: LaunchInput!) { launch(input: $in) {
  status sessionToken prefillEmail
  kiosk { language languages texts { key value } images { key url } causes { id label } colors { key value } } } }`

const registerQ = `mutation($in: RegisterPrinterInput!) { registerPrinter(input: $in) {
  status sessionToken kiosk { language causes { id label } } } }`

const submitQ = `mutation($in: PanicReportInput!) { submitPanicReport(input: $in) { reference status emailsQueued } }`

type launchResult struct {
	Status       string  `json:"status"`
	SessionToken *string `json:"sessionToken"`
	PrefillEmail *string `json:"prefillEmail"`
	Kiosk        *struct {
		Language  string   `json:"language"`
		Languages []string `json:"languages"`
		Texts     []struct{ Key, Value string }
		Causes    []struct{ ID, Label string }
		Colors    []struct{ Key, Value string }
	} `json:"kiosk"`
}

func (l launchResult) text(key string) string {
	for _, t := range l.Kiosk.Texts {
		if t.Key == key {
			return t.Value
		}
	}
	return ""
}

func printerIn(serial string, extra map[string]any) map[string]any {
	p := map[string]any{"serial": serial}
	for k, v := range extra {
		p[k] = v
	}
	return p
}

func (s *testServer) launch(t testing.TB, in map[string]any, opts ...reqOpt) launchResult {
	t.Helper()
	var out struct{ Launch launchResult }
	s.gql(t, launchQ, map[string]any{"in": in}, opts...).mustData(t, &out)
	return out.Launch
}

func (s *testServer) register(t testing.TB, serial, code string, opts ...reqOpt) launchResult {
	t.Helper()
	var out struct{ RegisterPrinter launchResult }
	s.gql(t, registerQ, map[string]any{"in": map[string]any{"printer": printerIn(serial, nil), "printerCode": code}}, opts...).
		mustData(t, &out)
	return out.RegisterPrinter
}

// registered registers serial with the demo code and launches it, returning the READY launch.
func (s *testServer) registered(t testing.TB, serial string, printer map[string]any, lang string) launchResult {
	t.Helper()
	s.register(t, serial, testPrinterCode)
	in := map[string]any{"printer": printerIn(serial, printer)}
	if lang != "" {
		in["language"] = lang
	}
	l := s.launch(t, in)
	if l.Status != "READY" {
		t.Fatalf("launch after registration: %s", l.Status)
	}
	return l
}

type submitResult struct {
	Reference    string `json:"reference"`
	Status       string `json:"status"`
	EmailsQueued int    `json:"emailsQueued"`
}

func (s *testServer) submit(t testing.TB, in map[string]any) submitResult {
	t.Helper()
	var out struct{ SubmitPanicReport submitResult }
	s.gql(t, submitQ, map[string]any{"in": in}).mustData(t, &out)
	return out.SubmitPanicReport
}

func sys() context.Context { return rule.SystemContext(context.Background()) }

func count[T interface {
	Count(context.Context) (int, error)
}](t testing.TB, q T) int {
	t.Helper()
	n, err := q.Count(sys())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPing_AnswersPongWithoutAuth(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	var out struct{ Ping string }
	s.gql(t, `{ ping }`, nil).mustData(t, &out)
	if out.Ping != "pong" {
		t.Fatalf("ping = %q", out.Ping)
	}
}

func TestLaunch_UnknownPrinterRequiresRegistrationAndStoresNothing(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		l := s.launch(t, map[string]any{"printer": printerIn("SN-UNKNOWN-1", map[string]any{"model": "X"})})
		if l.Status != "REGISTRATION_REQUIRED" || l.SessionToken != nil || l.Kiosk != nil {
			t.Fatalf("launch = %+v", l)
		}
		if n := count(t, s.db.Client.Printer.Query()); n != 0 {
			t.Fatalf("printers stored: %d", n)
		}
	})
}

func TestRegisterPrinter_WrongCodeThenRightCodeThenIdempotent(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		in := map[string]any{"printer": printerIn("SN-REG-1", nil), "printerCode": "WRONGCODE1"}
		s.gql(t, registerQ, map[string]any{"in": in}).mustFail(t, "UNKNOWN_PRINTER_CODE", "")
		if n := count(t, s.db.Client.Printer.Query()); n != 0 {
			t.Fatalf("wrong code stored a printer")
		}
		// Codes are accepted however they are typed.
		first := s.register(t, "SN-REG-1", strings.ToLower(testPrinterCode[:4])+"-"+testPrinterCode[4:])
		if first.Status != "READY" || first.SessionToken == nil || len(first.Kiosk.Causes) < 5 {
			t.Fatalf("register = %+v", first)
		}
		again := s.register(t, "SN-REG-1", testPrinterCode)
		if again.Status != "READY" {
			t.Fatalf("re-register = %+v", again)
		}
		if n := count(t, s.db.Client.Printer.Query()); n != 1 {
			t.Fatalf("printers = %d, want 1 (idempotent)", n)
		}
	})
}

func TestRegisterPrinter_MoveToAnotherOrganizationNeedsPermission(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.register(t, "SN-MOVE-1", testPrinterCode)
		other, err := orgs.Provision(sys(), s.db.Client, orgs.NewOrg{Name: "Other", Slug: "other", PrinterCode: "OTHERCODE9"})
		if err != nil {
			t.Fatal(err)
		}
		in := map[string]any{"printer": printerIn("SN-MOVE-1", nil), "printerCode": "OTHERCODE9"}
		s.gql(t, registerQ, map[string]any{"in": in}).mustFail(t, "FORBIDDEN", "")
		// The receiving organization's admin allows moves in: the printer is re-created under it.
		s.db.Client.Organization.UpdateOneID(other.Org.ID).SetAllowPrinterMove(true).ExecX(sys())
		if l := s.register(t, "SN-MOVE-1", "OTHERCODE9"); l.Status != "READY" {
			t.Fatalf("move = %+v", l)
		}
		moved := s.db.Client.Printer.Query().Where(printer.Serial("SN-MOVE-1")).OnlyX(sys())
		if moved.OrganizationID != other.Org.ID || moved.PanicButtonID != other.PanicButton.ID {
			t.Fatalf("printer not moved: %+v", moved)
		}
	})
}

func TestLaunch_ReadyAfterRestart(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.register(t, "SN-RESTART", testPrinterCode)
		dbURL := s.cfg.DatabaseURL
		s.Close()
		s2 := startTestServer(t, dbURL, nil)
		if l := s2.launch(t, map[string]any{"printer": printerIn("SN-RESTART", nil)}); l.Status != "READY" {
			t.Fatalf("after restart: %+v", l)
		}
		if n := count(t, s2.db.Client.Organization.Query()); n != 1 {
			t.Fatalf("demo organization duplicated on restart: %d", n)
		}
	})
}

func TestLaunch_KioskIsLocalizedWithFallback(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.register(t, "SN-LANG-1", testPrinterCode)
		for _, tc := range []struct{ req, lang, next, cause string }{
			{"en", "en", "Next", "Paper jam"},
			{"fr-BE", "fr", "Suivant", "Bourrage papier"},
			{"it", "it", "Avanti", "Inceppamento carta"},
			{"de", "en", "Next", "Paper jam"}, // not enabled: the organization's default
		} {
			l := s.launch(t, map[string]any{"printer": printerIn("SN-LANG-1", map[string]any{"location": "Floor 2"}),
				"language": tc.req, "badgeEmail": "Badge@Example.COM"})
			if l.Kiosk.Language != tc.lang || l.text("next") != tc.next || l.Kiosk.Causes[0].Label != tc.cause {
				t.Errorf("%s: language %q next %q cause %q", tc.req, l.Kiosk.Language, l.text("next"), l.Kiosk.Causes[0].Label)
			}
			if got := l.text("printer"); !strings.Contains(got, "SN-LANG-1") || !strings.Contains(got, "Floor 2") {
				t.Errorf("%s: variables not rendered in kiosk text: %q", tc.req, got)
			}
			if l.PrefillEmail == nil || *l.PrefillEmail != "badge@example.com" {
				t.Errorf("prefillEmail = %v", l.PrefillEmail)
			}
			if strings.Join(l.Kiosk.Languages, ",") != "en,fr,it" || len(l.Kiosk.Colors) == 0 {
				t.Errorf("languages %v colors %v", l.Kiosk.Languages, l.Kiosk.Colors)
			}
		}
	})
}

func TestLaunch_UpdatesPrinterAndStoresMetersOnlyWhenChanged(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.register(t, "SN-METER-1", testPrinterCode)
		info := map[string]any{"name": "Copier 3", "location": "Hall", "ip": "10.1.2.3", "model": "M1",
			"counters": map[string]any{"total": 1000, "black": 800}, "errors": []string{"Paper jam in tray 2"}}
		s.launch(t, map[string]any{"printer": printerIn("SN-METER-1", info)})
		s.launch(t, map[string]any{"printer": printerIn("SN-METER-1", info)}) // same meters: no new reading
		info["counters"] = map[string]any{"total": 1010, "black": 805}
		s.launch(t, map[string]any{"printer": printerIn("SN-METER-1", info)})
		p := s.db.Client.Printer.Query().Where(printer.Serial("SN-METER-1")).OnlyX(sys())
		if p.Name != "Copier 3" || p.Location != "Hall" || p.IP != "10.1.2.3" || p.LastSeenAt == nil ||
			p.LastTotal == nil || *p.LastTotal != 1010 || len(p.LastErrors) != 1 {
			t.Fatalf("printer = %+v", p)
		}
		if n := count(t, s.db.Client.MeterReading.Query().Where(meterreading.SourceEQ(meterreading.SourceLAUNCH))); n != 2 {
			t.Fatalf("meter readings = %d, want 2", n)
		}
	})
}

func TestDevice_ValidationNamesTheFieldAndStoresNothing(t *testing.T) {
	long := func(n int) string { return strings.Repeat("x", n) }
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ready := s.registered(t, "SN-VALID-1", nil, "")
		tok := *ready.SessionToken
		cause := ready.Kiosk.Causes[0].ID
		baseline := func() [4]int {
			c := s.db.Client
			return [4]int{count(t, c.Printer.Query()), count(t, c.Intervention.Query()), count(t, c.EmailMessage.Query()), count(t, c.MeterReading.Query())}
		}
		before := baseline()
		launchCases := []struct {
			name, field string
			printer     map[string]any
			extra       map[string]any
		}{
			{"empty serial", "printer.serial", map[string]any{"serial": "  "}, nil},
			{"serial charset", "printer.serial", map[string]any{"serial": "SN 1/2"}, nil},
			{"serial too long", "printer.serial", map[string]any{"serial": long(65)}, nil},
			{"bad ip", "printer.ip", map[string]any{"serial": "SN-VALID-1", "ip": "300.1.1.1"}, nil},
			{"negative counter", "printer.counters.total", map[string]any{"serial": "SN-VALID-1", "counters": map[string]any{"total": -1}}, nil},
			{"name too long", "printer.name", map[string]any{"serial": "SN-VALID-1", "name": long(201)}, nil},
			{"location too long", "printer.location", map[string]any{"serial": "SN-VALID-1", "location": long(201)}, nil},
			{"too many errors", "printer.errors", map[string]any{"serial": "SN-VALID-1", "errors": []string{"a", "b", "c", "d", "e"}}, nil},
			{"error too long", "printer.errors", map[string]any{"serial": "SN-VALID-1", "errors": []string{long(501)}}, nil},
			{"bad badge email", "badgeEmail", map[string]any{"serial": "SN-VALID-1"}, map[string]any{"badgeEmail": "not-an-email"}},
		}
		for _, tc := range launchCases {
			in := map[string]any{"printer": tc.printer}
			for k, v := range tc.extra {
				in[k] = v
			}
			s.gql(t, launchQ, map[string]any{"in": in}).mustFail(t, "BAD_USER_INPUT", tc.field)
		}
		submitCases := []struct {
			name, field string
			in          map[string]any
		}{
			{"no email", "email", map[string]any{"email": "", "causeIds": []string{cause}}},
			{"bad email", "email", map[string]any{"email": "a@", "causeIds": []string{cause}}},
			{"no cause", "causeIds", map[string]any{"email": "u@example.com", "causeIds": []string{}}},
			{"foreign cause", "causeIds", map[string]any{"email": "u@example.com", "causeIds": []string{"999999"}}},
			{"message too long", "message", map[string]any{"email": "u@example.com", "causeIds": []string{cause}, "message": long(4001)}},
			{"bad phone", "phone", map[string]any{"email": "u@example.com", "causeIds": []string{cause}, "phone": "call me"}},
		}
		for _, tc := range submitCases {
			tc.in["sessionToken"] = tok
			s.gql(t, submitQ, map[string]any{"in": tc.in}).mustFail(t, "BAD_USER_INPUT", tc.field)
		}
		// A deactivated cause is refused too.
		s.db.Client.Cause.UpdateOneID(atoi(t, cause)).SetActive(false).ExecX(sys())
		s.gql(t, submitQ, map[string]any{"in": map[string]any{"sessionToken": tok, "email": "u@example.com", "causeIds": []string{cause}}}).
			mustFail(t, "BAD_USER_INPUT", "causeIds")
		if after := baseline(); after != before {
			t.Fatalf("rejected calls stored something: before %v after %v", before, after)
		}
	})
}

func atoi(t testing.TB, s string) int {
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSubmit_GarbageForgedAndExpiredTokens(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ready := s.registered(t, "SN-TOKEN-1", nil, "")
		in := func(tok string) map[string]any {
			return map[string]any{"in": map[string]any{"sessionToken": tok, "email": "u@example.com", "causeIds": []string{ready.Kiosk.Causes[0].ID}}}
		}
		s.gql(t, submitQ, in("garbage")).mustFail(t, "UNAUTHENTICATED", "")
		forged, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "1", "pb": 1, "aud": "panicbutton-device",
			"exp": time.Now().Add(time.Hour).Unix()}).SignedString([]byte("not-the-server-secret-not-the-server"))
		s.gql(t, submitQ, in(forged)).mustFail(t, "SESSION_EXPIRED", "")
		p := s.db.Client.Printer.Query().Where(printer.Serial("SN-TOKEN-1")).OnlyX(sys())
		expired, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": fmt.Sprint(p.ID), "pb": p.PanicButtonID,
			"aud": "panicbutton-device", "exp": time.Now().Add(-time.Minute).Unix()}).SignedString(s.cfg.SessionSecret)
		s.gql(t, submitQ, in(expired)).mustFail(t, "SESSION_EXPIRED", "")
		if n := count(t, s.db.Client.Intervention.Query()); n != 0 {
			t.Fatalf("interventions = %d", n)
		}
	})
}

var refRe = regexp.MustCompile(`^PB-\d{4}-\d{6}$`)

func TestSubmit_CreatesInterventionEventsMeterReadingAndTwoEmails(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ready := s.registered(t, "SN-REPORT-1", map[string]any{"model": "WorkCentre 7845", "location": "Alliance",
			"counters": map[string]any{"total": 5000, "color": 1200}, "errors": []string{"Jam", "Toner low"}}, "fr")
		res := s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "Reporter@Example.com",
			"phone": "+33 1 23 45 67 89", "causeIds": []string{ready.Kiosk.Causes[0].ID, ready.Kiosk.Causes[2].ID},
			"message": "<script>alert(1)</script> help", "language": "fr"})
		if !refRe.MatchString(res.Reference) || res.EmailsQueued != 2 || res.Status != "Nouvelle" {
			t.Fatalf("submit = %+v", res)
		}
		c := s.db.Client
		it := c.Intervention.Query().Where(intervention.Reference(res.Reference)).WithCauses().WithEvents().OnlyX(sys())
		if it.ReporterEmail != "reporter@example.com" || it.Language != "fr" || len(it.Edges.Causes) != 2 ||
			strings.Join(it.CauseLabels, "|") != "Bourrage papier|Plus de toner" || it.PrinterSnapshot.Model != "WorkCentre 7845" ||
			it.PrinterSnapshot.Total == nil || *it.PrinterSnapshot.Total != 5000 || len(it.PrinterSnapshot.Errors) != 2 {
			t.Fatalf("intervention = %+v", it)
		}
		var snap struct {
			Node struct {
				PrinterSnapshot struct {
					Serial, Model string
					Total         *int
					Errors        []string
				}
			}
		}
		s.gql(t, `query($id: ID!) { node(id: $id) { ... on Intervention { printerSnapshot { serial model total errors } } } }`,
			map[string]any{"id": fmt.Sprint(it.ID)}, bearer(s.login(t, testAdmin))).mustData(t, &snap)
		if ps := snap.Node.PrinterSnapshot; ps.Serial != "SN-REPORT-1" || ps.Model != "WorkCentre 7845" || ps.Total == nil || *ps.Total != 5000 || len(ps.Errors) != 2 {
			t.Errorf("printerSnapshot through GraphQL = %+v", ps)
		}
		if len(it.Edges.Events) != 1 || it.Edges.Events[0].Kind != "CREATED" {
			t.Fatalf("events = %+v", it.Edges.Events)
		}
		if n := count(t, c.MeterReading.Query().Where(meterreading.SourceEQ(meterreading.SourceREPORT))); n != 1 {
			t.Fatalf("report meter readings = %d", n)
		}
		mails := c.EmailMessage.Query().Where(emailmessage.InterventionID(it.ID)).Order(ent.Asc(emailmessage.FieldKind)).AllX(sys())
		if len(mails) != 2 {
			t.Fatalf("emails = %d", len(mails))
		}
		user, tech := mails[0], mails[1]
		if user.Kind != emailmessage.KindREPORT_USER {
			user, tech = tech, user
		}
		if user.Kind != "REPORT_USER" || user.To[0] != "reporter@example.com" || !strings.Contains(user.Subject, res.Reference) {
			t.Errorf("user mail = %s %v %q", user.Kind, user.To, user.Subject)
		}
		wantSubject := "Demande d'intervention dans les locaux de Alliance – Numéro de série SN-REPORT-1 – Modèle WorkCentre 7845"
		if tech.Kind != "REPORT_TECH" || tech.To[0] != "technicians@demo.example" || tech.Subject != wantSubject {
			t.Errorf("tech mail = %s %v %q", tech.Kind, tech.To, tech.Subject)
		}
		if strings.Contains(tech.HTML, "<script>") || !strings.Contains(tech.HTML, "&lt;script&gt;") ||
			!strings.Contains(tech.HTML, "<li>Bourrage papier</li>") || !strings.Contains(tech.Text, "Bourrage papier") {
			t.Errorf("tech mail body not rendered safely:\n%s", tech.HTML)
		}
	})
}

func TestSubmit_DuplicateReturnsFirstReferenceAndQueuesNothing(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ready := s.registered(t, "SN-DUP-1", nil, "")
		in := map[string]any{"sessionToken": *ready.SessionToken, "email": "u@example.com",
			"causeIds": []string{ready.Kiosk.Causes[1].ID}, "message": "same"}
		first := s.submit(t, in)
		second := s.submit(t, in)
		if second.Reference != first.Reference || second.EmailsQueued != 0 {
			t.Fatalf("duplicate: first %+v second %+v", first, second)
		}
		// A different problem from the same printer while the first is open: a new, linked intervention.
		in["message"] = "another problem"
		third := s.submit(t, in)
		if third.Reference == first.Reference {
			t.Fatal("a different report was treated as a duplicate")
		}
		c := s.db.Client
		if n := count(t, c.Intervention.Query()); n != 2 {
			t.Fatalf("interventions = %d", n)
		}
		if n := count(t, c.EmailMessage.Query()); n != 4 {
			t.Fatalf("emails = %d", n)
		}
		it := c.Intervention.Query().Where(intervention.Reference(third.Reference)).WithRelatedTo().OnlyX(sys())
		if it.Edges.RelatedTo == nil || it.Edges.RelatedTo.Reference != first.Reference {
			t.Fatalf("not linked to the open intervention: %+v", it.Edges.RelatedTo)
		}
	})
}

func TestSubmit_FailureInsideTheTransactionLeavesNoInterventionAndNoEmail(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ready := s.registered(t, "SN-TX-1", map[string]any{"counters": map[string]any{"total": 7}}, "")
		// A real database failure after the intervention insert: the email insert is refused by a trigger.
		trigger := "CREATE TRIGGER fail_mail BEFORE INSERT ON email_messages FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected'"
		if d == "sqlite" {
			trigger = "CREATE TRIGGER fail_mail BEFORE INSERT ON email_messages BEGIN SELECT RAISE(ABORT, 'injected'); END"
		}
		if _, err := s.db.SQL.Exec(trigger); err != nil {
			t.Fatal(err)
		}
		readingsBefore := count(t, s.db.Client.MeterReading.Query())
		r := s.gql(t, submitQ, map[string]any{"in": map[string]any{"sessionToken": *ready.SessionToken,
			"email": "u@example.com", "causeIds": []string{ready.Kiosk.Causes[0].ID}}})
		e := r.mustFail(t, "INTERNAL", "")
		if strings.Contains(e.Message, "injected") || strings.Contains(strings.ToLower(e.Message), "insert") {
			t.Errorf("error leaks SQL: %q", e.Message)
		}
		c := s.db.Client
		if n := count(t, c.Intervention.Query()) + count(t, c.EmailMessage.Query()) + count(t, c.InterventionEvent.Query()); n != 0 {
			t.Fatalf("rolled-back report left %d rows", n)
		}
		if n := count(t, c.MeterReading.Query()); n != readingsBefore {
			t.Fatalf("meter readings %d -> %d", readingsBefore, n)
		}
	})
}

func TestRegisterPrinter_TenWrongCodesLockTheAddressOutEvenForTheRightCode(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		attacker := fromIP("203.0.113.7")
		for i := 0; i < 10; i++ {
			in := map[string]any{"printer": printerIn(fmt.Sprintf("SN-BRUTE-%d", i), nil), "printerCode": fmt.Sprintf("GUESS%05d", i)}
			s.gql(t, registerQ, map[string]any{"in": in}, attacker).mustFail(t, "UNKNOWN_PRINTER_CODE", "")
		}
		in := map[string]any{"printer": printerIn("SN-BRUTE-X", nil), "printerCode": testPrinterCode}
		s.gql(t, registerQ, map[string]any{"in": in}, attacker).mustFail(t, "RATE_LIMITED", "")
		// Another address is not affected.
		var out struct{ RegisterPrinter launchResult }
		s.gql(t, registerQ, map[string]any{"in": in}, fromIP("198.51.100.2")).mustData(t, &out)
		if out.RegisterPrinter.Status != "READY" {
			t.Fatalf("other address: %+v", out)
		}
		// The serial is limited too: ten wrong codes for one serial from ten addresses lock that serial.
		for i := 0; i < 10; i++ {
			in := map[string]any{"printer": printerIn("SN-TARGET", nil), "printerCode": fmt.Sprintf("GUESS%05d", i)}
			s.gql(t, registerQ, map[string]any{"in": in}, fromIP(fmt.Sprintf("192.0.2.%d", i+1))).mustFail(t, "UNKNOWN_PRINTER_CODE", "")
		}
		in = map[string]any{"printer": printerIn("SN-TARGET", nil), "printerCode": testPrinterCode}
		s.gql(t, registerQ, map[string]any{"in": in}, fromIP("192.0.2.200")).mustFail(t, "RATE_LIMITED", "")
	})
}

func TestRateLimit_ForwardedForIsIgnoredFromUntrustedPeers(t *testing.T) {
	s := newTestServer(t, "sqlite", map[string]string{"TRUSTED_PROXIES": ""})
	for i := 0; i < 10; i++ {
		in := map[string]any{"printer": printerIn(fmt.Sprintf("SN-XFF-%d", i), nil), "printerCode": "NOPE00000" + fmt.Sprint(i)}
		s.gql(t, registerQ, map[string]any{"in": in}, fromIP(fmt.Sprintf("192.0.2.%d", i+1))).mustFail(t, "UNKNOWN_PRINTER_CODE", "")
	}
	// The peer (127.0.0.1) is the client: spoofed X-Forwarded-For does not escape the lockout.
	in := map[string]any{"printer": printerIn("SN-XFF-OK", nil), "printerCode": testPrinterCode}
	s.gql(t, registerQ, map[string]any{"in": in}, fromIP("198.51.100.99")).mustFail(t, "RATE_LIMITED", "")
}

func TestRateLimit_LaunchesPerPrinter(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	s.registered(t, "SN-FLOOD", nil, "")
	s.withLimits(device.Limits{WrongCodes: 10, CodeWindow: time.Minute, LaunchesPerPrinter: 3, LaunchesPerAddress: 1000,
		ReportsPerPrinter: 10, ReportsPerAddress: 1000})
	for i := 0; i < 3; i++ {
		s.launch(t, map[string]any{"printer": printerIn("SN-FLOOD", nil)})
	}
	s.gql(t, launchQ, map[string]any{"in": map[string]any{"printer": printerIn("SN-FLOOD", nil)}}).mustFail(t, "RATE_LIMITED", "")
}
