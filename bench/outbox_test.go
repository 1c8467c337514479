package bench

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/mail/sendgridfake"
)

// The outbox drain: the built binary with its default outbox settings sends through the project's SendGrid v3
// fake (internal/mail/sendgridfake: authenticates, validates and accepts like SendGrid) answering every request
// in 50 ms. A real report's two mails are copied into outboxMails rows committed at once; the figure is the
// mails delivered per second from the first request of the drain to the last row marked SENT, and the
// duplicates (mails the fake accepted more than once).

const (
	outboxMails   = 5000
	outboxLatency = 50 * time.Millisecond
)

func TestOutboxDrain(t *testing.T) {
	requireBench(t)
	fake := sendgridfake.Start(sendgridfake.WithDelay(outboxLatency))
	t.Cleanup(fake.Close)
	srv := startServer(t, append(deviceServerEnv(), "EMAIL_PROVIDER=sendgrid", "SENDGRID_API_URL="+fake.URL,
		"SENDGRID_API_KEY="+fake.APIKey(), "EMAIL_SENDER_DOMAINS=demo.example")...)
	db, _ := openDSN(t, srv.DatabaseURL)
	ctx := context.Background()

	// One real report: its two mails are the model of the backlog.
	c := newClient()
	var launched struct{ Launch struct{ SessionToken string } }
	var pbID, causeID int
	if err := db.QueryRowContext(ctx, "SELECT id FROM panic_buttons WHERE printer_code = ?", benchPrinterCode).Scan(&pbID); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, "SELECT id FROM causes WHERE panic_button_id = ? AND active ORDER BY position LIMIT 1", pbID).Scan(&causeID); err != nil {
		t.Fatal(err)
	}
	var registered struct{ RegisterPrinter struct{ Status string } }
	if err := gqlPost(c, srv.URL, clientIP(1), `mutation($in: RegisterPrinterInput!) { registerPrinter(input: $in) { status } }`,
		map[string]any{"in": map[string]any{"printer": map[string]any{"serial": "SN-OUTBOX-1"}, "printerCode": benchPrinterCode}}, &registered); err != nil {
		t.Fatal(err)
	}
	if err := gqlPost(c, srv.URL, clientIP(1), launchQ, launchVars("SN-OUTBOX-1"), &launched); err != nil {
		t.Fatal(err)
	}
	if err := gqlPost(c, srv.URL, clientIP(1), submitQ, submitVars(launched.Launch.SessionToken, causeID, 1), nil); err != nil {
		t.Fatal(err)
	}
	waitSent(t, db, 2, 10*time.Second)

	// The backlog, committed at once: copies of the two mails, due now.
	type model struct {
		org, intervention                             int64
		kind, from, fromName, to, subject, html, text string
	}
	var models []model
	rows, err := db.QueryContext(ctx, "SELECT organization_id, intervention_id, kind, from_email, COALESCE(from_name, ''), `to`, subject, html, text FROM email_messages ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m model
		if err := rows.Scan(&m.org, &m.intervention, &m.kind, &m.from, &m.fromName, &m.to, &m.subject, &m.html, &m.text); err != nil {
			t.Fatal(err)
		}
		models = append(models, m)
	}
	rows.Close()
	if len(models) != 2 {
		t.Fatalf("%d mails after one report, want 2", len(models))
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const perInsert = 500
	now := time.Now().UTC()
	for done := 0; done < outboxMails; done += perInsert {
		n := min(perInsert, outboxMails-done)
		q := "INSERT INTO email_messages (created_at, updated_at, organization_id, intervention_id, kind, from_email, from_name, `to`, subject, html, text, status, attempts, next_attempt_at) VALUES " +
			strings.TrimSuffix(strings.Repeat("(?,?,?,?,?,?,?,?,?,?,?,'QUEUED',0,?),", n), ",")
		args := make([]any, 0, 12*n)
		for i := range n {
			m := models[(done+i)%2]
			args = append(args, now, now, m.org, m.intervention, m.kind, m.from, m.fromName, m.to, m.subject, m.html, m.text, now)
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("queue the backlog: %v", err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	before := len(fake.Messages())
	cpu := srv.CPU(t)
	committed := time.Now()
	end := waitSent(t, db, 2+outboxMails, 5*time.Minute)
	cpu = srv.CPU(t) - cpu
	msgs := fake.Messages()[before:]
	first := msgs[0].ReceivedAt.Add(-outboxLatency) // the first request of the drain was sent 50 ms before
	for _, m := range msgs {
		if m.ReceivedAt.Add(-outboxLatency).Before(first) {
			first = m.ReceivedAt.Add(-outboxLatency)
		}
	}
	duplicates := 0
	for _, n := range fake.DeliveryCounts() {
		if n > 1 {
			duplicates += n - 1
		}
	}
	rate := float64(outboxMails) / end.Sub(first).Seconds()
	t.Logf("drain: %d mails, %d accepted by the fake, first request %s after the commit (poll), last SENT %s after it",
		outboxMails, len(msgs), first.Sub(committed).Round(time.Millisecond), end.Sub(committed).Round(time.Millisecond))
	report("outbox", fmt.Sprintf("drain of %d mails, SendGrid fake answering in %d ms, default settings (mails/s)", outboxMails, outboxLatency.Milliseconds()),
		fmt.Sprintf("%.0f/s", rate), "—", "—", "≥ 500/s"+okMark(rate >= 500))
	report("outbox", "duplicates in that drain", fmt.Sprint(duplicates), "—", "—", "0"+okMark(duplicates == 0))
	report("outbox", "the server's CPU per mail in that drain (ms)", fmt.Sprintf("%.2f", float64(cpu.Microseconds())/1000/outboxMails),
		"—", "—", "(CPU is not what bounds the drain: latency is)")
}

// waitSent waits until n mails are SENT and returns when it saw them.
func waitSent(t *testing.T, db *sql.DB, n int, within time.Duration) time.Time {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		var sent int
		if err := db.QueryRow("SELECT COUNT(*) FROM email_messages WHERE status = 'SENT'").Scan(&sent); err != nil {
			t.Fatal(err)
		}
		if sent >= n {
			return time.Now()
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d mails SENT after %s", sent, n, within)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
