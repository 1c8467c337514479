package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/auth"
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
	AllowedOrigins         []string
	BootstrapAdminEmail    string
	BootstrapAdminPassword string
	DemoData               bool
	DemoPrinterCode        string
	DemoAdminEmail         string
	DemoTechEmail          string
	DemoPassword           string
	// DemoPasswordGenerated is true when DEMO_PASSWORD was not set.
	DemoPasswordGenerated bool
	TrustedProxies        []string
	LogLevel              string
	LogFormat             string
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
	origins := get("ALLOWED_ORIGINS", c.PublicURL.Scheme+"://"+c.PublicURL.Host)
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.AllowedOrigins = append(c.AllowedOrigins, o)
		}
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
	if c.DemoPrinterCode != "" && (len(c.DemoPrinterCode) < 6 || len(c.DemoPrinterCode) > 32) {
		return nil, &ConfigError{"DEMO_PRINTER_CODE", "must be 6 to 32 characters"}
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
