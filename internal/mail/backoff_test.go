package mail

import (
	"testing"
	"time"
)

func TestNextAttempt_GrowsExponentiallyWithJitterUpToTheCap(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		attempt  int
		min, max time.Duration
	}{
		{0, 15 * time.Second, 45 * time.Second}, // treated as the first attempt
		{1, 15 * time.Second, 45 * time.Second},
		{2, 30 * time.Second, 90 * time.Second},
		{3, 60 * time.Second, 180 * time.Second},
		{5, 4 * time.Minute, 12 * time.Minute},
		{12, 30 * time.Minute, 90 * time.Minute},
		{1000, 30 * time.Minute, 90 * time.Minute},
	}
	for _, tt := range tests {
		seen := map[time.Duration]bool{}
		for range 50 {
			wait := NextAttempt(tt.attempt, &TemporaryError{Status: 503}, now).Sub(now)
			if wait < tt.min || wait > tt.max+time.Second {
				t.Fatalf("attempt %d: wait %v outside [%v, %v]", tt.attempt, wait, tt.min, tt.max)
			}
			seen[wait] = true
		}
		if len(seen) < 2 {
			t.Errorf("attempt %d: no jitter in 50 draws", tt.attempt)
		}
	}
}

func TestNextAttempt_HonoursRateLimitReset(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	err := &TemporaryError{Status: 429, RetryAfter: 90 * time.Second}
	for range 50 {
		wait := NextAttempt(1, err, now).Sub(now)
		if wait < 90*time.Second || wait > 99*time.Second+time.Nanosecond {
			t.Fatalf("wait %v, want 90 s plus at most 10 %% jitter", wait)
		}
	}
}
