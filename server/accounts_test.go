package main

import (
	"testing"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
)

// Issue 14, item 10: an admin inviting an address that has an account in another organization gets the same
// answer as for any new address — accounts are per organization — so no tenant learns who another tenant
// knows. The person then has two separate accounts; each password opens its own.
func TestUsers_AnAddressKnownToAnotherOrganizationIsNotRevealed(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, withRoot)
		root := s.loginAs(t, testRoot, testRootPassword)
		in := map[string]any{"name": "Acme", "slug": "acme", "timezone": "Europe/Rome", "defaultLanguage": "en",
			"adminEmail": "boss@acme.test", "adminName": "Boss", "panicButtonName": "HQ"}
		s.gql(t, createOrgQ, map[string]any{"in": in}, bearer(root)).mustData(t, &struct{}{})
		var ok struct{ SetPassword bool }
		s.gql(t, setPassQ, map[string]any{"t": s.lastLink(t, emailmessage.KindINVITE, "boss@acme.test"), "p": strongPassword}).mustData(t, &ok)
		boss := s.loginAs(t, "boss@acme.test", strongPassword)

		type created struct {
			CreateUser struct {
				ID, Email, Role, Language string
				Active                    bool
			}
		}
		invite := func(email string) created {
			var c created
			s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": email, "role": "TECHNICIAN"}}, bearer(boss)).mustData(t, &c)
			return c
		}
		// The demo organization's technician and a never-seen address get the same answer.
		known, unknown := invite(testTech), invite("nobody.yet@acme.test")
		if known.CreateUser.Email != testTech || unknown.CreateUser.Email != "nobody.yet@acme.test" ||
			known.CreateUser.Role != unknown.CreateUser.Role || known.CreateUser.Active != unknown.CreateUser.Active ||
			known.CreateUser.Language != unknown.CreateUser.Language {
			t.Fatalf("answers differ: %+v vs %+v", known.CreateUser, unknown.CreateUser)
		}
		// Inside one organization an address is still one account (the admin sees their own users anyway).
		s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": testTech, "role": "ADMIN"}}, bearer(boss)).
			mustFail(t, "BAD_USER_INPUT", "input.email")

		// The person sets a password on the new account; each password opens its own organization's account.
		const acmePassword = "acme tractor lantern 42 velvet"
		s.gql(t, setPassQ, map[string]any{"t": s.lastLink(t, emailmessage.KindINVITE, testTech), "p": acmePassword}).mustData(t, &ok)
		orgOf := func(token string) string {
			var me struct {
				Me struct{ Organization struct{ Slug string } }
			}
			s.gql(t, `{ me { organization { slug } } }`, nil, bearer(token)).mustData(t, &me)
			return me.Me.Organization.Slug
		}
		if got := orgOf(s.loginAs(t, testTech, acmePassword)); got != "acme" {
			t.Fatalf("the Acme password opened %q", got)
		}
		if got := orgOf(s.loginAs(t, testTech, testPassword)); got != s.demoOrg(t).Slug {
			t.Fatalf("the demo password opened %q", got)
		}
		s.gql(t, loginQ, map[string]any{"e": testTech, "p": "neither of the two passwords"}).mustFail(t, "UNAUTHENTICATED", "")
	})
}
