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

// codeLocked reports RATE_LIMITED when an address or serial has used up its wrong codes.
func (s *Service) codeLocked(ctx context.Context, ip, serial string) error {
	for _, k := range []string{"code:ip:" + ip, "code:serial:" + serial} {
		c, err := s.limits.wrongCodes.Peek(ctx, k)
		if err != nil {
			return fmt.Errorf("rate limit: %w", err)
		}
		if c.Remaining <= 0 {
			return rateLimited(c)
		}
	}
	return nil
}

func (s *Service) countWrongCode(ctx context.Context, ip, serial string) error {
	for _, k := range []string{"code:ip:" + ip, "code:serial:" + serial} {
		if _, err := s.limits.wrongCodes.Increment(ctx, k, 1); err != nil {
			return fmt.Errorf("rate limit: %w", err)
		}
	}
	return nil
}

func rateLimited(c limiter.Context) error {
	wait := time.Until(time.Unix(c.Reset, 0)).Round(time.Second)
	if wait < time.Second {
		wait = time.Second
	}
	e := apperr.New(apperr.RateLimited, "too many attempts: try again in %s", wait)
	e.RetryAfter = wait
	return e
}
