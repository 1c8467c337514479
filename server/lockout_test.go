package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/panicbutton/panicbutton/internal/testutil"
)

// tryGQL is postGQL for goroutines: it returns transport errors instead of failing the test.
func tryGQL(baseURL, query string, vars map[string]any, opts ...reqOpt) (gqlResponse, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, baseURL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for _, o := range opts {
		o(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return gqlResponse{}, err
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return gqlResponse{}, fmt.Errorf("decode response (status %d): %w", resp.StatusCode, err)
	}
	return out, nil
}

// concurrently runs n copies of f at once and returns their answers.
func concurrently(t *testing.T, n int, f func(i int) (gqlResponse, error)) []gqlResponse {
	t.Helper()
	out := make([]gqlResponse, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out[i], errs[i] = f(i)
		}()
	}
	close(start)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// lockoutStores runs f on each dialect with the in-memory limit store, and once with the Redis store.
func lockoutStores(t *testing.T, f func(t *testing.T, s *testServer)) {
	eachDialect(t, func(t *testing.T, d string) { f(t, newTestServer(t, d, nil)) })
	t.Run("redis", func(t *testing.T) {
		t.Parallel()
		r := testutil.StartRedis(t, 0)
		f(t, newTestServer(t, "sqlite", map[string]string{"REDIS_URL": "redis://" + r.Addr}))
	})
}

// The attacker's race: many wrong passwords at once, then the right one while they are still being checked.
// Each attempt is counted before its password is compared, so the right password finds the account locked.
func TestLogin_ConcurrentWrongPasswordsLockTheAccountBeforeTheRightOne(t *testing.T) {
	lockoutStores(t, func(t *testing.T, s *testServer) {
		const wrong = 24 // LOGIN_MAX_FAILURES_PER_ACCOUNT is 5
		var right gqlResponse
		var rightErr error
		done := make(chan struct{})
		// The right password goes once the server has received every wrong one — they are still being compared
		// (a bcrypt comparison each) — rather than after a fixed delay, which a loaded machine could outrun.
		var received atomic.Int32
		all := make(chan struct{})
		app := s.Server.Config.Handler
		s.Server.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasPrefix(r.Header.Get("X-Forwarded-For"), "10.9.0.") && received.Add(1) == wrong {
				close(all)
			}
			app.ServeHTTP(w, r)
		})
		go func() {
			defer close(done)
			<-all
			right, rightErr = tryGQL(s.URL, loginQ, map[string]any{"e": testAdmin, "p": testPassword}, fromIP("10.9.9.9"))
		}()
		answers := concurrently(t, wrong, func(i int) (gqlResponse, error) {
			return tryGQL(s.URL, loginQ, map[string]any{"e": testAdmin, "p": fmt.Sprintf("wrong-password-%d", i)},
				fromIP(fmt.Sprintf("10.9.0.%d", i+1)))
		})
		<-done
		if rightErr != nil {
			t.Fatal(rightErr)
		}
		for _, a := range answers {
			a.mustFail(t, "UNAUTHENTICATED", "")
		}
		right.mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, loginQ, map[string]any{"e": testAdmin, "p": testPassword}, fromIP("10.9.9.10")).mustFail(t, "UNAUTHENTICATED", "")

		// Counting first does not cost successful logins anything: an office behind one address signs in
		// more often than LOGIN_MAX_FAILURES_PER_ADDRESS (20) times.
		for range 22 {
			s.loginAs(t, testTech, testPassword, fromIP("10.9.8.1"))
		}
	})
}

// 30 wrong printer codes at once from one address: at most 10 (the limit) are looked up, the rest are refused
// as RATE_LIMITED before their code is checked.
func TestRegisterPrinter_ConcurrentWrongCodesAreEvaluatedAtMostTheLimit(t *testing.T) {
	lockoutStores(t, func(t *testing.T, s *testServer) {
		attacker := fromIP("203.0.113.77")
		answers := concurrently(t, 30, func(i int) (gqlResponse, error) {
			in := map[string]any{"printer": printerIn(fmt.Sprintf("SN-RACE-%d", i), nil), "printerCode": fmt.Sprintf("GUESS%05d", i)}
			return tryGQL(s.URL, registerQ, map[string]any{"in": in}, attacker)
		})
		evaluated := 0
		for _, a := range answers {
			switch code := a.mustFailAny(t); code {
			case "UNKNOWN_PRINTER_CODE":
				evaluated++
			case "RATE_LIMITED":
			default:
				t.Fatalf("unexpected %s", code)
			}
		}
		if evaluated > 10 {
			t.Fatalf("%d of 30 concurrent wrong codes were evaluated; the limit is 10", evaluated)
		}
		in := map[string]any{"printer": printerIn("SN-RACE-OK", nil), "printerCode": testPrinterCode}
		s.gql(t, registerQ, map[string]any{"in": in}, attacker).mustFail(t, "RATE_LIMITED", "")

		// Right codes do not count: a fleet behind one address registers more printers than the limit.
		for i := range 12 {
			if l := s.register(t, fmt.Sprintf("SN-FLEET-%d", i), testPrinterCode, fromIP("198.51.100.77")); l.Status != "READY" {
				t.Fatalf("fleet printer %d: %s", i, l.Status)
			}
		}
	})
}

const changePasswordQ = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`

// changePassword checks the current password under the account's login lockout: a stolen session cannot
// guess it (before, 8 wrong current passwords and then the right one were accepted).
func TestChangePassword_WrongCurrentPasswordsLockTheAccount(t *testing.T) {
	lockoutStores(t, func(t *testing.T, s *testServer) {
		tok := s.loginAs(t, testTech, testPassword)
		for i := range 5 { // LOGIN_MAX_FAILURES_PER_ACCOUNT
			s.gql(t, changePasswordQ, map[string]any{"c": fmt.Sprintf("wrong-current-%d", i), "n": strongPassword},
				bearer(tok)).mustFail(t, "BAD_USER_INPUT", "currentPassword")
		}
		for i := range 3 {
			s.gql(t, changePasswordQ, map[string]any{"c": fmt.Sprintf("more-wrong-%d", i), "n": strongPassword},
				bearer(tok)).mustFail(t, "RATE_LIMITED", "")
		}
		e := s.gql(t, changePasswordQ, map[string]any{"c": testPassword, "n": strongPassword}, bearer(tok)).
			mustFail(t, "RATE_LIMITED", "")
		if secs, ok := e.Extensions["retryAfter"].(float64); !ok || secs <= 0 {
			t.Errorf("RATE_LIMITED without extensions.retryAfter: %+v", e.Extensions)
		}
		// The password did not change, and it is the same lockout as the login's.
		s.gql(t, loginQ, map[string]any{"e": testTech, "p": strongPassword}).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, loginQ, map[string]any{"e": testTech, "p": testPassword}).mustFail(t, "UNAUTHENTICATED", "")

		// Concurrent guesses through another account's session are counted before they are compared too.
		admin := s.loginAs(t, testAdmin, testPassword)
		answers := concurrently(t, 20, func(i int) (gqlResponse, error) {
			return tryGQL(s.URL, changePasswordQ, map[string]any{"c": fmt.Sprintf("guess-%d", i), "n": strongPassword}, bearer(admin))
		})
		evaluated := 0
		for _, a := range answers {
			if a.mustFailAny(t) == "BAD_USER_INPUT" {
				evaluated++
			}
		}
		if evaluated > 5 {
			t.Fatalf("%d of 20 concurrent wrong current passwords were compared; the limit is 5", evaluated)
		}
	})
}

// mustFailAny asserts an error and returns its code.
func (r gqlResponse) mustFailAny(t testing.TB) string {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Fatalf("want an error, got data %s", r.Data)
	}
	return r.Errors[0].code()
}
