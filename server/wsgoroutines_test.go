package main

import (
	"bytes"
	"context"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// serverGoroutines counts the goroutines of this process that are not a test client's (testutil.WSClient's
// reader, coder/websocket's client side): those the server runs.
func serverGoroutines() int {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	count := 0
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		if len(g) > 0 && !bytes.Contains(g, []byte("testutil.(*WSClient)")) {
			count++
		}
	}
	return count
}

// memory returns the bytes of goroutine stacks and of live heap objects.
func memory() (stacks, heap int64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/stacks:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64()), int64(s[1].Value.Uint64())
}

// An open socket with a live subscription costs the server one goroutine (the one reading it), not one per
// subscription plus the transport's own: a delivery is rendered and written by the feed's workers when an
// event comes, and nothing waits on the socket's behalf in between.
func TestWebsocket_OneGoroutinePerOpenSocket(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	admin := s.login(t, testAdmin)
	org := s.demoOrg(t).ID
	ctlID, _ := s.report(t, "SN-GOROUTINES")
	otherID, _ := s.report(t, "SN-GOROUTINES-2")
	control := publishing(t, s, events.Event{Kind: events.InterventionChanged, OrgID: org, InterventionID: atoi(t, ctlID)})

	// One socket first: the organization's own watchers (broker subscriptions, run loops) are not per socket.
	wsSubscribe(t, s.URL, admin, subChanged, control)
	settle := func() (int, int64, int64) {
		time.Sleep(200 * time.Millisecond) // short-lived goroutines (authentication) end
		runtime.GC()
		runtime.GC()
		st, h := memory()
		return serverGoroutines(), st, h
	}
	g0, st0, h0 := settle()
	const n = 50
	clients := make([]*testutil.WSClient, n)
	for i := range clients {
		clients[i] = wsSubscribe(t, s.URL, admin, subChanged, control)
	}
	g1, st1, h1 := settle()
	per := float64(g1-g0) / n
	t.Logf("%d sockets with a live subscription: %.2f server goroutines per socket; per socket, both ends: %.1f KB of stacks, %.1f KB of heap",
		n, per, float64(st1-st0)/n/1024, float64(h1-h0)/n/1024)
	if per > 1.2 {
		t.Fatalf("%.2f server goroutines per open socket with a subscription, want at most 1.2", per)
	}
	// They still deliver.
	publishing(t, s, events.Event{Kind: events.InterventionChanged, OrgID: org, InterventionID: atoi(t, otherID)})()
	for i, c := range clients {
		if _, err := c.Next("1", 5*time.Second); err != nil {
			t.Fatalf("socket %d: %v", i, err)
		}
	}
}

// The protocol's own close codes (the graphql-ws client's protocol): a subscribe before the acknowledgement (4401), a
// second connection_init (4429), an id already running (4409), a message that is not one (4400).
func TestWebsocket_ProtocolErrorsCloseWithTheProtocolsCodes(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	admin := s.login(t, testAdmin)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	init := `{"type":"connection_init","payload":{"authorization":"Bearer ` + admin + `"}}`
	sub := func(id string) string {
		return `{"id":"` + id + `","type":"subscribe","payload":{"query":"subscription { interventionChanged { id } }"}}`
	}
	for _, tc := range []struct {
		name string
		send []string
		want websocket.StatusCode
	}{
		{"subscribe before connection_init", []string{sub("1")}, 4401},
		{"two connection_init", []string{init, init}, 4429},
		{"an id already running", []string{init, sub("1"), sub("1")}, 4409},
		{"not a message", []string{init, `{"type":"hello"}`}, 4400},
		{"not JSON", []string{`nope`}, 4400},
	} {
		conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.URL, "http")+"/graphql",
			&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range tc.send {
			if err := conn.Write(ctx, websocket.MessageText, []byte(m)); err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
		}
		for {
			if _, _, err = conn.Read(ctx); err != nil {
				break
			}
		}
		if got := websocket.CloseStatus(err); got != tc.want {
			t.Errorf("%s: closed with %d (%v), want %d", tc.name, got, err, tc.want)
		}
		conn.CloseNow()
	}
}
