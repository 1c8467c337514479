package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/printer"
)

// Page usage through GraphQL and the CSV export: monthly pages from meter readings with a reset and an
// implausible jump (excluded until an admin accepts it), per printer, per panic button and per organization.
func TestUsage_GraphQLAndCSVExport(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.register(t, "SN-USE-1", testPrinterCode)
		s.register(t, "SN-USE-2", testPrinterCode)
		c := s.db.Client
		p1 := c.Printer.Query().Where(printer.Serial("SN-USE-1")).OnlyX(sys())
		p2 := c.Printer.Query().Where(printer.Serial("SN-USE-2")).OnlyX(sys())
		c.MeterReading.Delete().ExecX(sys()) // registration may have stored none; start clean
		at := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 9, 0, 0, 0, time.UTC) }
		add := func(p int, when time.Time, total, black, color int64) int {
			return c.MeterReading.Create().SetOrganizationID(p1.OrganizationID).SetPrinterID(p).SetSource(meterreading.SourceSNMP_POLL).
				SetTotal(total).SetBlack(black).SetColor(color).SetReadAt(when).SaveX(sys()).ID
		}
		add(p1.ID, at(1, 20), 1000, 600, 400)
		add(p1.ID, at(2, 10), 1500, 900, 600) // Feb +500
		add(p1.ID, at(2, 20), 200, 100, 100)  // reset: new segment
		add(p1.ID, at(3, 5), 500, 300, 200)   // Mar +300
		add(p2.ID, at(1, 31), 10, 10, 0)
		add(p2.ID, at(2, 3), 30, 30, 0)                   // Feb +20
		jump := add(p2.ID, at(3, 3), 5000030, 5000030, 0) // implausible in a month
		q := `query($f: Time!, $t: Time!, $p: ID) { usage(from: $f, to: $t, printerId: $p) {
			months { month total black color } total { total } jumps { readingId counter pages accepted } } }`
		type usageOut struct {
			Usage struct {
				Months []struct {
					Month               string
					Total, Black, Color int
				}
				Total struct{ Total int }
				Jumps []struct {
					ReadingID, Counter string
					Pages              int
					Accepted           bool
				}
			}
		}
		vars := map[string]any{"f": "2026-02-01T00:00:00Z", "t": "2026-04-01T00:00:00Z"}
		tech := bearer(s.login(t, testTech))
		var org usageOut
		s.gql(t, q, vars, tech).mustData(t, &org)
		if fmt.Sprint(org.Usage.Months) != "[{2026-02 520 320 200} {2026-03 300 200 100}]" || org.Usage.Total.Total != 820 ||
			len(org.Usage.Jumps) != 2 || org.Usage.Jumps[0].ReadingID != fmt.Sprint(jump) || org.Usage.Jumps[0].Accepted {
			t.Fatalf("organization usage %+v", org.Usage)
		}
		var one usageOut
		s.gql(t, q, map[string]any{"f": vars["f"], "t": vars["t"], "p": fmt.Sprint(p1.ID)}, tech).mustData(t, &one)
		if one.Usage.Total.Total != 800 || len(one.Usage.Jumps) != 0 {
			t.Fatalf("printer usage %+v", one.Usage)
		}
		s.gql(t, q, map[string]any{"f": vars["t"], "t": vars["f"]}, tech).mustFail(t, "BAD_USER_INPUT", "to")

		accept := `mutation($id: ID!) { acceptMeterJump(readingId: $id) { id jumpAccepted } }`
		s.gql(t, accept, map[string]any{"id": fmt.Sprint(jump)}, tech).mustFail(t, "FORBIDDEN", "")
		s.gql(t, accept, map[string]any{"id": fmt.Sprint(jump)}, bearer(s.login(t, testAdmin))).mustData(t, &struct{}{})
		s.gql(t, q, vars, tech).mustData(t, &org)
		if org.Usage.Total.Total != 820+5000000 || !org.Usage.Jumps[0].Accepted {
			t.Fatalf("after accepting the jump: %+v", org.Usage)
		}

		get := func(url string, opts ...reqOpt) (*http.Response, string) {
			req, _ := http.NewRequest(http.MethodGet, s.URL+url, nil)
			for _, o := range opts {
				o(req)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			return res, string(b)
		}
		if res, _ := get("/export/usage.csv?from=2026-02-01&to=2026-04-01"); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("anonymous export: %d", res.StatusCode)
		}
		if res, body := get("/export/usage.csv?from=2026-02-01&to=bad", tech); res.StatusCode != http.StatusBadRequest || !strings.HasPrefix(body, "to:") {
			t.Fatalf("bad range: %d %s", res.StatusCode, body)
		}
		res, body := get("/export/usage.csv?from=2026-02-01&to=2026-04-01", tech)
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil || res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
			t.Fatalf("export %d %v %q", res.StatusCode, err, body)
		}
		var got []string
		for _, r := range rows[1:] {
			got = append(got, r[1]+" "+r[4]+" "+r[5])
		}
		if strings.Join(rows[0], ",") != "printer_id,serial,name,panic_button_id,month,total,black,color,large,excluded_jumps" ||
			strings.Join(got, "; ") != "SN-USE-1 2026-02 500; SN-USE-1 2026-03 300; SN-USE-2 2026-02 20; SN-USE-2 2026-03 5000000" {
			t.Fatalf("csv rows %q", rows)
		}
	})
}
