package auth_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ulule/limiter/v3/drivers/store/memory"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/apikey"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

const password = "correct horse battery staple"

type fixture struct {
	c     *ent.Client
	svc   *auth.Service
	org   *ent.Organization
	admin *ent.User
	tech  *ent.User
	// adminCtx carries the admin's viewer.
	adminCtx context.Context
}

func sys() context.Context { return rule.SystemContext(context.Background()) }

// newFixture provisions an organization with an admin and a technician who both have a password; the
// service locks an account out after 3 failures.
func newFixture(t *testing.T, db *store.DB) *fixture {
	t.Helper()
	p, err := orgs.Provision(sys(), db.Client, orgs.NewOrg{Name: "Acme", Slug: "acme"})
	if err != nil {
		t.Fatal(err)
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	mk := func(email string, role user.Role) *ent.User {
		return db.Client.User.Create().SetEmail(email).SetName(email).SetRole(role).SetLanguage("en").
			SetOrganizationID(p.Org.ID).SetPasswordHash(hash).SaveX(sys())
	}
	admin := mk("admin@acme.test", user.RoleADMIN)
	tech := mk("tech@acme.test", user.RoleTECHNICIAN)
	svc := auth.NewService(auth.Config{Client: db.Client, SessionTTL: time.Hour, Store: memory.NewStore(),
		Lockout: auth.Lockout{PerAccount: 3, PerAddress: 100, Window: time.Minute}, Secret: []byte("test-secret")})
	return &fixture{c: db.Client, svc: svc, org: p.Org, admin: admin, tech: tech,
		adminCtx: viewer.NewContext(context.Background(), &viewer.Viewer{UserID: admin.ID, OrgID: p.Org.ID, Role: viewer.RoleAdmin})}
}

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

func fieldOf(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Field
	}
	return ""
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestLogin_RightPasswordOpensASessionStoredOnlyAsAHash(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		token, u, err := f.svc.Login(context.Background(), " Admin@Acme.test ", password, "10.0.0.1", "test-agent")
		if err != nil || token == "" || u == nil || u.ID != f.admin.ID {
			t.Fatalf("login: %q %v %v", token, u, err)
		}
		ses := f.c.Session.Query().Where(session.UserID(f.admin.ID)).OnlyX(sys())
		if ses.TokenHash == token || ses.TokenHash != sha(token) {
			t.Errorf("session stores %q for token %q: want its SHA-256", ses.TokenHash, token)
		}
		if ses.IP != "10.0.0.1" || ses.UserAgent != "test-agent" {
			t.Errorf("session %+v", ses)
		}
		if got := f.c.User.GetX(sys(), f.admin.ID); got.LastLoginAt == nil {
			t.Error("last login not recorded")
		}
		v, err := f.svc.Authenticate(context.Background(), token)
		if err != nil || v.UserID != f.admin.ID || v.OrgID != f.org.ID || v.Role != viewer.RoleAdmin || v.SessionID != ses.ID {
			t.Errorf("authenticate: %+v %v", v, err)
		}
	})
}

func TestLogin_WrongPasswordUnknownEmailAndDisabledUserFailAlike(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		f.c.User.UpdateOne(f.tech).SetActive(false).ExecX(sys())
		for _, c := range []struct{ name, email, password string }{
			{"wrong password", "admin@acme.test", "not the password at all"},
			{"unknown email", "nobody@acme.test", password},
			{"disabled user", "tech@acme.test", password},
		} {
			if token, _, err := f.svc.Login(context.Background(), c.email, c.password, "10.0.0.1", ""); !errors.Is(err, auth.ErrInvalidCredentials) || token != "" {
				t.Errorf("%s: %q %v", c.name, token, err)
			}
		}
		if n := f.c.Session.Query().CountX(sys()); n != 0 {
			t.Errorf("%d sessions opened by failed logins", n)
		}
	})
}

func TestLogin_LocksTheAccountOutAfterTheFailureLimit(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		for i := 0; i < 3; i++ {
			if _, _, err := f.svc.Login(context.Background(), "admin@acme.test", "wrong password!!", "10.0.0.1", ""); !errors.Is(err, auth.ErrInvalidCredentials) {
				t.Fatalf("failure %d: %v", i+1, err)
			}
		}
		// Past the limit even the right password fails, from another address too.
		if _, _, err := f.svc.Login(context.Background(), "admin@acme.test", password, "10.0.0.2", ""); !errors.Is(err, auth.ErrInvalidCredentials) {
			t.Errorf("right password of a locked account: %v", err)
		}
		// Another account is not locked.
		if _, _, err := f.svc.Login(context.Background(), "tech@acme.test", password, "10.0.0.1", ""); err != nil {
			t.Errorf("another account: %v", err)
		}
		// Changing one's password is a guess too: locked, it answers RATE_LIMITED with a wait.
		ok, err := f.svc.CheckCurrentPassword(context.Background(), f.admin.ID, password)
		if e, isApp := apperr.As(err); ok || !isApp || e.Code != apperr.RateLimited || e.RetryAfter <= 0 {
			t.Errorf("check current password while locked: %v %v", ok, err)
		}
	})
}

func TestLogin_ASuccessForgetsTheAccountsFailures(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		for round := 0; round < 2; round++ {
			for i := 0; i < 2; i++ {
				if _, _, err := f.svc.Login(context.Background(), "admin@acme.test", "wrong password!!", "10.0.0.1", ""); !errors.Is(err, auth.ErrInvalidCredentials) {
					t.Fatal(err)
				}
			}
			if _, _, err := f.svc.Login(context.Background(), "admin@acme.test", password, "10.0.0.1", ""); err != nil {
				t.Fatalf("round %d: 2 failures then the right password: %v", round, err)
			}
		}
	})
}

func TestSessions_LogoutAndRevocationEndThem(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		login := func(email string) string {
			t.Helper()
			token, _, err := f.svc.Login(context.Background(), email, password, "10.0.0.1", "")
			if err != nil {
				t.Fatal(err)
			}
			return token
		}
		first, second, other := login("admin@acme.test"), login("admin@acme.test"), login("tech@acme.test")
		if err := f.svc.Logout(context.Background(), first); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Authenticate(context.Background(), first); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("logged-out session: %v", err)
		}
		if _, err := f.svc.Authenticate(context.Background(), second); err != nil {
			t.Errorf("the admin's other session ended with the first: %v", err)
		}
		if err := f.svc.Logout(context.Background(), "no-such-token"); err != nil {
			t.Errorf("unknown token: %v", err)
		}
		err := store.WithTx(sys(), f.c, func(tx *ent.Tx) error {
			return f.svc.RevokeUserSessions(sys(), tx, 0, f.admin.ID)
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Authenticate(context.Background(), second); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("revoked session: %v", err)
		}
		if _, err := f.svc.Authenticate(context.Background(), other); err != nil {
			t.Errorf("another user's session was revoked: %v", err)
		}
		if _, err := f.svc.Authenticate(context.Background(), ""); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("empty token: %v", err)
		}
	})
}

func TestSessions_ExpireAfterTheirTTL(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		now := time.Now()
		svc := auth.NewService(auth.Config{Client: f.c, SessionTTL: time.Hour, Now: func() time.Time { return now }})
		token, _, err := svc.Login(context.Background(), "admin@acme.test", password, "10.0.0.1", "")
		if err != nil {
			t.Fatal(err)
		}
		now = now.Add(59 * time.Minute)
		if _, err := svc.Authenticate(context.Background(), token); err != nil {
			t.Errorf("within the TTL: %v", err)
		}
		now = now.Add(2 * time.Minute)
		if _, err := svc.Authenticate(context.Background(), token); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("past the TTL: %v", err)
		}
	})
}

func TestAPIKey_ShownOnceStoredHashedAndLimitedToItsScopes(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		k, key, err := f.svc.CreateAPIKey(f.adminCtx, auth.NewAPIKeyInput{Name: "ERP",
			Scopes: []string{viewer.ScopeInterventionsRead, viewer.ScopeInterventionsRead}})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(key, auth.APIKeyPrefix) || len(key) < 40 {
			t.Errorf("key %q", key)
		}
		stored := f.c.APIKey.Query().Where(apikey.ID(k.ID)).OnlyX(sys())
		if stored.KeyHash != sha(key) || strings.Contains(stored.KeyHash, key[len(auth.APIKeyPrefix):]) {
			t.Errorf("stored hash %q for key %q", stored.KeyHash, key)
		}
		if !strings.HasPrefix(key, stored.Prefix) || len(stored.Prefix) >= len(key)/2 {
			t.Errorf("stored prefix %q reveals too much or is not the key's start", stored.Prefix)
		}
		if len(stored.Scopes) != 1 || stored.Scopes[0] != viewer.ScopeInterventionsRead || stored.OrganizationID != f.org.ID {
			t.Errorf("stored key %+v", stored)
		}
		v, err := f.svc.Authenticate(context.Background(), key)
		if err != nil || v.APIKeyID != k.ID || v.OrgID != f.org.ID || !v.APIKey() {
			t.Fatalf("authenticate key: %+v %v", v, err)
		}
		if !v.HasScope(viewer.ScopeInterventionsRead) || v.HasScope(viewer.ScopeInterventionsWrite) || v.HasScope(viewer.ScopeWebhooksManage) {
			t.Errorf("scopes of the key's viewer: %v", v.Scopes)
		}
		if got := f.c.APIKey.GetX(sys(), k.ID); got.LastUsedAt == nil {
			t.Error("last use not recorded")
		}
		if _, err := f.svc.Authenticate(context.Background(), key+"x"); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("altered key: %v", err)
		}
		if _, err := f.svc.RevokeAPIKey(f.adminCtx, k.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Authenticate(context.Background(), key); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("revoked key: %v", err)
		}
	})
}

func TestAPIKey_RefusesBadInputAndAnonymousCallers(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		if _, _, err := f.svc.CreateAPIKey(f.adminCtx, auth.NewAPIKeyInput{Name: "ERP", Scopes: []string{"everything"}}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.scopes" {
			t.Errorf("unknown scope: %v", err)
		}
		if _, _, err := f.svc.CreateAPIKey(f.adminCtx, auth.NewAPIKeyInput{Name: "ERP"}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.scopes" {
			t.Errorf("no scope: %v", err)
		}
		if _, _, err := f.svc.CreateAPIKey(f.adminCtx, auth.NewAPIKeyInput{Scopes: viewer.Scopes}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.name" {
			t.Errorf("no name: %v", err)
		}
		if _, _, err := f.svc.CreateAPIKey(context.Background(), auth.NewAPIKeyInput{Name: "ERP", Scopes: viewer.Scopes}); codeOf(err) != apperr.Unauthenticated {
			t.Errorf("no viewer: %v", err)
		}
		techCtx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: f.tech.ID, OrgID: f.org.ID, Role: viewer.RoleTechnician})
		if _, _, err := f.svc.CreateAPIKey(techCtx, auth.NewAPIKeyInput{Name: "ERP", Scopes: viewer.Scopes}); err == nil {
			t.Error("a technician created an API key")
		}
		if n := f.c.APIKey.Query().CountX(sys()); n != 0 {
			t.Errorf("%d keys stored", n)
		}
	})
}

func TestSetPasswordLink_WorksOnceAndRevokesSessions(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		old, _, err := f.svc.Login(context.Background(), "admin@acme.test", password, "10.0.0.1", "")
		if err != nil {
			t.Fatal(err)
		}
		// The link is bound to the reset email that carries it, which must be the newest one to this user.
		row := f.c.EmailMessage.Create().SetOrganizationID(*f.admin.OrganizationID).
			SetKind(emailmessage.KindPASSWORD_RESET).SetFromEmail("no-reply@acme.test").
			SetTo([]string{f.admin.Email}).SetSubject("Reset").SetHTML("-").SetText("-").
			SetNextAttemptAt(time.Now()).SaveX(sys())
		link, err := f.svc.SetPasswordToken(f.admin, row.ID, row.CreatedAt, auth.PasswordResetTTL)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.SetPassword(context.Background(), link, "password123"); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "password" {
			t.Errorf("weak password: %v", err)
		}
		const next = "violet submarine orchestra tuesday"
		if _, err := f.svc.SetPassword(context.Background(), link, next); err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Authenticate(context.Background(), old); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("session opened before the reset: %v", err)
		}
		if _, err := f.svc.SetPassword(context.Background(), link, "another long passphrase here"); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "token" {
			t.Errorf("link used twice: %v", err)
		}
		if _, _, err := f.svc.Login(context.Background(), "admin@acme.test", next, "10.0.0.1", ""); err != nil {
			t.Errorf("login with the new password: %v", err)
		}
		if _, _, err := f.svc.Login(context.Background(), "admin@acme.test", password, "10.0.0.1", ""); !errors.Is(err, auth.ErrInvalidCredentials) {
			t.Errorf("login with the old password: %v", err)
		}
	})
}

func TestPasswordRules(t *testing.T) {
	if _, err := auth.HashPassword("short"); !errors.Is(err, auth.ErrWeakPassword) {
		t.Errorf("short password hashed: %v", err)
	}
	if err := auth.CheckPasswordStrength("password1234"); err == nil {
		t.Error("a common password passed")
	}
	if err := auth.CheckPasswordStrength("jane.doe.acme", "jane.doe@acme.test"); err == nil {
		t.Error("a password made of the email passed")
	}
	if err := auth.CheckPasswordStrength(password); err != nil {
		t.Errorf("a long passphrase: %v", err)
	}
}

// TestCheckMany_AgreesWithCheckForEveryCredential: the batched re-check of open websockets gives each
// credential (open, logged-out and unknown sessions, another user's session, an API key) Check's answer.
func TestCheckMany_AgreesWithCheckForEveryCredential(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		login := func(email string) string {
			t.Helper()
			token, _, err := f.svc.Login(context.Background(), email, password, "10.0.0.1", "")
			if err != nil {
				t.Fatal(err)
			}
			return token
		}
		open, loggedOut, tech := login("admin@acme.test"), login("admin@acme.test"), login("tech@acme.test")
		if err := f.svc.Logout(context.Background(), loggedOut); err != nil {
			t.Fatal(err)
		}
		_, key, err := f.svc.CreateAPIKey(f.adminCtx, auth.NewAPIKeyInput{Name: "ERP", Scopes: []string{viewer.ScopeInterventionsRead}})
		if err != nil {
			t.Fatal(err)
		}
		tokens := []string{open, loggedOut, tech, "no-such-token", key, ""}
		got := f.svc.CheckMany(context.Background(), tokens)
		if len(got) != len(tokens) {
			t.Fatalf("%d answers for %d credentials", len(got), len(tokens))
		}
		for _, tok := range tokens {
			v, exp, err := f.svc.Check(context.Background(), tok)
			g := got[tok]
			if (err == nil) != (g.Err == nil) || (err != nil && !errors.Is(g.Err, auth.ErrNoSession)) {
				t.Fatalf("%.12q: CheckMany says %v, Check %v", tok, g.Err, err)
			}
			if err == nil && (*v).UserID != g.Viewer.UserID || err == nil && v.Role != g.Viewer.Role ||
				err == nil && v.APIKeyID != g.Viewer.APIKeyID || !exp.Equal(g.Expires) {
				t.Fatalf("%.12q: CheckMany %+v until %v, Check %+v until %v", tok, g.Viewer, g.Expires, v, exp)
			}
		}
		if got[open].Err != nil || got[tech].Viewer.Role != viewer.RoleTechnician || got[key].Viewer.APIKeyID == 0 ||
			!errors.Is(got[loggedOut].Err, auth.ErrNoSession) || !errors.Is(got["no-such-token"].Err, auth.ErrNoSession) {
			t.Fatalf("answers: %+v", got)
		}
	})
}
