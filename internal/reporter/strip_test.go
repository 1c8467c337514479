package reporter

import (
	"strings"
	"testing"
)

func TestStripReply_KeepsOnlyTheNewText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"gmail quote header", "Still broken.\n\nOn Tue, Dec 1, 2026 at 10:00 AM Support <s@x.test> wrote:\n> Hello\n> bye\n", "Still broken."},
		{"wrapped quote header", "Yes\n\nOn Tue, Dec 1, 2026 at 10:00 AM Technical Support\n<s@x.test> wrote:\n> Hello\n", "Yes"},
		{"apple mail", "Tray 2 is empty now.\n\nJane\n\n> On 1 Dec 2026, at 10:00, Technical Support <panic@demo.example> wrote:\n>\n> Hello,\n> We received your request PB-2026-000001.\n",
			"Tray 2 is empty now.\n\nJane"},
		{"apple mail, header unquoted", "Fixed, thanks\n\nOn Dec 1, 2026, at 10:00 AM, Technical Support <panic@demo.example> wrote:\n\n> Hello\n", "Fixed, thanks"},
		{"french", "Toujours en panne.\n\nLe mar. 1 déc. 2026 à 10:00, Support <s@x.test> a écrit :\n> Bonjour\n", "Toujours en panne."},
		{"italian", "Ancora guasta.\n\nIl giorno mar 1 dic 2026 alle ore 10:00 Support <s@x.test> ha scritto:\n> Buongiorno\n", "Ancora guasta."},
		{"outlook", "Thanks!\r\n\r\nFrom: Support <s@x.test>\r\nSent: Tuesday, December 1, 2026 10:00\r\nTo: me\r\nSubject: PB-2026-000001\r\n\r\nHello", "Thanks!"},
		{"outlook french", "Le bac 2 est vide.\r\n\r\nCordialement,\r\nMarie\r\n\r\nDe : Support technique <panic@demo.example>\r\nEnvoyé : mardi 1 décembre 2026 10:00\r\nÀ : Marie Dupont <marie@example.fr>\r\nObjet : Votre demande PB-2026-000001\r\n\r\nBonjour,\r\nNous avons bien reçu votre demande.\r\n",
			"Le bac 2 est vide.\n\nCordialement,\nMarie"},
		{"outlook italian", "La stampante è di nuovo bloccata.\r\n\r\nDa: Assistenza tecnica <panic@demo.example>\r\nInviato: martedì 1 dicembre 2026 10:00\r\nA: Mario Rossi <mario@example.it>\r\nOggetto: La sua richiesta PB-2026-000001\r\n\r\nBuongiorno,\r\nabbiamo ricevuto la sua richiesta.\r\n",
			"La stampante è di nuovo bloccata."},
		{"original message", "Ok\n-----Original Message-----\nFrom: x\nhello", "Ok"},
		{"signature dash dash", "It works now\n\n-- \nJane Doe\nACME", "It works now"},
		{"sent from my phone", "On my way\n\nSent from my iPhone", "On my way"},
		{"envoyé de mon iphone", "Toujours bloquée\n\nEnvoyé de mon iPhone", "Toujours bloquée"},
		{"inviato da iphone", "Ancora bloccata\n\nInviato da iPhone", "Ancora bloccata"},
		{"mobile signature above the quote", "Still jammed\n\nEnvoyé de mon iPhone\n\nLe 1 déc. 2026 à 10:00, Support <s@x.test> a écrit :\n> Bonjour\n", "Still jammed"},
		// The library keeps the questions of an inline answer as context.
		{"inline quote then answer is kept", "> Is tray 2 empty?\nNo, it is full.\n> Any error?\nE-301\n", "> Is tray 2 empty?\nNo, it is full.\n> Any error?\nE-301"},
		{"nothing new", "> only a quote\n", ""},
		{"nothing new above a quote header", "\n\nOn Tue, Dec 1, 2026 at 10:00 AM Support <s@x.test> wrote:\n> Hello\n", ""},
		{"blank", " \r\n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripReply(tt.in); got != tt.want {
				t.Errorf("StripReply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// A huge quoted history is read up to MaxReplyChars only; the new text above it is kept.
func TestStripReply_HugeHistoryIsCut(t *testing.T) {
	in := "New text\n\nOn Tue, Dec 1, 2026 at 10:00 AM Support <s@x.test> wrote:\n" + strings.Repeat("> é quoted line\n", MaxReplyChars/8)
	if got := StripReply(in); got != "New text" {
		t.Fatalf("got %q", got)
	}
}
