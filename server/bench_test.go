package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/device"
)

// BenchmarkDevicePath measures launch and submitPanicReport through the whole stack (HTTP, gqlgen, ent, our
// code) on MariaDB, each beside a baseline measured in the same run: a bare net/http handler doing the same
// database work with hand-written SQL. The ratio is what gqlgen + ent + our code cost above the physical work.
//
//	go test -run '^$' -bench DevicePath ./server/
func BenchmarkDevicePath(b *testing.B) {
	s := newTestServer(b, "mysql", nil)
	s.withLimits(device.Limits{WrongCodes: 10, CodeWindow: time.Minute, LaunchesPerPrinter: 1 << 30,
		LaunchesPerAddress: 1 << 30, ReportsPerPrinter: 1 << 30, ReportsPerAddress: 1 << 30})
	ready := s.registered(b, "SN-BENCH-1", map[string]any{"counters": map[string]any{"total": 1}}, "")
	causeID := ready.Kiosk.Causes[0].ID
	launchBody := map[string]any{"printer": printerIn("SN-BENCH-1", map[string]any{"location": "Bench", "ip": "10.0.0.9"})}
	baseline := httptest.NewServer(baselineHandler(s.db.SQL))
	defer baseline.Close()

	n := 0
	nsPerOp := map[string]float64{}
	// Sub-benchmarks (testing.Benchmark would deadlock inside a benchmark); each records its last run's ns/op.
	measure := func(name string, op func(b *testing.B)) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			op(b)
			nsPerOp[name] = float64(time.Since(start).Nanoseconds()) / float64(b.N)
		})
	}
	measure("launch/stack", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if r := s.gql(b, launchQ, map[string]any{"in": launchBody}); len(r.Errors) > 0 {
				b.Fatal(r.Errors)
			}
		}
	})
	measure("launch/baseline", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			postJSON(b, baseline.URL+"/launch", map[string]any{"serial": "SN-BENCH-1"})
		}
	})
	measure("submit/stack", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			n++
			in := map[string]any{"sessionToken": *ready.SessionToken, "email": "bench@example.com",
				"causeIds": []string{causeID}, "message": fmt.Sprintf("bench %d", n)}
			if r := s.gql(b, submitQ, map[string]any{"in": in}); len(r.Errors) > 0 {
				b.Fatal(r.Errors)
			}
		}
	})
	measure("submit/baseline", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			n++
			postJSON(b, baseline.URL+"/submit", map[string]any{"serial": "SN-BENCH-1", "n": n})
		}
	})
	fmt.Fprintf(os.Stdout, "\n%-18s %14s\n", "device path", "ns/op")
	for _, k := range []string{"launch/stack", "launch/baseline", "submit/stack", "submit/baseline"} {
		fmt.Fprintf(os.Stdout, "%-18s %14.0f\n", k, nsPerOp[k])
	}
	for _, op := range []string{"launch", "submit"} {
		if nsPerOp[op+"/baseline"] > 0 {
			fmt.Fprintf(os.Stdout, "%s: stack/baseline = %.2fx\n", op, nsPerOp[op+"/stack"]/nsPerOp[op+"/baseline"])
		}
	}
}

func postJSON(b *testing.B, url string, v any) {
	body, _ := json.Marshal(v)
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		b.Fatalf("baseline %s: %d", url, resp.StatusCode)
	}
}

// baselineHandler does the device path's physical database work with hand-written SQL: launch looks the printer
// up and updates its last-seen fields; submit writes an intervention, its event and two outbox rows in one
// transaction.
func baselineHandler(db *sql.DB) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /launch", func(w http.ResponseWriter, r *http.Request) {
		var in struct{ Serial string }
		_ = json.NewDecoder(r.Body).Decode(&in)
		var id, pb, org int64
		if err := db.QueryRowContext(r.Context(), "SELECT id, panic_button_id, organization_id FROM printers WHERE serial = ?", in.Serial).
			Scan(&id, &pb, &org); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		if _, err := db.ExecContext(r.Context(), "UPDATE printers SET last_seen_at = ?, location = ?, ip = ? WHERE id = ?",
			time.Now(), "Bench", "10.0.0.9", id); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		rows, err := db.QueryContext(r.Context(), "SELECT id, labels FROM causes WHERE panic_button_id = ? AND active ORDER BY position", pb)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		var causes []map[string]any
		for rows.Next() {
			var cid int64
			var labels string
			_ = rows.Scan(&cid, &labels)
			causes = append(causes, map[string]any{"id": cid, "labels": labels})
		}
		rows.Close()
		_ = json.NewEncoder(w).Encode(map[string]any{"status": "READY", "causes": causes})
	})
	mux.HandleFunc("POST /submit", func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			Serial string
			N      int
		}
		_ = json.NewDecoder(r.Body).Decode(&in)
		ctx := r.Context()
		var pid, pb, org, status int64
		if err := db.QueryRowContext(ctx, "SELECT id, panic_button_id, organization_id FROM printers WHERE serial = ?", in.Serial).Scan(&pid, &pb, &org); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		if err := db.QueryRowContext(ctx, "SELECT id FROM intervention_status WHERE organization_id = ? ORDER BY is_initial DESC, position LIMIT 1", org).Scan(&status); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		defer tx.Rollback()
		now := time.Now()
		res, err := tx.ExecContext(ctx, "INSERT INTO interventions (created_at, updated_at, reference, reporter_email, language, origin, organization_id, printer_id, panic_button_id, status_id, message) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
			now, now, fmt.Sprintf("BASE-%d-%d", now.UnixNano(), in.N), "bench@example.com", "en", "APP", org, pid, pb, status, "bench")
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		iid, _ := res.LastInsertId()
		if _, err := tx.ExecContext(ctx, "INSERT INTO intervention_events (organization_id, intervention_id, kind, created_at) VALUES (?,?,?,?)", org, iid, "CREATED", now); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		for _, kind := range []string{"REPORT_USER", "REPORT_TECH"} {
			if _, err := tx.ExecContext(ctx, "INSERT INTO email_messages (created_at, updated_at, organization_id, intervention_id, kind, from_email, `to`, subject, html, text, status, attempts, next_attempt_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
				now, now, org, iid, kind, "panic@demo.example", `["x@example.com"]`, "subject", "<p>html</p>", "text", "SENT", 0, now); err != nil {
				http.Error(w, err.Error(), 500)
				return
			}
		}
		if err := tx.Commit(); err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"reference": iid})
	})
	return mux
}
