// Package audit records who changed what: a gqlgen extension writes one AuditLog row for every mutation a
// signed-in caller (person or API key) makes, with its arguments (secrets redacted), object and address.
package audit

import (
	"context"
	"fmt"
	"log/slog"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/99designs/gqlgen/graphql"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
)

// Redacted replaces the value of a secret argument.
const Redacted = "[REDACTED]"

// NotAudited are mutations that change nothing an administrator reviews: signing in and out, device
// operations (anonymous) and bell housekeeping.
var NotAudited = map[string]bool{
	"login": true, "logout": true, "launch": true, "registerPrinter": true, "submitPanicReport": true,
	"markNotificationsRead": true, "markAllNotificationsRead": true,
}

// Recorder is the gqlgen extension. It sits around every Mutation root field, so a mutation added later is
// audited without anyone remembering to; it writes after the resolver succeeded, in a system context.
type Recorder struct {
	Client *ent.Client
	Log    *slog.Logger
	// IP returns the caller's address for ctx.
	IP func(context.Context) string
}

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = Recorder{}

func (Recorder) ExtensionName() string                   { return "AuditLog" }
func (Recorder) Validate(graphql.ExecutableSchema) error { return nil }

func (r Recorder) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Object != "Mutation" || NotAudited[fc.Field.Name] {
		return next(ctx)
	}
	v := viewer.FromContext(ctx) // read before: a mutation may change who the caller is
	res, err := next(ctx)
	if err != nil || v == nil {
		return res, err
	}
	var vars map[string]any
	if oc := graphql.GetOperationContext(ctx); oc != nil {
		vars = oc.Variables
	}
	e := Entry{Operation: fc.Field.Name, Changes: Redact(fc.Field.ArgumentMap(vars)).(map[string]any)}
	e.ObjectType, e.ObjectID, e.OrgID = subject(res)
	if e.ObjectType == "" {
		e.ObjectType = typeFromOperation(fc.Field.Name)
	}
	if e.ObjectID == "" {
		if id, ok := e.Changes["id"]; ok {
			e.ObjectID = fmt.Sprint(id)
		} else if id, ok := res.(int); ok {
			e.ObjectID = strconv.Itoa(id)
		}
	}
	if r.IP != nil {
		e.IP = r.IP(ctx)
	}
	if werr := r.Write(ctx, v, e); werr != nil && r.Log != nil {
		r.Log.ErrorContext(ctx, "audit log not written", "operation", e.Operation, "err", werr)
	}
	return res, err
}

// Entry is one audited change.
type Entry struct {
	Operation  string
	ObjectType string
	ObjectID   string
	OrgID      int // the object's organization when the viewer has none (super-admin)
	Changes    map[string]any
	IP         string
}

// Write stores e as done by v, in a system context (nobody writes the audit log through the API).
func (r Recorder) Write(ctx context.Context, v *viewer.Viewer, e Entry) error {
	c := r.Client.AuditLog.Create().SetOperation(cut(e.Operation, 100)).SetChanges(e.Changes)
	if org := v.OrgID; org != 0 {
		c.SetOrganizationID(org)
	} else if e.OrgID != 0 {
		c.SetOrganizationID(e.OrgID)
	}
	if v.APIKeyID != 0 {
		c.SetAPIKeyID(v.APIKeyID)
	} else if v.UserID != 0 {
		c.SetActorID(v.UserID)
	}
	if e.ObjectType != "" {
		c.SetObjectType(cut(e.ObjectType, 64))
	}
	if e.ObjectID != "" {
		c.SetObjectID(cut(e.ObjectID, 64))
	}
	if e.IP != "" {
		c.SetIP(cut(e.IP, 45))
	}
	if err := c.Exec(rule.SystemContext(context.WithoutCancel(ctx))); err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	return nil
}

// secretWords mark an argument as secret when its name, lower-cased without separators, contains one.
var secretWords = []string{"password", "passphrase", "token", "secret", "printercode", "apikey", "keyhash",
	"community", "credential", "authorization", "privatekey"}

// IsSecret reports whether an argument or input field named name holds a secret.
func IsSecret(name string) bool {
	n := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, name)
	if n == "key" {
		return true
	}
	for _, w := range secretWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// Redact returns v with the values of secret keys replaced, at any depth.
func Redact(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, val := range t {
			if IsSecret(k) && val != nil {
				out[k] = Redacted
			} else {
				out[k] = Redact(val)
			}
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, val := range t {
			out[i] = Redact(val)
		}
		return out
	}
	return v
}

// subject finds the entity a mutation returned (directly, or as a field of a payload): its type, id and
// organization.
func subject(res any) (typ, id string, org int) {
	rv := reflect.ValueOf(res)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return "", "", 0
		}
		rv = rv.Elem()
	}
	if rv.Kind() == reflect.Slice && rv.Len() > 0 {
		typ, _, org = subject(rv.Index(0).Interface())
		return typ, "", org
	}
	if rv.Kind() != reflect.Struct {
		return "", "", 0
	}
	if f := rv.FieldByName("ID"); f.IsValid() && f.Kind() == reflect.Int {
		typ, id = rv.Type().Name(), strconv.Itoa(int(f.Int()))
		if typ == "Organization" {
			return typ, id, int(f.Int())
		}
		switch o := rv.FieldByName("OrganizationID"); {
		case !o.IsValid():
		case o.Kind() == reflect.Int:
			org = int(o.Int())
		case o.Kind() == reflect.Pointer && !o.IsNil() && o.Elem().Kind() == reflect.Int:
			org = int(o.Elem().Int())
		}
		return typ, id, org
	}
	for i := range rv.NumField() { // a payload: the first entity it carries
		f := rv.Field(i)
		if !rv.Type().Field(i).IsExported() || f.Kind() != reflect.Pointer || f.IsNil() {
			continue
		}
		if typ, id, org = subject(f.Interface()); typ != "" {
			return typ, id, org
		}
	}
	return "", "", 0
}

// typeFromOperation guesses the object type from a mutation's name ("deleteUser" is about a User).
func typeFromOperation(op string) string {
	for i, r := range op {
		if unicode.IsUpper(r) {
			return op[i:]
		}
	}
	return ""
}

func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
