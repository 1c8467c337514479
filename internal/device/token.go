package device

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/panicbutton/panicbutton/internal/apperr"
)

// SessionTTL is how long a launch session token is valid.
const SessionTTL = 30 * time.Minute

// sessionAudience is the audience of session tokens.
const sessionAudience = "panicbutton-device"

// sessionClaims bind a launch session to a printer and its panic button.
type sessionClaims struct {
	PanicButtonID int `json:"pb"`
	jwt.RegisteredClaims
}

type session struct {
	PrinterID, PanicButtonID int
	Token                    string
}

// sessionHeader is the encoded JOSE header of every session token: the one jwt.NewWithClaims writes for HS256.
var sessionHeader = base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))

// signSession signs a session token for the printer and its panic button. The token is byte for byte what
// jwt.NewWithClaims(jwt.SigningMethodHS256, sessionClaims{…}).SignedString writes (TestSignSession_IsTheLibrarysToken),
// and parseSession reads it with the library; only the constant header and the claims' JSON are written here
// directly rather than through reflection, as this runs on every launch.
func (s *Service) signSession(printerID, panicButtonID int) (string, error) {
	now := s.now()
	b := make([]byte, 0, 160)
	b = append(b, sessionHeader...)
	b = append(b, '.')
	claims := make([]byte, 0, 96)
	claims = append(claims, `{"pb":`...)
	claims = strconv.AppendInt(claims, int64(panicButtonID), 10)
	claims = append(claims, `,"sub":"`...)
	claims = strconv.AppendInt(claims, int64(printerID), 10)
	claims = append(claims, `","aud":["`+sessionAudience+`"],"exp":`...)
	claims = strconv.AppendInt(claims, now.Add(SessionTTL).Unix(), 10)
	claims = append(claims, `,"iat":`...)
	claims = strconv.AppendInt(claims, now.Unix(), 10)
	claims = append(claims, '}')
	b = base64.RawURLEncoding.AppendEncode(b, claims)
	sig, err := jwt.SigningMethodHS256.Sign(string(b), s.secret)
	if err != nil {
		return "", fmt.Errorf("sign session: %w", err)
	}
	b = append(b, '.')
	b = base64.RawURLEncoding.AppendEncode(b, sig)
	return string(b), nil
}

// parseSession verifies a session token: garbage is UNAUTHENTICATED, a forged or expired one SESSION_EXPIRED
// (the printer app then launches again).
func (s *Service) parseSession(token string) (*session, error) {
	var claims sessionClaims
	_, err := jwt.ParseWithClaims(token, &claims, func(*jwt.Token) (any, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithAudience(sessionAudience),
		jwt.WithTimeFunc(s.now), jwt.WithExpirationRequired())
	switch {
	case err == nil:
	case errors.Is(err, jwt.ErrTokenMalformed):
		return nil, apperr.New(apperr.Unauthenticated, "sessionToken is not a session token")
	default:
		return nil, apperr.New(apperr.SessionExpired, "the session has expired: launch again")
	}
	id, err := strconv.Atoi(claims.Subject)
	if err != nil || claims.PanicButtonID == 0 {
		return nil, apperr.New(apperr.SessionExpired, "the session has expired: launch again")
	}
	return &session{PrinterID: id, PanicButtonID: claims.PanicButtonID, Token: token}, nil
}
