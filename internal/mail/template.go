package mail

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/inbucket/html2text"
)

// SubjectMaxRunes caps a rendered subject. RFC 5322 has no hard limit, but long subjects are
// truncated by every client and some gateways reject them.
const SubjectMaxRunes = 250

// Mode says where a rendered template goes, which decides how values are written into it.
type Mode int

const (
	// ModeHTML is an email body in HTML: values are HTML-escaped, CAUSES becomes <ul><li>…</li></ul>,
	// line breaks in ENDUSERMESSAGE become <br>. The template's own markup is kept as written.
	ModeHTML Mode = iota + 1
	// ModeText is a plain-text email body: values as they are, lists comma-separated.
	ModeText
	// ModeSubject is an email subject: like ModeText, then made one line (control characters
	// removed, whitespace collapsed) and capped at SubjectMaxRunes.
	ModeSubject
	// ModeKiosk is text shown on the printer's panel: values as they are (the UI escapes them).
	ModeKiosk
)

func (m Mode) String() string {
	switch m {
	case ModeHTML:
		return "html"
	case ModeText:
		return "text"
	case ModeSubject:
		return "subject"
	case ModeKiosk:
		return "kiosk"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// tokenRE matches one [[[NAME]]]. A name holds no brackets or line breaks, so "[[[[SERIAL]]]]"
// is a "[" + token + "]" and a stray "[[[" never swallows the rest of the template.
var tokenRE = regexp.MustCompile(`\[\[\[([^\[\]\r\n]{1,64})\]\]\]`)

// HasVariables reports whether tpl may have a variable for Render to replace: every one is written [[[NAME]]], so
// a template without "[[[" renders as itself (callers that render one template for many values can keep it).
func HasVariables(tpl string) bool { return strings.Contains(tpl, "[[[") }

// Render replaces every known [[[NAME]]] in tpl by its value from vars, written for mode.
// A known variable without a value renders as empty; an unknown one is left as typed (Validate
// rejects such templates when they are saved, so this only shows up in old data).
func Render(tpl string, vars Vars, mode Mode) string {
	var b strings.Builder
	b.Grow(len(tpl))
	last := 0
	for _, m := range tokenRE.FindAllStringSubmatchIndex(tpl, -1) {
		def, ok := byName[tpl[m[2]:m[3]]]
		if !ok {
			continue
		}
		b.WriteString(tpl[last:m[0]])
		b.WriteString(def.value(&vars, mode))
		last = m[1]
	}
	b.WriteString(tpl[last:])
	if mode == ModeSubject {
		return SanitizeSubject(b.String())
	}
	return b.String()
}

// value is the variable's value written for mode.
func (def *varDef) value(v *Vars, mode Mode) string {
	if def.list != nil {
		items := nonEmpty(def.list(v))
		if len(items) == 0 {
			return ""
		}
		if mode != ModeHTML {
			return strings.Join(items, ", ")
		}
		if !def.html {
			for i, it := range items {
				items[i] = html.EscapeString(it)
			}
			return strings.Join(items, ", ")
		}
		var b strings.Builder
		b.WriteString("<ul>")
		for _, it := range items {
			b.WriteString("<li>")
			b.WriteString(html.EscapeString(it))
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
		return b.String()
	}
	s := def.text(v)
	if mode != ModeHTML {
		return s
	}
	s = html.EscapeString(s)
	if def.Name == "ENDUSERMESSAGE" || def.Name == "NOTE" {
		s = lineBreaks.Replace(s)
	}
	return s
}

var lineBreaks = strings.NewReplacer("\r\n", "<br>", "\r", "<br>", "\n", "<br>")

// nonEmpty returns the trimmed, non-blank items of list in a new slice.
func nonEmpty(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// SanitizeSubject makes s a safe single-line subject: invalid UTF-8, control characters and
// bidirectional overrides are removed, runs of whitespace (CR and LF included) become one space,
// and the result is trimmed and cut to SubjectMaxRunes runes (never inside a rune).
func SanitizeSubject(s string) string {
	var b strings.Builder
	n := 0
	pendingSpace := false
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			continue // invalid byte
		case unicode.IsSpace(r):
			pendingSpace = n > 0
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r):
			continue
		}
		need := 1
		if pendingSpace {
			need = 2
		}
		if n+need > SubjectMaxRunes {
			break
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteRune(r)
		n += need
	}
	return b.String()
}

// TemplateError lists what is wrong with a template, so the admin API can name each problem.
type TemplateError struct {
	Unknown   []string // unknown variable names, without brackets, in order of first appearance
	Malformed []string // fragments around a "[[[" or "]]]" that is not part of a variable
}

func (e *TemplateError) Error() string {
	parts := make([]string, 0, len(e.Unknown)+len(e.Malformed))
	for _, n := range e.Unknown {
		parts = append(parts, "unknown variable [[["+n+"]]]")
	}
	for _, f := range e.Malformed {
		parts = append(parts, fmt.Sprintf("malformed variable near %q", f))
	}
	return strings.Join(parts, "; ")
}

// Validate checks that tpl only uses known variables (names are case-sensitive) and has no
// half-typed ones. It returns a *TemplateError naming every problem, or nil.
func Validate(tpl string) error {
	var e TemplateError
	seen := map[string]bool{}
	for _, m := range tokenRE.FindAllStringSubmatch(tpl, -1) {
		if name := m[1]; byName[name] == nil && !seen[name] {
			seen[name] = true
			e.Unknown = append(e.Unknown, name)
		}
	}
	rest := tokenRE.ReplaceAllString(tpl, "\x00")
	for _, delim := range []string{"[[[", "]]]"} {
		for off := 0; ; {
			i := strings.Index(rest[off:], delim)
			if i < 0 {
				break
			}
			i += off
			e.Malformed = append(e.Malformed, fragment(rest, i))
			off = i + len(delim)
		}
	}
	if len(e.Unknown) == 0 && len(e.Malformed) == 0 {
		return nil
	}
	return &e
}

// fragment returns up to 20 runes of s either side of byte offset i, for an error message.
func fragment(s string, i int) string {
	const span = 20
	start, end := i, i
	for k := 0; k < span && start > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
	}
	for k := 0; k < span+3 && end < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	return strings.ReplaceAll(s[start:end], "\x00", "…")
}

// HTMLToText derives the plain-text part of an email from its HTML: tags dropped, entities
// decoded, links written as "text ( url )", list items and table cells kept apart.
// HTML that cannot be read at all (it never happens with a string) is returned unchanged.
func HTMLToText(h string) string {
	t, err := html2text.FromString(h, html2text.Options{})
	if err != nil {
		return h
	}
	return t
}

// RenderEmail renders an email's subject and HTML body from the admin's templates, and derives
// the plain-text part from the rendered HTML.
func RenderEmail(subjectTpl, htmlTpl string, vars Vars) (subject, htmlBody, text string) {
	subject = Render(subjectTpl, vars, ModeSubject)
	htmlBody = Render(htmlTpl, vars, ModeHTML)
	return subject, htmlBody, HTMLToText(htmlBody)
}
