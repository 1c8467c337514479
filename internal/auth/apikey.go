package auth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"slices"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/apikey"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/events"
)

// APIKeyPrefix starts every partner API key, so a bearer token is recognised as one without a lookup.
const APIKeyPrefix = "pb_"

// apiKeyLastUsedEvery throttles last_used_at writes: a busy partner costs one UPDATE a minute, not one per call.
const apiKeyLastUsedEvery = time.Minute

// NewAPIKeyInput describes a key to create.
type NewAPIKeyInput struct {
	Name   string
	Scopes []string
	// OrganizationID is the organization the key acts for: the viewer's own unless they are the super-admin.
	OrganizationID int
}

// CreateAPIKey creates a partner key with the viewer's privacy (admins, in their organization) and returns
// it with the key itself, which is stored only as a hash and never shown again.
func (s *Service) CreateAPIKey(ctx context.Context, in NewAPIKeyInput) (*ent.APIKey, string, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, "", apperr.New(apperr.Unauthenticated, "sign in first")
	}
	if len(in.Name) == 0 || len([]rune(in.Name)) > 200 {
		return nil, "", apperr.Invalid("input.name", "must be 1 to 200 characters")
	}
	if len(in.Scopes) == 0 {
		return nil, "", apperr.Invalid("input.scopes", "give at least one scope")
	}
	scopes := []string{}
	for _, sc := range in.Scopes {
		if !slices.Contains(viewer.Scopes, sc) {
			return nil, "", apperr.Invalid("input.scopes", "unknown scope %q: want one of %v", sc, viewer.Scopes)
		}
		if !slices.Contains(scopes, sc) {
			scopes = append(scopes, sc)
		}
	}
	org := in.OrganizationID
	if org == 0 {
		org = v.OrgID
	}
	if org == 0 {
		return nil, "", apperr.Invalid("input.organizationID", "required for the super-admin")
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, "", fmt.Errorf("api key: %w", err)
	}
	key := APIKeyPrefix + base64.RawURLEncoding.EncodeToString(b)
	create := s.client.APIKey.Create().SetName(in.Name).SetScopes(scopes).SetOrganizationID(org).
		SetKeyHash(hashToken(key)).SetPrefix(key[:len(APIKeyPrefix)+6])
	if v.UserID != 0 {
		create.SetCreatedByID(v.UserID)
	}
	k, err := create.Save(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("create api key: %w", err)
	}
	return k, key, nil
}

// RevokeAPIKey revokes a key at once (the viewer's privacy applies).
func (s *Service) RevokeAPIKey(ctx context.Context, id int) (*ent.APIKey, error) {
	k, err := s.client.APIKey.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if k.RevokedAt != nil {
		return k, nil
	}
	if k, err = k.Update().SetRevokedAt(s.now()).Save(ctx); err != nil {
		return nil, err
	}
	s.announce(ctx, events.Event{OrgID: k.OrganizationID, APIKeyID: k.ID})
	return k, nil
}

// authenticateAPIKey resolves a partner key: an admin-like viewer of its organization, limited by its scopes.
func (s *Service) authenticateAPIKey(ctx context.Context, key string) (*viewer.Viewer, error) {
	sys := rule.SystemContext(ctx)
	k, err := s.client.APIKey.Query().Where(apikey.KeyHash(hashToken(key))).WithOrganization().Only(sys)
	if ent.IsNotFound(err) {
		return nil, ErrNoSession
	}
	if err != nil {
		return nil, fmt.Errorf("authenticate api key: %w", err)
	}
	if k.RevokedAt != nil || k.Edges.Organization == nil || !k.Edges.Organization.Active {
		return nil, ErrNoSession
	}
	now := s.now()
	if k.LastUsedAt == nil || now.Sub(*k.LastUsedAt) >= apiKeyLastUsedEvery {
		// Conditional, so concurrent requests of one key write once.
		err := s.client.APIKey.Update().
			Where(apikey.ID(k.ID), apikey.Or(apikey.LastUsedAtIsNil(), apikey.LastUsedAtLT(now.Add(-apiKeyLastUsedEvery)))).
			SetLastUsedAt(now).Exec(sys)
		if err != nil {
			return nil, fmt.Errorf("api key last used: %w", err)
		}
	}
	return &viewer.Viewer{OrgID: k.OrganizationID, Role: viewer.RoleAdmin, APIKeyID: k.ID, Scopes: k.Scopes}, nil
}
