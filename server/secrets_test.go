package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/user"
)

// sentLink runs the outbox until the email of message id is a file in the mail folder, and returns the
// set-password token the recipient got in it.
func sentLink(t *testing.T, s *testServer, id int) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(s.cfg.EmailDir, fmt.Sprintf("*-%d.eml", id)))
		if len(files) == 1 {
			m := readEML(t, files[0])
			match := linkRE.FindStringSubmatch(m.Text)
			if match == nil {
				t.Fatalf("sent email %d without a link: %s", id, m.Text)
			}
			return match[2]
		}
		if time.Now().After(deadline) {
			row := s.db.Client.EmailMessage.GetX(sys(), id)
			t.Fatalf("email %d not sent after 15s: %s %s", id, row.Status, row.LastError)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func newestMail(t *testing.T, s *testServer, kind emailmessage.Kind, to string) int {
	t.Helper()
	best := 0
	for _, m := range s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(kind)).AllX(sys()) {
		if len(m.To) == 1 && m.To[0] == to && m.ID > best {
			best = m.ID
		}
	}
	if best == 0 {
		t.Fatalf("no %s email to %s", kind, to)
	}
	return best
}

// TestSetPasswordLinks_NoAdminReadsAUsableLinkAndOnlyTheNewestWorks (issue 14, item 8): an admin who resets a
// colleague's password cannot read the link from the outbox (emailMessages text, html, lastError), only the
// recipient's copy carries it, and issuing a new link voids the older ones.
func TestSetPasswordLinks_NoAdminReadsAUsableLinkAndOnlyTheNewestWorks(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, map[string]string{"OUTBOX_POLL_INTERVAL": "50ms"})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- s.app.outbox.Run(ctx) }()
		t.Cleanup(func() { cancel(); <-done })
		admin := s.loginAs(t, testAdmin, testPassword)

		// An invitation, then a reset of the same account before it was used: the invitation's link is void.
		var created struct{ CreateUser struct{ ID string } }
		s.gql(t, createUserQ, map[string]any{"in": map[string]any{"email": "colleague@demo.test", "role": "TECHNICIAN"}},
			bearer(admin)).mustData(t, &created)
		invite := sentLink(t, s, newestMail(t, s, emailmessage.KindINVITE, "colleague@demo.test"))
		var ok struct{ ResetUserPassword bool }
		s.gql(t, `mutation($id: ID!) { resetUserPassword(id: $id) }`, map[string]any{"id": created.CreateUser.ID},
			bearer(admin)).mustData(t, &ok)
		reset := sentLink(t, s, newestMail(t, s, emailmessage.KindPASSWORD_RESET, "colleague@demo.test"))
		s.gql(t, setPassQ, map[string]any{"t": invite, "p": strongPassword}).mustFail(t, "BAD_USER_INPUT", "token")
		s.gql(t, setPassQ, map[string]any{"t": reset, "p": strongPassword}).mustData(t, &struct{ SetPassword bool }{})
		s.loginAs(t, "colleague@demo.test", strongPassword)

		// The admin resets the demo technician's password and reads the whole outbox: no link, no token.
		s.gql(t, `mutation($id: ID!) { resetUserPassword(id: $id) }`, map[string]any{"id": s.idOf(t, testTech)},
			bearer(admin)).mustData(t, &ok)
		techReset := newestMail(t, s, emailmessage.KindPASSWORD_RESET, testTech)
		techToken := sentLink(t, s, techReset)
		var out struct {
			EmailMessages struct {
				Edges []struct {
					Node struct {
						ID, Kind, Text, HTML, Subject string
						LastError                     *string
					}
				}
			}
		}
		s.gql(t, `{ emailMessages(first: 100) { edges { node { id kind subject text html lastError } } } }`, nil,
			bearer(admin)).mustData(t, &out)
		seen := 0
		for _, e := range out.EmailMessages.Edges {
			n := e.Node
			all := n.Text + n.HTML + n.Subject
			if n.LastError != nil {
				all += *n.LastError
			}
			if n.Kind == "INVITE" || n.Kind == "PASSWORD_RESET" {
				seen++
			}
			for _, secret := range []string{techToken, invite, reset, "token="} {
				if strings.Contains(all, secret) {
					t.Fatalf("admin reads a set-password link in %s email %s: %s", n.Kind, n.ID, all)
				}
			}
		}
		if seen < 3 {
			t.Fatalf("admin sees %d link emails, want 3", seen)
		}
		// The technician's own copy still works.
		s.gql(t, setPassQ, map[string]any{"t": techToken, "p": "another horse battery staple 7"}).
			mustData(t, &struct{ SetPassword bool }{})
		if !s.db.Client.User.Query().Where(user.Email(testTech)).OnlyX(sys()).Active {
			t.Fatal("technician disabled")
		}
		s.loginAs(t, testTech, "another horse battery staple 7")
	})
}
