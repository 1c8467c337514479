package bench

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/testutil"
)

// server is the built binary running on its own fresh MariaDB database.
type server struct {
	URL         string // http://127.0.0.1:PORT
	DatabaseURL string
	cmd         *exec.Cmd
}

// startServer runs ../bin/panicbutton serve (make bench builds it first) on a fresh MariaDB database with the
// given extra environment (KEY=VALUE), waits for /readyz, and stops it after the test.
func startServer(t testing.TB, env ...string) *server {
	t.Helper()
	return startServerOn(t, testutil.NewMySQLURL(t), env...)
}

// startServerOn is startServer on the database of databaseURL (several servers may share one, as instances do).
func startServerOn(t testing.TB, databaseURL string, env ...string) *server {
	t.Helper()
	bin, err := filepath.Abs("../bin/panicbutton")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("the built binary is missing (%v): run `make build` (make bench does)", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	s := &server{URL: "http://" + addr, DatabaseURL: databaseURL}
	s.cmd = exec.Command(bin, "serve")
	s.cmd.Env = append(os.Environ(), "PANIC_ADDR="+addr, "PUBLIC_URL="+s.URL, "DATABASE_URL="+s.DatabaseURL,
		"EMAIL_DIR="+t.TempDir(), "LOG_LEVEL=warn")
	s.cmd.Env = append(s.cmd.Env, env...)
	s.cmd.Stdout, s.cmd.Stderr = os.Stderr, os.Stderr
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = s.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = s.cmd.Process.Kill()
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(s.URL + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not ready at %s: %v", s.URL, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// RSS returns the server's resident memory now and its peak (VmRSS, VmHWM) in MB, from /proc.
func (s *server) RSS(t testing.TB) (now, peak float64) {
	m := s.memory(t)
	return m["VmRSS:"], m["VmHWM:"]
}

// memory is the server's memory figures of /proc/<pid>/status (VmRSS:, VmHWM:, RssAnon:, RssFile: …) in MB.
func (s *server) memory(t testing.TB) map[string]float64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && strings.HasSuffix(f[0], ":") {
			if kb, err := strconv.ParseFloat(f[1], 64); err == nil {
				out[f[0]] = kb / 1024
			}
		}
	}
	return out
}

// ratio formats a/b as "0.93×".
func ratio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

// CPU returns the CPU time (user + system) the server process has used so far, from /proc.
func (s *server) CPU(t testing.TB) time.Duration {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	// The fields after the command name (which is in parentheses and may hold spaces): utime and stime are the
	// 12th and 13th of them, in clock ticks (100 per second on Linux).
	fields := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}
