package reporter

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
)

// Satisfaction is how reporters answered "Is it fixed?" about one panic button's interventions.
type Satisfaction struct {
	Fixed, NotFixed int
}

// Answered counts every answer.
func (s Satisfaction) Answered() int { return s.Fixed + s.NotFixed }

// Rate is Fixed / Answered, nil without answers.
func (s Satisfaction) Rate() *float64 {
	if s.Answered() == 0 {
		return nil
	}
	r := float64(s.Fixed) / float64(s.Answered())
	return &r
}

// Satisfactions counts the answers about the interventions of each panic button of pbIDs that the caller can see
// (privacy rules apply: a technician counts only theirs), in one grouped query. A panic button without answers
// is absent from the map (its zero Satisfaction).
func Satisfactions(ctx context.Context, client *ent.Client, pbIDs []int) (map[int]Satisfaction, error) {
	out := make(map[int]Satisfaction, len(pbIDs))
	if len(pbIDs) == 0 {
		return out, nil
	}
	var rows []struct {
		PanicButtonID int                    `json:"panic_button_id"`
		Kind          interventionevent.Kind `json:"kind"`
		Count         int                    `json:"count"`
	}
	err := client.InterventionEvent.Query().
		Where(interventionevent.KindIn(interventionevent.KindREPORTED_FIXED, interventionevent.KindREPORTED_NOT_FIXED)).
		Modify(func(s *sql.Selector) {
			it := sql.Table(intervention.Table).As("satisfaction_interventions")
			pb := it.C(intervention.FieldPanicButtonID)
			s.Join(it).On(s.C(interventionevent.FieldInterventionID), it.C(intervention.FieldID)).
				Where(sql.InInts(pb, pbIDs...)).
				Select(sql.As(pb, "panic_button_id"), sql.As(s.C(interventionevent.FieldKind), "kind"), sql.As(sql.Count("*"), "count")).
				GroupBy(pb, s.C(interventionevent.FieldKind))
		}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		st := out[r.PanicButtonID]
		if r.Kind == interventionevent.KindREPORTED_FIXED {
			st.Fixed = r.Count
		} else {
			st.NotFixed = r.Count
		}
		out[r.PanicButtonID] = st
	}
	return out, nil
}
