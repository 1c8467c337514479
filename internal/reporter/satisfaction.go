package reporter

import (
	"context"

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

// SatisfactionOf counts the answers about panic button pbID's interventions that the caller can see (privacy
// rules apply: a technician counts only theirs).
func SatisfactionOf(ctx context.Context, client *ent.Client, pbID int) (Satisfaction, error) {
	var out Satisfaction
	var rows []struct {
		Kind  interventionevent.Kind `json:"kind"`
		Count int                    `json:"count"`
	}
	err := client.InterventionEvent.Query().
		Where(interventionevent.KindIn(interventionevent.KindREPORTED_FIXED, interventionevent.KindREPORTED_NOT_FIXED),
			interventionevent.HasInterventionWith(intervention.PanicButtonID(pbID))).
		GroupBy(interventionevent.FieldKind).Aggregate(ent.Count()).Scan(ctx, &rows)
	if err != nil {
		return out, err
	}
	for _, r := range rows {
		if r.Kind == interventionevent.KindREPORTED_FIXED {
			out.Fixed = r.Count
		} else {
			out.NotFixed = r.Count
		}
	}
	return out, nil
}
