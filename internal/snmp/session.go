package snmp

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"

	"github.com/gosnmp/gosnmp"
)

// session is what the collector needs from an SNMP connection. get returns the PDUs that exist
// (missing OIDs are simply absent from the map); walk returns the PDUs under root in order.
// Errors are already classified (*Error).
type session interface {
	get(oids []string) (map[string]gosnmp.SnmpPDU, error)
	walk(root string) ([]gosnmp.SnmpPDU, error)
	remoteIP() string
	close()
}

const (
	getChunk    = 16   // OIDs per GET request: small enough for the most fragile printer agents
	maxWalkRows = 4096 // a buggy agent must not make us walk forever
	walkMaxReps = 25   // GETBULK max-repetitions
)

var errWalkTooLong = errors.New("walk returned too many rows")

type gosnmpSession struct {
	ctx      context.Context
	t        Target
	g        *gosnmp.GoSNMP
	stop     func() bool
	answered bool // an authenticated answer was received
}

// dial opens a UDP "connection" to the target (no packet is sent yet).
func dial(ctx context.Context, t Target) (*gosnmpSession, error) {
	g := &gosnmp.GoSNMP{
		Target:             t.Host,
		Port:               uint16(t.Port), //nolint:gosec // checked in normalized
		Transport:          "udp",
		Community:          t.Community,
		Timeout:            t.Timeout,
		Retries:            t.Retries,
		ExponentialTimeout: false,
		MaxOids:            getChunk,
		MaxRepetitions:     walkMaxReps,
		Context:            ctx,
	}
	switch t.Version {
	case V1:
		g.Version = gosnmp.Version1
	case V3:
		flags, sp, err := t.usm()
		if err != nil {
			return nil, &Error{Target: t.String(), Op: "check target", Kind: ErrInvalidTarget, Detail: err.Error()}
		}
		g.Version, g.SecurityModel, g.MsgFlags, g.SecurityParameters = gosnmp.Version3, gosnmp.UserSecurityModel, flags, sp
	default:
		g.Version = gosnmp.Version2c
	}
	var refused error
	if t.Guard != nil {
		g.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				refused = fmt.Errorf("cannot check address %q", address)
				return refused
			}
			refused = t.Guard.Check(ap.Addr())
			return refused
		}
	}
	if err := g.Connect(); err != nil {
		if refused != nil {
			return nil, &Error{Target: t.String(), Op: "check target", Kind: ErrInvalidTarget, Detail: refused.Error()}
		}
		return nil, classify(ctx, t, "connect", err)
	}
	s := &gosnmpSession{ctx: ctx, t: t, g: g}
	// gosnmp only looks at the context between attempts and through its deadline; closing the socket
	// makes a cancellation interrupt a read that is waiting for a reply.
	s.stop = context.AfterFunc(ctx, func() {
		if c := g.Conn; c != nil {
			_ = c.Close()
		}
	})
	return s, nil
}

func (s *gosnmpSession) close() {
	s.stop()
	if s.g.Conn != nil {
		_ = s.g.Conn.Close()
	}
}

func (s *gosnmpSession) remoteIP() string {
	if s.g.Conn == nil {
		return ""
	}
	if a, ok := s.g.Conn.RemoteAddr().(*net.UDPAddr); ok {
		return a.IP.String()
	}
	host, _, err := net.SplitHostPort(s.g.Conn.RemoteAddr().String())
	if err != nil {
		return ""
	}
	return host
}

func (s *gosnmpSession) get(oids []string) (map[string]gosnmp.SnmpPDU, error) {
	out := make(map[string]gosnmp.SnmpPDU, len(oids))
	for start := 0; start < len(oids); start += getChunk {
		end := min(start+getChunk, len(oids))
		if err := s.getInto(oids[start:end], out); err != nil {
			return out, err
		}
	}
	return out, nil
}

// getInto sends one GET and copies the present values into out. SNMPv1 answers a GET naming one
// missing OID with noSuchName and no values at all, so the offending OID is dropped and the GET
// repeated; tooBig splits the request.
func (s *gosnmpSession) getInto(oids []string, out map[string]gosnmp.SnmpPDU) error {
	for len(oids) > 0 {
		pkt, err := s.g.Get(oids)
		if err != nil {
			return s.fail("get", err)
		}
		s.answered = true
		switch pkt.Error {
		case gosnmp.NoError:
			for _, pdu := range pkt.Variables {
				if present(pdu) {
					out[pdu.Name] = pdu
				}
			}
			return nil
		case gosnmp.NoSuchName:
			i := int(pkt.ErrorIndex) - 1
			if i < 0 || i >= len(oids) {
				return s.getOneByOne(oids, out)
			}
			oids = append(append([]string(nil), oids[:i]...), oids[i+1:]...)
		case gosnmp.TooBig:
			if len(oids) == 1 {
				return nil
			}
			half := len(oids) / 2
			if err := s.getInto(oids[:half], out); err != nil {
				return err
			}
			oids = oids[half:]
		default:
			// genErr and friends on one bad OID: find the good ones individually.
			if len(oids) == 1 {
				return nil
			}
			return s.getOneByOne(oids, out)
		}
	}
	return nil
}

func (s *gosnmpSession) getOneByOne(oids []string, out map[string]gosnmp.SnmpPDU) error {
	for _, oid := range oids {
		pkt, err := s.g.Get([]string{oid})
		if err != nil {
			return s.fail("get", err)
		}
		if pkt.Error != gosnmp.NoError {
			continue
		}
		for _, pdu := range pkt.Variables {
			if present(pdu) {
				out[pdu.Name] = pdu
			}
		}
	}
	return nil
}

func (s *gosnmpSession) walk(root string) ([]gosnmp.SnmpPDU, error) {
	var rows []gosnmp.SnmpPDU
	fn := func(pdu gosnmp.SnmpPDU) error {
		if len(rows) >= maxWalkRows {
			return errWalkTooLong
		}
		if present(pdu) {
			rows = append(rows, pdu)
		}
		return nil
	}
	var err error
	if s.t.Version == V1 {
		err = s.g.Walk(root, fn)
	} else {
		err = s.g.BulkWalk(root, fn)
	}
	switch {
	case errors.Is(err, errWalkTooLong):
		return rows, nil // keep what we have: the first maxWalkRows rows
	case err != nil && strings.Contains(err.Error(), "OID not increasing"):
		// A known agent bug (it loops); what came before the loop is valid.
		return rows, nil
	case err != nil:
		return rows, s.fail("walk "+root, err)
	}
	s.answered = true
	return rows, nil
}

// fail classifies an error. For SNMPv3 it also explains failures that gosnmp cannot tell apart: the
// agent's USM error reports are not authenticated, so gosnmp discards them ("not authentic") and a
// wrong user, a wrong password and a wrong protocol all look alike; and net-snmp drops a request it
// cannot decrypt, so a wrong privacy password looks like silence.
func (s *gosnmpSession) fail(op string, err error) error {
	e := classify(s.ctx, s.t, op, err)
	if s.t.Version != V3 || s.answered || s.ctx.Err() != nil {
		return e
	}
	var ce *Error
	if !errors.As(e, &ce) {
		return e
	}
	switch {
	case errors.Is(e, ErrUnreachable) && s.engineDiscovered():
		ce.Kind = ErrAuth
		ce.Detail = "the agent answered SNMPv3 engine discovery but not our request: wrong privacy password or privacy protocol"
	case errors.Is(e, ErrAuth) && isAuthFailure(err):
		ce.Detail = s.probeUser()
	}
	return ce
}

func (s *gosnmpSession) engineDiscovered() bool {
	usp, ok := s.g.SecurityParameters.(*gosnmp.UsmSecurityParameters)
	return ok && usp.AuthoritativeEngineID != ""
}

// probeUser asks the agent, without authentication, whether the user exists: an unknown user gets a
// usmStatsUnknownUserNames report, a known one an answer or usmStatsUnsupportedSecLevels.
func (s *gosnmpSession) probeUser() string {
	generic := "the agent rejected our credentials: wrong user, password or protocol"
	g := &gosnmp.GoSNMP{
		Target: s.t.Host, Port: uint16(s.t.Port), Transport: "udp", Version: gosnmp.Version3, //nolint:gosec // checked
		Timeout: s.t.Timeout, Retries: 0, Context: s.ctx, SecurityModel: gosnmp.UserSecurityModel,
		MsgFlags:           gosnmp.NoAuthNoPriv,
		SecurityParameters: &gosnmp.UsmSecurityParameters{UserName: s.t.V3User},
	}
	if err := g.Connect(); err != nil {
		return generic
	}
	defer func() { _ = g.Conn.Close() }()
	_, err := g.Get([]string{oidSysName})
	switch {
	case errors.Is(err, gosnmp.ErrUnknownUsername):
		return fmt.Sprintf("unknown user %q (agent reported usmStatsUnknownUserNames)", s.t.V3User)
	case err == nil || errors.Is(err, gosnmp.ErrUnknownSecurityLevel):
		// A known user answered without authentication gets a response (often authorizationError)
		// or usmStatsUnsupportedSecLevels: the user exists, so our key is what is wrong.
		return fmt.Sprintf("user %q exists but the authentication password or protocol is wrong (usmStatsWrongDigests)", s.t.V3User)
	}
	return generic
}

// present reports whether a PDU carries a value (not NoSuchObject/NoSuchInstance/EndOfMibView/Null).
func present(pdu gosnmp.SnmpPDU) bool {
	switch pdu.Type {
	case gosnmp.NoSuchObject, gosnmp.NoSuchInstance, gosnmp.EndOfMibView, gosnmp.Null, gosnmp.UnknownType:
		return false
	}
	return pdu.Value != nil
}

// compile-time check
var _ session = (*gosnmpSession)(nil)
