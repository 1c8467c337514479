package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

func TestDemoData_IsCreatedOnceWithEverythingTheDesignAsks(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		ctx := context.Background()
		if err := s.app.seed(ctx); err != nil { // a second start
			t.Fatal(err)
		}
		c := s.db.Client
		counts := map[string]int{
			"organizations": count(t, c.Organization.Query()), "panic buttons": count(t, c.PanicButton.Query()),
			"users": count(t, c.User.Query()), "statuses": count(t, c.InterventionStatus.Query()),
			"notification settings": count(t, c.NotificationSettings.Query()), "email templates": count(t, c.EmailTemplate.Query()),
		}
		want := map[string]int{"organizations": 1, "panic buttons": 1, "users": 2, "statuses": 5, "notification settings": 1, "email templates": 3}
		for k, n := range want {
			if counts[k] != n {
				t.Errorf("%s = %d, want %d", k, counts[k], n)
			}
		}
		if n := count(t, c.Cause.Query()); n < 5 {
			t.Errorf("causes = %d, want at least 5", n)
		}
		ns := c.NotificationSettings.Query().WithTriggerStatuses().OnlyX(sys())
		var names []string
		for _, st := range ns.Edges.TriggerStatuses {
			names = append(names, st.Name)
		}
		if strings.Join(names, ",") != "Open,Closed" && strings.Join(names, ",") != "Closed,Open" {
			t.Errorf("trigger statuses = %v", names)
		}
		pb := c.PanicButton.Query().OnlyX(sys())
		for _, lang := range []string{"en", "fr", "it"} {
			if len(pb.Texts[lang]) < 20 {
				t.Errorf("kiosk texts in %s: %d", lang, len(pb.Texts[lang]))
			}
		}
		if pb.PrinterCode != testPrinterCode {
			t.Errorf("printer code = %q", pb.PrinterCode)
		}
		for _, tpl := range c.EmailTemplate.Query().AllX(sys()) {
			if tpl.TechSubject == "" || tpl.TechHTML == "" || tpl.UserSubject == "" || tpl.UserHTML == "" || len(tpl.TechnicalEmails) == 0 || tpl.FromEmail == "" {
				t.Errorf("incomplete template %s", tpl.Language)
			}
		}
		if n := count(t, c.User.Query().Where(user.RoleEQ(user.RoleADMIN))); n != 1 {
			t.Errorf("admins = %d", n)
		}
	})
}

func TestBootstrapAdmin_CreatedOnlyOnAnEmptyDatabase(t *testing.T) {
	s := newTestServer(t, "sqlite", map[string]string{"DEMO_DATA": "false",
		"BOOTSTRAP_ADMIN_EMAIL": "Root@Example.com", "BOOTSTRAP_ADMIN_PASSWORD": "root-password-1"})
	u := s.db.Client.User.Query().OnlyX(sys())
	if u.Email != "root@example.com" || u.Role != user.RoleSUPER_ADMIN {
		t.Fatalf("bootstrap user = %+v", u)
	}
	if err := s.app.seed(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s.db.Client.User.Query()); n != 1 {
		t.Fatalf("users = %d", n)
	}
}

const loginQ = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }`

func TestLogin_CookieBearerCSRFAndLogout(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.gql(t, loginQ, map[string]any{"e": testAdmin, "p": "wrong-password"}).mustFail(t, "UNAUTHENTICATED", "")
		s.gql(t, loginQ, map[string]any{"e": "nobody@example.com", "p": testPassword}).mustFail(t, "UNAUTHENTICATED", "")
		// Anonymous callers see nothing.
		s.gql(t, `{ interventions { totalCount } }`, nil).mustFail(t, "UNAUTHENTICATED", "")
		var out struct {
			Login struct {
				Token string
				User  struct{ Email, Role string }
			}
		}
		body := `{"query":"mutation { login(email: \"ADMIN@demo.test\", password: \"` + testPassword + `\") { token user { email role } } }"}`
		resp, err := http.Post(s.URL+"/graphql", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var cookie *http.Cookie
		for _, c := range resp.Cookies() {
			if c.Name == auth.CookieName {
				cookie = c
			}
		}
		resp.Body.Close()
		if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode {
			t.Fatalf("session cookie = %+v", cookie)
		}
		s.gql(t, loginQ, map[string]any{"e": testAdmin, "p": testPassword}).mustData(t, &out)
		if out.Login.User.Role != "ADMIN" || out.Login.Token == "" {
			t.Fatalf("login = %+v", out.Login)
		}
		withCookie := func(csrf bool) reqOpt {
			return func(r *http.Request) {
				r.AddCookie(cookie)
				if csrf {
					r.Header.Set(auth.CSRFHeader, "1")
				}
			}
		}
		var me struct{ Me struct{ Email string } }
		s.gql(t, `{ me { email } }`, nil, withCookie(true)).mustData(t, &me)
		if me.Me.Email != testAdmin {
			t.Fatalf("me = %+v", me)
		}
		// A cookie without the CSRF header is refused: a cross-site form cannot add it.
		s.gql(t, `{ me { email } }`, nil, withCookie(false)).mustFail(t, "FORBIDDEN", "")
		// Bearer tokens need no CSRF header.
		var list struct{ Interventions struct{ TotalCount int } }
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(out.Login.Token)).mustData(t, &list)
		var lo struct{ Logout bool }
		s.gql(t, `mutation { logout }`, nil, bearer(out.Login.Token)).mustData(t, &lo)
		if !lo.Logout {
			t.Fatal("logout returned false")
		}
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(out.Login.Token)).mustFail(t, "UNAUTHENTICATED", "")
		var me2 struct{ Me *struct{ Email string } }
		s.gql(t, `{ me { email } }`, nil, bearer(out.Login.Token)).mustData(t, &me2)
		if me2.Me != nil {
			t.Fatal("me after logout is not null")
		}
	})
}

func TestHealthz_AndReadyzFollowTheDatabase(t *testing.T) {
	// MariaDB behind a TCP proxy the test can cut, so the database really becomes unreachable.
	testutil.RequireMySQL(t)
	dbURL := testutil.NewMySQLURL(t)
	proxy := newTCPProxy(t, strings.Split(testutil.MySQLServer(), "@")[1])
	proxied := strings.Replace(dbURL, strings.Split(testutil.MySQLServer(), "@")[1], proxy.addr(), 1)
	s := startTestServer(t, proxied, nil)
	get := func(path string) int {
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	if get("/healthz") != 200 || get("/readyz") != 200 {
		t.Fatal("not ready at start")
	}
	proxy.cut()
	s.db.SQL.SetMaxIdleConns(0) // drop pooled connections so the next ping dials
	if code := get("/readyz"); code != http.StatusServiceUnavailable {
		t.Fatalf("readyz with the database down = %d", code)
	}
	if get("/healthz") != 200 {
		t.Fatal("healthz should not depend on the database")
	}
	proxy.restore()
	s.db.SQL.SetMaxIdleConns(2)
	deadline := time.Now().Add(10 * time.Second)
	for get("/readyz") != 200 {
		if time.Now().After(deadline) {
			t.Fatal("readyz did not recover")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// tcpProxy forwards connections to target until cut.
type tcpProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	down   bool
	conns  []net.Conn
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &tcpProxy{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); p.cut() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.mu.Lock()
			if p.down {
				p.mu.Unlock()
				c.Close()
				continue
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				p.mu.Unlock()
				c.Close()
				continue
			}
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
	return p
}

func (p *tcpProxy) addr() string { return p.ln.Addr().String() }

func (p *tcpProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = true
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *tcpProxy) restore() {
	p.mu.Lock()
	p.down = false
	p.mu.Unlock()
}

func TestDemoInterventions_SpreadOverThePast90Days(t *testing.T) {
	s := newTestServer(t, "sqlite", map[string]string{"DEMO_INTERVENTIONS": "10000"})
	c := s.db.Client
	if n := count(t, c.Intervention.Query()); n != 10000 {
		t.Fatalf("interventions = %d", n)
	}
	now := time.Now()
	if n := count(t, c.Intervention.Query().Where(intervention.CreatedAtGT(now.Add(time.Minute)))); n != 0 {
		t.Errorf("%d sample interventions are in the future", n)
	}
	if n := count(t, c.Intervention.Query().Where(intervention.CreatedAtLT(now.Add(-91*24*time.Hour)))); n != 0 {
		t.Errorf("%d sample interventions are older than 90 days", n)
	}
	if err := s.app.seed(context.Background()); err != nil { // a restart adds none
		t.Fatal(err)
	}
	if n := count(t, c.Intervention.Query()); n != 10000 {
		t.Fatalf("interventions after restart = %d", n)
	}
}
