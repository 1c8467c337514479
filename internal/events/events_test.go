package events_test

import (
	"context"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

func expect(t *testing.T, ch <-chan events.Event, want events.Event, within time.Duration) {
	t.Helper()
	select {
	case got := <-ch:
		if got != want {
			t.Fatalf("got %+v, want %+v", got, want)
		}
	case <-time.After(within):
		t.Fatalf("no event within %s (want %+v)", within, want)
	}
}

func expectNothing(t *testing.T, ch <-chan events.Event, within time.Duration) {
	t.Helper()
	select {
	case got := <-ch:
		t.Fatalf("unexpected event %+v", got)
	case <-time.After(within):
	}
}

func testBroker(t *testing.T, pub, sub events.Broker) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a := sub.Subscribe(ctx, 1)
	b := sub.Subscribe(ctx, 2)
	e := events.Event{Kind: events.InterventionChanged, OrgID: 1, InterventionID: 42}
	if err := pub.Publish(ctx, e); err != nil {
		t.Fatal(err)
	}
	expect(t, a, e, time.Second)
	expectNothing(t, b, 200*time.Millisecond) // another organization's subscriber gets nothing
}

func TestLocal_DeliversToTheOrganizationOnly(t *testing.T) {
	l := events.NewLocal()
	testBroker(t, l, l)
}

func TestLocal_SubscriptionEndsWithItsContext(t *testing.T) {
	l := events.NewLocal()
	ctx, cancel := context.WithCancel(context.Background())
	ch := l.Subscribe(ctx, 1)
	cancel()
	select {
	case _, ok := <-ch:
		if ok {
			t.Fatal("event after cancel")
		}
	case <-time.After(time.Second):
		t.Fatal("channel not closed after cancel")
	}
}

func TestRedis_DeliversAcrossClientsAndSurvivesARestart(t *testing.T) {
	srv := testutil.StartRedis(t, 0)
	addr := srv.Addr
	// Two clients stand for two server instances.
	o1, _ := redis.ParseURL("redis://" + addr)
	c1 := redis.NewClient(o1)
	o2, _ := redis.ParseURL("redis://" + addr)
	c2 := redis.NewClient(o2)
	defer c1.Close()
	defer c2.Close()
	pub, sub := events.NewRedis(c1, nil), events.NewRedis(c2, nil)
	testBroker(t, pub, sub)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := sub.Subscribe(ctx, 7)
	e1 := events.Event{Kind: events.NotificationAdded, OrgID: 7, NotificationID: 1, UserID: 3}
	if err := pub.Publish(ctx, e1); err != nil {
		t.Fatal(err)
	}
	expect(t, ch, e1, time.Second)

	// Kill Redis and start it again on the same port: the subscription comes back by itself.
	srv.Stop()
	testutil.StartRedis(t, srv.Port)
	e2 := events.Event{Kind: events.InterventionChanged, OrgID: 7, InterventionID: 9}
	deadline := time.Now().Add(15 * time.Second)
	for {
		_ = pub.Publish(ctx, e2) // lost until the subscriber has reconnected; keep publishing
		select {
		case got := <-ch:
			if got != e2 {
				t.Fatalf("got %+v", got)
			}
			return
		case <-time.After(300 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("no event after Redis restarted")
		}
	}
}
