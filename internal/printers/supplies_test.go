package printers

import (
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/supply"
)

func TestLevelState_RFC3805SpecialValuesHaveNoPercent(t *testing.T) {
	for _, c := range []struct {
		level, max int64
		state      supply.LevelState
		percent    int // -1: none
	}{
		{42, 100, supply.LevelStateKNOWN, 42},
		{1900, 2000, supply.LevelStateKNOWN, 95},
		{0, 100, supply.LevelStateKNOWN, 0},
		{100, 100, supply.LevelStateKNOWN, 100},
		{120, 100, supply.LevelStateKNOWN, 100},
		{500, -2, supply.LevelStateKNOWN, -1},
		{-1, 100, supply.LevelStateNO_RESTRICTION, -1},
		{50, -1, supply.LevelStateNO_RESTRICTION, -1},
		{-2, 100, supply.LevelStateUNKNOWN, -1},
		{-3, 100, supply.LevelStateSOME_REMAINING, -1},
		{-3, -2, supply.LevelStateSOME_REMAINING, -1},
	} {
		st, p := levelState(c.level, c.max)
		got := -1
		if p != nil {
			got = *p
		}
		if st != c.state || got != c.percent {
			t.Errorf("level %d max %d: %s %d, want %s %d", c.level, c.max, st, got, c.state, c.percent)
		}
	}
}

func TestDaysLeft_LeastSquares(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	pt := func(h int, v float64) Point { return Point{At: t0.Add(time.Duration(h) * time.Hour), Value: v} }
	// Noisy fall of about 5 points a day: the fit, not the last two points, gives the rate.
	d, _ := DaysLeft([]Point{pt(0, 60), pt(24, 56), pt(48, 50), pt(72, 44), pt(96, 41)}, 41)
	if d == nil || *d < 7.9 || *d > 8.5 {
		t.Fatalf("days left %v, want about 41/4.9", d)
	}
	if d, _ := DaysLeft([]Point{pt(0, 60), pt(2, 50)}, 50); d != nil {
		t.Errorf("two hours of readings gave a forecast: %v", *d)
	}
	if d, _ := DaysLeft([]Point{pt(0, 50), pt(48, 50)}, 50); d != nil {
		t.Errorf("a steady level gave a forecast: %v", *d)
	}
}
