package orgs_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// inviter records the first admin instead of sending an invitation.
type inviter struct{ emails []string }

func (i *inviter) CheckNewEmail(_ context.Context, field, email string, _ int) (string, error) {
	if email == "taken@example.com" {
		return "", apperr.Invalid(field, "taken")
	}
	return email, nil
}

func (i *inviter) InviteAdminInTx(ctx context.Context, tx *ent.Tx, email, name, lang string, orgID int) error {
	i.emails = append(i.emails, email)
	return tx.User.Create().SetEmail(email).SetName(name).SetLanguage(lang).SetRole(user.RoleADMIN).SetOrganizationID(orgID).Exec(ctx)
}

func superAdmin() context.Context {
	return viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, Role: viewer.RoleSuperAdmin})
}

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

func TestManagerCreate_ProvisionsDefaultsAndInvitesTheFirstAdmin(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		inv := &inviter{}
		m := &orgs.Manager{Client: db.Client, Auth: auth.NewService(auth.Config{Client: db.Client, SessionTTL: time.Hour}), Users: inv}
		org, err := m.Create(superAdmin(), orgs.NewOrganization{Name: " Acme ", Slug: "Acme", DefaultLanguage: "fr",
			AdminEmail: "boss@acme.test", AdminName: "Boss"})
		if err != nil {
			t.Fatal(err)
		}
		sys := rule.SystemContext(context.Background())
		if org.Name != "Acme" || org.Slug != "acme" || org.DefaultLanguage != "fr" || org.Timezone != "UTC" {
			t.Errorf("organization %+v", org)
		}
		if n := db.Client.InterventionStatus.Query().Where(interventionstatus.OrganizationID(org.ID)).CountX(sys); n != len(orgs.DefaultStatuses) {
			t.Errorf("%d statuses, want %d", n, len(orgs.DefaultStatuses))
		}
		if len(inv.emails) != 1 || inv.emails[0] != "boss@acme.test" {
			t.Errorf("invited %v", inv.emails)
		}
		if _, err := m.Create(superAdmin(), orgs.NewOrganization{Name: "Other", Slug: "acme"}); codeOf(err) != apperr.BadUserInput {
			t.Errorf("taken slug: %v", err)
		}
		if _, err := m.Create(superAdmin(), orgs.NewOrganization{Name: "Other", Slug: "other", DefaultLanguage: "de"}); codeOf(err) != apperr.BadUserInput {
			t.Errorf("a language the admin is not translated into: %v", err)
		}
		admin := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 2, OrgID: org.ID, Role: viewer.RoleAdmin})
		if _, err := m.Create(admin, orgs.NewOrganization{Name: "Mine", Slug: "mine"}); err == nil {
			t.Error("an organization's admin created an organization")
		}
	})
}

func TestManagerCreate_RollsBackWhenTheInvitationFails(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		m := &orgs.Manager{Client: db.Client, Auth: auth.NewService(auth.Config{Client: db.Client}), Users: failingInviter{}}
		if _, err := m.Create(superAdmin(), orgs.NewOrganization{Name: "Acme", Slug: "acme", AdminEmail: "boss@acme.test"}); err == nil {
			t.Fatal("created despite the failed invitation")
		}
		if n := db.Client.Organization.Query().CountX(rule.SystemContext(context.Background())); n != 0 {
			t.Errorf("%d organizations left behind", n)
		}
	})
}

type failingInviter struct{}

func (failingInviter) CheckNewEmail(_ context.Context, _, email string, _ int) (string, error) {
	return email, nil
}
func (failingInviter) InviteAdminInTx(context.Context, *ent.Tx, string, string, string, int) error {
	return errors.New("mail down")
}

func TestManagerSetActive_DisablesAndEnables(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		m := &orgs.Manager{Client: db.Client, Auth: auth.NewService(auth.Config{Client: db.Client}), Users: &inviter{}}
		org, err := m.Create(superAdmin(), orgs.NewOrganization{Name: "Acme", Slug: "acme"})
		if err != nil {
			t.Fatal(err)
		}
		if org, err = m.SetActive(superAdmin(), org.ID, false); err != nil || org.Active {
			t.Fatalf("disable: %+v %v", org, err)
		}
		if org, err = m.SetActive(superAdmin(), org.ID, true); err != nil || !org.Active {
			t.Fatalf("enable: %+v %v", org, err)
		}
	})
}
