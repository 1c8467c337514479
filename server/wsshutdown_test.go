package main

import (
	"context"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// A socket outlives its HTTP handler (internal/realtime serves it on a goroutine of its own once hijacked),
// yet the server's shutdown still closes it, normally, so that its client reconnects to another instance.
func TestWebsocket_ShutdownClosesTheSocketsItsHandlersLeft(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	admin := s.loginAs(t, testAdmin, testPassword)
	c := wsDial(t, s.URL, admin)
	wsMustAnswer(t, c, "1", `{ me { id } }`)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Config.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := c.Closed(3 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if got != websocket.StatusNormalClosure {
		t.Fatalf("closed with %d, want %d", got, websocket.StatusNormalClosure)
	}
}
