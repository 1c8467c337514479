package mail

import (
	"errors"
	"fmt"
	"time"
)

// PermanentError is a failure that retrying cannot fix (a 4xx other than 429, an invalid message):
// the outbox marks the message dead and keeps Body as its last error.
type PermanentError struct {
	Status int    // HTTP status from the provider; 0 when the failure happened before any request
	Body   string // the provider's explanation (SendGrid's errors[].message joined), or ours
	Err    error  // underlying cause, if any
}

func (e *PermanentError) Error() string {
	return describe("permanent failure", e.Status, e.Body, e.Err)
}

func (e *PermanentError) Unwrap() error { return e.Err }

// TemporaryError is a failure worth retrying: 429, 5xx, transport errors, timeouts, cancellation.
type TemporaryError struct {
	Status     int           // HTTP status; 0 for transport errors and timeouts
	Body       string        // the provider's explanation, if it gave one
	RetryAfter time.Duration // how long the provider asked us to wait (429); 0 when it did not say
	Err        error         // underlying cause (net error, context.DeadlineExceeded, …)
}

func (e *TemporaryError) Error() string {
	msg := describe("temporary failure", e.Status, e.Body, e.Err)
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

func (e *TemporaryError) Unwrap() error { return e.Err }

func describe(kind string, status int, body string, err error) string {
	msg := kind
	if status != 0 {
		msg += fmt.Sprintf(": HTTP %d", status)
	}
	if body != "" {
		msg += ": " + body
	}
	if err != nil {
		msg += ": " + err.Error()
	}
	return msg
}

// IsPermanent reports whether err (or anything it wraps) is a *PermanentError.
// Errors that are neither permanent nor temporary are treated as retryable by the outbox.
func IsPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p)
}

// RetryAfter returns the wait the provider asked for (a 429's reset time), or 0.
func RetryAfter(err error) time.Duration {
	var t *TemporaryError
	if errors.As(err, &t) && t.RetryAfter > 0 {
		return t.RetryAfter
	}
	return 0
}
