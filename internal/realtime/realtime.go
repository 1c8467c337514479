// Package realtime serves GraphQL over websockets (graphql-transport-ws) only as long as the caller's
// credential holds: authenticated at connection_init, re-checked at every operation, and closed on every
// instance when its session or API key is revoked or its rights change (events.AccessChanged).
package realtime

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/events"
)

// Close codes of a socket whose credential changed, from graphql-transport-ws's 4xxx range (the graphql-ws
// client gives up after 4401, so the app signs in again instead of reconnecting in a loop, and retries after
// 4403, getting the new rights).
const (
	// CloseUnauthenticated: the session or key is gone (logout, expiry, password change, disabled user or
	// organization, revoked key, deleted user). Sign in again.
	CloseUnauthenticated = 4401
	// CloseForbidden: the credential is still valid but its rights changed (a role change). Reconnect to
	// get the new rights.
	CloseForbidden = 4403
	// CloseTryAgainLater (RFC 6455's 1013): the client fell FeedQueue events behind, or a write to it
	// stalled for WriteTimeout. The graphql-ws client reconnects (and the app reloads what it shows).
	CloseTryAgainLater = 1013
)

// WriteTimeout bounds one write to a socket: a peer that stopped reading does not hold the connection's
// goroutines and buffers forever.
const WriteTimeout = 10 * time.Second

// Config wires a Server.
type Config struct {
	Auth   *auth.Service
	Events events.Broker
	Log    *slog.Logger
	// Websocket is the gqlgen transport to run for the legacy graphql-ws protocol; its InitFunc and
	// Implementation are this package's. graphql-transport-ws is served with the accept options of its
	// Implementation (a transport.CoderWebsocketImplementation; any other runs gqlgen's for both).
	Websocket transport.Websocket
	// RecheckEvery bounds how long a subscription keeps delivering on a credential checked that long ago,
	// should a revocation event be lost (Redis down). Operations are always checked. Default 10s.
	RecheckEvery time.Duration
}

// Server is a graphql.Transport: graphql-transport-ws (transportws.go) and, for the legacy graphql-ws,
// gqlgen's websocket transport; their connections kept in step with their credentials.
type Server struct {
	c    Config
	impl transport.WebsocketImplementation
	sem  chan struct{} // bounds concurrent re-checks after an organization-wide event

	mu   sync.Mutex
	orgs map[int]*orgWatch // this instance's authenticated sockets by organization (0: the platform's)

	// Every open socket, to close them when the HTTP server shuts down (their handlers have returned:
	// http.Server.Shutdown does not see hijacked connections).
	liveMu   sync.Mutex
	live     map[*conn]struct{}
	servers  map[*http.Server]bool // those whose shutdown closes the sockets
	shutdown bool
}

// orgWatch is the subscription to an organization's events while this instance holds sockets of it.
type orgWatch struct {
	conns map[*conn]struct{}
	ready chan struct{} // closed once the broker confirmed the subscription
	stop  context.CancelFunc
}

var _ graphql.Transport = (*Server)(nil)

// New returns the transport.
func New(c Config) *Server {
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.RecheckEvery == 0 {
		c.RecheckEvery = 10 * time.Second
	}
	impl := c.Websocket.Implementation
	if impl == nil {
		impl = transport.CoderWebsocketImplementation{}
	}
	return &Server{c: c, impl: impl, sem: make(chan struct{}, 8), orgs: map[int]*orgWatch{}, live: map[*conn]struct{}{},
		servers: map[*http.Server]bool{}}
}

// Supports reports websocket upgrades.
func (s *Server) Supports(r *http.Request) bool { return s.c.Websocket.Supports(r) }

// Do accepts one websocket connection and serves it on a goroutine of its own, returning as soon as the
// connection is hijacked: the HTTP handler's goroutine (its stack grown deep by the middleware, the upgrade
// and the authentication) and net/http's per-request state go, and the socket is read by a goroutine whose
// stack is only as deep as a read loop: this package's for graphql-transport-ws (serveTransportWS), gqlgen's
// for the legacy graphql-ws. The connection's context keeps the request's values without its cancellation
// (net/http cancels it when the handler returns, hijacked or not) nor the response (auth.ForgetResponse); the
// HTTP server's Shutdown closes the sockets instead (RegisterOnShutdown), as the cancellation of its base
// context did.
func (s *Server) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(r.Context()))
	c := &conn{s: s, cancel: cancel}
	if !s.open(r, c) {
		cancel()
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	if o, ok := s.acceptOptions(r); ok {
		ws, err := websocket.Accept(smallBuffers{w}, r, &o) // answers a refused upgrade itself
		if err != nil {
			c.release()
			return
		}
		auth.ForgetResponse(ctx) // hijacked: no operation of the socket writes to it
		go s.serveTransportWS(ctx, c, ws, r.Header, executor{GraphExecutor: exec, c: c})
		return
	}
	ws := s.c.Websocket
	ws.InitFunc = c.init
	accepted := make(chan struct{})
	ws.Implementation = implementation{inner: s.impl, c: c, accepted: accepted}
	done := make(chan struct{})
	r = r.WithContext(ctx)
	go func() {
		defer close(done)
		defer c.release()
		ws.Do(w, r, executor{GraphExecutor: exec, c: c})
	}()
	select {
	case <-accepted: // the socket is the goroutine's
	case <-done: // refused before the upgrade: gqlgen answered through w
	}
}

// open registers a socket about to be accepted, and the shutdown of its HTTP server; false once shutting down.
func (s *Server) open(r *http.Request, c *conn) bool {
	s.liveMu.Lock()
	defer s.liveMu.Unlock()
	if s.shutdown {
		return false
	}
	if hs, ok := r.Context().Value(http.ServerContextKey).(*http.Server); ok && !s.servers[hs] {
		s.servers[hs] = true
		hs.RegisterOnShutdown(s.closeAll)
	}
	s.live[c] = struct{}{}
	return true
}

// closeAll ends every socket (gqlgen closes each with 1000): the server is shutting down.
func (s *Server) closeAll() {
	s.liveMu.Lock()
	s.shutdown = true
	live := make([]*conn, 0, len(s.live))
	for c := range s.live {
		live = append(live, c)
	}
	s.liveMu.Unlock()
	for _, c := range live {
		c.mu.Lock()
		cancel := c.cancel
		c.mu.Unlock()
		cancel()
	}
}

// conn is one websocket connection and the credential it was opened with.
type conn struct {
	s     *Server
	token string
	v     *viewer.Viewer // nil: anonymous, nothing to keep in step

	mu      sync.Mutex
	cancel  context.CancelFunc // ends the connection (gqlgen closes it when its context ends)
	expiry  *time.Timer
	checked time.Time // last successful check
	code    int       // once revoked: the close code
	reason  string
	gone    bool      // released
	ws      io.Closer // the accepted socket, closed at once when too slow

	writeTimer *time.Timer // closes the socket when a write takes longer than WriteTimeout (set at Accept)
}

// connKey carries the connection in the contexts of its operations, for the Feed.
type connKey struct{}

// tooSlow closes a connection that fell behind: with CloseTryAgainLater, at once, even if a write to it is
// blocked.
func (c *conn) tooSlow() {
	c.revoke(CloseTryAgainLater, "too slow: reconnect")
	c.mu.Lock()
	ws := c.ws
	c.mu.Unlock()
	if ws != nil {
		_ = ws.Close()
	}
}

// init authenticates connection_init: a bearer token in the payload, or else the credential of the upgrade
// request (session cookie or Authorization header, resolved by auth.Middleware).
func (c *conn) init(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	if h := payload.Authorization(); strings.HasPrefix(h, "Bearer ") {
		c.token = strings.TrimSpace(strings.TrimPrefix(h, "Bearer "))
	} else if ri := auth.RequestInfoFrom(ctx); ri != nil && viewer.FromContext(ctx) != nil {
		c.token = ri.Token
	}
	if c.token == "" {
		return ctx, nil, nil
	}
	v, expires, err := c.authenticate(ctx)
	if err != nil {
		if !errors.Is(err, auth.ErrNoSession) {
			c.s.c.Log.WarnContext(ctx, "websocket authentication", "err", err)
		}
		return transport.WithWebsocketCloseCode(ctx, CloseUnauthenticated), nil, errors.New("invalid token")
	}
	c.mu.Lock()
	c.v, c.checked = v, time.Now()
	if !expires.IsZero() {
		c.expiry = time.AfterFunc(time.Until(expires), c.recheck)
	}
	c.mu.Unlock()
	// Acknowledged only once revocations reach this socket: from connection_ack on, none is missed.
	select {
	case <-c.s.add(c):
	case <-ctx.Done():
		return ctx, nil, ctx.Err()
	}
	return context.WithValue(viewer.NewContext(ctx, v), connKey{}, c), nil, nil
}

// authenticate checks the connection's credential on a goroutine of its own: the statements' deep stack
// grows that goroutine's, not the one that reads the socket for as long as it stays open.
func (c *conn) authenticate(ctx context.Context) (*viewer.Viewer, time.Time, error) {
	type result struct {
		v       *viewer.Viewer
		expires time.Time
		err     error
	}
	out := make(chan result, 1)
	go func() {
		v, expires, err := c.s.c.Auth.Check(ctx, c.token)
		out <- result{v, expires, err}
	}()
	r := <-out
	return r.v, r.expires, r.err
}

// release forgets the connection once gqlgen is done with it.
func (c *conn) release() {
	c.mu.Lock()
	c.gone = true
	if c.expiry != nil {
		c.expiry.Stop()
	}
	cancel, registered := c.cancel, c.v != nil
	c.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	if registered {
		c.s.remove(c)
	}
	c.s.liveMu.Lock()
	delete(c.s.live, c)
	c.s.liveMu.Unlock()
}

// revoke closes the connection with code; the first reason wins.
func (c *conn) revoke(code int, reason string) {
	c.mark(code, reason)
	c.closeNow()
}

// mark records that the connection is to close with code (the first reason wins) without closing it yet:
// operations are refused from then on.
func (c *conn) mark(code int, reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.code == 0 {
		c.code, c.reason = code, reason
	}
}

// closeNow closes a connection that was marked (gqlgen closes it when its context ends).
func (c *conn) closeNow() {
	c.mu.Lock()
	cancel, marked := c.cancel, c.code != 0
	c.mu.Unlock()
	if marked && cancel != nil {
		cancel()
	}
}

func (c *conn) closeCode() (int, string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.code, c.reason
}

// check authorises the connection against the current state of its credential. A credential gone closes the
// socket with 4401, one whose rights changed with 4403; a failure to check refuses without closing.
func (c *conn) check(ctx context.Context) error {
	err := c.checkOnly(ctx)
	c.closeNow()
	return err
}

// checkOnly is check leaving a revoked connection open (marked) for its caller to close.
func (c *conn) checkOnly(ctx context.Context) error {
	if code, _ := c.closeCode(); code != 0 {
		return refusal(code)
	}
	v, _, err := c.s.c.Auth.Check(ctx, c.token)
	return c.settle(ctx, v, err)
}

// settle applies the outcome of a check of the connection's credential, marking a revoked connection.
func (c *conn) settle(ctx context.Context, v *viewer.Viewer, err error) error {
	switch {
	case errors.Is(err, auth.ErrNoSession):
		c.mark(CloseUnauthenticated, "session revoked: sign in again")
		return refusal(CloseUnauthenticated)
	case err != nil:
		c.s.c.Log.WarnContext(ctx, "websocket re-authentication", "err", err)
		return apperr.New(apperr.Internal, "could not check your session: try again")
	case !sameRights(v, c.v):
		c.mark(CloseForbidden, "your access changed: reconnect")
		return refusal(CloseForbidden)
	}
	c.mu.Lock()
	c.checked = time.Now()
	c.mu.Unlock()
	return nil
}

// checkStale is check unless the last one is recent (subscription deliveries).
func (c *conn) checkStale(ctx context.Context) error {
	c.mu.Lock()
	fresh := c.code == 0 && time.Since(c.checked) < c.s.c.RecheckEvery
	c.mu.Unlock()
	if fresh {
		return nil
	}
	return c.check(ctx)
}

// recheck is check on the server's own initiative (an event, the session's expiry).
func (c *conn) recheck() {
	c.s.sem <- struct{}{}
	defer func() { <-c.s.sem }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = c.check(ctx)
}

// names reports whether an AccessChanged event concerns the connection's credential.
func (c *conn) names(e events.Event) bool {
	return (e.UserID == 0 || e.UserID == c.v.UserID) && (e.SessionID == 0 || e.SessionID == c.v.SessionID) &&
		(e.APIKeyID == 0 || e.APIKeyID == c.v.APIKeyID)
}

func sameRights(a, b *viewer.Viewer) bool {
	return a.UserID == b.UserID && a.OrgID == b.OrgID && a.Role == b.Role && a.APIKeyID == b.APIKeyID &&
		a.SessionID == b.SessionID && slices.Equal(a.Scopes, b.Scopes)
}

func refusal(code int) error {
	if code == CloseForbidden {
		return apperr.New(apperr.Forbidden, "your access changed: reconnect")
	}
	return apperr.New(apperr.Unauthenticated, "your session ended: sign in again")
}

// add registers an authenticated connection; the channel is closed once its organization's events reach it.
func (s *Server) add(c *conn) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.orgs[c.v.OrgID]
	if w == nil {
		ctx, stop := context.WithCancel(context.Background())
		w = &orgWatch{conns: map[*conn]struct{}{}, ready: make(chan struct{}), stop: stop}
		s.orgs[c.v.OrgID] = w
		go s.watch(ctx, c.v.OrgID, w)
	}
	w.conns[c] = struct{}{}
	return w.ready
}

func (s *Server) remove(c *conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.orgs[c.v.OrgID]
	if w == nil {
		return
	}
	delete(w.conns, c)
	if len(w.conns) == 0 {
		w.stop()
		delete(s.orgs, c.v.OrgID)
	}
}

// watch re-checks the organization's sockets an AccessChanged event names, until ctx ends.
func (s *Server) watch(ctx context.Context, org int, w *orgWatch) {
	in := s.c.Events.Subscribe(ctx, org)
	close(w.ready)
	sweep := time.NewTicker(s.c.RecheckEvery / 4)
	defer sweep.Stop()
	for {
		select {
		case e, ok := <-in:
			if !ok {
				return
			}
			if e.Kind != events.AccessChanged {
				continue
			}
			s.mu.Lock()
			var named []*conn
			for c := range w.conns {
				if c.names(e) {
					named = append(named, c)
				}
			}
			s.mu.Unlock()
			for _, c := range named {
				go c.recheck()
			}
		case <-sweep.C:
			s.sweep(ctx, w)
		}
	}
}

// sweepBatch is how many credentials one CheckMany re-checks.
const sweepBatch = 500

// sweep re-checks together the organization's sockets last checked half RecheckEvery ago or more, a few
// statements per batch, so that deliveries find their credential fresh instead of each checking its own
// (statements per socket per event). It runs every quarter of RecheckEvery: a credential is at most about
// three quarters of it old, with room for a sweep that takes a while.
func (s *Server) sweep(ctx context.Context, w *orgWatch) {
	half := s.c.RecheckEvery / 2
	var due []*conn
	s.mu.Lock()
	for c := range w.conns {
		c.mu.Lock()
		if c.code == 0 && !c.gone && time.Since(c.checked) >= half {
			due = append(due, c)
		}
		c.mu.Unlock()
	}
	s.mu.Unlock()
	for len(due) > 0 {
		batch := due[:min(sweepBatch, len(due))]
		due = due[len(batch):]
		tokens := make([]string, len(batch))
		for i, c := range batch {
			tokens[i] = c.token
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		checked := s.c.Auth.CheckMany(cctx, tokens)
		cancel()
		for _, c := range batch {
			r := checked[c.token]
			_ = c.settle(ctx, r.Viewer, r.Err)
			c.closeNow()
		}
	}
}

// executor checks the connection's credential before every operation and, for subscriptions, before every
// delivery.
type executor struct {
	graphql.GraphExecutor
	c *conn
}

func (e executor) DispatchOperation(ctx context.Context, rc *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	if e.c.v == nil {
		return e.GraphExecutor.DispatchOperation(ctx, rc)
	}
	if err := e.c.checkOnly(ctx); err != nil {
		// The refusal is written before a revoked socket closes: the client learns why.
		answered := false
		return func(context.Context) *graphql.Response {
			if !answered {
				answered = true
				return errorResponse(err)
			}
			e.c.closeNow()
			return nil
		}, ctx
	}
	if rc.Operation == nil || rc.Operation.Operation != ast.Subscription {
		return e.GraphExecutor.DispatchOperation(ctx, rc)
	}
	p, ok := ctx.Value(pullKey{}).(*puller) // a graphql-transport-ws socket's, to be woken for deliveries
	if !ok {
		p = &puller{}
		ctx = context.WithValue(ctx, pullKey{}, p)
	}
	next, ctx := e.GraphExecutor.DispatchOperation(ctx, rc)
	if p.sub != nil {
		// A Feed subscription: the socket pulls its deliveries and shares their rendering with the sockets of
		// its audience that run the same operation.
		key := operationKey(rc)
		p.next, p.key = next, key
		return func(ctx context.Context) *graphql.Response {
			var d *delivery
			select {
			case d = <-p.sub.queue:
				if d == nil {
					return nil // fell behind: the socket is closing
				}
			case <-ctx.Done():
				return nil
			}
			if e.c.checkStale(ctx) != nil {
				return nil // the socket is closing
			}
			return d.render(ctx, key, func() *graphql.Response {
				p.sub.hand(d)
				return next(ctx)
			})
		}, ctx
	}
	return func(ctx context.Context) *graphql.Response {
		resp := next(ctx)
		if resp == nil || e.c.checkStale(ctx) != nil {
			return nil // the socket is closing
		}
		return resp
	}, ctx
}

// operationKey identifies what an operation renders: its text, name and variables.
func operationKey(rc *graphql.OperationContext) string {
	vars, _ := json.Marshal(rc.Variables) // maps marshal in key order
	return rc.RawQuery + "\x00" + rc.OperationName + "\x00" + string(vars)
}

func errorResponse(err error) *graphql.Response {
	code := apperr.Internal
	if ae, ok := apperr.As(err); ok {
		code = ae.Code
	}
	return &graphql.Response{Errors: gqlerror.List{{Message: err.Error(), Extensions: map[string]any{"code": string(code)}}}}
}

// implementation closes a revoked connection with its code: gqlgen closes every connection whose context
// ended with 1000.
type implementation struct {
	inner    transport.WebsocketImplementation
	c        *conn
	accepted chan<- struct{} // closed once the socket is accepted (the HTTP handler may return)
}

func (i implementation) Accept(w http.ResponseWriter, r *http.Request, o transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	ws, err := i.inner.Accept(smallBuffers{w}, r, o)
	if err != nil {
		return nil, err
	}
	auth.ForgetResponse(r.Context()) // hijacked: no operation of the socket writes to it
	close(i.accepted)
	i.c.writeTimer = time.AfterFunc(WriteTimeout, i.c.tooSlow)
	i.c.writeTimer.Stop()
	i.c.mu.Lock()
	i.c.ws = ws
	i.c.mu.Unlock()
	return closeWithCode{WebsocketConn: ws, c: i.c}, nil
}

// Buffer sizes of an accepted socket, smaller than net/http's 4 KB each: they are held for as long as the
// socket stays open, thousands of them. A client's messages (subscribe, ping) are small; a larger one is read
// through the buffer in pieces. A delivery up to writeBuffer bytes is one write to the network, a larger one
// two.
const (
	readBuffer  = 1 << 10
	writeBuffer = 2 << 10
)

// smallBuffers hijacks the connection with buffers of readBuffer and writeBuffer bytes: net/http's own are
// released with the request.
type smallBuffers struct{ http.ResponseWriter }

func (s smallBuffers) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	nc, brw, err := http.NewResponseController(s.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	if err := brw.Writer.Flush(); err != nil { // nothing is left in it (net/http flushed the 101), but would go first
		_ = nc.Close()
		return nil, nil, err
	}
	// What the client sent after its upgrade request stays buffered, where the websocket library looks for it.
	n := brw.Reader.Buffered()
	b, _ := brw.Reader.Peek(n)
	br := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(bytes.Clone(b)), nc), max(readBuffer, n))
	if _, err := br.Peek(n); err != nil {
		_ = nc.Close()
		return nil, nil, err
	}
	return nc, bufio.NewReadWriter(br, bufio.NewWriterSize(nc, writeBuffer)), nil
}

func (s smallBuffers) Unwrap() http.ResponseWriter { return s.ResponseWriter }

type closeWithCode struct {
	transport.WebsocketConn
	c *conn
}

func (w closeWithCode) WriteClose(code int, reason string) error {
	if revoked, why := w.c.closeCode(); revoked != 0 {
		code, reason = revoked, why
	}
	return w.WebsocketConn.WriteClose(code, reason)
}

// WriteJSON writes v, closing the socket if the write takes longer than WriteTimeout. gqlgen writes one
// message at a time (under its connection's lock): one timer per socket serves them all.
func (w closeWithCode) WriteJSON(v any) error {
	w.c.writeTimer.Reset(WriteTimeout)
	defer w.c.writeTimer.Stop()
	return w.WebsocketConn.WriteJSON(v)
}

// The optional interfaces of the wrapped connection (read limit, read deadline for ping/pong) stay visible.
func (w closeWithCode) SetReadLimit(limit int64) {
	if l, ok := w.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(limit)
	}
}

func (w closeWithCode) SetReadDeadline(t time.Time) error {
	if d, ok := w.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}
