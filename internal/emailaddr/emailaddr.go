// Package emailaddr checks and normalizes the email addresses people type (logins, reporters, contacts). It
// imports nothing of this module, so every layer may use it.
package emailaddr

import (
	"errors"
	"net/mail"
	"strings"
)

// ErrInvalid is returned for anything but a bare address.
var ErrInvalid = errors.New("not a valid email address")

// Normalize parses a bare address (no display name) and lower-cases it: MySQL columns here compare
// case-sensitively, so addresses are stored lower-case.
func Normalize(s string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(s))
	if err != nil || a.Name != "" {
		return "", ErrInvalid
	}
	return strings.ToLower(a.Address), nil
}
