// Package demo creates the demo organization of `make run` (DESIGN §11): one panic button with EN/FR/IT
// content, causes, complete email templates, the default statuses and notification rules, an admin and a
// technician. Seeding twice creates nothing new.
package demo

import (
	"context"
	"fmt"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/orgs"
)

// Slug identifies the demo organization.
const Slug = "demo"

// Options are the demo logins and printer code (from DEMO_* variables).
type Options struct {
	PrinterCode    string
	AdminEmail     string
	TechEmail      string
	Password       string
	TechnicalEmail string
}

// Result tells what Seed did.
type Result struct {
	Created     bool
	PrinterCode string
	AdminEmail  string
	TechEmail   string
}

// Seed creates the demo organization unless it exists, in one transaction.
func Seed(ctx context.Context, client *ent.Client, o Options) (*Result, error) {
	ctx = rule.SystemContext(ctx)
	existing, err := client.Organization.Query().Where(organization.Slug(Slug)).WithPanicButtons().First(ctx)
	if err == nil {
		res := &Result{AdminEmail: o.AdminEmail, TechEmail: o.TechEmail}
		if len(existing.Edges.PanicButtons) > 0 {
			res.PrinterCode = existing.Edges.PanicButtons[0].PrinterCode
		}
		return res, nil
	}
	if !ent.IsNotFound(err) {
		return nil, fmt.Errorf("demo: %w", err)
	}
	hash, err := auth.HashPassword(o.Password)
	if err != nil {
		return nil, fmt.Errorf("demo: DEMO_PASSWORD: %w", err)
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	p, err := orgs.Provision(ctx, tx.Client(), orgs.NewOrg{
		Name: "Demo Company", Slug: Slug, DefaultLanguage: "en",
		PanicButtonName: "Head office", PrinterCode: o.PrinterCode,
	})
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	pb, err := p.PanicButton.Update().SetLanguages([]string{"en", "fr", "it"}).SetTexts(KioskTexts).
		SetColors(map[string]string{"primary": "#c62828", "background": "#ffffff", "text": "#212121"}).
		SetErrorOids([]string{"1.3.6.1.2.1.43.18.1.1.8.1.1", "1.3.6.1.2.1.43.16.5.1.2.1.1", "", ""}).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("demo: panic button content: %w", err)
	}
	for i, labels := range Causes {
		if err := tx.Cause.Create().SetOrganizationID(p.Org.ID).SetPanicButtonID(pb.ID).SetLabels(labels).
			SetPosition(i).Exec(ctx); err != nil {
			return nil, fmt.Errorf("demo: cause: %w", err)
		}
	}
	for lang, t := range EmailTemplates {
		if err := tx.EmailTemplate.Create().SetOrganizationID(p.Org.ID).SetPanicButtonID(pb.ID).SetLanguage(lang).
			SetFromEmail("panic@demo.example").SetFromName(t.FromName).
			SetTechnicalEmails([]string{o.TechnicalEmail}).
			SetTechSubject(t.TechSubject).SetTechHTML(t.TechHTML).
			SetUserSubject(t.UserSubject).SetUserHTML(t.UserHTML).
			SetStatusAdminSubject(t.StatusSubject).SetStatusAdminHTML(t.StatusAdminHTML).
			SetStatusCustomerSubject(t.StatusSubject).SetStatusCustomerHTML(t.StatusCustomerHTML).
			SetStatusTechnicianSubject(t.StatusSubject).SetStatusTechnicianHTML(t.StatusTechnicianHTML).
			Exec(ctx); err != nil {
			return nil, fmt.Errorf("demo: email template %s: %w", lang, err)
		}
	}
	users := []struct {
		email, name string
		role        user.Role
	}{{o.AdminEmail, "Demo Admin", user.RoleADMIN}, {o.TechEmail, "Demo Technician", user.RoleTECHNICIAN}}
	for _, u := range users {
		email, err := auth.NormalizeEmail(u.email)
		if err != nil {
			return nil, fmt.Errorf("demo: %s: %w", u.email, err)
		}
		if err := tx.User.Create().SetEmail(email).SetName(u.name).SetRole(u.role).
			SetOrganizationID(p.Org.ID).SetPasswordHash(hash).Exec(ctx); err != nil {
			return nil, fmt.Errorf("demo: user %s: %w", email, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("demo: commit: %w", err)
	}
	return &Result{Created: true, PrinterCode: pb.PrinterCode, AdminEmail: o.AdminEmail, TechEmail: o.TechEmail}, nil
}

// Bootstrap creates the platform super-admin when the database has no user at all.
func Bootstrap(ctx context.Context, client *ent.Client, email, password string) (bool, error) {
	ctx = rule.SystemContext(ctx)
	n, err := client.User.Query().Count(ctx)
	if err != nil || n > 0 {
		return false, err
	}
	norm, err := auth.NormalizeEmail(email)
	if err != nil {
		return false, fmt.Errorf("BOOTSTRAP_ADMIN_EMAIL: %w", err)
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		return false, fmt.Errorf("BOOTSTRAP_ADMIN_PASSWORD: %w", err)
	}
	err = client.User.Create().SetEmail(norm).SetName("Platform admin").SetRole(user.RoleSUPER_ADMIN).
		SetPasswordHash(hash).Exec(ctx)
	return err == nil, err
}
