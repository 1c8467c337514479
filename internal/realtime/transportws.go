package realtime

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// graphql-transport-ws (the protocol of the graphql-ws client, github.com/enisdenjo/graphql-ws),
// served with one goroutine per socket: the one reading it. gqlgen's transport runs three per socket with a
// subscription (its read loop, one waiting for the connection's end, one per subscription parked on the
// subscription's channel), each with a stack of 8 to 32 KB, for thousands of sockets that mostly wait. Here
// an operation still goes through gqlgen's executor (CreateOperationContext, DispatchOperation: the same
// schema, limits, directives, extensions and privacy rules), on a goroutine of its own while it runs; but a
// Feed subscription holds no goroutine: each delivery the Feed queues wakes it, and a pooled worker renders
// it with the subscription's own response handler and writes it. Other protocols (the legacy graphql-ws)
// keep gqlgen's transport.

const (
	subprotocolTransportWS = "graphql-transport-ws"

	// Close codes of the protocol.
	closeBadRequest        = 4400 // an invalid message
	closeInitTimeout       = 4408 // no connection_init within initTimeout
	closeSubscriberExists  = 4409 // a subscribe reusing the id of a running operation
	closeTooManyInitRequts = 4429 // a second connection_init

	// initTimeout is how long a socket may stay open without a connection_init.
	initTimeout = 10 * time.Second
	// readLimit is the largest message read from a client (gqlgen's default).
	readLimit = 1 << 20
	// maxWorkers bounds the goroutines rendering and writing deliveries at once. A write stalled on a peer
	// that stopped reading holds one for at most WriteTimeout.
	maxWorkers = 64
)

// acceptOptions returns the websocket options to serve r with this package's graphql-transport-ws, if r
// offers it and not the legacy graphql-ws (gqlgen prefers the latter, and keeps serving it).
func (s *Server) acceptOptions(r *http.Request) (websocket.AcceptOptions, bool) {
	impl, ok := s.impl.(transport.CoderWebsocketImplementation)
	if !ok {
		return websocket.AcceptOptions{}, false
	}
	offered := false
	for _, h := range r.Header.Values("Sec-WebSocket-Protocol") {
		for _, p := range strings.Split(h, ",") {
			switch strings.ToLower(strings.TrimSpace(p)) {
			case subprotocolTransportWS:
				offered = true
			case "graphql-ws":
				return websocket.AcceptOptions{}, false
			}
		}
	}
	o := impl.AcceptOptions
	o.Subprotocols = []string{subprotocolTransportWS}
	return o, offered
}

// socket is a graphql-transport-ws connection.
type socket struct {
	c       *conn
	ws      *websocket.Conn
	exec    graphql.GraphExecutor
	headers http.Header
	base    context.Context // the connection's context until connection_init, then the authenticated one's
	initMsg *time.Timer

	mu     sync.Mutex
	state  int // 0: awaiting connection_init, 1: authenticating, 2: acknowledged
	ops    map[string]*operation
	closed bool

	wmu     sync.Mutex // one write at a time (and the write timer's)
	writing atomic.Bool
}

// serveTransportWS serves an accepted socket on the calling goroutine until it closes.
func (s *Server) serveTransportWS(ctx context.Context, c *conn, ws *websocket.Conn, headers http.Header, exec graphql.GraphExecutor) {
	defer c.release()
	ws.SetReadLimit(readLimit)
	k := &socket{c: c, ws: ws, exec: exec, headers: headers, base: ctx, ops: map[string]*operation{}}
	c.writeTimer = time.AfterFunc(WriteTimeout, c.tooSlow)
	c.writeTimer.Stop()
	c.mu.Lock()
	c.ws = k
	c.mu.Unlock()
	// The connection's end (revocation, shutdown, too slow) closes the socket, with its code.
	stop := context.AfterFunc(ctx, func() { k.close(websocket.StatusNormalClosure, "terminated") })
	defer stop()
	k.initMsg = time.AfterFunc(initTimeout, func() {
		k.mu.Lock()
		waiting := k.state == 0
		k.mu.Unlock()
		if waiting {
			k.close(closeInitTimeout, "Connection initialisation timeout")
		}
	})
	defer k.initMsg.Stop()
	for {
		_, b, err := ws.Read(context.Background())
		if err != nil {
			k.close(websocket.StatusNormalClosure, "terminated")
			return
		}
		var m struct {
			ID      string          `json:"id"`
			Type    string          `json:"type"`
			Payload json.RawMessage `json:"payload"`
		}
		if err := json.Unmarshal(b, &m); err != nil {
			k.close(closeBadRequest, "Invalid message received")
			return
		}
		switch m.Type {
		case "connection_init":
			if !k.init(m.Payload) {
				return
			}
		case "ping":
			k.send(message{Type: "pong", Payload: m.Payload})
		case "pong":
		case "subscribe":
			if !k.subscribe(m.ID, m.Payload) {
				return
			}
		case "complete":
			k.mu.Lock()
			op := k.ops[m.ID]
			k.mu.Unlock()
			if op != nil {
				op.cancel() // its end completes it
			}
		default:
			k.close(closeBadRequest, "Invalid message received")
			return
		}
	}
}

// message is a protocol message.
type message struct {
	Payload json.RawMessage `json:"payload,omitempty"`
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
}

// init authenticates the connection (conn.init: the statements run on a goroutine of their own, their deep
// stack not kept by the socket's) and acknowledges it; false once the socket is closing. The socket is not
// read meanwhile, as with gqlgen's transport: an operation sent right after connection_init runs once it is
// acknowledged.
func (k *socket) init(payload json.RawMessage) bool {
	k.mu.Lock()
	state := k.state
	if state == 0 {
		k.state = 1
	}
	k.mu.Unlock()
	if state != 0 {
		k.close(closeTooManyInitRequts, "Too many initialisation requests")
		return false
	}
	var p transport.InitPayload
	if len(payload) > 0 && !bytes.Equal(payload, []byte("null")) {
		if err := json.Unmarshal(payload, &p); err != nil {
			k.close(closeBadRequest, "Invalid message received")
			return false
		}
	}
	ctx, _, err := k.c.init(k.base, p)
	if err != nil {
		k.close(CloseUnauthenticated, "invalid token")
		return false
	}
	k.mu.Lock()
	k.base, k.state = ctx, 2
	k.mu.Unlock()
	k.send(message{Type: "connection_ack"})
	return true
}

// subscribe starts operation id; false once the socket is closing.
func (k *socket) subscribe(id string, payload json.RawMessage) bool {
	start := graphql.Now()
	k.mu.Lock()
	acked, exists, base := k.state == 2, k.ops[id] != nil, k.base
	var op *operation
	if acked && !exists && id != "" {
		op = &operation{k: k, id: id}
		op.ctx, op.cancel = context.WithCancel(base)
		k.ops[id] = op
	}
	k.mu.Unlock()
	switch {
	case !acked:
		k.close(CloseUnauthenticated, "Unauthorized")
		return false
	case id == "":
		k.close(closeBadRequest, "Invalid message received")
		return false
	case exists:
		k.close(closeSubscriberExists, "Subscriber for "+id+" already exists")
		return false
	}
	go op.run(start, payload)
	return true
}

// operation is one running operation of a socket.
type operation struct {
	k      *socket
	id     string
	ctx    context.Context
	cancel context.CancelFunc
	push   *puller // a Feed subscription: rendered by workers as its deliveries come
	once   sync.Once

	mu                      sync.Mutex
	ready, scheduled, ended bool
}

// run dispatches the operation through gqlgen's executor (as gqlgen's transport does). A Feed subscription
// returns at once, woken for each delivery from then on; any other operation writes its responses until
// it ends.
func (op *operation) run(start time.Time, payload json.RawMessage) {
	k := op.k
	ctx := graphql.StartOperationTrace(op.ctx)
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		k.send(errorMessage(op.id, &gqlerror.Error{Message: "invalid json"}))
		op.finish()
		return
	}
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	params.Headers = k.headers
	rc, err := k.exec.CreateOperationContext(ctx, params)
	if err != nil {
		resp := k.exec.DispatchError(graphql.WithOperationContext(ctx, rc), err)
		if errcode.GetErrorKind(err) == errcode.KindProtocol {
			k.send(errorMessage(op.id, resp.Errors...))
		} else {
			k.send(nextMessage(op.id, &graphql.Response{Errors: err}))
		}
		op.finish()
		return
	}
	ctx = graphql.WithOperationContext(ctx, rc)
	p := &puller{wake: op.wake}
	defer func() {
		if r := recover(); r != nil {
			err := rc.Recover(ctx, r)
			var gqlerr *gqlerror.Error
			if !errors.As(err, &gqlerr) {
				gqlerr = &gqlerror.Error{}
				if err != nil {
					gqlerr.Message = err.Error()
				}
			}
			k.send(errorMessage(op.id, gqlerr))
			op.finish()
		}
	}()
	responses, ctx := k.exec.DispatchOperation(context.WithValue(ctx, pullKey{}, p), rc)
	if p.sub != nil && p.next != nil {
		op.mu.Lock()
		op.push, op.ctx, op.ready = p, ctx, true
		op.mu.Unlock()
		op.wake() // what was queued meanwhile
		context.AfterFunc(op.ctx, op.finish)
		return
	}
	for {
		resp := responses(ctx)
		if resp == nil {
			break
		}
		k.send(nextMessage(op.id, resp))
	}
	op.finish()
}

// wake schedules the rendering of the subscription's queued deliveries, unless already scheduled.
func (op *operation) wake() {
	op.mu.Lock()
	run := op.ready && !op.scheduled && !op.ended
	op.scheduled = op.scheduled || run
	op.mu.Unlock()
	if run {
		workers.submit(op)
	}
}

// drain renders and writes the subscription's queued deliveries (a worker's).
func (op *operation) drain() {
	p, k := op.push, op.k
	defer func() {
		if r := recover(); r != nil {
			k.c.s.c.Log.Error("live delivery panicked", "panic", r)
			op.cancel()
		}
	}()
	for {
		var d *delivery
		select {
		case d = <-p.sub.queue:
			if d == nil {
				return // fell behind: the socket is closing (scheduled stays set)
			}
		default:
			op.mu.Lock()
			if len(p.sub.queue) == 0 {
				op.scheduled = false
				op.mu.Unlock()
				return
			}
			op.mu.Unlock()
			continue
		}
		ctx := op.ctx
		if ctx.Err() != nil || k.c.checkStale(ctx) != nil {
			continue // ended, or the socket is closing
		}
		payload := d.renderJSON(ctx, p.key, func() *graphql.Response {
			p.sub.hand(d)
			return p.next(ctx)
		})
		if payload != nil {
			k.write(nextJSON(op.id, payload))
		}
	}
}

// finish forgets the operation and tells the client it completed, unless the socket is closing.
func (op *operation) finish() {
	op.once.Do(func() {
		op.mu.Lock()
		op.ended = true
		op.mu.Unlock()
		k := op.k
		k.mu.Lock()
		if k.ops[op.id] == op {
			delete(k.ops, op.id)
		}
		closed := k.closed
		k.mu.Unlock()
		op.cancel()
		if !closed && k.c.ctxAlive() {
			k.send(message{ID: op.id, Type: "complete"})
		}
	})
}

func nextMessage(id string, resp *graphql.Response) message {
	b, err := json.Marshal(resp)
	if err != nil {
		panic(err)
	}
	return message{ID: id, Type: "next", Payload: b}
}

// nextJSON is a "next" message of an encoded response.
func nextJSON(id string, payload []byte) []byte {
	q, err := json.Marshal(id)
	if err != nil {
		panic(err)
	}
	b := make([]byte, 0, len(payload)+len(q)+36)
	b = append(append(append(b, `{"id":`...), q...), `,"type":"next","payload":`...)
	return append(append(b, payload...), '}')
}

func errorMessage(id string, errs ...*gqlerror.Error) message {
	b, err := json.Marshal(errs)
	if err != nil {
		panic(err)
	}
	return message{ID: id, Type: "error", Payload: b}
}

// send writes m.
func (k *socket) send(m message) {
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	k.write(b)
}

// write writes one message, closing the socket (CloseTryAgainLater) if the write takes longer than
// WriteTimeout.
func (k *socket) write(b []byte) {
	k.wmu.Lock()
	defer k.wmu.Unlock()
	k.writing.Store(true)
	k.c.writeTimer.Reset(WriteTimeout)
	_ = k.ws.Write(context.Background(), websocket.MessageText, b)
	k.c.writeTimer.Stop()
	k.writing.Store(false)
}

// close ends the socket with code (or the code its connection was revoked with) and its operations.
func (k *socket) close(code websocket.StatusCode, reason string) {
	if revoked, why := k.c.closeCode(); revoked != 0 {
		code, reason = websocket.StatusCode(revoked), why
	}
	k.mu.Lock()
	if k.closed {
		k.mu.Unlock()
		return
	}
	k.closed = true
	ops := make([]*operation, 0, len(k.ops))
	for _, op := range k.ops {
		ops = append(ops, op)
	}
	k.mu.Unlock()
	for _, op := range ops {
		op.cancel()
	}
	// The close handshake waits up to 5 s for the peer's answer: not on the caller's goroutine.
	go func() { _ = k.ws.Close(code, reason) }()
}

// Close closes a socket found too slow at once if a write to it is stalled (its close frame could not go).
func (k *socket) Close() error {
	if k.writing.Load() {
		return k.ws.CloseNow()
	}
	return nil
}

// ctxAlive reports whether the connection is still open (not revoked, shut down or released).
func (c *conn) ctxAlive() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return !c.gone && c.code == 0
}

// workers renders and writes the deliveries of Feed subscriptions: at most maxWorkers goroutines, started
// when deliveries are waiting and ended when none is.
var workers = &pool{}

type pool struct {
	mu      sync.Mutex
	queue   []*operation
	running int
}

func (p *pool) submit(op *operation) {
	p.mu.Lock()
	p.queue = append(p.queue, op)
	start := p.running < maxWorkers
	if start {
		p.running++
	}
	p.mu.Unlock()
	if start {
		go p.work()
	}
}

func (p *pool) work() {
	for {
		p.mu.Lock()
		if len(p.queue) == 0 {
			p.queue = nil
			p.running--
			p.mu.Unlock()
			return
		}
		op := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
		op.drain()
	}
}
