// Package demo creates the demo organization of `make run` (docs/DESIGN.md §11): one panic button with EN/FR/IT
// content, causes, complete email templates, the default statuses and notification rules, an admin and a
// technician. Seeding twice creates nothing new.
package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/emailaddr"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
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

// Seed creates the demo organization unless it exists, in one transaction. Instances starting together
// race safely: the loser's transaction fails on the unique slug and it reports the winner's organization.
func Seed(ctx context.Context, client *ent.Client, o Options) (*Result, error) {
	res, err := seed(ctx, client, o)
	if err != nil && ent.IsConstraintError(err) {
		return seed(ctx, client, o)
	}
	return res, err
}

func seed(ctx context.Context, client *ent.Client, o Options) (*Result, error) {
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
	var pb *ent.PanicButton
	err = store.WithTx(ctx, client, func(tx *ent.Tx) error {
		p, err := orgs.Provision(ctx, tx.Client(), orgs.NewOrg{
			Name: "Demo Company", Slug: Slug, DefaultLanguage: "en",
			PanicButtonName: "Head office", PrinterCode: o.PrinterCode,
		})
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		pb, err = tx.PanicButton.UpdateOne(p.PanicButton).SetLanguages([]string{"en", "fr", "it"}).SetTexts(KioskTexts).
			SetColors(map[string]string{"primary": "#c62828", "background": "#ffffff", "text": "#212121"}).
			SetErrorOids([]string{"1.3.6.1.2.1.43.18.1.1.8.1.1", "1.3.6.1.2.1.43.16.5.1.2.1.1", "", ""}).Save(ctx)
		if err != nil {
			return fmt.Errorf("demo: panic button content: %w", err)
		}
		for i, labels := range Causes {
			if err := tx.Cause.Create().SetOrganizationID(p.Org.ID).SetPanicButtonID(pb.ID).SetLabels(labels).
				SetPosition(i).Exec(ctx); err != nil {
				return fmt.Errorf("demo: cause: %w", err)
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
				return fmt.Errorf("demo: email template %s: %w", lang, err)
			}
		}
		users := []struct {
			email, name string
			role        user.Role
		}{{o.AdminEmail, "Demo Admin", user.RoleADMIN}, {o.TechEmail, "Demo Technician", user.RoleTECHNICIAN}}
		for _, u := range users {
			email, err := emailaddr.Normalize(u.email)
			if err != nil {
				return fmt.Errorf("demo: %s: %w", u.email, err)
			}
			if err := tx.User.Create().SetEmail(email).SetName(u.name).SetRole(u.role).
				SetOrganizationID(p.Org.ID).SetPasswordHash(hash).Exec(ctx); err != nil {
				return fmt.Errorf("demo: user %s: %w", email, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
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
	norm, err := emailaddr.Normalize(email)
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

// SeedInterventions adds n sample interventions to the demo organization (for trying the admin lists at
// scale), unless it already has at least n. They are spread over the last 90 days, statuses and printers.
func SeedInterventions(ctx context.Context, client *ent.Client, n int) (int, error) {
	ctx = rule.SystemContext(ctx)
	org, err := client.Organization.Query().Where(organization.Slug(Slug)).WithPanicButtons().WithStatuses().Only(ctx)
	if err != nil {
		return 0, fmt.Errorf("demo interventions: %w", err)
	}
	have, err := client.Intervention.Query().Where(intervention.OrganizationID(org.ID)).Count(ctx)
	if err != nil || have >= n {
		return 0, err
	}
	pb := org.Edges.PanicButtons[0]
	statuses := org.Edges.Statuses
	year := time.Now().UTC().Year()
	var printers []*ent.Printer
	for i := 0; i < 20; i++ {
		p, err := client.Printer.Create().SetOrganizationID(org.ID).SetPanicButtonID(pb.ID).
			SetSerial(fmt.Sprintf("DEMO-SN-%04d", i+1)).SetModel(demoModels[i%len(demoModels)]).
			SetName(fmt.Sprintf("Copier %d", i+1)).SetLocation(fmt.Sprintf("Floor %d", i%5+1)).Save(ctx)
		if ent.IsConstraintError(err) {
			p, err = client.Printer.Query().Where(printer.Serial(fmt.Sprintf("DEMO-SN-%04d", i+1))).Only(ctx)
		}
		if err != nil {
			return 0, fmt.Errorf("demo printers: %w", err)
		}
		printers = append(printers, p)
	}
	now := time.Now()
	step := 90 * 24 * time.Hour / time.Duration(n)
	const batch = 500
	created := 0
	for created < n-have {
		size := min(batch, n-have-created)
		builders := make([]*ent.InterventionCreate, size)
		for i := range builders {
			k := have + created + i
			p := printers[k%len(printers)]
			at := now.Add(-time.Duration(k) * step) // k*90 days in ns would overflow int64
			causes := Causes[k%len(Causes)]
			builders[i] = client.Intervention.Create().SetOrganizationID(org.ID).
				SetReference(fmt.Sprintf("PB-%d-D%05d", year, k+1)).SetPrinterID(p.ID).SetPanicButtonID(pb.ID).
				SetStatusID(statuses[k%len(statuses)].ID).SetReporterEmail(fmt.Sprintf("user%d@demo.example", k%250)).
				SetCauseLabels([]string{causes["en"]}).SetMessage("Sample report").SetLanguage("en").
				SetPrinterSnapshot(schematype.PrinterSnapshot{Serial: p.Serial, Model: p.Model, Name: p.Name, Location: p.Location}).
				SetOrigin(intervention.OriginKIOSK).SetCreatedAt(at).SetUpdatedAt(at)
		}
		if err := client.Intervention.CreateBulk(builders...).Exec(ctx); err != nil {
			return created, fmt.Errorf("demo interventions: %w", err)
		}
		created += size
	}
	return created, nil
}

var demoModels = []string{"Xerox WorkCentre 7845", "HP LaserJet Pro M404dn", "Ricoh IM C3000", "Kyocera TASKalfa 3253ci", "Canon iR-ADV C5535i"}
