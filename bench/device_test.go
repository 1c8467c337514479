package bench

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"

	"github.com/panicbutton/panicbutton/internal/mail/sendgridfake"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/server/baseline"
)

// The device path (launch, submitPanicReport) through the built binary on MariaDB, beside a bare net/http
// handler doing the same rows and commits with hand-written SQL (baseline.Device), in the same run:
//   - throughput at 64 concurrent clients and latency at light load (4 clients);
//   - statements and round trips of one request running alone, counted by a MySQL-protocol proxy (sqlProxy)
//     between each side and MariaDB: commands the process sent, not the shared server's global counters. The
//     outbox's work that a report wakes (its claim transaction, the SENT update, the EMAIL_SENT history rows)
//     is left out on the stack's side: it is not the request's, and the baseline has no outbox.

const (
	benchPrinterCode = "BENCH2026"
	benchPrinters    = 1024 // launches and reports are spread over them (per-printer rate limits)
	benchSecret      = "bench-session-secret-bench-session-secret"
)

const launchQ = `mutation($in: LaunchInput!) { launch(input: $in) {
  status sessionToken prefillEmail
  kiosk { language languages texts { key value } images { key url } causes { id label } colors { key value } } } }`

const submitQ = `mutation($in: PanicReportInput!) { submitPanicReport(input: $in) { reference status emailsQueued } }`

// deviceEnv is what the device measurements need: the server, its database, the printers and a cause.
type deviceEnv struct {
	srv      *server
	db       *sql.DB
	dsn      string
	orgID    int
	pbID     int
	causeID  int
	printers []benchPrinter
}

type benchPrinter struct {
	ID     int
	Serial string
	Token  string // a launch session for reports
}

func deviceServerEnv() []string {
	return []string{"DEMO_DATA=true", "DEMO_PRINTER_CODE=" + benchPrinterCode, "DEMO_PASSWORD=bench-password-2026",
		"SESSION_SECRET=" + benchSecret, "SNMP_POLL_INTERVAL=0", "TRUSTED_PROXIES=127.0.0.1"}
}

// openDSN opens databaseURL as the server does (store.ParseURL: interpolated parameters, utf8mb4).
func openDSN(t testing.TB, databaseURL string) (*sql.DB, string) {
	t.Helper()
	_, dsn, err := store.ParseURL(databaseURL)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(50)
	db.SetMaxIdleConns(50)
	t.Cleanup(func() { db.Close() })
	return db, dsn
}

// deviceMailEnv is the environment of a server that delivers its mail as production does, through SendGrid's API:
// a local fake answering at once (not the file sink of development, which writes and fsyncs a file per mail on
// the disk MariaDB commits to).
func deviceMailEnv(t *testing.T) []string {
	fake := sendgridfake.Start()
	t.Cleanup(fake.Close)
	return []string{"EMAIL_PROVIDER=sendgrid", "SENDGRID_API_URL=" + fake.URL, "SENDGRID_API_KEY=" + fake.APIKey(),
		"EMAIL_SENDER_DOMAINS=demo.example"}
}

// newDeviceEnv starts the server with the demo organization and adds benchPrinters printers to its panic button.
func newDeviceEnv(t *testing.T) *deviceEnv {
	t.Helper()
	srv := startServer(t, append(deviceServerEnv(), deviceMailEnv(t)...)...)
	db, dsn := openDSN(t, srv.DatabaseURL)
	e := &deviceEnv{srv: srv, db: db, dsn: dsn}
	ctx := context.Background()
	if err := db.QueryRowContext(ctx, "SELECT id, organization_id FROM panic_buttons WHERE printer_code = ?", benchPrinterCode).
		Scan(&e.pbID, &e.orgID); err != nil {
		t.Fatalf("demo panic button: %v", err)
	}
	if err := db.QueryRowContext(ctx, "SELECT id FROM causes WHERE panic_button_id = ? AND active ORDER BY position LIMIT 1", e.pbID).
		Scan(&e.causeID); err != nil {
		t.Fatalf("demo cause: %v", err)
	}
	now := time.Now().UTC()
	var b strings.Builder
	args := []any{}
	b.WriteString("INSERT INTO printers (created_at, updated_at, organization_id, panic_button_id, serial, model, name, location, ip, last_total, snmp_enabled, snmp_version) VALUES ")
	for i := range benchPrinters {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("(?,?,?,?,?,?,?,?,?,?,0,'V2C')")
		args = append(args, now, now, e.orgID, e.pbID, fmt.Sprintf("SN-BENCH-%04d", i), "WorkCentre 7845", fmt.Sprintf("Copier %d", i),
			"Bench floor", "10.0.0.9", 1000)
	}
	if _, err := db.ExecContext(ctx, b.String(), args...); err != nil {
		t.Fatalf("insert printers: %v", err)
	}
	rows, err := db.QueryContext(ctx, "SELECT id, serial FROM printers WHERE serial LIKE 'SN-BENCH-%' ORDER BY serial")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var p benchPrinter
		if err := rows.Scan(&p.ID, &p.Serial); err != nil {
			t.Fatal(err)
		}
		e.printers = append(e.printers, p)
	}
	rows.Close()
	// A session for each printer, for the reports.
	c := newClient()
	for i := range e.printers {
		var out struct {
			Launch struct {
				Status       string
				SessionToken string
			}
		}
		if err := gqlPost(c, srv.URL, clientIP(i), launchQ, launchVars(e.printers[i].Serial), &out); err != nil {
			t.Fatalf("launch %s: %v", e.printers[i].Serial, err)
		}
		if out.Launch.Status != "READY" {
			t.Fatalf("launch %s: %s", e.printers[i].Serial, out.Launch.Status)
		}
		e.printers[i].Token = out.Launch.SessionToken
	}
	return e
}

func launchVars(serial string) map[string]any {
	return map[string]any{"in": map[string]any{"printer": map[string]any{"serial": serial, "location": "Bench floor",
		"ip": "10.0.0.9", "counters": map[string]any{"total": 1000}}}}
}

func submitVars(token string, causeID, n int) map[string]any {
	return map[string]any{"in": map[string]any{"sessionToken": token, "email": "bench@example.com",
		"causeIds": []string{fmt.Sprint(causeID)}, "message": fmt.Sprintf("bench report %d", n)}}
}

// clientIP is client i's address (X-Forwarded-For, believed from 127.0.0.1): each client is one site.
func clientIP(i int) string { return fmt.Sprintf("10.%d.%d.%d", 1+i/65536, (i/256)%256, i%256) }

func newClient() *http.Client {
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256,
		DialContext: (&net.Dialer{Timeout: 5 * time.Second}).DialContext}}
}

// gqlPost posts a GraphQL operation and decodes its data into out; GraphQL errors are errors.
func gqlPost(c *http.Client, base, ip, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", ip)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("HTTP %d: %s", resp.StatusCode, raw)
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("%s (%v)", r.Errors[0].Message, r.Errors[0].Extensions)
	}
	if out != nil {
		return json.Unmarshal(r.Data, out)
	}
	return nil
}

// postJSON posts v to a baseline endpoint.
func postJSON(c *http.Client, u string, v any) error {
	body, _ := json.Marshal(v)
	resp, err := c.Post(u, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("baseline %s: HTTP %d: %s", u, resp.StatusCode, b)
	}
	return nil
}

// load is one measurement: clients goroutines doing op in a loop for d.
type load struct {
	n         int
	perSecond float64
	p50, p99  time.Duration
	cpu       time.Duration // the server's CPU time per request (stack runs)
	// statements is MariaDB's statements (Questions) during the run per request, whoever sent them.
	statements float64
}

func runLoad(t *testing.T, clients int, d time.Duration, op func(client, i int) error) load {
	t.Helper()
	var (
		mu      sync.Mutex
		lat     []time.Duration
		failed  atomic.Int64
		firstEr atomic.Value
		wg      sync.WaitGroup
	)
	began := time.Now()
	stop := began.Add(d)
	for c := range clients {
		wg.Go(func() {
			var mine []time.Duration
			for i := 0; time.Now().Before(stop); i++ {
				t0 := time.Now()
				if err := op(c, i); err != nil {
					failed.Add(1)
					firstEr.CompareAndSwap(nil, err)
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(began)
	if n := failed.Load(); n > 0 {
		t.Fatalf("%d requests failed; first: %v", n, firstEr.Load())
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(float64(len(lat))*p))]
	}
	return load{n: len(lat), perSecond: float64(len(lat)) / elapsed.Seconds(), p50: pct(0.50), p99: pct(0.99)}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }

// TestBaselineHelperProcess is the baseline as a process of its own, like the stack's server, so each side's
// CPU is its own: it runs only when TestDevice starts it (PB_BASELINE_HELPER=1), serves baseline.Device on a
// loopback port it prints, and stops when its standard input closes.
func TestBaselineHelperProcess(t *testing.T) {
	if os.Getenv("PB_BASELINE_HELPER") != "1" {
		t.Skip("a helper process of TestDevice")
	}
	db, _ := openDSN(t, os.Getenv("PB_BASELINE_DB"))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("listening on %s\n", l.Addr())
	go func() { _ = http.Serve(l, baseline.Device(db)) }()
	_, _ = io.Copy(io.Discard, os.Stdin)
}

// startBaseline runs the baseline in a process of its own on databaseURL and returns it as a server.
func startBaseline(t *testing.T, databaseURL string) *server {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestBaselineHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PB_BASELINE_HELPER=1", "PB_BASELINE_DB="+databaseURL)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); _ = cmd.Wait() })
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		if addr, ok := strings.CutPrefix(sc.Text(), "listening on "); ok {
			go func() { _, _ = io.Copy(io.Discard, stdout) }()
			return &server{URL: "http://" + addr, DatabaseURL: databaseURL, cmd: cmd}
		}
	}
	t.Fatalf("the baseline process did not start: %v", sc.Err())
	return nil
}

func TestDevice(t *testing.T) {
	requireBench(t)
	e := newDeviceEnv(t)
	base := startBaseline(t, e.srv.DatabaseURL)
	c := newClient()
	var reports atomic.Int64
	nPrinters := len(e.printers)
	ops := map[string]func(client, i int) error{
		"launch/stack": func(client, i int) error {
			p := e.printers[(client*977+i)%nPrinters]
			var out struct{ Launch struct{ Status string } }
			if err := gqlPost(c, e.srv.URL, clientIP(client), launchQ, launchVars(p.Serial), &out); err != nil {
				return err
			}
			if out.Launch.Status != "READY" {
				return fmt.Errorf("launch: %s", out.Launch.Status)
			}
			return nil
		},
		"launch/baseline": func(client, i int) error {
			p := e.printers[(client*977+i)%nPrinters]
			return postJSON(c, base.URL+"/launch", map[string]any{"serial": p.Serial, "location": "Bench floor", "ip": "10.0.0.9", "total": 1000})
		},
		"submit/stack": func(client, i int) error {
			p := e.printers[(client*977+i)%nPrinters]
			var out struct{ SubmitPanicReport struct{ EmailsQueued int } }
			if err := gqlPost(c, e.srv.URL, clientIP(client), submitQ, submitVars(p.Token, e.causeID, int(reports.Add(1))), &out); err != nil {
				return err
			}
			if out.SubmitPanicReport.EmailsQueued != 2 {
				return fmt.Errorf("submit queued %d emails", out.SubmitPanicReport.EmailsQueued)
			}
			return nil
		},
		"submit/baseline": func(client, i int) error {
			p := e.printers[(client*977+i)%nPrinters]
			return postJSON(c, base.URL+"/submit", map[string]any{"printerId": p.ID, "causeId": e.causeID,
				"email": "bench@example.com", "message": fmt.Sprintf("bench report %d", reports.Add(1))})
		},
	}
	// Warm both sides up (connections, caches), then measure each side twice, alternating, and keep each side's
	// best run: the machine is shared, and both sides get the same treatment.
	for _, k := range []string{"launch/stack", "launch/baseline", "submit/stack", "submit/baseline"} {
		runLoad(t, 8, 500*time.Millisecond, ops[k])
	}
	// Each side twice, alternating; each keeps its best run.
	// A run's background work (the mails of its reports: the stack's outbox delivers both sides') is finished
	// before the next run starts, and counted in the run's statements and the stack's CPU: no run carries the one
	// before's.
	bestPair := func(clients int, op string) (stack, baseline load) {
		for range 2 {
			outboxIdle(t, e.db)
			cpu, q := e.srv.CPU(t), questions(t, e.db)
			s := runLoad(t, clients, 3*time.Second, ops[op+"/stack"])
			polls := outboxIdle(t, e.db)
			s.cpu = (e.srv.CPU(t) - cpu) / time.Duration(max(s.n, 1))
			s.statements = float64(questions(t, e.db)-q-int64(polls)) / float64(max(s.n, 1))
			cpu, q = base.CPU(t), questions(t, e.db)
			b := runLoad(t, clients, 3*time.Second, ops[op+"/baseline"])
			polls = outboxIdle(t, e.db)
			b.cpu = (base.CPU(t) - cpu) / time.Duration(max(b.n, 1))
			b.statements = float64(questions(t, e.db)-q-int64(polls)) / float64(max(b.n, 1))
			if s.perSecond > stack.perSecond {
				stack = s
			}
			if b.perSecond > baseline.perSecond {
				baseline = b
			}
		}
		return stack, baseline
	}
	for _, op := range []struct {
		name, goal string
		ratio      float64
	}{{"launch", "≥ 0.9× baseline", 0.9}, {"submit", "≥ 0.8× baseline", 0.8}} {
		s, b := bestPair(64, op.name)
		t.Logf("%s at 64 clients: stack %.0f/s (%d), baseline %.0f/s (%d)", op.name, s.perSecond, s.n, b.perSecond, b.n)
		report("device", op.name+", 64 clients: the serving process's CPU per request (ms; the stack's includes delivering the run's mails)", fmt.Sprintf("%.2f", float64(s.cpu.Microseconds())/1000),
			fmt.Sprintf("%.2f", float64(b.cpu.Microseconds())/1000), ratio(float64(s.cpu), float64(b.cpu)), "(why a throughput ratio is missed on 2 shared cores)")
		report("device", op.name+", 64 clients: statements MariaDB ran per request, background work included (the outbox's claims and records of the run's mails, webhooks)",
			fmt.Sprintf("%.1f", s.statements), fmt.Sprintf("%.1f", b.statements), ratio(s.statements, b.statements), "(each is a round trip: kernel and MariaDB CPU on the same 2 cores)")
		report("device", op.name+", 64 concurrent clients (req/s)", fmt.Sprintf("%.0f/s", s.perSecond),
			fmt.Sprintf("%.0f/s", b.perSecond), ratio(s.perSecond, b.perSecond), op.goal+okMark(s.perSecond >= op.ratio*b.perSecond))
	}
	for _, op := range []struct {
		name string
		goal time.Duration
	}{{"launch", 15 * time.Millisecond}, {"submit", 40 * time.Millisecond}} {
		busy0, all0 := machineCPU(t)
		s, b := bestPair(4, op.name)
		busy1, all1 := machineCPU(t)
		t.Logf("%s at 4 clients: statements per request, background included: stack %.1f, baseline %.1f; server CPU per request %s / %s", op.name, s.statements, b.statements, s.cpu, b.cpu)
		report("device", op.name+", 4 clients: p50 / p99 (ms)", ms(s.p50)+" / "+ms(s.p99), ms(b.p50)+" / "+ms(b.p99),
			ratio(float64(s.p99), float64(b.p99))+" (p99)", fmt.Sprintf("p99 < %d ms", op.goal.Milliseconds())+okMark(s.p99 < op.goal))
		report("device", op.name+", 4 clients: the machine's cores busy during these runs (both sides)",
			fmt.Sprintf("%.0f%%", 100*float64(busy1-busy0)/float64(max(all1-all0, 1))), "—", "—",
			"(4 clients in a closed loop are light load only if a request is cheap: near 100%, the p99 is queueing)")
	}
	diskSync(t, e.db)
	deviceStatements(t, e)
}

// outboxIdle waits until every mail is delivered (none QUEUED or SENDING; at most a minute) and returns how many
// statements it ran to know it (with questions' own).
func outboxIdle(t *testing.T, db *sql.DB) int {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for n := 1; ; n++ {
		var left int
		if err := db.QueryRow("SELECT COUNT(*) FROM `email_messages` WHERE `status` IN ('QUEUED', 'SENDING')").Scan(&left); err != nil {
			t.Fatal(err)
		}
		if left == 0 {
			return n + 1
		}
		if time.Now().After(deadline) {
			t.Fatalf("the outbox still has %d mails to deliver after a minute", left)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// questions is MariaDB's count of statements run since it started (every client's).
func questions(t *testing.T, db *sql.DB) int64 {
	var name string
	var n int64
	if err := db.QueryRow("SHOW GLOBAL STATUS LIKE 'Questions'").Scan(&name, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

// machineCPU reads the machine's CPU time (/proc/stat, in ticks): busy (all but idle and iowait) and all.
func machineCPU(t *testing.T) (busy, all int64) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		t.Fatal(err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	fields := strings.Fields(line)[1:]
	for i, f := range fields {
		v, _ := strconv.ParseInt(f, 10, 64)
		all += v
		if i != 3 && i != 4 { // idle, iowait
			busy += v
		}
	}
	return busy, all
}

// diskSync reports the latency of the disk MariaDB commits to: 200 writes of 4 KB each followed by fdatasync,
// in a file of its data directory (a report's transaction waits for at least one such flush of the redo log
// when innodb_flush_log_at_trx_commit is 1, the default).
func diskSync(t *testing.T, db *sql.DB) {
	var dir string
	var flush int
	if err := db.QueryRow("SELECT @@datadir, @@innodb_flush_log_at_trx_commit").Scan(&dir, &flush); err != nil {
		t.Fatal(err)
	}
	f, err := os.CreateTemp(dir, "pb-bench-sync-*")
	if err != nil {
		t.Logf("disk sync: %v (not measured)", err)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()
	block := make([]byte, 4096)
	d := make([]time.Duration, 200)
	for i := range d {
		began := time.Now()
		if _, err := f.WriteAt(block, int64(i%16)*4096); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Fdatasync(int(f.Fd())); err != nil {
			t.Fatal(err)
		}
		d[i] = time.Since(began)
	}
	slices.Sort(d)
	ms := func(v time.Duration) string { return fmt.Sprintf("%.1f", float64(v.Microseconds())/1000) }
	report("device", fmt.Sprintf("MariaDB's disk: 4 KB write + fdatasync, 200 times, p50 / p99 (ms; innodb_flush_log_at_trx_commit=%d)", flush),
		ms(d[len(d)/2])+" / "+ms(d[len(d)*99/100]), "—", "—", "(a commit waits for one)")
}

func okMark(ok bool) string {
	if ok {
		return " ✓"
	}
	return " ✗"
}

// deviceStatements counts the statements and round trips of one launch and one submit on each side, through
// a proxy: a second instance of the server on the same database, and the baseline on a pool through the proxy.
func deviceStatements(t *testing.T, e *deviceEnv) {
	u, err := url.Parse(e.srv.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := startSQLProxy(t, u.Host)
	proxied := *u
	proxied.Host = proxy.Addr
	srv := startServerOn(t, proxied.String(), append(deviceServerEnv(), deviceMailEnv(t)...)...)
	pdb, _ := openDSN(t, proxied.String())
	base := httptest.NewServer(baseline.Device(pdb))
	t.Cleanup(base.Close)
	c := newClient()
	p := e.printers[0]
	var n atomic.Int64
	n.Store(1 << 20)
	stack := map[string]func() error{
		"launch": func() error { return gqlPost(c, srv.URL, clientIP(9999), launchQ, launchVars(p.Serial), nil) },
		"submit": func() error {
			return gqlPost(c, srv.URL, clientIP(9999), submitQ, submitVars(p.Token, e.causeID, int(n.Add(1))), nil)
		},
	}
	baseline := map[string]func() error{
		"launch": func() error {
			return postJSON(c, base.URL+"/launch", map[string]any{"serial": p.Serial, "location": "Bench floor", "ip": "10.0.0.9", "total": 1000})
		},
		"submit": func() error {
			return postJSON(c, base.URL+"/submit", map[string]any{"printerId": p.ID, "causeId": e.causeID,
				"email": "bench@example.com", "message": fmt.Sprintf("bench report %d", n.Add(1))})
		},
	}
	// The outbox's own work, woken by a report, is not the request's: its claim transaction (READ COMMITTED,
	// SKIP LOCKED), the SENT update and the EMAIL_SENT history rows.
	outbox := func(q string) bool {
		return strings.Contains(q, "SKIP LOCKED") || strings.HasPrefix(q, "SET TRANSACTION ISOLATION") ||
			strings.HasPrefix(q, "UPDATE `email_messages`") || strings.Contains(q, "'EMAIL_SENT'")
	}
	measure := func(f func() error) (stmts, trips int, texts []string) {
		for range 3 { // warm: pooled connections open, so no connection setup is counted
			if err := f(); err != nil {
				t.Fatal(err)
			}
		}
		// The fewest of five: the server's background work (the outbox woken by an earlier report, a worker's
		// poll) may land in one request's window, never fewer statements than the request's own.
		stmts = -1
		for range 5 {
			outboxIdle(t, e.db) // the outbox's work for the reports before is done
			proxy.Record()
			err := f()
			cmds := withoutTransactions(proxy.Stop(), outbox)
			if err != nil {
				t.Fatal(err)
			}
			if s, tr := counts(cmds); stmts < 0 || s < stmts {
				stmts, trips, texts = s, tr, nil
				for _, c := range cmds {
					if c.Statement() {
						texts = append(texts, strings.Join(strings.Fields(c.Text), " "))
					}
				}
			}
		}
		return stmts, trips, texts
	}
	for _, op := range []string{"launch", "submit"} {
		ss, st, stexts := measure(stack[op])
		bs, bt, btexts := measure(baseline[op])
		t.Logf("%s, stack (%d statements):\n  %s", op, ss, strings.Join(stexts, "\n  "))
		t.Logf("%s, baseline (%d statements):\n  %s", op, bs, strings.Join(btexts, "\n  "))
		report("device", "statements (round trips) per "+op, fmt.Sprintf("%d (%d)", ss, st), fmt.Sprintf("%d (%d)", bs, bt),
			fmt.Sprintf("%+d", ss-bs), "≤ baseline + 2"+okMark(ss <= bs+2))
	}
}
