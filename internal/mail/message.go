package mail

import (
	"context"
	"errors"
	"fmt"
	netmail "net/mail"
	"strings"
)

// OutboxIDHeader carries Message.ID in delivered mail so a message can be traced back to its
// outbox row (SendGrid also gets it as the custom arg "outbox_id").
const OutboxIDHeader = "X-Panic-Outbox-Id"

// Address is a mailbox: an optional display name and an email address.
type Address struct {
	Name  string
	Email string
}

// String formats the address for a header (RFC 5322, non-ASCII names RFC 2047-encoded).
func (a Address) String() string {
	return (&netmail.Address{Name: a.Name, Address: a.Email}).String()
}

// IsZero reports whether the address is unset.
func (a Address) IsZero() bool { return a.Name == "" && a.Email == "" }

// Message is one rendered email, as the outbox stores it and a Provider sends it.
type Message struct {
	ID      string // our outbox id: sent along for tracing (custom arg / header), never shown to users
	From    Address
	To      []Address
	ReplyTo Address // zero value: no Reply-To
	Subject string
	HTML    string
	Text    string
	Headers map[string]string // extra headers (e.g. List-Unsubscribe); reserved names are rejected
}

// Provider delivers messages. Send returns the provider's id for the message; its errors are
// *PermanentError (do not retry) or *TemporaryError (retry later, see NextAttempt).
type Provider interface {
	Send(ctx context.Context, m *Message) (providerMessageID string, err error)
}

// reservedHeaders are set by the providers themselves (or refused by SendGrid in "headers").
var reservedHeaders = map[string]bool{
	"from": true, "to": true, "cc": true, "bcc": true, "reply-to": true, "subject": true,
	"date": true, "message-id": true, "mime-version": true, "content-type": true,
	"content-transfer-encoding": true, "received": true, "dkim-signature": true,
	"x-sg-id": true, "x-sg-eid": true, strings.ToLower(OutboxIDHeader): true,
}

// Validate checks what every provider needs: a sender, recipients with valid addresses, a body,
// a single-line subject and header fields that cannot inject other headers.
func (m *Message) Validate() error {
	var errs []error
	if m.From.Email == "" {
		errs = append(errs, errors.New("from: email is required"))
	} else if err := checkAddress(m.From); err != nil {
		errs = append(errs, fmt.Errorf("from: %w", err))
	}
	if len(m.To) == 0 {
		errs = append(errs, errors.New("to: at least one recipient is required"))
	}
	for i, a := range m.To {
		if err := checkAddress(a); err != nil {
			errs = append(errs, fmt.Errorf("to[%d]: %w", i, err))
		}
	}
	if !m.ReplyTo.IsZero() {
		if err := checkAddress(m.ReplyTo); err != nil {
			errs = append(errs, fmt.Errorf("reply-to: %w", err))
		}
	}
	if strings.ContainsAny(m.Subject, "\r\n") {
		errs = append(errs, errors.New("subject: must be a single line"))
	}
	if m.HTML == "" && m.Text == "" {
		errs = append(errs, errors.New("body: HTML or text is required"))
	}
	for k, v := range m.Headers {
		if !validHeaderName(k) {
			errs = append(errs, fmt.Errorf("header %q: invalid name", k))
			continue
		}
		if reservedHeaders[strings.ToLower(k)] {
			errs = append(errs, fmt.Errorf("header %q: reserved", k))
		}
		if strings.ContainsFunc(v, func(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f }) {
			errs = append(errs, fmt.Errorf("header %q: value contains control characters", k))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("invalid message: %w", err)
	}
	return nil
}

func checkAddress(a Address) error {
	if strings.ContainsAny(a.Name, "\r\n") {
		return fmt.Errorf("name %q contains a line break", a.Name)
	}
	p, err := netmail.ParseAddress(a.Email)
	if err != nil || p.Address != a.Email || p.Name != "" {
		return fmt.Errorf("%q is not a valid email address", a.Email)
	}
	return nil
}

func validHeaderName(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c <= ' ' || c >= 0x7f || c == ':' {
			return false
		}
	}
	return true
}

// invalid wraps a validation failure as permanent: retrying the same message cannot succeed.
func invalid(err error) error {
	return &PermanentError{Err: err}
}
