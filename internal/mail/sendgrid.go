package mail

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sendgrid/rest"
	"github.com/sendgrid/sendgrid-go"
	sgmail "github.com/sendgrid/sendgrid-go/helpers/mail"
)

// SendGrid defaults; SENDGRID_API_URL overrides the base URL.
const (
	DefaultSendGridBaseURL = "https://api.sendgrid.com"
	DefaultSendGridTimeout = 15 * time.Second
	sendGridEndpoint       = "/v3/mail/send"
	maxErrorBody           = 2000 // bytes of an unparseable error body kept for the outbox's last error
)

// SendGridConfig configures the SendGrid provider.
type SendGridConfig struct {
	APIKey  string        // required
	BaseURL string        // default DefaultSendGridBaseURL; tests point it at sendgridfake
	Timeout time.Duration // per request, default DefaultSendGridTimeout
	// Transport is the HTTP transport; nil means http.DefaultTransport's settings keeping up to 256 idle
	// connections to SendGrid.
	Transport http.RoundTripper
}

// SendGrid sends messages through SendGrid's v3 mail-send API. It never retries by itself: it
// classifies each failure so the outbox can schedule the next attempt (see NextAttempt).
type SendGrid struct {
	key     string
	baseURL string
	timeout time.Duration
	client  *rest.Client
}

var _ Provider = (*SendGrid)(nil)

// NewSendGrid returns a SendGrid provider; it fails only on an unusable configuration.
func NewSendGrid(cfg SendGridConfig) (*SendGrid, error) {
	if strings.TrimSpace(cfg.APIKey) == "" {
		return nil, errors.New("sendgrid: API key is required")
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultSendGridBaseURL
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultSendGridTimeout
	}
	if cfg.Transport == nil {
		// The outbox keeps up to 256 requests in flight (OUTBOX_WORKERS): keep that many connections open
		// rather than net/http's 2 idle ones per host, so sends reuse them instead of dialling (and a TLS
		// handshake) each time.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConns, t.MaxIdleConnsPerHost = 256, 256
		cfg.Transport = t
	}
	return &SendGrid{
		key:     cfg.APIKey,
		baseURL: strings.TrimRight(cfg.BaseURL, "/"),
		timeout: cfg.Timeout,
		// The client timeout also bounds reading the response body; ctx bounds the whole call.
		client: &rest.Client{HTTPClient: &http.Client{Timeout: cfg.Timeout, Transport: cfg.Transport}},
	}, nil
}

// Send posts m to /v3/mail/send and returns SendGrid's X-Message-Id.
func (s *SendGrid) Send(ctx context.Context, m *Message) (string, error) {
	if err := m.Validate(); err != nil {
		return "", invalid(err)
	}
	req := sendgrid.GetRequest(s.key, sendGridEndpoint, s.baseURL)
	req.Method = rest.Post
	req.Body = sgmail.GetRequestBody(toSendGrid(m))

	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	resp, err := s.client.SendWithContext(ctx, req)
	if err != nil {
		// Transport failure, timeout or cancellation: SendGrid may or may not have the message;
		// the outbox id in custom_args lets a duplicate be traced.
		return "", &TemporaryError{Err: fmt.Errorf("sendgrid request: %w", err)}
	}
	return classifySendGrid(resp, time.Now())
}

// toSendGrid builds the v3 request: one personalization holding every recipient, text/plain
// before text/html (SendGrid requires that order), the outbox id as custom arg and header.
func toSendGrid(m *Message) *sgmail.SGMailV3 {
	sm := sgmail.NewV3Mail()
	sm.SetFrom(sgmail.NewEmail(m.From.Name, m.From.Email))
	sm.Subject = m.Subject
	p := sgmail.NewPersonalization()
	for _, a := range m.To {
		p.AddTos(sgmail.NewEmail(a.Name, a.Email))
	}
	sm.AddPersonalizations(p)
	if m.Text != "" {
		sm.AddContent(sgmail.NewContent("text/plain", m.Text))
	}
	if m.HTML != "" {
		sm.AddContent(sgmail.NewContent("text/html", m.HTML))
	}
	if !m.ReplyTo.IsZero() {
		sm.SetReplyTo(sgmail.NewEmail(m.ReplyTo.Name, m.ReplyTo.Email))
	}
	for k, v := range m.Headers {
		sm.SetHeader(k, v)
	}
	if m.ID != "" {
		sm.SetCustomArg("outbox_id", m.ID)
		sm.SetHeader(OutboxIDHeader, m.ID)
	}
	return sm
}

// classifySendGrid turns a response into a message id or a Permanent/Temporary error.
func classifySendGrid(resp *rest.Response, now time.Time) (string, error) {
	// rest.Response.Headers is the net/http header map: keys are canonical ("X-Ratelimit-Reset"),
	// so look them up through http.Header, never by SendGrid's spelling.
	h := http.Header(resp.Headers)
	switch code := resp.StatusCode; {
	case code >= 200 && code < 300:
		return h.Get("X-Message-Id"), nil
	case code == http.StatusTooManyRequests:
		return "", &TemporaryError{Status: code, Body: sendGridErrors(resp.Body), RetryAfter: retryAfter(h, now)}
	case code == http.StatusRequestTimeout || code >= 500:
		return "", &TemporaryError{Status: code, Body: sendGridErrors(resp.Body), RetryAfter: retryAfter(h, now)}
	case code >= 400:
		return "", &PermanentError{Status: code, Body: sendGridErrors(resp.Body)}
	default:
		return "", &TemporaryError{Status: code, Body: sendGridErrors(resp.Body)}
	}
}

// retryAfter reads SendGrid's X-RateLimit-Reset (unix seconds) or a standard Retry-After
// (seconds or HTTP date). A reset already past still means "not before now": one second.
func retryAfter(h http.Header, now time.Time) time.Duration {
	var at time.Time
	if v := strings.TrimSpace(h.Get("X-RateLimit-Reset")); v != "" {
		if sec, err := strconv.ParseInt(v, 10, 64); err == nil {
			at = time.Unix(sec, 0)
		}
	}
	if at.IsZero() {
		v := strings.TrimSpace(h.Get("Retry-After"))
		if sec, err := strconv.ParseInt(v, 10, 64); err == nil && sec >= 0 {
			return max(time.Duration(sec)*time.Second, time.Second)
		}
		if t, err := http.ParseTime(v); err == nil {
			at = t
		}
	}
	if at.IsZero() {
		return 0
	}
	return max(at.Sub(now), time.Second)
}

// sendGridErrors joins the messages of SendGrid's {"errors":[{"message","field","help"}]} body,
// or returns the (truncated) body as is when it is not that shape.
func sendGridErrors(body string) string {
	var parsed struct {
		Errors []struct {
			Message string  `json:"message"`
			Field   *string `json:"field"`
		} `json:"errors"`
	}
	if err := json.Unmarshal([]byte(body), &parsed); err != nil || len(parsed.Errors) == 0 {
		body = strings.TrimSpace(body)
		if len(body) > maxErrorBody {
			body = strings.ToValidUTF8(body[:maxErrorBody], "") + "…"
		}
		return body
	}
	msgs := make([]string, 0, len(parsed.Errors))
	for _, e := range parsed.Errors {
		msg := e.Message
		if e.Field != nil && *e.Field != "" {
			msg = *e.Field + ": " + msg
		}
		msgs = append(msgs, msg)
	}
	return strings.Join(msgs, "; ")
}
