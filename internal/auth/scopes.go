package auth

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
)

// PartnerMutations are the mutations a partner API key may call, with the scope each needs. The privacy
// rules already limit what a key reads and writes; this closes the mutations whose domain code writes in a
// system context after checking only that the caller can see the object. A mutation missing here is
// refused to every API key, so a new one is closed to partners until it is listed.
var PartnerMutations = map[string]string{
	"changeInterventionStatus":         viewer.ScopeInterventionsWrite,
	"assignIntervention":               viewer.ScopeInterventionsWrite,
	"addInterventionNote":              viewer.ScopeInterventionsWrite,
	"createIntervention":               viewer.ScopeInterventionsWrite,
	"createWebhook":                    viewer.ScopeWebhooksManage,
	"updateWebhook":                    viewer.ScopeWebhooksManage,
	"deleteWebhook":                    viewer.ScopeWebhooksManage,
	"rotateWebhookSecret":              viewer.ScopeWebhooksManage,
	"sendTestWebhook":                  viewer.ScopeWebhooksManage,
	"redeliverWebhookDelivery":         viewer.ScopeWebhooksManage,
	"redeliverFailedWebhookDeliveries": viewer.ScopeWebhooksManage,
}

// ScopeGuard is a gqlgen extension refusing API keys the mutations their scopes do not cover.
type ScopeGuard struct {
	// Mutations maps mutation field names to the scope they need (PartnerMutations when nil).
	Mutations map[string]string
}

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = ScopeGuard{}

func (ScopeGuard) ExtensionName() string                   { return "APIKeyScopeGuard" }
func (ScopeGuard) Validate(graphql.ExecutableSchema) error { return nil }

func (g ScopeGuard) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Object != "Mutation" {
		return next(ctx)
	}
	v := viewer.FromContext(ctx)
	if !v.APIKey() {
		return next(ctx)
	}
	table := g.Mutations
	if table == nil {
		table = PartnerMutations
	}
	scope, ok := table[fc.Field.Name]
	if !ok {
		return nil, apperr.New(apperr.Forbidden, "API keys may not call %s", fc.Field.Name)
	}
	if !v.HasScope(scope) {
		return nil, apperr.New(apperr.Forbidden, "this API key lacks the %s scope", scope)
	}
	return next(ctx)
}
