package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/interventionstatus"
	"github.com/panicbutton/panicbutton/ent/user"
)

// login returns a bearer token for email.
func (s *testServer) login(t testing.TB, email string) string {
	t.Helper()
	var out struct{ Login struct{ Token string } }
	s.gql(t, loginQ, map[string]any{"e": email, "p": testPassword}).mustData(t, &out)
	return out.Login.Token
}

// report files a kiosk report on a fresh printer and returns the intervention's GraphQL id and reference.
func (s *testServer) report(t testing.TB, serial string) (string, string) {
	t.Helper()
	ready := s.registered(t, serial, map[string]any{"location": "Lobby"}, "")
	res := s.submit(t, map[string]any{"sessionToken": *ready.SessionToken, "email": "reporter@example.com",
		"causeIds": []string{ready.Kiosk.Causes[0].ID}})
	it := s.db.Client.Intervention.Query().Where(intervention.Reference(res.Reference)).OnlyX(sys())
	return fmt.Sprint(it.ID), res.Reference
}

func (s *testServer) statusID(t testing.TB, name string) string {
	t.Helper()
	st := s.db.Client.InterventionStatus.Query().Where(interventionstatus.Name(name)).FirstX(sys())
	return fmt.Sprint(st.ID)
}

func (s *testServer) userID(t testing.TB, email string) string {
	t.Helper()
	return fmt.Sprint(s.db.Client.User.Query().Where(user.Email(email)).OnlyX(sys()).ID)
}

func emailsOf(t testing.TB, s *testServer, kind emailmessage.Kind) []string {
	t.Helper()
	var to []string
	for _, m := range s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(kind)).AllX(sys()) {
		to = append(to, m.To...)
	}
	return to
}

const (
	changeQ = `mutation($id: ID!, $s: ID!, $n: String) { changeInterventionStatus(id: $id, statusId: $s, note: $n) { id status { name } } }`
	assignQ = `mutation($id: ID!, $t: [ID!]!) { assignIntervention(id: $id, technicianIds: $t) { id technicians { email } } }`
	bellQ   = `query($u: Boolean) { unreadNotificationCount notifications(unreadOnly: $u, first: 10) { totalCount edges { node { id kind text readAt intervention { id reference } } } } }`
)

type bell struct {
	UnreadNotificationCount int
	Notifications           struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ID, Kind, Text string
				ReadAt         *string
				Intervention   struct{ ID, Reference string }
			}
		}
	}
}

func TestInterventions_StatusChangeAssignmentAndTheBell(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin, tech := s.login(t, testAdmin), s.login(t, testTech)
		id, ref := s.report(t, "SN-WORK-1")
		// Created in "New" (not a trigger): nobody is notified beyond the report's two mails.
		if n := count(t, s.db.Client.Notification.Query()); n != 0 {
			t.Fatalf("notifications after report = %d", n)
		}
		// The technician sees nothing until assigned.
		var list struct{ Interventions struct{ TotalCount int } }
		s.gql(t, `{ interventions { totalCount } }`, nil, bearer(tech)).mustData(t, &list)
		if list.Interventions.TotalCount != 0 {
			t.Fatalf("technician sees %d unassigned interventions", list.Interventions.TotalCount)
		}
		s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Open")}, bearer(tech)).mustFail(t, "NOT_FOUND", "")
		s.gql(t, assignQ, map[string]any{"id": id, "t": []string{s.userID(t, testTech)}}, bearer(tech)).mustFail(t, "FORBIDDEN", "")

		s.gql(t, assignQ, map[string]any{"id": id, "t": []string{s.userID(t, testTech)}}, bearer(admin)).mustData(t, &struct{}{})
		var b bell
		s.gql(t, bellQ, map[string]any{"u": true}, bearer(tech)).mustData(t, &b)
		if b.UnreadNotificationCount != 1 || b.Notifications.Edges[0].Node.Kind != "ASSIGNED" ||
			b.Notifications.Edges[0].Node.Intervention.Reference != ref || !strings.Contains(b.Notifications.Edges[0].Node.Text, ref) {
			t.Fatalf("technician's bell after assignment = %+v", b)
		}
		// The admin moves it to Open (a trigger): admins, the customer and the technician are emailed; the
		// technician gets a push; the admin who made the change does not.
		var changed struct {
			ChangeInterventionStatus struct{ Status struct{ Name string } }
		}
		s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Open"), "n": "on our way"}, bearer(admin)).mustData(t, &changed)
		if changed.ChangeInterventionStatus.Status.Name != "Open" {
			t.Fatalf("status = %+v", changed)
		}
		if got := emailsOf(t, s, emailmessage.KindSTATUS_ADMIN); len(got) != 1 || got[0] != testAdmin {
			t.Errorf("admin emails = %v", got)
		}
		if got := emailsOf(t, s, emailmessage.KindSTATUS_CUSTOMER); len(got) != 1 || got[0] != "reporter@example.com" {
			t.Errorf("customer emails = %v", got)
		}
		if got := emailsOf(t, s, emailmessage.KindSTATUS_TECHNICIAN); len(got) != 1 || got[0] != testTech {
			t.Errorf("technician emails = %v", got)
		}
		mail := s.db.Client.EmailMessage.Query().Where(emailmessage.KindEQ(emailmessage.KindSTATUS_ADMIN)).OnlyX(sys())
		if !strings.Contains(mail.Subject, ref) || !strings.Contains(mail.Subject, "Open") || !strings.Contains(mail.HTML, "New") {
			t.Errorf("status mail not rendered with REFERENCE/STATUS/PREVIOUSSTATUS: %q %q", mail.Subject, mail.HTML)
		}
		var ab bell
		s.gql(t, bellQ, nil, bearer(admin)).mustData(t, &ab)
		if ab.Notifications.TotalCount != 0 {
			t.Errorf("the actor was pushed: %+v", ab)
		}
		// The technician now works it: to In progress (no trigger: no new mail), then marks the bell read.
		before := count(t, s.db.Client.EmailMessage.Query())
		s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "In progress")}, bearer(tech)).mustData(t, &changed)
		if n := count(t, s.db.Client.EmailMessage.Query()); n != before {
			t.Errorf("non-trigger status queued %d emails", n-before)
		}
		s.gql(t, bellQ, map[string]any{"u": true}, bearer(tech)).mustData(t, &b)
		if b.UnreadNotificationCount != 2 {
			t.Fatalf("technician unread = %d, want 2 (assignment + Open)", b.UnreadNotificationCount)
		}
		var marked struct{ MarkNotificationsRead int }
		s.gql(t, `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
			map[string]any{"ids": []string{b.Notifications.Edges[0].Node.ID}}, bearer(tech)).mustData(t, &marked)
		// Someone else's notification cannot be marked.
		s.gql(t, `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
			map[string]any{"ids": []string{b.Notifications.Edges[1].Node.ID}}, bearer(admin)).mustData(t, &marked)
		if marked.MarkNotificationsRead != 0 {
			t.Errorf("admin marked the technician's notification")
		}
		s.gql(t, bellQ, map[string]any{"u": true}, bearer(tech)).mustData(t, &b)
		if b.UnreadNotificationCount != 1 {
			t.Fatalf("unread after marking one = %d", b.UnreadNotificationCount)
		}
		// History: created, assigned, two status changes (one with its note).
		it := s.db.Client.Intervention.Query().Where(intervention.Reference(ref)).WithEvents().OnlyX(sys())
		var kinds []string
		for _, e := range it.Edges.Events {
			kinds = append(kinds, string(e.Kind))
			if e.Kind == "STATUS_CHANGED" && e.ToStatus == "Open" && e.Note != "on our way" {
				t.Errorf("note lost: %+v", e)
			}
		}
		if strings.Join(kinds, ",") != "CREATED,ASSIGNED,STATUS_CHANGED,STATUS_CHANGED" {
			t.Errorf("history = %v", kinds)
		}
	})
}

func TestInterventions_CreatedInATriggerStatusNotifies(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	// The organization makes "Open" its initial status: a report is created in a trigger status.
	c := s.db.Client
	c.InterventionStatus.Update().Where(interventionstatus.Name("New")).SetIsInitial(false).ExecX(sys())
	c.InterventionStatus.Update().Where(interventionstatus.Name("Open")).SetIsInitial(true).ExecX(sys())
	s.report(t, "SN-TRIG-1")
	if got := emailsOf(t, s, emailmessage.KindSTATUS_ADMIN); len(got) != 1 || got[0] != testAdmin {
		t.Errorf("admin emails = %v", got)
	}
	if got := emailsOf(t, s, emailmessage.KindSTATUS_CUSTOMER); len(got) != 1 {
		t.Errorf("customer emails = %v", got)
	}
	var b bell
	s.gql(t, bellQ, nil, bearer(s.login(t, testAdmin))).mustData(t, &b)
	if b.Notifications.TotalCount != 1 || b.Notifications.Edges[0].Node.Kind != "CREATED" {
		t.Errorf("admin bell = %+v", b)
	}
}

func TestStatuses_CRUDOrderAndInUseProtection(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin := s.login(t, testAdmin)
		s.report(t, "SN-STATUS-1") // uses "New"
		var created struct{ CreateInterventionStatus struct{ ID, Name string } }
		s.gql(t, `mutation { createInterventionStatus(input: {name: "Escalated", category: IN_PROGRESS}) { id name } }`, nil, bearer(admin)).mustData(t, &created)
		s.gql(t, `mutation { createInterventionStatus(input: {name: "Open", category: OPEN}) { id } }`, nil, bearer(admin)).mustFail(t, "BAD_USER_INPUT", "input.name")
		var statuses struct{ InterventionStatuses []struct{ ID, Name string } }
		s.gql(t, `{ interventionStatuses { id name } }`, nil, bearer(admin)).mustData(t, &statuses)
		if len(statuses.InterventionStatuses) != 6 || statuses.InterventionStatuses[5].Name != "Escalated" {
			t.Fatalf("statuses = %+v", statuses)
		}
		ids := []string{}
		for i := len(statuses.InterventionStatuses) - 1; i >= 0; i-- {
			ids = append(ids, statuses.InterventionStatuses[i].ID)
		}
		s.gql(t, `mutation($ids: [ID!]!) { reorderInterventionStatuses(ids: $ids) { name } }`, map[string]any{"ids": ids}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, `{ interventionStatuses { id name } }`, nil, bearer(admin)).mustData(t, &statuses)
		if statuses.InterventionStatuses[0].Name != "Escalated" {
			t.Fatalf("not reordered: %+v", statuses)
		}
		s.gql(t, `mutation($ids: [ID!]!) { reorderInterventionStatuses(ids: $ids) { name } }`, map[string]any{"ids": ids[:2]}, bearer(admin)).mustFail(t, "BAD_USER_INPUT", "ids")
		s.gql(t, `mutation($id: ID!) { deleteInterventionStatus(id: $id) }`, map[string]any{"id": s.statusID(t, "New")}, bearer(admin)).mustFail(t, "BAD_USER_INPUT", "id")
		s.gql(t, `mutation($id: ID!) { deleteInterventionStatus(id: $id) }`, map[string]any{"id": s.statusID(t, "Closed")}, bearer(admin)).mustData(t, &struct{}{})
		if n := count(t, s.db.Client.InterventionStatus.Query()); n != 5 {
			t.Fatalf("statuses after delete = %d", n)
		}
		// Technicians cannot manage statuses.
		s.gql(t, `mutation { createInterventionStatus(input: {name: "Mine", category: OPEN}) { id } }`, nil, bearer(s.login(t, testTech))).mustFail(t, "FORBIDDEN", "")
		var ns struct {
			UpdateNotificationSettings struct {
				EmailAdmins     bool
				TriggerStatuses []struct{ Name string }
			}
		}
		s.gql(t, `mutation($t: [ID!]!) { updateNotificationSettings(input: {triggerStatusIds: $t, emailAdmins: false, emailCustomer: true, emailTechnicians: true, pushAdmins: true, pushTechnicians: true}) { emailAdmins triggerStatuses { name } } }`,
			map[string]any{"t": []string{created.CreateInterventionStatus.ID}}, bearer(admin)).mustData(t, &ns)
		if ns.UpdateNotificationSettings.EmailAdmins || len(ns.UpdateNotificationSettings.TriggerStatuses) != 1 {
			t.Fatalf("settings = %+v", ns)
		}
	})
}

func TestInterventions_ListFiltersAndSearch(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	admin := s.login(t, testAdmin)
	_, ref1 := s.report(t, "SN-FILTER-A")
	id2, _ := s.report(t, "SN-FILTER-B")
	s.gql(t, changeQ, map[string]any{"id": id2, "s": s.statusID(t, "Closed")}, bearer(admin)).mustData(t, &struct{}{})
	type conn struct {
		Interventions struct {
			TotalCount int
			Edges      []struct{ Node struct{ Reference string } }
		}
	}
	q := `query($w: InterventionWhereInput) { interventions(first: 10, where: $w, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount edges { node { reference } } } }`
	for name, tc := range map[string]struct {
		where map[string]any
		want  int
	}{
		"by status":     {map[string]any{"hasStatusWith": []map[string]any{{"name": "Closed"}}}, 1},
		"by printer":    {map[string]any{"hasPrinterWith": []map[string]any{{"serial": "SN-FILTER-A"}}}, 1},
		"text search":   {map[string]any{"or": []map[string]any{{"referenceContainsFold": strings.ToLower(ref1)}, {"reporterEmailContainsFold": "zzz"}}}, 1},
		"by reporter":   {map[string]any{"reporterEmailContainsFold": "REPORTER@"}, 2},
		"date range":    {map[string]any{"createdAtGTE": time.Now().Add(-time.Hour).Format(time.RFC3339), "createdAtLTE": time.Now().Add(time.Hour).Format(time.RFC3339)}, 2},
		"no technician": {map[string]any{"hasTechnicians": false}, 2},
	} {
		var out conn
		s.gql(t, q, map[string]any{"w": tc.where}, bearer(admin)).mustData(t, &out)
		if out.Interventions.TotalCount != tc.want {
			t.Errorf("%s: %d, want %d", name, out.Interventions.TotalCount, tc.want)
		}
	}
}

func TestInterventions_NotesUnassignmentAndMarkAllRead(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin, tech := s.login(t, testAdmin), s.login(t, testTech)
		id, ref := s.report(t, "SN-NOTE-1")
		s.gql(t, assignQ, map[string]any{"id": id, "t": []string{s.userID(t, testTech)}}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, changeQ, map[string]any{"id": id, "s": s.statusID(t, "Open")}, bearer(admin)).mustData(t, &struct{}{})

		note := `mutation($id: ID!, $n: String!) { addInterventionNote(id: $id, note: $n) { id } }`
		s.gql(t, note, map[string]any{"id": id, "n": "   "}, bearer(tech)).mustFail(t, "BAD_USER_INPUT", "note")
		s.gql(t, note, map[string]any{"id": id, "n": "Replaced the fuser"}, bearer(tech)).mustData(t, &struct{}{})

		var all struct{ MarkAllNotificationsRead int }
		s.gql(t, `mutation { markAllNotificationsRead }`, nil, bearer(tech)).mustData(t, &all)
		if all.MarkAllNotificationsRead != 2 { // the assignment and the Open push
			t.Errorf("marked %d, want 2", all.MarkAllNotificationsRead)
		}
		var b bell
		s.gql(t, bellQ, nil, bearer(tech)).mustData(t, &b)
		if b.UnreadNotificationCount != 0 || b.Notifications.TotalCount != 2 {
			t.Errorf("bell after mark all = %+v", b)
		}

		// An empty list unassigns: the technician no longer sees it, and the history says so.
		s.gql(t, assignQ, map[string]any{"id": id, "t": []string{}}, bearer(admin)).mustData(t, &struct{}{})
		s.gql(t, note, map[string]any{"id": id, "n": "still here?"}, bearer(tech)).mustFail(t, "NOT_FOUND", "")
		it := s.db.Client.Intervention.Query().Where(intervention.Reference(ref)).WithEvents().WithTechnicians().OnlyX(sys())
		var kinds []string
		for _, e := range it.Edges.Events {
			kinds = append(kinds, string(e.Kind))
			if e.Kind == "NOTE_ADDED" && (e.Note != "Replaced the fuser" || e.ActorID == nil) {
				t.Errorf("note event = %+v", e)
			}
		}
		if len(it.Edges.Technicians) != 0 || strings.Join(kinds, ",") != "CREATED,ASSIGNED,STATUS_CHANGED,NOTE_ADDED,UNASSIGNED" {
			t.Errorf("technicians %d, history %v", len(it.Edges.Technicians), kinds)
		}
	})
}

func TestRotatePrinterCode_TheOldCodeStopsWorking(t *testing.T) {
	s := newTestServer(t, "sqlite", nil)
	admin := s.login(t, testAdmin)
	pb := s.panicButtonID(t)
	var out struct{ RotatePrinterCode struct{ PrinterCode string } }
	s.gql(t, `mutation($id: ID!) { rotatePrinterCode(id: $id) { printerCode } }`, map[string]any{"id": pb}, bearer(admin)).mustData(t, &out)
	code := out.RotatePrinterCode.PrinterCode
	if code == testPrinterCode || len(code) != 10 {
		t.Fatalf("new code = %q", code)
	}
	in := map[string]any{"printer": printerIn("SN-ROT-1", nil), "printerCode": testPrinterCode}
	s.gql(t, registerQ, map[string]any{"in": in}).mustFail(t, "UNKNOWN_PRINTER_CODE", "")
	if l := s.register(t, "SN-ROT-1", code); l.Status != "READY" {
		t.Fatalf("register with the new code = %+v", l)
	}
	s.gql(t, `mutation($id: ID!) { rotatePrinterCode(id: $id) { id } }`, map[string]any{"id": pb}, bearer(s.login(t, testTech))).mustFail(t, "FORBIDDEN", "")
}
