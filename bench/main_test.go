// Package bench is `make bench`: the figures of the scale table (issue 18), measured through the built binary
// (bin/panicbutton) on MariaDB, each beside a baseline measured in the same run, with the ratio and the goal.
// Each file measures one area and adds its rows with report; TestMain prints the whole table at the end.
//
// These are tests that run only when PB_BENCH=1 (make bench sets it): they time things, so `make test`
// never runs them, and no target lives in a timed unit test.
package bench

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
)

type row struct {
	area, figure, value, baseline, ratio, goal string
}

var (
	tableMu sync.Mutex
	table   []row
)

// report adds one figure to the table: value measured now, baseline (or "—"), ratio (or "—"), goal.
func report(area, figure, value, baseline, ratio, goal string) {
	tableMu.Lock()
	defer tableMu.Unlock()
	table = append(table, row{area, figure, value, baseline, ratio, goal})
	fmt.Printf("bench: %s | %s | %s | %s | %s | %s\n", area, figure, value, baseline, ratio, goal)
}

// requireBench skips a measurement unless PB_BENCH=1 (make bench).
func requireBench(t testing.TB) {
	t.Helper()
	if os.Getenv("PB_BENCH") != "1" {
		t.Skip("a measurement: run with `make bench` (PB_BENCH=1)")
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if len(table) > 0 {
		sort.SliceStable(table, func(i, j int) bool { return table[i].area < table[j].area })
		var b strings.Builder
		b.WriteString("\n| area | figure | now | baseline | ratio | goal |\n|---|---|---|---|---|---|\n")
		for _, r := range table {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", r.area, r.figure, r.value, r.baseline, r.ratio, r.goal)
		}
		fmt.Print(b.String())
	}
	os.Exit(code)
}
