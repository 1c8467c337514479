package device

import (
	"context"
	"fmt"
	"time"

	"github.com/ulule/limiter/v3"

	"github.com/panicbutton/panicbutton/internal/apperr"
)

// Limits configures the device rate limits. Printer codes are the secret that registers a printer, so wrong
// codes lock an address (and a serial) out entirely for the window; launches and reports get generous limits
// sized for fleets behind one NAT address.
type Limits struct {
	WrongCodes         int64 // per address and per serial, within CodeWindow
	CodeWindow         time.Duration
	LaunchesPerPrinter int64 // per minute
	LaunchesPerAddress int64 // per minute
	ReportsPerPrinter  int64 // per 10 minutes
	ReportsPerAddress  int64 // per 10 minutes
}

// DefaultLimits are the production limits.
var DefaultLimits = Limits{
	WrongCodes: 10, CodeWindow: 10 * time.Minute,
	LaunchesPerPrinter: 60, LaunchesPerAddress: 6000,
	ReportsPerPrinter: 30, ReportsPerAddress: 3000,
}

type limiters struct {
	wrongCodes, launchPrinter, launchAddr, reportPrinter, reportAddr *limiter.Limiter
}

func newLimiters(store limiter.Store, l Limits) *limiters {
	mk := func(n int64, period time.Duration) *limiter.Limiter {
		return limiter.New(store, limiter.Rate{Limit: n, Period: period})
	}
	return &limiters{
		wrongCodes:    mk(l.WrongCodes, l.CodeWindow),
		launchPrinter: mk(l.LaunchesPerPrinter, time.Minute),
		launchAddr:    mk(l.LaunchesPerAddress, time.Minute),
		reportPrinter: mk(l.ReportsPerPrinter, 10*time.Minute),
		reportAddr:    mk(l.ReportsPerAddress, 10*time.Minute),
	}
}

// take counts one request against each key and fails with RATE_LIMITED when any limit is passed.
func take(ctx context.Context, l *limiter.Limiter, keys ...string) error {
	for _, k := range keys {
		c, err := l.Get(ctx, k)
		if err != nil {
			return fmt.Errorf("rate limit: %w", err)
		}
		if c.Reached {
			return rateLimited(c)
		}
	}
	return nil
}

// codeAttempt counts one printer-code attempt against the address and the serial before the code is
// looked up, and fails with RATE_LIMITED when this attempt is past the limit. Counting first is what holds
// under concurrency: the store's increment is atomic (memory, or a Redis script), so of N parallel guesses
// only the first WrongCodes are ever evaluated. A right code gives its count back (codeAccepted), so the
// limit is on wrong codes and a fleet behind one address can register any number of printers.
func (s *Service) codeAttempt(ctx context.Context, ip, serial string) error {
	for _, k := range codeKeys(ip, serial) {
		c, err := s.limits.wrongCodes.Get(ctx, k) // increments
		if err != nil {
			return fmt.Errorf("rate limit: %w", err)
		}
		if c.Reached {
			return rateLimited(c)
		}
	}
	return nil
}

// codeAccepted gives back the attempt a right code counted.
func (s *Service) codeAccepted(ctx context.Context, ip, serial string) error {
	for _, k := range codeKeys(ip, serial) {
		if _, err := s.limits.wrongCodes.Increment(ctx, k, -1); err != nil {
			return fmt.Errorf("rate limit: %w", err)
		}
	}
	return nil
}

func codeKeys(ip, serial string) []string { return []string{"code:ip:" + ip, "code:serial:" + serial} }

func rateLimited(c limiter.Context) error {
	wait := time.Until(time.Unix(c.Reset, 0)).Round(time.Second)
	if wait < time.Second {
		wait = time.Second
	}
	e := apperr.New(apperr.RateLimited, "too many attempts: try again in %s", wait)
	e.RetryAfter = wait
	return e
}
