package search

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/go-sql-driver/mysql"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
)

func TestProbe2(t *testing.T) {
	if os.Getenv("PROBE2") == "" {
		t.Skip()
	}
	db, err := sql.Open("mysql", "root@tcp(127.0.0.1:3306)/pb_search2_before?parseTime=true&interpolateParams=true")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	org := 51539607552
	g := func(s string) int64 { r := []rune(s); return schematype.Trigram(r[0], r[1], r[2]) }
	for _, set := range [][]string{{"ann", "ric", "i37"}, {"sar", "mar", "no2"}, {"km1", "732", "217"}} {
		gs := []int64{g(set[0]), g(set[1]), g(set[2])}
		for round := 0; round < 3; round++ {
			// (a) transfer all
			began := time.Now()
			var parts []string
			for _, x := range gs {
				parts = append(parts, fmt.Sprintf("SELECT `intervention_id` FROM `intervention_trigrams` WHERE `trigram` = %d AND `organization_id` = %d", x, org))
			}
			rows, _ := db.QueryContext(ctx, strings.Join(parts, " UNION ALL "))
			n := 0
			for rows.Next() {
				var id int
				rows.Scan(&id)
				n++
			}
			rows.Close()
			a := time.Since(began)
			// (b) group by
			began = time.Now()
			rows, err = db.QueryContext(ctx, fmt.Sprintf("SELECT `intervention_id` FROM `intervention_trigrams` WHERE `trigram` IN (%d, %d, %d) AND `organization_id` = %d GROUP BY `intervention_id` HAVING COUNT(*) = 3", gs[0], gs[1], gs[2], org))
			if err != nil {
				t.Fatal(err)
			}
			m := 0
			for rows.Next() {
				m++
			}
			rows.Close()
			b := time.Since(began)
			// (c) join
			began = time.Now()
			rows, err = db.QueryContext(ctx, fmt.Sprintf("SELECT t0.`intervention_id` FROM `intervention_trigrams` t0 JOIN `intervention_trigrams` t1 ON t1.`trigram` = %d AND t1.`organization_id` = %d AND t1.`intervention_id` = t0.`intervention_id` JOIN `intervention_trigrams` t2 ON t2.`trigram` = %d AND t2.`organization_id` = %d AND t2.`intervention_id` = t0.`intervention_id` WHERE t0.`trigram` = %d AND t0.`organization_id` = %d", gs[1], org, gs[2], org, gs[0], org))
			if err != nil {
				t.Fatal(err)
			}
			k := 0
			for rows.Next() {
				k++
			}
			rows.Close()
			c := time.Since(began)
			t.Logf("%v round %d: transfer %d rows %s | group by -> %d %s | join -> %d %s", set, round, n, a, m, b, k, c)
		}
	}
}
