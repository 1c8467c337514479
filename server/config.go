package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	netmail "net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Config is the whole configuration, read once from the environment (DESIGN §11) and handed down.
type Config struct {
	Addr           string
	PublicURL      *url.URL
	DatabaseURL    string
	EmailProvider  string
	EmailDir       string
	SendGridAPIKey string
	SendGridAPIURL string
	RedisURL       string
	SessionSecret  []byte
	// SessionSecretGenerated is true when SESSION_SECRET was not set (sessions of this process only).
	SessionSecretGenerated bool
	SessionTTL             time.Duration
	// AllowedOrigins may call the API from a browser (CORS) and open its websockets (CORS_ALLOWED_ORIGINS).
	AllowedOrigins       []string
	GraphQLIntrospection bool
	GraphQLMaxDepth      int
	GraphQLMaxComplexity int
	LoginLockout         auth.Lockout
	// EmailFrom sends invitations and password resets (EMAIL_FROM).
	EmailFrom              mail.Address
	BootstrapAdminEmail    string
	BootstrapAdminPassword string
	DemoData               bool
	DemoPrinterCode        string
	DemoInterventions      int
	// Outbox tuning (0: the package defaults).
	OutboxWorkers     int
	OutboxLease       time.Duration
	OutboxPoll        time.Duration
	OutboxMaxAttempts int
	DemoAdminEmail    string
	DemoTechEmail     string
	DemoPassword      string
	// DemoPasswordGenerated is true when DEMO_PASSWORD was not set.
	DemoPasswordGenerated bool
	TrustedProxies        []string
	LogLevel              string
	LogFormat             string
	// SNMPPollInterval is how often the SNMP poller reads the printers with polling on; 0 turns it off.
	SNMPPollInterval time.Duration
	// SNMPPollConcurrency bounds the printers the poller reads at once.
	SNMPPollConcurrency int
}

// ConfigError names the variable at fault.
type ConfigError struct {
	Var, Msg string
}

func (e *ConfigError) Error() string { return fmt.Sprintf("invalid %s: %s", e.Var, e.Msg) }

// LoadConfig reads the configuration through getenv (os.Getenv in production, a map in tests).
func LoadConfig(getenv func(string) string) (*Config, error) {
	get := func(k, def string) string {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			return v
		}
		return def
	}
	c := &Config{
		Addr:                   get("PANIC_ADDR", "127.0.0.1:8080"),
		DatabaseURL:            get("DATABASE_URL", "sqlite://data/panic.db"),
		EmailProvider:          get("EMAIL_PROVIDER", "file"),
		EmailDir:               get("EMAIL_DIR", "data/mail"),
		SendGridAPIKey:         get("SENDGRID_API_KEY", ""),
		SendGridAPIURL:         get("SENDGRID_API_URL", "https://api.sendgrid.com"),
		RedisURL:               get("REDIS_URL", ""),
		DemoPrinterCode:        strings.ToUpper(get("DEMO_PRINTER_CODE", "")),
		DemoAdminEmail:         get("DEMO_ADMIN_EMAIL", "admin@demo.example"),
		DemoTechEmail:          get("DEMO_TECH_EMAIL", "tech@demo.example"),
		DemoPassword:           get("DEMO_PASSWORD", ""),
		BootstrapAdminEmail:    get("BOOTSTRAP_ADMIN_EMAIL", ""),
		BootstrapAdminPassword: getenv("BOOTSTRAP_ADMIN_PASSWORD"),
		LogLevel:               strings.ToLower(get("LOG_LEVEL", "info")),
		LogFormat:              strings.ToLower(get("LOG_FORMAT", "text")),
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return nil, &ConfigError{"PANIC_ADDR", "want HOST:PORT, e.g. 127.0.0.1:8080"}
	}
	pu, err := url.Parse(get("PUBLIC_URL", "http://localhost:8080"))
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return nil, &ConfigError{"PUBLIC_URL", "want an absolute http(s) URL, e.g. https://panic.example.com"}
	}
	c.PublicURL = pu
	if _, _, err := store.ParseURL(c.DatabaseURL); err != nil {
		return nil, &ConfigError{"DATABASE_URL", err.Error()}
	}
	switch c.EmailProvider {
	case "file":
	case "sendgrid":
		if c.SendGridAPIKey == "" {
			return nil, &ConfigError{"SENDGRID_API_KEY", "required when EMAIL_PROVIDER=sendgrid"}
		}
	default:
		return nil, &ConfigError{"EMAIL_PROVIDER", fmt.Sprintf("%q: want file or sendgrid", c.EmailProvider)}
	}
	if u, err := url.Parse(c.SendGridAPIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &ConfigError{"SENDGRID_API_URL", "want an absolute http(s) URL"}
	}
	if c.RedisURL != "" {
		if u, err := url.Parse(c.RedisURL); err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
			return nil, &ConfigError{"REDIS_URL", "want redis://HOST:PORT[/DB]"}
		}
	}
	if s := getenv("SESSION_SECRET"); s != "" {
		if len(s) < 32 {
			return nil, &ConfigError{"SESSION_SECRET", "must be at least 32 characters"}
		}
		c.SessionSecret = []byte(s)
	} else {
		c.SessionSecret, c.SessionSecretGenerated = randomBytes(32), true
	}
	c.SessionTTL = 12 * time.Hour
	if s := getenv("SESSION_TTL"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < time.Minute {
			return nil, &ConfigError{"SESSION_TTL", "want a duration of at least 1m, e.g. 12h"}
		}
		c.SessionTTL = d
	}
	// ALLOWED_ORIGINS is the earlier name of CORS_ALLOWED_ORIGINS (websockets only).
	originsVar := "CORS_ALLOWED_ORIGINS"
	origins := get(originsVar, "")
	if origins == "" && get("ALLOWED_ORIGINS", "") != "" {
		originsVar, origins = "ALLOWED_ORIGINS", get("ALLOWED_ORIGINS", "")
	}
	if origins == "" {
		origins = c.PublicURL.Scheme + "://" + c.PublicURL.Host
	}
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o == "" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") ||
			u.RawQuery != "" || u.User != nil {
			return nil, &ConfigError{originsVar, fmt.Sprintf("%q: want comma-separated origins such as https://admin.example.com", o)}
		}
		c.AllowedOrigins = append(c.AllowedOrigins, u.Scheme+"://"+u.Host)
	}
	c.GraphQLIntrospection = true
	if v := getenv("GRAPHQL_INTROSPECTION"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, &ConfigError{"GRAPHQL_INTROSPECTION", "want true or false (set false in production)"}
		}
		c.GraphQLIntrospection = b
	}
	var perAccount, perAddress int
	ints := []struct {
		name     string
		dst      *int
		def, min int
	}{
		{"GRAPHQL_MAX_DEPTH", &c.GraphQLMaxDepth, 15, 2},
		{"GRAPHQL_MAX_COMPLEXITY", &c.GraphQLMaxComplexity, 5000, 10},
		{"LOGIN_MAX_FAILURES_PER_ACCOUNT", &perAccount, int(auth.DefaultLockout.PerAccount), 1},
		{"LOGIN_MAX_FAILURES_PER_ADDRESS", &perAddress, int(auth.DefaultLockout.PerAddress), 1},
	}
	for _, iv := range ints {
		*iv.dst = iv.def
		if v := getenv(iv.name); v != "" {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < iv.min {
				return nil, &ConfigError{iv.name, fmt.Sprintf("want a whole number of at least %d", iv.min)}
			}
			*iv.dst = n
		}
	}
	c.LoginLockout = auth.Lockout{PerAccount: int64(perAccount), PerAddress: int64(perAddress), Window: auth.DefaultLockout.Window}
	if s := getenv("LOGIN_LOCKOUT_WINDOW"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < time.Second {
			return nil, &ConfigError{"LOGIN_LOCKOUT_WINDOW", "want a duration of at least 1s, e.g. 15m"}
		}
		c.LoginLockout.Window = d
	}
	from := get("EMAIL_FROM", "Panic Button <no-reply@"+c.PublicURL.Hostname()+">")
	if a, err := netmail.ParseAddress(from); err != nil {
		return nil, &ConfigError{"EMAIL_FROM", "want an address such as \"Panic Button <no-reply@example.com>\""}
	} else {
		c.EmailFrom = mail.Address{Name: a.Name, Email: a.Address}
	}
	for _, p := range strings.Split(getenv("TRUSTED_PROXIES"), ",") {
		if p = strings.TrimSpace(p); p != "" {
			c.TrustedProxies = append(c.TrustedProxies, p)
		}
	}
	if _, err := auth.NewClientIP(c.TrustedProxies); err != nil {
		return nil, &ConfigError{"TRUSTED_PROXIES", "want comma-separated IP addresses or CIDR ranges"}
	}
	if c.BootstrapAdminEmail != "" || c.BootstrapAdminPassword != "" {
		if _, err := auth.NormalizeEmail(c.BootstrapAdminEmail); err != nil {
			return nil, &ConfigError{"BOOTSTRAP_ADMIN_EMAIL", "want an email address (set together with BOOTSTRAP_ADMIN_PASSWORD)"}
		}
		if len([]rune(c.BootstrapAdminPassword)) < auth.MinPasswordLength {
			return nil, &ConfigError{"BOOTSTRAP_ADMIN_PASSWORD", fmt.Sprintf("must be at least %d characters", auth.MinPasswordLength)}
		}
	}
	if v := getenv("DEMO_DATA"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, &ConfigError{"DEMO_DATA", "want true or false"}
		}
		c.DemoData = b
	}
	for k, v := range map[string]string{"DEMO_ADMIN_EMAIL": c.DemoAdminEmail, "DEMO_TECH_EMAIL": c.DemoTechEmail} {
		if _, err := auth.NormalizeEmail(v); err != nil {
			return nil, &ConfigError{k, "want an email address"}
		}
	}
	if c.DemoPassword == "" {
		c.DemoPassword, c.DemoPasswordGenerated = hex.EncodeToString(randomBytes(8)), true
	} else if len([]rune(c.DemoPassword)) < auth.MinPasswordLength {
		return nil, &ConfigError{"DEMO_PASSWORD", fmt.Sprintf("must be at least %d characters", auth.MinPasswordLength)}
	}
	for _, d := range []struct {
		name string
		dst  *time.Duration
		min  time.Duration
	}{{"OUTBOX_LEASE", &c.OutboxLease, time.Second}, {"OUTBOX_POLL_INTERVAL", &c.OutboxPoll, 10 * time.Millisecond}} {
		if v := getenv(d.name); v != "" {
			dur, err := time.ParseDuration(v)
			if err != nil || dur < d.min {
				return nil, &ConfigError{d.name, fmt.Sprintf("want a duration of at least %s, e.g. 2m", d.min)}
			}
			*d.dst = dur
		}
	}
	for _, n := range []struct {
		name     string
		dst      *int
		min, max int
	}{{"OUTBOX_WORKERS", &c.OutboxWorkers, 1, 64}, {"OUTBOX_MAX_ATTEMPTS", &c.OutboxMaxAttempts, 1, 100}} {
		if v := getenv(n.name); v != "" {
			i, err := strconv.Atoi(v)
			if err != nil || i < n.min || i > n.max {
				return nil, &ConfigError{n.name, fmt.Sprintf("want a number from %d to %d", n.min, n.max)}
			}
			*n.dst = i
		}
	}
	if v := getenv("DEMO_INTERVENTIONS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000000 {
			return nil, &ConfigError{"DEMO_INTERVENTIONS", "want a number of sample interventions from 0 to 1000000"}
		}
		c.DemoInterventions = n
	}
	if c.DemoPrinterCode != "" && (len(c.DemoPrinterCode) < 6 || len(c.DemoPrinterCode) > 32) {
		return nil, &ConfigError{"DEMO_PRINTER_CODE", "must be 6 to 32 characters"}
	}
	c.SNMPPollInterval = 5 * time.Minute
	if s := strings.TrimSpace(getenv("SNMP_POLL_INTERVAL")); s != "" {
		d, err := time.ParseDuration(s)
		if s == "0" {
			d, err = 0, nil
		}
		if err != nil || (d != 0 && d < 10*time.Second) {
			return nil, &ConfigError{"SNMP_POLL_INTERVAL", "want a duration of at least 10s, e.g. 5m, or 0 to turn polling off"}
		}
		c.SNMPPollInterval = d
	}
	c.SNMPPollConcurrency = 16
	if s := strings.TrimSpace(getenv("SNMP_POLL_CONCURRENCY")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1024 {
			return nil, &ConfigError{"SNMP_POLL_CONCURRENCY", "want a number from 1 to 1024"}
		}
		c.SNMPPollConcurrency = n
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return nil, &ConfigError{"LOG_LEVEL", "want debug, info, warn or error"}
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		return nil, &ConfigError{"LOG_FORMAT", "want text or json"}
	}
	return c, nil
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return b
}
