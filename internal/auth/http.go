package auth

import (
	"context"
	"crypto/subtle"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/realclientip/realclientip-go"

	"github.com/panicbutton/panicbutton/ent/viewer"
)

// CookieName is the session cookie.
const CookieName = "pb_session"

// CSRFHeader must accompany every cookie-authenticated POST: a cross-site form cannot set it, and a
// cross-site script cannot send it without passing the CORS preflight.
const CSRFHeader = "X-CSRF-Protection"

type requestInfoKey struct{}

// RequestInfo is what resolvers need of the HTTP exchange: the caller's address, its token, and a way to
// set or clear the session cookie.
type RequestInfo struct {
	IP        string
	UserAgent string
	Token     string
	secure    bool
	w         http.ResponseWriter
}

// SetSessionCookie sets the session cookie on the response.
func (ri *RequestInfo) SetSessionCookie(token string, ttl time.Duration) {
	if ri == nil || ri.w == nil {
		return
	}
	http.SetCookie(ri.w, &http.Cookie{Name: CookieName, Value: token, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: ri.secure, MaxAge: int(ttl.Seconds())})
}

// Header is the response's header map (nil for a caller that did not come over HTTP, e.g. a websocket's
// later operations).
func (ri *RequestInfo) Header() http.Header {
	if ri == nil || ri.w == nil {
		return nil
	}
	return ri.w.Header()
}

// ClearSessionCookie removes the session cookie.
func (ri *RequestInfo) ClearSessionCookie() {
	if ri == nil || ri.w == nil {
		return
	}
	http.SetCookie(ri.w, &http.Cookie{Name: CookieName, Value: "", Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: ri.secure, MaxAge: -1})
}

// RequestInfoFrom returns the request information stored by Middleware.
func RequestInfoFrom(ctx context.Context) *RequestInfo {
	ri, _ := ctx.Value(requestInfoKey{}).(*RequestInfo)
	return ri
}

// ForgetResponse detaches ctx's request information from the HTTP response, once the handler no longer
// writes to it: a hijacked websocket's connection, whose later operations have no response to set cookies on,
// and whose context must not keep the response (and with it net/http's buffers of the connection) alive for as
// long as the socket stays open.
func ForgetResponse(ctx context.Context) {
	if ri := RequestInfoFrom(ctx); ri != nil {
		ri.w = nil
	}
}

// Middleware authenticates the request (session cookie or Authorization: Bearer), rejects cookie-authenticated
// POSTs without the CSRF header, and stores the viewer and request information in the context.
func (s *Service) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ri := &RequestInfo{IP: s.ClientIP.Of(r), UserAgent: r.UserAgent(), w: w,
			secure: s.SecureCookies || r.TLS != nil || s.ClientIP.ForwardedHTTPS(r)}
		fromCookie := false
		if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
			ri.Token = strings.TrimSpace(strings.TrimPrefix(h, "Bearer "))
		} else if c, err := r.Cookie(CookieName); err == nil {
			ri.Token, fromCookie = c.Value, true
		}
		if fromCookie && r.Method == http.MethodPost && r.Header.Get(CSRFHeader) == "" {
			http.Error(w, `{"errors":[{"message":"missing `+CSRFHeader+` header","extensions":{"code":"FORBIDDEN"}}]}`,
				http.StatusForbidden)
			return
		}
		ctx := context.WithValue(r.Context(), requestInfoKey{}, ri)
		if ri.Token != "" {
			if v, err := s.Authenticate(ctx, ri.Token); err == nil {
				ctx = viewer.NewContext(ctx, v)
			}
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// ClientIP resolves a request's client address. X-Forwarded-For is believed only when the peer itself is
// a trusted proxy; then the rightmost address that is not a trusted proxy is the client.
type ClientIP struct {
	trusted []net.IPNet
	header  realclientip.RightmostTrustedRangeStrategy
}

// NewClientIP parses trusted proxy addresses or CIDR ranges (TRUSTED_PROXIES).
func NewClientIP(trustedProxies []string) (*ClientIP, error) {
	nets, err := realclientip.AddressesAndRangesToIPNets(trustedProxies...)
	if err != nil {
		return nil, err
	}
	strat, err := realclientip.NewRightmostTrustedRangeStrategy("X-Forwarded-For", nets)
	if err != nil {
		return nil, err
	}
	return &ClientIP{trusted: nets, header: strat}, nil
}

// Of returns the client address of r.
func (c *ClientIP) Of(r *http.Request) string {
	peer := realclientip.RemoteAddrStrategy{}.ClientIP(r.Header, r.RemoteAddr)
	if c == nil || len(c.trusted) == 0 || peer == "" {
		return peer
	}
	ip := net.ParseIP(peer)
	for _, n := range c.trusted {
		if n.Contains(ip) {
			if fwd := c.header.ClientIP(r.Header, r.RemoteAddr); fwd != "" {
				return fwd
			}
			break
		}
	}
	return peer
}

// ForwardedHTTPS reports whether a trusted proxy says the client reached it over HTTPS (X-Forwarded-Proto;
// with several proxies, the value the nearest one appended). The header of any other peer is not believed.
func (c *ClientIP) ForwardedHTTPS(r *http.Request) bool {
	if c == nil || len(c.trusted) == 0 {
		return false
	}
	ip := net.ParseIP(realclientip.RemoteAddrStrategy{}.ClientIP(r.Header, r.RemoteAddr))
	if ip == nil {
		return false
	}
	for _, n := range c.trusted {
		if n.Contains(ip) {
			protos := r.Header.Values("X-Forwarded-Proto")
			if len(protos) == 0 {
				return false
			}
			last := protos[len(protos)-1]
			if i := strings.LastIndex(last, ","); i >= 0 {
				last = last[i+1:]
			}
			return strings.EqualFold(strings.TrimSpace(last), "https")
		}
	}
	return false
}

// RequireBearer serves h only to requests with "Authorization: Bearer token" (compared in constant time),
// answering 401 to the others; with an empty token nothing is served (404). It guards operator endpoints
// such as /metrics (METRICS_TOKEN), which are no tenant's business.
func RequireBearer(token string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if token == "" {
			http.NotFound(w, r)
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="metrics"`)
			http.Error(w, "unauthorized\n", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}
