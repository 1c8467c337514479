package device

import (
	"strings"

	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/interventions"
)

// Limits of a report.
const (
	MaxMessage = interventions.MaxMessage
	MaxPhone   = interventions.MaxPhone
)

// validateEmail parses and lower-cases an address.
func validateEmail(field, v string) (string, error) {
	e, err := emailaddr.Normalize(v)
	if err != nil || len(e) > interventions.MaxEmail {
		return "", apperr.Invalid(field, "must be a valid email address")
	}
	return e, nil
}

// optionalEmail validates an optional address; empty is fine.
func optionalEmail(field string, v *string) (string, error) {
	if v == nil || strings.TrimSpace(*v) == "" {
		return "", nil
	}
	return validateEmail(field, *v)
}

// normalizeLanguage turns "fr-BE" or "it_IT" into "fr" / "it".
func normalizeLanguage(v *string) string {
	if v == nil {
		return ""
	}
	return i18n.Normalize(*v)
}
