package main

import (
	"fmt"
	"testing"

	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/supply"
)

// A printer app sends its supplies with launch (the optional PrinterInfoInput.supplies): they are stored with
// their RFC 3805 states, a refill is a replacement in the history, and lowSupplies lists the organization's
// low supplies by level or by days left; a bad supply is refused naming its field and stores nothing.
func TestLaunchSupplies_StoredWithHistoryAndListedWhenLow(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		s.register(t, "SN-SUP-1", testPrinterCode)
		s.register(t, "SN-SUP-2", testPrinterCode)
		sup := func(desc string, level, max int) map[string]any {
			return map[string]any{"description": desc, "type": "toner", "level": level, "maxCapacity": max}
		}
		s.launch(t, map[string]any{"printer": printerIn("SN-SUP-1", map[string]any{"supplies": []any{
			sup("Black Toner", 8, 100), sup("Cyan Toner", 300, 2000), sup("Waste Toner Box", -3, -2), sup("Staples", -1, -1)}})})
		s.launch(t, map[string]any{"printer": printerIn("SN-SUP-2", map[string]any{"supplies": []any{sup("Black Toner", 12, 100)}})})
		// SN-SUP-1's black is replaced; the list no longer has staples (the list is the whole supply table).
		s.launch(t, map[string]any{"printer": printerIn("SN-SUP-1", map[string]any{"supplies": []any{
			sup("Black Toner", 100, 100), sup("Cyan Toner", 300, 2000), sup("Waste Toner Box", -3, -2)}})})

		bad := map[string]any{"printer": printerIn("SN-SUP-1", map[string]any{"supplies": []any{sup("Black Toner", -4, 100)}})}
		s.gql(t, launchQ, map[string]any{"in": bad}).mustFail(t, "BAD_USER_INPUT", "printer.supplies[0].level")

		p1 := s.db.Client.Printer.Query().Where(printer.Serial("SN-SUP-1")).OnlyX(sys())
		var out struct {
			Node struct {
				Supplies []struct {
					Description, LevelState string
					Percent                 *int
					ReplacedAt              *string
					Readings                struct {
						Edges []struct {
							Node struct {
								Percent     *int
								Replacement bool
							}
						}
					}
				}
			}
		}
		q := `query($id: ID!) { node(id: $id) { ... on Printer { supplies { description levelState percent replacedAt
			readings(first: 10, orderBy: {field: READ_AT, direction: ASC}) { edges { node { percent replacement } } } } } } }`
		tech := bearer(s.login(t, testTech))
		s.gql(t, q, map[string]any{"id": fmt.Sprint(p1.ID)}, tech).mustData(t, &out)
		got := map[string]string{}
		for _, x := range out.Node.Supplies {
			pct := "-"
			if x.Percent != nil {
				pct = fmt.Sprint(*x.Percent)
			}
			got[x.Description] = x.LevelState + " " + pct
			if x.Description == "Black Toner" {
				r := x.Readings.Edges
				if x.ReplacedAt == nil || len(r) != 2 || r[0].Node.Replacement || !r[1].Node.Replacement || *r[1].Node.Percent != 100 {
					t.Errorf("black toner history %+v replaced %v", r, x.ReplacedAt)
				}
			}
		}
		want := map[string]string{"Black Toner": "KNOWN 100", "Cyan Toner": "KNOWN 15", "Waste Toner Box": "SOME_REMAINING -"}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("supplies %v, want %v", got, want)
		}

		// Forecasts (written by the polls' least-squares fit, see the snmp tests) order DAYS_LEFT.
		c := s.db.Client
		c.Supply.Update().Where(supply.Description("Cyan Toner")).SetDaysLeft(3).ExecX(sys())
		c.Supply.Update().Where(supply.Description("Black Toner"), supply.HasPrinterWith(printer.Serial("SN-SUP-2"))).SetDaysLeft(9).ExecX(sys())
		var low struct {
			LowSupplies []struct {
				Description string
				Percent     int
				Printer     struct{ Serial string }
			}
		}
		lq := `query($o: LowSupplyOrder) { lowSupplies(threshold: 20, orderBy: $o) { description percent printer { serial } } }`
		s.gql(t, lq, map[string]any{"o": "LEVEL"}, tech).mustData(t, &low)
		if fmt.Sprint(low.LowSupplies) != "[{Black Toner 12 {SN-SUP-2}} {Cyan Toner 15 {SN-SUP-1}}]" {
			t.Fatalf("by level %v", low.LowSupplies)
		}
		s.gql(t, lq, map[string]any{"o": "DAYS_LEFT"}, tech).mustData(t, &low)
		if fmt.Sprint(low.LowSupplies) != "[{Cyan Toner 15 {SN-SUP-1}} {Black Toner 12 {SN-SUP-2}}]" {
			t.Fatalf("by days left %v", low.LowSupplies)
		}
		s.gql(t, `{ lowSupplies(threshold: 101) { id } }`, nil, tech).mustFail(t, "BAD_USER_INPUT", "threshold")
	})
}

// setSupplyRules: admins only, validated field by field, read back on the panic button.
func TestSetSupplyRules_AdminsOnlyValidatedAndReadBack(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	pb := s.db.Client.PanicButton.Query().FirstX(sys())
	m := `mutation($id: ID!, $r: [SupplyRuleInput!]!) { setSupplyRules(panicButtonId: $id, rules: $r) {
		supplyRules { threshold supplies action onReplacement } } }`
	id := fmt.Sprint(pb.ID)
	rules := []any{map[string]any{"supplies": []string{"black", " "}, "onReplacement": "CLOSE"}, map[string]any{"threshold": 25}}
	s.gql(t, m, map[string]any{"id": id, "r": rules}, bearer(s.login(t, testTech))).mustFail(t, "FORBIDDEN", "")
	admin := bearer(s.login(t, testAdmin))
	s.gql(t, m, map[string]any{"id": id, "r": []any{map[string]any{"threshold": 0}, map[string]any{"threshold": 101}}}, admin).
		mustFail(t, "BAD_USER_INPUT", "rules[1].threshold")
	s.gql(t, m, map[string]any{"id": id, "r": []any{map[string]any{"action": "EMAIL"}}}, admin).mustFail(t, "BAD_USER_INPUT", "rules[0].action")
	var out struct {
		SetSupplyRules struct {
			SupplyRules []struct {
				Threshold             int
				Supplies              []string
				Action, OnReplacement string
			}
		}
	}
	s.gql(t, m, map[string]any{"id": id, "r": rules}, admin).mustData(t, &out)
	if got := fmt.Sprint(out.SetSupplyRules.SupplyRules); got != "[{10 [black] INTERVENTION CLOSE} {25 [] INTERVENTION ANNOTATE}]" {
		t.Fatalf("rules %s", got)
	}
}
