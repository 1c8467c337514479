package main

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	gomail "github.com/emersion/go-message/mail"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/internal/mail/sendgridfake"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// reportThrough registers a printer and submits a report through the server at base; it returns the reference.
func reportThrough(t *testing.T, base, serial, lang string, printer map[string]any) string {
	t.Helper()
	var reg struct{ RegisterPrinter launchResult }
	postGQL(t, base, registerQ, map[string]any{"in": map[string]any{"printer": printerIn(serial, nil), "printerCode": testPrinterCode}}).mustData(t, &reg)
	var l struct{ Launch launchResult }
	postGQL(t, base, launchQ, map[string]any{"in": map[string]any{"printer": printerIn(serial, printer), "language": lang}}).mustData(t, &l)
	var sub struct{ SubmitPanicReport submitResult }
	postGQL(t, base, submitQ, map[string]any{"in": map[string]any{"sessionToken": *l.Launch.SessionToken,
		"email": "Jane.Doe@Example.com", "phone": "+32 2 555 01 23", "language": lang,
		"causeIds": []string{l.Launch.Kiosk.Causes[0].ID, l.Launch.Kiosk.Causes[2].ID}, "message": "Paper everywhere <b>help</b>"}}).
		mustData(t, &sub)
	return sub.SubmitPanicReport.Reference
}

type parsedMail struct {
	From, To, Subject, Text, HTML string
}

func readEML(t *testing.T, path string) parsedMail {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := gomail.CreateReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var m parsedMail
	from, _ := r.Header.AddressList("From")
	to, _ := r.Header.AddressList("To")
	if len(from) == 1 {
		m.From = from[0].String()
	}
	if len(to) == 1 {
		m.To = to[0].Address
	}
	m.Subject, _ = r.Header.Subject()
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h, ok := p.Header.(*gomail.InlineHeader); ok {
			ct, _, _ := h.ContentType()
			b, _ := io.ReadAll(p.Body)
			if ct == "text/plain" {
				m.Text = string(b)
			} else if ct == "text/html" {
				m.HTML = string(b)
			}
		}
	}
	return m
}

func waitFiles(t *testing.T, dir string, n int) []string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
		if len(files) >= n {
			sort.Strings(files)
			return files
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d .eml files after 15s, want %d", len(files), n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestReportMails_TheSeedsTwoMailsFieldByField: the real binary (SQLite, file email) turns a French report into
// the two mails of the seeds, rendered from the demo templates.
func TestReportMails_TheSeedsTwoMailsFieldByField(t *testing.T) {
	mailDir := t.TempDir()
	dbURL := testutil.NewSQLiteURL(t)
	p := startProcess(t, map[string]string{"DATABASE_URL": dbURL, "EMAIL_DIR": mailDir,
		"DEMO_DATA": "true", "DEMO_PRINTER_CODE": testPrinterCode, "DEMO_PASSWORD": testPassword,
		"SESSION_SECRET": "mail-e2e-secret-mail-e2e-secret-mail-e2e", "OUTBOX_POLL_INTERVAL": "100ms"})
	ref := reportThrough(t, p.URL, "1254533333", "fr", map[string]any{"model": "Workcenter 7845", "location": "Alliance",
		"name": "Copieur Accueil", "ip": "10.0.0.42", "counters": map[string]any{"total": 125000, "black": 98000, "color": 27000, "large": 3100},
		"errors": []string{"Bourrage plateau 2", "Toner cyan bas"}})
	files := waitFiles(t, mailDir, 2)
	var user, tech parsedMail
	for _, f := range files {
		m := readEML(t, f)
		if m.To == "jane.doe@example.com" {
			user = m
		} else {
			tech = m
		}
	}
	// [2] TECH - Subject, as in the seeds' example.
	if want := "Demande d'intervention dans les locaux de Alliance – Numéro de série 1254533333 – Modèle Workcenter 7845"; tech.Subject != want {
		t.Errorf("tech subject = %q, want %q", tech.Subject, want)
	}
	// [1] Technical Email, [6] From Email, [7] From Name.
	if tech.To != "technicians@demo.example" || !strings.Contains(tech.From, "panic@demo.example") || !strings.Contains(tech.From, "Support technique") {
		t.Errorf("tech to/from = %q / %q", tech.To, tech.From)
	}
	for _, want := range []string{"jane.doe@example.com", "+32 2 555 01 23", "<li>Bourrage papier</li>", "<li>Plus de toner</li>",
		"Paper everywhere &lt;b&gt;help&lt;/b&gt;", "Copieur Accueil", "10.0.0.42", "125000", "98000", "27000", "3100",
		"Bourrage plateau 2", "Toner cyan bas", ref} {
		if !strings.Contains(tech.HTML, want) {
			t.Errorf("[3] TECH content lacks %q", want)
		}
	}
	if strings.Contains(tech.HTML, "<b>help</b>") {
		t.Error("the reporter's message injected markup into the technicians' mail")
	}
	if !strings.Contains(tech.Text, "Bourrage papier") || strings.Contains(tech.Text, "<li>") {
		t.Errorf("plain-text part not derived from the HTML: %q", tech.Text)
	}
	// [4] END USER - Subject and [5] content.
	if want := "Votre demande " + ref + " pour l'imprimante 1254533333 a bien été reçue"; user.Subject != want {
		t.Errorf("user subject = %q, want %q", user.Subject, want)
	}
	if !strings.Contains(user.HTML, "Copieur Accueil") || !strings.Contains(user.HTML, "Bourrage papier") || !strings.Contains(user.Text, ref) {
		t.Errorf("[5] END USER content = %q", user.HTML)
	}
	// The intervention's history records both deliveries.
	db, err := store.Open(t.Context(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	deadline := time.Now().Add(5 * time.Second)
	for count(t, db.Client.InterventionEvent.Query().Where(interventionevent.KindEQ(interventionevent.KindEMAIL_SENT))) < 2 {
		if time.Now().After(deadline) {
			t.Fatal("EMAIL_SENT events missing from the intervention's history")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestOutbox_ServerKilledWhileSendingDeliversAfterRestart: SIGKILL while a send hangs at SendGrid; the next
// instance reclaims the claimed mails when their lease expires and each is delivered exactly once.
func TestOutbox_ServerKilledWhileSendingDeliversAfterRestart(t *testing.T) {
	fake := sendgridfake.New(t)
	fake.EnqueueN(1, sendgridfake.Slow(time.Minute)) // the first send hangs until the server dies
	dbURL := testutil.NewMySQLURL(t)
	env := map[string]string{"DATABASE_URL": dbURL, "EMAIL_PROVIDER": "sendgrid", "SENDGRID_API_URL": fake.URL,
		"SENDGRID_API_KEY": fake.APIKey(), "DEMO_DATA": "true", "DEMO_PRINTER_CODE": testPrinterCode,
		"DEMO_PASSWORD": testPassword, "SESSION_SECRET": "kill-test-secret-kill-test-secret-kill-te",
		"OUTBOX_LEASE": "2s", "OUTBOX_POLL_INTERVAL": "100ms"}
	first := startProcess(t, env)
	db, err := store.Open(t.Context(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	reportThrough(t, first.URL, "SN-KILL-1", "en", nil)
	deadline := time.Now().Add(10 * time.Second)
	for count(t, db.Client.EmailMessage.Query().Where(emailmessage.StatusEQ(emailmessage.StatusSENDING))) < 1 {
		if time.Now().After(deadline) {
			t.Fatal("no report mail got in flight")
		}
		time.Sleep(50 * time.Millisecond)
	}
	for fake.Scripted() > 0 { // the request reached the fake SendGrid and hangs there
		if time.Now().After(deadline) {
			t.Fatal("the report mail never reached SendGrid")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := first.cmd.Process.Kill(); err != nil { // SIGKILL: no graceful shutdown
		t.Fatal(err)
	}
	_ = first.cmd.Wait()
	startProcess(t, env)
	deadline = time.Now().Add(20 * time.Second)
	for {
		sent := count(t, db.Client.EmailMessage.Query().Where(emailmessage.StatusEQ(emailmessage.StatusSENT)))
		if sent == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("sent = %d after restart, want 2", sent)
		}
		time.Sleep(100 * time.Millisecond)
	}
	counts := fake.DeliveryCounts()
	if len(counts) != 2 {
		t.Fatalf("deliveries = %v", counts)
	}
	for id, n := range counts {
		if n != 1 {
			t.Errorf("message %s delivered %d times", id, n)
		}
	}
}
