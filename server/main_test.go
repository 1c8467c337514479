package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestRun_ConfigAndUsageErrorsExitWithCode2(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"serve"}, map[string]string{"DATABASE_URL": "oracle://x"}, "DATABASE_URL"},
		{[]string{"migrate"}, map[string]string{"EMAIL_PROVIDER": "pigeon"}, "EMAIL_PROVIDER"},
		{[]string{"frobnicate"}, nil, "unknown command"},
		{[]string{"serve", "extra"}, nil, "unexpected argument"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tc.args, func(k string) string { return tc.env[k] }, &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr.String(), tc.want)
		}
	}
}

func TestRun_MigrateCommandMigratesAndExits(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	env := map[string]string{"DATABASE_URL": "sqlite://" + dir + "/m.db"}
	if code := run(context.Background(), []string{"migrate"}, func(k string) string { return env[k] }, &stdout, &stderr); code != 0 {
		t.Fatalf("migrate exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "database migrated") {
		t.Fatalf("log: %s", stderr.String())
	}
}

// The built binary, not only run: a bad value stops it with exit code 2 and a message naming the variable,
// before it opens the database or listens.
func TestBinary_InvalidVariableExitsWithCode2NamingIt(t *testing.T) {
	bin := panicbuttonBinary(t)
	for _, tc := range []struct{ args, env []string }{
		{[]string{"serve"}, []string{"SNMP_POLL_INTERVAL=1s"}},
		{[]string{"migrate"}, []string{"DATABASE_URL=oracle://x"}},
		{nil, []string{"CORS_ALLOWED_ORIGINS=*"}},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, bin, tc.args...)
		cmd.Env = append(append(os.Environ(), "PANIC_ADDR=127.0.0.1:0", "DATABASE_URL=sqlite://"+t.TempDir()+"/x.db"), tc.env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		cancel()
		name := strings.SplitN(tc.env[0], "=", 2)[0]
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(stderr.String(), "invalid "+name+":") {
			t.Errorf("%v %v: %v, stderr %q; want exit 2 naming %s", tc.env, tc.args, err, stderr.String(), name)
		}
	}
}
