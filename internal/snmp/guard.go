package snmp

import (
	"fmt"
	"net/netip"
	"slices"
)

// AddrGuard decides which addresses the server's poller may send SNMP to. Printers' addresses are told by
// devices (no login) and typed by admins, so without it a printer set to 127.0.0.1, ::1 or 169.254.169.254
// would make the server probe itself or its cloud's metadata service. Loopback, link-local (the metadata
// address among them), unspecified, multicast and broadcast addresses, and the cloud metadata addresses outside
// those ranges, are refused unless an operator allows a range (SNMP_ALLOWED_RANGES). The check is made on the
// address actually dialed, after DNS resolution.
type AddrGuard struct {
	Allowed []netip.Prefix
}

var metadataAddrs = []netip.Addr{
	netip.MustParseAddr("fd00:ec2::254"),   // AWS IPv6 metadata
	netip.MustParseAddr("100.100.100.200"), // Alibaba Cloud metadata
	netip.MustParseAddr("255.255.255.255"),
}

// Check returns an error when ip may not be polled.
func (g *AddrGuard) Check(ip netip.Addr) error {
	ip = ip.Unmap()
	for _, p := range g.Allowed {
		if p.Contains(ip) {
			return nil
		}
	}
	var what string
	switch {
	case ip.IsLoopback():
		what = "a loopback address"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		what = "a link-local address (cloud metadata lives there)"
	case ip.IsUnspecified():
		what = "the unspecified address"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		what = "a multicast address"
	case slices.Contains(metadataAddrs, ip):
		what = "a metadata or broadcast address"
	default:
		return nil
	}
	return fmt.Errorf("%s is %s: the server does not poll it (an operator may allow a range with SNMP_ALLOWED_RANGES)", ip, what)
}
