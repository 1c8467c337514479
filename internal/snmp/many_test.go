package snmp

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
)

func TestExpandTargets(t *testing.T) {
	cases := []struct {
		in   string
		want []HostPort
	}{
		{"10.0.0.0/30", []HostPort{{"10.0.0.1", 0}, {"10.0.0.2", 0}}},
		{"10.0.0.5/30", []HostPort{{"10.0.0.5", 0}, {"10.0.0.6", 0}}}, // host bits masked: 10.0.0.4/30
		{"192.168.1.7/32", []HostPort{{"192.168.1.7", 0}}},
		{"192.168.1.6/31", []HostPort{{"192.168.1.6", 0}, {"192.168.1.7", 0}}},
		{"127.0.0.1", []HostPort{{"127.0.0.1", 0}}},
		{"127.0.0.1:1161", []HostPort{{"127.0.0.1", 1161}}},
		{"printer.lan", []HostPort{{"printer.lan", 0}}},
		{"printer.lan:161", []HostPort{{"printer.lan", 161}}},
		{"::1", []HostPort{{"::1", 0}}},
		{"[::1]", []HostPort{{"::1", 0}}},
		{"[::1]:1161", []HostPort{{"::1", 1161}}},
		{"fd00::/126", []HostPort{{"fd00::", 0}, {"fd00::1", 0}, {"fd00::2", 0}, {"fd00::3", 0}}},
	}
	for _, c := range cases {
		got, err := ExpandTargets(c.in)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ExpandTargets(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	if got, _ := ExpandTargets("10.1.0.0/16"); len(got) != 65534 {
		t.Errorf("/16 gives %d addresses", len(got))
	}
	for _, bad := range []string{"", "10.0.0.0/8", "10.0.0.0/33", "host:port", "host:0", "host:99999", ":161", "a b", "::1:161:x/"} {
		if got, err := ExpandTargets(bad); err == nil {
			t.Errorf("ExpandTargets(%q) = %v, want an error", bad, got)
		}
	}
	ts, err := TargetsFor(Target{Community: "c", Port: 2000}, "127.0.0.1", "127.0.0.2:3000")
	if err != nil || len(ts) != 2 || ts[0].Port != 2000 || ts[1].Port != 3000 || ts[1].Host != "127.0.0.2" || ts[1].Community != "c" {
		t.Errorf("TargetsFor = %+v, %v", ts, err)
	}
}

func TestCollectManyBoundsConcurrencyAndKeepsOrder(t *testing.T) {
	var inFlight, peak atomic.Int32
	var mu sync.Mutex
	seen := map[string]bool{}
	defer func(f func(context.Context, Target) (*Reading, error)) { collectOne = f }(collectOne)
	collectOne = func(ctx context.Context, tg Target) (*Reading, error) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		mu.Lock()
		seen[tg.Host] = true
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		if tg.Port%2 == 1 {
			return nil, &Error{Target: tg.String(), Kind: ErrUnreachable}
		}
		return &Reading{Target: tg.String(), SysName: tg.Host}, nil
	}
	var targets []Target
	for i := 0; i < 20; i++ {
		targets = append(targets, Target{Host: fmt.Sprintf("h%d", i), Port: 1000 + i})
	}
	res := CollectMany(context.Background(), targets, 3)
	if p := peak.Load(); p > 3 || p < 2 {
		t.Errorf("peak concurrency %d, want 3", p)
	}
	if len(res) != 20 || len(seen) != 20 {
		t.Fatalf("%d results, %d seen", len(res), len(seen))
	}
	for i, r := range res {
		if r.Target.Host != targets[i].Host {
			t.Errorf("result %d is %s", i, r.Target.Host)
		}
		if i%2 == 1 && !errors.Is(r.Err, ErrUnreachable) || i%2 == 0 && (r.Err != nil || r.Reading.SysName != targets[i].Host) {
			t.Errorf("result %d: %+v", i, r)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, r := range CollectMany(ctx, targets[:3], 0) {
		if !errors.Is(r.Err, context.Canceled) {
			t.Errorf("cancelled: %v", r.Err)
		}
	}
}

// Real agents and real failures side by side.
func TestCollectManySNMPD(t *testing.T) {
	a := startAgent(t, xeroxPrinter)
	b := startAgent(t, []string{"sysname second-printer"})
	ok1, ok2 := agentTarget(a), agentTarget(b)
	dead := Target{Host: "127.0.0.1", Port: snmptest.BlackHole(t), Timeout: 200 * time.Millisecond}
	res := CollectMany(context.Background(), []Target{ok1, dead, ok2}, 2)
	if res[0].Err != nil || res[0].Reading.Serial != "SN-SIM-0001" {
		t.Errorf("first: %+v", res[0])
	}
	if !errors.Is(res[1].Err, ErrUnreachable) {
		t.Errorf("second: %v", res[1].Err)
	}
	if res[2].Err != nil || res[2].Reading.SysName != "second-printer" {
		t.Errorf("third: %+v", res[2])
	}
}

// Several SNMPv3 sessions at once (gosnmp caches localized keys globally).
func TestCollectManyV3Concurrent(t *testing.T) {
	a := startAgent(t, xeroxPrinter)
	var targets []Target
	for i := 0; i < 6; i++ {
		targets = append(targets, agentV3Target(a))
	}
	for i, r := range CollectMany(context.Background(), targets, 6) {
		if r.Err != nil || r.Reading.Serial != "SN-SIM-0001" {
			t.Errorf("%d: %v", i, r.Err)
		}
	}
}
