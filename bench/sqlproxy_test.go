package bench

import (
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// sqlProxy is a TCP proxy between a MySQL client (the server, or a baseline's pool) and MariaDB that reads the
// client's side of the MySQL protocol and records every command it sends: the exact statements and round trips
// of one process, whatever else the shared MariaDB server is doing (its global status counters are not).
type sqlProxy struct {
	Addr string // host:port to put in a DATABASE_URL instead of MariaDB's

	l         net.Listener
	upstream  string
	mu        sync.Mutex
	recording bool
	cmds      []sqlCommand
}

// sqlCommand is one command a client sent (a packet with sequence number 0).
type sqlCommand struct {
	Conn int
	Code byte   // COM_QUERY 0x03, COM_STMT_PREPARE 0x16, COM_STMT_EXECUTE 0x17, COM_STMT_CLOSE 0x19, …
	Text string // the SQL of COM_QUERY and COM_STMT_PREPARE
	At   time.Time
}

const (
	comQuit        = 0x01
	comQuery       = 0x03
	comStmtPrepare = 0x16
	comStmtExecute = 0x17
	comStmtClose   = 0x19
)

// Statement reports whether the command runs a statement (a query, or an execution of a prepared one).
func (c sqlCommand) Statement() bool { return c.Code == comQuery || c.Code == comStmtExecute }

// RoundTrip reports whether the client waits for an answer to the command (all but COM_STMT_CLOSE and COM_QUIT).
func (c sqlCommand) RoundTrip() bool { return c.Code != comStmtClose && c.Code != comQuit }

// startSQLProxy listens on a loopback port and forwards to upstream (MariaDB's host:port) until the test ends.
func startSQLProxy(t testing.TB, upstream string) *sqlProxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &sqlProxy{Addr: l.Addr().String(), l: l, upstream: upstream}
	t.Cleanup(func() { l.Close() })
	go func() {
		for id := 1; ; id++ {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go p.serve(id, c)
		}
	}()
	return p
}

func (p *sqlProxy) serve(id int, client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", p.upstream)
	if err != nil {
		return
	}
	defer server.Close()
	go func() { _, _ = io.Copy(client, server); client.Close() }()
	var hdr [4]byte
	for {
		if _, err := io.ReadFull(client, hdr[:]); err != nil {
			return
		}
		n := int(hdr[0]) | int(hdr[1])<<8 | int(hdr[2])<<16
		payload := make([]byte, n)
		if _, err := io.ReadFull(client, payload); err != nil {
			return
		}
		if hdr[3] == 0 && n > 0 { // a new command (the handshake's packets have sequence numbers > 0)
			p.record(id, payload)
		}
		if _, err := server.Write(append(hdr[:], payload...)); err != nil {
			return
		}
	}
}

func (p *sqlProxy) record(conn int, payload []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.recording {
		return
	}
	c := sqlCommand{Conn: conn, Code: payload[0], At: time.Now()}
	if c.Code == comQuery || c.Code == comStmtPrepare {
		c.Text = string(payload[1:])
	}
	p.cmds = append(p.cmds, c)
}

// Record starts recording commands (forgetting earlier ones).
func (p *sqlProxy) Record() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.recording, p.cmds = true, nil
}

// Stop stops recording and returns the commands recorded since Record.
func (p *sqlProxy) Stop() []sqlCommand {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.recording = false
	return p.cmds
}

// withoutTransactions drops every transaction (BEGIN … COMMIT/ROLLBACK on one connection) that has a statement
// matching drop, and every statement outside a transaction matching drop: to leave out what a background
// worker did meanwhile.
func withoutTransactions(cmds []sqlCommand, drop func(sql string) bool) []sqlCommand {
	type txState struct {
		start   int
		dropped bool
	}
	open := map[int]*txState{}
	keep := make([]bool, len(cmds))
	for i, c := range cmds {
		keep[i] = true
		q := strings.ToUpper(strings.TrimSpace(c.Text))
		switch {
		case q == "START TRANSACTION" || q == "BEGIN":
			open[c.Conn] = &txState{start: i}
		case q == "COMMIT" || q == "ROLLBACK":
			if tx := open[c.Conn]; tx != nil {
				delete(open, c.Conn)
				if tx.dropped {
					for j := tx.start; j <= i; j++ {
						if cmds[j].Conn == c.Conn {
							keep[j] = false
						}
					}
				}
			}
		case c.Text != "" && drop(c.Text):
			if tx := open[c.Conn]; tx != nil {
				tx.dropped = true
			} else {
				keep[i] = false
			}
		}
	}
	var out []sqlCommand
	for i, c := range cmds {
		if keep[i] {
			out = append(out, c)
		}
	}
	return out
}

// counts returns the statements and round trips among cmds.
func counts(cmds []sqlCommand) (statements, roundTrips int) {
	for _, c := range cmds {
		if c.Statement() {
			statements++
		}
		if c.RoundTrip() {
			roundTrips++
		}
	}
	return statements, roundTrips
}
