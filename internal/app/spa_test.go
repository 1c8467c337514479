package app

import (
	"io"
	"io/fs"
	"net/http"
	"strings"
	"testing"

	adminui "github.com/panicbutton/panicbutton/admin-ui"
)

// The SPA and the kiosk are served by the binary: hashed assets cached for a year, index.html revalidated,
// client routes answered with index.html, the kiosk with its CSP.
func TestSPA_ServedWithCachingHeaders(t *testing.T) {
	s := startApp(t, nil)
	get := func(path string) *http.Response {
		t.Helper()
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	assets, err := fs.Glob(adminui.Dist, "dist/assets/*.js")
	if err != nil || len(assets) == 0 {
		t.Fatalf("the admin SPA is not built into the binary (run make ui): %v", err)
	}
	if r := get("/" + strings.TrimPrefix(assets[0], "dist/")); r.StatusCode != 200 || !strings.Contains(r.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("asset: %d %q", r.StatusCode, r.Header.Get("Cache-Control"))
	}
	for _, route := range []string{"/", "/interventions/123", "/settings/statuses"} {
		r := get(route)
		if r.StatusCode != 200 || r.Header.Get("Cache-Control") != "no-cache" || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/html") {
			t.Errorf("%s: %d %q %q", route, r.StatusCode, r.Header.Get("Cache-Control"), r.Header.Get("Content-Type"))
		}
	}
	if r := get("/assets/missing.js"); r.StatusCode != 404 {
		t.Errorf("missing asset: %d", r.StatusCode)
	}
	if r := get("/kiosk/?serial=X"); r.StatusCode != 200 || !strings.Contains(r.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("kiosk: %d CSP %q", r.StatusCode, r.Header.Get("Content-Security-Policy"))
	}
}
