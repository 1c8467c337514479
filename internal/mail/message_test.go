package mail

import (
	"strings"
	"testing"
)

func validMessage() *Message {
	return &Message{
		ID:      "out-1",
		From:    Address{Name: "Support", Email: "support@example.com"},
		To:      []Address{{Name: "Jane", Email: "jane@example.com"}},
		Subject: "Hello",
		HTML:    "<p>Hi</p>",
		Text:    "Hi",
	}
}

func TestMessageValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Message)
		want   string // substring of the error; "" means valid
	}{
		{"valid", func(*Message) {}, ""},
		{"text only", func(m *Message) { m.HTML = "" }, ""},
		{"with reply-to and headers", func(m *Message) {
			m.ReplyTo = Address{Email: "tech@example.com"}
			m.Headers = map[string]string{"X-Priority": "1"}
		}, ""},
		{"no from", func(m *Message) { m.From = Address{} }, "from: email is required"},
		{"bad from", func(m *Message) { m.From.Email = "not an address" }, "from:"},
		{"from with a display name in the email", func(m *Message) { m.From.Email = "Eve <eve@example.com>" }, "from:"},
		{"no recipients", func(m *Message) { m.To = nil }, "at least one recipient"},
		{"bad recipient", func(m *Message) { m.To = append(m.To, Address{Email: "x@"}) }, "to[1]"},
		{"name with line break", func(m *Message) { m.To[0].Name = "Jane\r\nBcc: x@example.com" }, "line break"},
		{"multi-line subject", func(m *Message) { m.Subject = "a\r\nBcc: x@example.com" }, "single line"},
		{"no body", func(m *Message) { m.HTML, m.Text = "", "" }, "HTML or text is required"},
		{"reserved header", func(m *Message) { m.Headers = map[string]string{"bcc": "x@example.com"} }, "reserved"},
		{"header injection", func(m *Message) { m.Headers = map[string]string{"X-A": "v\r\nBcc: x@example.com"} }, "control characters"},
		{"bad header name", func(m *Message) { m.Headers = map[string]string{"X A:": "v"} }, "invalid name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validMessage()
			tt.change(m)
			err := m.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Validate: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Validate = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestAddressString_EncodesNonASCIINames(t *testing.T) {
	got := Address{Name: "Zoë Müller", Email: "zoe@example.com"}.String()
	if !strings.HasPrefix(got, "=?utf-8?") || !strings.HasSuffix(got, " <zoe@example.com>") {
		t.Errorf("String() = %q, want an RFC 2047 encoded name", got)
	}
}
