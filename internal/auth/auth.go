// Package auth signs people and partners in: password hashing and strength, login lockout, server-side
// sessions (cookie or bearer token), partner API keys, set-password links, and the HTTP middleware that
// puts the caller's viewer in the request context.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/internal/emailaddr"

	"github.com/trustelem/zxcvbn"
	"github.com/ulule/limiter/v3"
	"golang.org/x/crypto/bcrypt"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
)

// ErrInvalidCredentials is the one answer to an unknown email, a wrong password, a disabled account and a
// locked-out account or address: a caller cannot tell which.
var ErrInvalidCredentials = errors.New("invalid email or password")

// ErrWeakPassword is returned for passwords that do not meet the minimum strength.
var ErrWeakPassword = errors.New("password must be at least 10 characters")

// MinPasswordLength is the minimum password length.
const MinPasswordLength = 10

// Config wires a Service.
type Config struct {
	Client     *ent.Client
	SessionTTL time.Duration
	// Store counts failed logins (memory, or Redis so every instance shares the counts). Nil: no lockout.
	Store   limiter.Store
	Lockout Lockout
	// Secret signs set-password links (SESSION_SECRET).
	Secret []byte
	Now    func() time.Time
}

// Service manages passwords, sessions, API keys and set-password links.
type Service struct {
	client     *ent.Client
	sessionTTL time.Duration
	now        func() time.Time
	lockout    *lockout
	secret     []byte
	// ClientIP resolves callers' addresses (trusted proxies); nil means the peer address.
	ClientIP *ClientIP
	// SecureCookies marks every session cookie Secure: the server is reached over HTTPS (PUBLIC_URL's
	// scheme), whatever the hop in front of it speaks. Otherwise a cookie is Secure when the request came
	// over TLS or a trusted proxy says it did (X-Forwarded-Proto).
	SecureCookies bool
	// dummyHash is compared against when the email is unknown, so both paths take the same time.
	dummyHash []byte
}

// NewService returns a Service storing sessions through c.Client.
func NewService(c Config) *Service {
	dummy, _ := bcrypt.GenerateFromPassword([]byte("not-a-real-password"), bcrypt.DefaultCost)
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Lockout == (Lockout{}) {
		c.Lockout = DefaultLockout
	}
	s := &Service{client: c.Client, sessionTTL: c.SessionTTL, now: c.Now, dummyHash: dummy, secret: c.Secret}
	if c.Store != nil {
		s.lockout = newLockout(c.Store, c.Lockout)
	}
	return s
}

// NormalizeEmail is emailaddr.Normalize, kept for the configuration loader.
func NormalizeEmail(s string) (string, error) { return emailaddr.Normalize(s) }

// HashPassword checks the minimum length and returns a bcrypt hash.
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

// MinPasswordScore is the zxcvbn score (0..4) a password a person chooses must reach: 3 is "safely
// unguessable: moderate protection from an offline slow-hash scenario".
const MinPasswordScore = 3

// CheckPasswordStrength rejects passwords people choose that are short or easy to guess: common passwords,
// words, keyboard walks, dates, and anything made of the user's own email or name (userInputs).
func CheckPasswordStrength(password string, userInputs ...string) error {
	if len([]rune(password)) < MinPasswordLength {
		return ErrWeakPassword
	}
	if len(password) > 72 {
		return errors.New("password must be at most 72 bytes") // bcrypt's limit
	}
	var inputs []string
	for _, in := range userInputs {
		inputs = append(inputs, strings.ToLower(in))
		if local, _, ok := strings.Cut(in, "@"); ok {
			inputs = append(inputs, strings.ToLower(local))
		}
	}
	if zxcvbn.PasswordStrength(password, inputs).Score < MinPasswordScore {
		return errors.New("password is too easy to guess: use a longer phrase of unrelated words")
	}
	return nil
}

// Login checks the credentials and opens a session; it returns the session token. Failures count against
// the account and the address; past the limit, every attempt fails the same way until the window ends.
func (s *Service) Login(ctx context.Context, email, password, ip, userAgent string) (string, *ent.User, error) {
	sys := rule.SystemContext(ctx)
	norm, err := NormalizeEmail(email)
	if err != nil {
		norm = strings.ToLower(strings.TrimSpace(email))
	}
	// The attempt is counted before the password is compared (see lockout.attempt); a locked attempt still
	// compares a hash, so it takes as long as any other.
	locked, _, err := s.lockout.attempt(ctx, norm, ip)
	if err != nil {
		return "", nil, err
	}
	u, err := s.checkPassword(sys, norm, password)
	if err != nil {
		return "", nil, err
	}
	if u == nil || locked {
		return "", nil, ErrInvalidCredentials
	}
	if err := s.lockout.succeed(ctx, norm, ip); err != nil {
		return "", nil, err
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

// checkPassword returns the active user of an active organization with that email and password, or nil. It
// compares a hash whatever happens, so an unknown email takes as long as a wrong password.
func (s *Service) checkPassword(sys context.Context, email, password string) (*ent.User, error) {
	u, err := s.client.User.Query().Where(user.Email(email)).WithOrganization().Only(sys)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("login: %w", err)
	}
	hash := s.dummyHash
	if u != nil && u.PasswordHash != "" {
		hash = []byte(u.PasswordHash)
	}
	match := bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
	if u == nil || u.PasswordHash == "" || !match || !u.Active {
		return nil, nil
	}
	if u.OrganizationID != nil && (u.Edges.Organization == nil || !u.Edges.Organization.Active) {
		return nil, nil
	}
	return u, nil
}

// CheckCurrentPassword reports whether password is the user's current one. It is a password guess like a
// login, so it counts against the account's login lockout first: past the limit it answers RATE_LIMITED
// without comparing, and a right password forgets the account's failures.
func (s *Service) CheckCurrentPassword(ctx context.Context, userID int, password string) (bool, error) {
	u, err := s.client.User.Get(rule.SystemContext(ctx), userID)
	if err != nil {
		return false, fmt.Errorf("check password: %w", err)
	}
	locked, at, err := s.lockout.attempt(ctx, u.Email, "")
	if err != nil {
		return false, err
	}
	if locked {
		return false, lockedOut(at, s.now())
	}
	if u.PasswordHash == "" {
		_ = bcrypt.CompareHashAndPassword(s.dummyHash, []byte(password))
		return false, nil
	}
	if bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)) != nil {
		return false, nil
	}
	return true, s.lockout.succeed(ctx, u.Email, "")
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

// ErrNoSession is returned for a missing, expired or revoked session or API key.
var ErrNoSession = errors.New("no valid session")

// Authenticate resolves a session token or a partner API key (pb_…) to its viewer.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	if token == "" {
		return nil, ErrNoSession
	}
	if strings.HasPrefix(token, APIKeyPrefix) {
		return s.authenticateAPIKey(ctx, token)
	}
	sys := rule.SystemContext(ctx)
	ses, err := s.client.Session.Query().Where(session.TokenHash(hashToken(token))).
		WithUser(func(q *ent.UserQuery) { q.WithOrganization() }).Only(sys)
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
	if u.OrganizationID != nil && (u.Edges.Organization == nil || !u.Edges.Organization.Active) {
		return nil, ErrNoSession
	}
	v := &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), SessionID: ses.ID}
	if u.OrganizationID != nil {
		v.OrgID = *u.OrganizationID
	}
	return v, nil
}

// RevokeUserSessions ends every open session of the users (on disable, password change, deletion).
// except, when not 0, is a session to keep (the one changing its own password).
func (s *Service) RevokeUserSessions(ctx context.Context, client *ent.Client, except int, userIDs ...int) error {
	if len(userIDs) == 0 {
		return nil
	}
	q := client.Session.Update().Where(session.UserIDIn(userIDs...), session.RevokedAtIsNil())
	if except != 0 {
		q.Where(session.IDNEQ(except))
	}
	if _, err := q.SetRevokedAt(s.now()).Save(rule.SystemContext(ctx)); err != nil {
		return fmt.Errorf("revoke sessions: %w", err)
	}
	return nil
}

// RevokeOrganizationSessions ends every open session of an organization's users (on disable).
func (s *Service) RevokeOrganizationSessions(ctx context.Context, client *ent.Client, orgID int) error {
	_, err := client.Session.Update().
		Where(session.RevokedAtIsNil(), session.HasUserWith(user.OrganizationID(orgID))).
		SetRevokedAt(s.now()).Save(rule.SystemContext(ctx))
	if err != nil {
		return fmt.Errorf("revoke organization sessions: %w", err)
	}
	return nil
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
