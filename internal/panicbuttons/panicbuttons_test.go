package panicbuttons_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/schema/rule"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/internal/apperr"
	"github.com/panicbutton/panicbutton/internal/mail"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/panicbuttons"
	"github.com/panicbutton/panicbutton/internal/store"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

type fixture struct {
	c        *ent.Client
	svc      *panicbuttons.Service
	org      *ent.Organization
	pb       *ent.PanicButton // languages en, fr, it
	admin    *ent.User
	adminCtx context.Context
	// otherCtx is the admin of another organization.
	otherCtx context.Context
}

func sys() context.Context { return rule.SystemContext(context.Background()) }

func codeOf(err error) apperr.Code {
	if e, ok := apperr.As(err); ok {
		return e.Code
	}
	return ""
}

func fieldOf(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Field
	}
	return ""
}

// newFixture provisions two organizations (the first with default language orgLang), each with an admin.
func newFixture(t *testing.T, db *store.DB, orgLang string) *fixture {
	t.Helper()
	admin := func(slug, lang string) (*orgs.Provisioned, *ent.User, context.Context) {
		p, err := orgs.Provision(sys(), db.Client, orgs.NewOrg{Name: slug, Slug: slug, DefaultLanguage: lang})
		if err != nil {
			t.Fatal(err)
		}
		u := db.Client.User.Create().SetEmail("admin@" + slug + ".test").SetName("Admin").SetRole(user.RoleADMIN).
			SetLanguage("en").SetOrganizationID(p.Org.ID).SaveX(sys())
		return p, u, viewer.NewContext(context.Background(), &viewer.Viewer{UserID: u.ID, OrgID: p.Org.ID, Role: viewer.RoleAdmin})
	}
	p, u, ctx := admin("acme", orgLang)
	_, _, other := admin("globex", "en")
	svc := panicbuttons.NewService(db.Client, mail.NewQueue(nil, mail.Address{Name: "Panic Button", Email: "no-reply@panic.example.com"}, "panic.example.com", "acme.test"))
	return &fixture{c: db.Client, svc: svc, org: p.Org, pb: p.PanicButton, admin: u, adminCtx: ctx, otherCtx: other}
}

func TestCreatePanicButton_ChecksLanguagesAndGivesAFreshPrinterCode(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, "en")
		pb, err := f.svc.CreatePanicButton(f.adminCtx, " Warehouse ", []string{"fr", "de"}, "")
		if err != nil {
			t.Fatal(err)
		}
		if pb.Name != "Warehouse" || !slices.Equal(pb.Languages, []string{"fr", "de"}) || pb.DefaultLanguage != "fr" ||
			pb.OrganizationID != f.org.ID || len(pb.PrinterCode) < 6 || pb.PrinterCode == f.pb.PrinterCode {
			t.Errorf("panic button %+v", pb)
		}
		if _, err := f.svc.CreatePanicButton(f.adminCtx, "X", []string{"fr"}, "en"); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "defaultLanguage" {
			t.Errorf("default language not enabled: %v", err)
		}
		if _, err := f.svc.CreatePanicButton(f.adminCtx, "X", []string{"klingon"}, ""); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "languages" {
			t.Errorf("unsupported language: %v", err)
		}
		if _, err := f.svc.CreatePanicButton(f.adminCtx, "  ", nil, ""); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "name" {
			t.Errorf("blank name: %v", err)
		}
		if _, err := f.svc.CreatePanicButton(context.Background(), "X", nil, ""); codeOf(err) != apperr.Forbidden {
			t.Errorf("no viewer: %v", err)
		}
	})
}

func TestSetKioskTexts_RefusesUnknownVariablesNamingTheField(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, "en")
		pb, err := f.svc.SetKioskTexts(f.adminCtx, f.pb.ID, "fr", []panicbuttons.KeyValue{
			{Key: "title", Value: "Imprimante [[[SERIAL]]]"}, {Key: "welcome", Value: "Bonjour"}})
		if err != nil {
			t.Fatal(err)
		}
		if pb.Texts["fr"]["title"] != "Imprimante [[[SERIAL]]]" || pb.Texts["fr"]["welcome"] != "Bonjour" {
			t.Errorf("texts %v", pb.Texts)
		}
		_, err = f.svc.SetKioskTexts(f.adminCtx, f.pb.ID, "fr", []panicbuttons.KeyValue{
			{Key: "welcome", Value: "Salut"}, {Key: "printer", Value: "Imprimante [[[SERIALNUMBER]]] [[[SERIAL]]]"}})
		if codeOf(err) != apperr.BadUserInput || fieldOf(err) != "texts.printer" || !strings.Contains(err.Error(), "SERIALNUMBER") ||
			strings.Contains(strings.TrimPrefix(err.Error(), "texts.printer"), "[[[SERIAL]]]") {
			t.Errorf("unknown variable: %v", err)
		}
		if _, err := f.svc.SetKioskTexts(f.adminCtx, f.pb.ID, "fr", []panicbuttons.KeyValue{{Key: "title", Value: "[[[SERIAL"}}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "texts.title" {
			t.Errorf("half-typed variable: %v", err)
		}
		if _, err := f.svc.SetKioskTexts(f.adminCtx, f.pb.ID, "fr", []panicbuttons.KeyValue{{Key: "Bad Key", Value: "x"}}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "texts" {
			t.Errorf("bad key: %v", err)
		}
		if _, err := f.svc.SetKioskTexts(f.adminCtx, f.pb.ID, "de", []panicbuttons.KeyValue{{Key: "title", Value: "Drucker"}}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "language" {
			t.Errorf("language not enabled: %v", err)
		}
		got := f.c.PanicButton.GetX(sys(), f.pb.ID)
		if got.Texts["fr"]["welcome"] != "Bonjour" || got.Texts["fr"]["printer"] != "" {
			t.Errorf("a refused change was stored: %v", got.Texts)
		}
		// An empty value removes the key; other languages are untouched.
		if _, err := f.svc.SetKioskTexts(f.adminCtx, f.pb.ID, "en", []panicbuttons.KeyValue{{Key: "title", Value: "Printer"}}); err != nil {
			t.Fatal(err)
		}
		pb, err = f.svc.SetKioskTexts(f.adminCtx, f.pb.ID, "fr", []panicbuttons.KeyValue{{Key: "welcome", Value: " "}})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := pb.Texts["fr"]["welcome"]; ok || pb.Texts["en"]["title"] != "Printer" || pb.Texts["fr"]["title"] == "" {
			t.Errorf("texts after removing a key %v", pb.Texts)
		}
		if _, err := f.svc.SetKioskTexts(f.otherCtx, f.pb.ID, "fr", []panicbuttons.KeyValue{{Key: "title", Value: "Hacked"}}); err == nil {
			t.Error("another organization's admin changed the texts")
		}
	})
}

func TestCauses_CreateReorderDeactivate(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, "en")
		var ids []int
		for _, label := range []string{"Paper jam", "No toner", "Scanner"} {
			c, err := f.svc.CreateCause(f.adminCtx, f.pb.ID, []panicbuttons.KeyValue{{Key: "en", Value: " " + label + " "}, {Key: "fr", Value: ""}})
			if err != nil {
				t.Fatal(err)
			}
			if c.Labels["en"] != label || len(c.Labels) != 1 || c.Position != len(ids) || !c.Active || c.OrganizationID != f.org.ID {
				t.Errorf("cause %+v", c)
			}
			ids = append(ids, c.ID)
		}
		if _, err := f.svc.CreateCause(f.adminCtx, f.pb.ID, []panicbuttons.KeyValue{{Key: "en", Value: "  "}}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "labels" {
			t.Errorf("a cause without a label: %v", err)
		}
		order := []int{ids[2], ids[0], ids[1]}
		got, err := f.svc.ReorderCauses(f.adminCtx, f.pb.ID, order)
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs []int
		for _, c := range got {
			gotIDs = append(gotIDs, c.ID)
		}
		if !slices.Equal(gotIDs, order) {
			t.Errorf("order %v, want %v", gotIDs, order)
		}
		stored := f.c.Cause.Query().Where(cause.PanicButtonID(f.pb.ID)).Order(ent.Asc(cause.FieldPosition)).IDsX(sys())
		if !slices.Equal(stored, order) {
			t.Errorf("stored order %v, want %v", stored, order)
		}
		if _, err := f.svc.ReorderCauses(f.adminCtx, f.pb.ID, []int{ids[0], ids[1]}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "ids" {
			t.Errorf("a partial order: %v", err)
		}
		if _, err := f.svc.ReorderCauses(f.adminCtx, f.pb.ID, []int{ids[0], ids[0], ids[1]}); codeOf(err) != apperr.BadUserInput {
			t.Errorf("an order with a repeat: %v", err)
		}
		off := false
		c, err := f.svc.UpdateCause(f.adminCtx, ids[1], []panicbuttons.KeyValue{{Key: "fr", Value: "Plus de toner"}}, &off)
		if err != nil {
			t.Fatal(err)
		}
		if c.Active || c.Labels["en"] != "No toner" || c.Labels["fr"] != "Plus de toner" {
			t.Errorf("updated cause %+v", c)
		}
		if n := f.c.Cause.Query().Where(cause.PanicButtonID(f.pb.ID), cause.Active(true)).CountX(sys()); n != 2 {
			t.Errorf("%d active causes, want 2", n)
		}
		if _, err := f.svc.UpdateCause(f.adminCtx, ids[1], []panicbuttons.KeyValue{{Key: "en", Value: ""}, {Key: "fr", Value: ""}}, nil); codeOf(err) != apperr.BadUserInput {
			t.Errorf("removing every label: %v", err)
		}
		if _, err := f.svc.CreateCause(f.otherCtx, f.pb.ID, []panicbuttons.KeyValue{{Key: "en", Value: "Spam"}}); err == nil {
			t.Error("another organization's admin added a cause")
		}
		if err := f.svc.DeleteCause(f.otherCtx, ids[0]); err == nil {
			t.Error("another organization's admin deleted a cause")
		}
		if err := f.svc.DeleteCause(f.adminCtx, ids[0]); err != nil {
			t.Fatal(err)
		}
		if n := f.c.Cause.Query().Where(cause.PanicButtonID(f.pb.ID)).CountX(sys()); n != 2 {
			t.Errorf("%d causes after a delete, want 2", n)
		}
	})
}

// The cost limit counts PanicButton.causes by MaxCauses: that bound is real, createCause refuses one more.
func TestCreateCause_RefusesMoreThanMaxCauses(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, "en")
		have := f.c.Cause.Query().Where(cause.PanicButtonID(f.pb.ID)).CountX(sys())
		for i := have; i < panicbuttons.MaxCauses; i++ {
			if _, err := f.svc.CreateCause(f.adminCtx, f.pb.ID, []panicbuttons.KeyValue{{Key: "en", Value: fmt.Sprintf("Cause %d", i)}}); err != nil {
				t.Fatalf("cause %d: %v", i, err)
			}
		}
		if _, err := f.svc.CreateCause(f.adminCtx, f.pb.ID, []panicbuttons.KeyValue{{Key: "en", Value: "One too many"}}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "panicButtonId" {
			t.Errorf("cause %d: %v", panicbuttons.MaxCauses+1, err)
		}
		if n := f.c.Cause.Query().Where(cause.PanicButtonID(f.pb.ID)).CountX(sys()); n != panicbuttons.MaxCauses {
			t.Errorf("%d causes stored, want %d", n, panicbuttons.MaxCauses)
		}
	})
}

func TestCauseLabel_FallsBackToTheOrganizationLanguageThenAnyLanguage(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, "it")
		both, err := f.svc.CreateCause(f.adminCtx, f.pb.ID, []panicbuttons.KeyValue{{Key: "en", Value: "Paper jam"}, {Key: "it", Value: "Inceppamento"}})
		if err != nil {
			t.Fatal(err)
		}
		onlyFR, err := f.svc.CreateCause(f.adminCtx, f.pb.ID, []panicbuttons.KeyValue{{Key: "fr", Value: "Bourrage"}})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			c    *ent.Cause
			lang string
			want string
		}{
			{both, "en", "Paper jam"},    // its own language
			{both, "fr", "Inceppamento"}, // the organization's default (it), not en
			{onlyFR, "en", "Bourrage"},   // the only label there is
			{onlyFR, "it", "Bourrage"},
		} {
			got, err := f.svc.CauseLabel(f.adminCtx, c.c, c.lang)
			if err != nil || got != c.want {
				t.Errorf("label of %v in %s: %q %v, want %q", c.c.Labels, c.lang, got, err, c.want)
			}
		}
	})
}

func TestUpdateEmailTemplate_NamesTheUnknownVariableAndItsField(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, "en")
		str := func(s string) *string { return &s }
		tpl, err := f.svc.UpdateEmailTemplate(f.adminCtx, f.pb.ID, "fr", panicbuttons.EmailSettings{
			FromEmail: str(" Panic@Acme.TEST "), FromName: str("Acme"), TechnicalEmails: []string{"a@acme.test, B@acme.test;c@acme.test"},
			TechSubject: str("Panne [[[SERIAL]]]"), TechHTML: str("<p>[[[ENDUSERMESSAGE]]]</p>")})
		if err != nil {
			t.Fatal(err)
		}
		if tpl.FromEmail != "panic@acme.test" || tpl.FromName != "Acme" || tpl.TechSubject != "Panne [[[SERIAL]]]" ||
			!slices.Equal(tpl.TechnicalEmails, []string{"a@acme.test", "b@acme.test", "c@acme.test"}) || tpl.Language != "fr" {
			t.Errorf("template %+v", tpl)
		}
		_, err = f.svc.UpdateEmailTemplate(f.adminCtx, f.pb.ID, "fr", panicbuttons.EmailSettings{
			TechSubject: str("Ticket [[[SERIAL]]]"), UserHTML: str("<p>Merci, [[[CUSTOMER_NAME]]]</p>")})
		if codeOf(err) != apperr.BadUserInput || fieldOf(err) != "input.userHtml" || !strings.Contains(err.Error(), "[[[CUSTOMER_NAME]]]") {
			t.Errorf("unknown variable: %v", err)
		}
		if got := f.c.EmailTemplate.Query().Where(emailtemplate.PanicButtonID(f.pb.ID), emailtemplate.Language("fr")).OnlyX(sys()); got.TechSubject != "Panne [[[SERIAL]]]" {
			t.Errorf("a refused update was partly stored: tech subject %q", got.TechSubject)
		}
		for _, c := range []struct {
			in    panicbuttons.EmailSettings
			field string
		}{
			{panicbuttons.EmailSettings{FromEmail: str("not an address")}, "input.fromEmail"},
			{panicbuttons.EmailSettings{FromName: str("two\nlines")}, "input.fromName"},
			{panicbuttons.EmailSettings{TechnicalEmails: []string{"ok@acme.test, nope"}}, "input.technicalEmails"},
			{panicbuttons.EmailSettings{StatusCustomerSubject: str("[[[STATUS]]] [[[NOPE]]]")}, "input.statusCustomerSubject"},
			{panicbuttons.EmailSettings{TechSubject: str(strings.Repeat("x", 501))}, "input.techSubject"},
		} {
			if _, err := f.svc.UpdateEmailTemplate(f.adminCtx, f.pb.ID, "fr", c.in); codeOf(err) != apperr.BadUserInput || fieldOf(err) != c.field {
				t.Errorf("%s: %v", c.field, err)
			}
		}
		if _, err := f.svc.UpdateEmailTemplate(f.adminCtx, f.pb.ID, "de", panicbuttons.EmailSettings{}); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "language" {
			t.Errorf("language not enabled: %v", err)
		}
		if n := f.c.EmailTemplate.Query().CountX(sys()); n != 1 {
			t.Errorf("%d templates, want 1", n)
		}
	})
}

func TestPreviewAndTestEmail_RenderTheVariables(t *testing.T) {
	testutil.EachDialect(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, "en")
		str := func(s string) *string { return &s }
		if _, err := f.svc.UpdateEmailTemplate(f.adminCtx, f.pb.ID, "en", panicbuttons.EmailSettings{
			TechSubject: str("Ticket [[[SERIAL]]]"), TechHTML: str("<p>[[[PRINTERLOCALISATION]]]</p>")}); err != nil {
			t.Fatal(err)
		}
		p, err := f.svc.PreviewEmail(f.adminCtx, f.pb.ID, "en", panicbuttons.KindTech, 0, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		ex := mail.ExampleVars()
		if p.Subject != "Ticket "+ex.Serial || !strings.Contains(p.HTML, ex.PrinterLocalisation) || strings.Contains(p.HTML+p.Subject, "[[[") {
			t.Errorf("preview %+v", p)
		}
		if _, err := f.svc.PreviewEmail(f.adminCtx, f.pb.ID, "en", panicbuttons.KindTech, 0, str("[[[WHAT]]]"), nil); codeOf(err) != apperr.BadUserInput || fieldOf(err) != "subject" {
			t.Errorf("draft with an unknown variable: %v", err)
		}
		m, err := f.svc.SendTestEmail(f.adminCtx, f.pb.ID, "en", panicbuttons.KindTech)
		if err != nil {
			t.Fatal(err)
		}
		if m.Kind != emailmessage.KindTEST || !slices.Equal(m.To, []string{f.admin.Email}) || m.Subject != "[TEST] Ticket "+ex.Serial ||
			m.OrganizationID != f.org.ID || m.FromEmail != "no-reply@panic.example.com" {
			t.Errorf("test email %+v", m)
		}
	})
}
