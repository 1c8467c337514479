package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// rawPost sends a POST to /graphql over a bare connection: the headers, then at most send bytes of a body
// of declared length (chunked when declared < 0), and then nothing more. It returns the answer the server
// gives without having the rest of the body.
func rawPost(t *testing.T, s *httptest.Server, contentType string, declared, send int) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", s.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	head := "POST /graphql HTTP/1.1\r\nHost: " + s.Listener.Addr().String() + "\r\nContent-Type: " + contentType + "\r\n"
	if declared >= 0 {
		head += fmt.Sprintf("Content-Length: %d\r\n", declared)
	} else {
		head += "Transfer-Encoding: chunked\r\n"
	}
	go func() { // the server may stop reading: never block the test on the writes
		w := bufio.NewWriter(conn)
		_, _ = w.WriteString(head + "\r\n")
		chunk := `{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("a", 64<<10)
		for sent := 0; sent < send; sent += len(chunk) {
			if declared < 0 {
				_, _ = fmt.Fprintf(w, "%x\r\n%s\r\n", len(chunk), chunk)
			} else {
				_, _ = w.WriteString(chunk)
			}
		}
		_ = w.Flush()
	}()
	_ = conn.SetReadDeadline(time.Now().Add(15 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer before the whole body was sent: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	return resp, body
}

// An anonymous 50 MB POST is refused with 413 and a GraphQL-shaped error as soon as it is known to be too big:
// the server answers after ~1 MB, without waiting for (or reading) the rest.
func TestGraphQL_OversizedBodiesAreRefusedWithoutBeingRead(t *testing.T) {
	s := startApp(t, nil)
	const fifty = 50 << 20
	for _, c := range []struct {
		name, contentType string
		declared, send    int
	}{
		{"json with Content-Length", "application/json", fifty, 0},
		{"json with Content-Length, body under way", "application/json", fifty, 2 << 20},
		{"chunked json", "application/json", -1, 2 << 20},
		{"multipart upload over the upload limit", "multipart/form-data; boundary=x", fifty, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp, body := rawPost(t, s, c.contentType, c.declared, c.send)
			if resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			var out struct {
				Errors []struct {
					Extensions map[string]any `json:"extensions"`
				} `json:"errors"`
			}
			if err := json.Unmarshal(body, &out); err != nil || len(out.Errors) != 1 {
				t.Fatalf("not a GraphQL error body (%v): %s", err, body)
			}
			if e := out.Errors[0]; e.Extensions["code"] != "REQUEST_TOO_LARGE" || e.Extensions["maxBytes"] == nil {
				t.Fatalf("error %+v", e)
			}
		})
	}
	// A big but legitimate operation (900 KB of variables) still runs.
	req, _ := json.Marshal(map[string]any{"query": `{ __typename }`, "variables": map[string]any{"pad": strings.Repeat("b", 900<<10)}})
	resp, err := http.Post(s.URL+"/graphql", "application/json", bytes.NewReader(req))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var ok struct {
		Data struct {
			Typename string `json:"__typename"`
		} `json:"data"`
		Errors []any `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&ok); err != nil || len(ok.Errors) > 0 {
		t.Fatalf("status %d, errors %v (%v)", resp.StatusCode, ok.Errors, err)
	}
	if ok.Data.Typename != "Query" {
		t.Fatalf("__typename = %q", ok.Data.Typename)
	}
}
