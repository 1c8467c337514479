// Package events fans out domain events (an intervention changed, a notification was added, someone's access
// changed) to the subscriptions and websockets of every server instance: in-process by default.
package events

import (
	"context"
	"sync"
)

// Kind names what happened.
type Kind string

const (
	InterventionChanged Kind = "intervention_changed"
	NotificationAdded   Kind = "notification_added"
	// AccessChanged: sessions or API keys were revoked or their rights changed (logout, disabled user or
	// organization, password or role change, revoked key). The websockets it names re-check their
	// credential and close if it no longer holds (internal/realtime). OrgID 0 is the platform's (super-admins).
	AccessChanged Kind = "access_changed"
)

// Event is published after the transaction that caused it commits.
type Event struct {
	Kind           Kind `json:"kind"`
	OrgID          int  `json:"orgId"`
	InterventionID int  `json:"interventionId,omitempty"`
	NotificationID int  `json:"notificationId,omitempty"`
	UserID         int  `json:"userId,omitempty"` // the recipient, for notifications; the user, for AccessChanged
	// For AccessChanged, what changed: a session, an API key, a user's sessions (UserID), or, when none is
	// set, everything of the organization.
	SessionID int `json:"sessionId,omitempty"`
	APIKeyID  int `json:"apiKeyId,omitempty"`
}

// Broker publishes events and hands them to subscribers of the same organization.
type Broker interface {
	Publish(ctx context.Context, e Event) error
	// Subscribe returns a channel of the organization's events, closed when ctx ends.
	Subscribe(ctx context.Context, orgID int) <-chan Event
}

// Local is the in-process broker.
type Local struct {
	mu   sync.Mutex
	subs map[int]map[chan Event]struct{}
}

// NewLocal returns an in-process broker.
func NewLocal() *Local { return &Local{subs: map[int]map[chan Event]struct{}{}} }

// Publish delivers e to the organization's subscribers; a subscriber too slow to take it misses it rather
// than blocking the publisher.
func (l *Local) Publish(_ context.Context, e Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for ch := range l.subs[e.OrgID] {
		select {
		case ch <- e:
		default:
		}
	}
	return nil
}

// Subscribe registers a subscriber until ctx ends.
func (l *Local) Subscribe(ctx context.Context, orgID int) <-chan Event {
	ch := make(chan Event, 64)
	l.mu.Lock()
	if l.subs[orgID] == nil {
		l.subs[orgID] = map[chan Event]struct{}{}
	}
	l.subs[orgID][ch] = struct{}{}
	l.mu.Unlock()
	go func() {
		<-ctx.Done()
		l.mu.Lock()
		delete(l.subs[orgID], ch)
		if len(l.subs[orgID]) == 0 {
			delete(l.subs, orgID)
		}
		l.mu.Unlock()
		close(ch)
	}()
	return ch
}
