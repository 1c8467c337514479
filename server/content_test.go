package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/media"
)

func (s *testServer) panicButtonID(t testing.TB) string {
	t.Helper()
	return fmt.Sprint(s.db.Client.PanicButton.Query().FirstX(sys()).ID)
}

func TestEmailSettings_ValidationPreviewTestSendAndVariables(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin := s.login(t, testAdmin)
		pb := s.panicButtonID(t)
		update := `mutation($pb: ID!, $l: String!, $in: EmailTemplateInput!) { updateEmailTemplate(panicButtonId: $pb, language: $l, input: $in) { language techSubject technicalEmails fromEmail } }`
		e := s.gql(t, update, map[string]any{"pb": pb, "l": "fr", "in": map[string]any{"techSubject": "Panne [[[SERIAL]]] [[[FOO]]]"}}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "input.techSubject")
		if !strings.Contains(e.Message, "[[[FOO]]]") {
			t.Errorf("the unknown variable is not named: %q", e.Message)
		}
		s.gql(t, update, map[string]any{"pb": pb, "l": "fr", "in": map[string]any{"technicalEmails": []string{"tech@x.test, not-an-email"}}}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "input.technicalEmails")
		s.gql(t, update, map[string]any{"pb": pb, "l": "de", "in": map[string]any{"techSubject": "x"}}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "language")
		var ok struct {
			UpdateEmailTemplate struct {
				TechSubject     string
				TechnicalEmails []string
			}
		}
		s.gql(t, update, map[string]any{"pb": pb, "l": "fr", "in": map[string]any{"techSubject": "Panne [[[SERIAL]]] à [[[PRINTERLOCALISATION]]]",
			"technicalEmails": []string{"Tech1@X.test; tech2@x.test"}}}, bearer(admin)).mustData(t, &ok)
		if ok.UpdateEmailTemplate.TechSubject != "Panne [[[SERIAL]]] à [[[PRINTERLOCALISATION]]]" ||
			strings.Join(ok.UpdateEmailTemplate.TechnicalEmails, ",") != "tech1@x.test,tech2@x.test" {
			t.Fatalf("saved = %+v", ok)
		}
		// A report carries the new subject.
		ready := s.registered(t, "SN-SUBJ-1", map[string]any{"location": "Hall B"}, "fr")
		s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "u@example.com", "causeIds": []string{ready.Kiosk.Causes[0].ID}, "language": "fr"})
		tech := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindREPORT_TECH)).OnlyX(sys())
		if tech.Subject != "Panne SN-SUBJ-1 à Hall B" || strings.Join(tech.To, ",") != "tech1@x.test,tech2@x.test" {
			t.Errorf("report mail = %q to %v", tech.Subject, tech.To)
		}
		var prev struct {
			PreviewEmail struct{ Subject, HTML, Text string }
		}
		s.gql(t, `query($pb: ID!) { previewEmail(panicButtonId: $pb, language: "en", kind: USER, html: "<p>[[[ENDUSERMESSAGE]]]</p>") { subject html text } }`,
			map[string]any{"pb": pb}, bearer(admin)).mustData(t, &prev)
		if !strings.Contains(prev.PreviewEmail.Subject, "PB-") || !strings.Contains(prev.PreviewEmail.HTML, "<p>") || prev.PreviewEmail.Text == "" {
			t.Errorf("preview = %+v", prev)
		}
		var vars struct {
			EmailVariables []struct{ Name, Description, Example string }
		}
		s.gql(t, `{ emailVariables(language: "it") { name description example } }`, nil, bearer(admin)).mustData(t, &vars)
		names := map[string]string{}
		for _, v := range vars.EmailVariables {
			names[v.Name] = v.Description
		}
		for _, n := range []string{"ENDUSEREMAIL", "TEL", "CAUSES", "REASONS", "ENDUSERMESSAGE", "SERIAL", "MODEL", "IP", "PRINTERNAME",
			"PRINTERLOCALISATION", "COUNTERTOTAL", "COUNTERBLACK", "COUNTERCOLOR", "COUNTERLARGE", "OID1", "OID2", "OID3", "OID4",
			"REFERENCE", "STATUS", "PREVIOUSSTATUS", "INTERVENTIONURL", "TECHNICIANS"} {
			if names[n] == "" {
				t.Errorf("variable %s missing or without Italian description", n)
			}
		}
		var sent struct{ SendTestEmail struct{ ID string } }
		s.gql(t, `mutation($pb: ID!) { sendTestEmail(panicButtonId: $pb, language: "en", kind: TECH) { id } }`, map[string]any{"pb": pb}, bearer(admin)).mustData(t, &sent)
		test := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindTEST)).OnlyX(sys())
		if test.To[0] != testAdmin || !strings.HasPrefix(test.Subject, "[TEST]") {
			t.Errorf("test mail = %v %q", test.To, test.Subject)
		}
		// The outbox: a failed mail is retried by an admin; technicians cannot see the outbox.
		test.Update().SetStatus(emailmessage.StatusFAILED).SetLastError("550 mailbox unavailable").ExecX(sys())
		var retried struct{ RetryEmailMessage struct{ Status string } }
		s.gql(t, `mutation($id: ID!) { retryEmailMessage(id: $id) { status } }`, map[string]any{"id": fmt.Sprint(test.ID)}, bearer(admin)).mustData(t, &retried)
		if retried.RetryEmailMessage.Status != "QUEUED" {
			t.Errorf("retried = %+v", retried)
		}
		var outbox struct{ EmailMessages struct{ TotalCount int } }
		s.gql(t, `{ emailMessages(first: 10, where: {status: QUEUED}) { totalCount } }`, nil, bearer(admin)).mustData(t, &outbox)
		if outbox.EmailMessages.TotalCount < 3 {
			t.Errorf("queued in outbox = %d", outbox.EmailMessages.TotalCount)
		}
		r := s.gql(t, `{ emailMessages(first: 10) { totalCount } }`, nil, bearer(s.login(t, testTech)))
		if len(r.Errors) == 0 {
			var o struct{ EmailMessages struct{ TotalCount int } }
			r.mustData(t, &o)
			if o.EmailMessages.TotalCount != 0 {
				t.Errorf("a technician sees %d outbox messages", o.EmailMessages.TotalCount)
			}
		}
	})
}

func TestContent_KioskTextsCausesAndPreview(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin := s.login(t, testAdmin)
		pb := s.panicButtonID(t)
		setTexts := `mutation($pb: ID!, $l: String!, $t: [KeyValueInput!]!) { setKioskTexts(panicButtonId: $pb, language: $l, texts: $t) { id } }`
		e := s.gql(t, setTexts, map[string]any{"pb": pb, "l": "fr", "t": []map[string]any{{"key": "welcome", "value": "Bonjour [[[NOPE]]]"}}}, bearer(admin)).
			mustFail(t, "BAD_USER_INPUT", "texts.welcome")
		if !strings.Contains(e.Message, "[[[NOPE]]]") {
			t.Errorf("message = %q", e.Message)
		}
		s.gql(t, setTexts, map[string]any{"pb": pb, "l": "fr", "t": []map[string]any{{"key": "welcome", "value": "Bonjour depuis [[[PRINTERLOCALISATION]]]"}}}, bearer(admin)).mustData(t, &struct{}{})
		var pv struct {
			Node struct {
				KioskPreview struct {
					Texts  []struct{ Key, Value string }
					Causes []struct{ ID, Label string }
				}
				Causes []struct {
					ID     string
					Labels []struct{ Language, Value string }
				}
			}
		}
		q := `query($id: ID!) { node(id: $id) { ... on PanicButton { kioskPreview(language: "fr") { texts { key value } causes { id label } } causes { id labels { language value } } } } }`
		s.gql(t, q, map[string]any{"id": pb}, bearer(admin)).mustData(t, &pv)
		found := false
		for _, tx := range pv.Node.KioskPreview.Texts {
			if tx.Key == "welcome" && tx.Value == "Bonjour depuis Floor 2, Room 201" {
				found = true
			}
		}
		if !found {
			t.Errorf("preview texts = %+v", pv.Node.KioskPreview.Texts)
		}
		// Causes: edit a French label, add one, reorder, deactivate, delete: the kiosk follows; old interventions keep labels.
		ready := s.registered(t, "SN-CAUSE-1", nil, "fr")
		first := ready.Kiosk.Causes[0]
		s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "u@example.com", "causeIds": []string{first.ID}, "language": "fr"})
		s.gql(t, `mutation($id: ID!) { updateCause(id: $id, labels: [{language: "fr", value: "Papier coincé"}]) { id } }`, map[string]any{"id": first.ID}, bearer(admin)).mustData(t, &struct{}{})
		var created struct{ CreateCause struct{ ID string } }
		s.gql(t, `mutation($pb: ID!) { createCause(panicButtonId: $pb, labels: [{language: "en", value: "Smoke"}, {language: "fr", value: "Fumée"}]) { id } }`, map[string]any{"pb": pb}, bearer(admin)).mustData(t, &created)
		s.gql(t, `mutation($pb: ID!) { createCause(panicButtonId: $pb, labels: [{language: "xx", value: "?"}]) { id } }`, map[string]any{"pb": pb}, bearer(admin)).mustFail(t, "BAD_USER_INPUT", "labels")
		ids := []string{created.CreateCause.ID}
		for _, c := range ready.Kiosk.Causes {
			ids = append(ids, c.ID)
		}
		s.gql(t, `mutation($pb: ID!, $ids: [ID!]!) { reorderCauses(panicButtonId: $pb, ids: $ids) { id } }`, map[string]any{"pb": pb, "ids": ids}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, `mutation($id: ID!) { updateCause(id: $id, active: false) { id } }`, map[string]any{"id": ready.Kiosk.Causes[1].ID}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, `mutation($id: ID!) { deleteCause(id: $id) }`, map[string]any{"id": first.ID}, bearer(admin)).mustData(t, &struct{}{})
		l := s.launch(t, map[string]any{"printer": printerIn("SN-CAUSE-1", nil), "language": "fr"})
		if l.Kiosk.Causes[0].Label != "Fumée" || len(l.Kiosk.Causes) != len(ready.Kiosk.Causes)-1 {
			t.Errorf("kiosk causes = %+v", l.Kiosk.Causes)
		}
		it := s.db.Client.Intervention.Query().FirstX(sys())
		if strings.Join(it.CauseLabels, ",") != first.Label {
			t.Errorf("old intervention lost its cause label: %v", it.CauseLabels)
		}
		// Technicians read content but cannot change it.
		s.gql(t, setTexts, map[string]any{"pb": pb, "l": "fr", "t": []map[string]any{{"key": "welcome", "value": "x"}}}, bearer(s.login(t, testTech))).mustFail(t, "FORBIDDEN", "")
	})
}

// uploadImage sends the GraphQL multipart request (the spec gqlgen's MultipartForm transport implements).
func (s *testServer) uploadImage(t *testing.T, token, pb, key, filename string, data []byte) gqlResponse {
	t.Helper()
	out, err := gqlgenPost(s.Config.Handler, `mutation($pb: ID!, $k: String!, $f: Upload!) { uploadKioskImage(panicButtonId: $pb, key: $k, file: $f) { kioskImages { key url } } }`,
		map[string]any{"pb": pb, "k": key, "f": tempFile(t, filename, data)}, bearer(token))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestContent_ImageUploadIsSniffedCappedAndServed(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	admin := s.login(t, testAdmin)
	pb := s.panicButtonID(t)
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.RGBA{200, 0, 0, 255})
	var pngData bytes.Buffer
	_ = png.Encode(&pngData, img)
	// A script named logo.png is refused: the bytes decide.
	s.uploadImage(t, admin, pb, "logo", "logo.png", []byte("<script>alert(1)</script>")).mustFail(t, "BAD_USER_INPUT", "file")
	s.uploadImage(t, admin, pb, "logo", "big.png", append(pngData.Bytes(), make([]byte, 3<<20)...)).mustFail(t, "BAD_USER_INPUT", "file")
	var out struct {
		UploadKioskImage struct{ KioskImages []struct{ Key, URL string } }
	}
	s.uploadImage(t, admin, pb, "logo", "logo.png", pngData.Bytes()).mustData(t, &out)
	if len(out.UploadKioskImage.KioskImages) != 1 {
		t.Fatalf("images = %+v", out)
	}
	m := s.db.Client.Media.Query().Where(media.ContentType("image/png")).OnlyX(sys())
	resp, err := http.Get(s.URL + "/media/" + m.Sha256)
	if err != nil {
		t.Fatal(err)
	}
	served, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.Header.Get("Content-Type") != "image/png" || !bytes.Equal(served, pngData.Bytes()) ||
		!strings.Contains(resp.Header.Get("Cache-Control"), "max-age") || resp.Header.Get("ETag") == "" {
		t.Fatalf("served %d bytes, headers %v", len(served), resp.Header)
	}
	// The kiosk gets the image's URL.
	l := s.registered(t, "SN-IMG-1", nil, "")
	_ = l
	var k struct {
		Launch struct {
			Kiosk struct{ Images []struct{ Key, URL string } }
		}
	}
	s.gql(t, `mutation { launch(input: {printer: {serial: "SN-IMG-1"}}) { kiosk { images { key url } } } }`, nil).mustData(t, &k)
	if len(k.Launch.Kiosk.Images) != 1 || !strings.HasSuffix(k.Launch.Kiosk.Images[0].URL, "/media/"+m.Sha256) {
		t.Fatalf("kiosk images = %+v", k)
	}
}

func TestPrintersWithAlerts_ListsOnlyPrintersReportingProblems(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.registered(t, "SN-OK", nil, "")
		s.registered(t, "SN-JAM", map[string]any{"errors": []string{"Paper jam in tray 2"}}, "")
		s.registered(t, "SN-CLEARED", map[string]any{"errors": []string{"Toner low"}}, "")
		s.launch(t, map[string]any{"printer": printerIn("SN-CLEARED", map[string]any{"errors": []string{}})}) // the error went away
		var out struct{ PrintersWithAlerts []struct{ Serial string } }
		s.gql(t, `{ printersWithAlerts { serial } }`, nil, bearer(s.login(t, testAdmin))).mustData(t, &out)
		if len(out.PrintersWithAlerts) != 1 || out.PrintersWithAlerts[0].Serial != "SN-JAM" {
			t.Fatalf("printers with alerts = %+v", out.PrintersWithAlerts)
		}
	})
}

func pngBytes(t *testing.T, c color.RGBA) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, c)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// mediaStatus is the status of GET on the path of a media URL (URLs are built from PUBLIC_URL, not the test server's).
func (s *testServer) mediaStatus(t *testing.T, mediaURL string) int {
	t.Helper()
	resp, err := http.Get(s.URL + mediaURL[strings.Index(mediaURL, "/media/"):])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// Media are public (the kiosk shows them without a login), so their URL must be unguessable: the content hash, not
// a sequential id. An image no panic button of the organization uses any more is deleted and its URL answers 404.
func TestMedia_UnguessableURLsAndRemovedWhenUnused(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin := s.login(t, testAdmin)
		pb := s.panicButtonID(t)
		var created struct{ CreatePanicButton struct{ ID string } }
		s.gql(t, `mutation { createPanicButton(name: "Second") { id } }`, nil, bearer(admin)).mustData(t, &created)
		pb2 := created.CreatePanicButton.ID
		type images struct {
			UploadKioskImage struct{ KioskImages []struct{ Key, URL string } }
		}
		upload := func(pb, key string, data []byte) string {
			t.Helper()
			var out images
			s.uploadImage(t, admin, pb, key, key+".png", data).mustData(t, &out)
			for _, im := range out.UploadKioskImage.KioskImages {
				if im.Key == key {
					return im.URL
				}
			}
			t.Fatalf("no %s image in %+v", key, out)
			return ""
		}
		logo, shared, other := pngBytes(t, color.RGBA{200, 0, 0, 255}), pngBytes(t, color.RGBA{0, 200, 0, 255}), pngBytes(t, color.RGBA{0, 0, 200, 255})
		logoURL := upload(pb, "logo", logo)
		sum := sha256.Sum256(logo)
		if !strings.HasSuffix(logoURL, "/media/"+hex.EncodeToString(sum[:])) {
			t.Fatalf("URL %q is not /media/<sha256 of the content>", logoURL)
		}
		resp, err := http.Get(s.URL + "/media/" + hex.EncodeToString(sum[:]))
		if err != nil {
			t.Fatal(err)
		}
		served, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !bytes.Equal(served, logo) || resp.Header.Get("Content-Type") != "image/png" ||
			!strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Fatalf("served %d, %d bytes, headers %v", resp.StatusCode, len(served), resp.Header)
		}
		// Sequential ids serve nothing.
		sharedURL := upload(pb, "background", shared)
		upload(pb2, "background", shared)
		for _, m := range s.db.Client.Media.Query().AllX(sys()) {
			if code := s.mediaStatus(t, fmt.Sprintf("/media/%d", m.ID)); code != http.StatusNotFound {
				t.Errorf("/media/%d answers %d", m.ID, code)
			}
		}
		// Removed and unused: gone.
		s.gql(t, `mutation($pb: ID!) { removeKioskImage(panicButtonId: $pb, key: "logo") { id } }`, map[string]any{"pb": pb}, bearer(admin)).mustData(t, &struct{}{})
		if code := s.mediaStatus(t, logoURL); code != http.StatusNotFound {
			t.Errorf("removed image answers %d", code)
		}
		// Replaced but still used by another panic button of the organization: still served.
		otherURL := upload(pb, "background", other)
		if code := s.mediaStatus(t, sharedURL); code != http.StatusOK {
			t.Errorf("image still used by another panic button answers %d", code)
		}
		// Removed from the last panic button using it: gone; the replacement stays.
		s.gql(t, `mutation($pb: ID!) { removeKioskImage(panicButtonId: $pb, key: "background") { id } }`, map[string]any{"pb": pb2}, bearer(admin)).mustData(t, &struct{}{})
		if code := s.mediaStatus(t, sharedURL); code != http.StatusNotFound {
			t.Errorf("image no panic button uses answers %d", code)
		}
		if code := s.mediaStatus(t, otherURL); code != http.StatusOK {
			t.Errorf("image in use answers %d", code)
		}
		if n := s.db.Client.Media.Query().CountX(sys()); n != 1 {
			t.Errorf("%d media rows left, want 1", n)
		}
	})
}
