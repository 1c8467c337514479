package device

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/panicbutton/panicbutton/internal/apperr"
)

// SessionTTL is how long a launch session token is valid.
const SessionTTL = 30 * time.Minute

// sessionClaims bind a launch session to a printer and its panic button.
type sessionClaims struct {
	PanicButtonID int `json:"pb"`
	jwt.RegisteredClaims
}

type session struct {
	PrinterID, PanicButtonID int
	Token                    string
}

func (s *Service) signSession(printerID, panicButtonID int) (string, error) {
	now := s.now()
	claims := sessionClaims{
		PanicButtonID: panicButtonID,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   strconv.Itoa(printerID),
			Audience:  jwt.ClaimStrings{"panicbutton-device"},
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(SessionTTL)),
		},
	}
	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.secret)
	if err != nil {
		return "", fmt.Errorf("sign session: %w", err)
	}
	return tok, nil
}

// parseSession verifies a session token: garbage is UNAUTHENTICATED, a forged or expired one SESSION_EXPIRED
// (the printer app then launches again).
func (s *Service) parseSession(token string) (*session, error) {
	var claims sessionClaims
	_, err := jwt.ParseWithClaims(token, &claims, func(*jwt.Token) (any, error) { return s.secret, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithAudience("panicbutton-device"),
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
