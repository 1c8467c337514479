// Package webhookstest runs a real webhook receiver for tests: a Node process (../testdata/receiver) that
// verifies every request with the npm standardwebhooks package, an implementation independent of the server's.
package webhookstest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// Request is one request the receiver got.
type Request struct {
	Name        string            `json:"name"`
	At          int64             `json:"at"`
	Headers     map[string]string `json:"headers"`
	ContentType string            `json:"contentType"`
	Body        string            `json:"body"`
	// Verified[i] is whether secret i registered for Name verifies the request (standardwebhooks' verify).
	Verified []bool `json:"verified"`
	Status   int    `json:"status"`
}

// Response is a scripted answer.
type Response struct {
	Status     int    `json:"status"`
	RetryAfter string `json:"retryAfter,omitempty"`
	Location   string `json:"location,omitempty"`
	Hang       bool   `json:"hang,omitempty"`
}

// Receiver is the running receiver.
type Receiver struct {
	URL string // http://127.0.0.1:PORT
	t   testing.TB
}

var installOnce sync.Once

// dir is the receiver's folder.
func dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "receiver")
}

// Start runs a receiver until the test ends (npm-installing its one dependency the first time).
func Start(t testing.TB) *Receiver {
	t.Helper()
	d := dir()
	var installErr error
	installOnce.Do(func() {
		if _, err := os.Stat(filepath.Join(d, "node_modules", "standardwebhooks")); err == nil {
			return
		}
		cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir = d
		if out, err := cmd.CombinedOutput(); err != nil {
			installErr = fmt.Errorf("npm ci in %s: %v\n%s", d, err, out)
		}
	})
	if installErr != nil {
		t.Fatal(installErr)
	}
	cmd := exec.Command("node", "receiver.mjs")
	cmd.Dir = d
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
		t.Fatalf("start the webhook receiver (node): %v", err)
	}
	t.Cleanup(func() {
		_ = stdin.Close()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "listening ") {
		t.Fatalf("webhook receiver did not start: %q %v", line, err)
	}
	return &Receiver{URL: "http://127.0.0.1:" + strings.TrimSpace(strings.TrimPrefix(line, "listening ")), t: t}
}

// Endpoint is the URL of the endpoint name.
func (r *Receiver) Endpoint(name string) string { return r.URL + "/hook/" + name }

func (r *Receiver) post(path string, v any) {
	r.t.Helper()
	b, _ := json.Marshal(v)
	resp, err := http.Post(r.URL+path, "application/json", bytes.NewReader(b))
	if err != nil {
		r.t.Fatal(err)
	}
	resp.Body.Close()
}

// SetSecrets sets the secrets name's requests are verified with (Request.Verified follows their order).
func (r *Receiver) SetSecrets(name string, secrets ...string) {
	r.post("/_secrets", map[string]any{"name": name, "secrets": secrets})
}

// Script sets name's next answers (then 200).
func (r *Receiver) Script(name string, responses ...Response) {
	r.post("/_script", map[string]any{"name": name, "responses": responses})
}

// Log is every request so far, in order; with names, only those endpoints'.
func (r *Receiver) Log(names ...string) []Request {
	r.t.Helper()
	resp, err := http.Get(r.URL + "/_log")
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	var all []Request
	if err := json.NewDecoder(resp.Body).Decode(&all); err != nil {
		r.t.Fatal(err)
	}
	if len(names) == 0 {
		return all
	}
	var out []Request
	for _, q := range all {
		for _, n := range names {
			if q.Name == n {
				out = append(out, q)
			}
		}
	}
	return out
}

// Wait waits until name has at least n requests and returns them.
func (r *Receiver) Wait(name string, n int, within time.Duration) []Request {
	r.t.Helper()
	deadline := time.Now().Add(within)
	for {
		got := r.Log(name)
		if len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("endpoint %s got %d requests in %s, want %d", name, len(got), within, n)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
