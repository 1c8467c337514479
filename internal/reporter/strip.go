package reporter

import (
	"regexp"
	"strings"
)

// StripReply returns the new text of a reply: what is above the quoted history (lines quoted with ">", the
// "On … wrote:" line and its French and Italian forms, Outlook's "-----Original Message-----" and "From:/De :/Da:"
// header blocks) and above the signature ("-- ", "Sent from my …"). It follows GitHub's email_reply_parser's
// rules; no Go port of it is served by the module proxy this project builds from, so they are kept here, small
// and tested (strip_test.go).
func StripReply(text string) string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	// A quote header wrapped over two lines ("On Mon, … Jane\n<jane@x> wrote:") is joined first.
	text = wrappedHeaderRE.ReplaceAllStringFunc(text, func(m string) string { return strings.ReplaceAll(m, "\n", " ") })
	lines := strings.Split(text, "\n")
	var out []string
	for i, line := range lines {
		t := strings.TrimSpace(line)
		if quoteHeaderRE.MatchString(t) || originalRE.MatchString(t) {
			break
		}
		if outlookFromRE.MatchString(t) && outlookBlock(lines[i:]) {
			break
		}
		if strings.HasPrefix(t, ">") {
			// A quoted block ends the new text once nothing but quotes, blanks and signatures follow.
			if restIsQuoted(lines[i:]) {
				break
			}
			continue
		}
		if line == "-- " || line == "--" || t == "__" || signatureRE.MatchString(t) {
			break
		}
		out = append(out, line)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

var (
	wrappedHeaderRE = regexp.MustCompile(`(?m)^(On|Le|Il)\s[^\n]{1,200}\n[^\n]{0,200}(wrote|a écrit|ha scritto)\s?:\s*$`)
	quoteHeaderRE   = regexp.MustCompile(`(?i)^(on\s.{1,200}\swrote|le\s.{1,200}\sa\s[ée]crit|il\s.{1,200}\sha\sscritto)\s?:$`)
	originalRE      = regexp.MustCompile(`(?i)^-{2,}\s*(original message|message d'origine|messaggio originale|forwarded message)\s*-{2,}$`)
	outlookFromRE   = regexp.MustCompile(`(?i)^\*?(from|de|da)\s?:\*?\s.+`)
	outlookNextRE   = regexp.MustCompile(`(?i)^\*?(sent|envoyé|inviato|date|to|à|a|subject|objet|oggetto)\s?:\*?`)
	signatureRE     = regexp.MustCompile(`(?i)^(sent from my |envoyé de mon |inviato da(l mio)? |get outlook for )`)
)

// outlookBlock reports whether lines start an Outlook-style header block: "From:" followed by "Sent:", "To:" or
// "Subject:" (in a language this project speaks) within the next lines.
func outlookBlock(lines []string) bool {
	for _, l := range lines[1:min(len(lines), 5)] {
		if outlookNextRE.MatchString(strings.TrimSpace(l)) {
			return true
		}
	}
	return false
}

func restIsQuoted(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, ">") {
			continue
		}
		if l == "-- " || t == "--" || signatureRE.MatchString(t) {
			return true
		}
		return false
	}
	return true
}
