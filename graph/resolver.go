// Package graph is the GraphQL layer: the hand-written *.graphqls, the generated ent.graphqls and thin
// resolvers that parse, call a domain package and return.
package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/graph/generated"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/interventions"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/notify"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/panicbuttons"
	"github.com/panicbutton/panicbutton/internal/printers"
	"github.com/panicbutton/panicbutton/internal/realtime"
	"github.com/panicbutton/panicbutton/internal/reporter"
	"github.com/panicbutton/panicbutton/internal/snmp"
	"github.com/panicbutton/panicbutton/internal/usage"
	"github.com/panicbutton/panicbutton/internal/users"
	"github.com/panicbutton/panicbutton/internal/webhooks"
)

// Resolver is the root resolver; it holds the dependencies the resolvers hand work to.
type Resolver struct {
	Client *ent.Client
	Auth   *auth.Service
	Feed   *realtime.Feed // the live events of subscriptions
	Device *device.Service
	// The ...Service names avoid the query resolvers named interventions, panicButtons and printers.
	InterventionsService *interventions.Service
	Notify               *notify.Service
	PanicButtonsService  *panicbuttons.Service
	PrintersService      *printers.Service
	UsageService         *usage.Service
	Poller               *snmp.Poller
	Outbox               *mail.Outbox
	Users                *users.Service
	Orgs                 *orgs.Manager
	Webhooks             *webhooks.Service
	// Reporter is the reporter's loop: tracking links, the inbound email quarantine, satisfaction.
	Reporter *reporter.Service
	// SessionTTL is how long a login session (and its cookie) lasts.
	SessionTTL time.Duration
}

// NewSchema builds the executable schema (with per-operation data loaders for the fields that need them:
// loaders.go).
func NewSchema(r *Resolver) graphql.ExecutableSchema {
	return loadingSchema{ExecutableSchema: generated.NewExecutableSchema(generated.Config{Resolvers: r, Directives: generated.DirectiveRoot{
		AdminOnly: adminOnly,
	}}), client: r.Client}
}

// clientIP is the caller's address as resolved by the auth middleware (proxies only when trusted).
func clientIP(ctx context.Context) string {
	if ri := auth.RequestInfoFrom(ctx); ri != nil {
		return ri.IP
	}
	return ""
}
