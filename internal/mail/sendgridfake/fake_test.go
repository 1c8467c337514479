package sendgridfake

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

const validBody = `{"personalizations":[{"to":[{"email":"jane@example.com","name":"Jane"}]}],
 "from":{"email":"support@example.com","name":"Support"},"subject":"Hello",
 "content":[{"type":"text/plain","value":"Hi"},{"type":"text/html","value":"<p>Hi</p>"}],
 "custom_args":{"outbox_id":"out-1"}}`

type errorBody struct {
	Errors []struct {
		Message string  `json:"message"`
		Field   *string `json:"field"`
		Help    *string `json:"help"`
	} `json:"errors"`
}

func post(t *testing.T, s *Server, path, auth, body string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func bearer(s *Server) string { return "Bearer " + s.APIKey() }

func TestServer_AcceptsAValidRequestWith202AndAMessageID(t *testing.T) {
	s := New(t)
	resp, body := post(t, s, Path, bearer(s), validBody)
	if resp.StatusCode != http.StatusAccepted || body != "" {
		t.Fatalf("got %d %q, want 202 with an empty body", resp.StatusCode, body)
	}
	id := resp.Header.Get("X-Message-Id")
	msgs := s.Messages()
	if id == "" || len(msgs) != 1 || msgs[0].MessageID != id {
		t.Fatalf("X-Message-Id %q, messages %+v", id, msgs)
	}
	m := msgs[0]
	if m.OutboxID != "out-1" || m.From.Email != "support@example.com" || m.To[0].Name != "Jane" ||
		m.Subject != "Hello" || m.Text != "Hi" || m.HTML != "<p>Hi</p>" {
		t.Errorf("recorded %+v", m)
	}
	if s.Deliveries("out-1") != 1 || s.DeliveryCounts()["out-1"] != 1 {
		t.Errorf("delivery counts wrong: %v", s.DeliveryCounts())
	}
}

func TestServer_RejectsMissingOrWrongAuthorizationWith401(t *testing.T) {
	s := New(t, WithAPIKey("SG.right"))
	for _, auth := range []string{"", "Bearer SG.wrong", "SG.right", "Basic SG.right"} {
		resp, body := post(t, s, Path, auth, validBody)
		var eb errorBody
		if resp.StatusCode != http.StatusUnauthorized || json.Unmarshal([]byte(body), &eb) != nil || len(eb.Errors) != 1 {
			t.Errorf("auth %q: got %d %s", auth, resp.StatusCode, body)
			continue
		}
		if eb.Errors[0].Field != nil || eb.Errors[0].Message == "" {
			t.Errorf("auth %q: error body %s", auth, body)
		}
	}
	if len(s.Messages()) != 0 {
		t.Error("an unauthorised request was accepted")
	}
}

func TestServer_ValidatesTheBodyLikeSendGrid(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		fields []string // every error field expected, in order
	}{
		{"not JSON", `{"personalizations":`, []string{""}},
		{"empty object", `{}`, []string{"personalizations", "from.email", "subject", "content"}},
		{"no recipients", `{"personalizations":[{}],"from":{"email":"a@example.com"},"subject":"s","content":[{"type":"text/plain","value":"v"}]}`,
			[]string{"personalizations.0.to"}},
		{"bad addresses", `{"personalizations":[{"to":[{"email":"nope"}]}],"from":{"email":"also nope"},"reply_to":{"email":"x"},"subject":"s","content":[{"type":"text/plain","value":"v"}]}`,
			[]string{"personalizations.0.to.0.email", "from.email", "reply_to.email"}},
		{"duplicate recipient", `{"personalizations":[{"to":[{"email":"a@example.com"}],"cc":[{"email":"a@example.com"}]}],"from":{"email":"b@example.com"},"subject":"s","content":[{"type":"text/plain","value":"v"}]}`,
			[]string{"personalizations.0"}},
		{"empty content value", `{"personalizations":[{"to":[{"email":"a@example.com"}]}],"from":{"email":"b@example.com"},"subject":"s","content":[{"type":"text/plain","value":""}]}`,
			[]string{"content.0.value"}},
		{"html before text", `{"personalizations":[{"to":[{"email":"a@example.com"}]}],"from":{"email":"b@example.com"},"subject":"s","content":[{"type":"text/html","value":"h"},{"type":"text/plain","value":"t"}]}`,
			[]string{"content"}},
		{"reserved header", `{"personalizations":[{"to":[{"email":"a@example.com"}]}],"from":{"email":"b@example.com"},"subject":"s","headers":{"Bcc":"x@example.com"},"content":[{"type":"text/plain","value":"t"}]}`,
			[]string{"headers"}},
		{"subject in every personalization is enough", `{"personalizations":[{"to":[{"email":"a@example.com"}],"subject":"s"}],"from":{"email":"b@example.com"},"content":[{"type":"text/plain","value":"t"}]}`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(t)
			resp, body := post(t, s, Path, bearer(s), tt.body)
			if tt.fields == nil {
				if resp.StatusCode != http.StatusAccepted {
					t.Fatalf("got %d %s, want 202", resp.StatusCode, body)
				}
				return
			}
			if resp.StatusCode != http.StatusBadRequest {
				t.Fatalf("got %d %s, want 400", resp.StatusCode, body)
			}
			var eb errorBody
			if err := json.Unmarshal([]byte(body), &eb); err != nil {
				t.Fatalf("error body %q: %v", body, err)
			}
			var fields []string
			for _, e := range eb.Errors {
				f := ""
				if e.Field != nil {
					f = *e.Field
					if e.Help == nil || !strings.HasPrefix(*e.Help, "http") {
						t.Errorf("field %s has no help link", f)
					}
				}
				if e.Message == "" {
					t.Errorf("field %q has no message", f)
				}
				fields = append(fields, f)
			}
			if strings.Join(fields, ",") != strings.Join(tt.fields, ",") {
				t.Errorf("error fields = %q, want %q (%s)", fields, tt.fields, body)
			}
			if len(s.Messages()) != 0 {
				t.Error("an invalid request was accepted")
			}
		})
	}
}

func TestServer_RejectsOversizedBodiesWith413(t *testing.T) {
	s := New(t, WithMaxBodyBytes(100))
	resp, body := post(t, s, Path, bearer(s), validBody)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(body, "too large") {
		t.Fatalf("got %d %s, want 413", resp.StatusCode, body)
	}
}

func TestServer_AcceptsGzippedBodies(t *testing.T) {
	s := New(t)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write([]byte(validBody))
	_ = zw.Close()
	resp, body := post(t, s, Path, bearer(s), buf.String(), "Content-Encoding", "gzip")
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("got %d %s", resp.StatusCode, body)
	}
}

func TestServer_WrongPathOrMethod(t *testing.T) {
	s := New(t)
	if resp, _ := post(t, s, "/v3/mail/batch", bearer(s), validBody); resp.StatusCode != http.StatusNotFound {
		t.Errorf("wrong path: %d", resp.StatusCode)
	}
	resp, err := http.Get(s.URL + Path)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d", resp.StatusCode)
	}
}

func TestServer_PlaysScriptedRepliesInOrder(t *testing.T) {
	s := New(t)
	reset := time.Now().Add(time.Minute)
	s.EnqueueN(2, RateLimited(reset))
	s.Enqueue(ServerError(503), Reply{Status: 400, Body: `{"errors":[{"message":"custom","field":"x","help":null}]}`})

	want := []int{429, 429, 503, 400, 202}
	for i, w := range want {
		resp, body := post(t, s, Path, bearer(s), validBody)
		if resp.StatusCode != w {
			t.Fatalf("request %d: got %d %s, want %d", i+1, resp.StatusCode, body, w)
		}
		if w == 429 {
			if resp.Header.Get("X-RateLimit-Reset") != strconv.FormatInt(reset.Unix(), 10) ||
				resp.Header.Get("X-RateLimit-Remaining") != "0" || resp.Header.Get("X-RateLimit-Limit") == "" {
				t.Errorf("429 headers: %v", resp.Header)
			}
		}
		if w == 400 && !strings.Contains(body, "custom") {
			t.Errorf("scripted body not sent: %s", body)
		}
	}
	reqs := s.Requests()
	if len(reqs) != len(want) || reqs[0].OutboxID != "out-1" {
		t.Errorf("requests = %+v", reqs)
	}
	if s.Deliveries("out-1") != 1 {
		t.Errorf("Deliveries = %d, want 1", s.Deliveries("out-1"))
	}
	s.Reset()
	if len(s.Messages()) != 0 || len(s.Requests()) != 0 {
		t.Error("Reset kept state")
	}
}

func TestServer_SlowReplyDelaysThenAccepts(t *testing.T) {
	s := New(t)
	s.Enqueue(Slow(150 * time.Millisecond))
	start := time.Now()
	resp, _ := post(t, s, Path, bearer(s), validBody)
	if resp.StatusCode != http.StatusAccepted || time.Since(start) < 150*time.Millisecond {
		t.Fatalf("got %d after %v", resp.StatusCode, time.Since(start))
	}
}

func TestServer_IsSafeForConcurrentUse(t *testing.T) {
	s := New(t)
	s.EnqueueN(5, ServerError(500))
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			req, _ := http.NewRequest(http.MethodPost, s.URL+Path, strings.NewReader(validBody))
			req.Header.Set("Authorization", bearer(s))
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
			_ = s.Messages()
			_ = s.Deliveries("out-1")
		})
	}
	wg.Wait()
	if got := s.Deliveries("out-1"); got != 15 {
		t.Errorf("Deliveries = %d, want 15 (20 requests, 5 scripted failures)", got)
	}
}

func TestServer_WithDelayAnswersAfterTheDelayUnlessScripted(t *testing.T) {
	s := New(t, WithDelay(80*time.Millisecond))
	began := time.Now()
	if resp, body := post(t, s, Path, bearer(s), validBody); resp.StatusCode != http.StatusAccepted {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	if d := time.Since(began); d < 80*time.Millisecond {
		t.Errorf("answered after %s, want at least the 80ms delay", d)
	}
	s.Enqueue(ServerError(http.StatusServiceUnavailable)) // a scripted status answers at once
	began = time.Now()
	if resp, _ := post(t, s, Path, bearer(s), validBody); resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("scripted reply: status %d", resp.StatusCode)
	}
	if d := time.Since(began); d >= 80*time.Millisecond {
		t.Errorf("scripted reply waited %s", d)
	}
}
