// Package apperr is the error vocabulary shared by the domain packages and the GraphQL layer: a code from the
// public contract (docs/DESIGN.md §4), the input field at fault, and a message safe to show a user.
package apperr

import (
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// Code is an extensions.code value of the public contract.
type Code string

const (
	BadUserInput         Code = "BAD_USER_INPUT"
	UnknownPrinterCode   Code = "UNKNOWN_PRINTER_CODE"
	PrinterNotRegistered Code = "PRINTER_NOT_REGISTERED"
	SessionExpired       Code = "SESSION_EXPIRED"
	RateLimited          Code = "RATE_LIMITED"
	Unauthenticated      Code = "UNAUTHENTICATED"
	Forbidden            Code = "FORBIDDEN"
	NotFound             Code = "NOT_FOUND"
	Internal             Code = "INTERNAL"
	// OrganizationDisabled: the printer's organization is disabled, so it takes no registrations and no reports
	// (an additive code of the device contract; the kiosk shows a page saying the service is suspended).
	OrganizationDisabled Code = "ORGANIZATION_DISABLED"
)

// Error is an error a caller may see.
type Error struct {
	Code    Code
	Field   string // for BAD_USER_INPUT: the input field at fault, e.g. "input.printer.serial"
	Message string
	// RetryAfter, for RATE_LIMITED, is how long until a retry can succeed (extensions.retryAfter, seconds).
	RetryAfter time.Duration
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Message)
	}
	return e.Message
}

// New returns an error with code and message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns a BAD_USER_INPUT error naming field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: BadUserInput, Field: field, Message: fmt.Sprintf(format, args...)}
}

// As returns the *Error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// CheckText rejects over-long texts and control characters (other than tab and newline).
func CheckText(field, v string, max int) error {
	if !utf8.ValidString(v) {
		return Invalid(field, "is not valid UTF-8")
	}
	if utf8.RuneCountInString(v) > max {
		return Invalid(field, "must be at most %d characters", max)
	}
	for _, r := range v {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return Invalid(field, "contains control characters")
		}
	}
	return nil
}
