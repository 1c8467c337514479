package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/supply"
	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
)

// lockedBuffer is an io.Writer the test may read while the agent writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

func runAgentForTest(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runAgent(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// simPrinterWithSerial is the simulated Xerox with another serial number.
func simPrinterWithSerial(serial string) []string {
	lines := slices.Clone(snmptest.XeroxPrinter)
	for i, l := range lines {
		if strings.HasPrefix(l, "override .1.3.6.1.2.1.43.5.1.1.17.1 ") {
			lines[i] = `override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str "` + serial + `"`
		}
	}
	return lines
}

func TestAgentCommand_UsageErrorsExitWith2(t *testing.T) {
	api := []string{"--api", "http://127.0.0.1:8080"}
	cases := []struct {
		args []string
		say  string
	}{
		{nil, "at least one --target is required"},
		{[]string{"--target", "127.0.0.1"}, "--api is required"},
		{[]string{"--target", "127.0.0.1", "--api", "ftp://x"}, "--api"},
		{append([]string{"--target", "127.0.0.1", "--bogus"}, api...), "flag provided but not defined: -bogus"},
		{append([]string{"--target", "127.0.0.1", "--interval", "soon"}, api...), "invalid value"},
		{append([]string{"--target", "127.0.0.1", "--interval", "10ms"}, api...), "--interval must be at least 1s"},
		{append([]string{"--target", "127.0.0.1", "--concurrency", "0"}, api...), "--concurrency"},
		{append([]string{"--target", "127.0.0.1", "--version", "4"}, api...), `version "4" is not 1, 2c or 3`},
		{append([]string{"--target", "127.0.0.1", "--version", "3"}, api...), "SNMPv3 needs a user name"},
		{append([]string{"--target", "127.0.0.1", "--oid1", "sysName.0"}, api...), "OID1"},
		{append([]string{"--target", "10.0.0.0/8"}, api...), "larger than"},
		{append([]string{"--target", "127.0.0.1", "--report-condition", "jammed"}, api...), "--report-condition needs --report-email"},
		{append([]string{"--target", "127.0.0.1", "--report-email", "a@b.test"}, api...), "only used with --report-condition"},
		{append([]string{"--target", "127.0.0.1", "--report-condition", "jammed", "--report-email", "nobody"}, api...), "not an email address"},
		{append([]string{"--target", "127.0.0.1", "extra"}, api...), `unexpected argument "extra"`},
	}
	for _, c := range cases {
		code, out, errs := runAgentForTest(t, c.args...)
		if code != 2 || out != "" || !strings.Contains(errs, c.say) || !strings.Contains(errs, "usage: panicbutton agent") {
			t.Errorf("%q: code %d stdout %q stderr %q; want 2 and %q", c.args, code, out, errs, c.say)
		}
	}
	if code, _, errs := runAgentForTest(t, "-h"); code != 0 || !strings.Contains(errs, "--report-condition") {
		t.Errorf("-h: %d %q", code, errs)
	}
	// Dispatched by the main command.
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"agent"}, func(string) string { return "" }, &stdout, &stderr); code != 2 ||
		!strings.Contains(stderr.String(), "--target") {
		t.Errorf("panicbutton agent: %d %q", code, stderr.String())
	}
	stdout.Reset()
	if run(context.Background(), []string{"help"}, func(string) string { return "" }, &stdout, &stderr); !strings.Contains(stdout.String(), "agent") {
		t.Errorf("help does not list agent: %q", stdout.String())
	}
}

func TestAgentCommand_LaunchesKnownPrinterAndReportsUnknownOne(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		known := snmptest.Start(t, snmptest.XeroxPrinter...)
		unknown := snmptest.Start(t, simPrinterWithSerial("SN-UNKNOWN-9")...)
		s := newTestServer(t, d, nil)
		s.register(t, "SN-SIM-0001", testPrinterCode)

		code, out, errs := runAgentForTest(t, "--target", known.Addr(), "--target", unknown.Addr(), "--api", s.URL, "--timeout", "1s")
		if code != 0 {
			t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errs)
		}
		if !regexp.MustCompile(`(?m)^SN-SIM-0001 +127\.0\.0\.1:\d+ \(v2c\) +READY$`).MatchString(out) ||
			!regexp.MustCompile(`(?m)^SN-UNKNOWN-9 +127\.0\.0\.1:\d+ \(v2c\) +REGISTRATION_REQUIRED`).MatchString(out) {
			t.Errorf("summary:\n%s", out)
		}
		c := s.db.Client
		p := c.Printer.Query().Where(printer.Serial("SN-SIM-0001")).OnlyX(sys())
		if p.Model != "Xerox AltaLink C8045" || p.Name != "printer-sim-01" || p.Location != "Floor 2, Room 201" || p.IP != "127.0.0.1" ||
			p.LastTotal == nil || *p.LastTotal != 1000 || *p.LastBlack != 12345 || *p.LastColor != 6789 || *p.LastLarge != 30 ||
			p.LastSeenAt == nil {
			t.Errorf("printer after the agent: %+v", p)
		}
		// No error OIDs given: the errors are the alerts then the display, as the collector orders them.
		if want := []string{"Paper jam in tray 2", "markerTonerAlmostEmpty (markerSupplies)", "Paper jam", "Open door A"}; !slices.Equal(p.LastErrors, want) {
			t.Errorf("errors %q, want %q", p.LastErrors, want)
		}
		if n := count(t, c.MeterReading.Query().Where(meterreading.PrinterID(p.ID), meterreading.SourceEQ(meterreading.SourceLAUNCH))); n != 1 {
			t.Errorf("%d launch meter readings, want 1", n)
		}
		// The supplies reach the cloud through launch: the toner's percent, the waste box's "some remaining".
		var sups []string
		for _, sp := range c.Supply.Query().Where(supply.PrinterID(p.ID)).Order(ent.Asc(supply.FieldDescription)).AllX(sys()) {
			sups = append(sups, fmt.Sprintf("%s %s %s %v", sp.Description, sp.Color, sp.LevelState, ptrInt(sp.Percent)))
		}
		if want := "[Black Toner Cartridge 106R04053 black KNOWN 42 Waste Toner Container  SOME_REMAINING -]"; fmt.Sprint(sups) != want {
			t.Errorf("supplies %v, want %s", sups, want)
		}
		if n := count(t, c.Printer.Query().Where(printer.Serial("SN-UNKNOWN-9"))); n != 0 {
			t.Error("the unknown printer was stored")
		}

		// The next run sees 57 more pages.
		known.SetCounter(t, 1057)
		if code, out, _ := runAgentForTest(t, "--target", known.Addr(), "--api", s.URL+"/graphql", "--timeout", "1s"); code != 0 || !strings.Contains(out, "READY") {
			t.Fatalf("second run: %d %s", code, out)
		}
		if p := c.Printer.GetX(sys(), p.ID); *p.LastTotal != 1057 {
			t.Errorf("total after the second run: %d", *p.LastTotal)
		}
	})
}

func TestAgentCommand_FailuresAndSkippedSerialsExit1(t *testing.T) {
	bad := snmptest.Start(t, simPrinterWithSerial("NOT A SERIAL!")...)
	good := snmptest.Start(t, snmptest.XeroxPrinter...)
	s := newTestServer(t, "sqlite", nil)

	code, out, _ := runAgentForTest(t, "--target", bad.Addr(), "--target", "127.0.0.1:"+itoa(snmptest.FreeUDPPort(t)), "--api", s.URL, "--timeout", "300ms", "--retries", "0")
	if code != 1 || !strings.Contains(out, `skipped: serial "NOT A SERIAL!" is not`) || !strings.Contains(out, "error: snmp 127.0.0.1:") {
		t.Errorf("exit %d:\n%s", code, out)
	}

	// The cloud is down: the printer is read, the launch fails and says why.
	code, out, _ = runAgentForTest(t, "--target", good.Addr(), "--api", "http://127.0.0.1:"+itoa(freeTCPPort(t)), "--timeout", "1s")
	if code != 1 || !strings.Contains(out, "SN-SIM-0001") || !strings.Contains(out, "error: launch SN-SIM-0001: call http://127.0.0.1:") {
		t.Errorf("cloud down: exit %d:\n%s", code, out)
	}

	// A scanned prefix: addresses that do not answer are counted, not errors.
	code, out, _ = runAgentForTest(t, "--target", "127.0.0.1:"+itoa(snmptest.FreeUDPPort(t)), "--target", "127.0.9.0/30", "--api", s.URL,
		"--timeout", "200ms", "--retries", "0")
	if code != 1 || !strings.Contains(out, "2 scanned address(es) did not answer SNMP") || strings.Count(out, "error:") != 1 {
		t.Errorf("scan: exit %d:\n%s", code, out)
	}
}

func TestAgentCommand_ReportsAConditionOnceWhileItLastsAndStopsOnCancel(t *testing.T) {
	a := snmptest.Start(t, snmptest.XeroxPrinter...)
	s := newTestServer(t, "sqlite", nil)
	s.register(t, "SN-SIM-0001", testPrinterCode)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errs lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- runAgent(ctx, []string{"--target", a.Addr(), "--api", s.URL, "--timeout", "1s", "--interval", "1s",
			"--report-condition", "jammed", "--report-condition", "noToner", "--report-email", "Floor2@Customer.test"}, &out, &errs)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(out.String(), "SN-SIM-0001") < 3 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after cancel; stderr %s", code, errs.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the agent did not stop on cancel")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) < 3 || !regexp.MustCompile(`READY; reported PB-\d{4}-\d{6} \(jammed\)$`).MatchString(lines[0]) ||
		!strings.HasSuffix(lines[1], "READY") || !strings.HasSuffix(lines[2], "READY") {
		t.Fatalf("output:\n%s\nstderr %s", out.String(), errs.String())
	}
	its := s.db.Client.Intervention.Query().WithCauses().AllX(sys())
	if len(its) != 1 || its[0].ReporterEmail != "floor2@customer.test" || len(its[0].Edges.Causes) != 1 ||
		its[0].Origin != intervention.OriginAPP || !strings.Contains(its[0].Message, "jammed") {
		t.Errorf("interventions: %+v", its)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// freeTCPPort is a 127.0.0.1 port nothing listens on at the time of the call.
func freeTCPPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	return port
}

func ptrInt(p *int) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprint(*p)
}
