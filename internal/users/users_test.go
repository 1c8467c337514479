package users_test

import (
	"context"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
	"github.com/panicbutton/panicbutton/internal/users"
)

const password = "correct horse battery staple"

type fixture struct {
	c        *ent.Client
	auth     *auth.Service
	svc      *users.Service
	org      *ent.Organization
	admin    *ent.User
	adminCtx context.Context
	outbox   *mail.Outbox
	sent     *captured
}

// captured is a mail provider that keeps what it is given, by outbox id: what the recipient would receive.
type captured struct {
	mu   sync.Mutex
	msgs map[string]*mail.Message
}

func (c *captured) Send(_ context.Context, m *mail.Message) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.msgs[m.ID] = m
	return "captured-" + m.ID, nil
}

func sys() context.Context { return rule.SystemContext(context.Background()) }

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

// newFixture provisions an organization with one admin (who has a password) and wires users as the server does.
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
	admin := db.Client.User.Create().SetEmail("admin@acme.test").SetName("Admin").SetRole(user.RoleADMIN).
		SetLanguage("en").SetOrganizationID(p.Org.ID).SetPasswordHash(hash).SaveX(sys())
	a := auth.NewService(auth.Config{Client: db.Client, SessionTTL: time.Hour, Secret: []byte("test-secret")})
	sent := &captured{msgs: map[string]*mail.Message{}}
	outbox := mail.NewOutbox(db, sent, mail.OutboxConfig{}, nil)
	svc := users.NewService(users.Config{Client: db.Client, Dialect: db.Dialect, Auth: a,
		Mail:      mail.NewQueue(outbox, mail.Address{Name: "Panic Button", Email: "no-reply@panic.example.com"}),
		PublicURL: &url.URL{Scheme: "https", Host: "panic.example.com"}})
	return &fixture{c: db.Client, auth: a, svc: svc, org: p.Org, admin: admin, outbox: outbox, sent: sent,
		adminCtx: viewer.NewContext(context.Background(), &viewer.Viewer{UserID: admin.ID, OrgID: p.Org.ID, Role: viewer.RoleAdmin})}
}

func (f *fixture) create(t *testing.T, email string, role user.Role) *ent.User {
	t.Helper()
	u, err := f.svc.Create(f.adminCtx, users.NewUser{Email: email, Name: "Someone", Role: role})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// withPassword gives u a password directly, as if they had followed their invitation.
func (f *fixture) withPassword(t *testing.T, u *ent.User) {
	t.Helper()
	hash, err := auth.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	f.c.User.UpdateOne(u).SetPasswordHash(hash).ExecX(sys())
}

func mails(f *fixture, kind emailmessage.Kind) []*ent.EmailMessage {
	return f.c.EmailMessage.Query().Where(emailmessage.KindEQ(kind)).AllX(sys())
}

// linkToken is the set-password token of m as its recipient gets it: the stored row holds only a placeholder
// (no admin can read a usable link), and the outbox signs the link when it hands the email to the provider.
func (f *fixture) linkToken(t *testing.T, m *ent.EmailMessage) string {
	t.Helper()
	const prefix = "https://panic.example.com/set-password?token="
	if strings.Contains(m.Text, prefix) || !strings.Contains(m.Text, users.LinkPlaceholder) {
		t.Fatalf("stored email carries a link: %q", m.Text)
	}
	for {
		n, err := f.outbox.SendDue(sys())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	f.sent.mu.Lock()
	msg := f.sent.msgs[strconv.Itoa(m.ID)]
	f.sent.mu.Unlock()
	if msg == nil {
		t.Fatalf("email %d was not sent: %s", m.ID, f.c.EmailMessage.GetX(sys(), m.ID).LastError)
	}
	_, rest, ok := strings.Cut(msg.Text, prefix)
	if !ok {
		t.Fatalf("no set-password link in %q", msg.Text)
	}
	return strings.Fields(rest)[0]
}

func TestCreate_InvitationQueuesASetPasswordEmailThatWorks(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		u, err := f.svc.Create(f.adminCtx, users.NewUser{Email: " New.Tech@ACME.test ", Name: " Nina ", Phone: "+33 1 23 45 67 89",
			Language: "fr", Role: user.RoleTECHNICIAN})
		if err != nil {
			t.Fatal(err)
		}
		if u.Email != "new.tech@acme.test" || u.Name != "Nina" || u.Language != "fr" || u.Role != user.RoleTECHNICIAN ||
			u.OrganizationID == nil || *u.OrganizationID != f.org.ID || !u.Active {
			t.Errorf("user %+v", u)
		}
		if got := f.c.User.GetX(sys(), u.ID); got.PasswordHash != "" {
			t.Error("an invited user has a password")
		}
		invites := mails(f, emailmessage.KindINVITE)
		if len(invites) != 1 {
			t.Fatalf("%d invitations queued", len(invites))
		}
		m := invites[0]
		if len(m.To) != 1 || m.To[0] != "new.tech@acme.test" || m.OrganizationID != f.org.ID || m.Status != emailmessage.StatusQUEUED ||
			m.FromEmail != "no-reply@panic.example.com" || m.Subject != "Votre compte Panic Button" {
			t.Errorf("invitation %+v", m)
		}
		token := f.linkToken(t, m)
		if html := f.sent.msgs[strconv.Itoa(m.ID)].HTML; !strings.Contains(html, token) {
			t.Errorf("the HTML part as sent lacks the link: %q", html)
		}
		const chosen = "violet submarine orchestra tuesday"
		if _, err := f.auth.SetPassword(context.Background(), token, chosen); err != nil {
			t.Fatalf("following the invitation: %v", err)
		}
		if _, _, err := f.auth.Login(context.Background(), "new.tech@acme.test", chosen, "10.0.0.1", ""); err != nil {
			t.Errorf("login after the invitation: %v", err)
		}
	})
}

func TestCreate_EmailIsNormalizedAndUnique(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		f.create(t, "Jane@Acme.TEST", user.RoleTECHNICIAN)
		for _, email := range []string{"jane@acme.test", " JANE@acme.test", "ADMIN@acme.test"} {
			_, err := f.svc.Create(f.adminCtx, users.NewUser{Email: email, Role: user.RoleTECHNICIAN})
			if codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.email" {
				t.Errorf("%q again: %v", email, err)
			}
		}
		for _, email := range []string{"not an email", "Jane <jane2@acme.test>", ""} {
			if _, err := f.svc.Create(f.adminCtx, users.NewUser{Email: email, Role: user.RoleTECHNICIAN}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.email" {
				t.Errorf("%q: %v", email, err)
			}
		}
		if n := f.c.User.Query().Where(user.EmailHasPrefix("jane")).CountX(sys()); n != 1 {
			t.Errorf("%d users jane", n)
		}
		if n := len(mails(f, emailmessage.KindINVITE)); n != 1 {
			t.Errorf("%d invitations for one user", n)
		}
	})
}

func TestCreate_RefusesBadFieldsAndOutsiders(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		for _, c := range []struct {
			in    users.NewUser
			field string
		}{
			{users.NewUser{Email: "a@acme.test", Role: "OWNER"}, "input.role"},
			{users.NewUser{Email: "a@acme.test", Role: user.RoleTECHNICIAN, Language: "xx"}, "input.language"},
			{users.NewUser{Email: "a@acme.test", Role: user.RoleTECHNICIAN, Phone: "call me"}, "input.phone"},
		} {
			if _, err := f.svc.Create(f.adminCtx, c.in); codeOf(err) != apperr.BadUserInput || fieldOf(err) != c.field {
				t.Errorf("%+v: %v, want a BAD_USER_INPUT on %s", c.in, err, c.field)
			}
		}
		if _, err := f.svc.Create(context.Background(), users.NewUser{Email: "a@acme.test", Role: user.RoleTECHNICIAN}); codeOf(err) != apperr.Unauthenticated {
			t.Errorf("no viewer: %v", err)
		}
		tech := f.create(t, "tech@acme.test", user.RoleTECHNICIAN)
		techCtx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: tech.ID, OrgID: f.org.ID, Role: viewer.RoleTechnician})
		if _, err := f.svc.Create(techCtx, users.NewUser{Email: "b@acme.test", Role: user.RoleADMIN}); err == nil {
			t.Error("a technician created a user")
		}
		if n := f.c.User.Query().CountX(sys()); n != 2 {
			t.Errorf("%d users, want the admin and the technician", n)
		}
		if n := len(mails(f, emailmessage.KindINVITE)); n != 1 {
			t.Errorf("%d invitations, want the technician's", n)
		}
	})
}

func TestLastActiveAdmin_CannotBeDemotedDisabledOrDeleted(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		super := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 0, Role: viewer.RoleSuperAdmin})
		demote := user.RoleTECHNICIAN
		if _, err := f.svc.Update(f.adminCtx, f.admin.ID, users.Changes{Role: &demote}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.role" {
			t.Errorf("demoting the last admin: %v", err)
		}
		if _, err := f.svc.SetActive(super, f.admin.ID, false); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "id" {
			t.Errorf("disabling the last admin: %v", err)
		}
		if err := f.svc.Delete(super, f.admin.ID); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "id" {
			t.Errorf("deleting the last admin: %v", err)
		}
		if got := f.c.User.GetX(sys(), f.admin.ID); got.Role != user.RoleADMIN || !got.Active {
			t.Errorf("the refused changes were kept: %+v", got)
		}
		// With a second active admin, the first may be demoted; the second is then the last.
		second := f.create(t, "second@acme.test", user.RoleADMIN)
		if _, err := f.svc.Update(super, f.admin.ID, users.Changes{Role: &demote}); err != nil {
			t.Fatalf("demoting one of two admins: %v", err)
		}
		if _, err := f.svc.SetActive(super, second.ID, false); codeOf(err) != apperr.BadUserInput {
			t.Errorf("disabling the new last admin: %v", err)
		}
	})
}

func TestSetActive_DisablingRevokesSessionsAndNobodyDisablesThemselves(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		tech := f.create(t, "tech@acme.test", user.RoleTECHNICIAN)
		f.withPassword(t, tech)
		token, _, err := f.auth.Login(context.Background(), "tech@acme.test", password, "10.0.0.1", "")
		if err != nil {
			t.Fatal(err)
		}
		adminToken, _, err := f.auth.Login(context.Background(), "admin@acme.test", password, "10.0.0.1", "")
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.svc.SetActive(f.adminCtx, tech.ID, false)
		if err != nil || got.Active {
			t.Fatalf("disable: %+v %v", got, err)
		}
		if _, err := f.auth.Authenticate(context.Background(), token); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("the disabled user's session: %v", err)
		}
		if n := f.c.Session.Query().Where(session.UserID(tech.ID), session.RevokedAtIsNil()).CountX(sys()); n != 0 {
			t.Errorf("%d sessions of the disabled user not revoked", n)
		}
		if _, _, err := f.auth.Login(context.Background(), "tech@acme.test", password, "10.0.0.1", ""); !errors.Is(err, auth.ErrInvalidCredentials) {
			t.Errorf("a disabled user logged in: %v", err)
		}
		if _, err := f.auth.Authenticate(context.Background(), adminToken); err != nil {
			t.Errorf("the admin's session was revoked too: %v", err)
		}
		if _, err := f.svc.SetActive(f.adminCtx, tech.ID, true); err != nil {
			t.Fatal(err)
		}
		if _, err := f.auth.Authenticate(context.Background(), token); !errors.Is(err, auth.ErrNoSession) {
			t.Errorf("re-enabling brought an old session back: %v", err)
		}
		if _, _, err := f.auth.Login(context.Background(), "tech@acme.test", password, "10.0.0.1", ""); err != nil {
			t.Errorf("a re-enabled user cannot log in: %v", err)
		}
		f.create(t, "second@acme.test", user.RoleADMIN)
		if _, err := f.svc.SetActive(f.adminCtx, f.admin.ID, false); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "id" {
			t.Errorf("disabling oneself: %v", err)
		}
		if err := f.svc.Delete(f.adminCtx, f.admin.ID); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "id" {
			t.Errorf("deleting oneself: %v", err)
		}
	})
}

func TestResetPasswordAndDelete(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		tech := f.create(t, "tech@acme.test", user.RoleTECHNICIAN)
		if err := f.svc.ResetPassword(f.adminCtx, tech.ID); err != nil {
			t.Fatal(err)
		}
		resets := mails(f, emailmessage.KindPASSWORD_RESET)
		if len(resets) != 1 || resets[0].To[0] != "tech@acme.test" {
			t.Fatalf("resets %+v", resets)
		}
		f.linkToken(t, resets[0])
		if _, err := f.svc.SetActive(f.adminCtx, tech.ID, false); err != nil {
			t.Fatal(err)
		}
		if err := f.svc.ResetPassword(f.adminCtx, tech.ID); codeOf(err) != apperr.BadUserInput {
			t.Errorf("reset of a disabled user: %v", err)
		}
		if n := len(mails(f, emailmessage.KindPASSWORD_RESET)); n != 1 {
			t.Errorf("%d resets queued", n)
		}
		if err := f.svc.Delete(f.adminCtx, tech.ID); err != nil {
			t.Fatal(err)
		}
		if ok := f.c.User.Query().Where(user.ID(tech.ID)).ExistX(sys()); ok {
			t.Error("the deleted user still exists")
		}
	})
}

func TestUpdateMe_ChangesTheProfileButNotTheRole(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db)
		tech := f.create(t, "tech@acme.test", user.RoleTECHNICIAN)
		techCtx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: tech.ID, OrgID: f.org.ID, Role: viewer.RoleTechnician})
		name, phone, admin := "  Tom  ", "", user.RoleADMIN
		got, err := f.svc.UpdateMe(techCtx, users.Changes{Name: &name, Phone: &phone, Role: &admin})
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != "Tom" || got.Role != user.RoleTECHNICIAN {
			t.Errorf("profile %+v", got)
		}
		bad := "xx"
		if _, err := f.svc.UpdateMe(techCtx, users.Changes{Language: &bad}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.language" {
			t.Errorf("unsupported language: %v", err)
		}
	})
}
