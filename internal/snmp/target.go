package snmp

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/gosnmp/gosnmp"

	"github.com/panicbutton/panicbutton/internal/i18n"
)

// Version is an SNMP protocol version as written on the command line and in settings.
type Version string

// Supported SNMP versions.
const (
	V1  Version = "1"
	V2c Version = "2c"
	V3  Version = "3"
)

// SecurityLevel is an SNMPv3 USM security level (RFC 3414).
type SecurityLevel string

// SNMPv3 security levels. The empty level is derived from the passwords that are set.
const (
	NoAuthNoPriv SecurityLevel = "noAuthNoPriv"
	AuthNoPriv   SecurityLevel = "authNoPriv"
	AuthPriv     SecurityLevel = "authPriv"
)

// Defaults applied by Collect to zero fields of a Target.
const (
	DefaultPort      = 161
	DefaultCommunity = "public"
	DefaultTimeout   = 2 * time.Second
	DefaultRetries   = 1 // used by the command line; a zero Target.Retries means one attempt only
	// MaxTimeout and MaxRetries bound what a (possibly admin-typed) Target may ask for.
	MaxTimeout = time.Minute
	MaxRetries = 10
)

// Target says how to reach one printer and what to read from it.
//
// Timeout is the time allowed for each SNMP request (one attempt); a request is sent at most
// 1+Retries times. A host that never answers therefore fails after about Timeout*(1+Retries),
// and an overall bound can be added with the context given to Collect.
type Target struct {
	Host      string  // IP literal or DNS name; no port
	Port      int     // UDP port; 0 means 161
	Version   Version // "1", "2c" (default) or "3"
	Community string  // v1/v2c community; "" means "public"

	// SNMPv3 USM credentials.
	V3User      string
	V3AuthProto string        // MD5, SHA (default when a password is set), SHA224, SHA256, SHA384, SHA512
	V3AuthPass  string        // at least 8 characters (RFC 3414 key localisation; net-snmp refuses shorter)
	V3PrivProto string        // DES, AES (default when a password is set), AES192, AES256, AES192C, AES256C
	V3PrivPass  string        // at least 8 characters
	V3SecLevel  SecurityLevel // "" derives it: authPriv with a privacy password, authNoPriv with only an auth password

	Timeout time.Duration // per request; 0 means DefaultTimeout
	Retries int           // retries per request (0: one attempt only)

	// ProfileOverride forces a vendor profile by name (see Profiles); "" selects one automatically.
	ProfileOverride string
	// ErrorOIDs are the panic button's OID1..OID4: their values become errors[0..3].
	ErrorOIDs [4]string
	// Language of the messages written for the printer's detected error state (errors, when no OID is
	// configured and the alert table is empty): "en", "fr" or "it" ("fr-BE" is read as "fr"). Empty, or a
	// language without messages, gives English.
	Language string

	// Guard, when set, must accept the address dialed (after DNS resolution): the server's poller sets it.
	Guard *AddrGuard
}

// Addr is host:port of the target, with the default port applied.
func (t Target) Addr() string {
	port := t.Port
	if port == 0 {
		port = DefaultPort
	}
	return net.JoinHostPort(t.Host, strconv.Itoa(port))
}

// String names the target in messages: host:port and version (never credentials).
func (t Target) String() string {
	v := t.Version
	if v == "" {
		v = V2c
	}
	return fmt.Sprintf("%s (v%s)", t.Addr(), v)
}

// Validate checks the target as Collect would; the error wraps ErrInvalidTarget.
func (t Target) Validate() error {
	_, err := t.normalized()
	return err
}

// normalized returns a copy with defaults applied, or an *Error wrapping ErrInvalidTarget.
func (t Target) normalized() (Target, error) {
	bad := func(format string, args ...any) (Target, error) {
		return t, &Error{Target: t.String(), Op: "check target", Kind: ErrInvalidTarget, Detail: fmt.Sprintf(format, args...)}
	}
	t.Host = strings.TrimSpace(t.Host)
	t.Host = strings.TrimSuffix(strings.TrimPrefix(t.Host, "["), "]")
	if t.Host == "" {
		return bad("host is empty")
	}
	if strings.ContainsAny(t.Host, " /\t") || (strings.Contains(t.Host, ":") && net.ParseIP(t.Host) == nil) {
		return bad("host %q is not an IP address or host name (give the port in Port)", t.Host)
	}
	if t.Port == 0 {
		t.Port = DefaultPort
	}
	if t.Port < 1 || t.Port > 65535 {
		return bad("port %d out of range 1..65535", t.Port)
	}
	switch strings.ToLower(string(t.Version)) {
	case "", "2", "2c", "v2c", "v2":
		t.Version = V2c
	case "1", "v1":
		t.Version = V1
	case "3", "v3":
		t.Version = V3
	default:
		return bad("version %q is not 1, 2c or 3", t.Version)
	}
	if t.Community == "" {
		t.Community = DefaultCommunity
	}
	switch {
	case t.Timeout == 0:
		t.Timeout = DefaultTimeout
	case t.Timeout < 0 || t.Timeout > MaxTimeout:
		return bad("timeout %s out of range (0, %s]", t.Timeout, MaxTimeout)
	}
	if t.Retries < 0 || t.Retries > MaxRetries {
		return bad("retries %d out of range 0..%d", t.Retries, MaxRetries)
	}
	if t.Version == V3 {
		if _, _, err := t.usm(); err != nil {
			return bad("%v", err)
		}
	}
	if t.ProfileOverride != "" {
		if _, ok := ProfileByName(t.ProfileOverride); !ok {
			return bad("unknown profile %q (known: %s)", t.ProfileOverride, strings.Join(ProfileNames(), ", "))
		}
	}
	t.Language = i18n.Normalize(t.Language)
	for i, oid := range t.ErrorOIDs {
		if strings.TrimSpace(oid) == "" {
			t.ErrorOIDs[i] = ""
			continue
		}
		n, err := NormalizeOID(oid)
		if err != nil {
			return bad("OID%d: %v", i+1, err)
		}
		t.ErrorOIDs[i] = n
	}
	return t, nil
}

// usm builds the SNMPv3 flags and security parameters of a v3 target.
func (t Target) usm() (gosnmp.SnmpV3MsgFlags, *gosnmp.UsmSecurityParameters, error) {
	if t.V3User == "" {
		return 0, nil, fmt.Errorf("SNMPv3 needs a user name")
	}
	level := t.V3SecLevel
	if level == "" {
		switch {
		case t.V3PrivPass != "":
			level = AuthPriv
		case t.V3AuthPass != "":
			level = AuthNoPriv
		default:
			level = NoAuthNoPriv
		}
	}
	sp := &gosnmp.UsmSecurityParameters{UserName: t.V3User, AuthenticationProtocol: gosnmp.NoAuth, PrivacyProtocol: gosnmp.NoPriv}
	var flags gosnmp.SnmpV3MsgFlags
	switch strings.ToLower(string(level)) {
	case "noauthnopriv":
		flags = gosnmp.NoAuthNoPriv
		return flags, sp, nil
	case "authnopriv":
		flags = gosnmp.AuthNoPriv
	case "authpriv":
		flags = gosnmp.AuthPriv
	default:
		return 0, nil, fmt.Errorf("security level %q is not noAuthNoPriv, authNoPriv or authPriv", level)
	}
	auth, err := parseAuthProto(t.V3AuthProto)
	if err != nil {
		return 0, nil, err
	}
	if len(t.V3AuthPass) < 8 {
		return 0, nil, fmt.Errorf("security level %s needs an auth password of at least 8 characters", level)
	}
	sp.AuthenticationProtocol, sp.AuthenticationPassphrase = auth, t.V3AuthPass
	if flags == gosnmp.AuthPriv {
		priv, err := parsePrivProto(t.V3PrivProto)
		if err != nil {
			return 0, nil, err
		}
		if len(t.V3PrivPass) < 8 {
			return 0, nil, fmt.Errorf("security level authPriv needs a privacy password of at least 8 characters")
		}
		sp.PrivacyProtocol, sp.PrivacyPassphrase = priv, t.V3PrivPass
	}
	return flags, sp, nil
}

func parseAuthProto(s string) (gosnmp.SnmpV3AuthProtocol, error) {
	switch strings.ToUpper(strings.ReplaceAll(s, "-", "")) {
	case "", "SHA", "SHA1":
		return gosnmp.SHA, nil
	case "MD5":
		return gosnmp.MD5, nil
	case "SHA224":
		return gosnmp.SHA224, nil
	case "SHA256":
		return gosnmp.SHA256, nil
	case "SHA384":
		return gosnmp.SHA384, nil
	case "SHA512":
		return gosnmp.SHA512, nil
	}
	return 0, fmt.Errorf("auth protocol %q is not MD5, SHA, SHA224, SHA256, SHA384 or SHA512", s)
}

func parsePrivProto(s string) (gosnmp.SnmpV3PrivProtocol, error) {
	switch strings.ToUpper(strings.ReplaceAll(s, "-", "")) {
	case "", "AES", "AES128":
		return gosnmp.AES, nil
	case "DES":
		return gosnmp.DES, nil
	case "AES192":
		return gosnmp.AES192, nil
	case "AES256":
		return gosnmp.AES256, nil
	case "AES192C":
		return gosnmp.AES192C, nil
	case "AES256C":
		return gosnmp.AES256C, nil
	}
	return 0, fmt.Errorf("privacy protocol %q is not DES, AES, AES192, AES256, AES192C or AES256C", s)
}

// NormalizeOID checks a numeric OID ("1.3.6.1..." or ".1.3.6.1...") and returns it with a leading dot,
// the form gosnmp uses in responses.
func NormalizeOID(s string) (string, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, ".")
	if s == "" {
		return "", fmt.Errorf("empty OID")
	}
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 128 {
		return "", fmt.Errorf("%q is not a numeric OID like 1.3.6.1.2.1.1.5.0", s)
	}
	for _, p := range parts {
		if p == "" {
			return "", fmt.Errorf("%q is not a numeric OID like 1.3.6.1.2.1.1.5.0", s)
		}
		if _, err := strconv.ParseUint(p, 10, 32); err != nil {
			return "", fmt.Errorf("%q is not a numeric OID like 1.3.6.1.2.1.1.5.0", s)
		}
	}
	if parts[0] != "0" && parts[0] != "1" && parts[0] != "2" {
		return "", fmt.Errorf("%q does not start with 0, 1 or 2", s)
	}
	return "." + s, nil
}
