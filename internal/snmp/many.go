package snmp

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"

	"golang.org/x/sync/errgroup"
)

// Result is the outcome of one target in CollectMany.
type Result struct {
	Target  Target
	Reading *Reading
	Err     error
}

// collectOne is Collect; tests replace it to observe CollectMany.
var collectOne = Collect

// DefaultConcurrency is used by CollectMany when concurrency < 1.
const DefaultConcurrency = 16

// CollectMany collects every target with at most concurrency collections in flight. Results are in the
// order of targets; one target's failure does not stop the others. When ctx ends, targets not yet
// started get ctx's error.
func CollectMany(ctx context.Context, targets []Target, concurrency int) []Result {
	if concurrency < 1 {
		concurrency = DefaultConcurrency
	}
	results := make([]Result, len(targets))
	g := new(errgroup.Group)
	g.SetLimit(concurrency)
	for i, t := range targets {
		results[i].Target = t
		if err := ctx.Err(); err != nil {
			results[i].Err = classify(ctx, t, "collect", err)
			continue
		}
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				results[i].Err = classify(ctx, t, "collect", err)
				return nil
			}
			results[i].Reading, results[i].Err = collectOne(ctx, t)
			return nil // never cancel the siblings
		})
	}
	_ = g.Wait()
	return results
}

// HostPort is one address produced by ExpandTargets; Port 0 means the target's default port.
type HostPort struct {
	Host string
	Port int
}

// MaxExpand bounds how many addresses one CIDR may expand to.
const MaxExpand = 65536

// ExpandTargets expands a target specification:
//
//	"10.0.0.0/30"     every usable address of the prefix (IPv4 network and broadcast addresses are
//	                  skipped for prefixes shorter than /31); at most MaxExpand addresses
//	"10.0.0.5"        one address; "printer.lan" one host name
//	"host:1161", "[::1]:1161", "::1"   with or without a port
func ExpandTargets(spec string) ([]HostPort, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil, fmt.Errorf("empty target")
	}
	if strings.Contains(spec, "/") {
		prefix, err := netip.ParsePrefix(spec)
		if err != nil {
			return nil, fmt.Errorf("target %q: not a CIDR prefix like 10.0.0.0/24: %v", spec, err)
		}
		prefix = prefix.Masked()
		bits := prefix.Addr().BitLen() - prefix.Bits()
		if bits > 16 {
			return nil, fmt.Errorf("target %q: %s is larger than %d addresses", spec, prefix, MaxExpand)
		}
		var out []HostPort
		first, count := prefix.Addr(), 1<<bits
		a := first
		for i := 0; i < count; i++ {
			skip := a.Is4() && bits >= 2 && (i == 0 || i == count-1)
			if !skip {
				out = append(out, HostPort{Host: a.String()})
			}
			a = a.Next()
		}
		return out, nil
	}
	if ip, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(spec, "["), "]")); err == nil {
		return []HostPort{{Host: ip.String()}}, nil
	}
	host, portStr, err := net.SplitHostPort(spec)
	if err != nil {
		if strings.ContainsAny(spec, ":[] ") {
			return nil, fmt.Errorf("target %q: not HOST, HOST:PORT, [IPv6]:PORT or a CIDR prefix", spec)
		}
		return []HostPort{{Host: spec}}, nil
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 1 || port > 65535 || host == "" {
		return nil, fmt.Errorf("target %q: bad host or port", spec)
	}
	return []HostPort{{Host: host, Port: port}}, nil
}

// TargetsFor expands every spec with ExpandTargets and returns one copy of base per address (the spec's
// port, when it has one, replaces base.Port).
func TargetsFor(base Target, specs ...string) ([]Target, error) {
	var out []Target
	for _, spec := range specs {
		hps, err := ExpandTargets(spec)
		if err != nil {
			return nil, err
		}
		for _, hp := range hps {
			t := base
			t.Host = hp.Host
			if hp.Port != 0 {
				t.Port = hp.Port
			}
			out = append(out, t)
		}
	}
	return out, nil
}
