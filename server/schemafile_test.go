package main

import (
	"io"
	"net/http"
	"os"
	"testing"
)

// Issue 15: partners fetch the schema at /graphql/schema.graphql, and it is byte for byte the committed
// schema.graphql (which graph's snapshot test keeps equal to the executable schema and scripts/schema-check
// compares with the last release). With introspection off, only authenticated callers get it.
func TestSchemaFile_ServedIsTheCommittedOne(t *testing.T) {
	committed, err := os.ReadFile("../schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	get := func(t *testing.T, url, token string) (*http.Response, []byte) {
		req, _ := http.NewRequest(http.MethodGet, url+"/graphql/schema.graphql", nil)
		if token != "" {
			bearer(token)(req)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	t.Run("introspection on", func(t *testing.T) {
		s := newTestServer(t, "sqlite", nil)
		resp, body := get(t, s.URL, "")
		if resp.StatusCode != 200 || string(body) != string(committed) || resp.Header.Get("ETag") == "" {
			t.Fatalf("status %d, %d bytes (committed %d), etag %q", resp.StatusCode, len(body), len(committed), resp.Header.Get("ETag"))
		}
		req, _ := http.NewRequest(http.MethodGet, s.URL+"/graphql/schema.graphql", nil)
		req.Header.Set("If-None-Match", resp.Header.Get("ETag"))
		again, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		again.Body.Close()
		if again.StatusCode != http.StatusNotModified {
			t.Fatalf("conditional GET = %d", again.StatusCode)
		}
	})
	t.Run("introspection off", func(t *testing.T) {
		s := newTestServer(t, "sqlite", map[string]string{"GRAPHQL_INTROSPECTION": "false"})
		if resp, _ := get(t, s.URL, ""); resp.StatusCode != http.StatusNotFound {
			t.Fatalf("anonymous: %d", resp.StatusCode)
		}
		admin := s.loginAs(t, testAdmin, testPassword)
		key := s.apiKey(t, admin, "erp", "interventions:read")
		if resp, body := get(t, s.URL, key); resp.StatusCode != 200 || string(body) != string(committed) {
			t.Fatalf("API key: %d", resp.StatusCode)
		}
	})
}
