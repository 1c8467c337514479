package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/store"
)

// The CSV export of page usage (GET /export/usage.csv) for 10,000 printers × 12 months: its time and the
// server's peak memory, beside the server's memory before the export. The rows are computed and written a
// batch of printers at a time, so the peak should stay near the idle figure whatever the fleet size.
func TestBenchUsageCSVExport(t *testing.T) {
	requireBench(t)
	const (
		printers = 10000
		months   = 12
		password = "bench-password-2026"
	)
	s := startServer(t, "DEMO_DATA=true", "DEMO_PASSWORD="+password)
	ctx := rule.SystemContext(context.Background())
	db, err := store.Open(ctx, s.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c := db.Client
	pb := c.PanicButton.Query().FirstX(ctx)
	seedStart := time.Now()
	start := time.Date(2025, 12, 15, 8, 0, 0, 0, time.UTC) // the baseline, then one reading a month of 2026
	for first := 0; first < printers; first += 500 {
		pbs := make([]*ent.PrinterCreate, 0, 500)
		for i := first; i < first+500; i++ {
			pbs = append(pbs, c.Printer.Create().SetSerial(fmt.Sprintf("BENCH-%05d", i)).SetName(fmt.Sprintf("Printer %d", i)).
				SetOrganizationID(pb.OrganizationID).SetPanicButtonID(pb.ID))
		}
		ps := c.Printer.CreateBulk(pbs...).SaveX(ctx)
		rs := make([]*ent.MeterReadingCreate, 0, len(ps)*(months+1))
		for i, p := range ps {
			total := int64(1000 * (i + 1))
			for m := 0; m <= months; m++ {
				total += int64(500 + (i+m)%700)
				black := total * 2 / 3
				rs = append(rs, c.MeterReading.Create().SetOrganizationID(pb.OrganizationID).SetPrinterID(p.ID).
					SetSource(meterreading.SourceSNMP_POLL).SetTotal(total).SetBlack(black).SetColor(total-black).
					SetReadAt(start.AddDate(0, m, 0)))
			}
		}
		c.MeterReading.CreateBulk(rs...).ExecX(ctx)
	}
	t.Logf("seeded %d printers × %d readings in %s", printers, months+1, time.Since(seedStart).Round(time.Second))

	body, _ := json.Marshal(map[string]any{"query": `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		"variables": map[string]any{"e": "admin@demo.example", "p": password}})
	res, err := http.Post(s.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var login struct {
		Data struct{ Login struct{ Token string } }
	}
	_ = json.NewDecoder(res.Body).Decode(&login)
	res.Body.Close()
	if login.Data.Login.Token == "" {
		t.Fatal("login failed")
	}
	idle, _ := s.RSS(t)
	req, _ := http.NewRequest(http.MethodGet, s.URL+"/export/usage.csv?from=2026-01-01&to=2027-01-01", nil)
	req.Header.Set("Authorization", "Bearer "+login.Data.Login.Token)
	began := time.Now()
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var lines int
	n, err := io.Copy(lineCounter{&lines}, res.Body)
	res.Body.Close()
	took := time.Since(began)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("export: %d %v", res.StatusCode, err)
	}
	if want := printers*months + 1; lines != want {
		t.Fatalf("%d CSV lines, want %d", lines, want)
	}
	_, peak := s.RSS(t)
	report("usage", "CSV export, 10,000 printers × 12 months (120,000 rows)", took.Round(time.Millisecond).String(),
		fmt.Sprintf("%.1f MB", float64(n)/1e6), "—", "streams; < 30s")
	report("usage", "server peak RSS during the export (baseline: RSS before it)", fmt.Sprintf("%.0f MB", peak),
		fmt.Sprintf("%.0f MB", idle), ratio(peak, idle), "bounded: < idle + 100 MB")
}

type lineCounter struct{ n *int }

func (l lineCounter) Write(p []byte) (int, error) {
	*l.n += strings.Count(string(p), "\n")
	return len(p), nil
}
