package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"

	"github.com/panicbutton/panicbutton/internal/apperr"
)

// Guard decides which addresses webhooks may be delivered to. An endpoint URL is typed by an admin or a
// partner's key, so without it a webhook to http://127.0.0.1:6379/ or http://169.254.169.254/ would make the
// server reach its own network or its cloud's metadata service. Only public unicast addresses pass: loopback,
// private (RFC 1918, fc00::/7), carrier-grade NAT, link-local (cloud metadata among them), unspecified,
// multicast, broadcast, documentation and other special-purpose ranges are refused, unless an operator allows a
// range (WEBHOOK_ALLOWED_RANGES). The check runs when a webhook is saved (on every address its host resolves
// to) and again on the address each delivery actually connects to (Control), so a name that resolves elsewhere
// later (DNS rebinding) gains nothing.
type Guard struct {
	Allowed []netip.Prefix
}

// refused are the special-purpose ranges that are not reachable public unicast addresses.
var refused = []struct {
	prefix netip.Prefix
	what   string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "a \"this network\" address"},
	{netip.MustParsePrefix("10.0.0.0/8"), "a private address"},
	{netip.MustParsePrefix("100.64.0.0/10"), "a carrier-grade NAT address"},
	{netip.MustParsePrefix("127.0.0.0/8"), "a loopback address"},
	{netip.MustParsePrefix("169.254.0.0/16"), "a link-local address (cloud metadata lives there)"},
	{netip.MustParsePrefix("172.16.0.0/12"), "a private address"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol address"},
	{netip.MustParsePrefix("192.0.2.0/24"), "a documentation address"},
	{netip.MustParsePrefix("192.88.99.0/24"), "a relay anycast address"},
	{netip.MustParsePrefix("192.168.0.0/16"), "a private address"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("198.51.100.0/24"), "a documentation address"},
	{netip.MustParsePrefix("203.0.113.0/24"), "a documentation address"},
	{netip.MustParsePrefix("224.0.0.0/4"), "a multicast address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved or broadcast address"},
	{netip.MustParsePrefix("100.100.100.200/32"), "a cloud metadata address"},
	{netip.MustParsePrefix("::/128"), "the unspecified address"},
	{netip.MustParsePrefix("::1/128"), "a loopback address"},
	{netip.MustParsePrefix("64:ff9b::/96"), "a NAT64 address"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "a NAT64 address"},
	{netip.MustParsePrefix("100::/64"), "a discard address"},
	{netip.MustParsePrefix("2001:db8::/32"), "a documentation address"},
	{netip.MustParsePrefix("2002::/16"), "a 6to4 address"},
	{netip.MustParsePrefix("fc00::/7"), "a private (unique local) address"},
	{netip.MustParsePrefix("fe80::/10"), "a link-local address"},
	{netip.MustParsePrefix("fec0::/10"), "a site-local address"},
	{netip.MustParsePrefix("ff00::/8"), "a multicast address"},
}

// ErrRefusedAddress wraps every refusal of the guard.
var ErrRefusedAddress = errors.New("address refused")

// Check returns an error wrapping ErrRefusedAddress when ip may not receive webhooks.
func (g *Guard) Check(ip netip.Addr) error {
	ip = ip.Unmap().WithZone("")
	for _, p := range g.Allowed {
		if p.Contains(ip) {
			return nil
		}
	}
	if !ip.IsValid() {
		return fmt.Errorf("%w: not an IP address", ErrRefusedAddress)
	}
	for _, r := range refused {
		if r.prefix.Contains(ip) {
			return fmt.Errorf("%w: %s is %s; webhooks go to public addresses only (an operator may allow a range with WEBHOOK_ALLOWED_RANGES)", ErrRefusedAddress, ip, r.what)
		}
	}
	return nil
}

// Control is a net.Dialer Control function refusing connections to addresses Check refuses: it sees the
// address being connected to, after name resolution.
func (g *Guard) Control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrRefusedAddress, address, err)
	}
	return g.Check(ap.Addr())
}

// Resolver looks up a host's addresses (net.DefaultResolver in production).
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// CheckURL validates an endpoint URL as it is saved: absolute http(s), no credentials, a host whose every
// address passes Check. Errors are BAD_USER_INPUT on field.
func (g *Guard) CheckURL(ctx context.Context, r Resolver, field, raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil, apperr.Invalid(field, "must not be empty")
	}
	if len(raw) > 2000 {
		return nil, apperr.Invalid(field, "at most 2000 characters")
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return nil, apperr.Invalid(field, "must be an absolute http:// or https:// URL")
	}
	if u.User != nil {
		return nil, apperr.Invalid(field, "must not carry a user name or password")
	}
	if u.Fragment != "" {
		return nil, apperr.Invalid(field, "must not have a #fragment")
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil {
		if err := g.Check(ip); err != nil {
			return nil, apperr.Invalid(field, "%s", strings.TrimPrefix(err.Error(), ErrRefusedAddress.Error()+": "))
		}
		return u, nil
	}
	addrs, err := r.LookupNetIP(ctx, "ip", host)
	if err != nil || len(addrs) == 0 {
		return nil, apperr.Invalid(field, "the host %q does not resolve", host)
	}
	for _, a := range addrs {
		if err := g.Check(a); err != nil {
			return nil, apperr.Invalid(field, "%s resolves to %s", host, strings.TrimPrefix(err.Error(), ErrRefusedAddress.Error()+": "))
		}
	}
	return u, nil
}

// dialer is a dialer whose every connection is checked by the guard.
func (g *Guard) dialer() *net.Dialer {
	return &net.Dialer{Timeout: 10e9, Control: g.Control}
}
