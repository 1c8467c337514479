// Package config reads the server's configuration from the environment through one table of variables
// (vars.go): each has a name, a default, a typed parser, a one-line doc, and the Config field it fills.
package config

//go:generate go test -count=1 -run=^TestREADME_ConfigurationTableIsGeneratedFromTheVariables$ . -args -update

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// Config is the whole configuration, read once from the environment and handed down.
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
	// EmailSenderDomains are the verified sender domains (EMAIL_SENDER_DOMAINS).
	EmailSenderDomains []string
	// SNMPAllowedRanges are polled even when loopback, link-local… (SNMP_ALLOWED_RANGES).
	SNMPAllowedRanges []netip.Prefix
	// Webhook delivery (WEBHOOK_*).
	WebhookAllowedRanges   []netip.Prefix
	WebhookSchedule        []time.Duration
	WebhookDisableAfter    time.Duration
	WebhookRotationOverlap time.Duration
	WebhookTimeout         time.Duration
	WebhookWorkers         int
	WebhookPoll            time.Duration
	// MetricsToken guards /metrics (METRICS_TOKEN); empty: /metrics is not served.
	MetricsToken         string
	GraphQLMaxDepth      int
	GraphQLMaxComplexity int
	APIKeyCostBudget     int64
	APIKeyCostWindow     time.Duration
	LoginLockout         auth.Lockout
	// EmailFrom sends invitations and password resets (EMAIL_FROM).
	EmailFrom              mail.Address
	BootstrapAdminEmail    string
	BootstrapAdminPassword string
	DemoData               bool
	DemoPrinterCode        string
	DemoInterventions      int
	// Outbox tuning (mail.NewOutbox still forces one worker on SQLite).
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
	// PrinterSilentAfter is how long a printer may go unseen before it is flagged silent; 0 turns it off.
	PrinterSilentAfter time.Duration
	// SNMPPollConcurrency bounds the printers the poller reads at once.
	SNMPPollConcurrency int
	// TrackingLinkDays is how many days after closure a reporter's tracking and reply links keep working.
	TrackingLinkDays int
	// InboundDomain receives reporters' replies (reply+<token>@InboundDomain); empty: no Reply-To.
	InboundDomain string
	// InboundUser and InboundPassword are the basic credentials of the inbound email webhook; unset: not served.
	InboundUser, InboundPassword string
	// InboundMaxBytes caps one inbound webhook request.
	InboundMaxBytes int
}

// Error names the variable at fault; the server exits with code 2 and prints it.
type Error struct {
	Var, Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("invalid %s: %s", e.Var, e.Msg) }

// Var is one environment variable of the table.
type Var struct {
	Name string
	// OldName is an earlier name, read when Name is unset; an error then names OldName.
	OldName string
	// Default is parsed, like a value, when the variable is unset or blank.
	Default string
	// Shown is the default as the documentation shows it when Default alone would mislead (a default derived
	// from another variable, random, or dialect-dependent); empty: Default.
	Shown string
	// Doc is the one-line meaning shown in the README.
	Doc string

	// raw values are used as given (secrets); every other value is trimmed of surrounding spaces.
	raw bool
	// derived, when set, computes the default from the variables above it in the table (replaces Default).
	derived func() string
	// parse reads the value into the Config field it belongs to; "" means unset with no default.
	parse func(v string) error
	// check is a rule across variables, run once every variable is read.
	check func() error
}

// Vars is the table of variables, in the order they are read and documented.
func Vars() []Var { return vars(&Config{}) }

// Load reads every variable of the table through getenv (os.Getenv in production, a map in tests).
// An invalid value is reported as an *Error naming the variable.
func Load(getenv func(string) string) (*Config, error) {
	c := &Config{}
	table := vars(c)
	for _, v := range table {
		name, val := v.Name, v.lookup(getenv, v.Name)
		if val == "" && v.OldName != "" {
			if old := v.lookup(getenv, v.OldName); old != "" {
				name, val = v.OldName, old
			}
		}
		if val == "" {
			val = v.Default
			if v.derived != nil {
				val = v.derived()
			}
		}
		if err := v.parse(val); err != nil {
			msg := err.Error()
			if v.Default != "" && v.Shown == "" {
				msg += fmt.Sprintf(" (default %s)", v.Default)
			}
			return nil, &Error{Var: name, Msg: msg}
		}
	}
	for _, v := range table {
		if v.check == nil {
			continue
		}
		if err := v.check(); err != nil {
			return nil, &Error{Var: v.Name, Msg: err.Error()}
		}
	}
	return c, nil
}

func (v Var) lookup(getenv func(string) string, name string) string {
	if v.raw {
		return getenv(name)
	}
	return strings.TrimSpace(getenv(name))
}

// Names lists every variable Load reads, older names included.
func Names() []string {
	var names []string
	for _, v := range Vars() {
		names = append(names, v.Name)
		if v.OldName != "" {
			names = append(names, v.OldName)
		}
	}
	return names
}

// Markdown renders the table as the README's configuration table (one row per variable).
func Markdown() string {
	var b strings.Builder
	b.WriteString("| variable | default | meaning |\n|---|---|---|\n")
	for _, v := range Vars() {
		def := " "
		if v.Shown != "" {
			def = " " + v.Shown + " "
		} else if v.Default != "" {
			def = " `" + v.Default + "` "
		}
		fmt.Fprintf(&b, "| `%s` |%s| %s |\n", v.Name, def, v.Doc)
		if v.OldName != "" {
			fmt.Fprintf(&b, "| `%s` | | older name of `%s`, read when that is unset |\n", v.OldName, v.Name)
		}
	}
	return b.String()
}
