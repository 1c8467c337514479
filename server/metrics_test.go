package main

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/internal/testutil"
)

func getMetrics(t *testing.T, base, token string) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/metrics", nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode == http.StatusOK && !strings.Contains(string(b), "go_goroutines") {
		t.Fatalf("/metrics answered 200 without metrics: %.200s", b)
	}
	return res.StatusCode
}

// TestMetrics_OnlyWithTheOperatorsToken (issue 14, item 10): /metrics is not public. Without METRICS_TOKEN it
// is not served; with it, only a request bearing the token gets the metrics.
func TestMetrics_OnlyWithTheOperatorsToken(t *testing.T) {
	s := startTestServer(t, testutil.NewSQLiteURL(t), nil)
	if code := getMetrics(t, s.URL, ""); code != http.StatusNotFound {
		t.Fatalf("/metrics without METRICS_TOKEN configured: %d, want 404", code)
	}
	const token = "metrics-token-0123456789"
	s = startTestServer(t, testutil.NewSQLiteURL(t), map[string]string{"METRICS_TOKEN": token})
	for _, tok := range []string{"", "wrong-token-0123456789", token + "x"} {
		if code := getMetrics(t, s.URL, tok); code != http.StatusUnauthorized {
			t.Fatalf("/metrics with token %q: %d, want 401", tok, code)
		}
	}
	if code := getMetrics(t, s.URL, token); code != http.StatusOK {
		t.Fatalf("/metrics with the token: %d, want 200", code)
	}
}

// TestGraphQL_NoFieldSuggestionsWithoutIntrospection (issue 14, item 10): with introspection off, a
// misspelt field is refused without "Did you mean …?", which would reveal the schema piece by piece.
func TestGraphQL_NoFieldSuggestionsWithoutIntrospection(t *testing.T) {
	for _, introspection := range []string{"true", "false"} {
		s := startTestServer(t, testutil.NewSQLiteURL(t), map[string]string{"GRAPHQL_INTROSPECTION": introspection})
		admin := s.loginAs(t, testAdmin, testPassword)
		res := s.gql(t, `{ user { id } }`, nil, bearer(admin))
		if len(res.Errors) == 0 {
			t.Fatal("misspelt field accepted")
		}
		suggests := strings.Contains(res.Errors[0].Message, "Did you mean")
		if want := introspection == "true"; suggests != want {
			t.Fatalf("introspection %s: suggestion %v in %q", introspection, suggests, res.Errors[0].Message)
		}
	}
}
