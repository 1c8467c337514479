package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestLoadConfig_DefaultsMatchTheDesign(t *testing.T) {
	cfg, err := LoadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "127.0.0.1:8080" || cfg.PublicURL.String() != "http://localhost:8080" ||
		cfg.DatabaseURL != "sqlite://data/panic.db" || cfg.EmailProvider != "file" || cfg.EmailDir != "data/mail" ||
		cfg.SendGridAPIURL != "https://api.sendgrid.com" || cfg.DemoData || !cfg.SessionSecretGenerated {
		t.Fatalf("defaults = %+v", cfg)
	}
}

func TestLoadConfig_InvalidValuesNameTheVariable(t *testing.T) {
	for _, tc := range []struct {
		env     map[string]string
		varName string
	}{
		{map[string]string{"PANIC_ADDR": "8080"}, "PANIC_ADDR"},
		{map[string]string{"PUBLIC_URL": "ftp://x"}, "PUBLIC_URL"},
		{map[string]string{"DATABASE_URL": "postgres://x/y"}, "DATABASE_URL"},
		{map[string]string{"EMAIL_PROVIDER": "smtp"}, "EMAIL_PROVIDER"},
		{map[string]string{"EMAIL_PROVIDER": "sendgrid"}, "SENDGRID_API_KEY"},
		{map[string]string{"SENDGRID_API_URL": "not a url"}, "SENDGRID_API_URL"},
		{map[string]string{"REDIS_URL": "http://x"}, "REDIS_URL"},
		{map[string]string{"SESSION_SECRET": "short"}, "SESSION_SECRET"},
		{map[string]string{"BOOTSTRAP_ADMIN_EMAIL": "root@example.com", "BOOTSTRAP_ADMIN_PASSWORD": "short"}, "BOOTSTRAP_ADMIN_PASSWORD"},
		{map[string]string{"BOOTSTRAP_ADMIN_PASSWORD": "long-enough-password"}, "BOOTSTRAP_ADMIN_EMAIL"},
		{map[string]string{"DEMO_DATA": "yes please"}, "DEMO_DATA"},
		{map[string]string{"DEMO_ADMIN_EMAIL": "nope"}, "DEMO_ADMIN_EMAIL"},
		{map[string]string{"DEMO_PASSWORD": "short"}, "DEMO_PASSWORD"},
		{map[string]string{"TRUSTED_PROXIES": "not-an-ip"}, "TRUSTED_PROXIES"},
		{map[string]string{"LOG_LEVEL": "loud"}, "LOG_LEVEL"},
	} {
		_, err := LoadConfig(func(k string) string { return tc.env[k] })
		if err == nil || !strings.Contains(err.Error(), tc.varName) {
			t.Errorf("%v: error %v does not name %s", tc.env, err, tc.varName)
		}
	}
}

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
