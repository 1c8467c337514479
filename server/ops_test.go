package main

import (
	"fmt"
	"net/http"
	"syscall"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

func TestServe_SIGTERMShutsDownGracefully(t *testing.T) {
	p := startProcess(t, map[string]string{"DATABASE_URL": testutil.NewSQLiteURL(t), "EMAIL_DIR": t.TempDir()})
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("still running 15 s after SIGTERM")
	}
	if _, err := http.Get(p.URL + "/healthz"); err == nil {
		t.Fatal("still answering after shutdown")
	}
}

// Two instances sharing Redis share the printer-code lockout: wrong codes on one lock the address out on the other.
func TestRateLimits_AreSharedThroughRedis(t *testing.T) {
	r := testutil.StartRedis(t, 0)
	env := map[string]string{"REDIS_URL": "redis://" + r.Addr}
	dbURL := testutil.NewSQLiteURL(t)
	one := startTestServer(t, dbURL, env)
	two := startTestServer(t, dbURL, env)
	attacker := fromIP("203.0.113.50")
	for i := 0; i < 10; i++ {
		in := map[string]any{"printer": printerIn(fmt.Sprintf("SN-SHARED-%d", i), nil), "printerCode": fmt.Sprintf("WRONG%05d", i)}
		one.gql(t, registerQ, map[string]any{"in": in}, attacker).mustFail(t, "UNKNOWN_PRINTER_CODE", "")
	}
	in := map[string]any{"printer": printerIn("SN-SHARED-X", nil), "printerCode": testPrinterCode}
	e := two.gql(t, registerQ, map[string]any{"in": in}, attacker).mustFail(t, "RATE_LIMITED", "")
	if secs, ok := e.Extensions["retryAfter"].(float64); !ok || secs <= 0 {
		t.Errorf("RATE_LIMITED without extensions.retryAfter: %+v", e.Extensions)
	}
}

// A report in a language without email settings uses the organization's default language's.
func TestReportMails_FallBackToTheDefaultLanguageTemplates(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	s.db.Client.EmailTemplate.Delete().Where(emailtemplate.Language("it")).ExecX(sys())
	ready := s.registered(t, "SN-FALLBACK", map[string]any{"location": "Milano"}, "it")
	s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "u@example.com", "causeIds": []string{ready.Kiosk.Causes[0].ID}, "language": "it"})
	tech := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindREPORT_TECH)).OnlyX(sys())
	if want := "Request for intervention in the premises of Milano – Serial Number SN-FALLBACK – Model"; tech.Subject != want {
		t.Fatalf("subject = %q, want the English template's %q", tech.Subject, want)
	}
}
