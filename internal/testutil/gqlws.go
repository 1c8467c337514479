package testutil

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// WSClient is a graphql-transport-ws client (the protocol of the JS graphql-ws library, which the admin app
// speaks) for tests. gqlgen's own test client (github.com/99designs/gqlgen/client, v0.17.98) cannot replace
// it: its Websocket speaks only the legacy graphql-ws protocol (start/data, no subprotocol offered, a "ka"
// required right after the ack), runs one operation per connection under the fixed id "1", ends at a
// "complete", and dials a fresh httptest server wrapping the handler, so it cannot reach a separate server
// process. The tests need graphql-transport-ws itself, several operations on one authenticated socket
// (revocation is re-checked per operation), and the close code (4401/4403) the server ends a revoked socket
// with (Closed).
type WSClient struct {
	conn *websocket.Conn
	t    testing.TB
	msgs chan WSMessage // filled by a reader goroutine: a timed-out wait must not cancel a Read, which
	// would close the connection (coder/websocket's contract)
	readErr error
	skip    map[string][]byte // per subscription: the control message of SubscribeLive, dropped when repeated
}

// WSMessage is a protocol message.
type WSMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// DialGraphQLWS connects to baseURL's /graphql, sends connection_init with initPayload and waits for the ack.
// header carries cookies or an Origin. It returns the error of a refused connection.
func DialGraphQLWS(ctx context.Context, t testing.TB, baseURL string, header http.Header, initPayload map[string]any) (*WSClient, error) {
	u := "ws" + strings.TrimPrefix(baseURL, "http") + "/graphql"
	conn, _, err := websocket.Dial(ctx, u, &websocket.DialOptions{HTTPHeader: header, Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return nil, err
	}
	c := &WSClient{conn: conn, t: t}
	t.Cleanup(func() { conn.Close(websocket.StatusNormalClosure, "") })
	init := map[string]any{"type": "connection_init"}
	if initPayload != nil {
		init["payload"] = initPayload
	}
	if err := wsjson.Write(ctx, conn, init); err != nil {
		return nil, err
	}
	for {
		m, err := c.Read(ctx)
		if err != nil {
			return nil, err
		}
		switch m.Type {
		case "connection_ack":
			c.msgs = make(chan WSMessage, 256)
			go c.pump()
			return c, nil
		case "ka", "ping":
			continue
		default:
			return nil, fmt.Errorf("unexpected %s: %s", m.Type, m.Payload)
		}
	}
}

// Subscribe starts a subscription with id. Queries and mutations are sent the same way (graphql-transport-ws
// runs every operation as a "subscribe").
func (c *WSClient) Subscribe(ctx context.Context, id, query string) error {
	return wsjson.Write(ctx, c.conn, map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": query}})
}

var errClosed = errors.New("connection closed")

// SubscribeLive starts subscription id and returns its first message, once the subscriber is registered.
// The server does not say when an operation has subscribed to its event broker, and an event published
// before that is lost; so control publishes an event the subscriber is allowed to see, and is called again
// every retry until a message arrives: that delivery proves the subscriber is live. A refusal (an "error"
// or an errors payload) is returned as the first message too. Copies of the first message that arrive
// later (a control published again while the first was on its way) are dropped by Next, so the caller must
// make control's event one that no later step repeats byte for byte (a dedicated object).
func (c *WSClient) SubscribeLive(ctx context.Context, id, query string, control func(), within time.Duration) (WSMessage, error) {
	if err := c.Subscribe(ctx, id, query); err != nil {
		return WSMessage{}, err
	}
	const retry = 250 * time.Millisecond
	deadline := time.Now().Add(within)
	for {
		control()
		m, err := c.Next(id, retry)
		if err == nil {
			if m.Type == "next" {
				if c.skip == nil {
					c.skip = map[string][]byte{}
				}
				c.skip[id] = m.Payload
			}
			return m, nil
		}
		if errors.Is(err, errClosed) || time.Now().After(deadline) {
			return WSMessage{}, fmt.Errorf("subscription %s not live within %s: %w", id, within, err)
		}
	}
}

// Closed waits up to within for the server to close the connection and returns the close code it sent
// (-1 when the connection ended without a close frame). Messages still queued are skipped.
func (c *WSClient) Closed(within time.Duration) (websocket.StatusCode, error) {
	timeout := time.After(within)
	for {
		select {
		case _, ok := <-c.msgs:
			if !ok {
				return websocket.CloseStatus(c.readErr), nil
			}
		case <-timeout:
			return 0, fmt.Errorf("connection still open after %s", within)
		}
	}
}

func (c *WSClient) pump() {
	defer close(c.msgs)
	for {
		m, err := c.Read(context.Background())
		if err != nil {
			c.readErr = err
			return
		}
		c.msgs <- m
	}
}

// Read returns the next message from the connection, answering pings. After the ack, use Next.
func (c *WSClient) Read(ctx context.Context) (WSMessage, error) {
	for {
		var m WSMessage
		if err := wsjson.Read(ctx, c.conn, &m); err != nil {
			return m, err
		}
		if m.Type == "ping" {
			_ = wsjson.Write(ctx, c.conn, map[string]any{"type": "pong"})
			continue
		}
		if m.Type == "ka" {
			continue
		}
		return m, nil
	}
}

// Next waits up to within for the next "next" (data) or "error" message of subscription id.
func (c *WSClient) Next(id string, within time.Duration) (WSMessage, error) {
	timeout := time.After(within)
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				return WSMessage{}, fmt.Errorf("%w: %v", errClosed, c.readErr)
			}
			if m.ID == id && m.Type == "next" && c.skip[id] != nil && bytes.Equal(m.Payload, c.skip[id]) {
				continue
			}
			if m.ID == id && (m.Type == "next" || m.Type == "error" || m.Type == "complete") {
				return m, nil
			}
		case <-timeout:
			return WSMessage{}, fmt.Errorf("no message for %s within %s", id, within)
		}
	}
}
