// Package sendgridfake is an in-process stand-in for SendGrid's v3 mail-send API, for tests of
// any package: it authenticates, validates and accepts like SendGrid, and can be scripted to fail.
package sendgridfake

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	netmail "net/mail"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	// DefaultAPIKey is the key the fake accepts unless WithAPIKey says otherwise.
	DefaultAPIKey = "SG.fake-key"
	// DefaultMaxBodyBytes is SendGrid's limit on a mail-send request (30 MB).
	DefaultMaxBodyBytes = 30 << 20
	// Path is the only endpoint the fake serves.
	Path = "/v3/mail/send"

	helpBase = "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message."
)

// Address is a recipient or sender as SendGrid receives it.
type Address struct {
	Email string
	Name  string
}

// Message is one accepted mail-send request.
type Message struct {
	MessageID  string // the X-Message-Id the fake answered
	OutboxID   string // custom_args.outbox_id (top level, else first personalization)
	From       Address
	To         []Address // every "to" of every personalization
	ReplyTo    *Address
	Subject    string
	Text       string // text/plain content
	HTML       string // text/html content
	Headers    map[string]string
	CustomArgs map[string]string
	Categories []string
	Raw        json.RawMessage // the request body as sent
	ReceivedAt time.Time
}

// Request is one request the fake answered, accepted or not.
type Request struct {
	Status   int
	OutboxID string // when the body could be read
	At       time.Time
}

// Reply scripts the answer to one request. Status 0 means "answer normally" (useful with Delay);
// an empty Body gets SendGrid's error body for Status.
type Reply struct {
	Status  int
	Headers http.Header
	Body    string
	Delay   time.Duration // wait before answering; cut short if the client goes away
}

// RateLimited is SendGrid's 429 with its rate-limit headers; reset is when the limit resets.
func RateLimited(reset time.Time) Reply {
	h := http.Header{}
	h.Set("X-RateLimit-Limit", "600")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
	return Reply{Status: http.StatusTooManyRequests, Headers: h}
}

// ServerError is a 5xx (500, 502, 503, …) with SendGrid's error body.
func ServerError(status int) Reply { return Reply{Status: status} }

// Slow answers normally after d (set d beyond the client's timeout to test timeouts).
func Slow(d time.Duration) Reply { return Reply{Delay: d} }

// Option configures a Server.
type Option func(*Server)

// WithAPIKey sets the API key the fake accepts.
func WithAPIKey(key string) Option { return func(s *Server) { s.apiKey = key } }

// WithMaxBodyBytes sets the size above which requests get 413.
func WithMaxBodyBytes(n int64) Option { return func(s *Server) { s.maxBody = n } }

// WithDelay makes every request not scripted otherwise wait d before its answer: the provider's latency
// (SendGrid answers in tens of milliseconds), for throughput measurements and crash tests.
func WithDelay(d time.Duration) Option { return func(s *Server) { s.delay = d } }

// Server is a running fake. All methods are safe for concurrent use.
type Server struct {
	URL string // base URL to give the SendGrid client (no path)

	srv     *httptest.Server
	apiKey  string
	maxBody int64
	delay   time.Duration

	mu       sync.Mutex
	script   []Reply
	messages []Message
	requests []Request
}

// Start runs a fake on a loopback port; Close stops it.
func Start(opts ...Option) *Server {
	s := &Server{apiKey: DefaultAPIKey, maxBody: DefaultMaxBodyBytes}
	for _, o := range opts {
		o(s)
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL
	return s
}

// New starts a fake that is closed when tb's test ends.
func New(tb testing.TB, opts ...Option) *Server {
	tb.Helper()
	s := Start(opts...)
	tb.Cleanup(s.Close)
	return s
}

// Close stops the server, interrupting scripted delays.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// APIKey is the key the fake accepts.
func (s *Server) APIKey() string { return s.apiKey }

// Enqueue scripts the answers to the next len(replies) requests, in order.
func (s *Server) Enqueue(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, replies...)
}

// EnqueueN scripts the same answer for the next n requests.
func (s *Server) EnqueueN(n int, r Reply) {
	for range n {
		s.Enqueue(r)
	}
}

// Scripted reports how many scripted replies no request has taken yet: a request that took a Slow reply
// is waiting in the fake once this drops.
func (s *Server) Scripted() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.script)
}

// Messages returns the accepted messages, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Requests returns every request answered so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Deliveries counts the accepted messages carrying custom arg outbox_id = outboxID.
func (s *Server) Deliveries(outboxID string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, m := range s.messages {
		if m.OutboxID == outboxID {
			n++
		}
	}
	return n
}

// DeliveryCounts maps each outbox_id to its number of accepted messages.
func (s *Server) DeliveryCounts() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := map[string]int{}
	for _, m := range s.messages {
		c[m.OutboxID]++
	}
	return c
}

// Reset forgets messages, requests and scripted replies.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script, s.messages, s.requests = nil, nil, nil
}

func (s *Server) next() (Reply, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.script) == 0 {
		return Reply{}, false
	}
	r := s.script[0]
	s.script = s.script[1:]
	return r, true
}

// apiError is one entry of SendGrid's {"errors":[…]} body; field and help are null when unset.
type apiError struct {
	Message string  `json:"message"`
	Field   *string `json:"field"`
	Help    *string `json:"help"`
}

func fieldErr(field, msg, anchor string) apiError {
	e := apiError{Message: msg, Field: &field}
	if anchor != "" {
		h := helpBase + anchor
		e.Help = &h
	}
	return e
}

func plainErr(msg string) apiError { return apiError{Message: msg} }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	status, outboxID := s.handle(w, r)
	if status == 0 {
		return // client went away during a delay
	}
	s.mu.Lock()
	s.requests = append(s.requests, Request{Status: status, OutboxID: outboxID, At: time.Now()})
	s.mu.Unlock()
}

// handle answers one request and returns the status it sent.
func (s *Server) handle(w http.ResponseWriter, r *http.Request) (int, string) {
	body, tooLarge, readErr := s.readBody(r)
	outboxID := peekOutboxID(body)

	reply, scripted := s.next()
	if !scripted || (reply.Status == 0 && reply.Delay == 0) {
		reply.Delay = s.delay
	}
	if reply.Delay > 0 {
		t := time.NewTimer(reply.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
			return 0, outboxID
		}
	}
	if scripted && reply.Status != 0 {
		for k, vs := range reply.Headers {
			w.Header()[k] = vs
		}
		if reply.Body != "" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(reply.Status)
			_, _ = io.WriteString(w, reply.Body)
			return reply.Status, outboxID
		}
		return writeErrors(w, reply.Status, plainErr(defaultMessage(reply.Status))), outboxID
	}

	switch {
	case r.URL.Path != Path:
		return writeErrors(w, http.StatusNotFound, plainErr("not found")), outboxID
	case r.Method != http.MethodPost:
		w.Header().Set("Allow", http.MethodPost)
		return writeErrors(w, http.StatusMethodNotAllowed, plainErr("method not allowed")), outboxID
	}
	if status, e, ok := s.authenticate(r); !ok {
		return writeErrors(w, status, e), outboxID
	}
	switch {
	case tooLarge:
		return writeErrors(w, http.StatusRequestEntityTooLarge,
			plainErr("The JSON payload you have included in your request is too large.")), outboxID
	case readErr != nil:
		return writeErrors(w, http.StatusBadRequest, plainErr("Bad Request")), outboxID
	}

	var req sgRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&req); err != nil {
		return writeErrors(w, http.StatusBadRequest, plainErr("Bad Request")), outboxID
	}
	if errs := req.validate(); len(errs) > 0 {
		return writeErrors(w, http.StatusBadRequest, errs...), outboxID
	}

	msg := req.message(body)
	msg.MessageID = newMessageID()
	s.mu.Lock()
	s.messages = append(s.messages, msg)
	s.mu.Unlock()
	w.Header().Set("X-Message-Id", msg.MessageID)
	w.WriteHeader(http.StatusAccepted)
	return http.StatusAccepted, msg.OutboxID
}

func (s *Server) authenticate(r *http.Request) (int, apiError, bool) {
	auth := r.Header.Get("Authorization")
	if auth == "" {
		return http.StatusUnauthorized, plainErr("authorization required"), false
	}
	if auth != "Bearer "+s.apiKey {
		return http.StatusUnauthorized, plainErr("The provided authorization grant is invalid, expired, or revoked"), false
	}
	return 0, apiError{}, true
}

// readBody reads at most maxBody bytes (gunzipping when the client says so, as SendGrid allows).
func (s *Server) readBody(r *http.Request) (body []byte, tooLarge bool, err error) {
	var rd io.Reader = http.MaxBytesReader(nil, r.Body, s.maxBody)
	if strings.EqualFold(r.Header.Get("Content-Encoding"), "gzip") {
		gz, err := gzip.NewReader(rd)
		if err != nil {
			return nil, false, err
		}
		defer gz.Close()
		rd = io.LimitReader(gz, s.maxBody+1)
	}
	body, err = io.ReadAll(rd)
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) || int64(len(body)) > s.maxBody {
		return nil, true, err
	}
	return body, false, err
}

func writeErrors(w http.ResponseWriter, status int, errs ...apiError) int {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(struct {
		Errors []apiError `json:"errors"`
	}{errs})
	return status
}

func defaultMessage(status int) string {
	switch status {
	case http.StatusTooManyRequests:
		return "too many requests"
	case http.StatusUnauthorized:
		return "The provided authorization grant is invalid, expired, or revoked"
	case http.StatusForbidden:
		return "access forbidden"
	case http.StatusRequestEntityTooLarge:
		return "The JSON payload you have included in your request is too large."
	}
	return strings.ToLower(http.StatusText(status))
}

func newMessageID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// peekOutboxID reads custom_args.outbox_id from a body that may not be valid, for request logs.
func peekOutboxID(body []byte) string {
	var req sgRequest
	if json.Unmarshal(body, &req) != nil {
		return ""
	}
	return req.outboxID()
}

type sgEmail struct {
	Email string `json:"email"`
	Name  string `json:"name,omitempty"`
}

type sgPersonalization struct {
	To         []sgEmail         `json:"to"`
	CC         []sgEmail         `json:"cc"`
	BCC        []sgEmail         `json:"bcc"`
	Subject    string            `json:"subject"`
	Headers    map[string]string `json:"headers"`
	CustomArgs map[string]string `json:"custom_args"`
}

type sgContent struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

type sgRequest struct {
	Personalizations []sgPersonalization `json:"personalizations"`
	From             *sgEmail            `json:"from"`
	ReplyTo          *sgEmail            `json:"reply_to"`
	Subject          string              `json:"subject"`
	Content          []sgContent         `json:"content"`
	TemplateID       string              `json:"template_id"`
	Headers          map[string]string   `json:"headers"`
	CustomArgs       map[string]string   `json:"custom_args"`
	Categories       []string            `json:"categories"`
}

// reservedHeaders are the headers SendGrid refuses in "headers".
var reservedHeaders = []string{"x-sg-id", "x-sg-eid", "received", "dkim-signature", "content-type",
	"content-transfer-encoding", "to", "from", "subject", "reply-to", "cc", "bcc"}

func validAddress(s string) bool {
	a, err := netmail.ParseAddress(s)
	return err == nil && a.Address == s
}

// validate applies SendGrid's documented mail-send checks and returns every failure.
func (q *sgRequest) validate() []apiError {
	var errs []apiError
	switch n := len(q.Personalizations); {
	case n == 0:
		errs = append(errs, fieldErr("personalizations",
			"The personalizations field is required and must have at least one personalization.", "personalizations"))
	case n > 1000:
		errs = append(errs, fieldErr("personalizations", fmt.Sprintf(
			"The personalization block is limited to 1000 personalizations per API request. You have provided %d personalizations. Please consider splitting this into multiple requests and resending your request.", n),
			"personalizations"))
	}
	total := 0
	allHaveSubject := len(q.Personalizations) > 0
	for i, p := range q.Personalizations {
		if p.Subject == "" {
			allHaveSubject = false
		}
		if len(p.To) == 0 {
			errs = append(errs, fieldErr(fmt.Sprintf("personalizations.%d.to", i),
				"The to array is required for all personalization objects, and must have at least one email object with a valid email address.",
				"personalizations.to"))
		}
		seen := map[string]bool{}
		for _, kl := range []struct {
			kind string
			list []sgEmail
		}{{"to", p.To}, {"cc", p.CC}, {"bcc", p.BCC}} {
			kind, list := kl.kind, kl.list
			for j, e := range list {
				total++
				if !validAddress(e.Email) {
					errs = append(errs, fieldErr(fmt.Sprintf("personalizations.%d.%s.%d.email", i, kind, j),
						"Does not contain a valid address.", "personalizations."+kind))
					continue
				}
				key := strings.ToLower(e.Email)
				if seen[key] {
					errs = append(errs, fieldErr(fmt.Sprintf("personalizations.%d", i), fmt.Sprintf(
						"Each email address in the personalization block should be unique between to, cc, and bcc. We found the first duplicate instance of [%s] in the personalizations.%d.%s field.",
						e.Email, i, kind), "personalizations"))
				}
				seen[key] = true
			}
		}
	}
	if total > 1000 {
		errs = append(errs, fieldErr("personalizations",
			"There is a limit of 1000 total recipients (to + cc + bcc) per request.", "personalizations"))
	}
	switch {
	case q.From == nil || q.From.Email == "":
		errs = append(errs, fieldErr("from.email",
			`The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.  e.g. {"email" : "example@example.com"}  or {"email" : "example@example.com", "name" : "Example Recipient"}.`,
			"from"))
	case !validAddress(q.From.Email):
		errs = append(errs, fieldErr("from.email", "The from email does not contain a valid address.", "from"))
	}
	if q.ReplyTo != nil && !validAddress(q.ReplyTo.Email) {
		errs = append(errs, fieldErr("reply_to.email", "The reply_to email does not contain a valid address.", "reply_to"))
	}
	if q.Subject == "" && q.TemplateID == "" && !allHaveSubject {
		errs = append(errs, fieldErr("subject",
			"The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.",
			"subject"))
	}
	if len(q.Content) == 0 && q.TemplateID == "" {
		errs = append(errs, fieldErr("content",
			"Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.",
			"content"))
	}
	for i, c := range q.Content {
		if c.Type == "" {
			errs = append(errs, fieldErr(fmt.Sprintf("content.%d.type", i),
				"The content type must be a string at least one character in length.", "content.type"))
		}
		if c.Value == "" {
			errs = append(errs, fieldErr(fmt.Sprintf("content.%d.value", i),
				"The content value must be a string at least one character in length.", "content.value"))
		}
	}
	if !contentOrdered(q.Content) {
		errs = append(errs, fieldErr("content",
			"If present, text/plain and text/html may only be provided in that order.", "content"))
	}
	for _, hs := range append([]map[string]string{q.Headers}, personalizationHeaders(q)...) {
		for k := range hs {
			for _, r := range reservedHeaders {
				if strings.EqualFold(k, r) {
					errs = append(errs, fieldErr("headers",
						fmt.Sprintf("The following header is reserved and cannot be used: %s", k), "headers"))
				}
			}
		}
	}
	if n := customArgsSize(q.CustomArgs); n > 10000 {
		errs = append(errs, fieldErr("custom_args",
			"The custom_args field must be less than 10,000 bytes.", "custom_args"))
	}
	return errs
}

// contentOrdered reports whether text/plain, if present, comes first and text/html right after it.
func contentOrdered(cs []sgContent) bool {
	plain, html := -1, -1
	for i, c := range cs {
		switch strings.ToLower(c.Type) {
		case "text/plain":
			plain = i
		case "text/html":
			html = i
		}
	}
	if plain > 0 {
		return false
	}
	return html < 0 || html == plain+1
}

func personalizationHeaders(q *sgRequest) []map[string]string {
	out := make([]map[string]string, 0, len(q.Personalizations))
	for _, p := range q.Personalizations {
		out = append(out, p.Headers)
	}
	return out
}

func customArgsSize(m map[string]string) int {
	n := 0
	for k, v := range m {
		n += len(k) + len(v)
	}
	return n
}

func (q *sgRequest) outboxID() string {
	if id := q.CustomArgs["outbox_id"]; id != "" {
		return id
	}
	for _, p := range q.Personalizations {
		if id := p.CustomArgs["outbox_id"]; id != "" {
			return id
		}
	}
	return ""
}

func (q *sgRequest) message(raw []byte) Message {
	m := Message{
		OutboxID:   q.outboxID(),
		Subject:    q.Subject,
		Headers:    q.Headers,
		CustomArgs: q.CustomArgs,
		Categories: q.Categories,
		Raw:        append(json.RawMessage(nil), raw...),
		ReceivedAt: time.Now(),
	}
	if q.From != nil {
		m.From = Address{Email: q.From.Email, Name: q.From.Name}
	}
	if q.ReplyTo != nil {
		m.ReplyTo = &Address{Email: q.ReplyTo.Email, Name: q.ReplyTo.Name}
	}
	for _, p := range q.Personalizations {
		if m.Subject == "" {
			m.Subject = p.Subject
		}
		for _, e := range p.To {
			m.To = append(m.To, Address{Email: e.Email, Name: e.Name})
		}
	}
	for _, c := range q.Content {
		switch strings.ToLower(c.Type) {
		case "text/plain":
			m.Text = c.Value
		case "text/html":
			m.HTML = c.Value
		}
	}
	return m
}
