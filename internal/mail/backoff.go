package mail

import (
	"math/rand/v2"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// Retry schedule of the outbox. With these values the waits after attempts 1, 2, 3, … are about
// 30 s, 1 min, 2 min, 4 min, … (±50 % jitter), capped at 1 h.
const (
	BackoffInitial    = 30 * time.Second
	BackoffMax        = time.Hour
	BackoffMultiplier = 2.0
	BackoffJitter     = 0.5
)

// NextAttempt returns when to try a message again after its attempt-th failed attempt
// (attempt counts from 1) failed with err. A 429 is retried when the provider said its rate limit
// resets (RetryAfter(err)), plus up to 10 % jitter so queued messages do not all fire at once;
// anything else waits an exponential, jittered backoff. Permanent errors should not be retried at
// all (check IsPermanent first); for them this returns the backoff anyway.
func NextAttempt(attempt int, err error, now time.Time) time.Time {
	if wait := RetryAfter(err); wait > 0 {
		return now.Add(wait + time.Duration(rand.Int64N(int64(wait)/10+1)))
	}
	b := &backoff.ExponentialBackOff{
		InitialInterval:     BackoffInitial,
		RandomizationFactor: BackoffJitter,
		Multiplier:          BackoffMultiplier,
		MaxInterval:         BackoffMax,
	}
	b.Reset()
	// ExponentialBackOff is a stateful sequence; replaying it up to the attempt keeps NextAttempt a
	// pure function of the outbox row. The interval reaches BackoffMax within a few steps, so the
	// replay is capped.
	steps := min(max(attempt, 1), 32)
	var wait time.Duration
	for range steps {
		wait = b.NextBackOff()
	}
	return now.Add(wait)
}
