package main

import (
	"strings"
	"testing"
)

// TestEmailSettings_FromOnlyInTheVerifiedSenderDomains (issue 14, item 10): a tenant admin cannot make the
// platform send mail as any address: the From Email of a panic button's email settings must be in a sender
// domain the operator verified (EMAIL_SENDER_DOMAINS, default EMAIL_FROM's domain); another is BAD_USER_INPUT
// naming input.fromEmail and the allowed domains.
func TestEmailSettings_FromOnlyInTheVerifiedSenderDomains(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		const update = `mutation($pb: ID!, $in: EmailTemplateInput!) { updateEmailTemplate(panicButtonId: $pb, language: "en", input: $in) { fromEmail } }`
		// Default: EMAIL_FROM's domain only.
		s := newTestServer(t, d, map[string]string{"EMAIL_FROM": "Panic Button <no-reply@mail.platform.test>"})
		admin := s.login(t, testAdmin)
		pb := s.panicButtonID(t)
		e := s.gql(t, update, map[string]any{"pb": pb, "in": map[string]any{"fromEmail": "ceo@bank.example"}}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "input.fromEmail")
		if !strings.Contains(e.Message, "mail.platform.test") {
			t.Errorf("the verified domains are not named: %q", e.Message)
		}
		var out struct{ UpdateEmailTemplate struct{ FromEmail *string } }
		s.gql(t, update, map[string]any{"pb": pb, "in": map[string]any{"fromEmail": "Support@Mail.Platform.Test"}}, bearer(admin)).mustData(t, &out)
		if out.UpdateEmailTemplate.FromEmail == nil || *out.UpdateEmailTemplate.FromEmail != "support@mail.platform.test" {
			t.Fatalf("fromEmail = %v", out.UpdateEmailTemplate.FromEmail)
		}
		// A subdomain or a look-alike is not the verified domain.
		for _, from := range []string{"x@evil.mail.platform.test", "x@mail.platform.test.evil.example", "x@platform.test"} {
			s.gql(t, update, map[string]any{"pb": pb, "in": map[string]any{"fromEmail": from}}, bearer(admin)).
				mustFail(t, "BAD_USER_INPUT", "input.fromEmail")
		}

		// Operator-verified domains.
		s = newTestServer(t, d, map[string]string{"EMAIL_SENDER_DOMAINS": "demo.example, customer.test"})
		admin = s.login(t, testAdmin)
		pb = s.panicButtonID(t)
		for _, from := range []string{"panic@demo.example", "helpdesk@customer.test"} {
			s.gql(t, update, map[string]any{"pb": pb, "in": map[string]any{"fromEmail": from}}, bearer(admin)).mustData(t, &out)
		}
		s.gql(t, update, map[string]any{"pb": pb, "in": map[string]any{"fromEmail": "ceo@bank.example"}}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "input.fromEmail")
	})
}
