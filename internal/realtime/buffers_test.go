package realtime

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// TestSmallBuffers_KeepWhatTheClientSentWithItsUpgrade: a client may send its first frame in the same
// packet as its upgrade request; net/http has then buffered it, and it must reach the websocket library
// through the small buffers, in order. Then longer messages than the buffers go through both ways.
func TestSmallBuffers_KeepWhatTheClientSentWithItsUpgrade(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(smallBuffers{w}, r, nil)
		if err != nil {
			t.Error(err)
			return
		}
		c.SetReadLimit(-1)
		for {
			typ, b, err := c.Read(context.Background())
			if err != nil {
				return
			}
			if err := c.Write(context.Background(), typ, b); err != nil {
				return
			}
		}
	}))
	defer srv.Close()

	nc, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	_ = nc.SetDeadline(time.Now().Add(10 * time.Second))
	frame := func(payload string) []byte { // a masked client text frame
		mask := []byte{1, 2, 3, 4}
		b := []byte{0x81}
		switch n := len(payload); {
		case n < 126:
			b = append(b, 0x80|byte(n))
		default:
			b = append(b, 0x80|126, byte(n>>8), byte(n))
		}
		b = append(b, mask...)
		for i := range len(payload) {
			b = append(b, payload[i]^mask[i%4])
		}
		return b
	}
	req := "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
	long := strings.Repeat("0123456789", 3*BufferSize/10)
	if _, err := nc.Write(append(append([]byte(req), frame("hello")...), frame(long)...)); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(nc)
	resp, err := http.ReadResponse(br, nil)
	if err != nil || resp.StatusCode != http.StatusSwitchingProtocols {
		t.Fatalf("upgrade: %v %v", resp, err)
	}
	read := func() string { // an unmasked server text frame
		h := make([]byte, 2)
		if _, err := io.ReadFull(br, h); err != nil {
			t.Fatal(err)
		}
		n := int(h[1] & 0x7f)
		if n == 126 {
			if _, err := io.ReadFull(br, h); err != nil {
				t.Fatal(err)
			}
			n = int(h[0])<<8 | int(h[1])
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if got := read(); got != "hello" {
		t.Fatalf("first echo %q, want hello", got)
	}
	if got := read(); got != long {
		t.Fatalf("second echo has %d bytes, want the %d sent", len(got), len(long))
	}
}
