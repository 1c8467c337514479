package snmp

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/gosnmp/gosnmp"
)

// Error kinds; test them with errors.Is.
var (
	// ErrUnreachable: no usable answer. On v1/v2c a wrong community looks exactly like this, because
	// agents drop such requests silently.
	ErrUnreachable = errors.New("no answer")
	// ErrAuth: an SNMPv3 agent answered with a USM error report (wrong password, unknown user, ...).
	ErrAuth = errors.New("SNMPv3 authentication failed")
	// ErrInvalidTarget: the Target cannot be used as given (bad host, version, credentials or OID).
	ErrInvalidTarget = errors.New("invalid SNMP target")
)

// Error is the error returned by Collect. Kind is one of the Err* values above, or nil for other
// failures (for example a malformed answer); Err is the underlying cause, when there is one.
type Error struct {
	Target string // host:port (vN)
	Op     string // what was being done, e.g. "get system group"
	Kind   error
	Detail string // human explanation
	Err    error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("snmp ")
	b.WriteString(e.Target)
	if e.Op != "" {
		b.WriteString(": ")
		b.WriteString(e.Op)
	}
	if e.Kind != nil {
		b.WriteString(": ")
		b.WriteString(e.Kind.Error())
	}
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Err != nil && e.Detail == "" {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap exposes both the kind and the cause to errors.Is / errors.As.
func (e *Error) Unwrap() []error {
	var errs []error
	if e.Kind != nil {
		errs = append(errs, e.Kind)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}

// classify turns an error from gosnmp into an *Error with a kind and a message a person can act on.
func classify(ctx context.Context, t Target, op string, err error) error {
	if err == nil {
		return nil
	}
	var already *Error
	if errors.As(err, &already) {
		return err
	}
	e := &Error{Target: t.String(), Op: op, Err: err}
	attempts := t.Retries + 1
	noAnswer := func() string {
		what := "host unreachable or wrong community"
		if t.Version == V3 {
			what = "host unreachable, SNMP disabled or SNMPv3 not configured on the printer"
		}
		return fmt.Sprintf("no reply after %d attempt(s) of %s: %s", attempts, t.Timeout, what)
	}
	switch {
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.Canceled):
		e.Kind, e.Err, e.Detail = nil, ctx.Err(), "cancelled"
	case ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded):
		e.Kind, e.Err, e.Detail = ErrUnreachable, context.DeadlineExceeded, "no reply before the deadline: host unreachable or wrong community"
		if t.Version == V3 {
			e.Detail = "no reply before the deadline: host unreachable or SNMPv3 not configured on the printer"
		}
	case errors.Is(err, gosnmp.ErrWrongDigest):
		e.Kind, e.Detail = ErrAuth, "wrong authentication password or protocol (agent reported usmStatsWrongDigests)"
	case errors.Is(err, gosnmp.ErrUnknownUsername):
		e.Kind, e.Detail = ErrAuth, fmt.Sprintf("unknown user %q (agent reported usmStatsUnknownUserNames)", t.V3User)
	case errors.Is(err, gosnmp.ErrDecryption):
		e.Kind, e.Detail = ErrAuth, "wrong privacy password or protocol (agent reported usmStatsDecryptionErrors)"
	case errors.Is(err, gosnmp.ErrUnknownSecurityLevel):
		e.Kind, e.Detail = ErrAuth, "security level not allowed for this user (agent reported usmStatsUnsupportedSecLevels)"
	case errors.Is(err, gosnmp.ErrNotInTimeWindow):
		e.Kind, e.Detail = ErrAuth, "message outside the agent's time window (usmStatsNotInTimeWindows)"
	case errors.Is(err, gosnmp.ErrUnknownEngineID):
		e.Kind, e.Detail = ErrAuth, "agent does not accept our engine ID (usmStatsUnknownEngineIDs)"
	case isAuthFailure(err):
		e.Kind, e.Detail = ErrAuth, "the agent's answer failed authentication: wrong password or protocol"
	case errors.Is(err, syscall.ECONNREFUSED):
		e.Kind, e.Detail = ErrUnreachable, "port unreachable (ICMP): nothing listens for SNMP on this UDP port"
	case errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH):
		e.Kind, e.Detail = ErrUnreachable, "host or network unreachable"
	case isTimeout(err):
		e.Kind, e.Detail = ErrUnreachable, noAnswer()
	case isDNS(err):
		e.Kind, e.Detail = ErrUnreachable, "cannot resolve host name: "+err.Error()
	}
	return e
}

func isTimeout(err error) bool {
	if errors.Is(err, gosnmp.ErrMaxRetriesExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	return strings.Contains(err.Error(), "timeout")
}

func isDNS(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de)
}

// isAuthFailure recognises gosnmp's own "incoming packet is not authentic" style errors (a reply whose
// HMAC does not verify with our key: the agent knows the user but our password differs).
func isAuthFailure(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "not authentic") || strings.Contains(s, "authentication failed") ||
		strings.Contains(s, "incoming packet is not authentic")
}
