package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/privacy"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
)

// ErrorPresenter turns every resolver error into a GraphQL error with extensions.code (docs/DESIGN.md §4). Errors
// that are not part of the vocabulary are logged and shown as INTERNAL, never with SQL or stack details.
func ErrorPresenter(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var ge *gqlerror.Error
		if errors.As(err, &ge) && ge.Extensions["code"] != nil {
			return ge // already coded (e.g. validation and parse errors from gqlgen)
		}
		// An input resolver's own coded error (where.search) names its field better than the argument's path.
		if _, coded := apperr.As(err); !coded {
			if arg, ok := argumentError(ctx, ge); ok {
				// A value gqlgen could not turn into its Go type (a cursor that does not decode, an ID
				// that is not a number): the caller's mistake, named by where it sits in the arguments.
				gerr.Message = "invalid value for " + arg
				gerr.Extensions = map[string]any{"code": string(apperr.BadUserInput), "field": arg}
				return gerr
			}
		}
		code, field, msg := classify(ctx, err)
		if code == apperr.Internal {
			logger.ErrorContext(ctx, "resolver error", "path", gerr.Path.String(), "err", err)
		}
		gerr.Message = msg
		gerr.Extensions = map[string]any{"code": string(code)}
		if field != "" {
			gerr.Extensions["field"] = field
		}
		if e, ok := apperr.As(err); ok && e.RetryAfter > 0 {
			gerr.Extensions["retryAfter"] = int(e.RetryAfter.Seconds() + 0.5)
		}
		return gerr
	}
}

func classify(ctx context.Context, err error) (apperr.Code, string, string) {
	if e, ok := apperr.As(err); ok {
		return e.Code, e.Field, e.Message
	}
	var we *ent.WhereEdgeError
	switch {
	case errors.As(err, &we) && errors.Is(err, privacy.Deny):
		// A where filter across an edge to a type the viewer may not read (ent/template/where_input.tmpl).
		return apperr.Forbidden, "where." + we.Path, "not allowed to filter on " + we.Type
	case errors.Is(err, privacy.Deny):
		if viewer.FromContext(ctx) == nil {
			return apperr.Unauthenticated, "", "sign in first"
		}
		return apperr.Forbidden, "", "not allowed"
	case ent.IsNotFound(err):
		return apperr.NotFound, "", "not found"
	case ent.IsValidationError(err):
		var ve *ent.ValidationError
		errors.As(err, &ve)
		return apperr.BadUserInput, ve.Name, "invalid value for " + ve.Name
	case ent.IsConstraintError(err):
		return apperr.BadUserInput, "", "conflicts with an existing record"
	}
	return apperr.Internal, "", "internal error"
}

// argumentError reports whether ge sits inside the arguments of the field being resolved (gqlgen puts an
// argument's name, and the input fields and indexes within it, after the field's own path when one of its
// values does not unmarshal) and names that place, e.g. "where.hasInterventionsWith[0].idIn[3]".
func argumentError(ctx context.Context, ge *gqlerror.Error) (string, bool) {
	if ge == nil || !graphql.HasOperationContext(ctx) {
		return "", false
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return "", false
	}
	own := fc.Path()
	if len(ge.Path) <= len(own) {
		return "", false
	}
	rest := ge.Path[len(own):]
	name, ok := rest[0].(ast.PathName)
	if !ok || fc.Field.Definition == nil || fc.Field.Definition.Arguments.ForName(string(name)) == nil {
		return "", false
	}
	var b strings.Builder
	for i, el := range rest {
		switch el := el.(type) {
		case ast.PathName:
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(string(el))
		case ast.PathIndex:
			fmt.Fprintf(&b, "[%d]", int(el))
		}
	}
	return b.String(), true
}
