package config

import (
	"errors"
	"flag"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/mail"
)

func load(env map[string]string) (*Config, error) {
	return Load(func(k string) string { return env[k] })
}

func TestLoadConfig_DefaultsMatchTheDesign(t *testing.T) {
	cfg, err := Load(func(string) string { return "" })
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
		_, err := Load(func(k string) string { return tc.env[k] })
		if err == nil || !strings.Contains(err.Error(), tc.varName) {
			t.Errorf("%v: error %v does not name %s", tc.env, err, tc.varName)
		}
	}
}

func TestLoadConfig_IdentityVariablesAreValidated(t *testing.T) {
	for _, tc := range []struct {
		env     map[string]string
		varName string
	}{
		{map[string]string{"CORS_ALLOWED_ORIGINS": "https://ok.example, ftp://nope"}, "CORS_ALLOWED_ORIGINS"},
		{map[string]string{"CORS_ALLOWED_ORIGINS": "https://ok.example/path"}, "CORS_ALLOWED_ORIGINS"},
		{map[string]string{"ALLOWED_ORIGINS": "*"}, "ALLOWED_ORIGINS"},
		{map[string]string{"GRAPHQL_INTROSPECTION": "maybe"}, "GRAPHQL_INTROSPECTION"},
		{map[string]string{"GRAPHQL_MAX_DEPTH": "1"}, "GRAPHQL_MAX_DEPTH"},
		{map[string]string{"GRAPHQL_MAX_COMPLEXITY": "lots"}, "GRAPHQL_MAX_COMPLEXITY"},
		{map[string]string{"LOGIN_MAX_FAILURES_PER_ACCOUNT": "0"}, "LOGIN_MAX_FAILURES_PER_ACCOUNT"},
		{map[string]string{"LOGIN_MAX_FAILURES_PER_ADDRESS": "-3"}, "LOGIN_MAX_FAILURES_PER_ADDRESS"},
		{map[string]string{"LOGIN_LOCKOUT_WINDOW": "forever"}, "LOGIN_LOCKOUT_WINDOW"},
		{map[string]string{"EMAIL_FROM": "not an address"}, "EMAIL_FROM"},
	} {
		_, err := Load(func(k string) string { return tc.env[k] })
		if err == nil || !strings.Contains(err.Error(), tc.varName) {
			t.Errorf("%v: error %v does not name %s", tc.env, err, tc.varName)
		}
	}
	cfg, err := Load(func(k string) string {
		return map[string]string{"PUBLIC_URL": "https://panic.example.com:8443/app"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(cfg.AllowedOrigins, ",") != "https://panic.example.com:8443" || !cfg.GraphQLIntrospection ||
		cfg.GraphQLMaxDepth != 15 || cfg.GraphQLMaxComplexity != 5000 || cfg.LoginLockout != auth.DefaultLockout ||
		cfg.EmailFrom.Email != "no-reply@panic.example.com" {
		t.Fatalf("defaults: %+v", cfg)
	}
}

func TestLoadConfig_SNMPPolling(t *testing.T) {
	cfg, err := load(nil)
	if err != nil || cfg.SNMPPollInterval != 5*time.Minute || cfg.SNMPPollConcurrency != 16 || cfg.PrinterSilentAfter != 72*time.Hour {
		t.Fatalf("defaults: %+v %v", cfg, err)
	}
	cfg, err = load(map[string]string{"SNMP_POLL_INTERVAL": "0", "SNMP_POLL_CONCURRENCY": "64"})
	if err != nil || cfg.SNMPPollInterval != 0 || cfg.SNMPPollConcurrency != 64 {
		t.Fatalf("off, 64: %+v %v", cfg, err)
	}
	for _, tc := range []struct{ k, v string }{
		{"SNMP_POLL_INTERVAL", "often"}, {"SNMP_POLL_INTERVAL", "1s"}, {"SNMP_POLL_INTERVAL", "-5m"},
		{"SNMP_POLL_CONCURRENCY", "0"}, {"SNMP_POLL_CONCURRENCY", "many"}, {"SNMP_POLL_CONCURRENCY", "5000"},
	} {
		_, err := load(map[string]string{tc.k: tc.v})
		if ce, ok := err.(*Error); !ok || ce.Var != tc.k {
			t.Errorf("%s=%s: %v, want an *Error naming it", tc.k, tc.v, err)
		}
	}
}

// badValues has, for every variable of the table, values Load refuses with an *Error naming that variable.
// A value here may need another variable set (the env field) to be bad.
var badValues = map[string][]struct {
	v   string
	env map[string]string
}{
	"PANIC_ADDR":                     {{v: "8080"}, {v: "localhost"}},
	"PUBLIC_URL":                     {{v: "ftp://x"}, {v: "panic.example.com"}, {v: "https://"}},
	"DATABASE_URL":                   {{v: "postgres://x/y"}, {v: "sqlite://"}, {v: "mysql://host"}},
	"EMAIL_PROVIDER":                 {{v: "smtp"}},
	"API_KEY_COST_BUDGET":            {{v: "0"}, {v: "lots"}},
	"API_KEY_COST_WINDOW":            {{v: "500ms"}, {v: "hourly"}},
	"EMAIL_DIR":                      nil, // any path; the file provider reports one it cannot write
	"SENDGRID_API_KEY":               {{v: "", env: map[string]string{"EMAIL_PROVIDER": "sendgrid"}}},
	"SENDGRID_API_URL":               {{v: "not a url"}, {v: "ftp://api.sendgrid.com"}},
	"REDIS_URL":                      {{v: "http://x"}, {v: "redis://"}},
	"SESSION_SECRET":                 {{v: "short"}, {v: strings.Repeat("x", 31)}},
	"SESSION_TTL":                    {{v: "12"}, {v: "30s"}, {v: "forever"}},
	"CORS_ALLOWED_ORIGINS":           {{v: "*"}, {v: "https://a.example/path"}, {v: "https://u@a.example"}, {v: "https://a.example?q=1"}},
	"ALLOWED_ORIGINS":                {{v: "*"}},
	"GRAPHQL_INTROSPECTION":          {{v: "maybe"}},
	"GRAPHQL_MAX_DEPTH":              {{v: "1"}, {v: "deep"}},
	"GRAPHQL_MAX_COMPLEXITY":         {{v: "9"}, {v: "lots"}},
	"LOGIN_MAX_FAILURES_PER_ACCOUNT": {{v: "0"}, {v: "five"}},
	"LOGIN_MAX_FAILURES_PER_ADDRESS": {{v: "-3"}},
	"LOGIN_LOCKOUT_WINDOW":           {{v: "500ms"}, {v: "forever"}},
	"EMAIL_FROM":                     {{v: "not an address"}, {v: "Panic Button <no-reply>"}},
	"EMAIL_SENDER_DOMAINS":           {{v: "someone@example.com"}, {v: "example.com, nodot"}},
	"METRICS_TOKEN":                  {{v: "too-short"}},
	"SNMP_ALLOWED_RANGES":            {{v: "127.0.0.1"}, {v: "10.0.0.0/8, not-a-cidr"}},
	"TRUSTED_PROXIES":                {{v: "not-an-ip"}, {v: "10.0.0.0/33"}},
	"BOOTSTRAP_ADMIN_EMAIL": {{v: "nope", env: map[string]string{"BOOTSTRAP_ADMIN_PASSWORD": "long-enough-password"}},
		{v: "", env: map[string]string{"BOOTSTRAP_ADMIN_PASSWORD": "long-enough-password"}}},
	"BOOTSTRAP_ADMIN_PASSWORD": {{v: "short", env: map[string]string{"BOOTSTRAP_ADMIN_EMAIL": "root@example.com"}},
		{v: "", env: map[string]string{"BOOTSTRAP_ADMIN_EMAIL": "root@example.com"}}},
	"DEMO_DATA":                {{v: "yes please"}},
	"DEMO_PRINTER_CODE":        {{v: "abc"}, {v: strings.Repeat("A", 33)}},
	"DEMO_ADMIN_EMAIL":         {{v: "nope"}},
	"DEMO_TECH_EMAIL":          {{v: "nope"}},
	"DEMO_PASSWORD":            {{v: "short"}},
	"DEMO_INTERVENTIONS":       {{v: "-1"}, {v: "1000001"}, {v: "many"}},
	"OUTBOX_WORKERS":           {{v: "0"}, {v: "257"}},
	"OUTBOX_LEASE":             {{v: "500ms"}, {v: "2"}},
	"OUTBOX_POLL_INTERVAL":     {{v: "1ms"}, {v: "often"}},
	"OUTBOX_MAX_ATTEMPTS":      {{v: "0"}, {v: "101"}},
	"SNMP_POLL_INTERVAL":       {{v: "often"}, {v: "1s"}, {v: "-5m"}},
	"SNMP_POLL_CONCURRENCY":    {{v: "0"}, {v: "many"}, {v: "5000"}},
	"LOG_LEVEL":                {{v: "loud"}},
	"WEBHOOK_ALLOWED_RANGES":   {{v: "127.0.0.1"}, {v: "10.0.0.0/8, nope"}},
	"WEBHOOK_RETRY_SCHEDULE":   {{v: "5s,soon"}, {v: "5s,-1m"}, {v: strings.Repeat("1s,", 20) + "1s"}},
	"WEBHOOK_DISABLE_AFTER":    {{v: "500ms"}, {v: "days"}},
	"WEBHOOK_ROTATION_OVERLAP": {{v: "0"}, {v: "a day"}},
	"WEBHOOK_TIMEOUT":          {{v: "1ms"}, {v: "15"}},
	"WEBHOOK_WORKERS":          {{v: "0"}, {v: "65"}},
	"WEBHOOK_POLL_INTERVAL":    {{v: "1ms"}, {v: "often"}},
	"LOG_FORMAT":               {{v: "xml"}},
	"TRACKING_LINK_DAYS":       {{v: "0"}, {v: "3651"}, {v: "week"}},
	"INBOUND_EMAIL_DOMAIN":     {{v: "reply@example.com"}, {v: "nodot"}},
	"INBOUND_WEBHOOK_USER":     {{v: "send:grid", env: map[string]string{"INBOUND_WEBHOOK_PASSWORD": "a-long-enough-password"}}},
	"INBOUND_WEBHOOK_PASSWORD": {{v: "too-short", env: map[string]string{"INBOUND_WEBHOOK_USER": "sendgrid"}},
		{v: "", env: map[string]string{"INBOUND_WEBHOOK_USER": "sendgrid"}}},
	"INBOUND_MAX_BYTES":    {{v: "1000"}, {v: "big"}},
	"PRINTER_SILENT_AFTER": {{v: "soon"}, {v: "1m"}, {v: "-1h"}},
}

func TestLoad_EveryVariableRefusesABadValueNamingIt(t *testing.T) {
	var covered []string
	for name := range badValues {
		covered = append(covered, name)
	}
	if names := Names(); !sameSet(names, covered) {
		t.Fatalf("badValues covers %v; the table has %v", sorted(covered), sorted(names))
	}
	for name, cases := range badValues {
		for _, tc := range cases {
			env := map[string]string{name: tc.v}
			for k, v := range tc.env {
				env[k] = v
			}
			_, err := load(env)
			var ce *Error
			if !errors.As(err, &ce) || ce.Var != name || !strings.HasPrefix(err.Error(), "invalid "+name+": ") {
				t.Errorf("%v: %v, want an *Error naming %s", env, err, name)
			}
		}
	}
}

// Every literal default is a value the variable's parser accepts and gives the same Config as leaving it unset.
func TestLoad_EachDefaultIsTheValueOfAnUnsetVariable(t *testing.T) {
	unset := mustLoad(t, nil)
	for _, v := range Vars() {
		if v.Default == "" {
			continue
		}
		if got := mustLoad(t, map[string]string{v.Name: v.Default}); !reflect.DeepEqual(got, unset) {
			t.Errorf("%s=%s gives %+v; unset gives %+v", v.Name, v.Default, got, unset)
		}
	}
	if unset.OutboxWorkers != mail.DefaultOutboxWorkers || unset.OutboxLease != mail.DefaultOutboxLease ||
		unset.OutboxPoll != mail.DefaultOutboxPollInterval || unset.OutboxMaxAttempts != mail.DefaultOutboxMaxAttempts ||
		unset.LogLevel != "info" || unset.LogFormat != "text" || unset.SessionTTL != 12*time.Hour ||
		unset.DemoInterventions != 0 || unset.DemoPrinterCode != "" || unset.RedisURL != "" || unset.TrustedProxies != nil ||
		unset.EmailFrom != (mail.Address{Name: "Panic Button", Email: "no-reply@localhost"}) ||
		!slices.Equal(unset.AllowedOrigins, []string{"http://localhost:8080"}) || !unset.DemoPasswordGenerated ||
		len(unset.DemoPassword) != 16 || len(unset.SessionSecret) != 32 ||
		unset.DemoAdminEmail != "admin@demo.example" || unset.DemoTechEmail != "tech@demo.example" {
		t.Errorf("defaults: %+v", unset)
	}
}

func TestLoad_GoodValues(t *testing.T) {
	secret := strings.Repeat("s", 32)
	cfg := mustLoad(t, map[string]string{
		"PANIC_ADDR": ":9000", "PUBLIC_URL": "https://panic.example.com", "DATABASE_URL": "mysql://root@127.0.0.1:3306/panic",
		"EMAIL_PROVIDER": "sendgrid", "SENDGRID_API_KEY": "SG.key", "REDIS_URL": "rediss://cache:6380/2",
		"SESSION_SECRET": secret, "SESSION_TTL": " 8h ", "CORS_ALLOWED_ORIGINS": "https://a.example/, http://b.example:3000",
		"GRAPHQL_INTROSPECTION": "false", "LOGIN_MAX_FAILURES_PER_ACCOUNT": "3", "LOGIN_LOCKOUT_WINDOW": "1h",
		"EMAIL_FROM": "alerts@example.com", "TRUSTED_PROXIES": "10.0.0.0/8, 192.168.1.1",
		"BOOTSTRAP_ADMIN_EMAIL": "root@example.com", "BOOTSTRAP_ADMIN_PASSWORD": " spaces kept ",
		"DEMO_DATA": "true", "DEMO_PRINTER_CODE": "abc-123", "DEMO_PASSWORD": "demo-password",
		"OUTBOX_WORKERS": "8", "OUTBOX_POLL_INTERVAL": "50ms", "LOG_LEVEL": "DEBUG", "LOG_FORMAT": "json",
	})
	if cfg.Addr != ":9000" || cfg.EmailProvider != "sendgrid" || cfg.RedisURL != "rediss://cache:6380/2" ||
		string(cfg.SessionSecret) != secret || cfg.SessionSecretGenerated || cfg.SessionTTL != 8*time.Hour ||
		!slices.Equal(cfg.AllowedOrigins, []string{"https://a.example", "http://b.example:3000"}) || cfg.GraphQLIntrospection ||
		cfg.LoginLockout != (auth.Lockout{PerAccount: 3, PerAddress: auth.DefaultLockout.PerAddress, Window: time.Hour}) ||
		cfg.EmailFrom != (mail.Address{Email: "alerts@example.com"}) ||
		!slices.Equal(cfg.TrustedProxies, []string{"10.0.0.0/8", "192.168.1.1"}) ||
		cfg.BootstrapAdminPassword != " spaces kept " || !cfg.DemoData || cfg.DemoPrinterCode != "ABC-123" ||
		cfg.DemoPassword != "demo-password" || cfg.DemoPasswordGenerated || cfg.OutboxWorkers != 8 ||
		cfg.OutboxPoll != 50*time.Millisecond || cfg.LogLevel != "debug" || cfg.LogFormat != "json" {
		t.Fatalf("cfg = %+v", cfg)
	}
}

func TestLoad_AllowedOriginsIsReadOnlyWhenCORSAllowedOriginsIsUnset(t *testing.T) {
	cfg := mustLoad(t, map[string]string{"ALLOWED_ORIGINS": "https://old.example"})
	if !slices.Equal(cfg.AllowedOrigins, []string{"https://old.example"}) {
		t.Fatalf("ALLOWED_ORIGINS alone: %v", cfg.AllowedOrigins)
	}
	cfg = mustLoad(t, map[string]string{"ALLOWED_ORIGINS": "*", "CORS_ALLOWED_ORIGINS": "https://new.example"})
	if !slices.Equal(cfg.AllowedOrigins, []string{"https://new.example"}) {
		t.Fatalf("both: %v", cfg.AllowedOrigins)
	}
}

func TestLoad_DefaultsFollowPublicURL(t *testing.T) {
	cfg := mustLoad(t, map[string]string{"PUBLIC_URL": "https://panic.example.com:8443/app"})
	if cfg.EmailFrom != (mail.Address{Name: "Panic Button", Email: "no-reply@panic.example.com"}) ||
		!slices.Equal(cfg.AllowedOrigins, []string{"https://panic.example.com:8443"}) {
		t.Fatalf("cfg = %+v", cfg)
	}
}

var update = flag.Bool("update", false, "rewrite README.md's configuration table from the table of variables")

const (
	readme      = "../../README.md"
	beginMarker = "<!-- BEGIN configuration table: generated from internal/config (go generate ./internal/config) -->\n"
	endMarker   = "<!-- END configuration table -->\n"
)

// The README's configuration table is Markdown() between the markers: one row per variable, none missing or extra.
func TestREADME_ConfigurationTableIsGeneratedFromTheVariables(t *testing.T) {
	b, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i, j := strings.Index(doc, beginMarker), strings.Index(doc, endMarker)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q ... %q block", beginMarker, endMarker)
	}
	got, want := doc[i+len(beginMarker):j], Markdown()
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile(readme, []byte(doc[:i+len(beginMarker)]+want+doc[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
	var diff strings.Builder
	for _, l := range gotLines {
		if !slices.Contains(wantLines, l) {
			diff.WriteString("- " + l + "\n")
		}
	}
	for _, l := range wantLines {
		if !slices.Contains(gotLines, l) {
			diff.WriteString("+ " + l + "\n")
		}
	}
	t.Fatalf("README.md's configuration table is stale (- README, + table); run go generate ./internal/config:\n%s", diff.String())
}

func TestVars_DocsFitOneTableRow(t *testing.T) {
	for _, v := range Vars() {
		if v.Doc == "" || strings.ContainsAny(v.Doc+v.Shown+v.Default, "|\n") {
			t.Errorf("%s: doc %q, default %q / %q: want one line without |", v.Name, v.Doc, v.Default, v.Shown)
		}
	}
}

func mustLoad(t *testing.T, env map[string]string) *Config {
	t.Helper()
	cfg, err := load(env)
	if err != nil {
		t.Fatal(err)
	}
	// Random when unset: compare the rest.
	if cfg.SessionSecretGenerated {
		cfg.SessionSecret = make([]byte, len(cfg.SessionSecret))
	}
	if cfg.DemoPasswordGenerated {
		cfg.DemoPassword = strings.Repeat("0", len(cfg.DemoPassword))
	}
	return cfg
}

func sameSet(a, b []string) bool { return slices.Equal(sorted(a), sorted(b)) }

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}
