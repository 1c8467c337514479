package demo_test

import (
	"context"
	"maps"
	"sync"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/demo"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

const password = "demo-password-123"

var opts = demo.Options{PrinterCode: "DEMOCODE42", AdminEmail: "Admin@Demo.test", TechEmail: "tech@demo.test",
	Password: password, TechnicalEmail: "technicians@demo.test"}

func sys() context.Context { return rule.SystemContext(context.Background()) }

// counts is how many rows of each seeded kind exist.
func counts(c *ent.Client) map[string]int {
	ctx := sys()
	return map[string]int{
		"organizations": c.Organization.Query().CountX(ctx), "panic buttons": c.PanicButton.Query().CountX(ctx),
		"causes": c.Cause.Query().CountX(ctx), "email templates": c.EmailTemplate.Query().CountX(ctx),
		"users": c.User.Query().CountX(ctx), "statuses": c.InterventionStatus.Query().CountX(ctx),
		"notification settings": c.NotificationSettings.Query().CountX(ctx),
	}
}

func TestSeed_CreatesTheDemoOrganizationOnce(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		first, err := demo.Seed(context.Background(), db.Client, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !first.Created || first.PrinterCode != "DEMOCODE42" {
			t.Errorf("first seed %+v", first)
		}
		want := map[string]int{"organizations": 1, "panic buttons": 1, "causes": len(demo.Causes),
			"email templates": len(demo.EmailTemplates), "users": 2, "statuses": len(orgs.DefaultStatuses), "notification settings": 1}
		if got := counts(db.Client); !maps.Equal(got, want) {
			t.Errorf("after the first seed %v, want %v", got, want)
		}
		again, err := demo.Seed(context.Background(), db.Client, opts)
		if err != nil {
			t.Fatal(err)
		}
		if again.Created || again.PrinterCode != first.PrinterCode {
			t.Errorf("second seed %+v", again)
		}
		if got := counts(db.Client); !maps.Equal(got, want) {
			t.Errorf("after the second seed %v, want %v", got, want)
		}
	})
}

func TestSeed_ConcurrentSeedsCreateOnce(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		var wg sync.WaitGroup
		results := make([]*demo.Result, 2)
		errs := make([]error, 2)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i], errs[i] = demo.Seed(context.Background(), db.Client, opts)
			}()
		}
		wg.Wait()
		created := 0
		for i, err := range errs {
			if err != nil {
				t.Fatalf("seed %d: %v", i, err)
			}
			if results[i].Created {
				created++
			}
			if results[i].PrinterCode != "DEMOCODE42" {
				t.Errorf("seed %d printer code %q", i, results[i].PrinterCode)
			}
		}
		if created != 1 {
			t.Errorf("%d seeds say they created the organization", created)
		}
		if n := db.Client.Organization.Query().Where(organization.Slug(demo.Slug)).CountX(sys()); n != 1 {
			t.Errorf("%d demo organizations", n)
		}
	})
}

func TestSeed_UsersCanSignInAndContentIsComplete(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		if _, err := demo.Seed(context.Background(), db.Client, opts); err != nil {
			t.Fatal(err)
		}
		a := auth.NewService(auth.Config{Client: db.Client, SessionTTL: time.Hour})
		for email, role := range map[string]user.Role{"admin@demo.test": user.RoleADMIN, "tech@demo.test": user.RoleTECHNICIAN} {
			_, u, err := a.Login(context.Background(), email, password, "10.0.0.1", "")
			if err != nil || u.Role != role {
				t.Errorf("login %s: %+v %v", email, u, err)
			}
		}
		org := db.Client.Organization.Query().Where(organization.Slug(demo.Slug)).WithPanicButtons().OnlyX(sys())
		pb := org.Edges.PanicButtons[0]
		for _, lang := range []string{"en", "fr", "it"} {
			if len(pb.Texts[lang]) == 0 {
				t.Errorf("no kiosk texts in %s", lang)
			}
		}
		for _, c := range db.Client.Cause.Query().Where(cause.PanicButtonID(pb.ID)).AllX(sys()) {
			for _, lang := range i18n.UILanguages {
				if c.Labels[lang] == "" {
					t.Errorf("cause %v has no %s label", c.Labels, lang)
				}
			}
		}
		for _, tpl := range db.Client.EmailTemplate.Query().AllX(sys()) {
			if len(tpl.TechnicalEmails) != 1 || tpl.TechnicalEmails[0] != "technicians@demo.test" || tpl.FromEmail == "" {
				t.Errorf("template %s: %+v", tpl.Language, tpl)
			}
			for _, s := range []string{tpl.TechSubject, tpl.TechHTML, tpl.UserSubject, tpl.UserHTML, tpl.StatusAdminHTML,
				tpl.StatusCustomerHTML, tpl.StatusTechnicianHTML} {
				if s == "" {
					t.Errorf("template %s has an empty part", tpl.Language)
				} else if err := mail.Validate(s); err != nil {
					t.Errorf("template %s: %v", tpl.Language, err)
				}
			}
		}
		for lang, texts := range pb.Texts {
			for key, s := range texts {
				if err := mail.Validate(s); err != nil {
					t.Errorf("kiosk text %s.%s: %v", lang, key, err)
				}
			}
		}
	})
}

func TestSeed_RefusesAWeakPasswordAndStoresNothing(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		weak := opts
		weak.Password = "short"
		if _, err := demo.Seed(context.Background(), db.Client, weak); err == nil {
			t.Fatal("seeded with a 5-character password")
		}
		if n := db.Client.Organization.Query().CountX(sys()); n != 0 {
			t.Errorf("%d organizations", n)
		}
	})
}

func TestBootstrap_CreatesTheSuperAdminOnlyInAnEmptyDatabase(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		created, err := demo.Bootstrap(context.Background(), db.Client, " Root@Example.COM ", "platform-password-1")
		if err != nil || !created {
			t.Fatalf("bootstrap: %v %v", created, err)
		}
		u := db.Client.User.Query().OnlyX(sys())
		if u.Email != "root@example.com" || u.Role != user.RoleSUPER_ADMIN || u.OrganizationID != nil || u.PasswordHash == "" {
			t.Errorf("super-admin %+v", u)
		}
		created, err = demo.Bootstrap(context.Background(), db.Client, "other@example.com", "platform-password-2")
		if err != nil || created {
			t.Errorf("second bootstrap: %v %v", created, err)
		}
		if n := db.Client.User.Query().CountX(sys()); n != 1 {
			t.Errorf("%d users", n)
		}
	})
}

func TestSeedInterventions_TopsUpToN(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		if _, err := demo.Seed(context.Background(), db.Client, opts); err != nil {
			t.Fatal(err)
		}
		n, err := demo.SeedInterventions(context.Background(), db.Client, 30)
		if err != nil || n != 30 {
			t.Fatalf("first: %d %v", n, err)
		}
		n, err = demo.SeedInterventions(context.Background(), db.Client, 30)
		if err != nil || n != 0 {
			t.Errorf("again: %d %v", n, err)
		}
		if got := db.Client.Intervention.Query().CountX(sys()); got != 30 {
			t.Errorf("%d interventions", got)
		}
		n, err = demo.SeedInterventions(context.Background(), db.Client, 40)
		if err != nil || n != 10 {
			t.Errorf("up to 40: %d %v", n, err)
		}
	})
}
