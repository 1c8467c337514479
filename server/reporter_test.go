package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"mime/multipart"
	"net/http"
	netmail "net/mail"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/inboundemail"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/notification"
)

// The reporter's loop (issue 17), through the real HTTP stack on SQLite and MariaDB: the tracking link and reply
// address of every reporter email, the tracking page, "Is it fixed?", and SendGrid's Inbound Parse webhook.

const (
	inboundDomain   = "reply.panic.test"
	inboundUser     = "sendgrid"
	inboundPassword = "inbound-password-123456"
)

var reporterEnv = map[string]string{"INBOUND_EMAIL_DOMAIN": inboundDomain, "INBOUND_WEBHOOK_USER": inboundUser,
	"INBOUND_WEBHOOK_PASSWORD": inboundPassword, "PUBLIC_URL": "https://panic.example.com"}

var (
	trackRE = regexp.MustCompile(`https://panic\.example\.com/track/([0-9a-z]+-[0-9a-z]+)`)
	replyRE = regexp.MustCompile(`^reply\+([0-9a-z]+-[0-9a-z]+)@` + regexp.QuoteMeta(inboundDomain) + `$`)
)

// reporterReport files a kiosk report in English on a printer with a name, location and IP; it returns the
// intervention.
func (s *testServer) reporterReport(t testing.TB, serial string) *ent.Intervention {
	t.Helper()
	ready := s.registered(t, serial, map[string]any{"location": "Lobby", "name": "MFP-Lobby", "ip": "10.9.8.7"}, "en")
	res := s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "reporter@example.com",
		"causeIds": []string{ready.Kiosk.Causes[0].ID}, "message": "It jams"})
	return s.db.Client.Intervention.Query().Where(intervention.Reference(res.Reference)).OnlyX(sys())
}

// sendAll runs the outbox until nothing is due.
func (s *testServer) sendAll(t testing.TB) {
	t.Helper()
	for {
		n, err := s.app.outbox.SendDue(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
}

type sentMail struct {
	parsedMail
	ReplyTo string
	Path    string
}

// lastSent sends what is due and returns the newest email of kind about it as delivered (the .eml file), after
// checking its stored row (what admins see) carries neither the tracking link nor the reply address.
func (s *testServer) lastSent(t *testing.T, kind emailmessage.Kind, it *ent.Intervention) sentMail {
	t.Helper()
	m, err := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(kind), emailmessage.InterventionID(it.ID)).
		Order(ent.Desc(emailmessage.FieldID)).First(sys())
	if err != nil {
		t.Fatalf("no %s email about %s: %v", kind, it.Reference, err)
	}
	if strings.Contains(m.HTML+m.Text, "/track/") || strings.Contains(m.HTML+m.Text, "reply+") {
		t.Fatalf("the stored %s email carries a token: %s", kind, m.Text)
	}
	s.sendAll(t)
	files, _ := filepath.Glob(filepath.Join(s.cfg.EmailDir, "*-"+fmt.Sprint(m.ID)+".eml"))
	if len(files) != 1 {
		sent := s.db.Client.EmailMessage.GetX(sys(), m.ID)
		t.Fatalf("%s email %d not sent (%s %s)", kind, m.ID, sent.Status, sent.LastError)
	}
	out := sentMail{parsedMail: readEML(t, files[0]), Path: files[0]}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if list, err := msg.Header.AddressList("Reply-To"); err == nil && len(list) == 1 {
		out.ReplyTo = list[0].Address
	}
	return out
}

func (m sentMail) trackingToken(t *testing.T) string {
	t.Helper()
	match := trackRE.FindStringSubmatch(m.Text)
	if match == nil || !strings.Contains(m.HTML, match[0]) {
		t.Fatalf("no tracking link in the email:\n%s", m.Text)
	}
	return match[1]
}

func (m sentMail) replyToken(t *testing.T) string {
	t.Helper()
	match := replyRE.FindStringSubmatch(m.ReplyTo)
	if match == nil {
		t.Fatalf("Reply-To %q is not reply+<token>@%s", m.ReplyTo, inboundDomain)
	}
	return match[1]
}

// page GETs (or, with a form, POSTs) the tracking page of token, without following redirects.
func (s *testServer) page(t testing.TB, token string, form url.Values) (int, string, *http.Response) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	var resp *http.Response
	var err error
	if form == nil {
		resp, err = c.Get(s.URL + "/track/" + token)
	} else {
		resp, err = c.PostForm(s.URL+"/track/"+token, form)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp
}

func forge(token string) string {
	b := []byte(token)
	last := len(b) - 1
	if b[last] == 'a' {
		b[last] = 'b'
	} else {
		b[last] = 'a'
	}
	return string(b)
}

func TestReporter_EveryReporterEmailCarriesItsLinks_ThePageShowsOnlyPublicThings(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, reporterEnv)
		admin := s.login(t, testAdmin)
		it := s.reporterReport(t, "SN-TRACK-1")
		first := s.lastSent(t, emailmessage.KindREPORT_USER, it)
		token := first.trackingToken(t)
		reply := first.replyToken(t)
		if token == reply {
			t.Fatal("the tracking token also works as the reply address: they must differ")
		}
		// The technicians' email has no tracking link: it is the reporter's.
		if tech := s.lastSent(t, emailmessage.KindREPORT_TECH, it); strings.Contains(tech.Text, "/track/") || tech.ReplyTo != "" {
			t.Fatalf("the technicians' email carries the reporter's links: %s / %s", tech.Text, tech.ReplyTo)
		}

		id := fmt.Sprint(it.ID)
		addNote := `mutation($id: ID!, $n: String!, $p: Boolean) { addInterventionNote(id: $id, note: $n, public: $p) { id } }`
		s.gql(t, addNote, map[string]any{"id": id, "n": "INTERNAL-SECRET-42 the customer is difficult"}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, addNote, map[string]any{"id": id, "n": "A technician comes at 3 pm", "p": true}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Open"), "n": "INTERNAL-STATUS-NOTE"}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, assignQ, map[string]any{"id": id, "t": []string{s.userID(t, testTech)}}, bearer(admin)).mustData(t, &struct{}{})

		// The public note is emailed to the reporter, with the links; the internal one is not.
		noteMail := s.lastSent(t, emailmessage.KindNOTE_CUSTOMER, it)
		if !strings.Contains(noteMail.Text, "A technician comes at 3 pm") || noteMail.To != "reporter@example.com" {
			t.Fatalf("public note email: to %s: %s", noteMail.To, noteMail.Text)
		}
		if noteMail.trackingToken(t) != token || noteMail.replyToken(t) != reply {
			t.Fatal("the note email's links differ from the report email's")
		}
		if n := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindNOTE_CUSTOMER)).CountX(sys()); n != 1 {
			t.Fatalf("%d note emails, want 1 (internal notes are not emailed)", n)
		}
		// Status emails to the customer carry the links too.
		statusMail := s.lastSent(t, emailmessage.KindSTATUS_CUSTOMER, it)
		if statusMail.trackingToken(t) != token {
			t.Fatal("status email without the tracking link")
		}

		code, html, resp := s.page(t, token, nil)
		if code != http.StatusOK {
			t.Fatalf("tracking page: %d", code)
		}
		if resp.Header.Get("Cache-Control") != "no-store" || resp.Header.Get("Referrer-Policy") != "no-referrer" {
			t.Fatalf("tracking page headers: %v", resp.Header)
		}
		for _, want := range []string{it.Reference, "MFP-Lobby", "Lobby", "A technician comes at 3 pm", "Open", "New", `lang="en"`} {
			if !strings.Contains(html, want) {
				t.Errorf("the tracking page lacks %q", want)
			}
		}
		for _, never := range []string{"INTERNAL-SECRET-42", "INTERNAL-STATUS-NOTE", "10.9.8.7", testTech, "technicians@demo.test", testAdmin, "Demo Technician"} {
			if strings.Contains(html, never) {
				t.Errorf("the tracking page shows %q", never)
			}
		}
		if _, fr, _ := s.page(t, token+"?lang=fr", nil); !strings.Contains(fr, "Votre demande") || !strings.Contains(fr, "Ouverte") {
			t.Error("the French page lacks its texts or the French status name")
		}

		// Forged, wrong-purpose and unknown tokens: the same 404 page, nothing of the intervention.
		for _, bad := range []string{forge(token), reply, "zz-" + strings.Repeat("a", 24), "nonsense"} {
			code, body, _ := s.page(t, bad, nil)
			if code != http.StatusNotFound || strings.Contains(body, it.Reference) || strings.Contains(body, "3 pm") {
				t.Errorf("token %q: %d, shows the intervention: %v", bad, code, strings.Contains(body, it.Reference))
			}
		}

		// Revocation: the links sent so far stop working; the next email carries new ones that work.
		s.gql(t, `mutation($id: ID!) { revokeTrackingLink(interventionId: $id) { id } }`, map[string]any{"id": id}, bearer(s.login(t, testTech))).
			mustFail(t, "FORBIDDEN", "")
		s.gql(t, `mutation($id: ID!) { revokeTrackingLink(interventionId: $id) { id } }`, map[string]any{"id": id}, bearer(admin)).mustData(t, &struct{}{})
		if code, body, _ := s.page(t, token, nil); code != http.StatusNotFound || strings.Contains(body, it.Reference) {
			t.Fatalf("revoked link: %d", code)
		}
		s.gql(t, addNote, map[string]any{"id": id, "n": "New link after revocation", "p": true}, bearer(admin)).mustData(t, &struct{}{})
		fresh := s.lastSent(t, emailmessage.KindNOTE_CUSTOMER, it).trackingToken(t)
		if fresh == token {
			t.Fatal("the email after revocation carries the revoked link")
		}
		if code, body, _ := s.page(t, fresh, nil); code != http.StatusOK || !strings.Contains(body, "New link after revocation") {
			t.Fatalf("new link: %d", code)
		}

		// Expiry: TRACKING_LINK_DAYS (30) after closure the link stops working.
		s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Closed")}, bearer(admin)).mustData(t, &struct{}{})
		if code, _, _ := s.page(t, fresh, nil); code != http.StatusOK {
			t.Fatalf("closed yesterday: %d", code)
		}
		s.db.Client.Intervention.UpdateOneID(it.ID).SetClosedAt(time.Now().Add(-31 * 24 * time.Hour)).ExecX(sys())
		if code, _, _ := s.page(t, fresh, nil); code != http.StatusNotFound {
			t.Fatalf("closed 31 days ago: %d, want 404", code)
		}
	})
}

func TestReporter_NotFixedReopensAndNotifies_SatisfactionPerPanicButton(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, reporterEnv)
		admin := s.login(t, testAdmin)
		tech := s.login(t, testTech)
		closeIt := func(it *ent.Intervention) string {
			t.Helper()
			id := fmt.Sprint(it.ID)
			s.gql(t, assignQ, map[string]any{"id": id, "t": []string{s.userID(t, testTech)}}, bearer(admin)).mustData(t, &struct{}{})
			s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Closed")}, bearer(admin)).mustData(t, &struct{}{})
			m := s.lastSent(t, emailmessage.KindSTATUS_CUSTOMER, it)
			token := m.trackingToken(t)
			if !strings.Contains(m.Text, "Is it fixed?") || !strings.Contains(m.Text, "/track/"+token+"?fixed=no") {
				t.Fatalf("the closing email does not ask whether it is fixed:\n%s", m.Text)
			}
			return token
		}
		a := s.reporterReport(t, "SN-FIXED-1")
		token := closeIt(a)
		// Before answering, an open intervention's page does not ask; a closed one does.
		if _, html, _ := s.page(t, token+"?fixed=no", nil); !strings.Contains(html, `name="fixed" value="no" checked`) {
			t.Fatal("the page does not ask (with No preselected)")
		}
		// A bad answer changes nothing.
		if code, _, _ := s.page(t, token, url.Values{"fixed": {"maybe"}}); code != http.StatusBadRequest {
			t.Fatalf("bad answer: %d", code)
		}
		code, _, resp := s.page(t, token, url.Values{"fixed": {"no"}, "comment": {"Still jams on tray 2"}})
		if code != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/track/"+token) {
			t.Fatalf("answer: %d %s", code, resp.Header.Get("Location"))
		}
		a = s.db.Client.Intervention.Query().Where(intervention.ID(a.ID)).WithStatus().OnlyX(sys())
		if a.Edges.Status.Name != "New" || a.ClosedAt != nil {
			t.Fatalf("after \"not fixed\": status %s, closed at %v; want New, reopened", a.Edges.Status.Name, a.ClosedAt)
		}
		ev := s.db.Client.InterventionEvent.Query().Where(interventionevent.InterventionID(a.ID),
			interventionevent.KindEQ(interventionevent.KindREPORTED_NOT_FIXED)).OnlyX(sys())
		if ev.Note != "Still jams on tray 2" || !ev.Public {
			t.Fatalf("answer event: %+v", ev)
		}
		for _, who := range []string{testAdmin, testTech} {
			n := s.db.Client.Notification.Query().Where(notification.KindEQ(notification.KindNOT_FIXED),
				notification.InterventionID(a.ID), notification.HasRecipientWith()).AllX(sys())
			found := false
			for _, x := range n {
				if fmt.Sprint(x.RecipientID) == s.userID(t, who) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s has no NOT_FIXED bell notification", who)
			}
		}
		var b bell
		s.gql(t, bellQ, map[string]any{"u": true}, bearer(tech)).mustData(t, &b)
		if !strings.Contains(b.Notifications.Edges[0].Node.Text, "not fixed") {
			t.Fatalf("the technician's bell: %+v", b.Notifications.Edges[0].Node)
		}
		// It is open again: nothing more to answer.
		if code, _, _ := s.page(t, token, url.Values{"fixed": {"yes"}}); code != http.StatusBadRequest {
			t.Fatalf("answer on an open intervention: %d", code)
		}
		if _, html, _ := s.page(t, token, nil); strings.Contains(html, `name="fixed"`) || !strings.Contains(html, "Still jams on tray 2") {
			t.Fatal("the reopened page still asks, or lacks the reporter's comment")
		}

		// A second intervention answered "yes": it stays closed; the panic button's rate is 1 of 2.
		c := s.reporterReport(t, "SN-FIXED-2")
		tokC := closeIt(c)
		if code, _, _ := s.page(t, tokC, url.Values{"fixed": {"yes"}}); code != http.StatusSeeOther {
			t.Fatalf("yes: %d", code)
		}
		if code, _, _ := s.page(t, tokC, url.Values{"fixed": {"no"}}); code != http.StatusBadRequest {
			t.Fatalf("a second answer to the same closure: %d", code)
		}
		if st := s.db.Client.Intervention.Query().Where(intervention.ID(c.ID)).QueryStatus().OnlyX(sys()); st.Name != "Closed" {
			t.Fatalf("\"fixed\" moved it to %s", st.Name)
		}
		var out struct {
			PanicButtons struct {
				Edges []struct {
					Node struct {
						Satisfaction struct {
							Answered, Fixed, NotFixed int
							Rate                      *float64
						}
					}
				}
			}
		}
		s.gql(t, `{ panicButtons(first: 5) { edges { node { satisfaction { answered fixed notFixed rate } } } } }`, nil, bearer(admin)).mustData(t, &out)
		got := out.PanicButtons.Edges[0].Node.Satisfaction
		if got.Answered != 2 || got.Fixed != 1 || got.NotFixed != 1 || got.Rate == nil || *got.Rate != 0.5 {
			t.Fatalf("satisfaction = %+v, want 2 answers, rate 0.5", got)
		}

		// With reopening turned off, "not fixed" is recorded and notified but the intervention stays closed.
		s.gql(t, `mutation($s: [ID!]!) { updateNotificationSettings(input: {triggerStatusIds: $s, emailAdmins: true, emailCustomer: true,
			emailTechnicians: true, pushAdmins: true, pushTechnicians: true, reopenOnNotFixed: false}) { reopenOnNotFixed } }`,
			map[string]any{"s": []string{s.statusID(t, "Open"), s.statusID(t, "Closed")}}, bearer(admin)).mustData(t, &struct{}{})
		e := s.reporterReport(t, "SN-FIXED-3")
		tokE := closeIt(e)
		if code, _, _ := s.page(t, tokE, url.Values{"fixed": {"no"}}); code != http.StatusSeeOther {
			t.Fatalf("no: %d", code)
		}
		if st := s.db.Client.Intervention.Query().Where(intervention.ID(e.ID)).QueryStatus().OnlyX(sys()); st.Name != "Closed" {
			t.Fatalf("with reopening off, \"not fixed\" moved it to %s", st.Name)
		}
	})
}

// ---- SendGrid Inbound Parse ----

// inboundField is one form field of an Inbound Parse post, in the order SendGrid sends them.
type inboundField struct{ name, value string }

type inboundFile struct {
	field, name, contentType string
	data                     []byte
}

// inboundBody builds a multipart/form-data body as SendGrid's Inbound Parse posts it (boundary xYzZY).
func inboundBody(t testing.TB, fields []inboundField, files []inboundFile) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	if err := w.SetBoundary("xYzZY"); err != nil {
		t.Fatal(err)
	}
	for _, f := range fields {
		if err := w.WriteField(f.name, f.value); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name=%q; filename=%q`, f.field, f.name))
		h.Set("Content-Type", f.contentType)
		p, err := w.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = p.Write(f.data)
	}
	_ = w.Close()
	return w.FormDataContentType(), b.Bytes()
}

// parsedPost is the default ("parsed") Inbound Parse post of a reply from from to to.
func parsedPost(t testing.TB, from, to, subject, text, messageID string, images ...inboundFile) (string, []byte) {
	t.Helper()
	return parsedPostParts(t, from, to, subject, text, "<div>"+strings.ReplaceAll(text, "\n", "<br>")+"</div>", messageID, images...)
}

// parsedPostParts is parsedPost with its html part given; an empty text leaves the text field out, as SendGrid
// does for an email with an HTML part only.
func parsedPostParts(t testing.TB, from, to, subject, text, html, messageID string, images ...inboundFile) (string, []byte) {
	t.Helper()
	info := map[string]map[string]string{}
	for i := range images {
		images[i].field = fmt.Sprintf("attachment%d", i+1)
		info[images[i].field] = map[string]string{"filename": images[i].name, "name": images[i].name, "type": images[i].contentType}
	}
	infoJSON, _ := json.Marshal(info)
	envelope, _ := json.Marshal(map[string]any{"to": []string{to}, "from": from})
	headers := "Received: by mx0047p1mdw1.sendgrid.net with SMTP id 6WCVv7KAWn Wed, 27 Jul 2016 20:53:06 +0000 (UTC)\n" +
		"MIME-Version: 1.0\nFrom: Jane Reporter <" + from + ">\nDate: Wed, 27 Jul 2016 14:53:03 -0600\n" +
		"Message-ID: " + messageID + "\nSubject: " + subject + "\nTo: " + to + "\n" +
		"Content-Type: multipart/mixed; boundary=001a113df448cad2d00538a46ab1\n"
	fields := []inboundField{
		{"headers", headers},
		{"dkim", "{@example.com : pass}"},
		{"content-ids", "{}"},
		{"to", to},
		{"html", html},
		{"from", "Jane Reporter <" + from + ">"},
		{"text", text},
		{"sender_ip", "209.85.223.178"},
		{"spam_report", "Spam detection software, running on the system \"mx0047p1mdw1.sendgrid.net\", has\nidentified this incoming email as possible spam.\n"},
		{"envelope", string(envelope)},
		{"attachments", fmt.Sprint(len(images))},
		{"subject", subject},
		{"spam_score", "0.012"},
	}
	if text == "" {
		fields = slices.DeleteFunc(fields, func(f inboundField) bool { return f.name == "text" })
	}
	if len(images) > 0 {
		fields = append(fields, inboundField{"attachment-info", string(infoJSON)})
	}
	fields = append(fields, inboundField{"charsets", `{"to":"UTF-8","html":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}`},
		inboundField{"SPF", "pass"})
	return inboundBody(t, fields, images)
}

// rawPost is the Inbound Parse post with "POST the raw, full MIME message" on: the message in "email".
func rawPost(t testing.TB, from, to, subject, text, messageID string, image []byte) (string, []byte) {
	t.Helper()
	return rawPostParts(t, from, to, subject, text, "<div>html part</div>", messageID, image)
}

// rawPostParts is rawPost with its HTML part given; an empty text leaves the text/plain part out.
func rawPostParts(t testing.TB, from, to, subject, text, html, messageID string, image []byte) (string, []byte) {
	t.Helper()
	var mime strings.Builder
	mime.WriteString("MIME-Version: 1.0\r\nReceived: by 0.0.0.0 with HTTP; Mon, 15 Aug 2016 13:47:21 -0700 (PDT)\r\n")
	mime.WriteString("From: Jane Reporter <" + from + ">\r\nDate: Mon, 15 Aug 2016 13:47:21 -0700\r\nSubject: " + subject + "\r\n")
	mime.WriteString("To: " + to + "\r\nMessage-ID: " + messageID + "\r\nContent-Type: multipart/mixed; boundary=001a1140ffb6f4fc63053a2257e2\r\n\r\n")
	mime.WriteString("--001a1140ffb6f4fc63053a2257e2\r\nContent-Type: multipart/alternative; boundary=001a1140ffb6f4fc5f053a2257e0\r\n\r\n")
	if text != "" {
		mime.WriteString("--001a1140ffb6f4fc5f053a2257e0\r\nContent-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
		mime.WriteString(qpLatin1(text) + "\r\n")
	}
	mime.WriteString("--001a1140ffb6f4fc5f053a2257e0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html + "\r\n--001a1140ffb6f4fc5f053a2257e0--\r\n")
	if image != nil {
		mime.WriteString("--001a1140ffb6f4fc63053a2257e2\r\nContent-Type: image/png; name=\"error.png\"\r\n")
		mime.WriteString("Content-Disposition: attachment; filename=\"error.png\"\r\nContent-Transfer-Encoding: base64\r\nX-Attachment-Id: f_irwihell0\r\n\r\n")
		enc := base64.StdEncoding.EncodeToString(image)
		for len(enc) > 76 {
			mime.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		mime.WriteString(enc + "\r\n")
	}
	mime.WriteString("--001a1140ffb6f4fc63053a2257e2--\r\n")
	envelope, _ := json.Marshal(map[string]any{"to": []string{to}, "from": from})
	return inboundBody(t, []inboundField{
		{"dkim", "{@example.com : pass}"},
		{"email", mime.String()},
		{"to", to},
		{"from", "Jane Reporter <" + from + ">"},
		{"sender_ip", "209.85.223.178"},
		{"spam_report", "Spam detection software has identified this incoming email as possible spam.\n"},
		{"envelope", string(envelope)},
		{"subject", subject},
		{"spam_score", "0.012"},
		{"charsets", `{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}`},
		{"SPF", "pass"},
	}, nil)
}

// qpLatin1 writes s (Latin-1 characters only) as quoted-printable ISO-8859-1.
func qpLatin1(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString("\r\n")
		case r == '=' || r > 126:
			fmt.Fprintf(&b, "=%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pngImage is a real PNG of n×n pixels.
func pngImage(t testing.TB, n int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	for i := 0; i < n; i++ {
		img.Set(i, i, color.RGBA{200, 30, 30, 255})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// postInbound posts an Inbound Parse body to the webhook with the credentials in the URL, as SendGrid is
// configured (https://user:password@host/inbound/sendgrid).
func (s *testServer) postInbound(t testing.TB, user, password, contentType string, body []byte) (int, map[string]any) {
	t.Helper()
	u, _ := url.Parse(s.URL + "/inbound/sendgrid")
	u.User = url.UserPassword(user, password)
	resp, err := http.Post(u.String(), contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func notesOf(s *testServer, it *ent.Intervention) []*ent.InterventionEvent {
	return s.db.Client.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID),
		interventionevent.KindEQ(interventionevent.KindNOTE_ADDED), interventionevent.AuthorEmailNEQ("")).
		Order(ent.Asc(interventionevent.FieldID)).AllX(sys())
}

func TestInbound_SendGridParse_RepliesBecomeNotes_RetriesAreIgnored_TheRestIsQuarantined(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, reporterEnv)
		admin := s.login(t, testAdmin)
		it := s.reporterReport(t, "SN-INBOUND-1")
		first := s.lastSent(t, emailmessage.KindREPORT_USER, it)
		replyTo := first.ReplyTo
		first.replyToken(t)

		// Credentials and size cap.
		ct, body := parsedPost(t, "reporter@example.com", replyTo, "Re: "+first.Subject, "hello", "<cred@example.com>")
		if code, _ := s.postInbound(t, inboundUser, "wrong-password-000000", ct, body); code != http.StatusUnauthorized {
			t.Fatalf("wrong credentials: %d", code)
		}
		if n := s.db.Client.InboundEmail.Query().CountX(sys()); n != 0 {
			t.Fatalf("a refused post stored %d emails", n)
		}

		// A reply with quoted history and an image (parsed post): its new text becomes the reporter's public
		// note, the image an attachment; the admins and technicians hear of it.
		s.gql(t, assignQ, map[string]any{"id": fmt.Sprint(it.ID), "t": []string{s.userID(t, testTech)}}, bearer(admin)).mustData(t, &struct{}{})
		img := pngImage(t, 40)
		text := "It happened again this morning, photo attached.\n\nJane\n\n" +
			"On Tue, Dec 1, 2026 at 10:00 AM Technical Support <panic@demo.example> wrote:\n" +
			"> Hello,\n> We received your request " + it.Reference + ".\n> Our technicians are on it.\n"
		ct, body = parsedPost(t, "Reporter@Example.com", replyTo, "Re: "+first.Subject, text, "<CAF1-reply-1@mail.example.com>",
			inboundFile{name: "error.png", contentType: "image/png", data: img},
			inboundFile{name: "notes.txt", contentType: "text/plain", data: []byte("not an image")})
		code, res := s.postInbound(t, inboundUser, inboundPassword, ct, body)
		if code != http.StatusOK || res["status"] != "ATTACHED" {
			t.Fatalf("reply: %d %v", code, res)
		}
		notes := notesOf(s, it)
		if len(notes) != 1 || notes[0].Note != "It happened again this morning, photo attached.\n\nJane" || !notes[0].Public ||
			notes[0].AuthorEmail != "reporter@example.com" {
			t.Fatalf("notes after the reply: %+v", notes)
		}
		atts, _ := notes[0].Data["attachments"].([]any)
		if len(atts) != 1 {
			t.Fatalf("attachments: %v (want the PNG only)", notes[0].Data)
		}
		hash := atts[0].(map[string]any)["sha256"].(string)
		resp, err := http.Get(s.URL + "/media/" + hash)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !bytes.Equal(got, img) || resp.Header.Get("Content-Type") != "image/png" {
			t.Fatalf("the attachment: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		for _, who := range []string{testAdmin, testTech} {
			if n := s.db.Client.Notification.Query().Where(notification.KindEQ(notification.KindREPORTER_NOTE),
				notification.RecipientID(mustAtoi(s.userID(t, who)))).CountX(sys()); n != 1 {
				t.Errorf("%s: %d REPORTER_NOTE notifications, want 1", who, n)
			}
		}
		// GraphQL shows the note with its image.
		var hist struct {
			Node struct {
				Events struct {
					Edges []struct {
						Node struct {
							Kind, Note, AuthorEmail string
							Public                  bool
							Attachments             []struct{ URL, ContentType string }
						}
					}
				}
			}
		}
		s.gql(t, `query($id: ID!) { node(id: $id) { ... on Intervention { events(first: 50) { edges { node { kind note public authorEmail attachments { url contentType } } } } } } }`,
			map[string]any{"id": fmt.Sprint(it.ID)}, bearer(admin)).mustData(t, &hist)
		foundImage := false
		for _, e := range hist.Node.Events.Edges {
			if e.Node.AuthorEmail == "reporter@example.com" && len(e.Node.Attachments) == 1 && e.Node.Attachments[0].URL == "/media/"+hash {
				foundImage = true
			}
		}
		if !foundImage {
			t.Fatalf("the reporter's note and image are not in the history: %+v", hist)
		}

		// SendGrid retries the same post: 200, still one note.
		code, res = s.postInbound(t, inboundUser, inboundPassword, ct, body)
		if code != http.StatusOK || res["duplicate"] != true {
			t.Fatalf("retry: %d %v", code, res)
		}
		if n := len(notesOf(s, it)); n != 1 {
			t.Fatalf("%d notes after a retry, want 1", n)
		}

		// The raw MIME variant (Latin-1, quoted-printable, a base64 PNG) is matched the same way.
		raw := "Encore bloqué ce matin.\n\n-- \nJane Doe\nSales department\n"
		ct, body = rawPost(t, "reporter@example.com", replyTo, "RE: "+first.Subject, raw, "<raw-2@mail.example.com>", pngImage(t, 20))
		if code, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); code != http.StatusOK || res["status"] != "ATTACHED" {
			t.Fatalf("raw reply: %d %v", code, res)
		}
		notes = notesOf(s, it)
		if len(notes) != 2 || notes[1].Note != "Encore bloqué ce matin." {
			t.Fatalf("raw reply note: %q", notes[len(notes)-1].Note)
		}
		if atts, _ := notes[1].Data["attachments"].([]any); len(atts) != 1 {
			t.Fatalf("raw reply attachments: %v", notes[1].Data)
		}
		// The reporter sees both on the tracking page, with the image.
		token := first.trackingToken(t)
		if _, html, _ := s.page(t, token, nil); !strings.Contains(html, "It happened again this morning") ||
			!strings.Contains(html, "Encore bloqué ce matin.") || !strings.Contains(html, "/media/"+hash) || strings.Contains(html, "We received your request") {
			t.Fatal("the tracking page lacks the replies or shows the quoted history")
		}

		// An image over 5 MB is left out (the reply is kept).
		big := append(pngImage(t, 8), bytes.Repeat([]byte{0}, 5<<20)...)
		ct, body = parsedPost(t, "reporter@example.com", replyTo, "Re: big", "Too big a photo", "<big-3@mail.example.com>",
			inboundFile{name: "huge.png", contentType: "image/png", data: big})
		if code, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); code != http.StatusOK || res["status"] != "ATTACHED" {
			t.Fatalf("big image: %d %v", code, res)
		}
		if last := notesOf(s, it)[2]; last.Note != "Too big a photo" || last.Data["attachments"] != nil {
			t.Fatalf("big image note: %+v", last)
		}

		// Unmatched (no reply address, no reference): quarantined in no organization; admins do not see it.
		ct, body = parsedPost(t, "stranger@elsewhere.test", "hello@"+inboundDomain, "Printer?", "Who are you?", "<stray-4@elsewhere.test>")
		if code, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); code != http.StatusOK || res["status"] != "QUARANTINED" {
			t.Fatalf("unmatched: %d %v", code, res)
		}
		stray := s.db.Client.InboundEmail.Query().Where(inboundemail.FromEmail("stranger@elsewhere.test")).OnlyX(sys())
		if stray.OrganizationID != nil || stray.InterventionID != nil || !strings.HasPrefix(stray.Reason, "unmatched") {
			t.Fatalf("unmatched email: %+v", stray)
		}
		// A forged reply address: quarantined as unmatched too.
		ct, body = parsedPost(t, "reporter@example.com", "reply+"+forge(first.replyToken(t))+"@"+inboundDomain, "hi", "forged", "<forged-5@x.test>")
		if _, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); res["status"] != "QUARANTINED" {
			t.Fatalf("forged token: %v", res)
		}

		// The right reply address from an unexpected sender: quarantined in the organization; an admin sees it
		// and assigns it; it becomes the reporter's note.
		ct, body = parsedPost(t, "colleague@example.com", replyTo, "Re: "+first.Subject, "Same problem on my floor", "<colleague-6@example.com>")
		if _, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); res["status"] != "QUARANTINED" || res["reason"] != "unexpected sender" {
			t.Fatalf("unexpected sender: %v", res)
		}
		var q struct {
			InboundEmails struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, FromEmail, Reason, Status string
						Intervention                  *struct{ Reference string }
					}
				}
			}
		}
		s.gql(t, `{ inboundEmails(first: 20, where: {status: QUARANTINED}) { totalCount edges { node { id fromEmail reason status intervention { reference } } } } }`,
			nil, bearer(admin)).mustData(t, &q)
		if q.InboundEmails.TotalCount != 1 || q.InboundEmails.Edges[0].Node.FromEmail != "colleague@example.com" {
			t.Fatalf("the admin's quarantine: %+v (want only the colleague's email: the others have no organization)", q)
		}
		s.gql(t, `{ inboundEmails(first: 5) { totalCount } }`, nil, bearer(s.login(t, testTech))).mustFail(t, "FORBIDDEN", "")
		qid := q.InboundEmails.Edges[0].Node.ID
		s.gql(t, `mutation($id: ID!, $i: ID!) { assignInboundEmail(id: $id, interventionId: $i) { status } }`,
			map[string]any{"id": qid, "i": fmt.Sprint(it.ID)}, bearer(admin)).mustData(t, &struct{}{})
		if notes := notesOf(s, it); notes[len(notes)-1].Note != "Same problem on my floor" || notes[len(notes)-1].AuthorEmail != "colleague@example.com" {
			t.Fatalf("assigned email note: %+v", notes[len(notes)-1])
		}
		s.gql(t, `mutation($id: ID!, $i: ID!) { assignInboundEmail(id: $id, interventionId: $i) { status } }`,
			map[string]any{"id": qid, "i": fmt.Sprint(it.ID)}, bearer(admin)).mustFail(t, "BAD_USER_INPUT", "id")
		// The subject's reference with the reporter's authenticated address also matches (a client that replied
		// to the From address through a forward).
		ct, body = parsedPost(t, "reporter@example.com", "support@"+inboundDomain, "Fwd: "+it.Reference, "By reference", "<ref-7@example.com>")
		if _, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); res["status"] != "ATTACHED" {
			t.Fatalf("by reference: %v", res)
		}

		// Over the size cap: 413, nothing stored.
		before := s.db.Client.InboundEmail.Query().CountX(sys())
		huge := bytes.Repeat([]byte("x"), 31<<20)
		ct, body = parsedPost(t, "reporter@example.com", replyTo, "huge", "huge", "<huge-8@example.com>",
			inboundFile{name: "huge.bin", contentType: "application/octet-stream", data: huge})
		if code, _ := s.postInbound(t, inboundUser, inboundPassword, ct, body); code != http.StatusRequestEntityTooLarge {
			t.Fatalf("over the cap: %d", code)
		}
		if n := s.db.Client.InboundEmail.Query().CountX(sys()); n != before {
			t.Fatal("a refused post was stored")
		}
	})
}

func mustAtoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

func TestReporter_TwoAnswersAtOnceRecordOne_NoNoteEmailWithTheCustomerToggleOff(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, reporterEnv)
		admin := s.login(t, testAdmin)
		it := s.reporterReport(t, "SN-RACE-1")
		id := fmt.Sprint(it.ID)
		s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Closed")}, bearer(admin)).mustData(t, &struct{}{})
		token := s.lastSent(t, emailmessage.KindSTATUS_CUSTOMER, it).trackingToken(t)
		codes := make(chan int, 4)
		for _, answer := range []string{"no", "no", "yes", "no"} {
			go func() {
				code, _, _ := s.page(t, token, url.Values{"fixed": {answer}})
				codes <- code
			}()
		}
		accepted := 0
		for range 4 {
			if code := <-codes; code == http.StatusSeeOther {
				accepted++
			} else if code != http.StatusBadRequest {
				t.Errorf("answer: %d", code)
			}
		}
		n := s.db.Client.InterventionEvent.Query().Where(interventionevent.InterventionID(it.ID),
			interventionevent.KindIn(interventionevent.KindREPORTED_FIXED, interventionevent.KindREPORTED_NOT_FIXED)).CountX(sys())
		if accepted != 1 || n != 1 {
			t.Fatalf("%d answers accepted, %d recorded; want 1 and 1", accepted, n)
		}

		// With the customer toggle off, a public note is shown on the page but not emailed.
		s.gql(t, `mutation($s: [ID!]!) { updateNotificationSettings(input: {triggerStatusIds: $s, emailAdmins: true, emailCustomer: false,
			emailTechnicians: true, pushAdmins: true, pushTechnicians: true}) { reopenOnNotFixed } }`,
			map[string]any{"s": []string{s.statusID(t, "Open"), s.statusID(t, "Closed")}}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, `mutation($id: ID!, $n: String!) { addInterventionNote(id: $id, note: $n, public: true) { id } }`,
			map[string]any{"id": id, "n": "Shown, not emailed"}, bearer(admin)).mustData(t, &struct{}{})
		if n := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindNOTE_CUSTOMER)).CountX(sys()); n != 0 {
			t.Fatalf("%d note emails with the customer toggle off", n)
		}
		if _, html, _ := s.page(t, token, nil); !strings.Contains(html, "Shown, not emailed") {
			t.Fatal("the public note is not on the page")
		}
	})
}

func TestInbound_RetriesArrivingTogetherMakeOneNote(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, reporterEnv)
		it := s.reporterReport(t, "SN-INBOUND-RACE")
		first := s.lastSent(t, emailmessage.KindREPORT_USER, it)
		ct, body := parsedPost(t, "reporter@example.com", first.ReplyTo, "Re: "+first.Subject, "Once only, please", "<race-1@example.com>",
			inboundFile{name: "error.png", contentType: "image/png", data: pngImage(t, 16)})
		codes := make(chan int, 4)
		for range 4 {
			go func() {
				code, _ := s.postInbound(t, inboundUser, inboundPassword, ct, body)
				codes <- code
			}()
		}
		for range 4 {
			if code := <-codes; code != http.StatusOK {
				t.Errorf("a delivery answered %d: SendGrid would retry it", code)
			}
		}
		if n := len(notesOf(s, it)); n != 1 {
			t.Fatalf("%d notes from one email delivered 4 times at once, want 1", n)
		}
		if n := s.db.Client.InboundEmail.Query().CountX(sys()); n != 1 {
			t.Fatalf("%d inbound rows, want 1", n)
		}
	})
}

// A reply with an HTML part only (no text field in the parsed post, no text/plain part in the raw one): its text
// is derived from the HTML, where the quoted history is a <blockquote> under an "On … wrote:" line; the note
// holds the new text only.
func TestInbound_HTMLOnlyReply_TheNoteHoldsOnlyTheNewText(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, reporterEnv)
		it := s.reporterReport(t, "SN-INBOUND-HTML")
		first := s.lastSent(t, emailmessage.KindREPORT_USER, it)
		history := `<p>Hello,</p><p>We received your request ` + it.Reference + `.</p><p>Our technicians are on it.</p>`
		// Gmail: the quote header above a blockquote, both in a gmail_quote div.
		gmail := `<div dir="ltr">Still jammed this morning.<div><br></div><div>Jane</div></div><br>` +
			`<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Dec 1, 2026 at 10:00 AM Technical Support &lt;` +
			`<a href="mailto:panic@demo.example">panic@demo.example</a>&gt; wrote:<br></div>` +
			`<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">` +
			history + `</blockquote></div>`
		// Apple Mail on an iPhone, in French: the signature, then the quote header inside the blockquote.
		apple := `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">` +
			`Le bac 2 est vide maintenant.<div><br></div><div>Envoyé de mon iPhone</div><div><br><blockquote type="cite">` +
			`Le 1 déc. 2026 à 10:00, Support technique &lt;panic@demo.example&gt; a écrit&nbsp;:<br><br></blockquote></div>` +
			`<blockquote type="cite"><div>` + history + `</div></blockquote></body></html>`
		posts := []struct {
			name, want string
			ct         string
			body       []byte
		}{
			{name: "parsed, gmail", want: "Still jammed this morning.\n\nJane"},
			{name: "raw, apple mail", want: "Le bac 2 est vide maintenant."},
		}
		posts[0].ct, posts[0].body = parsedPostParts(t, "reporter@example.com", first.ReplyTo, "Re: "+first.Subject, "", gmail, "<html-1@mail.example.com>")
		posts[1].ct, posts[1].body = rawPostParts(t, "reporter@example.com", first.ReplyTo, "Re: "+first.Subject, "", apple, "<html-2@mail.example.com>", nil)
		for i, p := range posts {
			code, res := s.postInbound(t, inboundUser, inboundPassword, p.ct, p.body)
			if code != http.StatusOK || res["status"] != "ATTACHED" {
				t.Fatalf("%s: %d %v", p.name, code, res)
			}
			notes := notesOf(s, it)
			if len(notes) != i+1 || notes[i].Note != p.want || !notes[i].Public {
				t.Fatalf("%s: note %q, want %q", p.name, notes[len(notes)-1].Note, p.want)
			}
			stored := s.db.Client.InboundEmail.GetX(sys(), int(res["id"].(float64)))
			if stored.Text != p.want {
				t.Fatalf("%s: stored text %q", p.name, stored.Text)
			}
		}
	})
}

// A quarantined email keeps its images when its organization is known: the admin sees them in the quarantine and
// assigning the email attaches them to the note. With no organization known they are dropped, and the reason
// says so.
func TestInbound_QuarantinedEmailKeepsItsImagesWhenItsOrganizationIsKnown(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, reporterEnv)
		admin := s.login(t, testAdmin)
		it := s.reporterReport(t, "SN-INBOUND-QIMG")
		first := s.lastSent(t, emailmessage.KindREPORT_USER, it)
		img := pngImage(t, 30)
		ct, body := parsedPost(t, "colleague@example.com", first.ReplyTo, "Re: "+first.Subject, "Same here, see the photo", "<q-img-1@example.com>",
			inboundFile{name: "panel.png", contentType: "image/png", data: img},
			inboundFile{name: "notes.txt", contentType: "text/plain", data: []byte("not an image")})
		if _, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); res["status"] != "QUARANTINED" || res["reason"] != "unexpected sender" {
			t.Fatalf("unexpected sender: %v", res)
		}
		// SendGrid's retry stores nothing more.
		if _, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); res["duplicate"] != true {
			t.Fatalf("retry: %v", res)
		}
		var q struct {
			InboundEmails struct {
				Edges []struct {
					Node struct {
						ID     string
						Images []struct{ URL, ContentType string }
					}
				}
			}
		}
		s.gql(t, `{ inboundEmails(first: 5, where: {status: QUARANTINED}) { edges { node { id images { url contentType } } } } }`,
			nil, bearer(admin)).mustData(t, &q)
		if len(q.InboundEmails.Edges) != 1 || len(q.InboundEmails.Edges[0].Node.Images) != 1 ||
			q.InboundEmails.Edges[0].Node.Images[0].ContentType != "image/png" {
			t.Fatalf("the quarantine: %+v (want the email with its PNG)", q)
		}
		url := q.InboundEmails.Edges[0].Node.Images[0].URL
		resp, err := http.Get(s.URL + url)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !bytes.Equal(got, img) {
			t.Fatalf("the quarantined image at %s: %d", url, resp.StatusCode)
		}
		s.gql(t, `mutation($id: ID!, $i: ID!) { assignInboundEmail(id: $id, interventionId: $i) { status } }`,
			map[string]any{"id": q.InboundEmails.Edges[0].Node.ID, "i": fmt.Sprint(it.ID)}, bearer(admin)).mustData(t, &struct{}{})
		notes := notesOf(s, it)
		if len(notes) != 1 || notes[0].Note != "Same here, see the photo" || notes[0].AuthorEmail != "colleague@example.com" {
			t.Fatalf("notes after the assignment: %+v", notes)
		}
		atts, _ := notes[0].Data["attachments"].([]any)
		if len(atts) != 1 || "/media/"+atts[0].(map[string]any)["sha256"].(string) != url {
			t.Fatalf("the assigned note's attachments: %v, want %s", notes[0].Data, url)
		}

		// No organization known: quarantined without its images, the reason says they were dropped.
		stray := pngImage(t, 31)
		ct, body = parsedPost(t, "stranger@elsewhere.test", "hello@"+inboundDomain, "Printer?", "Look at this", "<q-img-2@elsewhere.test>",
			inboundFile{name: "a.png", contentType: "image/png", data: stray},
			inboundFile{name: "b.png", contentType: "image/png", data: pngImage(t, 32)})
		want := "unmatched: no reply address and no reference; 2 images dropped (organization unknown)"
		if _, res := s.postInbound(t, inboundUser, inboundPassword, ct, body); res["status"] != "QUARANTINED" || res["reason"] != want {
			t.Fatalf("unmatched with images: %v, want reason %q", res, want)
		}
		m := s.db.Client.InboundEmail.Query().Where(inboundemail.FromEmail("stranger@elsewhere.test")).OnlyX(sys())
		if m.OrganizationID != nil || len(m.Attachments) != 0 || m.Reason != want {
			t.Fatalf("the unmatched email: %+v", m)
		}
		sum := sha256.Sum256(stray)
		if s.db.Client.Media.Query().Where(media.Sha256(hex.EncodeToString(sum[:]))).ExistX(sys()) {
			t.Fatal("an image of an email of no organization was stored")
		}
	})
}
