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
	"log/slog"
	"strings"
	"sync"
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
	"github.com/panicbutton/panicbutton/internal/events"
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
	// Events hears of every revocation and change of rights (events.AccessChanged), so open websockets on
	// every instance re-check their credential. Nil: nobody is told.
	Events events.Broker
	Log    *slog.Logger
}

// Service manages passwords, sessions, API keys and set-password links.
type Service struct {
	client     *ent.Client
	sessionTTL time.Duration
	now        func() time.Time
	lockout    *lockout
	secret     []byte
	events     events.Broker
	log        *slog.Logger
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
	if c.Log == nil {
		c.Log = slog.Default()
	}
	s := &Service{client: c.Client, sessionTTL: c.SessionTTL, now: c.Now, dummyHash: dummy, secret: c.Secret,
		events: c.Events, log: c.Log}
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

// maxAccountsPerLogin bounds the accounts one address's login compares a password against (accounts are per
// organization: an address may have one in each of several organizations).
const maxAccountsPerLogin = 16

// checkPassword returns the active user of an active organization with that email and password, or nil. It
// compares a hash whatever happens, so an unknown email takes as long as a wrong password. When the address
// has accounts in several organizations, the password is compared with each (concurrently, so the answer's
// time hardly depends on their number) and the one it opens signs in; if it opens several, the one signed
// into last (then the newest).
func (s *Service) checkPassword(sys context.Context, email, password string) (*ent.User, error) {
	accounts, err := s.client.User.Query().Where(user.Email(email)).WithOrganization().
		Order(ent.Desc(user.FieldID)).Limit(maxAccountsPerLogin).All(sys)
	if err != nil {
		return nil, fmt.Errorf("login: %w", err)
	}
	if len(accounts) == 0 {
		_ = bcrypt.CompareHashAndPassword(s.dummyHash, []byte(password))
		return nil, nil
	}
	match := make([]bool, len(accounts))
	var wg sync.WaitGroup
	for i, u := range accounts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hash := s.dummyHash
			if u.PasswordHash != "" {
				hash = []byte(u.PasswordHash)
			}
			match[i] = bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil && u.PasswordHash != ""
		}()
	}
	wg.Wait()
	var best *ent.User
	for i, u := range accounts {
		if !match[i] || !u.Active {
			continue
		}
		if u.OrganizationID != nil && (u.Edges.Organization == nil || !u.Edges.Organization.Active) {
			continue
		}
		if best == nil || lastLogin(u).After(lastLogin(best)) {
			best = u
		}
	}
	return best, nil
}

func lastLogin(u *ent.User) time.Time {
	if u.LastLoginAt == nil {
		return time.Time{}
	}
	return *u.LastLoginAt
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
	sys := rule.SystemContext(ctx)
	ses, err := s.client.Session.Query().Where(session.TokenHash(hashToken(token)), session.RevokedAtIsNil()).
		WithUser().Only(sys)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("logout: %w", err)
	}
	if err := s.client.Session.UpdateOne(ses).SetRevokedAt(s.now()).Exec(sys); err != nil {
		return fmt.Errorf("logout: %w", err)
	}
	e := events.Event{UserID: ses.UserID, SessionID: ses.ID}
	if u := ses.Edges.User; u != nil && u.OrganizationID != nil {
		e.OrgID = *u.OrganizationID
	}
	s.announce(ctx, e)
	return nil
}

// ErrNoSession is returned for a missing, expired or revoked session or API key.
var ErrNoSession = errors.New("no valid session")

// Authenticate resolves a session token or a partner API key (pb_…) to its viewer.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	v, _, err := s.Check(ctx, token)
	return v, err
}

// Check is Authenticate that also says until when the credential holds if nothing revokes it: the session's
// expiry (zero for an API key, which does not expire).
func (s *Service) Check(ctx context.Context, token string) (*viewer.Viewer, time.Time, error) {
	if token == "" {
		return nil, time.Time{}, ErrNoSession
	}
	if strings.HasPrefix(token, APIKeyPrefix) {
		v, err := s.authenticateAPIKey(ctx, token)
		return v, time.Time{}, err
	}
	sys := rule.SystemContext(ctx)
	ses, err := s.client.Session.Query().Where(session.TokenHash(hashToken(token))).
		WithUser(func(q *ent.UserQuery) { q.WithOrganization() }).Only(sys)
	if ent.IsNotFound(err) {
		return nil, time.Time{}, ErrNoSession
	}
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("authenticate: %w", err)
	}
	return s.sessionViewer(ses)
}

// sessionViewer is the viewer of a session loaded with its user and organization, or ErrNoSession.
func (s *Service) sessionViewer(ses *ent.Session) (*viewer.Viewer, time.Time, error) {
	u := ses.Edges.User
	if ses.RevokedAt != nil || !s.now().Before(ses.ExpiresAt) || u == nil || !u.Active {
		return nil, time.Time{}, ErrNoSession
	}
	if u.OrganizationID != nil && (u.Edges.Organization == nil || !u.Edges.Organization.Active) {
		return nil, time.Time{}, ErrNoSession
	}
	v := &viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), SessionID: ses.ID}
	if u.OrganizationID != nil {
		v.OrgID = *u.OrganizationID
	}
	return v, ses.ExpiresAt, nil
}

// Checked is the outcome of Check for one credential of CheckMany.
type Checked struct {
	Viewer  *viewer.Viewer
	Expires time.Time
	Err     error
}

// CheckMany is Check for many credentials at once (the periodic re-check of open websockets): sessions are
// read together, a few statements for the lot; API keys one by one.
func (s *Service) CheckMany(ctx context.Context, tokens []string) map[string]Checked {
	out := make(map[string]Checked, len(tokens))
	byHash := map[string]string{}
	for _, t := range tokens {
		switch {
		case t == "":
			out[t] = Checked{Err: ErrNoSession}
		case strings.HasPrefix(t, APIKeyPrefix):
			v, _, err := s.Check(ctx, t)
			out[t] = Checked{Viewer: v, Err: err}
		default:
			byHash[hashToken(t)] = t
		}
	}
	if len(byHash) == 0 {
		return out
	}
	hashes := make([]string, 0, len(byHash))
	for h := range byHash {
		hashes = append(hashes, h)
	}
	found, err := s.client.Session.Query().Where(session.TokenHashIn(hashes...)).
		WithUser(func(q *ent.UserQuery) { q.WithOrganization() }).All(rule.SystemContext(ctx))
	if err != nil {
		for _, t := range byHash {
			out[t] = Checked{Err: fmt.Errorf("authenticate: %w", err)}
		}
		return out
	}
	for _, ses := range found {
		if t, ok := byHash[ses.TokenHash]; ok {
			v, exp, err := s.sessionViewer(ses)
			out[t] = Checked{Viewer: v, Expires: exp, Err: err}
		}
	}
	for _, t := range byHash {
		if _, ok := out[t]; !ok {
			out[t] = Checked{Err: ErrNoSession}
		}
	}
	return out
}

// RevokeUserSessions ends every open session of the users in tx (on disable, password change). except,
// when not 0, is a session to keep (the one changing its own password). Once tx commits, their websockets
// are told.
func (s *Service) RevokeUserSessions(ctx context.Context, tx *ent.Tx, except int, userIDs ...int) error {
	if len(userIDs) == 0 {
		return nil
	}
	sys := rule.SystemContext(ctx)
	q := tx.Session.Update().Where(session.UserIDIn(userIDs...), session.RevokedAtIsNil())
	if except != 0 {
		q.Where(session.IDNEQ(except))
	}
	if _, err := q.SetRevokedAt(s.now()).Save(sys); err != nil {
		return fmt.Errorf("revoke sessions: %w", err)
	}
	users, err := tx.User.Query().Where(user.IDIn(userIDs...)).All(sys)
	if err != nil {
		return fmt.Errorf("revoke sessions: %w", err)
	}
	for _, u := range users {
		s.AnnounceUserAccessChange(ctx, tx, u)
	}
	return nil
}

// RevokeOrganizationSessions ends every open session of an organization's users in tx (on disable). Once tx
// commits, the organization's websockets (users' and API keys') are told.
func (s *Service) RevokeOrganizationSessions(ctx context.Context, tx *ent.Tx, orgID int) error {
	_, err := tx.Session.Update().
		Where(session.RevokedAtIsNil(), session.HasUserWith(user.OrganizationID(orgID))).
		SetRevokedAt(s.now()).Save(rule.SystemContext(ctx))
	if err != nil {
		return fmt.Errorf("revoke organization sessions: %w", err)
	}
	s.announceOnCommit(ctx, tx, events.Event{OrgID: orgID})
	return nil
}

// AnnounceUserAccessChange tells, once tx commits, the websockets of u that their rights changed (role
// change, deletion), so they re-check them.
func (s *Service) AnnounceUserAccessChange(ctx context.Context, tx *ent.Tx, u *ent.User) {
	e := events.Event{UserID: u.ID}
	if u.OrganizationID != nil {
		e.OrgID = *u.OrganizationID
	}
	s.announceOnCommit(ctx, tx, e)
}

// announceOnCommit announces e after tx commits: told earlier, a websocket would re-check before the change
// is visible and stay open.
func (s *Service) announceOnCommit(ctx context.Context, tx *ent.Tx, e events.Event) {
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(c context.Context, tx *ent.Tx) error {
			if err := next.Commit(c, tx); err != nil {
				return err
			}
			s.announce(ctx, e)
			return nil
		})
	})
}

// announce publishes an AccessChanged event. The change is already committed, so a failure to tell is
// logged, not returned: every websocket operation re-checks its credential anyway.
func (s *Service) announce(ctx context.Context, e events.Event) {
	if s.events == nil {
		return
	}
	e.Kind = events.AccessChanged
	if err := s.events.Publish(context.WithoutCancel(ctx), e); err != nil {
		s.log.WarnContext(ctx, "announce access change", "org", e.OrgID, "user", e.UserID, "session", e.SessionID,
			"api_key", e.APIKeyID, "err", err)
	}
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
