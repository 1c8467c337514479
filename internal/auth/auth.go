// Package auth signs people in and out: password hashing, server-side sessions (cookie or bearer token),
// and the HTTP middleware that puts the caller's viewer in the request context.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/viewer"
)

// ErrInvalidCredentials is the one answer to an unknown email, a wrong password or a disabled account.
var ErrInvalidCredentials = errors.New("invalid email or password")

// ErrWeakPassword is returned for passwords that do not meet the minimum strength.
var ErrWeakPassword = errors.New("password must be at least 10 characters")

// MinPasswordLength is the minimum password length.
const MinPasswordLength = 10

// Service manages passwords and sessions.
type Service struct {
	client     *ent.Client
	sessionTTL time.Duration
	now        func() time.Time
	// ClientIP resolves callers' addresses (trusted proxies); nil means the peer address.
	ClientIP *ClientIP
	// dummyHash is compared against when the email is unknown, so both paths take the same time.
	dummyHash []byte
}

// NewService returns a Service storing sessions through client.
func NewService(client *ent.Client, sessionTTL time.Duration) *Service {
	dummy, _ := bcrypt.GenerateFromPassword([]byte("not-a-real-password"), bcrypt.DefaultCost)
	return &Service{client: client, sessionTTL: sessionTTL, now: time.Now, dummyHash: dummy}
}

// NormalizeEmail parses an address and lower-cases it (MySQL columns here compare case-sensitively).
func NormalizeEmail(s string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(s))
	if err != nil || a.Name != "" {
		return "", fmt.Errorf("not a valid email address")
	}
	return strings.ToLower(a.Address), nil
}

// HashPassword checks the minimum strength and returns a bcrypt hash.
func HashPassword(password string) (string, error) {
	if len([]rune(password)) < MinPasswordLength {
		return "", ErrWeakPassword
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(h), nil
}

// Login checks the credentials and opens a session; it returns the session token.
func (s *Service) Login(ctx context.Context, email, password, ip, userAgent string) (string, *ent.User, error) {
	sys := rule.SystemContext(ctx)
	norm, err := NormalizeEmail(email)
	if err != nil {
		_ = bcrypt.CompareHashAndPassword(s.dummyHash, []byte(password))
		return "", nil, ErrInvalidCredentials
	}
	u, err := s.client.User.Query().Where(user.Email(norm)).Only(sys)
	if err != nil {
		if !ent.IsNotFound(err) {
			return "", nil, fmt.Errorf("login: %w", err)
		}
		_ = bcrypt.CompareHashAndPassword(s.dummyHash, []byte(password))
		return "", nil, ErrInvalidCredentials
	}
	hash := s.dummyHash
	if u.PasswordHash != "" {
		hash = []byte(u.PasswordHash)
	}
	if bcrypt.CompareHashAndPassword(hash, []byte(password)) != nil || u.PasswordHash == "" || !u.Active {
		return "", nil, ErrInvalidCredentials
	}
	if u.OrganizationID != nil {
		org, err := s.client.Organization.Get(sys, *u.OrganizationID)
		if err != nil {
			return "", nil, fmt.Errorf("login: %w", err)
		}
		if !org.Active {
			return "", nil, ErrInvalidCredentials
		}
	}
	token, err := randomToken()
	if err != nil {
		return "", nil, err
	}
	now := s.now()
	if len(userAgent) > 300 {
		userAgent = userAgent[:300]
	}
	err = s.client.Session.Create().SetTokenHash(hashToken(token)).SetUserID(u.ID).
		SetExpiresAt(now.Add(s.sessionTTL)).SetIP(ip).SetUserAgent(userAgent).Exec(sys)
	if err != nil {
		return "", nil, fmt.Errorf("login: create session: %w", err)
	}
	if err := s.client.User.UpdateOne(u).SetLastLoginAt(now).Exec(sys); err != nil {
		return "", nil, fmt.Errorf("login: %w", err)
	}
	return token, u, nil
}

// Logout revokes the session of token. Unknown tokens are ignored.
func (s *Service) Logout(ctx context.Context, token string) error {
	_, err := s.client.Session.Update().
		Where(session.TokenHash(hashToken(token)), session.RevokedAtIsNil()).
		SetRevokedAt(s.now()).Save(rule.SystemContext(ctx))
	if err != nil {
		return fmt.Errorf("logout: %w", err)
	}
	return nil
}

// ErrNoSession is returned for a missing, expired or revoked session.
var ErrNoSession = errors.New("no valid session")

// Authenticate resolves a session token to its viewer.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	if token == "" {
		return nil, ErrNoSession
	}
	sys := rule.SystemContext(ctx)
	ses, err := s.client.Session.Query().Where(session.TokenHash(hashToken(token))).WithUser().Only(sys)
	if ent.IsNotFound(err) {
		return nil, ErrNoSession
	}
	if err != nil {
		return nil, fmt.Errorf("authenticate: %w", err)
	}
	u := ses.Edges.User
	if ses.RevokedAt != nil || !s.now().Before(ses.ExpiresAt) || u == nil || !u.Active {
		return nil, ErrNoSession
	}
	v := &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), SessionID: ses.ID}
	if u.OrganizationID != nil {
		v.OrgID = *u.OrganizationID
	}
	return v, nil
}

func randomToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// hashToken is how tokens are stored: a leaked table does not give working sessions.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
