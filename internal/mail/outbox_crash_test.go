package mail

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/mail/sendgridfake"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// Crash-test settings: a short lease so the killed sender's claims expire within the test, and a provider
// that takes a while to answer so many sends are in flight when the sender dies.
const (
	crashWorkers = 16
	crashLease   = 2 * time.Second
	crashDelay   = 20 * time.Millisecond
)

// TestOutboxHelperProcess is the outbox of another process for TestOutbox_KilledMidDrain…: it runs only when
// started by that test (PB_OUTBOX_HELPER=1) and sends until it is killed.
func TestOutboxHelperProcess(t *testing.T) {
	if os.Getenv("PB_OUTBOX_HELPER") != "1" {
		t.Skip("a helper process of TestOutbox_KilledMidDrainThenTwoInstancesDeliverEachMailOnceBeyondTheLease")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	db, err := store.Open(ctx, os.Getenv("PB_OUTBOX_DB"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sg, err := NewSendGrid(SendGridConfig{APIKey: os.Getenv("PB_OUTBOX_KEY"), BaseURL: os.Getenv("PB_OUTBOX_SENDGRID")})
	if err != nil {
		t.Fatal(err)
	}
	o := NewOutbox(db, sg, OutboxConfig{Workers: crashWorkers, Lease: crashLease, PollInterval: 20 * time.Millisecond,
		Logger: testLogger(t)}, nil)
	_ = o.Run(ctx)
}

// TestOutbox_KilledMidDrainThenTwoInstancesDeliverEachMailOnceBeyondTheLease: a sender process is killed
// (SIGKILL) while it drains the outbox with many sends in flight; then two instances (another process and one
// in this test) drain the rest from the same MariaDB database. Every mail is delivered, and the promise holds:
// a mail is delivered twice only if the killed sender had claimed it (SENDING at the kill) and the provider
// accepted it before the outcome was recorded — at most once more, so at most OUTBOX_WORKERS duplicates per
// killed instance — and the two live instances never send a mail twice.
func TestOutbox_KilledMidDrainThenTwoInstancesDeliverEachMailOnceBeyondTheLease(t *testing.T) {
	const total = 400
	ctx := rule.SystemContext(context.Background())
	url := testutil.NewMySQLURL(t)
	db, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	e := newOutboxEnv(t, db, sendgridfake.WithDelay(crashDelay))
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range total {
		if _, err := Enqueue(ctx, tx.Client(), e.message(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}

	helper := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOutboxHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), "PB_OUTBOX_HELPER=1", "PB_OUTBOX_DB="+url, "PB_OUTBOX_SENDGRID="+e.fake.URL,
			"PB_OUTBOX_KEY="+e.fake.APIKey())
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				_ = cmd.Process.Signal(syscall.SIGTERM)
				_ = cmd.Wait()
			}
		})
		return cmd
	}
	first := helper()
	deadline := time.Now().Add(30 * time.Second)
	for len(e.fake.Messages()) < total/4 {
		if time.Now().After(deadline) {
			t.Fatalf("the first sender delivered %d mails in 30 s", len(e.fake.Messages()))
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err := first.Process.Kill(); err != nil { // SIGKILL mid-drain: no outcome of its sends in flight is recorded
		t.Fatal(err)
	}
	_ = first.Wait()
	killedAt := time.Now()
	sending, err := db.Client.EmailMessage.Query().Where(emailmessage.StatusEQ(emailmessage.StatusSENDING)).IDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deliveredBefore := len(e.fake.Messages())
	t.Logf("killed after %d deliveries with %d mails SENDING", deliveredBefore, len(sending))
	if len(sending) == 0 || len(sending) > crashWorkers {
		t.Fatalf("%d mails SENDING at the kill, want 1 to %d (the killed sender's sends in flight)", len(sending), crashWorkers)
	}

	// Two instances drain the rest: another process, and one here.
	helper()
	o := NewOutbox(db, newSendGrid(t, e.fake, 5*time.Second), OutboxConfig{Workers: crashWorkers, Lease: crashLease,
		PollInterval: 20 * time.Millisecond, Logger: testLogger(t)}, nil)
	start(t, o)
	deadline = time.Now().Add(60 * time.Second)
	for {
		n, err := db.Client.EmailMessage.Query().Where(emailmessage.StatusEQ(emailmessage.StatusSENT)).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n == total {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d mails SENT 60 s after the restart", n, total)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The killed sender's claims were taken over only once their lease expired.
	for _, m := range e.fake.Messages()[deliveredBefore:] {
		id, _ := strconv.Atoi(m.OutboxID)
		if slices.Contains(sending, id) && m.ReceivedAt.Before(killedAt.Add(crashLease-time.Second)) {
			t.Errorf("mail %d, claimed by the killed sender, was sent again %s after the kill, before its lease expired",
				id, m.ReceivedAt.Sub(killedAt))
		}
	}
	counts := e.fake.DeliveryCounts()
	duplicates := 0
	ids, err := db.Client.EmailMessage.Query().IDs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		n := counts[fmt.Sprint(id)]
		switch {
		case n == 0:
			t.Errorf("mail %d never delivered", id)
		case n == 2 && slices.Contains(sending, id):
			duplicates++ // accepted by the provider just before the kill, its outcome not yet recorded
		case n > 1:
			t.Errorf("mail %d delivered %d times (SENDING at the kill: %v)", id, n, slices.Contains(sending, id))
		}
	}
	if len(counts) != total {
		t.Errorf("%d distinct mails delivered, want %d", len(counts), total)
	}
	t.Logf("%d mails, %d delivered twice (each in flight at the kill), %d requests", total, duplicates, len(e.fake.Requests()))
}
