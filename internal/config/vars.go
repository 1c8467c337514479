package config

import (
	"errors"
	"fmt"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/mail"
)

// domainRE is a DNS name of at least two labels.
var domainRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$`)

// vars is the table: every variable Load reads, in order, each parsed into its field of c. A derived
// default may use the fields of the variables above it.
func vars(c *Config) []Var {
	lockout := auth.DefaultLockout
	return []Var{
		{Name: "PANIC_ADDR", Default: "127.0.0.1:8080", parse: hostPort(&c.Addr),
			Doc: "listen address: GraphQL at `/graphql` (POST and websockets), GraphiQL at `/graphiql`, admin at `/`, kiosk at `/kiosk/`, `/healthz`, `/readyz`"},
		{Name: "PUBLIC_URL", Default: "http://localhost:8080", parse: publicURL(&c.PublicURL),
			Doc: "base URL used in emails and links; its origin is allowed for websockets"},
		{Name: "DATABASE_URL", Default: "sqlite://data/panic.db", parse: databaseURL(&c.DatabaseURL),
			Doc: "`sqlite://PATH` or `mysql://USER:PASS@HOST:PORT/DB`"},
		{Name: "EMAIL_PROVIDER", Default: "file", parse: enum(&c.EmailProvider, "file", "sendgrid"),
			Doc: "`file` or `sendgrid`"},
		{Name: "EMAIL_DIR", Default: "data/mail", parse: text(&c.EmailDir),
			Doc: "where the file provider writes one `.eml` per message"},
		{Name: "SENDGRID_API_KEY", parse: text(&c.SendGridAPIKey),
			Doc: "required when `EMAIL_PROVIDER=sendgrid`",
			check: func() error {
				if c.EmailProvider == "sendgrid" && c.SendGridAPIKey == "" {
					return errors.New("required when EMAIL_PROVIDER=sendgrid")
				}
				return nil
			}},
		{Name: "SENDGRID_API_URL", Default: "https://api.sendgrid.com",
			parse: urlText(&c.SendGridAPIURL, false, "want an absolute http(s) URL", "http", "https"),
			Doc:   "SendGrid's v3 API base URL"},
		{Name: "REDIS_URL", parse: urlText(&c.RedisURL, true, "want redis://HOST:PORT[/DB]", "redis", "rediss"),
			Doc: "`redis://HOST:PORT[/DB]` or `rediss://…`; when set, rate limits, login lockouts and live events (subscriptions) are shared by every instance through Redis"},
		{Name: "SESSION_SECRET", Shown: "random, with a warning", raw: true,
			parse: secret(&c.SessionSecret, &c.SessionSecretGenerated, 32),
			Doc:   "signs launch session tokens; at least 32 characters; shared by all instances"},
		{Name: "SESSION_TTL", Default: "12h", parse: duration(&c.SessionTTL, "1m", false),
			Doc: "admin session lifetime (at least `1m`)"},
		{Name: "CORS_ALLOWED_ORIGINS", OldName: "ALLOWED_ORIGINS", Shown: "`PUBLIC_URL`'s origin",
			derived: func() string { return c.PublicURL.Scheme + "://" + c.PublicURL.Host },
			parse:   origins(&c.AllowedOrigins),
			Doc:     "comma-separated origins (`https://host[:port]`) allowed to call `/graphql` from a browser (CORS, with credentials) and to open websockets"},
		{Name: "GRAPHQL_INTROSPECTION", Default: "true", parse: boolean(&c.GraphQLIntrospection),
			Doc: "set `false` in production to refuse `__schema`/`__type`"},
		{Name: "GRAPHQL_MAX_DEPTH", Default: "15", parse: integer(&c.GraphQLMaxDepth, 2, unbounded),
			Doc: "deepest selection nesting an operation may have (introspection not counted; at least 2)"},
		{Name: "GRAPHQL_MAX_COMPLEXITY", Default: "5000", parse: integer(&c.GraphQLMaxComplexity, 10, unbounded),
			Doc: "highest cost of an operation (at least 10): 1 per field, and every list of objects counts its items' cost once per item it may return: a connection `first`/`last` times, a plain list by its real bound (`nodes(ids:)` the ids given, an intervention's technicians 10, labels one per language) and 100 when nothing bounds it; reported in `extensions.cost`"},
		{Name: "API_KEY_COST_BUDGET", Default: "1000000", parse: integer(&c.APIKeyCostBudget, 1, unbounded),
			Doc: "cost points a partner API key may spend per `API_KEY_COST_WINDOW` (each operation costs what `extensions.cost` says, at least 1); past it, `RATE_LIMITED` with `retryAfter`. Every key's response carries `extensions.rateLimit` and `X-RateLimit-*` headers"},
		{Name: "API_KEY_COST_WINDOW", Default: "1h", parse: duration(&c.APIKeyCostWindow, "1s", false),
			Doc: "the window of `API_KEY_COST_BUDGET`"},
		{Name: "LOGIN_MAX_FAILURES_PER_ACCOUNT", Default: strconv.FormatInt(lockout.PerAccount, 10),
			parse: integer(&c.LoginLockout.PerAccount, 1, unbounded),
			Doc:   "failed logins that lock an account out for `LOGIN_LOCKOUT_WINDOW` (counted in Redis when `REDIS_URL` is set); every attempt is counted before its password is compared, and `changePassword`'s current password counts against the same limit"},
		{Name: "LOGIN_MAX_FAILURES_PER_ADDRESS", Default: strconv.FormatInt(lockout.PerAddress, 10),
			parse: integer(&c.LoginLockout.PerAddress, 1, unbounded),
			Doc:   "failed logins, on any accounts, that lock a client address out for `LOGIN_LOCKOUT_WINDOW`"},
		{Name: "LOGIN_LOCKOUT_WINDOW", Default: short(lockout.Window), parse: duration(&c.LoginLockout.Window, "1s", false),
			Doc: "how long failed logins are counted and a lockout lasts"},
		{Name: "EMAIL_FROM", Shown: "`Panic Button <no-reply@PUBLIC_URL's host>`",
			derived: func() string { return "Panic Button <no-reply@" + c.PublicURL.Hostname() + ">" },
			parse:   sender(&c.EmailFrom),
			Doc:     "sender of invitations and password resets"},
		{Name: "EMAIL_SENDER_DOMAINS", Shown: "`EMAIL_FROM`'s domain",
			derived: func() string { _, d, _ := strings.Cut(c.EmailFrom.Email, "@"); return d },
			parse: func(v string) error {
				c.EmailSenderDomains = nil
				for _, d := range strings.Split(v, ",") {
					d = strings.ToLower(strings.TrimSpace(d))
					if d == "" {
						continue
					}
					if strings.ContainsAny(d, "@ /:") || !strings.Contains(d, ".") && d != "localhost" {
						return fmt.Errorf("%q is not a domain", d)
					}
					c.EmailSenderDomains = append(c.EmailSenderDomains, d)
				}
				return nil
			},
			Doc: "comma-separated sender domains verified with the email provider: an organization's email settings may only send From an address in one of them (exactly, not subdomains); others are refused as `BAD_USER_INPUT` on `input.fromEmail`"},
		{Name: "TRUSTED_PROXIES", parse: proxies(&c.TrustedProxies),
			Doc: "comma-separated IPs or CIDRs of reverse proxies whose `X-Forwarded-For` (client address) and `X-Forwarded-Proto` (`https` makes the session cookie `Secure`) are believed"},
		{Name: "BOOTSTRAP_ADMIN_EMAIL", parse: text(&c.BootstrapAdminEmail),
			Doc: "on first start with no user, create this super-admin (set together with `BOOTSTRAP_ADMIN_PASSWORD`)",
			check: func() error {
				if c.BootstrapAdminEmail == "" && c.BootstrapAdminPassword == "" {
					return nil
				}
				if _, err := auth.NormalizeEmail(c.BootstrapAdminEmail); err != nil {
					return errors.New("want an email address (set together with BOOTSTRAP_ADMIN_PASSWORD)")
				}
				return nil
			}},
		{Name: "BOOTSTRAP_ADMIN_PASSWORD", raw: true, parse: text(&c.BootstrapAdminPassword),
			Doc: fmt.Sprintf("the bootstrap super-admin's password (at least %d characters)", auth.MinPasswordLength),
			check: func() error {
				if (c.BootstrapAdminEmail != "" || c.BootstrapAdminPassword != "") &&
					len([]rune(c.BootstrapAdminPassword)) < auth.MinPasswordLength {
					return fmt.Errorf("must be at least %d characters", auth.MinPasswordLength)
				}
				return nil
			}},
		{Name: "DEMO_DATA", Default: "false", Shown: "`false` (`make run` sets `true`)", parse: boolean(&c.DemoData),
			Doc: "on first start, create the demo organization (once)"},
		{Name: "DEMO_PRINTER_CODE", Shown: "random, logged", parse: upperText(&c.DemoPrinterCode, 6, 32),
			Doc: "the demo panic button's printer code (6 to 32 characters)"},
		{Name: "DEMO_ADMIN_EMAIL", Default: "admin@demo.example", parse: email(&c.DemoAdminEmail),
			Doc: "the demo organization's admin login"},
		{Name: "DEMO_TECH_EMAIL", Default: "tech@demo.example", parse: email(&c.DemoTechEmail),
			Doc: "the demo technician's login"},
		{Name: "DEMO_PASSWORD", Shown: "random, logged", parse: password(&c.DemoPassword, &c.DemoPasswordGenerated),
			Doc: fmt.Sprintf("password of the demo logins (at least %d characters)", auth.MinPasswordLength)},
		{Name: "DEMO_INTERVENTIONS", Default: "0", parse: integer(&c.DemoInterventions, 0, 1000000),
			Doc: "with the demo organization, this many sample interventions (to try the lists at scale)"},
		{Name: "OUTBOX_WORKERS", Default: strconv.Itoa(mail.DefaultOutboxWorkers), Shown: fmt.Sprintf("`%d` (SQLite: 1)", mail.DefaultOutboxWorkers),
			parse: integer(&c.OutboxWorkers, 1, 256),
			Doc:   "email outbox: sends in flight at once per instance (1 to 256); mails/s ≈ this ÷ the provider's response time (128 at 100 ms: ~1,200/s)"},
		{Name: "OUTBOX_LEASE", Default: short(mail.DefaultOutboxLease), parse: duration(&c.OutboxLease, "1s", false),
			Doc: "email outbox: how long a claimed mail belongs to an instance before another may take it over"},
		{Name: "OUTBOX_POLL_INTERVAL", Default: short(mail.DefaultOutboxPollInterval), parse: duration(&c.OutboxPoll, "10ms", false),
			Doc: "email outbox: how often an idle worker looks for due mail"},
		{Name: "OUTBOX_MAX_ATTEMPTS", Default: strconv.Itoa(mail.DefaultOutboxMaxAttempts), parse: integer(&c.OutboxMaxAttempts, 1, 100),
			Doc: "email outbox: attempts before a mail is dead (1 to 100)"},
		{Name: "SNMP_POLL_INTERVAL", Default: "5m", parse: duration(&c.SNMPPollInterval, "10s", true),
			Doc: "how often the server-side SNMP poller reads the printers with polling on (`0` turns the background poller off; `pollPrinter` still works)"},
		{Name: "PRINTER_SILENT_AFTER", Default: "72h", parse: duration(&c.PrinterSilentAfter, "10m", true),
			Doc: "a printer not seen for this long (no launch, no successful SNMP poll) is flagged silent on the dashboard and its organization's admins are told once (and once when it is back), as the notification settings say (`0` turns it off)"},
		{Name: "SNMP_POLL_CONCURRENCY", Default: "16", parse: integer(&c.SNMPPollConcurrency, 1, 1024),
			Doc: "printers the SNMP poller reads at once (1 to 1024)"},
		{Name: "TRACKING_LINK_DAYS", Default: "30", parse: integer(&c.TrackingLinkDays, 1, 3650),
			Doc: "days after an intervention is closed that the reporter's tracking link (and reply address) keep working (1 to 3650)"},
		{Name: "INBOUND_EMAIL_DOMAIN", parse: func(v string) error {
			v = strings.ToLower(v)
			if v != "" && !domainRE.MatchString(v) {
				return errors.New("want a domain name (e.g. reply.example.com)")
			}
			c.InboundDomain = v
			return nil
		},
			Doc: "domain whose mail SendGrid Inbound Parse posts to `/inbound/sendgrid`: reporter emails are sent with a Reply-To `reply+<token>@` it; unset: no Reply-To"},
		{Name: "INBOUND_WEBHOOK_USER", parse: func(v string) error {
			if strings.Contains(v, ":") {
				return errors.New("a basic-credentials user cannot contain ':'")
			}
			c.InboundUser = v
			return nil
		},
			Doc: "user of the basic credentials the inbound webhook requires (`https://USER:PASSWORD@host/inbound/sendgrid` in SendGrid's settings); unset: the webhook is not served (404)"},
		{Name: "INBOUND_WEBHOOK_PASSWORD", raw: true, parse: func(v string) error {
			if v != "" && len(v) < 16 {
				return errors.New("at least 16 characters")
			}
			c.InboundPassword = v
			return nil
		}, Doc: "password of the inbound webhook's basic credentials (at least 16 characters)",
			check: func() error {
				if (c.InboundUser == "") != (c.InboundPassword == "") {
					return errors.New("set together with INBOUND_WEBHOOK_USER")
				}
				return nil
			}},
		{Name: "INBOUND_MAX_BYTES", Default: "31457280", parse: integer(&c.InboundMaxBytes, 1<<20, 100<<20),
			Doc: "largest inbound webhook request (SendGrid posts up to 30 MB); larger ones answer 413"},
		{Name: "METRICS_TOKEN", raw: true, parse: func(v string) error {
			if v != "" && len(v) < 16 {
				return errors.New("at least 16 characters")
			}
			c.MetricsToken = v
			return nil
		}, Doc: "bearer token that `/metrics` (Prometheus) requires (`Authorization: Bearer …`; at least 16 characters); unset: `/metrics` is not served (404)"},
		{Name: "SNMP_ALLOWED_RANGES", parse: cidrs(&c.SNMPAllowedRanges), Doc: "comma-separated CIDRs the server's SNMP poller may reach although they are refused by default: loopback, link-local (cloud metadata), unspecified, multicast and broadcast addresses"},
		{Name: "WEBHOOK_ALLOWED_RANGES", parse: cidrs(&c.WebhookAllowedRanges),
			Doc: "comma-separated CIDRs webhooks may be delivered to although they are refused by default: loopback, private, carrier-grade NAT, link-local (cloud metadata), unspecified, multicast, documentation and other special-purpose ranges (checked when a webhook is saved and on the address each delivery connects to)"},
		{Name: "WEBHOOK_RETRY_SCHEDULE", Default: "5s,5m,30m,2h,5h,10h,14h,20h,24h", parse: func(v string) error {
			c.WebhookSchedule = nil
			for _, f := range strings.Split(v, ",") {
				d, err := time.ParseDuration(strings.TrimSpace(f))
				if err != nil || d <= 0 {
					return fmt.Errorf("%q is not a positive duration (want e.g. 5s,5m,30m)", strings.TrimSpace(f))
				}
				c.WebhookSchedule = append(c.WebhookSchedule, d)
			}
			if len(c.WebhookSchedule) > 20 {
				return errors.New("at most 20 waits")
			}
			return nil
		}, Doc: "webhooks: the waits between a delivery's attempts (each ±10 % jitter; the first attempt is immediate), the Standard Webhooks schedule by default; tests compress it"},
		{Name: "WEBHOOK_DISABLE_AFTER", Default: "120h", parse: duration(&c.WebhookDisableAfter, "1s", false),
			Doc: "webhooks: an endpoint whose every attempt has failed for this long is disabled and the organization's admins are told (email and bell)"},
		{Name: "WEBHOOK_ROTATION_OVERLAP", Default: "24h", parse: duration(&c.WebhookRotationOverlap, "1s", false),
			Doc: "webhooks: after a secret rotation, how long the previous secret still signs (both signatures are sent)"},
		{Name: "WEBHOOK_TIMEOUT", Default: "15s", parse: duration(&c.WebhookTimeout, "100ms", false),
			Doc: "webhooks: how long one delivery attempt may take (connection, request, response headers and body); a worker that dies mid-attempt leaves the delivery to another after this plus 5s"},
		{Name: "WEBHOOK_WORKERS", Default: "4", Shown: "`4` (SQLite: 1)", parse: integer(&c.WebhookWorkers, 1, 64),
			Doc: "webhooks: concurrent deliveries per instance (1 to 64)"},
		{Name: "WEBHOOK_POLL_INTERVAL", Default: "1s", parse: duration(&c.WebhookPoll, "10ms", false),
			Doc: "webhooks: how often an idle delivery worker looks for due deliveries"},
		{Name: "LOG_LEVEL", Default: "info", parse: enum(&c.LogLevel, "debug", "info", "warn", "error"),
			Doc: "`debug`, `info`, `warn` or `error`"},
		{Name: "LOG_FORMAT", Default: "text", parse: enum(&c.LogFormat, "text", "json"),
			Doc: "`text` or `json`"},
	}
}

// cidrs parses comma-separated CIDRs.
func cidrs(dst *[]netip.Prefix) func(string) error {
	return func(v string) error {
		*dst = nil
		for _, f := range strings.Split(v, ",") {
			if f = strings.TrimSpace(f); f == "" {
				continue
			}
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return fmt.Errorf("%q is not a CIDR (e.g. 127.0.0.1/32)", f)
			}
			*dst = append(*dst, p.Masked())
		}
		return nil
	}
}

// short writes a duration as the README does: 15m, not 15m0s.
func short(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
