package device

import (
	"strconv"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// TestSignSession_IsTheLibrarysToken: the session token signSession writes is byte for byte the one the JWT
// library writes for the same claims (so tokens issued before and after are the same format), and
// parseSession reads it back.
func TestSignSession_IsTheLibrarysToken(t *testing.T) {
	for _, tc := range []struct {
		printer, pb int
		at          time.Time
	}{
		{1, 1, time.Unix(1_700_000_000, 0)},
		{60129542144, 55834574848, time.Date(2026, 12, 1, 21, 19, 51, 243669553, time.UTC)},
		{7, 4294967296, time.Date(2031, 1, 2, 3, 4, 5, 999999999, time.FixedZone("x", 3600))},
	} {
		s := &Service{secret: []byte("0123456789abcdef0123456789abcdef-test-secret"), now: func() time.Time { return tc.at }}
		got, err := s.signSession(tc.printer, tc.pb)
		if err != nil {
			t.Fatal(err)
		}
		want, err := jwt.NewWithClaims(jwt.SigningMethodHS256, sessionClaims{PanicButtonID: tc.pb,
			RegisteredClaims: jwt.RegisteredClaims{Subject: strconv.Itoa(tc.printer), Audience: jwt.ClaimStrings{"panicbutton-device"},
				IssuedAt: jwt.NewNumericDate(tc.at), ExpiresAt: jwt.NewNumericDate(tc.at.Add(SessionTTL))}}).SignedString(s.secret)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("printer %d, panic button %d:\n got %s\nwant %s", tc.printer, tc.pb, got, want)
		}
		sess, err := s.parseSession(got)
		if err != nil || sess.PrinterID != tc.printer || sess.PanicButtonID != tc.pb {
			t.Errorf("parse %s: %+v, %v", got, sess, err)
		}
	}
}
