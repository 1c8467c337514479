package graph

import (
	"context"
	"net/url"
	"testing"

	"github.com/ulule/limiter/v3/drivers/store/memory"

	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/device"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/panicbuttons"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// A cause labelled only in German used to show on the kiosk and be blank in the admin: both now use i18n.Pick.
func TestCauseLabel_OnlyInGermanShowsInTheAdminAsOnTheKiosk(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		sys := rule.SystemContext(context.Background())
		p, err := orgs.Provision(sys, db.Client, orgs.NewOrg{Name: "Acme", Slug: "acme", DefaultLanguage: "fr"})
		if err != nil {
			t.Fatal(err)
		}
		pb := p.PanicButton.Update().SetLanguages([]string{"en", "fr"}).SaveX(sys)
		c := db.Client.Cause.Create().SetOrganizationID(p.Org.ID).SetPanicButtonID(pb.ID).
			SetLabels(map[string]string{"de": "Papierstau"}).SaveX(sys)
		admin := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, OrgID: p.Org.ID, Role: viewer.RoleAdmin})
		r := &Resolver{Client: db.Client, PanicButtonsService: panicbuttons.NewService(db.Client, nil),
			Device: device.NewService(device.Config{Client: db.Client, Secret: []byte("0123456789abcdef0123456789abcdef"),
				PublicURL: &url.URL{Scheme: "https", Host: "panic.example.com"}, Store: memory.NewStore()})}
		en := "en"
		got, err := (&causeResolver{r}).Label(admin, c, &en)
		if err != nil || got != "Papierstau" {
			t.Errorf("admin label = %q, %v; want Papierstau", got, err)
		}
		k, err := r.Device.Preview(admin, pb, "en")
		if err != nil {
			t.Fatal(err)
		}
		if len(k.Causes) != 1 || k.Causes[0].Label != "Papierstau" {
			t.Errorf("kiosk causes %+v", k.Causes)
		}
	})
}
