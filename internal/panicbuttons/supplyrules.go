package panicbuttons

import (
	"context"
	"fmt"
	"strings"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/apperr"
)

// Bounds of low-supply rules: rules per panic button, words per rule.
const (
	MaxSupplyRules = 20
	MaxSupplyWords = 10
)

// SetSupplyRules replaces a panic button's low-supply rules (docs/usage.md "Low-supply rules"): the first rule
// naming a supply applies to it. Threshold 1..100 (0: 10), supplies at most 10 words of at most 40 characters,
// action INTERVENTION or NOTIFY, onReplacement ANNOTATE or CLOSE. The privacy
// rules let only the organization's admins write.
func (s *Service) SetSupplyRules(ctx context.Context, pbID int, rules []schematype.SupplyRule) (*ent.PanicButton, error) {
	if len(rules) > MaxSupplyRules {
		return nil, apperr.Invalid("rules", "at most %d rules", MaxSupplyRules)
	}
	out := make([]schematype.SupplyRule, 0, len(rules))
	for i, r := range rules {
		f := fmt.Sprintf("rules[%d]", i)
		if r.Threshold == 0 {
			r.Threshold = 10
		}
		if r.Threshold < 1 || r.Threshold > 100 {
			return nil, apperr.Invalid(f+".threshold", "must be between 1 and 100")
		}
		if len(r.Supplies) > MaxSupplyWords {
			return nil, apperr.Invalid(f+".supplies", "at most %d words", MaxSupplyWords)
		}
		words := []string{}
		for _, w := range r.Supplies {
			w = strings.TrimSpace(w)
			if err := apperr.CheckText(f+".supplies", w, 40); err != nil {
				return nil, err
			}
			if w != "" {
				words = append(words, w)
			}
		}
		r.Supplies = words
		switch r.Action {
		case "", "INTERVENTION":
			r.Action = "INTERVENTION"
		case "NOTIFY":
		default:
			return nil, apperr.Invalid(f+".action", "must be INTERVENTION or NOTIFY")
		}
		switch r.OnReplacement {
		case "", "ANNOTATE":
			r.OnReplacement = "ANNOTATE"
		case "CLOSE":
		default:
			return nil, apperr.Invalid(f+".onReplacement", "must be ANNOTATE or CLOSE")
		}
		out = append(out, r)
	}
	return s.client.PanicButton.UpdateOneID(pbID).SetSupplyRules(out).Save(ctx)
}
