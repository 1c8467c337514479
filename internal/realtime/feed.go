package realtime

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/events"
)

// FeedQueue is how many events a subscription may have waiting to be written to its socket. A subscriber
// that falls further behind (a client that stopped reading, a link slower than the events) is not queued
// for without bound: its socket is closed with CloseTryAgainLater, and the client reconnects and reloads
// what it shows (drop-and-close: nothing is dropped silently from a socket that stays open).
const FeedQueue = 16

// Feed delivers the live events of subscriptions (interventionChanged, notificationAdded). This instance
// subscribes to an organization's events once, whatever the number of its sockets, and loads an
// intervention once per audience (rule.InterventionAudience: viewers the privacy rules treat alike) rather
// than once per subscriber: an event costs a few statements, not one per socket. What a subscriber receives
// is still what the ent privacy rules give the viewer of its group; fields it selects beyond the loaded
// intervention and its status resolve with its own viewer, as in any query.
type Feed struct {
	client *ent.Client
	broker events.Broker
	log    *slog.Logger

	mu   sync.Mutex
	orgs map[int]*feedOrg
}

// NewFeed returns the feed of broker's events, loaded through client.
func NewFeed(client *ent.Client, broker events.Broker, log *slog.Logger) *Feed {
	if log == nil {
		log = slog.Default()
	}
	return &Feed{client: client, broker: broker, log: log, orgs: map[int]*feedOrg{}}
}

// feedOrg is the broker subscription to one organization's events, while this instance has subscribers.
type feedOrg struct {
	subs  map[*feedSub]struct{}
	ready chan struct{} // closed once the broker confirmed the subscription
	stop  context.CancelFunc
}

// feedSub is one subscription: a bounded queue of what its socket has yet to write.
type feedSub struct {
	v            *viewer.Viewer
	kind         events.Kind
	audience     string
	assignedOnly bool
	interv       chan *ent.Intervention // what the resolver returns
	notif        chan *ent.Notification
	queue        chan *delivery // on a socket of Server: the bounded queue its subscription pulls from
	wake         func()         // on a graphql-transport-ws socket of Server: called after each queued delivery
	closeSocket  func()         // nil outside this package's websockets
	dead         bool           // fell behind: its queue is closed (read and written by the organization's run only)
}

// offer queues an event for the subscription, or ends a subscription that fell FeedQueue events behind: its
// socket is closed, and its queue too (which ends the subscription, for one not on a websocket of Server).
func offer[T any](s *feedSub, q chan T, v T) {
	if s.dead {
		return
	}
	select {
	case q <- v:
		if s.wake != nil {
			s.wake()
		}
	default:
		s.dead = true
		if s.closeSocket != nil {
			s.closeSocket()
		}
		close(q)
	}
}

// InterventionChanged returns the interventions of the viewer's organization, as they change, that the
// viewer may see; until ctx ends.
func (f *Feed) InterventionChanged(ctx context.Context) (<-chan *ent.Intervention, error) {
	v := viewer.FromContext(ctx)
	s := &feedSub{v: v, kind: events.InterventionChanged}
	s.audience, s.assignedOnly = rule.InterventionAudience(v)
	if p, ok := ctx.Value(pullKey{}).(*puller); ok {
		// A socket of Server: it pulls deliveries, and hands the resolver the one it renders.
		s.queue, s.interv = make(chan *delivery, FeedQueue), make(chan *ent.Intervention, 1)
		p.sub, s.wake = s, p.wake
	} else {
		s.interv = make(chan *ent.Intervention, FeedQueue)
	}
	return s.interv, f.add(ctx, s)
}

// delivery is a changed intervention as one audience sees it, handed to each of the audience's sockets, or
// a notification for one socket. The renderings of an intervention are shared: the sockets of an audience
// that run the same operation (text, name and variables) get the same response, computed once (Server's
// executor).
type delivery struct {
	it      *ent.Intervention
	n       *ent.Notification // instead of it: a notification, rendered for its socket alone
	renders sync.Map          // operation key → *rendering
}

// hand gives the subscription's resolver the object of d, for the next rendering of its operation to return.
func (s *feedSub) hand(d *delivery) {
	if d.n != nil {
		select { // an item left by a rendering cut short
		case <-s.notif:
		default:
		}
		s.notif <- d.n
		return
	}
	select {
	case <-s.interv:
	default:
	}
	s.interv <- d.it
}

type rendering struct {
	done chan struct{}
	resp *graphql.Response // nil: the first socket could not render it (closing) or got errors; render your own
	once sync.Once
	json []byte // resp encoded, once for the sockets that share it
}

func (r *rendering) encoded() []byte {
	r.once.Do(func() {
		b, err := json.Marshal(r.resp)
		if err != nil {
			panic(err)
		}
		r.json = b
	})
	return r.json
}

// render returns the response of the operation key for d: the one another socket of the audience already
// rendered, or run's (run renders it with this socket's own context, and so its own viewer).
func (d *delivery) render(ctx context.Context, key string, run func() *graphql.Response) *graphql.Response {
	resp, _ := d.share(ctx, key, run)
	return resp
}

// renderJSON is render, encoded: a response shared by the sockets of the audience is encoded once.
func (d *delivery) renderJSON(ctx context.Context, key string, run func() *graphql.Response) []byte {
	resp, shared := d.share(ctx, key, run)
	if shared != nil {
		return shared.encoded()
	}
	if resp == nil {
		return nil
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic(err)
	}
	return b
}

// share is render, also returning the rendering whose response it is when shared.
func (d *delivery) share(ctx context.Context, key string, run func() *graphql.Response) (*graphql.Response, *rendering) {
	if d.n != nil {
		return run(), nil
	}
	prev, loaded := d.renders.Load(key) // most sockets of an audience find it there, allocating nothing
	if !loaded {
		r := &rendering{done: make(chan struct{})}
		if prev, loaded = d.renders.LoadOrStore(key, r); !loaded {
			defer close(r.done)
			resp := run()
			if resp != nil && len(resp.Errors) == 0 {
				shared := *resp
				shared.Data = bytes.Clone(resp.Data) // gqlgen reuses the subscription's buffer for its next response
				r.resp = &shared
				return r.resp, r
			}
			return resp, nil
		}
	}
	p := prev.(*rendering)
	select {
	case <-p.done:
	case <-ctx.Done():
		return nil, nil
	}
	if p.resp != nil {
		return p.resp, p
	}
	return run(), nil
}

// puller is how Server's executor learns the subscription the resolver registered; on a graphql-transport-ws
// socket, the transport learns from it how to render a delivery (the subscription's own response handler and
// operation key) and is woken for each.
type puller struct {
	sub  *feedSub
	wake func()
	next graphql.ResponseHandler // gqlgen's handler of the operation
	key  string                  // operationKey
}

type pullKey struct{}

// NotificationAdded returns the viewer's own notifications as they are created, until ctx ends.
func (f *Feed) NotificationAdded(ctx context.Context) (<-chan *ent.Notification, error) {
	s := &feedSub{v: viewer.FromContext(ctx), kind: events.NotificationAdded}
	if p, ok := ctx.Value(pullKey{}).(*puller); ok {
		s.queue, s.notif = make(chan *delivery, FeedQueue), make(chan *ent.Notification, 1)
		p.sub, s.wake = s, p.wake
	} else {
		s.notif = make(chan *ent.Notification, FeedQueue)
	}
	return s.notif, f.add(ctx, s)
}

// add registers s until ctx ends and returns once the organization's events reach it.
func (f *Feed) add(ctx context.Context, s *feedSub) error {
	if c, ok := ctx.Value(connKey{}).(*conn); ok {
		s.closeSocket = c.tooSlow
	}
	org := s.v.OrgID
	f.mu.Lock()
	w := f.orgs[org]
	if w == nil {
		wctx, stop := context.WithCancel(context.Background())
		w = &feedOrg{subs: map[*feedSub]struct{}{}, ready: make(chan struct{}), stop: stop}
		f.orgs[org] = w
		go f.run(wctx, org, w)
	}
	w.subs[s] = struct{}{}
	f.mu.Unlock()
	// No goroutine waits for the end of the subscription: the context calls back.
	context.AfterFunc(ctx, func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		delete(w.subs, s)
		if len(w.subs) == 0 && f.orgs[org] == w {
			w.stop()
			delete(f.orgs, org)
		}
	})
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// run hands the organization's events to its subscribers until ctx ends.
func (f *Feed) run(ctx context.Context, org int, w *feedOrg) {
	in := f.broker.Subscribe(ctx, org)
	close(w.ready)
	for e := range in {
		var subs []*feedSub
		f.mu.Lock()
		for s := range w.subs {
			if s.kind == e.Kind && (e.Kind != events.NotificationAdded || s.v.UserID == e.UserID) {
				subs = append(subs, s)
			}
		}
		f.mu.Unlock()
		if len(subs) == 0 {
			continue
		}
		switch e.Kind {
		case events.InterventionChanged:
			f.interventionChanged(e, subs)
		case events.NotificationAdded:
			f.notificationAdded(e, subs)
		}
	}
}

// interventionChanged loads the intervention once per audience, with the viewer of the audience, and queues
// it for each member. Technicians see only the interventions assigned to them: those not among its
// technicians are skipped without a query of their own.
func (f *Feed) interventionChanged(e events.Event, subs []*feedSub) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	groups := map[string][]*feedSub{}
	var order []string
	technicians := false
	for _, s := range subs {
		if groups[s.audience] == nil {
			order = append(order, s.audience)
		}
		groups[s.audience] = append(groups[s.audience], s)
		technicians = technicians || s.assignedOnly
	}
	var assigned map[int]bool // nil: unknown, the rules decide for every technician
	if technicians {
		ids, err := f.client.Intervention.Query().Where(intervention.ID(e.InterventionID)).QueryTechnicians().
			IDs(rule.SystemContext(ctx))
		if err != nil {
			f.log.Warn("live event: technicians", "intervention", e.InterventionID, "err", err)
		} else {
			assigned = make(map[int]bool, len(ids))
			for _, id := range ids {
				assigned[id] = true
			}
		}
	}
	for _, key := range order {
		members := groups[key]
		rep := members[0].v
		if members[0].assignedOnly && assigned != nil && !assigned[rep.UserID] {
			continue
		}
		it, err := f.client.Intervention.Query().Where(intervention.ID(e.InterventionID)).WithStatus().
			Only(viewer.NewContext(ctx, rep))
		if err != nil {
			if !ent.IsNotFound(err) && !isDenied(err) {
				f.log.Warn("live event: load intervention", "intervention", e.InterventionID, "err", err)
			}
			continue
		}
		d := &delivery{it: it}
		for _, s := range members {
			if s.queue != nil {
				offer(s, s.queue, d)
			} else {
				offer(s, s.interv, it)
			}
		}
	}
}

// notificationAdded loads the notification for each socket of its recipient (the bell's own rule applies).
func (f *Feed) notificationAdded(e events.Event, subs []*feedSub) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, s := range subs {
		if s.dead {
			continue
		}
		n, err := f.client.Notification.Get(viewer.NewContext(ctx, s.v), e.NotificationID)
		if err != nil {
			if !ent.IsNotFound(err) && !isDenied(err) {
				f.log.Warn("live event: load notification", "notification", e.NotificationID, "err", err)
			}
			continue
		}
		if s.queue != nil {
			offer(s, s.queue, &delivery{n: n})
		} else {
			offer(s, s.notif, n)
		}
	}
}

func isDenied(err error) bool { return errors.Is(err, privacy.Deny) }
