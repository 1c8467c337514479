package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// guideSample is a fenced code block of docs/partners.md whose first line names it ("# sample: x", "// sample: x").
type guideSample struct{ name, lang, code string }

var sampleName = regexp.MustCompile(`^(?:#|//) sample: ([a-z0-9-]+)$`)

func guideSamples(t *testing.T) []guideSample {
	t.Helper()
	f, err := os.Open("../docs/partners.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []guideSample
	var cur *guideSample
	var body []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case cur == nil && strings.HasPrefix(line, "```") && len(line) > 3:
			cur = &guideSample{lang: strings.TrimPrefix(line, "```")}
			body = nil
		case cur != nil && line == "```":
			if len(body) > 0 {
				if m := sampleName.FindStringSubmatch(body[0]); m != nil {
					cur.name, cur.code = m[1], strings.Join(body, "\n")+"\n"
					out = append(out, *cur)
				}
			}
			cur = nil
		case cur != nil:
			body = append(body, line)
		}
	}
	return out
}

// Issue 15: the partner guide's samples run against the real server (HTTP and websockets), so they cannot rot:
// each must exit 0 and print what it promises.
func TestPartnerGuide_SamplesRun(t *testing.T) {
	samples := guideSamples(t)
	want := map[string]string{ // what each sample must print
		"first-query":         `"totalCount":`,
		"paginate":            " interventions",
		"create-intervention": `"origin":"API","externalRef":"ERP-4711"`,
		"subscribe":           "changed: PB-",
		"webhook-node":        "verified intervention.created PB-",
		"webhook-go":          "verified webhook.test ",
	}
	if len(samples) < len(want) {
		t.Fatalf("docs/partners.md has %d runnable samples, want at least %d", len(samples), len(want))
	}
	modules, err := filepath.Abs("../docs/partners/node_modules")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(modules); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the guide's JavaScript samples need docs/partners/node_modules (make ui-deps): %v", err)
		}
		t.Skipf("docs/partners/node_modules missing: run `make ui-deps`")
	}
	// The samples' receivers listen on 127.0.0.1, which webhooks refuse unless the operator allows it.
	s := newTestServer(t, "sqlite", map[string]string{"WEBHOOK_ALLOWED_RANGES": "127.0.0.0/8", "WEBHOOK_POLL_INTERVAL": "20ms"})
	s.runWebhooks(t) // the webhook samples wait for their deliveries
	s.registered(t, "SN-GUIDE-1", map[string]any{"location": "Guide"}, "")
	s.report(t, "SN-GUIDE-2")
	admin := s.loginAs(t, testAdmin, testPassword)
	key := s.apiKey(t, admin, "guide", "interventions:read", "interventions:write", "printers:read", "webhooks:manage")

	dir := t.TempDir()
	if err := os.Symlink(modules, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	for _, sm := range samples {
		t.Run(sm.name, func(t *testing.T) {
			var cmd *exec.Cmd
			ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
			defer cancel()
			switch sm.lang {
			case "sh":
				cmd = exec.CommandContext(ctx, "bash", "-euo", "pipefail", "-c", sm.code)
			case "js":
				file := filepath.Join(dir, sm.name+".mjs")
				if err := os.WriteFile(file, []byte(sm.code), 0o644); err != nil {
					t.Fatal(err)
				}
				cmd = exec.CommandContext(ctx, "node", file)
			case "go":
				// Inside the module, so its imports resolve from go.mod (the Standard Webhooks library is a requirement).
				gdir, err := os.MkdirTemp(".", ".guide-sample-")
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.RemoveAll(gdir) })
				file, _ := filepath.Abs(filepath.Join(gdir, "main.go"))
				if err := os.WriteFile(file, []byte(sm.code), 0o644); err != nil {
					t.Fatal(err)
				}
				cmd = exec.CommandContext(ctx, "go", "run", file)
			default:
				t.Fatalf("sample %s: no runner for %q", sm.name, sm.lang)
			}
			if cmd.Dir == "" && sm.lang != "go" {
				cmd.Dir = dir
			}
			cmd.WaitDelay = 5 * time.Second // `go run`'s child keeps the output open after a timeout kill
			cmd.Env = append(os.Environ(), "PB_URL="+s.URL, "PB_KEY="+key, "PB_SERIAL=SN-GUIDE-1")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("sample %s failed: %v\n%s", sm.name, err, out)
			}
			if w, ok := want[sm.name]; ok && !strings.Contains(string(out), w) {
				t.Fatalf("sample %s printed %q, want it to contain %q", sm.name, out, w)
			}
			if strings.Contains(string(out), `"errors"`) {
				t.Fatalf("sample %s got GraphQL errors: %s", sm.name, out)
			}
		})
	}
}
