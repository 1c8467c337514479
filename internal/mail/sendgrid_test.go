package mail

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/mail/sendgridfake"
)

func newSendGrid(t *testing.T, fake *sendgridfake.Server, timeout time.Duration) *SendGrid {
	t.Helper()
	sg, err := NewSendGrid(SendGridConfig{APIKey: fake.APIKey(), BaseURL: fake.URL, Timeout: timeout})
	if err != nil {
		t.Fatalf("NewSendGrid: %v", err)
	}
	return sg
}

func TestSendGrid_AcceptedMessageReturnsTheMessageID(t *testing.T) {
	fake := sendgridfake.New(t)
	sg := newSendGrid(t, fake, time.Second)
	m := validMessage()
	m.ReplyTo = Address{Name: "Tech", Email: "tech@example.com"}
	m.To = append(m.To, Address{Email: "second@example.com"})
	m.Subject = "Intervention PB-1 — Zoë"
	m.Headers = map[string]string{"X-Priority": "1"}

	id, err := sg.Send(context.Background(), m)
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := fake.Messages()
	if len(got) != 1 {
		t.Fatalf("fake has %d messages, want 1", len(got))
	}
	d := got[0]
	if id == "" || id != d.MessageID {
		t.Errorf("id = %q, want the fake's X-Message-Id %q", id, d.MessageID)
	}
	checks := []struct{ name, got, want string }{
		{"outbox id", d.OutboxID, "out-1"},
		{"from", d.From.Name + " <" + d.From.Email + ">", "Support <support@example.com>"},
		{"to", fmt.Sprint(d.To), "[{jane@example.com Jane} {second@example.com }]"},
		{"reply-to", fmt.Sprint(d.ReplyTo), "&{tech@example.com Tech}"},
		{"subject", d.Subject, m.Subject},
		{"text", d.Text, m.Text},
		{"html", d.HTML, m.HTML},
		{"header", d.Headers["X-Priority"], "1"},
		{"outbox header", d.Headers[OutboxIDHeader], "out-1"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !strings.Contains(string(d.Raw), `"content":[{"type":"text/plain"`) {
		t.Errorf("text/plain must come first: %s", d.Raw)
	}
	if fake.Deliveries("out-1") != 1 {
		t.Errorf("Deliveries(out-1) = %d", fake.Deliveries("out-1"))
	}
}

func TestSendGrid_FailuresAreClassified(t *testing.T) {
	soon := time.Now().Add(30 * time.Second)
	retryAfterOnly := sendgridfake.Reply{Status: 429, Headers: http.Header{"Retry-After": {"12"}}}
	customBody := sendgridfake.Reply{Status: 403,
		Body: `{"errors":[{"field":null,"message":"The from address does not match a verified Sender Identity."}]}`}
	tests := []struct {
		name       string
		script     []sendgridfake.Reply
		key        string // API key the client uses; "" = the right one
		maxBody    int64
		change     func(*Message)
		permanent  bool
		status     int
		bodyHas    string
		retryAfter [2]time.Duration // bounds for RetryAfter(err)
	}{
		{name: "400 duplicate recipient", change: func(m *Message) { m.To = append(m.To, m.To[0]) },
			permanent: true, status: 400, bodyHas: "personalizations.0: Each email address in the personalization block should be unique"},
		{name: "401 wrong key", key: "SG.wrong", permanent: true, status: 401, bodyHas: "authorization grant is invalid"},
		{name: "403 with SendGrid's message", script: []sendgridfake.Reply{customBody},
			permanent: true, status: 403, bodyHas: "verified Sender Identity"},
		{name: "413 too large", maxBody: 512, change: func(m *Message) { m.HTML = strings.Repeat("x", 2048) },
			permanent: true, status: 413, bodyHas: "too large"},
		{name: "429 with X-RateLimit-Reset", script: []sendgridfake.Reply{sendgridfake.RateLimited(soon)},
			status: 429, bodyHas: "too many requests", retryAfter: [2]time.Duration{25 * time.Second, 31 * time.Second}},
		{name: "429 with Retry-After", script: []sendgridfake.Reply{retryAfterOnly},
			status: 429, retryAfter: [2]time.Duration{12 * time.Second, 12 * time.Second}},
		{name: "429 with a reset in the past waits a second", script: []sendgridfake.Reply{sendgridfake.RateLimited(time.Now().Add(-time.Hour))},
			status: 429, retryAfter: [2]time.Duration{time.Second, time.Second}},
		{name: "500", script: []sendgridfake.Reply{sendgridfake.ServerError(500)}, status: 500, bodyHas: "internal server error"},
		{name: "503", script: []sendgridfake.Reply{sendgridfake.ServerError(503)}, status: 503},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []sendgridfake.Option
			if tt.maxBody > 0 {
				opts = append(opts, sendgridfake.WithMaxBodyBytes(tt.maxBody))
			}
			fake := sendgridfake.New(t, opts...)
			fake.Enqueue(tt.script...)
			key := tt.key
			if key == "" {
				key = fake.APIKey()
			}
			sg, err := NewSendGrid(SendGridConfig{APIKey: key, BaseURL: fake.URL, Timeout: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			m := validMessage()
			if tt.change != nil {
				tt.change(m)
			}
			id, err := sg.Send(context.Background(), m)
			if err == nil || id != "" {
				t.Fatalf("Send = %q, %v; want an error", id, err)
			}
			if IsPermanent(err) != tt.permanent {
				t.Errorf("IsPermanent = %v, want %v (%v)", !tt.permanent, tt.permanent, err)
			}
			var status int
			var body string
			var pe *PermanentError
			var te *TemporaryError
			switch {
			case errors.As(err, &pe):
				status, body = pe.Status, pe.Body
			case errors.As(err, &te):
				status, body = te.Status, te.Body
			default:
				t.Fatalf("error %T is neither permanent nor temporary", err)
			}
			if status != tt.status {
				t.Errorf("status = %d, want %d", status, tt.status)
			}
			if !strings.Contains(body, tt.bodyHas) {
				t.Errorf("body = %q, want it to contain %q", body, tt.bodyHas)
			}
			if ra := RetryAfter(err); ra < tt.retryAfter[0] || ra > tt.retryAfter[1] {
				t.Errorf("RetryAfter = %v, want within %v", ra, tt.retryAfter)
			}
			if n := len(fake.Messages()); n != 0 {
				t.Errorf("fake accepted %d messages", n)
			}
		})
	}
}

func TestSendGrid_SucceedsOnceScriptedFailuresAreOver(t *testing.T) {
	fake := sendgridfake.New(t)
	fake.EnqueueN(2, sendgridfake.ServerError(503))
	sg := newSendGrid(t, fake, time.Second)
	for i := range 2 {
		if _, err := sg.Send(context.Background(), validMessage()); IsPermanent(err) || err == nil {
			t.Fatalf("attempt %d: %v, want a temporary error", i+1, err)
		}
	}
	if _, err := sg.Send(context.Background(), validMessage()); err != nil {
		t.Fatalf("third attempt: %v", err)
	}
	if got := fake.Deliveries("out-1"); got != 1 {
		t.Errorf("Deliveries = %d, want 1", got)
	}
	if got := len(fake.Requests()); got != 3 {
		t.Errorf("requests = %d, want 3", got)
	}
}

func TestSendGrid_SlowResponseTimesOutAsTemporary(t *testing.T) {
	fake := sendgridfake.New(t)
	fake.Enqueue(sendgridfake.Slow(10 * time.Second))
	sg := newSendGrid(t, fake, 200*time.Millisecond)
	start := time.Now()
	_, err := sg.Send(context.Background(), validMessage())
	elapsed := time.Since(start)
	var te *TemporaryError
	if !errors.As(err, &te) || te.Status != 0 {
		t.Fatalf("Send = %v, want a transport-level TemporaryError", err)
	}
	if elapsed > time.Second {
		t.Errorf("Send took %v with a 200ms timeout", elapsed)
	}
}

func TestSendGrid_StopsWhenTheContextIsCancelled(t *testing.T) {
	fake := sendgridfake.New(t)
	fake.Enqueue(sendgridfake.Slow(10 * time.Second))
	sg := newSendGrid(t, fake, 5*time.Second)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := sg.Send(ctx, validMessage())
	if !errors.Is(err, context.Canceled) || IsPermanent(err) {
		t.Fatalf("Send = %v, want a temporary error wrapping context.Canceled", err)
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("Send took %v after cancellation", elapsed)
	}
}

func TestSendGrid_UnreachableServerIsTemporary(t *testing.T) {
	fake := sendgridfake.Start()
	url := fake.URL
	fake.Close()
	sg, err := NewSendGrid(SendGridConfig{APIKey: "k", BaseURL: url, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	_, err = sg.Send(context.Background(), validMessage())
	if err == nil || IsPermanent(err) {
		t.Fatalf("Send = %v, want a temporary error", err)
	}
}

func TestSendGrid_InvalidMessageIsPermanentAndNeverSent(t *testing.T) {
	fake := sendgridfake.New(t)
	sg := newSendGrid(t, fake, time.Second)
	m := validMessage()
	m.Subject = "x\r\nBcc: victim@example.com"
	if _, err := sg.Send(context.Background(), m); !IsPermanent(err) {
		t.Fatalf("Send = %v, want a permanent error", err)
	}
	if n := len(fake.Requests()); n != 0 {
		t.Errorf("fake got %d requests", n)
	}
}

func TestSendGrid_ConcurrentSendsAreCountedPerOutboxID(t *testing.T) {
	fake := sendgridfake.New(t)
	sg := newSendGrid(t, fake, 2*time.Second)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			m := validMessage()
			m.ID = fmt.Sprintf("out-%d", i%5)
			if _, err := sg.Send(context.Background(), m); err != nil {
				t.Errorf("Send: %v", err)
			}
		})
	}
	wg.Wait()
	for i := range 5 {
		if got := fake.Deliveries(fmt.Sprintf("out-%d", i)); got != 4 {
			t.Errorf("Deliveries(out-%d) = %d, want 4", i, got)
		}
	}
}

func TestNewSendGrid_RequiresAnAPIKey(t *testing.T) {
	if _, err := NewSendGrid(SendGridConfig{APIKey: " "}); err == nil {
		t.Fatal("NewSendGrid accepted an empty key")
	}
}

func TestRetryAfterHeaders(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	tests := []struct {
		name   string
		header http.Header
		want   time.Duration
	}{
		{"X-RateLimit-Reset as SendGrid spells it", http.Header{"X-Ratelimit-Reset": {"1800000042"}}, 42 * time.Second},
		{"reset wins over Retry-After", http.Header{"X-Ratelimit-Reset": {"1800000010"}, "Retry-After": {"99"}}, 10 * time.Second},
		{"Retry-After seconds", http.Header{"Retry-After": {"5"}}, 5 * time.Second},
		{"Retry-After date", http.Header{"Retry-After": {now.Add(time.Minute).UTC().Format(http.TimeFormat)}}, time.Minute},
		{"garbage", http.Header{"X-Ratelimit-Reset": {"soon"}}, 0},
		{"nothing", http.Header{}, 0},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.header, now); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
