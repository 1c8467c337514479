package usage

import (
	"fmt"
	"testing"
	"time"
)

func day(d int) time.Time { return time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, d) }

func n(v int64) *int64 { return &v }

func rd(id, d int, total, black, color *int64) Reading {
	return Reading{ID: id, At: day(d), Total: total, Black: black, Color: color}
}

func months(r Result) string {
	s := ""
	for _, m := range r.Months {
		s += fmt.Sprintf("%s:%d/%d/%d/%d ", m.Start.Format("2006-01"), m.Total, m.Black, m.Color, m.Large)
	}
	return s
}

var all = [2]time.Time{day(-400), day(400)}

func TestCompute_MonthsFromRisesAttributedToTheLaterReading(t *testing.T) {
	r := Compute([]Reading{
		rd(1, 0, n(1000), n(600), n(400)),  // Jan 1: baseline
		rd(2, 10, n(1300), n(800), n(500)), // Jan: +300 +200 +100
		rd(3, 40, n(1500), n(900), n(600)), // Feb: +200 +100 +100
	}, all[0], all[1], 0)
	if got := months(r); got != "2026-01:300/200/100/0 2026-02:200/100/100/0 " || r.Total != (Counts{500, 300, 200, 0}) {
		t.Fatalf("%s %+v", got, r.Total)
	}
}

func TestCompute_ADecreaseStartsANewSegmentNeverNegativeNorDoubleCounted(t *testing.T) {
	r := Compute([]Reading{
		rd(1, 0, n(50000), nil, nil),
		rd(2, 5, n(50400), nil, nil), // +400
		rd(3, 6, n(120), nil, nil),   // board replaced: the meter restarts; nothing counted, new segment from 120
		rd(4, 8, n(620), nil, nil),   // +500 from the new segment
		rd(5, 9, n(600), nil, nil),   // decreases again (a swapped printer): nothing
		rd(6, 12, n(700), nil, nil),  // +100
	}, all[0], all[1], 0)
	if r.Total.Total != 1000 || len(r.Jumps) != 0 {
		t.Fatalf("total %d jumps %+v", r.Total.Total, r.Jumps)
	}
}

func TestCompute_GapsAndDuplicates(t *testing.T) {
	r := Compute([]Reading{
		rd(1, 0, n(100), n(100), nil),
		rd(2, 0, n(100), n(100), nil),  // duplicate reading: nothing
		rd(3, 3, n(250), nil, nil),     // black missing this time
		rd(4, 3, n(250), nil, nil),     // duplicate again
		rd(5, 45, n(400), n(300), nil), // a 42-day gap: black counts from its last value (100), in February
	}, all[0], all[1], 0)
	if got := months(r); got != "2026-01:150/0/0/0 2026-02:150/200/0/0 " {
		t.Fatalf("%s", got)
	}
}

func TestCompute_AnImplausibleJumpIsFlaggedAndExcludedUntilAccepted(t *testing.T) {
	readings := []Reading{
		rd(1, 0, n(1000), nil, nil),
		rd(2, 1, n(1500), nil, nil),     // +500
		rd(3, 2, n(901500), nil, nil),   // +900000 in a day: implausible
		rd(4, 3, n(902000), nil, nil),   // +500 from the jumped value (the new baseline)
		rd(5, 13, n(1100000), nil, nil), // +198000 in 10 days: under 20000/day, plausible
	}
	r := Compute(readings, all[0], all[1], 0)
	if r.Total.Total != 500+500+198000 || len(r.Jumps) != 1 || r.Jumps[0].ReadingID != 3 || r.Jumps[0].Pages != 900000 || r.Jumps[0].Accepted {
		t.Fatalf("total %d jumps %+v", r.Total.Total, r.Jumps)
	}
	readings[2].Accepted = true
	if r = Compute(readings, all[0], all[1], 0); r.Total.Total != 500+900000+500+198000 || !r.Jumps[0].Accepted {
		t.Fatalf("accepted: total %d jumps %+v", r.Total.Total, r.Jumps)
	}
}

func TestCompute_ARangeCountsFromTheBaselineBeforeIt(t *testing.T) {
	readings := []Reading{
		rd(1, 20, n(1000), nil, nil), // Jan 21
		rd(2, 35, n(1400), nil, nil), // Feb 5: +400 in February
		rd(3, 70, n(1900), nil, nil), // Mar 12: +500 in March
	}
	feb := Compute(readings, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 0)
	if got := months(feb); got != "2026-02:400/0/0/0 " {
		t.Fatalf("February: %s", got)
	}
	// Months add up to the whole range: nothing is counted twice across adjacent ranges.
	mar := Compute(readings, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), 0)
	whole := Compute(readings, all[0], all[1], 0)
	if feb.Total.Total+mar.Total.Total != whole.Total.Total || whole.Total.Total != 900 {
		t.Fatalf("feb %d + mar %d != whole %d", feb.Total.Total, mar.Total.Total, whole.Total.Total)
	}
}
