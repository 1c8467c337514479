package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ulule/limiter/v3"
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

// locked reports whether the account or the address has used up its failures.
func (l *lockout) locked(ctx context.Context, email, ip string) (bool, error) {
	if l == nil {
		return false, nil
	}
	for _, c := range []struct {
		l   *limiter.Limiter
		key string
	}{{l.account, accountKey(email)}, {l.address, addressKey(ip)}} {
		st, err := c.l.Peek(ctx, c.key)
		if err != nil {
			return false, fmt.Errorf("login lockout: %w", err)
		}
		if st.Remaining <= 0 {
			return true, nil
		}
	}
	return false, nil
}

// fail counts a failed login against the account and the address.
func (l *lockout) fail(ctx context.Context, email, ip string) error {
	if l == nil {
		return nil
	}
	if _, err := l.account.Increment(ctx, accountKey(email), 1); err != nil {
		return fmt.Errorf("login lockout: %w", err)
	}
	if _, err := l.address.Increment(ctx, addressKey(ip), 1); err != nil {
		return fmt.Errorf("login lockout: %w", err)
	}
	return nil
}

// succeed forgets the account's failures; the address keeps its count, so one good password does not
// reopen an address that is guessing other accounts.
func (l *lockout) succeed(ctx context.Context, email string) error {
	if l == nil {
		return nil
	}
	if _, err := l.account.Reset(ctx, accountKey(email)); err != nil {
		return fmt.Errorf("login lockout: %w", err)
	}
	return nil
}
