package gqllimit

import (
	"context"
	"errors"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/ulule/limiter/v3"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// CodeRateLimited is the code of an operation refused because its caller's budget is spent.
const CodeRateLimited = "RATE_LIMITED"

// Budget charges each operation's cost (what Complexity computed) to its caller's budget of cost points per
// window, as GitHub's GraphQL API does with its points per hour: an operation that would overdraw the budget
// is refused with RATE_LIMITED and extensions.retryAfter (seconds until the window resets). Every response of
// a budgeted caller says where it stands in extensions.rateLimit {limit, cost, remaining, resetAt} and, over
// HTTP, in X-RateLimit-Limit / -Remaining / -Used / -Reset headers (Retry-After when refused). The counters
// live in the limiter's store (in memory, or Redis shared by every instance).
//
// Budget must be used after Complexity (it reads the cost Complexity recorded).
type Budget struct {
	Limiter *limiter.Limiter
	// Key is the budget the operation is charged to ("" for callers without one, e.g. signed-in users).
	Key func(ctx context.Context) string
	// Header is the response's headers when the operation came over HTTP (nil otherwise).
	Header func(ctx context.Context) http.Header
}

// RateLimit is extensions.rateLimit of a budgeted caller's response.
type RateLimit struct {
	Limit     int64     `json:"limit"`
	Cost      int       `json:"cost"`
	Remaining int64     `json:"remaining"`
	ResetAt   time.Time `json:"resetAt"`
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = Budget{}

func (Budget) ExtensionName() string { return "CostBudget" }

func (b Budget) Validate(graphql.ExecutableSchema) error {
	if b.Limiter == nil || b.Key == nil {
		return errors.New("cost budget needs a limiter and a key")
	}
	return nil
}

func (b Budget) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	key := b.Key(ctx)
	cost, costed := oc.Stats.GetExtension((&Complexity{}).ExtensionName()).(Cost)
	if key == "" || !costed || cost.RequestedQueryCost > cost.Maximum {
		return nil // unbudgeted, or already refused by the complexity limit (nothing is charged)
	}
	charge := int64(max(cost.RequestedQueryCost, 1)) // at least 1 point an operation
	// Charged before the check (increment, then compare), so concurrent operations cannot all pass.
	lc, err := b.Limiter.Increment(ctx, key, charge)
	if err != nil {
		return gqlerror.Errorf("cost budget: %v", err)
	}
	rl := RateLimit{Limit: lc.Limit, Cost: cost.RequestedQueryCost, Remaining: lc.Remaining, ResetAt: time.Unix(lc.Reset, 0).UTC()}
	if lc.Reached {
		// Overdrawn: give back what this operation took (a refused operation costs nothing) and say what is left.
		if lc, err = b.Limiter.Increment(ctx, key, -charge); err == nil {
			rl.Remaining = lc.Remaining
		}
		wait := max(1, int(math.Ceil(time.Until(rl.ResetAt).Seconds())))
		oc.Stats.SetExtension(b.ExtensionName(), rl)
		if h := b.header(ctx); h != nil {
			h.Set("Retry-After", strconv.Itoa(wait))
		}
		e := gqlerror.Errorf("this API key's budget of %d cost points is spent for now: this operation costs %d and %d remain; retry in %d s",
			rl.Limit, rl.Cost, rl.Remaining, wait)
		e.Extensions = map[string]any{"code": CodeRateLimited, "retryAfter": wait, "cost": rl.Cost,
			"limit": rl.Limit, "remaining": rl.Remaining}
		return e
	}
	oc.Stats.SetExtension(b.ExtensionName(), rl)
	return nil
}

// InterceptResponse adds extensions.rateLimit and the X-RateLimit-* headers for budgeted callers.
func (b Budget) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if graphql.HasOperationContext(ctx) {
		if rl, ok := graphql.GetOperationContext(ctx).Stats.GetExtension(b.ExtensionName()).(RateLimit); ok {
			graphql.RegisterExtension(ctx, "rateLimit", rl)
			if h := b.header(ctx); h != nil {
				h.Set("X-RateLimit-Limit", strconv.FormatInt(rl.Limit, 10))
				h.Set("X-RateLimit-Remaining", strconv.FormatInt(rl.Remaining, 10))
				h.Set("X-RateLimit-Used", strconv.FormatInt(rl.Limit-rl.Remaining, 10))
				h.Set("X-RateLimit-Reset", strconv.FormatInt(rl.ResetAt.Unix(), 10))
			}
		}
	}
	return next(ctx)
}

func (b Budget) header(ctx context.Context) http.Header {
	if b.Header == nil {
		return nil
	}
	return b.Header(ctx)
}
