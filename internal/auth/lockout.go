package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ulule/limiter/v3"

	"github.com/panicbutton/panicbutton/internal/apperr"
)

// Lockout configures how many failed logins lock an account or an address out, and for how long.
type Lockout struct {
	PerAccount int64 // failures per email within Window
	PerAddress int64 // failures per client address within Window
	Window     time.Duration
}

// DefaultLockout: 5 wrong passwords lock an account for 15 minutes; an address trying many accounts is
// stopped after 20 failures (sized for an office behind one NAT address).
var DefaultLockout = Lockout{PerAccount: 5, PerAddress: 20, Window: 15 * time.Minute}

// lockout counts failed logins in the shared rate-limit store (memory, or Redis across instances).
type lockout struct {
	account, address *limiter.Limiter
}

func newLockout(store limiter.Store, l Lockout) *lockout {
	return &lockout{
		account: limiter.New(store, limiter.Rate{Limit: l.PerAccount, Period: l.Window}),
		address: limiter.New(store, limiter.Rate{Limit: l.PerAddress, Period: l.Window}),
	}
}

// accountKey does not keep email addresses in the store.
func accountKey(email string) string {
	sum := sha256.Sum256([]byte(email))
	return "login:acct:" + hex.EncodeToString(sum[:12])
}

func addressKey(ip string) string { return "login:ip:" + ip }

// attempt counts one attempt against the account (and the address, when ip is not empty) before the
// password is compared, and reports whether this attempt is past a limit. Counting first is what holds
// under concurrency: the store's increment is atomic (memory, or a Redis script), so N parallel attempts
// take N distinct counts and only the first PerAccount of them are ever compared. The returned context is
// the limit that was reached (for RATE_LIMITED's retryAfter).
func (l *lockout) attempt(ctx context.Context, email, ip string) (bool, limiter.Context, error) {
	if l == nil {
		return false, limiter.Context{}, nil
	}
	keys := []struct {
		l   *limiter.Limiter
		key string
	}{{l.account, accountKey(email)}}
	if ip != "" {
		keys = append(keys, struct {
			l   *limiter.Limiter
			key string
		}{l.address, addressKey(ip)})
	}
	locked, at := false, limiter.Context{}
	for _, c := range keys {
		st, err := c.l.Get(ctx, c.key) // increments
		if err != nil {
			return false, limiter.Context{}, fmt.Errorf("login lockout: %w", err)
		}
		if st.Reached && !locked {
			locked, at = true, st
		}
	}
	return locked, at, nil
}

// succeed forgets the account's failures and gives the address back the attempt it counted, so logins that
// succeed never lock an office's shared address; the address keeps its failures, so one good password does
// not reopen an address that is guessing other accounts.
func (l *lockout) succeed(ctx context.Context, email, ip string) error {
	if l == nil {
		return nil
	}
	if _, err := l.account.Reset(ctx, accountKey(email)); err != nil {
		return fmt.Errorf("login lockout: %w", err)
	}
	if ip != "" {
		if _, err := l.address.Increment(ctx, addressKey(ip), -1); err != nil {
			return fmt.Errorf("login lockout: %w", err)
		}
	}
	return nil
}

// lockedOut is the RATE_LIMITED answer to a signed-in caller (changePassword): unlike a login, the caller
// already knows the account exists, so saying it is locked and for how long reveals nothing.
func lockedOut(c limiter.Context, now time.Time) error {
	wait := time.Unix(c.Reset, 0).Sub(now).Round(time.Second)
	if wait < time.Second {
		wait = time.Second
	}
	e := apperr.New(apperr.RateLimited, "too many wrong passwords: try again in %s", wait)
	e.RetryAfter = wait
	return e
}
