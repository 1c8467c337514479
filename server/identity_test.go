package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/auditlog"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/testutil"
	"github.com/panicbutton/panicbutton/internal/users"
)

const (
	testRoot         = "root@platform.test"
	testRootPassword = "root-password-123"
	strongPassword   = "correct horse battery staple 42"
)

// withRoot adds the bootstrap super-admin to the demo data (created first: bootstrap needs an empty table).
var withRoot = map[string]string{"BOOTSTRAP_ADMIN_EMAIL": testRoot, "BOOTSTRAP_ADMIN_PASSWORD": testRootPassword}

// loginAs signs in and returns the bearer token.
func (s *testServer) loginAs(t testing.TB, email, password string, opts ...reqOpt) string {
	t.Helper()
	var out struct{ Login struct{ Token string } }
	s.gql(t, loginQ, map[string]any{"e": email, "p": password}, opts...).mustData(t, &out)
	return out.Login.Token
}

// idOf is the GraphQL id of the user with email.
func (s *testServer) idOf(t testing.TB, email string) string {
	t.Helper()
	return fmt.Sprint(s.db.Client.User.Query().Where(user.Email(email)).OnlyX(sys()).ID)
}

func (s *testServer) demoOrg(t testing.TB) *ent.Organization {
	t.Helper()
	return s.db.Client.Organization.Query().Where(organization.Slug(demo.Slug)).OnlyX(sys())
}

var linkRE = regexp.MustCompile(`(https?://[^\s"<]+)/set-password\?token=([A-Za-z0-9._-]+)`)

// lastLink returns the set-password token of the newest email of kind sent to email, as the recipient gets it:
// the outbox sends what is due (the link is signed at send time; the stored row holds only a placeholder) and
// the token is read from the .eml file, checking the link points at PUBLIC_URL.
func (s *testServer) lastLink(t testing.TB, kind emailmessage.Kind, email string) string {
	t.Helper()
	msgs := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(kind)).
		Order(ent.Desc(emailmessage.FieldID)).AllX(sys())
	for _, m := range msgs {
		if len(m.To) != 1 || m.To[0] != email {
			continue
		}
		if linkRE.MatchString(m.Text) || linkRE.MatchString(m.HTML) || !strings.Contains(m.Text, users.LinkPlaceholder) {
			t.Fatalf("stored %s email carries a link: %s", kind, m.Text)
		}
		for {
			n, err := s.app.outbox.SendDue(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				break
			}
		}
		path := filepath.Join(s.cfg.EmailDir, "*-"+fmt.Sprint(m.ID)+".eml")
		files, _ := filepath.Glob(path)
		if len(files) != 1 {
			sent := s.db.Client.EmailMessage.GetX(sys(), m.ID)
			t.Fatalf("%s email %d not sent (%s %s): %v", kind, m.ID, sent.Status, sent.LastError, files)
		}
		sent := readEML(t.(*testing.T), files[0])
		match := linkRE.FindStringSubmatch(sent.Text)
		if match == nil || match[1] != strings.TrimSuffix(s.cfg.PublicURL.String(), "/") || !strings.Contains(sent.HTML, match[2]) {
			t.Fatalf("%s email without a set-password link: %s", kind, sent.Text)
		}
		return match[2]
	}
	t.Fatalf("no %s email to %s", kind, email)
	return ""
}

func TestLogin_LockoutPerAccountAndPerAddress(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, map[string]string{"LOGIN_MAX_FAILURES_PER_ACCOUNT": "3", "LOGIN_MAX_FAILURES_PER_ADDRESS": "5"})
		answer := func(email, password, ip string) gqlError {
			t.Helper()
			return s.gql(t, loginQ, map[string]any{"e": email, "p": password}, fromIP(ip)).mustFail(t, "UNAUTHENTICATED", "")
		}
		// One answer for an unknown email, a wrong password and (below) a locked account.
		unknown := answer("nobody@demo.test", testPassword, "10.0.0.1")
		wrong := answer(testAdmin, "wrong-password-1", "10.0.0.1")
		if unknown.Message != wrong.Message {
			t.Fatalf("unknown email %q vs wrong password %q", unknown.Message, wrong.Message)
		}
		// Per account: 3 failures from different addresses lock the admin out everywhere, even with the
		// right password; other accounts are not affected.
		answer(testAdmin, "wrong-password-2", "10.0.0.2")
		answer(testAdmin, "wrong-password-3", "10.0.0.3")
		locked := answer(testAdmin, testPassword, "10.0.0.4")
		if locked.Message != wrong.Message {
			t.Fatalf("locked %q vs wrong password %q", locked.Message, wrong.Message)
		}
		s.loginAs(t, testTech, testPassword, fromIP("10.0.0.4"))

		// Per address: 5 failures from one address on any accounts stop every login from it.
		for i := range 5 {
			answer(fmt.Sprintf("guess%d@demo.test", i), "whatever-password", "10.0.0.9")
		}
		answer(testTech, testPassword, "10.0.0.9")
		s.loginAs(t, testTech, testPassword, fromIP("10.0.0.10"))

		// A disabled account gets the same answer too.
		s.db.Client.User.Update().Where(user.Email(testTech)).SetActive(false).ExecX(sys())
		if e := answer(testTech, testPassword, "10.0.0.11"); e.Message != wrong.Message {
			t.Fatalf("disabled: %q", e.Message)
		}
	})
}

const (
	createUserQ = `mutation($in: CreateUserInput!) { createUser(input: $in) { id email name role active language } }`
	setPassQ    = `mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`
	meQ         = `{ me { id email role } }`
)

func TestUsers_InviteSetPasswordResetAndSessions(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin := s.loginAs(t, testAdmin, testPassword)
		var created struct {
			CreateUser struct{ ID, Email, Role, Language string }
		}
		s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": " New.Tech@Demo.Test ", "name": "New Tech",
			"role": "TECHNICIAN", "language": "fr"}}, bearer(admin)).mustData(t, &created)
		if created.CreateUser.Email != "new.tech@demo.test" || created.CreateUser.Role != "TECHNICIAN" {
			t.Fatalf("created %+v", created.CreateUser)
		}
		s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": "new.tech@demo.test", "role": "ADMIN"}},
			bearer(admin)).mustFail(t, "BAD_USER_INPUT", "input.email")
		s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": "x@demo.test", "role": "SUPER_ADMIN"}},
			bearer(admin)).mustFail(t, "BAD_USER_INPUT", "input.role")
		s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": "y@demo.test", "role": "ADMIN", "language": "xx"}},
			bearer(admin)).mustFail(t, "BAD_USER_INPUT", "input.language")

		// The invitation is in the outbox, in French, with a link to PUBLIC_URL/set-password.
		inv := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindINVITE)).OnlyX(sys())
		if !strings.Contains(inv.Subject, "Votre compte") || inv.Status != emailmessage.StatusQUEUED {
			t.Fatalf("invitation %q %s", inv.Subject, inv.Status)
		}
		token := s.lastLink(t, emailmessage.KindINVITE, "new.tech@demo.test")
		// No password yet: no way in.
		s.gql(t, loginQ, map[string]any{"e": "new.tech@demo.test", "p": ""}).mustFail(t, "UNAUTHENTICATED", "")

		s.gql(t, setPassQ, map[string]any{"t": token, "p": "short"}).mustFail(t, "BAD_USER_INPUT", "password")
		s.gql(t, setPassQ, map[string]any{"t": token, "p": "password123"}).mustFail(t, "BAD_USER_INPUT", "password")
		s.gql(t, setPassQ, map[string]any{"t": token, "p": "new.tech@demo.test"}).mustFail(t, "BAD_USER_INPUT", "password")
		s.gql(t, setPassQ, map[string]any{"t": token + "x", "p": strongPassword}).mustFail(t, "BAD_USER_INPUT", "token")
		var ok struct{ SetPassword bool }
		s.gql(t, setPassQ, map[string]any{"t": token, "p": strongPassword}).mustData(t, &ok)
		// The link works once.
		s.gql(t, setPassQ, map[string]any{"t": token, "p": strongPassword + "!"}).mustFail(t, "BAD_USER_INPUT", "token")
		techToken := s.loginAs(t, "new.tech@demo.test", strongPassword)

		// A reset link: the user's sessions end when the new password is set.
		var reset struct{ ResetUserPassword bool }
		s.gql(t, `mutation($id: ID!) { resetUserPassword(id: $id) }`, map[string]any{"id": created.CreateUser.ID},
			bearer(admin)).mustData(t, &reset)
		resetToken := s.lastLink(t, emailmessage.KindPASSWORD_RESET, "new.tech@demo.test")
		s.gql(t, setPassQ, map[string]any{"t": resetToken, "p": "another horse battery staple 7"}).mustData(t, &ok)
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(techToken)).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, loginQ, map[string]any{"e": "new.tech@demo.test", "p": strongPassword}).mustFail(t, "UNAUTHENTICATED", "")
		s.loginAs(t, "new.tech@demo.test", "another horse battery staple 7")

		// changePassword keeps the session that made the change and ends the others.
		other := s.loginAs(t, testTech, testPassword)
		current := s.loginAs(t, testTech, testPassword)
		s.gql(t, `mutation { changePassword(currentPassword: "nope-nope-nope", newPassword: "x") }`, nil, bearer(current)).
			mustFail(t, "BAD_USER_INPUT", "currentPassword")
		var ch struct{ ChangePassword bool }
		s.gql(t, `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
			map[string]any{"c": testPassword, "n": strongPassword}, bearer(current)).mustData(t, &ch)
		var me struct{ Me *struct{ Email string } }
		s.gql(t, meQ, nil, bearer(current)).mustData(t, &me)
		if me.Me == nil || me.Me.Email != testTech {
			t.Fatalf("me after changePassword = %+v", me.Me)
		}
		s.gql(t, meQ, nil, bearer(other)).mustData(t, &me)
		if me.Me != nil {
			t.Fatal("the other session survived the password change")
		}

		// Technicians and partner keys manage nobody.
		for _, tok := range []string{current, s.apiKey(t, admin, "all", "interventions:read", "interventions:write", "printers:read", "webhooks:manage")} {
			s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": "z@demo.test", "role": "ADMIN"}}, bearer(tok)).
				mustFail(t, "FORBIDDEN", "")
			s.gql(t, `mutation($id: ID!) { resetUserPassword(id: $id) }`, map[string]any{"id": s.idOf(t, testAdmin)}, bearer(tok)).
				mustFail(t, "FORBIDDEN", "")
			s.gql(t, `mutation($id: ID!) { updateUser(id: $id, input: {role: TECHNICIAN}) { id } }`,
				map[string]any{"id": s.idOf(t, testAdmin)}, bearer(tok)).mustFail(t, "FORBIDDEN", "")
		}
		// Everyone edits their own profile.
		var upd struct {
			UpdateMe struct{ Name, Language string }
		}
		s.gql(t, `mutation { updateMe(input: {name: "Tech Renamed", language: "it"}) { name language } }`, nil, bearer(current)).mustData(t, &upd)
		if upd.UpdateMe.Name != "Tech Renamed" || upd.UpdateMe.Language != "it" {
			t.Fatalf("updateMe = %+v", upd.UpdateMe)
		}
	})
}

func TestUsers_DisableRevokesSessionsAndLastAdminStays(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, withRoot)
		admin := s.loginAs(t, testAdmin, testPassword)
		tech := s.loginAs(t, testTech, testPassword)
		techID, adminID := s.idOf(t, testTech), s.idOf(t, testAdmin)
		var dis struct{ DisableUser struct{ Active bool } }
		s.gql(t, `mutation($id: ID!) { disableUser(id: $id) { active } }`, map[string]any{"id": techID}, bearer(admin)).mustData(t, &dis)
		if dis.DisableUser.Active {
			t.Fatal("still active")
		}
		if n := s.db.Client.Session.Query().Where(session.UserID(atoi(t, techID)), session.RevokedAtIsNil()).CountX(sys()); n != 0 {
			t.Fatalf("%d sessions left open", n)
		}
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(tech)).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, loginQ, map[string]any{"e": testTech, "p": testPassword}).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, `mutation($id: ID!) { enableUser(id: $id) { active } }`, map[string]any{"id": techID}, bearer(admin)).mustData(t, &dis)
		s.loginAs(t, testTech, testPassword)

		// The only admin can be neither demoted nor disabled nor deleted, by themselves or the super-admin.
		root := s.loginAs(t, testRoot, testRootPassword)
		s.gql(t, `mutation($id: ID!) { updateUser(id: $id, input: {role: TECHNICIAN}) { id } }`, map[string]any{"id": adminID},
			bearer(admin)).mustFail(t, "BAD_USER_INPUT", "input.role")
		s.gql(t, `mutation($id: ID!) { disableUser(id: $id) { id } }`, map[string]any{"id": adminID}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "id")
		s.gql(t, `mutation($id: ID!) { deleteUser(id: $id) }`, map[string]any{"id": adminID}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "id")
		e := s.gql(t, `mutation($id: ID!) { disableUser(id: $id) { id } }`, map[string]any{"id": adminID}, bearer(root)).
			mustFail(t, "BAD_USER_INPUT", "id")
		if !strings.Contains(e.Message, "last active admin") {
			t.Fatalf("message %q", e.Message)
		}
		s.gql(t, `mutation($id: ID!) { deleteUser(id: $id) }`, map[string]any{"id": adminID}, bearer(root)).
			mustFail(t, "BAD_USER_INPUT", "id")
		// With a second admin, the first can go.
		var up struct{ UpdateUser struct{ Role string } }
		s.gql(t, `mutation($id: ID!) { updateUser(id: $id, input: {role: ADMIN, name: "Promoted"}) { role } }`,
			map[string]any{"id": techID}, bearer(admin)).mustData(t, &up)
		if up.UpdateUser.Role != "ADMIN" {
			t.Fatalf("role = %s", up.UpdateUser.Role)
		}
		s.gql(t, `mutation($id: ID!) { updateUser(id: $id, input: {role: TECHNICIAN}) { role } }`,
			map[string]any{"id": adminID}, bearer(root)).mustData(t, &up)
		if up.UpdateUser.Role != "TECHNICIAN" {
			t.Fatalf("role = %s", up.UpdateUser.Role)
		}
		// Technicians disable nobody; a deleted user is gone with their sessions.
		s.gql(t, `mutation($id: ID!) { disableUser(id: $id) { id } }`, map[string]any{"id": techID}, bearer(admin)).
			mustFail(t, "FORBIDDEN", "")
		var del struct{ DeleteUser string }
		s.gql(t, `mutation($id: ID!) { deleteUser(id: $id) }`, map[string]any{"id": adminID}, bearer(root)).mustData(t, &del)
		if n := s.db.Client.User.Query().Where(user.Email(testAdmin)).CountX(sys()); n != 0 {
			t.Fatal("not deleted")
		}
	})
}

const createOrgQ = `mutation($in: NewOrganizationInput!) { createOrganization(input: $in) { id name slug timezone active
  panicButtons { id } statuses { name } } }`

func TestOrganizations_SuperAdminCreatesDisablesAndEnables(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, withRoot)
		root := s.loginAs(t, testRoot, testRootPassword)
		admin := s.loginAs(t, testAdmin, testPassword)
		in := map[string]any{"name": "Acme", "slug": "acme", "timezone": "Europe/Rome", "defaultLanguage": "it",
			"adminEmail": "boss@acme.test", "adminName": "Boss", "panicButtonName": "HQ"}
		s.gql(t, createOrgQ, map[string]any{"in": in}, bearer(admin)).mustFail(t, "FORBIDDEN", "")
		var out struct {
			CreateOrganization struct {
				ID, Slug, Timezone string
				PanicButtons       []struct{ ID string }
				Statuses           []struct{ Name string }
			}
		}
		s.gql(t, createOrgQ, map[string]any{"in": in}, bearer(root)).mustData(t, &out)
		o := out.CreateOrganization
		if o.Slug != "acme" || o.Timezone != "Europe/Rome" || len(o.PanicButtons) != 1 || len(o.Statuses) != 5 {
			t.Fatalf("created %+v", o)
		}
		orgID := atoi(t, o.ID)
		if n := s.db.Client.NotificationSettings.Query().CountX(sys()); n != 2 {
			t.Fatalf("notification settings = %d", n)
		}
		boss := s.db.Client.User.Query().Where(user.Email("boss@acme.test")).OnlyX(sys())
		if boss.Role != user.RoleADMIN || *boss.OrganizationID != orgID || boss.Language != "it" {
			t.Fatalf("first admin %+v", boss)
		}
		s.lastLink(t, emailmessage.KindINVITE, "boss@acme.test")
		s.gql(t, createOrgQ, map[string]any{"in": in}, bearer(root)).mustFail(t, "BAD_USER_INPUT", "input.slug")
		in["slug"], in["timezone"] = "acme-2", "Mars/Olympus"
		s.gql(t, createOrgQ, map[string]any{"in": in}, bearer(root)).mustFail(t, "BAD_USER_INPUT", "input.timezone")

		var up struct{ UpdateOrganization struct{ Name string } }
		s.gql(t, `mutation($id: ID!) { updateOrganization(id: $id, input: {name: "Acme Corp"}) { name } }`,
			map[string]any{"id": o.ID}, bearer(root)).mustData(t, &up)
		s.gql(t, `mutation($id: ID!) { updateOrganization(id: $id, input: {name: "Mine"}) { name } }`,
			map[string]any{"id": o.ID}, bearer(admin)).mustFail(t, "FORBIDDEN", "")

		// Disabling the demo organization signs its people and its API keys out and keeps them out.
		demoID := fmt.Sprint(s.demoOrg(t).ID)
		key := s.apiKey(t, admin, "erp", "interventions:read")
		s.gql(t, `mutation($id: ID!) { disableOrganization(id: $id) { id } }`, map[string]any{"id": demoID}, bearer(admin)).
			mustFail(t, "FORBIDDEN", "")
		var dis struct{ DisableOrganization struct{ Active bool } }
		s.gql(t, `mutation($id: ID!) { disableOrganization(id: $id) { active } }`, map[string]any{"id": demoID}, bearer(root)).mustData(t, &dis)
		if dis.DisableOrganization.Active {
			t.Fatal("still active")
		}
		if n := s.db.Client.Session.Query().Where(session.RevokedAtIsNil(), session.HasUserWith(user.OrganizationID(atoi(t, demoID)))).CountX(sys()); n != 0 {
			t.Fatalf("%d sessions left", n)
		}
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(admin)).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(key)).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, loginQ, map[string]any{"e": testAdmin, "p": testPassword}).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, `mutation($id: ID!) { enableOrganization(id: $id) { active } }`, map[string]any{"id": demoID}, bearer(root)).mustData(t, &dis)
		s.loginAs(t, testAdmin, testPassword)
		var list struct{ Interventions struct{ TotalCount int } }
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(key)).mustData(t, &list)
	})
}

// apiKey creates a key with the admin's token and returns it.
func (s *testServer) apiKey(t testing.TB, adminToken, name string, scopes ...string) string {
	t.Helper()
	var out struct {
		CreateApiKey struct {
			Key    string
			ApiKey struct{ ID, Prefix string }
		}
	}
	s.gql(t, `mutation($in: CreateAPIKeyInput!) { createApiKey(input: $in) { key apiKey { id prefix } } }`,
		map[string]any{"in": map[string]any{"name": name, "scopes": scopes}}, bearer(adminToken)).mustData(t, &out)
	k := out.CreateApiKey
	if !strings.HasPrefix(k.Key, "pb_") || !strings.HasPrefix(k.Key, k.ApiKey.Prefix) || len(k.Key) < 40 {
		t.Fatalf("key %q prefix %q", k.Key, k.ApiKey.Prefix)
	}
	return k.Key
}

func TestAPIKeys_ScopesLastUsedAndRevocation(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin := s.loginAs(t, testAdmin, testPassword)
		s.report(t, "SN-KEYS-1")
		printers := s.apiKey(t, admin, "inventory", "printers:read")
		reader := s.apiKey(t, admin, "erp", "interventions:read")
		writer := s.apiKey(t, admin, "ticketing", "interventions:read", "interventions:write")

		// The key is stored hashed, never shown again.
		stored := s.db.Client.APIKey.Query().AllX(sys())
		sum := sha256.Sum256([]byte(printers))
		found := false
		for _, k := range stored {
			if k.KeyHash == printers || strings.Contains(k.Prefix, printers) {
				t.Fatal("key stored in clear")
			}
			found = found || k.KeyHash == hex.EncodeToString(sum[:])
		}
		if !found {
			t.Fatal("no key stored as its sha256")
		}
		s.gql(t, `mutation { createApiKey(input: {name: "x", scopes: ["root"]}) { key } }`, nil, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "input.scopes")

		var prn struct{ Printers struct{ TotalCount int } }
		s.gql(t, `{ printers { totalCount } }`, nil, bearer(printers)).mustData(t, &prn)
		if prn.Printers.TotalCount != 1 {
			t.Fatalf("printers = %d", prn.Printers.TotalCount)
		}
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(printers)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, `{ printers { totalCount } }`, nil, bearer(reader)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, `{ panicButtons { edges { node { printerCode } } } }`, nil, bearer(printers)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, `{ auditLogs { totalCount } }`, nil, bearer(writer)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, `{ apiKeys { totalCount } }`, nil, bearer(writer)).mustFail(t, "FORBIDDEN", "")

		var its struct {
			Interventions struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		s.gql(t, `{ interventions { edges { node { id reference status { name } } } } }`, nil, bearer(reader)).mustData(t, &its)
		if len(its.Interventions.Edges) != 1 {
			t.Fatalf("interventions = %+v", its)
		}
		itID := its.Interventions.Edges[0].Node.ID
		change := `mutation($id: ID!, $st: ID!) { changeInterventionStatus(id: $id, statusId: $st) { status { name } } }`
		vars := map[string]any{"id": itID, "st": s.statusID(t, "Open")}
		// A read key cannot write, nor can a key call anything outside partner mutations.
		s.gql(t, change, vars, bearer(reader)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, change, vars, bearer(printers)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, `mutation { createApiKey(input: {name: "mine", scopes: ["printers:read"]}) { key } }`, nil, bearer(writer)).
			mustFail(t, "FORBIDDEN", "")
		var changed struct {
			ChangeInterventionStatus struct{ Status struct{ Name string } }
		}
		s.gql(t, change, vars, bearer(writer)).mustData(t, &changed)
		if changed.ChangeInterventionStatus.Status.Name != "Open" {
			t.Fatalf("status %+v", changed)
		}

		var keys struct {
			ApiKeys struct {
				Edges []struct {
					Node struct {
						ID, Name, Prefix string
						LastUsedAt       *time.Time
						Scopes           []string
					}
				}
			}
		}
		s.gql(t, `{ apiKeys { edges { node { id name prefix lastUsedAt scopes } } } }`, nil, bearer(admin)).mustData(t, &keys)
		if len(keys.ApiKeys.Edges) != 3 {
			t.Fatalf("keys %+v", keys)
		}
		var readerID string
		for _, e := range keys.ApiKeys.Edges {
			if e.Node.LastUsedAt == nil {
				t.Fatalf("lastUsedAt not set for %s", e.Node.Name)
			}
			if e.Node.Name == "erp" {
				readerID = e.Node.ID
			}
		}
		var rev struct {
			RevokeApiKey struct{ RevokedAt *time.Time }
		}
		s.gql(t, `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, map[string]any{"id": readerID}, bearer(admin)).mustData(t, &rev)
		if rev.RevokeApiKey.RevokedAt == nil {
			t.Fatal("not revoked")
		}
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(reader)).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer("pb_forged")).mustFail(t, "UNAUTHENTICATED", "")
		// Technicians see printers and panic buttons, not their codes, nor keys.
		tech := s.loginAs(t, testTech, testPassword)
		s.gql(t, `{ panicButtons { edges { node { name printerCode } } } }`, nil, bearer(tech)).mustFail(t, "FORBIDDEN", "")
		s.gql(t, `{ apiKeys { totalCount } }`, nil, bearer(tech)).mustFail(t, "FORBIDDEN", "")
		var pbs struct{ PanicButtons struct{ TotalCount int } }
		s.gql(t, `{ panicButtons { totalCount edges { node { name } } } }`, nil, bearer(tech)).mustData(t, &pbs)
		if pbs.PanicButtons.TotalCount != 1 {
			t.Fatalf("panic buttons = %d", pbs.PanicButtons.TotalCount)
		}
	})
}

func TestAudit_AdminMutationsAreRecordedWithSecretsRedacted(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		itID, _ := s.report(t, "SN-AUDIT-1")
		admin := s.loginAs(t, testAdmin, testPassword)
		techID := s.idOf(t, testTech)
		s.gql(t, `mutation($id: ID!) { updateUser(id: $id, input: {name: "Renamed", phone: "+39 02 1234"}) { id } }`,
			map[string]any{"id": techID}, bearer(admin), fromIP("203.0.113.7")).mustData(t, &struct{}{})
		key := s.apiKey(t, admin, "erp", "interventions:read")
		s.gql(t, `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "correct horse battery staple 42") }`,
			map[string]any{"c": testPassword}, bearer(admin)).mustData(t, &struct{}{})
		pbID := fmt.Sprint(s.db.Client.PanicButton.Query().FirstIDX(sys()))
		s.gql(t, `mutation($id: ID!) { rotatePrinterCode(id: $id) { id } }`, map[string]any{"id": pbID}, bearer(admin)).mustData(t, &struct{}{})
		// A refused mutation changes nothing and records nothing.
		tech := s.loginAs(t, testTech, testPassword)
		s.gql(t, `mutation($id: ID!) { disableUser(id: $id) { id } }`, map[string]any{"id": s.idOf(t, testAdmin)}, bearer(tech)).
			mustFail(t, "FORBIDDEN", "")

		var out struct {
			AuditLogs struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Operation, ObjectType, ObjectID, IP string
						Changes                             map[string]any
						Actor                               *struct{ Email string }
						CreatedAt                           time.Time
					}
				}
			}
		}
		s.gql(t, `{ auditLogs(orderBy: {field: CREATED_AT, direction: ASC}) { totalCount edges { node {
		  operation objectType objectID ip changes actor { email } createdAt } } } }`, nil, bearer(admin)).mustData(t, &out)
		byOp := map[string]int{}
		for i, e := range out.AuditLogs.Edges {
			byOp[e.Node.Operation] = i
			if e.Node.Actor == nil || e.Node.Actor.Email != testAdmin || time.Since(e.Node.CreatedAt) > time.Minute {
				t.Errorf("%s: actor %+v at %s", e.Node.Operation, e.Node.Actor, e.Node.CreatedAt)
			}
		}
		for _, op := range []string{"updateUser", "createApiKey", "changePassword", "rotatePrinterCode"} {
			if _, ok := byOp[op]; !ok {
				t.Fatalf("no audit entry for %s in %+v", op, out.AuditLogs.Edges)
			}
		}
		if out.AuditLogs.TotalCount != 4 {
			t.Errorf("entries = %d, want 4 (the refused disableUser is not one)", out.AuditLogs.TotalCount)
		}
		u := out.AuditLogs.Edges[byOp["updateUser"]].Node
		in, _ := u.Changes["input"].(map[string]any)
		if u.ObjectType != "User" || u.ObjectID != techID || u.IP != "203.0.113.7" || in["name"] != "Renamed" || in["phone"] != "+39 02 1234" {
			t.Errorf("updateUser entry %+v", u)
		}
		cp := out.AuditLogs.Edges[byOp["changePassword"]].Node
		if cp.Changes["currentPassword"] != "[REDACTED]" || cp.Changes["newPassword"] != "[REDACTED]" {
			t.Errorf("changePassword changes %v", cp.Changes)
		}
		k := out.AuditLogs.Edges[byOp["createApiKey"]].Node
		if k.ObjectType != "APIKey" || k.ObjectID == "" {
			t.Errorf("createApiKey entry %+v", k)
		}
		raw, _ := json.Marshal(out)
		if strings.Contains(string(raw), key) || strings.Contains(string(raw), testPassword) {
			t.Fatal("a secret reached the audit log")
		}
		// Read by admins only; the partner key's own mutations are recorded under the key.
		s.gql(t, `{ auditLogs { totalCount } }`, nil, bearer(tech)).mustFail(t, "FORBIDDEN", "")
		writer := s.apiKey(t, s.loginAs(t, testAdmin, "correct horse battery staple 42"), "w", "interventions:read", "interventions:write")
		s.gql(t, `mutation($id: ID!) { addInterventionNote(id: $id, note: "from the ERP") { id } }`, map[string]any{"id": itID},
			bearer(writer)).mustData(t, &struct{}{})
		byKey := s.db.Client.AuditLog.Query().Where(auditlog.Operation("addInterventionNote")).OnlyX(sys())
		if byKey.APIKeyID == nil || byKey.ActorID != nil || byKey.ObjectType != "Intervention" || byKey.ObjectID != itID {
			t.Fatalf("entry of the key %+v", byKey)
		}
	})
}

func TestCSRFAndCORS(t *testing.T) {
	s := newTestServer(t, "sqlite", map[string]string{"PUBLIC_URL": "https://panic.example.com",
		"CORS_ALLOWED_ORIGINS": "https://panic.example.com, https://admin.partner.example"})
	body := `{"query":"mutation { login(email: \"` + testAdmin + `\", password: \"` + testPassword + `\") { token } }"}`
	resp, err := http.Post(s.URL+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == auth.CookieName {
			cookie = c
		}
	}
	if cookie == nil {
		t.Fatal("no session cookie")
	}
	withCookie := func(csrf bool) reqOpt {
		return func(r *http.Request) {
			r.AddCookie(cookie)
			if csrf {
				r.Header.Set(auth.CSRFHeader, "1")
			}
		}
	}
	// A cookie-authenticated POST without the custom header (what a cross-site form sends) is refused
	// before anything runs.
	s.gql(t, `mutation { logout }`, nil, withCookie(false)).mustFail(t, "FORBIDDEN", "")
	var me struct{ Me *struct{ Email string } }
	s.gql(t, meQ, nil, withCookie(true)).mustData(t, &me)
	if me.Me == nil {
		t.Fatal("the refused logout signed out")
	}

	preflight := func(origin string) http.Header {
		req, _ := http.NewRequest(http.MethodOptions, s.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type, x-csrf-protection")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.Header
	}
	for _, o := range []string{"https://panic.example.com", "https://admin.partner.example"} {
		h := preflight(o)
		if h.Get("Access-Control-Allow-Origin") != o || h.Get("Access-Control-Allow-Credentials") != "true" ||
			!strings.Contains(strings.ToLower(h.Get("Access-Control-Allow-Headers")), "x-csrf-protection") {
			t.Fatalf("preflight from %s: %v", o, h)
		}
	}
	if h := preflight("https://evil.example"); h.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("preflight from a foreign origin allowed: %v", h)
	}
	// A simple cross-origin POST gets no CORS headers: the browser hides the answer.
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(`{"query":"{ ping }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "https://evil.example")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatal("CORS header for a foreign origin")
	}
}

func TestWebsocket_AuthenticationAndOrigin(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		itID, ref := s.report(t, "SN-WS-1")
		admin := s.loginAs(t, testAdmin, testPassword)
		org := s.demoOrg(t).ID
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		publish := func() {
			if err := s.app.events.Publish(ctx, events.Event{Kind: events.InterventionChanged, OrgID: org, InterventionID: atoi(t, itID)}); err != nil {
				t.Fatal(err)
			}
		}
		receives := func(c *testutil.WSClient) {
			t.Helper()
			// publish again until the subscriber, once registered, receives the event
			m, err := c.SubscribeLive(ctx, "1", subChanged, publish, 5*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			var p struct {
				Data   changedEvent
				Errors []gqlError
			}
			if err := json.Unmarshal(m.Payload, &p); err != nil || m.Type != "next" || len(p.Errors) > 0 ||
				p.Data.InterventionChanged.Reference != ref {
				t.Fatalf("event %s %s", m.Type, m.Payload)
			}
		}

		// No credentials: the connection opens, a subscription is refused.
		anon, err := testutil.DialGraphQLWS(ctx, t, s.URL, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := anon.Subscribe(ctx, "1", subChanged); err != nil {
			t.Fatal(err)
		}
		m, err := anon.Next("1", 5*time.Second)
		if err != nil || (m.Type != "error" && m.Type != "next") || !strings.Contains(string(m.Payload), `"UNAUTHENTICATED"`) {
			t.Fatalf("anonymous subscribe: %s %s %v", m.Type, m.Payload, err)
		}
		// A bearer token in connection_init.
		c, err := testutil.DialGraphQLWS(ctx, t, s.URL, nil, map[string]any{"authorization": "Bearer " + admin})
		if err != nil {
			t.Fatal(err)
		}
		receives(c)
		// A bad token is refused at connection_init.
		if _, err := testutil.DialGraphQLWS(ctx, t, s.URL, nil, map[string]any{"authorization": "Bearer nope"}); err == nil {
			t.Fatal("bad token accepted")
		}
		// The session cookie, from the allowed origin (PUBLIC_URL's).
		cookieHeader := http.Header{"Cookie": {auth.CookieName + "=" + admin}, "Origin": {"http://localhost:8080"}}
		c, err = testutil.DialGraphQLWS(ctx, t, s.URL, cookieHeader, nil)
		if err != nil {
			t.Fatal(err)
		}
		receives(c)
		// A foreign origin cannot even open the socket, cookie or not.
		foreign := http.Header{"Cookie": {auth.CookieName + "=" + admin}, "Origin": {"https://evil.example"}}
		if _, err := testutil.DialGraphQLWS(ctx, t, s.URL, foreign, nil); err == nil {
			t.Fatal("foreign origin accepted")
		}
		// A partner key in connection_init works too.
		key := s.apiKey(t, admin, "erp", "interventions:read")
		c, err = testutil.DialGraphQLWS(ctx, t, s.URL, nil, map[string]any{"authorization": "Bearer " + key})
		if err != nil {
			t.Fatal(err)
		}
		receives(c)
	})
}

func TestGraphQL_DepthComplexityIntrospectionAndAPQ(t *testing.T) {
	s := newTestServer(t, "sqlite", map[string]string{"GRAPHQL_MAX_DEPTH": "6", "GRAPHQL_MAX_COMPLEXITY": "500"})
	admin := s.loginAs(t, testAdmin, testPassword)
	s.gql(t, `{ me { organization { panicButtons { organization { panicButtons { organization { name } } } } } } }`, nil, bearer(admin)).
		mustFail(t, "DEPTH_LIMIT_EXCEEDED", "")
	var ok struct {
		Me struct{ Organization struct{ Name string } }
	}
	s.gql(t, `{ me { organization { name } } }`, nil, bearer(admin)).mustData(t, &ok)
	// A connection costs its page size times its nodes.
	s.gql(t, `{ users(first: 1000) { edges { node { id email } } } }`, nil, bearer(admin)).mustFail(t, "COMPLEXITY_LIMIT_EXCEEDED", "")
	s.gql(t, `{ users { edges { node { id email name phone role language } } } }`, nil, bearer(admin)).mustFail(t, "COMPLEXITY_LIMIT_EXCEEDED", "")
	var users struct{ Users struct{ TotalCount int } }
	s.gql(t, `{ users(first: 20) { totalCount edges { node { id email } } } }`, nil, bearer(admin)).mustData(t, &users)
	// Introspection is on by default (and not depth-limited) ...
	var intro struct {
		Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
	}
	s.gql(t, `{ __schema { queryType { name } types { fields { type { ofType { ofType { ofType { name } } } } } } } }`, nil).mustData(t, &intro)
	// ... and off when configured.
	off := newTestServer(t, "sqlite", map[string]string{"GRAPHQL_INTROSPECTION": "false"})
	if r := off.gql(t, `{ __schema { queryType { name } } }`, nil); len(r.Errors) == 0 {
		t.Fatal("introspection still on")
	}
	// Automatic persisted queries: a hash alone first misses, then works once the query was sent.
	q := `{ ping }`
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	post := func(withQuery bool) gqlResponse {
		payload := map[string]any{"extensions": ext}
		if withQuery {
			payload["query"] = q
		}
		b, _ := json.Marshal(payload)
		resp, err := http.Post(s.URL+"/graphql", "application/json", strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out gqlResponse
		_ = json.NewDecoder(resp.Body).Decode(&out)
		return out
	}
	if r := post(false); len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "PersistedQueryNotFound") {
		t.Fatalf("unknown hash: %+v", r)
	}
	var pong struct{ Ping string }
	post(true).mustData(t, &pong)
	post(false).mustData(t, &pong)
	if pong.Ping != "pong" {
		t.Fatalf("ping = %q", pong.Ping)
	}
}
