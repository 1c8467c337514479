package mail

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestErrorClassification(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		permanent  bool
		retryAfter time.Duration
	}{
		{"permanent", &PermanentError{Status: 400, Body: "bad"}, true, 0},
		{"wrapped permanent", fmt.Errorf("send: %w", &PermanentError{Status: 401}), true, 0},
		{"temporary 429", &TemporaryError{Status: 429, RetryAfter: 7 * time.Second}, false, 7 * time.Second},
		{"wrapped temporary", fmt.Errorf("send: %w", &TemporaryError{Status: 429, RetryAfter: time.Minute}), false, time.Minute},
		{"temporary 503", &TemporaryError{Status: 503}, false, 0},
		{"plain error", errors.New("boom"), false, 0},
		{"nil", nil, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsPermanent(tt.err); got != tt.permanent {
				t.Errorf("IsPermanent = %v, want %v", got, tt.permanent)
			}
			if got := RetryAfter(tt.err); got != tt.retryAfter {
				t.Errorf("RetryAfter = %v, want %v", got, tt.retryAfter)
			}
		})
	}
}

func TestErrors_UnwrapToTheirCause(t *testing.T) {
	err := fmt.Errorf("send: %w", &TemporaryError{Err: context.DeadlineExceeded})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Error("TemporaryError hides its cause")
	}
	msg := (&PermanentError{Status: 400, Body: "from.email: invalid"}).Error()
	if msg != "permanent failure: HTTP 400: from.email: invalid" {
		t.Errorf("Error() = %q", msg)
	}
}
