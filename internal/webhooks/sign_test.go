package webhooks

import (
	"context"
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/apperr"
)

// TestSign_MatchesTheSpecificationsTestVector: the example of the Standard Webhooks specification (its
// "Signature scheme" section and every reference library's tests).
func TestSign_MatchesTheSpecificationsTestVector(t *testing.T) {
	h, err := Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", time.Unix(1614265330, 0), []byte(`{"test": 2432232314}`),
		"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := h.Get("webhook-signature"), "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="; got != want {
		t.Errorf("signature %q, want %q", got, want)
	}
	if h.Get("webhook-id") != "msg_p5jXN8AQM9LWM0D4loKWxJek" || h.Get("webhook-timestamp") != "1614265330" {
		t.Errorf("headers %v", h)
	}
	two, err := Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", time.Unix(1614265330, 0), []byte(`{"test": 2432232314}`),
		NewSecret(), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
	if err != nil {
		t.Fatal(err)
	}
	sigs := strings.Split(two.Get("webhook-signature"), " ")
	if len(sigs) != 2 || sigs[1] != "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" || !strings.HasPrefix(sigs[0], "v1,") {
		t.Errorf("two secrets: %q", sigs)
	}
}

func TestNewSecret_IsWhsecAndBase64Of32Bytes(t *testing.T) {
	s := NewSecret()
	if !strings.HasPrefix(s, "whsec_") || len(s) != len("whsec_")+44 || s == NewSecret() {
		t.Errorf("secret %q", s)
	}
	if id := NewEventID(); !strings.HasPrefix(id, "msg_") || len(id) != 30 || id == NewEventID() {
		t.Errorf("event id %q", id)
	}
}

type fakeResolver map[string][]netip.Addr

func (f fakeResolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	if a, ok := f[host]; ok {
		return a, nil
	}
	return nil, errors.New("no such host")
}

func TestGuard_RefusesNonPublicAddressesUnlessAllowed(t *testing.T) {
	g := &Guard{}
	for _, ip := range []string{"127.0.0.1", "127.8.8.8", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
		"fe80::1", "fd00:ec2::254", "100.100.100.200", "100.64.0.1", "0.0.0.0", "::", "224.0.0.1", "255.255.255.255",
		"::ffff:127.0.0.1", "::ffff:169.254.169.254", "192.0.2.1"} {
		if err := g.Check(netip.MustParseAddr(ip)); !errors.Is(err, ErrRefusedAddress) {
			t.Errorf("%s: %v, want refused", ip, err)
		}
	}
	for _, ip := range []string{"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"} {
		if err := g.Check(netip.MustParseAddr(ip)); err != nil {
			t.Errorf("%s refused: %v", ip, err)
		}
	}
	allowed := &Guard{Allowed: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}
	if err := allowed.Check(netip.MustParseAddr("127.0.0.1")); err != nil {
		t.Errorf("allowed 127.0.0.1: %v", err)
	}
	if err := allowed.Check(netip.MustParseAddr("127.0.0.2")); err == nil {
		t.Error("127.0.0.2 is outside the allowed range")
	}

	r := fakeResolver{"hooks.partner.example": {netip.MustParseAddr("93.184.216.34")},
		"sneaky.example": {netip.MustParseAddr("93.184.216.34"), netip.MustParseAddr("10.0.0.5")}}
	ctx := context.Background()
	if _, err := g.CheckURL(ctx, r, "input.url", "https://hooks.partner.example/in?x=1"); err != nil {
		t.Errorf("public host: %v", err)
	}
	for raw, want := range map[string]string{
		"http://169.254.169.254/latest/meta-data": "link-local",
		"http://127.0.0.1:8080/hook":              "loopback",
		"http://[::1]/":                           "loopback",
		"https://sneaky.example/":                 "private",
		"ftp://hooks.partner.example/":            "http",
		"https://user:pw@hooks.partner.example/":  "password",
		"https://nowhere.example/":                "does not resolve",
		"/relative":                               "http",
		"":                                        "empty",
	} {
		_, err := g.CheckURL(ctx, r, "input.url", raw)
		e, ok := apperr.As(err)
		if !ok || e.Code != apperr.BadUserInput || e.Field != "input.url" || !strings.Contains(e.Message, want) {
			t.Errorf("%q: %v, want BAD_USER_INPUT on input.url mentioning %q", raw, err, want)
		}
	}
}

func TestWait_FollowsTheScheduleWithJitter(t *testing.T) {
	s := &Service{cfg: Config{Schedule: DefaultSchedule}}
	for i, want := range DefaultSchedule {
		for range 20 {
			got, ok := s.Wait(i + 1)
			if !ok || got < want*9/10 || got > want*11/10 {
				t.Fatalf("wait after attempt %d = %s, want %s ±10%%", i+1, got, want)
			}
		}
	}
	if _, ok := s.Wait(len(DefaultSchedule) + 1); ok {
		t.Error("a wait after the last attempt")
	}
	if got := retryAfter("120", time.Now()); got != 2*time.Minute {
		t.Errorf("Retry-After 120 = %s", got)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if got := retryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now); got != 30*time.Second {
		t.Errorf("Retry-After date = %s", got)
	}
}
