package mail

import (
	"context"
	"slices"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
)

// Queue is how services queue email: built once at wiring with the outbox (nil in tests that run no worker)
// and the default sender (EMAIL_FROM), and handed to every service that sends mail.
type Queue struct {
	outbox  *Outbox
	from    Address
	domains []string
}

// NewQueue returns a Queue that writes through outbox (nil: the bare Enqueue, nothing is woken) and sends from
// from when a message names no sender. senderDomains are the domains the operator verified with the email
// provider (EMAIL_SENDER_DOMAINS); none: from's domain.
func NewQueue(outbox *Outbox, from Address, senderDomains ...string) *Queue {
	q := &Queue{outbox: outbox, from: from}
	for _, d := range senderDomains {
		if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
			q.domains = append(q.domains, d)
		}
	}
	if len(q.domains) == 0 {
		if _, d, ok := strings.Cut(from.Email, "@"); ok {
			q.domains = []string{strings.ToLower(d)}
		}
	}
	return q
}

// SenderDomains are the verified sender domains: a tenant's From address must be in one of them (exactly: the
// provider authenticates a domain, not its subdomains).
func (q *Queue) SenderDomains() []string {
	if q == nil {
		return nil
	}
	return q.domains
}

// SenderAllowed reports whether email (normalized) is in a verified sender domain.
func (q *Queue) SenderAllowed(email string) bool {
	at := strings.LastIndexByte(email, '@')
	return at >= 0 && slices.Contains(q.SenderDomains(), strings.ToLower(email[at+1:]))
}

// OnSend registers f to complete every message of kind when the outbox sends it (Outbox.OnSend); without an
// outbox (tests that run no worker) it does nothing.
func (q *Queue) OnSend(kind emailmessage.Kind, f Finisher) {
	if q != nil && q.outbox != nil {
		q.outbox.OnSend(kind, f)
	}
}

// From is the default sender.
func (q *Queue) From() Address {
	if q == nil {
		return Address{}
	}
	return q.from
}

// Sender is the sender of a message whose settings name email and name: the default sender's address when they
// name none (with the given name, else the default's).
func (q *Queue) Sender(name, email string) Address {
	if email != "" {
		return Address{Name: name, Email: email}
	}
	def := q.From()
	if name != "" {
		def.Name = name
	}
	return def
}

// Enqueue queues m through client (the transaction of what caused the email, so the email exists if and only if
// it commits), from the default sender when m names none.
func (q *Queue) Enqueue(ctx context.Context, client *ent.Client, m QueuedMessage) (*ent.EmailMessage, error) {
	if m.From.Email == "" {
		m.From = q.Sender(m.From.Name, "")
	}
	if q == nil || q.outbox == nil {
		return Enqueue(ctx, client, m)
	}
	return q.outbox.Enqueue(ctx, client, m)
}

// EnqueueAll queues ms through client in one INSERT (see Enqueue).
func (q *Queue) EnqueueAll(ctx context.Context, client *ent.Client, ms []QueuedMessage) ([]*ent.EmailMessage, error) {
	for i := range ms {
		if ms[i].From.Email == "" {
			ms[i].From = q.Sender(ms[i].From.Name, "")
		}
	}
	var o *Outbox
	if q != nil {
		o = q.outbox
	}
	return o.EnqueueAll(ctx, client, ms)
}
