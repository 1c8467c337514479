package reporter

import (
	"regexp"
	"strings"

	"github.com/dimiro1/reply"
)

// MaxReplyChars bounds the text StripReply reads (bytes): the new text of a reply is at its top, and the
// library's rules cost some 0.2 ms per line, so a huge quoted history is not read past 64 KB (a reply written
// below such a history, bottom-posted, is lost with it).
const MaxReplyChars = 64 << 10

// StripReply returns the new text of a reply: what is above the quoted history and the signature. The work is
// done by github.com/dimiro1/reply, a Go port of Discourse's email_reply_trimmer (the library Gitea uses for the
// replies it receives by email): quote headers ("On … wrote:", "Le … a écrit :", "Il … ha scritto:", Apple
// Mail's "On … at …, X wrote:", wrapped over two lines too), Outlook header blocks ("From:/Sent:/To:/Subject:"
// and their French and Italian forms "De :/Envoyé :/À :/Objet :", "Da:/Inviato:/A:/Oggetto:"),
// "-----Original Message-----", "-- " signatures and "Sent from my …"/"Inviato da …" lines. Around it:
//
//   - CRLF and CR are made LF first;
//   - quotes interleaved with answers are kept with their ">" lines (the library keeps the context of an
//     inline answer), but a result made only of quoted lines is no new text: "" (the email then goes to the
//     quarantine as "no new text and no image");
//   - the mobile signatures the library does not know ("Envoyé de mon iPhone", and the FR/IT/EN forms of it
//     on the last line) are cut when they end the text (mobileSignatureRE);
//   - like the library, a first line starting "From: " or "Da: "/"De : " is read as a header even when it is
//     prose ("From: my desk I can see the printer" is dropped).
func StripReply(text string) string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	if len(text) > MaxReplyChars {
		text = strings.ToValidUTF8(text[:MaxReplyChars], "")
	}
	lines := strings.Split(strings.TrimSpace(reply.FromText(text)), "\n")
	// A mobile signature ending the text, with the blank lines before it.
	for len(lines) > 0 && (strings.TrimSpace(lines[len(lines)-1]) == "" || mobileSignatureRE.MatchString(lines[len(lines)-1])) {
		lines = lines[:len(lines)-1]
	}
	quoted := true
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, ">") {
			quoted = false
			break
		}
	}
	if quoted {
		return ""
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// mobileSignatureRE is a phone client's signature line in the languages of this project, the forms the library
// lacks included ("Envoyé de mon iPhone").
var mobileSignatureRE = regexp.MustCompile(`(?i)^\s*(sent from my|envoyé de mon|envoyé depuis mon|inviato da(l mio)?)\s.{1,40}$`)
