package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/internal/auth"
)

// sessionCookie signs the demo admin in with a plain-HTTP POST (headers added) and returns the session cookie set.
func sessionCookie(t *testing.T, s *testServer, headers map[string]string) *http.Cookie {
	t.Helper()
	body := `{"query":"mutation { login(email: \"` + testAdmin + `\", password: \"` + testPassword + `\") { token } }"}`
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	for _, c := range resp.Cookies() {
		if c.Name == auth.CookieName && c.Value != "" {
			return c
		}
	}
	t.Fatalf("no session cookie (status %d)", resp.StatusCode)
	return nil
}

// The session cookie is Secure whenever the server is reached over HTTPS: PUBLIC_URL says so (TLS ends at a
// proxy, which talks plain HTTP to us), or a trusted proxy says so with X-Forwarded-Proto. An untrusted
// peer's X-Forwarded-Proto is not believed, and plain-HTTP development keeps a cookie the browser will send.
func TestSessionCookie_SecureBehindTLS(t *testing.T) {
	httpsProto := map[string]string{"X-Forwarded-Proto": "https"}
	for _, c := range []struct {
		name    string
		env     map[string]string
		headers map[string]string
		secure  bool
	}{
		{"https PUBLIC_URL", map[string]string{"PUBLIC_URL": "https://panic.example.com"}, nil, true},
		{"https PUBLIC_URL, proxy says http", map[string]string{"PUBLIC_URL": "https://panic.example.com"},
			map[string]string{"X-Forwarded-Proto": "http"}, true},
		{"trusted proxy says https", nil, httpsProto, true},
		{"untrusted peer says https", map[string]string{"TRUSTED_PROXIES": ""}, httpsProto, false},
		{"plain http development", nil, nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t, "sqlite", c.env)
			cookie := sessionCookie(t, s, c.headers)
			if cookie.Secure != c.secure || !cookie.HttpOnly {
				t.Fatalf("session cookie Secure=%v HttpOnly=%v, want Secure=%v", cookie.Secure, cookie.HttpOnly, c.secure)
			}
		})
	}
}
