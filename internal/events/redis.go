package events

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"
)

// Redis fans events out through Redis pub/sub, so a mutation on one server instance reaches subscribers on
// every instance. Each organization has its own channel; go-redis reconnects and resubscribes by itself when
// Redis restarts (events published while it is down are lost, as with any pub/sub).
type Redis struct {
	client *redis.Client
	prefix string
	log    *slog.Logger
}

// NewRedis returns a broker on client.
func NewRedis(client *redis.Client, log *slog.Logger) *Redis {
	if log == nil {
		log = slog.Default()
	}
	return &Redis{client: client, prefix: "pb:events:org:", log: log}
}

func (r *Redis) channel(orgID int) string { return fmt.Sprintf("%s%d", r.prefix, orgID) }

// Publish sends e to the organization's channel.
func (r *Redis) Publish(ctx context.Context, e Event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := r.client.Publish(ctx, r.channel(e.OrgID), b).Err(); err != nil {
		return fmt.Errorf("redis publish: %w", err)
	}
	return nil
}

// Subscribe returns the organization's events until ctx ends. It returns once Redis confirmed the
// subscription (or after a short wait when Redis is down; the subscription is retried in the background).
func (r *Redis) Subscribe(ctx context.Context, orgID int) <-chan Event {
	ps := r.client.Subscribe(ctx, r.channel(orgID))
	confirmCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
	if _, err := ps.Receive(confirmCtx); err != nil {
		r.log.WarnContext(ctx, "redis subscribe not confirmed yet", "org", orgID, "err", err)
	}
	cancel()
	in := ps.Channel(redis.WithChannelHealthCheckInterval(time.Second))
	out := make(chan Event, 64)
	go func() {
		defer close(out)
		defer ps.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case m, ok := <-in:
				if !ok {
					return
				}
				var e Event
				if err := json.Unmarshal([]byte(m.Payload), &e); err != nil || e.OrgID != orgID {
					continue // never hand another organization's event to this subscriber
				}
				select {
				case out <- e:
				default: // a subscriber too slow to take it misses it rather than blocking the others
				}
			}
		}
	}()
	return out
}
