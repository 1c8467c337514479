package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent"
	"github.com/panicbutton/panicbutton/ent/apikey"
	"github.com/panicbutton/panicbutton/ent/auditlog"
	"github.com/panicbutton/panicbutton/ent/cause"
	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/emailtemplate"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionevent"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/media"
	"github.com/panicbutton/panicbutton/ent/meterreading"
	"github.com/panicbutton/panicbutton/ent/notification"
	"github.com/panicbutton/panicbutton/ent/notificationsettings"
	"github.com/panicbutton/panicbutton/ent/organization"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/session"
	"github.com/panicbutton/panicbutton/ent/user"
	"github.com/panicbutton/panicbutton/ent/viewer"
	"github.com/panicbutton/panicbutton/ent/webhook"
	"github.com/panicbutton/panicbutton/ent/webhookattempt"
	"github.com/panicbutton/panicbutton/ent/webhookdelivery"
	"github.com/panicbutton/panicbutton/internal/auth"
	"github.com/panicbutton/panicbutton/internal/events"
	"github.com/panicbutton/panicbutton/internal/orgs"
	"github.com/panicbutton/panicbutton/internal/testutil"
)

// The tenant-isolation matrix (docs/DESIGN.md §10): organization B has a row in every table, and organization A's
// admin, technician and partner key try every query, mutation and subscription of the schema — enumerated by
// introspection, so a field added later is tried too — against B's objects: by id through node/nodes and
// every id argument, through where filters, through nested edges (some of A's rows deliberately point at
// B's). Nothing of B may come back and nothing of B may change.

// publicFields answer anonymous callers by design: the device contract and signing in. They are covered by
// their own tests; logout only ends the caller's own session.
var publicFields = map[string]bool{
	"Query.ping": true, "Mutation.launch": true, "Mutation.registerPrinter": true, "Mutation.submitPanicReport": true,
	"Mutation.login": true, "Mutation.setPassword": true, "Mutation.logout": true,
}

// allowedCodes are the answers a refused cross-tenant attempt may get. INTERNAL, or a query the schema
// rejects, fails the test: the first is a bug, the second a gap in the probe generator below.
var allowedCodes = map[string]bool{"FORBIDDEN": true, "NOT_FOUND": true, "UNAUTHENTICATED": true, "BAD_USER_INPUT": true}

const orgBMarker = "orgb"

type isoFixture struct {
	orgA, orgB   int
	bIDs, aIDs   map[string][]int // GraphQL type -> ids
	itA, itB     int
	techA, techB int
	adminB       int
	notifB       int
	viewers      []isoViewer
}

type isoViewer struct {
	name, token string
	user        int // 0: not a user (an API key)
}

func TestIsolation_OrgACannotReachOrgB(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, map[string]string{"GRAPHQL_MAX_DEPTH": "40", "GRAPHQL_MAX_COMPLEXITY": "1000000000000000000"})
		fx := seedTwoOrgs(t, s)
		sc := introspect(t, s, fx.viewers[0].token)
		before := snapshotOrg(t, s, fx.orgB)
		for _, v := range fx.viewers {
			t.Run(v.name, func(t *testing.T) {
				for _, root := range []string{"Query", "Mutation"} {
					for _, f := range sc.types[root].Fields {
						if publicFields[root+"."+f.Name] {
							continue
						}
						for _, p := range sc.probes(t, fx, root, f) {
							r := s.probe(t, p, bearer(v.token))
							checkNoLeak(t, fx, root+"."+f.Name+" "+p.desc, r)
							if root == "Mutation" {
								if after := snapshotOrg(t, s, fx.orgB); after != before {
									t.Fatalf("%s %s changed organization B:\nbefore %s\nafter  %s", f.Name, p.desc, before, after)
								}
							}
						}
					}
				}
				subscriptionsSeeNothingOfB(t, s, sc, fx, v)
			})
		}
		checkAStillConsistent(t, s, fx)
	})
}

func seedTwoOrgs(t *testing.T, s *testServer) *isoFixture {
	t.Helper()
	c, ctx := s.db.Client, sys()
	fx := &isoFixture{bIDs: map[string][]int{}, aIDs: map[string][]int{}}
	// Organization A: the demo organization, with a report through the device path, a key, a webhook, media.
	itA, _ := s.report(t, "SN-ORGA-1")
	fx.itA = atoi(t, itA)
	fx.orgA = s.demoOrg(t).ID
	fx.techA = atoi(t, s.idOf(t, testTech))
	adminA := s.loginAs(t, testAdmin, testPassword)
	keyA := s.apiKey(t, adminA, "partner A", viewer.Scopes...)
	techA := s.loginAs(t, testTech, testPassword)
	fx.viewers = []isoViewer{{"admin A", adminA, atoi(t, s.idOf(t, testAdmin))}, {"technician A", techA, fx.techA}, {"API key A", keyA, 0}}
	hookA := c.Webhook.Create().SetOrganizationID(fx.orgA).SetURL("https://a.example/hook").SetSecret("a-secret").
		SetEvents([]string{"intervention.created"}).SaveX(ctx)
	deliveryA := c.WebhookDelivery.Create().SetOrganizationID(fx.orgA).SetWebhookID(hookA.ID).SetEventID("msg_a").
		SetEventType("intervention.created").SetPayload(`{"type":"intervention.created"}`).
		SetStatus(webhookdelivery.StatusFAILED).SetNextAttemptAt(time.Now()).SaveX(ctx)
	c.WebhookAttempt.Create().SetOrganizationID(fx.orgA).SetDeliveryID(deliveryA.ID).SetAttempt(1).
		SetRequestHeaders(map[string]string{"webhook-id": "msg_a"}).SetResponseStatus(500).SetDurationMs(3).ExecX(ctx)
	c.Media.Create().SetOrganizationID(fx.orgA).SetFilename("a.png").SetContentType("image/png").SetSize(3).
		SetSha256("a-hash").SetData([]byte("png")).ExecX(ctx)

	// Organization B: every table, every string marked.
	p, err := orgs.Provision(ctx, c, orgs.NewOrg{Name: "Org B orgb", Slug: "orgb", PanicButtonName: "orgb button", PrinterCode: "ORGBCODE99"})
	if err != nil {
		t.Fatal(err)
	}
	b := p.Org.ID
	fx.orgB = b
	c.Organization.UpdateOneID(b).SetCustomerContactEmail("contact@orgb.test").ExecX(ctx)
	hash, _ := auth.HashPassword(testPassword)
	adminB := c.User.Create().SetEmail("admin@orgb.test").SetName("orgb admin").SetRole(user.RoleADMIN).
		SetOrganizationID(b).SetPasswordHash(hash).SaveX(ctx)
	techB := c.User.Create().SetEmail("tech@orgb.test").SetName("orgb tech").SetRole(user.RoleTECHNICIAN).
		SetOrganizationID(b).SetPasswordHash(hash).SetPhone("+1 orgb").SaveX(ctx)
	fx.adminB, fx.techB = adminB.ID, techB.ID
	s.loginAs(t, "admin@orgb.test", testPassword) // sessions
	s.loginAs(t, "tech@orgb.test", testPassword)
	pb := p.PanicButton.ID
	causeB := c.Cause.Create().SetOrganizationID(b).SetPanicButtonID(pb).SetLabels(map[string]string{"en": "orgb cause"}).SaveX(ctx)
	c.EmailTemplate.Create().SetOrganizationID(b).SetPanicButtonID(pb).SetLanguage("en").SetFromEmail("from@orgb.test").
		SetTechSubject("orgb subject").SetTechnicalEmails([]string{"tech-team@orgb.test"}).ExecX(ctx)
	prB := c.Printer.Create().SetOrganizationID(b).SetSerial("SN-ORGB-1").SetName("orgb printer").SetLocation("orgb floor").
		SetPanicButtonID(pb).SetCustomerContactEmail("cust@orgb.test").SaveX(ctx)
	c.MeterReading.Create().SetOrganizationID(b).SetPrinterID(prB.ID).SetTotal(4242).SetSource(meterreading.SourceLAUNCH).ExecX(ctx)
	itB := c.Intervention.Create().SetOrganizationID(b).SetReference("PB-ORGB-000001").SetPrinterID(prB.ID).
		SetPanicButtonID(pb).SetStatusID(p.Statuses[0].ID).SetReporterEmail("reporter@orgb.test").SetMessage("orgb message").
		SetCauseLabels([]string{"orgb cause"}).AddTechnicianIDs(techB.ID).AddCauseIDs(causeB.ID).SaveX(ctx)
	fx.itB = itB.ID
	c.InterventionEvent.Create().SetOrganizationID(b).SetInterventionID(itB.ID).SetKind(interventionevent.KindNOTE_ADDED).
		SetActorID(adminB.ID).SetNote("orgb note").ExecX(ctx)
	fx.notifB = c.Notification.Create().SetOrganizationID(b).SetRecipientID(techB.ID).SetInterventionID(itB.ID).
		SetKind(notification.KindASSIGNED).SetText("orgb notification").SaveX(ctx).ID
	c.Notification.Create().SetOrganizationID(b).SetRecipientID(adminB.ID).SetInterventionID(itB.ID).
		SetKind(notification.KindCREATED).SetText("orgb notification").ExecX(ctx)
	c.EmailMessage.Create().SetOrganizationID(b).SetInterventionID(itB.ID).SetKind(emailmessage.KindTEST).
		SetFromEmail("from@orgb.test").SetTo([]string{"to@orgb.test"}).SetSubject("orgb mail").SetHTML("<p>orgb</p>").
		SetText("orgb").SetNextAttemptAt(time.Now().Add(time.Hour)).ExecX(ctx)
	c.AuditLog.Create().SetOrganizationID(b).SetActorID(adminB.ID).SetOperation("orgbOperation").SetObjectType("User").
		SetObjectID("orgb").SetChanges(map[string]any{"orgb": true}).SetIP("192.0.2.66").ExecX(ctx)
	c.APIKey.Create().SetOrganizationID(b).SetName("orgb key").SetPrefix("pb_orgb").SetKeyHash("orgb-key-hash").
		SetScopes(viewer.Scopes).ExecX(ctx)
	hookB := c.Webhook.Create().SetOrganizationID(b).SetURL("https://orgb.example/hook").SetSecret("orgb-secret").
		SetDescription("orgb hook").SetEvents([]string{"intervention.created"}).SaveX(ctx)
	deliveryB := c.WebhookDelivery.Create().SetOrganizationID(b).SetWebhookID(hookB.ID).SetEventID("msg_orgb").
		SetEventType("intervention.created").SetPayload(`{"type":"intervention.created","data":"orgb"}`).
		SetStatus(webhookdelivery.StatusFAILED).SetLastError("orgb error").SetNextAttemptAt(time.Now()).SaveX(ctx)
	c.WebhookAttempt.Create().SetOrganizationID(b).SetDeliveryID(deliveryB.ID).SetAttempt(1).
		SetRequestHeaders(map[string]string{"webhook-id": "msg_orgb"}).SetResponseStatus(500).
		SetResponseBody("orgb body").SetDurationMs(3).ExecX(ctx)
	c.Media.Create().SetOrganizationID(b).SetFilename("orgb.png").SetContentType("image/png").SetSize(3).
		SetSha256("orgb-hash").SetData([]byte("png")).ExecX(ctx)

	// A's intervention also lists B's technician and cause (a join no code path makes): the edges must still
	// filter them. (Foreign-key columns are not crossed: their raw ids are the row's own data.)
	c.Intervention.UpdateOneID(fx.itA).AddTechnicianIDs(fx.techA, techB.ID).AddCauseIDs(causeB.ID).ExecX(ctx)
	c.Notification.Create().SetOrganizationID(fx.orgA).SetRecipientID(fx.techA).SetInterventionID(fx.itA).
		SetKind(notification.KindASSIGNED).SetText("a bell").ExecX(ctx)

	for org, ids := range map[int]map[string][]int{fx.orgA: fx.aIDs, fx.orgB: fx.bIDs} {
		add := func(typ string, list []int) { ids[typ] = append(ids[typ], list...) }
		add("Organization", []int{org})
		add("User", c.User.Query().Where(user.OrganizationID(org)).IDsX(ctx))
		add("PanicButton", c.PanicButton.Query().Where(panicbutton.OrganizationID(org)).IDsX(ctx))
		add("Cause", c.Cause.Query().Where(cause.OrganizationID(org)).IDsX(ctx))
		add("EmailTemplate", c.EmailTemplate.Query().Where(emailtemplate.OrganizationID(org)).IDsX(ctx))
		add("Printer", c.Printer.Query().Where(printer.OrganizationID(org)).IDsX(ctx))
		add("MeterReading", c.MeterReading.Query().Where(meterreading.OrganizationID(org)).IDsX(ctx))
		add("Intervention", c.Intervention.Query().Where(intervention.OrganizationID(org)).IDsX(ctx))
		add("InterventionEvent", c.InterventionEvent.Query().Where(interventionevent.OrganizationID(org)).IDsX(ctx))
		add("InterventionStatus", c.InterventionStatus.Query().Where(interventionstatus.OrganizationID(org)).IDsX(ctx))
		add("NotificationSettings", c.NotificationSettings.Query().Where(notificationsettings.OrganizationID(org)).IDsX(ctx))
		add("Notification", c.Notification.Query().Where(notification.OrganizationID(org)).IDsX(ctx))
		add("EmailMessage", c.EmailMessage.Query().Where(emailmessage.OrganizationID(org)).IDsX(ctx))
		add("AuditLog", c.AuditLog.Query().Where(auditlog.OrganizationID(org)).IDsX(ctx))
		add("APIKey", c.APIKey.Query().Where(apikey.OrganizationID(org)).IDsX(ctx))
		add("Webhook", c.Webhook.Query().Where(webhook.OrganizationID(org)).IDsX(ctx))
		add("WebhookDelivery", c.WebhookDelivery.Query().Where(webhookdelivery.OrganizationID(org)).IDsX(ctx))
		add("WebhookAttempt", c.WebhookAttempt.Query().Where(webhookattempt.OrganizationID(org)).IDsX(ctx))
		add("Media", c.Media.Query().Where(media.OrganizationID(org)).IDsX(ctx))
	}
	for typ, ids := range fx.bIDs {
		if len(ids) == 0 {
			t.Fatalf("organization B has no %s", typ)
		}
	}
	return fx
}

// snapshotOrg is every row of the organization, its users' sessions and its join tables, as JSON.
func snapshotOrg(t testing.TB, s *testServer, org int) string {
	t.Helper()
	c, ctx := s.db.Client, sys()
	rows := map[string]any{
		"organization": c.Organization.Query().Where(organization.ID(org)).AllX(ctx),
		"users":        c.User.Query().Where(user.OrganizationID(org)).Order(ent.Asc(user.FieldID)).AllX(ctx),
		"sessions": c.Session.Query().Where(session.HasUserWith(user.OrganizationID(org))).
			Order(ent.Asc(session.FieldID)).AllX(ctx),
		"panicButtons": c.PanicButton.Query().Where(panicbutton.OrganizationID(org)).AllX(ctx),
		"causes":       c.Cause.Query().Where(cause.OrganizationID(org)).Order(ent.Asc(cause.FieldID)).AllX(ctx),
		"templates":    c.EmailTemplate.Query().Where(emailtemplate.OrganizationID(org)).AllX(ctx),
		"printers":     c.Printer.Query().Where(printer.OrganizationID(org)).Order(ent.Asc(printer.FieldID)).AllX(ctx),
		"meters":       c.MeterReading.Query().Where(meterreading.OrganizationID(org)).AllX(ctx),
		"interventions": c.Intervention.Query().Where(intervention.OrganizationID(org)).Order(ent.Asc(intervention.FieldID)).
			WithTechnicians(func(q *ent.UserQuery) { q.Select(user.FieldID).Order(ent.Asc(user.FieldID)) }).
			WithCauses(func(q *ent.CauseQuery) { q.Select(cause.FieldID).Order(ent.Asc(cause.FieldID)) }).AllX(ctx),
		"events": c.InterventionEvent.Query().Where(interventionevent.OrganizationID(org)).
			Order(ent.Asc(interventionevent.FieldID)).AllX(ctx),
		"statuses": c.InterventionStatus.Query().Where(interventionstatus.OrganizationID(org)).
			Order(ent.Asc(interventionstatus.FieldID)).AllX(ctx),
		"settings": c.NotificationSettings.Query().Where(notificationsettings.OrganizationID(org)).
			WithTriggerStatuses(func(q *ent.InterventionStatusQuery) {
				q.Select(interventionstatus.FieldID).Order(ent.Asc(interventionstatus.FieldID))
			}).AllX(ctx),
		"notifications": c.Notification.Query().Where(notification.OrganizationID(org)).Order(ent.Asc(notification.FieldID)).AllX(ctx),
		"emails":        c.EmailMessage.Query().Where(emailmessage.OrganizationID(org)).Order(ent.Asc(emailmessage.FieldID)).AllX(ctx),
		"audit":         c.AuditLog.Query().Where(auditlog.OrganizationID(org)).Order(ent.Asc(auditlog.FieldID)).AllX(ctx),
		"keys":          c.APIKey.Query().Where(apikey.OrganizationID(org)).AllX(ctx),
		"webhooks":      c.Webhook.Query().Where(webhook.OrganizationID(org)).AllX(ctx),
		"deliveries": c.WebhookDelivery.Query().Where(webhookdelivery.OrganizationID(org)).
			Order(ent.Asc(webhookdelivery.FieldID)).AllX(ctx),
		"attempts": c.WebhookAttempt.Query().Where(webhookattempt.OrganizationID(org)).
			Order(ent.Asc(webhookattempt.FieldID)).AllX(ctx),
		"media": c.Media.Query().Where(media.OrganizationID(org)).AllX(ctx),
	}
	b, err := json.Marshal(rows)
	if err != nil {
		t.Fatal(err)
	}
	// Sensitive fields (hashes, printer codes, secrets) are left out of the JSON of ent entities: compare them too.
	var extra []string
	for _, u := range rows["users"].([]*ent.User) {
		extra = append(extra, u.PasswordHash)
	}
	for _, p := range rows["panicButtons"].([]*ent.PanicButton) {
		extra = append(extra, p.PrinterCode)
	}
	for _, w := range rows["webhooks"].([]*ent.Webhook) {
		extra = append(extra, w.Secret, w.PreviousSecret)
	}
	return string(b) + strings.Join(extra, ",")
}

// checkNoLeak fails when an answer carries anything of organization B or an unexpected error.
func checkNoLeak(t *testing.T, fx *isoFixture, what string, r gqlResponse) {
	t.Helper()
	for _, e := range r.Errors {
		if !allowedCodes[e.code()] {
			t.Errorf("%s: error %s: %s", what, e.code(), e.Message)
		}
	}
	raw, _ := json.Marshal(r)
	body := strings.ToLower(string(raw))
	if strings.Contains(body, orgBMarker) {
		t.Errorf("%s leaked organization B's data: %s", what, cutForLog(body))
	}
	for typ, ids := range fx.bIDs {
		for _, id := range ids {
			if strings.Contains(body, fmt.Sprintf(`"%d"`, id)) {
				t.Errorf("%s leaked the id of B's %s %d: %s", what, typ, id, cutForLog(body))
			}
		}
	}
}

func cutForLog(s string) string {
	if len(s) > 1500 {
		return s[:1500] + "…"
	}
	return s
}

// checkAStillConsistent: no mutation tried above made a row of A point at one of B's.
func checkAStillConsistent(t *testing.T, s *testServer, fx *isoFixture) {
	t.Helper()
	c, ctx := s.db.Client, sys()
	for _, it := range c.Intervention.Query().Where(intervention.OrganizationID(fx.orgA)).AllX(ctx) {
		if !slices.Contains(fx.aIDs["InterventionStatus"], it.StatusID) {
			t.Errorf("A's intervention %d is in status %d, not one of A's", it.ID, it.StatusID)
		}
	}
	ns := c.NotificationSettings.Query().Where(notificationsettings.OrganizationID(fx.orgA)).WithTriggerStatuses().OnlyX(ctx)
	for _, st := range ns.Edges.TriggerStatuses {
		if st.OrganizationID != fx.orgA {
			t.Errorf("A's notification settings trigger on B's status %d", st.ID)
		}
	}
	if n := c.User.Query().Where(user.OrganizationID(fx.orgA)).CountX(ctx); n < 2 {
		t.Errorf("A lost users: %d", n)
	}
}

// The schema, as introspection tells it.

type typeRef struct {
	Kind   string   `json:"kind"`
	Name   string   `json:"name"`
	OfType *typeRef `json:"ofType"`
}

func (r typeRef) named() string {
	if r.OfType != nil {
		return r.OfType.named()
	}
	return r.Name
}

func (r typeRef) String() string {
	switch r.Kind {
	case "NON_NULL":
		return r.OfType.String() + "!"
	case "LIST":
		return "[" + r.OfType.String() + "]"
	}
	return r.Name
}

type inputValue struct {
	Name string  `json:"name"`
	Type typeRef `json:"type"`
}

type fieldDef struct {
	Name string       `json:"name"`
	Args []inputValue `json:"args"`
	Type typeRef      `json:"type"`
}

type typeDef struct {
	Kind          string       `json:"kind"`
	Name          string       `json:"name"`
	Fields        []fieldDef   `json:"fields"`
	InputFields   []inputValue `json:"inputFields"`
	EnumValues    []struct{ Name string }
	PossibleTypes []struct{ Name string }
}

type schemaInfo struct{ types map[string]typeDef }

const introspectionQ = `{ __schema { types { kind name
  fields(includeDeprecated: true) { name args { name type { ...T } } type { ...T } }
  inputFields { name type { ...T } }
  enumValues(includeDeprecated: true) { name }
  possibleTypes { name } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`

func introspect(t *testing.T, s *testServer, token string) *schemaInfo {
	t.Helper()
	var out struct {
		Schema struct{ Types []typeDef } `json:"__schema"`
	}
	s.gql(t, introspectionQ, nil, bearer(token)).mustData(t, &out)
	sc := &schemaInfo{types: map[string]typeDef{}}
	for _, ty := range out.Schema.Types {
		sc.types[ty.Name] = ty
	}
	for _, root := range []string{"Query", "Mutation", "Subscription"} {
		if len(sc.types[root].Fields) == 0 {
			t.Fatalf("introspection found no %s fields", root)
		}
	}
	return sc
}

func (sc *schemaInfo) kind(name string) string { return sc.types[name].Kind }

// selection selects every field of a type that takes no required argument, objects down to depth levels.
func (sc *schemaInfo) selection(name string, depth int) string {
	return sc.aliasedSelection(name, depth, "")
}

// aliasedSelection is selection with the top-level fields aliased prefix+name (fragments on the types of an
// interface may not select one name with different types).
func (sc *schemaInfo) aliasedSelection(name string, depth int, prefix string) string {
	t := sc.types[name]
	switch t.Kind {
	case "OBJECT":
		var parts []string
		for _, f := range t.Fields {
			if hasRequiredArg(f) {
				continue
			}
			inner := f.Type.named()
			sel := f.Name
			if prefix != "" {
				sel = prefix + f.Name + ": " + f.Name
			}
			switch sc.kind(inner) {
			case "SCALAR", "ENUM":
				parts = append(parts, sel)
			default:
				if depth > 0 {
					parts = append(parts, sel+" "+sc.selection(inner, depth-1))
				}
			}
		}
		if len(parts) == 0 {
			return "{ __typename }"
		}
		return "{ " + strings.Join(parts, " ") + " }"
	case "INTERFACE", "UNION":
		parts := []string{"__typename"}
		for _, p := range t.PossibleTypes {
			parts = append(parts, "... on "+p.Name+" "+sc.aliasedSelection(p.Name, min(depth, 1), p.Name+"_"))
		}
		return "{ " + strings.Join(parts, " ") + " }"
	}
	return ""
}

func hasRequiredArg(f fieldDef) bool {
	for _, a := range f.Args {
		if a.Type.Kind == "NON_NULL" {
			return true
		}
	}
	return false
}

// uploadFile stands for a file variable, sent as a multipart request.
type uploadFile struct{}

type probe struct {
	desc  string
	query string
	vars  map[string]any
}

// idType guesses which of B's objects an id argument or input field named name refers to.
func idType(name, fallback string) string {
	n := strings.ToLower(name)
	for _, h := range []struct{ word, typ string }{
		{"status", "InterventionStatus"}, {"technician", "User"}, {"user", "User"}, {"recipient", "User"},
		{"organization", "Organization"}, {"panicbutton", "PanicButton"}, {"printer", "Printer"}, {"cause", "Cause"},
		{"intervention", "Intervention"}, {"notification", "Notification"}, {"delivery", "WebhookDelivery"},
		{"webhook", "Webhook"},
		{"apikey", "APIKey"}, {"media", "Media"}, {"template", "EmailTemplate"},
	} {
		if strings.Contains(n, h.word) {
			return h.typ
		}
	}
	return fallback
}

func strIDs(ids []int) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = fmt.Sprint(id)
	}
	return out
}

func allIDs(m map[string][]int) []int {
	var out []int
	for _, ids := range m {
		out = append(out, ids...)
	}
	sort.Ints(out)
	return out
}

// value builds an argument value of type ref aimed at B (ids of B's objects of type hint, or of every type).
func (sc *schemaInfo) value(t *testing.T, fx *isoFixture, ref typeRef, name, hint string) any {
	switch ref.Kind {
	case "NON_NULL":
		return sc.value(t, fx, *ref.OfType, name, hint)
	case "LIST":
		if ref.OfType.named() == "ID" {
			ids := fx.bIDs[idType(name, hint)]
			if ids == nil {
				ids = allIDs(fx.bIDs)
			}
			return strIDs(ids)
		}
		return []any{sc.value(t, fx, *ref.OfType, name, hint)}
	}
	switch named := ref.named(); sc.kind(named) {
	case "SCALAR":
		switch named {
		case "ID":
			ids := fx.bIDs[idType(name, hint)]
			if ids == nil {
				ids = allIDs(fx.bIDs)
			}
			return fmt.Sprint(ids[0])
		case "String":
			return "probe-a-" + strings.ToLower(name)
		case "Int", "Float":
			return 1
		case "Boolean":
			return false
		case "Time":
			return time.Now().UTC().Format(time.RFC3339)
		case "Map":
			return map[string]any{}
		case "Cursor":
			return nil
		case "Upload":
			return uploadFile{}
		}
		t.Fatalf("the isolation probe cannot make a %s value for %s: teach value() about it", named, name)
	case "ENUM":
		return sc.types[named].EnumValues[0].Name
	case "INPUT_OBJECT":
		in := map[string]any{}
		if typ, ok := strings.CutSuffix(named, "WhereInput"); ok {
			in["idIn"] = strIDs(fx.bIDs[typ])
			return in
		}
		for _, f := range sc.types[named].InputFields {
			isID := f.Type.named() == "ID"
			if f.Type.Kind == "NON_NULL" || isID {
				if v := sc.value(t, fx, f.Type, f.Name, hint); v != nil {
					in[f.Name] = v
				}
			}
		}
		return in
	}
	t.Fatalf("the isolation probe cannot make a value of %s for %s", ref, name)
	return nil
}

// probes are the attempts on one root field: each id argument set to each of B's objects of the fitting
// type (or, for mutations, to A's own object while the other ids point at B), where filters on B's ids, and
// the field with no optional argument (lists, through their nested edges).
func (sc *schemaInfo) probes(t *testing.T, fx *isoFixture, root string, f fieldDef) []probe {
	ret := f.Type.named()
	sel := ""
	if k := sc.kind(ret); k == "OBJECT" || k == "INTERFACE" || k == "UNION" {
		depth := 4
		if root == "Mutation" {
			depth = 2
		}
		sel = sc.selection(ret, depth)
	}
	build := func(desc string, vals map[string]any) probe {
		var decl, args []string
		vars := map[string]any{}
		for _, a := range f.Args {
			v, ok := vals[a.Name]
			if !ok {
				continue
			}
			decl = append(decl, "$"+a.Name+": "+a.Type.String())
			args = append(args, a.Name+": $"+a.Name)
			vars[a.Name] = v
		}
		q := strings.ToLower(root)
		if len(decl) > 0 {
			q += "(" + strings.Join(decl, ", ") + ")"
		}
		call := f.Name
		if len(args) > 0 {
			call += "(" + strings.Join(args, ", ") + ")"
		}
		return probe{desc: desc, query: q + " { " + call + " " + sel + " }", vars: vars}
	}
	base := map[string]any{}
	var idArg string
	for _, a := range f.Args {
		switch {
		case a.Name == "id" && a.Type.named() == "ID":
			idArg = a.Name
		case a.Type.Kind == "NON_NULL" || a.Type.named() == "ID" || a.Name == "input":
			base[a.Name] = sc.value(t, fx, a.Type, a.Name, ret)
		}
	}
	var out []probe
	if idArg != "" {
		ids := fx.bIDs[ret]
		if ids == nil {
			ids = allIDs(fx.bIDs)
		}
		for _, id := range ids {
			vals := clone(base)
			vals[idArg] = fmt.Sprint(id)
			out = append(out, build(fmt.Sprintf("(id of B's %d)", id), vals))
		}
		if root == "Mutation" && len(base) > 0 && len(fx.aIDs[ret]) > 0 {
			vals := clone(base)
			vals[idArg] = fmt.Sprint(fx.aIDs[ret][0])
			out = append(out, build("(A's own object, other ids of B)", vals))
		}
		return out
	}
	out = append(out, build("(ids of B)", base))
	for _, a := range f.Args {
		if strings.HasSuffix(a.Type.named(), "WhereInput") {
			vals := clone(base)
			vals[a.Name] = sc.value(t, fx, a.Type, a.Name, ret)
			out = append(out, build("(where id in B's)", vals))
		}
	}
	return out
}

func clone(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// subscriptionsSeeNothingOfB subscribes to every subscription field over a real websocket (one each). Each
// subscription first receives a control event of A that the viewer may see (it is live); then B's events
// (and B's objects misrouted into A's channel) are published, then a closing event of A: it must arrive, and
// everything before it is checked for B's data. Events reach a subscriber in the order they were published,
// so a leak would arrive before the closing event: silence proved without a sleep. A subscription the viewer
// may not use (an API key has no bell) must be refused and ended at once.
func subscriptionsSeeNothingOfB(t *testing.T, s *testServer, sc *schemaInfo, fx *isoFixture, v isoViewer) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, a := s.db.Client, s.db.Client.Intervention.GetX(sys(), fx.itA)
	slug := strings.ReplaceAll(v.name, " ", "-")
	// Objects of A that no other step touches, visible to the viewer (its technician is assigned).
	objectOfA := func(what string) (it, bell int) {
		it = c.Intervention.Create().SetOrganizationID(fx.orgA).SetReference("PB-ISO-" + what + "-" + slug).
			SetPrinterID(*a.PrinterID).SetPanicButtonID(*a.PanicButtonID).SetStatusID(a.StatusID).
			SetReporterEmail("iso@a.test").SetCauseLabels([]string{"a cause"}).AddTechnicianIDs(fx.techA).SaveX(sys()).ID
		if v.user != 0 {
			bell = c.Notification.Create().SetOrganizationID(fx.orgA).SetRecipientID(v.user).SetInterventionID(it).
				SetKind(notification.KindASSIGNED).SetText("iso " + what + " " + slug).SaveX(sys()).ID
		}
		return it, bell
	}
	ctlIt, ctlBell := objectOfA("CONTROL")
	endIt, endBell := objectOfA("END")
	publish := func(e events.Event) {
		if err := s.app.events.Publish(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	// Per subscription field: its control event, its closing event and how to recognise the latter.
	type probeEvents struct {
		control, end events.Event
		endMark      string
	}
	probes := map[string]probeEvents{
		"interventionChanged": {
			control: events.Event{Kind: events.InterventionChanged, OrgID: fx.orgA, InterventionID: ctlIt},
			end:     events.Event{Kind: events.InterventionChanged, OrgID: fx.orgA, InterventionID: endIt},
			endMark: "PB-ISO-END-" + slug,
		},
		"notificationAdded": {
			control: events.Event{Kind: events.NotificationAdded, OrgID: fx.orgA, InterventionID: ctlIt, NotificationID: ctlBell, UserID: v.user},
			end:     events.Event{Kind: events.NotificationAdded, OrgID: fx.orgA, InterventionID: endIt, NotificationID: endBell, UserID: v.user},
			endMark: "iso END " + slug,
		},
	}
	live := map[string]*testutil.WSClient{}
	for _, f := range sc.types["Subscription"].Fields {
		if hasRequiredArg(f) {
			t.Fatalf("Subscription.%s takes arguments: extend the isolation probe", f.Name)
		}
		pe, ok := probes[f.Name]
		if !ok {
			t.Fatalf("no control event for Subscription.%s: extend the isolation probe", f.Name)
		}
		ws, err := testutil.DialGraphQLWS(ctx, t, s.URL, nil, map[string]any{"authorization": "Bearer " + v.token})
		if err != nil {
			t.Fatalf("websocket: %v", err)
		}
		m, err := ws.SubscribeLive(ctx, "1", "subscription { "+f.Name+" "+sc.selection(f.Type.named(), 2)+" }",
			func() { publish(pe.control) }, 5*time.Second)
		if err != nil {
			t.Fatalf("%s on %s: %v", v.name, f.Name, err)
		}
		var p gqlResponse
		_ = json.Unmarshal(m.Payload, &p)
		checkNoLeak(t, fx, "Subscription."+f.Name+" (control)", p)
		if f.Name == "notificationAdded" && v.user == 0 {
			// Refused: an error, or errors then complete; either way the subscription is over.
			if !strings.Contains(string(m.Payload), `"UNAUTHENTICATED"`) {
				t.Fatalf("%s on %s: want a refusal, got %s %s", v.name, f.Name, m.Type, m.Payload)
			}
			if m.Type == "next" {
				if m, err := ws.Next("1", 5*time.Second); err != nil || m.Type != "complete" {
					t.Fatalf("%s on %s: refused but not ended: %s %s %v", v.name, f.Name, m.Type, m.Payload, err)
				}
			}
			continue
		}
		// Delivered (a non-admin's payload also carries the FORBIDDEN errors of admin-only fields).
		if !delivered(m, f.Name) {
			t.Fatalf("%s on %s: control event not delivered: %s %.300s", v.name, f.Name, m.Type, m.Payload)
		}
		live[f.Name] = ws
	}
	for _, e := range []events.Event{
		{Kind: events.InterventionChanged, OrgID: fx.orgB, InterventionID: fx.itB},
		{Kind: events.NotificationAdded, OrgID: fx.orgB, InterventionID: fx.itB, NotificationID: fx.notifB, UserID: fx.techB},
		{Kind: events.InterventionChanged, OrgID: fx.orgA, InterventionID: fx.itB},
		{Kind: events.NotificationAdded, OrgID: fx.orgA, InterventionID: fx.itB, NotificationID: fx.notifB, UserID: fx.techA},
		{Kind: events.InterventionChanged, OrgID: fx.orgA, InterventionID: fx.itA},
	} {
		publish(e)
	}
	for name, ws := range live {
		publish(probes[name].end)
		for {
			m, err := ws.Next("1", 5*time.Second)
			if err != nil {
				t.Fatalf("%s on %s: closing event of A never arrived: %v", v.name, name, err)
			}
			var p gqlResponse
			_ = json.Unmarshal(m.Payload, &p)
			checkNoLeak(t, fx, "Subscription."+name+" ("+m.Type+")", p)
			if !delivered(m, name) {
				t.Fatalf("%s on %s: %s %.300s", v.name, name, m.Type, m.Payload)
			}
			if strings.Contains(string(m.Payload), probes[name].endMark) {
				break
			}
		}
	}
}

// delivered reports whether m is an event of field with its object.
func delivered(m testutil.WSMessage, field string) bool {
	var p struct{ Data map[string]json.RawMessage }
	if m.Type != "next" || json.Unmarshal(m.Payload, &p) != nil {
		return false
	}
	obj := p.Data[field]
	return len(obj) > 0 && string(obj) != "null"
}

// probe sends a probe as JSON, or as a GraphQL multipart request when it carries a file.
func (s *testServer) probe(t *testing.T, p probe, opts ...reqOpt) gqlResponse {
	t.Helper()
	vars := map[string]any{}
	files := false
	for k, v := range p.vars {
		if _, ok := v.(uploadFile); ok {
			vars[k], files = tempFile(t, "probe.png", tinyPNG), true
			continue
		}
		vars[k] = v
	}
	if !files {
		return s.gql(t, p.query, p.vars, opts...)
	}
	out, err := gqlgenPost(s.Config.Handler, p.query, vars, opts...)
	if err != nil {
		t.Fatalf("multipart probe: %v", err)
	}
	return out
}

// tempFile writes data to a file named name for a GraphQL upload (gqlgen's client sends *os.File variables).
func tempFile(t testing.TB, name string, data []byte) *os.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// tinyPNG is a 1x1 transparent PNG.
var tinyPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" +
	"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
