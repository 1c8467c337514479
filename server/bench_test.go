package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/server/baseline"
)

// BenchmarkDevicePath measures launch and submitPanicReport through the whole stack (HTTP, gqlgen, ent, our
// code) on MariaDB, one request at a time, each beside the baseline make bench compares with (baseline.Device: a
// bare net/http handler doing the same rows and commits with hand-written SQL), in the same run. Both sides are
// served over loopback HTTP by this process and called with the same client and the same inputs as
// bench/device_test.go's, so ns/op and allocs/op differ only by what the stack does above the baseline. make
// bench runs it after the bench/ table; the figures under load (64 clients, the built binary, CPU per request)
// are bench/'s.
//
//	go test -run '^$' -bench DevicePath ./server/
func BenchmarkDevicePath(b *testing.B) {
	s := newTestServer(b, "mysql", nil)
	s.withLimits(device.Limits{WrongCodes: 10, CodeWindow: time.Minute, LaunchesPerPrinter: 1 << 30,
		LaunchesPerAddress: 1 << 30, ReportsPerPrinter: 1 << 30, ReportsPerAddress: 1 << 30})
	const serial = "SN-BENCH-1"
	printer := map[string]any{"location": "Bench floor", "ip": "10.0.0.9", "counters": map[string]any{"total": 1000}}
	ready := s.registered(b, serial, printer, "")
	causeID := ready.Kiosk.Causes[0].ID
	var printerID int
	if err := s.db.SQL.QueryRow("SELECT id FROM printers WHERE serial = ?", serial).Scan(&printerID); err != nil {
		b.Fatal(err)
	}
	var cause int
	fmt.Sscan(causeID, &cause)
	base := httptest.NewServer(baseline.Device(s.db.SQL))
	defer base.Close()
	c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	post := func(b *testing.B, url string, v any) []byte {
		body, _ := json.Marshal(v)
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || bytes.Contains(out, []byte(`"errors"`)) {
			b.Fatalf("%s: HTTP %d: %s", url, resp.StatusCode, out)
		}
		return out
	}
	gql := func(b *testing.B, query string, in map[string]any) []byte {
		return post(b, s.URL+"/graphql", map[string]any{"query": query, "variables": map[string]any{"in": in}})
	}

	n := 0
	nsPerOp := map[string]float64{}
	allocsPerOp := map[string]float64{}
	// Sub-benchmarks (testing.Benchmark would deadlock inside a benchmark); each records its last run's figures.
	measure := func(name string, op func(b *testing.B)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			op(b) // warm: pooled connections, the panic-button cache
			b.ResetTimer()
			var ms0, ms1 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			start := time.Now()
			for range b.N {
				op(b)
			}
			nsPerOp[name] = float64(time.Since(start).Nanoseconds()) / float64(b.N)
			runtime.ReadMemStats(&ms1)
			allocsPerOp[name] = float64(ms1.Mallocs-ms0.Mallocs) / float64(b.N)
		})
	}
	measure("launch/stack", func(b *testing.B) {
		gql(b, launchQ, map[string]any{"printer": printerIn(serial, printer)})
	})
	measure("launch/baseline", func(b *testing.B) {
		post(b, base.URL+"/launch", map[string]any{"serial": serial, "location": "Bench floor", "ip": "10.0.0.9", "total": 1000})
	})
	measure("submit/stack", func(b *testing.B) {
		n++
		gql(b, submitQ, map[string]any{"sessionToken": *ready.SessionToken, "email": "bench@example.com",
			"causeIds": []string{causeID}, "message": fmt.Sprintf("bench report %d", n)})
	})
	measure("submit/baseline", func(b *testing.B) { // after the stack's: its reference counter exists
		n++
		post(b, base.URL+"/submit", map[string]any{"printerId": printerID, "causeId": cause,
			"email": "bench@example.com", "message": fmt.Sprintf("bench report %d", n)})
	})
	fmt.Fprintf(os.Stdout, "\n%-18s %12s %12s\n", "device path", "ns/op", "allocs/op")
	for _, k := range []string{"launch/stack", "launch/baseline", "submit/stack", "submit/baseline"} {
		fmt.Fprintf(os.Stdout, "%-18s %12.0f %12.0f\n", k, nsPerOp[k], allocsPerOp[k])
	}
	for _, op := range []string{"launch", "submit"} {
		if nsPerOp[op+"/baseline"] > 0 {
			fmt.Fprintf(os.Stdout, "%s: stack/baseline = %.2fx time, %.1fx allocations\n", op,
				nsPerOp[op+"/stack"]/nsPerOp[op+"/baseline"], allocsPerOp[op+"/stack"]/allocsPerOp[op+"/baseline"])
		}
	}
}
