// Package viewer carries who is making a request (user, API key, device or the system itself) in the context,
// so the data layer's privacy rules can decide what they may read and change.
package viewer

import (
	"context"

	"github.com/panicbutton/panicbutton/internal/apperr"
)

// Role is a user's role, as stored on the User schema.
type Role string

const (
	RoleSuperAdmin Role = "SUPER_ADMIN"
	RoleAdmin      Role = "ADMIN"
	RoleTechnician Role = "TECHNICIAN"
)

// API key scopes (partners read and write interventions, read printers, manage webhooks).
const (
	ScopeInterventionsRead  = "interventions:read"
	ScopeInterventionsWrite = "interventions:write"
	ScopePrintersRead       = "printers:read"
	ScopeWebhooksManage     = "webhooks:manage"
)

// Scopes lists every scope an API key can be granted.
var Scopes = []string{ScopeInterventionsRead, ScopeInterventionsWrite, ScopePrintersRead, ScopeWebhooksManage}

// Viewer is the authenticated caller. The zero value is an anonymous caller that may read nothing.
type Viewer struct {
	UserID    int
	OrgID     int // 0 for the platform super-admin
	Role      Role
	APIKeyID  int      // set when the caller is a partner API key
	Scopes    []string // API key scopes
	SessionID int
}

// SuperAdmin reports whether the viewer operates the whole platform.
func (v *Viewer) SuperAdmin() bool { return v != nil && v.Role == RoleSuperAdmin && v.APIKeyID == 0 }

// Admin reports whether the viewer administers its organization (a user, or an API key acting for it).
func (v *Viewer) Admin() bool { return v != nil && v.Role == RoleAdmin }

// APIKey reports whether the viewer is a partner API key.
func (v *Viewer) APIKey() bool { return v != nil && v.APIKeyID != 0 }

// AdminUser reports whether the viewer is a person administering an organization or the platform (not an
// API key, not a technician).
func (v *Viewer) AdminUser() bool {
	return v != nil && v.APIKeyID == 0 && (v.Role == RoleAdmin || v.Role == RoleSuperAdmin)
}

// Technician reports whether the viewer is a technician.
func (v *Viewer) Technician() bool { return v != nil && v.Role == RoleTechnician }

// HasScope reports whether an API key viewer holds scope; users hold every scope of their role.
func (v *Viewer) HasScope(scope string) bool {
	if v == nil {
		return false
	}
	if v.APIKeyID == 0 {
		return true
	}
	for _, s := range v.Scopes {
		if s == scope {
			return true
		}
	}
	return false
}

type ctxKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer in ctx, or nil.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}

// OrgOf is the organization of the caller for work that belongs to one (statuses, notification rules):
// UNAUTHENTICATED without a viewer, FORBIDDEN for a viewer of no organization (the platform's super-admin).
func OrgOf(ctx context.Context) (int, error) {
	v := FromContext(ctx)
	if v == nil {
		return 0, apperr.New(apperr.Unauthenticated, "sign in first")
	}
	if v.OrgID == 0 {
		return 0, apperr.New(apperr.Forbidden, "statuses belong to an organization")
	}
	return v.OrgID, nil
}
