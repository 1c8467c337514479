package snmp

import (
	"context"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/supply"
	"github.com/panicbutton/panicbutton/ent/supplyreading"
	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// A real snmpd serves two toners whose levels fall across daily polls: each poll stores both supplies, their
// history, and a least-squares forecast; a toner whose level jumps up is recorded as replaced and its
// forecast starts over.
func TestPoller_SuppliesFallAcrossPollsAndAReplacementIsSeen(t *testing.T) {
	agent := snmptest.Start(t, snmptest.SuppliesPrinter...)
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newPollFixture(t, db)
		p := f.addPrinter(t, "SN-SUP-0001", agent.Addr(), true)
		ctx := context.Background()
		black := func() *ent.Supply {
			return f.c.Supply.Query().Where(supply.PrinterID(p.ID), supply.DescriptionContains("Black")).OnlyX(sysCtx())
		}
		poll := func(blackLevel, cyanLevel int) {
			t.Helper()
			agent.SetSupplyLevel(t, "1.1", blackLevel)
			agent.SetSupplyLevel(t, "1.2", cyanLevel)
			if _, err := f.poller.PollPrinter(ctx, p.ID); err != nil {
				t.Fatal(err)
			}
			f.clock.Advance(24 * time.Hour)
		}
		poll(80, 2000)
		sups := f.c.Supply.Query().Where(supply.PrinterID(p.ID)).Order(ent.Asc(supply.FieldDescription)).AllX(sysCtx())
		if len(sups) != 2 {
			t.Fatalf("supplies %+v", sups)
		}
		b, c := sups[0], sups[1]
		if b.Description != "Black Toner Cartridge CF410A" || b.Type != "toner" || b.Color != "black" || b.Unit != "percent" ||
			b.Level != 80 || b.MaxCapacity != 100 || b.LevelState != supply.LevelStateKNOWN || b.Percent == nil || *b.Percent != 80 ||
			b.DaysLeft != nil {
			t.Errorf("black %+v", b)
		}
		if c.Color != "cyan" || c.Unit != "impressions" || c.Percent == nil || *c.Percent != 86 { // 2000/2300
			t.Errorf("cyan %+v", c)
		}
		// Black falls 10 points a day; cyan stays.
		poll(70, 2000)
		poll(60, 2000)
		poll(50, 2000)
		b = black()
		if b.Percent == nil || *b.Percent != 50 || b.DaysLeft == nil || *b.DaysLeft != 5 {
			t.Fatalf("after a fall of 10%%/day from 80 to 50: %+v (days left %v)", b, ptrVal(b.DaysLeft))
		}
		if c := f.c.Supply.GetX(sysCtx(), c.ID); c.DaysLeft != nil {
			t.Errorf("a steady supply has no forecast: %v", *c.DaysLeft)
		}
		// A new cartridge: the level jumps up.
		poll(100, 2000)
		b = black()
		if b.ReplacedAt == nil || *b.Percent != 100 || b.DaysLeft != nil {
			t.Fatalf("after the replacement: %+v", b)
		}
		hist := f.c.SupplyReading.Query().Where(supplyreading.SupplyID(b.ID)).Order(ent.Asc(supplyreading.FieldReadAt)).AllX(sysCtx())
		var levels []int64
		var replacements int
		for _, h := range hist {
			levels = append(levels, h.Level)
			if h.Replacement {
				replacements++
				if h.Level != 100 {
					t.Errorf("replacement flagged on level %d", h.Level)
				}
			}
		}
		if len(levels) != 5 || replacements != 1 {
			t.Fatalf("history %v, %d replacements", levels, replacements)
		}
		// Cyan did not change: one reading, then the daily heartbeat.
		if n := f.c.SupplyReading.Query().Where(supplyreading.SupplyID(c.ID)).CountX(sysCtx()); n != 5 {
			t.Errorf("cyan history: %d readings (one per day of the heartbeat)", n)
		}
		// The new cartridge falls again: the forecast uses only the readings since the replacement.
		poll(96, 2000)
		poll(92, 2000)
		if b = black(); b.DaysLeft == nil || *b.DaysLeft != 23 {
			t.Fatalf("forecast after the replacement: %v, want 92/4 = 23 days", ptrVal(b.DaysLeft))
		}
		// RFC 3805 special values are kept as states, never as 0% or 100%.
		poll(-3, -2)
		b = black()
		c = f.c.Supply.GetX(sysCtx(), c.ID)
		if b.LevelState != supply.LevelStateSOME_REMAINING || b.Percent != nil || c.LevelState != supply.LevelStateUNKNOWN || c.Percent != nil {
			t.Fatalf("special values: black %s %v, cyan %s %v", b.LevelState, ptrVal(b.Percent), c.LevelState, ptrVal(c.Percent))
		}
	})
}

func ptrVal[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
