package reporter

import "testing"

func TestStripReply_KeepsOnlyTheNewText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"gmail quote header", "Still broken.\n\nOn Tue, Dec 1, 2026 at 10:00 AM Support <s@x.test> wrote:\n> Hello\n> bye\n", "Still broken."},
		{"wrapped quote header", "Yes\n\nOn Tue, Dec 1, 2026 at 10:00 AM Technical Support\n<s@x.test> wrote:\n> Hello\n", "Yes"},
		{"french", "Toujours en panne.\n\nLe mar. 1 déc. 2026 à 10:00, Support <s@x.test> a écrit :\n> Bonjour\n", "Toujours en panne."},
		{"italian", "Ancora guasta.\n\nIl giorno mar 1 dic 2026 alle ore 10:00 Support <s@x.test> ha scritto:\n> Buongiorno\n", "Ancora guasta."},
		{"outlook", "Thanks!\r\n\r\nFrom: Support <s@x.test>\r\nSent: Tuesday, December 1, 2026 10:00\r\nTo: me\r\nSubject: PB-2026-000001\r\n\r\nHello", "Thanks!"},
		{"original message", "Ok\n-----Original Message-----\nFrom: x\nhello", "Ok"},
		{"signature dash dash", "It works now\n\n-- \nJane Doe\nACME", "It works now"},
		{"sent from my phone", "On my way\n\nSent from my iPhone", "On my way"},
		{"inline quote then answer is kept", "> Is tray 2 empty?\nNo, it is full.\n> Any error?\nE-301\n", "No, it is full.\nE-301"},
		{"From: in the text is not a header", "From: my desk I can see the printer\nit blinks", "From: my desk I can see the printer\nit blinks"},
		{"nothing new", "> only a quote\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripReply(tt.in); got != tt.want {
				t.Errorf("StripReply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
