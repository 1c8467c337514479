package orgs

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/store"
)

// Manager is the super-admin's management of organizations. Every write goes through the caller's
// viewer: the Organization privacy policy lets only the super-admin create or change one.
type Manager struct {
	Client *ent.Client
	Auth   *auth.Service
	Users  Inviter
}

// Inviter checks and invites an organization's first admin (users.Service). An interface, so that this package
// does not import users (which queues mail, whose tests provision organizations here).
type Inviter interface {
	CheckNewEmail(ctx context.Context, field, email string, orgID int) (string, error)
	InviteAdminInTx(ctx context.Context, tx *ent.Tx, email, name, language string, orgID int) error
}

// NewOrganization is what the super-admin gives to create an organization.
type NewOrganization struct {
	Name, Slug, DefaultLanguage, Timezone, CustomerContactEmail string
	PanicButtonName                                             string
	AdminEmail, AdminName                                       string // optional first admin, invited by email
}

var slugRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

func validName(field, name string) error {
	if n := len([]rune(name)); n == 0 || n > 200 {
		return apperr.Invalid(field, "must be 1 to 200 characters")
	}
	return nil
}

func validTimezone(field, tz string) error {
	if _, err := time.LoadLocation(tz); err != nil || tz == "" || tz == "Local" {
		return apperr.Invalid(field, "unknown time zone %q: want an IANA name such as Europe/Rome", tz)
	}
	return nil
}

func validLanguage(field, lang string) error {
	if !i18n.SupportedUI(lang) {
		return apperr.Invalid(field, "unsupported language %q: want one of %v", lang, i18n.UILanguages)
	}
	return nil
}

// Create provisions an organization (default statuses, notification settings, one panic button) and
// invites its first admin, in one transaction.
func (m *Manager) Create(ctx context.Context, in NewOrganization) (*ent.Organization, error) {
	in.Name, in.Slug = strings.TrimSpace(in.Name), strings.ToLower(strings.TrimSpace(in.Slug))
	if err := validName("input.name", in.Name); err != nil {
		return nil, err
	}
	if !slugRE.MatchString(in.Slug) {
		return nil, apperr.Invalid("input.slug", "want lower-case letters, digits and dashes (up to 64)")
	}
	if in.DefaultLanguage == "" {
		in.DefaultLanguage = "en"
	}
	if err := validLanguage("input.defaultLanguage", in.DefaultLanguage); err != nil {
		return nil, err
	}
	if in.Timezone == "" {
		in.Timezone = "UTC"
	}
	if err := validTimezone("input.timezone", in.Timezone); err != nil {
		return nil, err
	}
	contact := ""
	if in.CustomerContactEmail != "" {
		var err error
		if contact, err = emailaddr.Normalize(in.CustomerContactEmail); err != nil {
			return nil, apperr.Invalid("input.customerContactEmail", "not a valid email address")
		}
	}
	if in.PanicButtonName != "" {
		if err := validName("input.panicButtonName", in.PanicButtonName); err != nil {
			return nil, err
		}
	}
	taken, err := m.Client.Organization.Query().Where(organization.Slug(in.Slug)).Exist(rule.SystemContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("create organization: %w", err)
	}
	if taken {
		return nil, apperr.Invalid("input.slug", "%q is taken", in.Slug)
	}
	adminEmail := ""
	if in.AdminEmail != "" {
		var err error
		if adminEmail, err = m.Users.CheckNewEmail(ctx, "input.adminEmail", in.AdminEmail, 0); err != nil {
			return nil, err
		}
	}
	var org *ent.Organization
	err = store.WithTx(ctx, m.Client, func(tx *ent.Tx) error {
		p, err := Provision(ctx, tx.Client(), NewOrg{Name: in.Name, Slug: in.Slug, DefaultLanguage: in.DefaultLanguage,
			PanicButtonName: in.PanicButtonName})
		if err != nil {
			return err
		}
		upd := p.Org.Update().SetTimezone(in.Timezone)
		if contact != "" {
			upd.SetCustomerContactEmail(contact)
		}
		org, err = upd.Save(ctx)
		if err != nil {
			return err
		}
		if adminEmail != "" {
			name := strings.TrimSpace(in.AdminName)
			lang := in.DefaultLanguage
			if len([]rune(name)) > 200 {
				return apperr.Invalid("input.adminName", "must be at most 200 characters")
			}
			if err := m.Users.InviteAdminInTx(ctx, tx, adminEmail, name, lang, org.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("create organization: %w", err)
	}
	return m.Client.Organization.Get(ctx, org.ID) // outside the committed transaction
}

// Update changes an organization; switching it off is a SetActive(false).
func (m *Manager) Update(ctx context.Context, id int, in ent.UpdateOrganizationInput) (*ent.Organization, error) {
	if in.Name != nil {
		*in.Name = strings.TrimSpace(*in.Name)
		if err := validName("input.name", *in.Name); err != nil {
			return nil, err
		}
	}
	if in.Slug != nil {
		*in.Slug = strings.ToLower(strings.TrimSpace(*in.Slug))
		if !slugRE.MatchString(*in.Slug) {
			return nil, apperr.Invalid("input.slug", "want lower-case letters, digits and dashes (up to 64)")
		}
	}
	if in.DefaultLanguage != nil {
		if err := validLanguage("input.defaultLanguage", *in.DefaultLanguage); err != nil {
			return nil, err
		}
	}
	if in.Timezone != nil {
		if err := validTimezone("input.timezone", *in.Timezone); err != nil {
			return nil, err
		}
	}
	if in.CustomerContactEmail != nil {
		e, err := emailaddr.Normalize(*in.CustomerContactEmail)
		if err != nil {
			return nil, apperr.Invalid("input.customerContactEmail", "not a valid email address")
		}
		in.CustomerContactEmail = &e
	}
	var out *ent.Organization
	err := store.WithTx(ctx, m.Client, func(tx *ent.Tx) error {
		var err error
		if out, err = tx.Organization.UpdateOneID(id).SetInput(in).Save(ctx); err != nil {
			return err
		}
		if in.Active != nil && !*in.Active {
			return m.Auth.RevokeOrganizationSessions(ctx, tx, id)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m.Client.Organization.Get(ctx, out.ID)
}

// SetActive disables an organization (its users' sessions are revoked, they cannot sign in, its API keys
// stop working) or enables it again.
func (m *Manager) SetActive(ctx context.Context, id int, active bool) (*ent.Organization, error) {
	return m.Update(ctx, id, ent.UpdateOrganizationInput{Active: &active})
}
