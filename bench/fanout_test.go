package bench

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"
	"golang.org/x/sync/errgroup"

	"github.com/panicbutton/panicbutton/internal/testutil"
)

// Live fan-out: 2,000 graphql-ws subscribers of one organization on real websockets to the built binary
// (1,800 sockets of an admin's session, 200 of a technician's, who is assigned to the intervention), then
// status changes through the API; every subscriber must receive every change.
const (
	fanoutAdmins      = 1800
	fanoutTechnicians = 200
	fanoutEvents      = 60
	fanoutPassword    = "bench-fanout-2026"
)

func TestFanout(t *testing.T) {
	requireBench(t)
	raiseFileLimit(t, 2*(fanoutAdmins+fanoutTechnicians)+1024) // both ends of every socket, inherited by the server
	proxy := startFanoutSQLCounter(t, testutil.MySQLServer()[strings.Index(testutil.MySQLServer(), "@")+1:])
	dbURL := testutil.NewMySQLURL(t)
	dbURL = strings.Replace(dbURL, "@"+proxy.upstream+"/", "@"+proxy.addr+"/", 1)
	env := []string{"DATABASE_URL=" + dbURL, "DEMO_DATA=true", "DEMO_PASSWORD=" + fanoutPassword, "DEMO_INTERVENTIONS=1"}
	if l := os.Getenv("PB_FANOUT_GOMEMLIMIT"); l != "" {
		// The server alone runs with this memory limit (not this process, whose 2,000 clients would pay for it).
		env = append(env, "GOMEMLIMIT="+l)
		t.Logf("server GOMEMLIMIT=%s", l)
	}
	s := startServer(t, env...)
	ctx := context.Background()

	admin, _ := fanoutLogin(t, s, "admin@demo.example")
	tech, techID := fanoutLogin(t, s, "tech@demo.example")
	var data struct {
		Interventions struct {
			Edges []struct{ Node struct{ ID string } }
		}
		InterventionStatuses []struct{ ID, Name string }
	}
	fanoutGQL(t, s, admin, `{ interventions(first: 1) { edges { node { id } } } interventionStatuses { id name } }`, nil, &data)
	if len(data.Interventions.Edges) == 0 || len(data.InterventionStatuses) < 2 {
		t.Fatalf("the demo organization has no intervention or fewer than two statuses: %+v", data)
	}
	iid := data.Interventions.Edges[0].Node.ID
	statuses := []string{data.InterventionStatuses[0].ID, data.InterventionStatuses[1].ID}
	fanoutGQL(t, s, admin, `mutation($id: ID!, $t: [ID!]!) { assignIntervention(id: $id, technicianIds: $t) { id } }`,
		map[string]any{"id": iid, "t": []string{techID}}, nil)
	change := func(i int) {
		fanoutGQL(t, s, admin, `mutation($id: ID!, $s: ID!) { changeInterventionStatus(id: $id, statusId: $s) { id } }`,
			map[string]any{"id": iid, "s": statuses[i%2]}, nil)
	}

	// The mutation's own statements, with nobody listening.
	time.Sleep(500 * time.Millisecond)
	before := proxy.statements()
	for i := range fanoutEvents {
		change(i)
	}
	mutationOnly := float64(proxy.statements()-before) / fanoutEvents
	idle, _ := s.RSS(t)

	// 2,000 subscribers.
	n := fanoutAdmins + fanoutTechnicians
	clients := make([]*fanoutClient, n)
	started := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(64)
	for i := range clients {
		token := admin
		if i >= fanoutAdmins {
			token = tech
		}
		g.Go(func() error {
			c, err := dialFanout(gctx, s.URL, token)
			clients[i] = c
			return err
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatalf("subscribers: %v", err)
	}
	t.Cleanup(func() {
		for _, c := range clients {
			c.conn.CloseNow()
		}
	})
	t.Logf("%d subscribers connected in %s", n, time.Since(started).Round(time.Millisecond))

	// Every subscriber is live once each has received a change.
	var round atomic.Int64
	for i := 0; ; i++ {
		change(i)
		time.Sleep(300 * time.Millisecond)
		live := 0
		for _, c := range clients {
			if c.count.Load() > 0 {
				live++
			}
		}
		if live == n {
			break
		}
		if i > 40 {
			t.Fatalf("only %d of %d subscribers receive events", live, n)
		}
	}
	time.Sleep(time.Second)
	for _, c := range clients {
		c.base.Store(c.count.Load())
		c.armed.Store(true)
	}
	withSubscribers, _ := s.RSS(t)
	time.Sleep(10 * time.Second) // idle: the runtime returns what the connections' burst no longer uses
	settled, _ := s.RSS(t)
	anon, file := fanoutRSSKinds(t, s)

	// The measured events, one at a time: each is timed from the moment its mutation is sent until every
	// subscriber has it.
	before = proxy.statements()
	serverCPU0, benchCPU0, load0 := fanoutCPU(t, s)
	var lat []time.Duration
	missed := 0
	for k := 1; k <= fanoutEvents; k++ {
		round.Store(int64(k))
		t0 := time.Now()
		for _, c := range clients {
			c.t0.Store(t0.UnixNano())
		}
		change(k)
		deadline := time.Now().Add(10 * time.Second)
		for {
			done := 0
			for _, c := range clients {
				if c.count.Load()-c.base.Load() >= int64(k) {
					done++
				}
			}
			if done == n {
				break
			}
			if time.Now().After(deadline) {
				missed += n - done
				break
			}
			time.Sleep(2 * time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
	}
	perEvent := float64(proxy.statements()-before)/fanoutEvents - mutationOnly
	serverCPU1, benchCPU1, load1 := fanoutCPU(t, s)
	for _, c := range clients {
		c.mu.Lock()
		lat = append(lat, c.latencies...)
		c.mu.Unlock()
	}
	if missed > 0 || len(lat) != n*fanoutEvents {
		t.Errorf("%d deliveries missed, %d latencies for %d subscribers × %d events", missed, len(lat), n, fanoutEvents)
	}
	slices.Sort(lat)
	p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
	_, peak := s.RSS(t)

	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
	report("fan-out", fmt.Sprintf("delivery p50 / p99, %d subscribers, %d events", n, fanoutEvents),
		ms(p(0.5))+" / "+ms(p(0.99)), "—", "—", "p99 < 100 ms"+okMark(p(0.99) < 100*time.Millisecond))
	report("fan-out", "CPU per event: server / this benchmark's 2,000 clients (2 cores, shared)",
		fmt.Sprintf("%.0f ms / %.0f ms (%.0f µs per delivery on the server)", (serverCPU1-serverCPU0).Seconds()*1000/fanoutEvents,
			(benchCPU1-benchCPU0).Seconds()*1000/fanoutEvents, (serverCPU1-serverCPU0).Seconds()*1e6/fanoutEvents/float64(n)),
		fmt.Sprintf("load average %.1f → %.1f", load0, load1), "—", "—")
	report("fan-out", "SQL statements per event (beyond the mutation's own)",
		fmt.Sprintf("%.1f", perEvent), fmt.Sprintf("%.1f (the mutation alone)", mutationOnly), "—", "≤ 20"+okMark(perEvent <= 20))
	report("fan-out", fmt.Sprintf("server RSS with %d subscribers: once connected / after 10 s idle", n),
		fmt.Sprintf("%.0f MB / %.0f MB (%.1f KB per socket)", withSubscribers, settled, (settled-idle)*1024/float64(n)),
		fmt.Sprintf("%.0f MB without subscribers", idle), ratio(settled, idle), "< 150 MB"+okMark(settled < 150))
	report("fan-out", fmt.Sprintf("server RSS with %d subscribers after 10 s idle: anonymous (heap, stacks) / file-backed (the executable's code and tables)", n),
		fmt.Sprintf("%.0f MB / %.0f MB", anon, file), "—", "—", "—")
	report("fan-out", "peak server RSS, fan-out run", fmt.Sprintf("%.0f MB", peak), "—", "—", "< 200 MB"+okMark(peak < 200))
}

// fanoutClient is one cheap graphql-transport-ws subscriber: a socket and one goroutine reading it.
type fanoutClient struct {
	conn        *websocket.Conn
	count, base atomic.Int64
	armed       atomic.Bool
	t0          atomic.Int64
	mu          sync.Mutex
	latencies   []time.Duration
}

func dialFanout(ctx context.Context, baseURL, token string) (*fanoutClient, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(baseURL, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return nil, err
	}
	c := &fanoutClient{conn: conn}
	send := func(v any) error {
		b, _ := json.Marshal(v)
		return conn.Write(ctx, websocket.MessageText, b)
	}
	if err := send(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + token}}); err != nil {
		return nil, err
	}
	for {
		_, b, err := conn.Read(ctx)
		if err != nil {
			return nil, fmt.Errorf("connection_init: %w", err)
		}
		if bytes.Contains(b, []byte(`"connection_ack"`)) {
			break
		}
		if !bytes.Contains(b, []byte(`"ka"`)) && !bytes.Contains(b, []byte(`"ping"`)) {
			return nil, fmt.Errorf("connection_init: %s", b)
		}
	}
	if err := send(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
		"query": `subscription { interventionChanged { id reference status { name } } }`}}); err != nil {
		return nil, err
	}
	go c.read()
	return c, nil
}

func (c *fanoutClient) read() {
	for {
		_, b, err := c.conn.Read(context.Background())
		if err != nil {
			return
		}
		switch {
		case bytes.Contains(b, []byte(`"type":"next"`)):
			if c.armed.Load() {
				d := time.Since(time.Unix(0, c.t0.Load()))
				c.mu.Lock()
				c.latencies = append(c.latencies, d)
				c.mu.Unlock()
			}
			c.count.Add(1)
		case bytes.Contains(b, []byte(`"type":"ping"`)):
			_ = c.conn.Write(context.Background(), websocket.MessageText, []byte(`{"type":"pong"}`))
		}
	}
}

func fanoutLogin(t *testing.T, s *server, email string) (token, userID string) {
	var out struct {
		Login struct {
			Token string
			User  struct{ ID string }
		}
	}
	fanoutGQL(t, s, "", `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }`,
		map[string]any{"e": email, "p": fanoutPassword}, &out)
	return out.Login.Token, out.Login.User.ID
}

// fanoutHTTP sends the benchmark's queries and mutations: a request that gets no answer fails the run instead
// of hanging it.
var fanoutHTTP = &http.Client{Timeout: 30 * time.Second}

func fanoutGQL(t *testing.T, s *server, token, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := fanoutHTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	if len(r.Errors) > 0 {
		t.Fatalf("%s: %+v", query, r.Errors)
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			t.Fatal(err)
		}
	}
}

// fanoutSQLCounter is a TCP proxy in front of MariaDB that counts the commands the server sends: the
// statements of this server alone, whatever else runs on the shared MariaDB. A command is a client packet
// with sequence number 0; its first byte says which (MySQL client/server protocol).
type fanoutSQLCounter struct {
	addr, upstream string
	queries        atomic.Int64 // COM_QUERY (text statements, including BEGIN/COMMIT)
	executes       atomic.Int64 // COM_STMT_EXECUTE (prepared statements)
	prepares       atomic.Int64 // COM_STMT_PREPARE
}

func (p *fanoutSQLCounter) statements() int64 { return p.queries.Load() + p.executes.Load() }

func startFanoutSQLCounter(t *testing.T, upstream string) *fanoutSQLCounter {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &fanoutSQLCounter{addr: l.Addr().String(), upstream: upstream}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go p.serve(c)
		}
	}()
	return p
}

func (p *fanoutSQLCounter) serve(client net.Conn) {
	defer client.Close()
	up, err := net.Dial("tcp", p.upstream)
	if err != nil {
		return
	}
	defer up.Close()
	go func() { _, _ = io.Copy(client, up); client.Close() }()
	hdr := make([]byte, 4)
	buf := make([]byte, 0, 4096)
	for {
		if _, err := io.ReadFull(client, hdr); err != nil {
			return
		}
		n := int(binary.LittleEndian.Uint32(append(hdr[:3:3], 0)))
		if cap(buf) < n {
			buf = make([]byte, n)
		}
		buf = buf[:n]
		if _, err := io.ReadFull(client, buf); err != nil {
			return
		}
		if hdr[3] == 0 && n > 0 {
			switch buf[0] {
			case 0x03:
				p.queries.Add(1)
			case 0x16:
				p.prepares.Add(1)
			case 0x17:
				p.executes.Add(1)
			}
		}
		if _, err := up.Write(append(hdr, buf...)); err != nil {
			return
		}
	}
}

// raiseFileLimit raises this process's open-file limit (inherited by the server it starts) to at least n.
func raiseFileLimit(t *testing.T, n uint64) {
	var l syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		t.Fatal(err)
	}
	if l.Cur >= n {
		return
	}
	if l.Max < n {
		t.Fatalf("open-file limit %d (hard %d) is below the %d sockets this measurement needs: raise ulimit -Hn", l.Cur, l.Max, n)
	}
	l.Cur = n
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		t.Fatal(err)
	}
}

// fanoutRSSKinds splits the server's resident memory now (MB, from /proc): anonymous pages (Go heap, stacks,
// runtime) and file-backed ones (the pages of the executable it has touched, shared with the page cache).
func fanoutRSSKinds(t *testing.T, s *server) (anon, file float64) {
	m := s.memory(t)
	return m["RssAnon:"], m["RssFile:"]
}

// fanoutCPU returns the CPU time the server and this process have used so far, and the load average.
func fanoutCPU(t *testing.T, s *server) (serverCPU, self time.Duration, load float64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	// Fields after the command name (in parentheses): utime and stime are the 12th and 13th, in clock ticks.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	serverCPU = time.Duration(ut+st) * time.Second / 100 // USER_HZ
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	self = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		load, _ = strconv.ParseFloat(strings.Fields(string(la))[0], 64)
	}
	return serverCPU, self, load
}
