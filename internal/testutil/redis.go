package testutil

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Redis is a private redis-server started by a test.
type Redis struct {
	Addr string
	Port int
	cmd  *exec.Cmd
	dir  string
}

// StartRedis runs a private redis-server on 127.0.0.1 (port 0: a free one), stopped after the test. It fails
// on CI when redis-server is missing and skips elsewhere.
func StartRedis(t testing.TB, port int) *Redis {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("redis-server is required on CI")
		}
		t.Skip("redis-server not installed: apt-get install redis-server")
	}
	if port == 0 {
		port = FreePort(t)
	}
	r := &Redis{Addr: fmt.Sprintf("127.0.0.1:%d", port), Port: port, dir: t.TempDir()}
	r.cmd = exec.Command(bin, "--bind", "127.0.0.1", "--port", fmt.Sprint(port), "--save", "", "--appendonly", "no",
		"--dir", r.dir, "--logfile", filepath.Join(r.dir, "log"))
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	WaitTCP(t, r.Addr, 5*time.Second)
	t.Cleanup(r.Stop)
	return r
}

// Stop kills the server.
func (r *Redis) Stop() {
	if r.cmd != nil && r.cmd.Process != nil {
		_ = r.cmd.Process.Kill()
		_ = r.cmd.Wait()
		r.cmd = nil
	}
}

// FreePort returns a TCP port free on 127.0.0.1 at the time of the call.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// WaitTCP waits until addr accepts connections.
func WaitTCP(t testing.TB, addr string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not accepting connections: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
