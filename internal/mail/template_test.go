package mail

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestRender_EveryVariableRendersItsValue(t *testing.T) {
	v := ExampleVars()
	v.EndUserMessage = "single line" // line breaks are covered below
	tests := []struct {
		name, text, html string
	}{
		{"ENDUSEREMAIL", "jane.doe@example.com", "jane.doe@example.com"},
		{"TEL", "+32 2 555 01 23", "+32 2 555 01 23"},
		{"CAUSES", "Paper jam, No toner", "<ul><li>Paper jam</li><li>No toner</li></ul>"},
		{"REASONS", "Paper jam, No toner", "<ul><li>Paper jam</li><li>No toner</li></ul>"},
		{"ENDUSERMESSAGE", "single line", "single line"},
		{"SERIAL", "1254533333", "1254533333"},
		{"MODEL", "Workcentre 7845", "Workcentre 7845"},
		{"IP", "192.168.1.50", "192.168.1.50"},
		{"PRINTERNAME", "MFP-2F-01", "MFP-2F-01"},
		{"PRINTERLOCALISATION", "Alliance, floor 2", "Alliance, floor 2"},
		{"COUNTERTOTAL", "125430", "125430"},
		{"COUNTERBLACK", "100230", "100230"},
		{"COUNTERCOLOR", "25200", "25200"},
		{"COUNTERLARGE", "3120", "3120"},
		{"OID1", "Paper jam in tray 2", "Paper jam in tray 2"},
		{"OID2", "Toner low (black)", "Toner low (black)"},
		{"OID3", "Waste toner container nearly full", "Waste toner container nearly full"},
		{"OID4", "Front door open", "Front door open"},
		{"REFERENCE", "PB-2026-000123", "PB-2026-000123"},
		{"STATUS", "In progress", "In progress"},
		{"PREVIOUSSTATUS", "Open", "Open"},
		{"INTERVENTIONURL", "https://panicb.example.com/interventions/PB-2026-000123", "https://panicb.example.com/interventions/PB-2026-000123"},
		{"TECHNICIANS", "Marc Dupont, Giulia Rossi", "Marc Dupont, Giulia Rossi"},
		{"ORGANIZATION", "Alliance", "Alliance"},
		{"NOTE", "The technician will come by this afternoon.", "The technician will come by this afternoon."},
		{"DATE", "2026-03-14 09:26 UTC", "2026-03-14 09:26 UTC"},
	}
	if len(tests) != len(Variables()) {
		t.Fatalf("test covers %d variables, catalog has %d", len(tests), len(Variables()))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tpl := "<" + "[[[" + tt.name + "]]]" + ">"
			cases := []struct {
				mode Mode
				want string
			}{
				{ModeText, "<" + tt.text + ">"},
				{ModeKiosk, "<" + tt.text + ">"},
				{ModeSubject, "<" + tt.text + ">"},
				{ModeHTML, "<" + tt.html + ">"},
			}
			for _, c := range cases {
				if got := Render(tpl, v, c.mode); got != c.want {
					t.Errorf("%s: got %q, want %q", c.mode, got, c.want)
				}
			}
		})
	}
}

func TestRender_ReasonsIsAnAliasOfCauses(t *testing.T) {
	v := Vars{Causes: []string{"Bourrage papier", "Plus de toner"}}
	for _, mode := range []Mode{ModeHTML, ModeText, ModeSubject, ModeKiosk} {
		if a, b := Render("[[[CAUSES]]]", v, mode), Render("[[[REASONS]]]", v, mode); a != b || a == "" {
			t.Errorf("%s: CAUSES=%q REASONS=%q", mode, a, b)
		}
	}
}

func TestRender_HTMLEscapesEveryValue(t *testing.T) {
	const evil = `<script>alert("x")</script> & 'q'`
	const escaped = `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;q&#39;`
	v := Vars{EndUserMessage: evil, Serial: evil, Causes: []string{evil}, Technicians: []string{evil}, OID1: evil}
	tests := []struct{ tpl, want string }{
		{"<p>[[[ENDUSERMESSAGE]]]</p>", "<p>" + escaped + "</p>"},
		{"<b>[[[SERIAL]]]</b>", "<b>" + escaped + "</b>"},
		{"[[[CAUSES]]]", "<ul><li>" + escaped + "</li></ul>"},
		{"[[[TECHNICIANS]]]", escaped},
		{"[[[OID1]]]", escaped},
	}
	for _, tt := range tests {
		if got := Render(tt.tpl, v, ModeHTML); got != tt.want {
			t.Errorf("Render(%q) = %q, want %q", tt.tpl, got, tt.want)
		}
	}
}

func TestRender_MessageLineBreaksBecomeBrInHTMLOnly(t *testing.T) {
	v := Vars{EndUserMessage: "one\ntwo\r\nthree\rfour"}
	if got, want := Render("[[[ENDUSERMESSAGE]]]", v, ModeHTML), "one<br>two<br>three<br>four"; got != want {
		t.Errorf("html: got %q, want %q", got, want)
	}
	if got := Render("[[[ENDUSERMESSAGE]]]", v, ModeText); got != v.EndUserMessage {
		t.Errorf("text: got %q, want the message unchanged", got)
	}
	if got, want := Render("[[[ENDUSERMESSAGE]]]", v, ModeSubject), "one two three four"; got != want {
		t.Errorf("subject: got %q, want %q", got, want)
	}
}

func TestRender_MissingValuesRenderEmpty(t *testing.T) {
	var tpl strings.Builder
	for _, v := range Variables() {
		tpl.WriteString("|" + v.Token())
	}
	want := strings.Repeat("|", len(Variables()))
	for _, mode := range []Mode{ModeHTML, ModeText, ModeSubject, ModeKiosk} {
		if got := Render(tpl.String(), Vars{}, mode); got != want {
			t.Errorf("%s: got %q, want %q", mode, got, want)
		}
	}
	// Blank list items are dropped, so no empty <li> or dangling comma appears.
	v := Vars{Causes: []string{" ", "Jam", ""}}
	if got := Render("[[[CAUSES]]]", v, ModeHTML); got != "<ul><li>Jam</li></ul>" {
		t.Errorf("blank causes: got %q", got)
	}
}

func TestRender_UnknownAndWrongCaseVariablesAreLeftAsTyped(t *testing.T) {
	v := ExampleVars()
	tpl := "[[[serial]]] [[[FOO]]] [[[[SERIAL]]]] [[[ SERIAL ]]]"
	want := "[[[serial]]] [[[FOO]]] [1254533333] [[[ SERIAL ]]]"
	if got := Render(tpl, v, ModeText); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRender_TemplateMarkupIsKeptInHTML(t *testing.T) {
	tpl := `<p style="color:red">Serial <b>[[[SERIAL]]]</b></p>`
	want := `<p style="color:red">Serial <b>1254533333</b></p>`
	if got := Render(tpl, ExampleVars(), ModeHTML); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRender_DateUsesTheGivenTimeZone(t *testing.T) {
	loc := time.FixedZone("CET", 3600)
	v := Vars{Date: time.Date(2026, 1, 2, 23, 30, 0, 0, time.UTC).In(loc)}
	if got, want := Render("[[[DATE]]]", v, ModeText), "2026-01-03 00:30 CET"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSanitizeSubject(t *testing.T) {
	long := strings.Repeat("é", 300)
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Panic Button request", "Panic Button request"},
		{"CRLF header injection", "Hello\r\nBcc: victim@example.com", "Hello Bcc: victim@example.com"},
		{"bare LF and CR", "a\nb\rc", "a b c"},
		{"control characters removed", "a\x00b\x07c\x1bd\x7fe\u009bf", "abcdef"},
		{"tabs and runs of whitespace collapse", " a\t\t b \u00a0\u2028\u0085 c\v\f", "a b c"},
		{"bidi overrides removed", "abc\u202Egnp.exe", "abcgnp.exe"},
		{"invalid UTF-8 removed", "a\xffb\xc3", "ab"},
		{"real U+FFFD kept", "a\uFFFDb", "a\uFFFDb"},
		{"capped at 250 runes without splitting one", long, strings.Repeat("é", SubjectMaxRunes)},
		{"no trailing space after the cut", strings.Repeat("a", 249) + " bcd", strings.Repeat("a", 249)},
		{"emoji kept whole", strings.Repeat("🖨", 260), strings.Repeat("🖨", SubjectMaxRunes)},
		{"empty", "\r\n\t", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SanitizeSubject(tt.in)
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if !utf8.ValidString(got) || utf8.RuneCountInString(got) > SubjectMaxRunes {
				t.Errorf("invalid or too long: %q", got)
			}
		})
	}
}

func TestRender_SubjectIsCappedAfterRendering(t *testing.T) {
	v := Vars{EndUserMessage: strings.Repeat("ü", 400) + "\r\nBcc: x@example.com"}
	got := Render("Request: [[[ENDUSERMESSAGE]]]", v, ModeSubject)
	if n := utf8.RuneCountInString(got); n != SubjectMaxRunes {
		t.Errorf("got %d runes, want %d", n, SubjectMaxRunes)
	}
	if strings.ContainsAny(got, "\r\n") || strings.Contains(got, "Bcc") {
		t.Errorf("subject kept the injected header: %q", got)
	}
}

func TestValidate_AcceptsEveryKnownVariable(t *testing.T) {
	var tpl strings.Builder
	tpl.WriteString("<p>Hello [[[[ENDUSEREMAIL]]]]</p> [x] [[y]] ")
	for _, v := range Variables() {
		tpl.WriteString(v.Token())
	}
	if err := Validate(tpl.String()); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if err := Validate(""); err != nil {
		t.Fatalf("Validate(empty): %v", err)
	}
}

func TestValidate_RejectsUnknownVariablesNamingEach(t *testing.T) {
	tests := []struct {
		tpl         string
		unknown     []string
		malformed   int
		errContains []string
	}{
		{tpl: "Hi [[[FOO]]]", unknown: []string{"FOO"}, errContains: []string{"unknown variable [[[FOO]]]"}},
		{tpl: "[[[serial]]] [[[FOO]]] [[[BAR]]] [[[FOO]]]", unknown: []string{"serial", "FOO", "BAR"},
			errContains: []string{"unknown variable [[[serial]]]", "unknown variable [[[FOO]]]", "unknown variable [[[BAR]]]"}},
		{tpl: "[[[ SERIAL ]]]", unknown: []string{" SERIAL "}, errContains: []string{"unknown variable [[[ SERIAL ]]]"}},
		{tpl: "Serial [[[SERIAL]] model [[[MODEL]]]", malformed: 1, errContains: []string{"malformed variable near", "[[[SERIAL]]"}},
		{tpl: "[[SERIAL]]] and [[[MODEL", malformed: 2},
	}
	for _, tt := range tests {
		t.Run(tt.tpl, func(t *testing.T) {
			err := Validate(tt.tpl)
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("Validate = %v, want *TemplateError", err)
			}
			if strings.Join(te.Unknown, ",") != strings.Join(tt.unknown, ",") {
				t.Errorf("Unknown = %q, want %q", te.Unknown, tt.unknown)
			}
			if len(te.Malformed) != tt.malformed {
				t.Errorf("Malformed = %q, want %d", te.Malformed, tt.malformed)
			}
			for _, s := range tt.errContains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not contain %q", err, s)
				}
			}
		})
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string // substrings, in order
		absent     []string
	}{
		{"paragraphs and entities", "<p>Hello &amp; welcome</p><p>Bye</p>", []string{"Hello & welcome\n\nBye"}, nil},
		{"line breaks in all spellings", "a<br>b<br/>c<br />d", []string{"a\nb\nc\nd"}, nil},
		{"list items on their own lines", "<ul><li>Paper jam</li><li>No toner</li></ul>", []string{"* Paper jam\n* No toner"}, nil},
		{"links keep their URL", `<a href="https://x.example/i/1">Open</a>`, []string{"Open", "https://x.example/i/1"}, nil},
		{"head, style and script dropped", "<html><head><title>T</title><style>p{}</style></head><body><script>bad()</script>Body</body></html>",
			[]string{"Body"}, []string{"p{}", "bad()", "<"}},
		{"escaped markup shows as text", "<p>&lt;script&gt;</p>", []string{"<script>"}, nil},
		{"table cells kept apart", "<table><tr><td>Serial:</td><td>123</td></tr></table>", []string{"Serial:", "123"}, []string{"Serial:123"}},
		{"divs break lines", "<div>one</div><div>two</div>", []string{"one\ntwo"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HTMLToText(tt.html)
			rest := got
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("HTMLToText(%q) = %q, missing %q (in order)", tt.html, got, w)
				}
				rest = rest[i+len(w):]
			}
			for _, a := range tt.absent {
				if strings.Contains(got, a) {
					t.Errorf("HTMLToText(%q) = %q, contains %q", tt.html, got, a)
				}
			}
		})
	}
}

func TestRenderEmail_DerivesTextFromRenderedHTML(t *testing.T) {
	v := ExampleVars()
	v.EndUserMessage = "Hi <b>team</b>\nsecond line"
	subject, html, text := RenderEmail(
		"Request [[[REFERENCE]]]\r\nfor [[[SERIAL]]]",
		"<p>Causes:</p>[[[CAUSES]]]<p>[[[ENDUSERMESSAGE]]]</p>", v)
	if subject != "Request PB-2026-000123 for 1254533333" {
		t.Errorf("subject = %q", subject)
	}
	if want := "<p>Causes:</p><ul><li>Paper jam</li><li>No toner</li></ul><p>Hi &lt;b&gt;team&lt;/b&gt;<br>second line</p>"; html != want {
		t.Errorf("html = %q, want %q", html, want)
	}
	for _, w := range []string{"Causes:", "Paper jam", "No toner", "Hi <b>team</b>\nsecond line"} {
		if !strings.Contains(text, w) {
			t.Errorf("text %q lacks %q", text, w)
		}
	}
}

// ourMarkup is every tag the renderer itself writes into HTML; anything else came from the template.
var ourMarkup = strings.NewReplacer("<ul>", "", "</ul>", "", "<li>", "", "</li>", "", "<br>", "")

func FuzzRender(f *testing.F) {
	f.Add("Hello [[[ENDUSERMESSAGE]]] [[[CAUSES]]]", "<script>", "a\r\nb", "[[[SERIAL]]]")
	f.Add("[[[SUBJECT]]] [[[[SERIAL]]]] [[[", "\x00\xff", "é\u202e", "<li>")
	f.Add("", "", "", "")
	f.Fuzz(func(t *testing.T, tpl, value, message, cause string) {
		v := Vars{
			EndUserEmail: value, Tel: value, Serial: value, Model: value, IP: value, PrinterName: value,
			PrinterLocalisation: value, CounterTotal: value, OID1: value, OID4: value, Reference: value,
			Status: value, InterventionURL: value, Organization: value,
			EndUserMessage: message, Causes: []string{cause, value}, Technicians: []string{value, cause},
		}
		for _, mode := range []Mode{ModeHTML, ModeText, ModeSubject, ModeKiosk} {
			_ = Render(tpl, v, mode) // must not panic on any template
		}
		_ = Validate(tpl)

		// With a template free of "<", any "<" in the HTML output came from a value.
		safeTpl := strings.ReplaceAll(tpl, "<", "")
		if out := ourMarkup.Replace(Render(safeTpl, v, ModeHTML)); strings.Contains(out, "<") {
			t.Fatalf("raw < from a value in HTML: %q", out)
		}

		subject := Render(tpl, v, ModeSubject)
		if strings.ContainsAny(subject, "\r\n") {
			t.Fatalf("subject contains CR/LF: %q", subject)
		}
		if !utf8.ValidString(subject) || utf8.RuneCountInString(subject) > SubjectMaxRunes {
			t.Fatalf("subject invalid or longer than %d runes: %q", SubjectMaxRunes, subject)
		}
	})
}
