package device

import (
	"net/netip"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
)

// Limits of the device contract.
const (
	MaxSerial       = 64
	MaxText         = 200 // model, name, location
	MaxErrorMessage = 500
	MaxErrors       = 4
	MaxMessage      = 4000
	MaxPhone        = 40
)

var (
	serialRe = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)
	phoneRe  = regexp.MustCompile(`^[0-9+()./ -]{3,40}$`)
)

// printerInfo is a validated PrinterInfoInput: trimmed, with empty strings for absent texts.
type printerInfo struct {
	Serial, Model, Name, Location, IP string
	Total, Black, Color, Large        *int64
	Errors                            []string
	hasErrors                         bool
}

func (p printerInfo) hasMeters() bool {
	return p.Total != nil || p.Black != nil || p.Color != nil || p.Large != nil
}

// validatePrinter checks a PrinterInfoInput; field is the path of the input, e.g. "printer".
func validatePrinter(field string, in *PrinterInfoInput) (printerInfo, error) {
	var p printerInfo
	if in == nil {
		return p, apperr.Invalid(field, "is required")
	}
	p.Serial = strings.TrimSpace(in.Serial)
	if !serialRe.MatchString(p.Serial) {
		return p, apperr.Invalid(field+".serial", "must be 1 to %d characters of letters, digits, '.', '_' or '-'", MaxSerial)
	}
	texts := []struct {
		name string
		in   *string
		out  *string
	}{{"model", in.Model, &p.Model}, {"name", in.Name, &p.Name}, {"location", in.Location, &p.Location}}
	for _, t := range texts {
		if t.in == nil {
			continue
		}
		v := strings.TrimSpace(*t.in)
		if err := checkText(field+"."+t.name, v, MaxText); err != nil {
			return p, err
		}
		*t.out = v
	}
	if in.IP != nil && strings.TrimSpace(*in.IP) != "" {
		addr, err := netip.ParseAddr(strings.TrimSpace(*in.IP))
		if err != nil {
			return p, apperr.Invalid(field+".ip", "must be an IPv4 or IPv6 address")
		}
		p.IP = addr.String()
	}
	if c := in.Counters; c != nil {
		for _, m := range []struct {
			name string
			in   *int
			out  **int64
		}{{"total", c.Total, &p.Total}, {"black", c.Black, &p.Black}, {"color", c.Color, &p.Color}, {"large", c.Large, &p.Large}} {
			if m.in == nil {
				continue
			}
			if *m.in < 0 {
				return p, apperr.Invalid(field+".counters."+m.name, "must not be negative")
			}
			v := int64(*m.in)
			*m.out = &v
		}
	}
	if in.Errors != nil {
		p.hasErrors = true
		p.Errors = []string{} // stored as [], not null: "no errors now" (MariaDB's JSON_LENGTH(null) is 1)
		if len(in.Errors) > MaxErrors {
			return p, apperr.Invalid(field+".errors", "at most %d error messages", MaxErrors)
		}
		for i, e := range in.Errors {
			e = strings.TrimSpace(e)
			if err := checkText(field+".errors", e, MaxErrorMessage); err != nil {
				return p, apperr.Invalid(field+".errors", "message %d: %s", i+1, err.(*apperr.Error).Message)
			}
			p.Errors = append(p.Errors, e)
		}
	}
	return p, nil
}

// checkText rejects over-long texts and control characters (other than tab and newline).
func checkText(field, v string, max int) error {
	if !utf8.ValidString(v) {
		return apperr.Invalid(field, "is not valid UTF-8")
	}
	if utf8.RuneCountInString(v) > max {
		return apperr.Invalid(field, "must be at most %d characters", max)
	}
	for _, r := range v {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return apperr.Invalid(field, "contains control characters")
		}
	}
	return nil
}

// validateEmail parses and lower-cases an address.
func validateEmail(field, v string) (string, error) {
	e, err := auth.NormalizeEmail(v)
	if err != nil || len(e) > 254 {
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
	l := strings.ToLower(strings.TrimSpace(*v))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}
