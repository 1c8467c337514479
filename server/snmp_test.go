package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/ent/emailmessage"
	"github.com/panicbutton/panicbutton/ent/intervention"
	"github.com/panicbutton/panicbutton/ent/panicbutton"
	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/ent/schema/schematype"
	"github.com/panicbutton/panicbutton/internal/snmp"
	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
)

// allowLoopbackSNMP lets the server's poller reach the test agents, which listen on 127.0.0.1 (refused by default).
var allowLoopbackSNMP = map[string]string{"SNMP_ALLOWED_RANGES": "127.0.0.1/32"}

// The server's poller reads a registered printer, stores its meters, and its jam opens one SNMP_ALERT
// intervention whose emails the server's outbox delivers.
func TestServerPoller_JamOpensOneInterventionDeliveredByTheOutbox(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		agent := snmptest.Start(t, snmptest.XeroxPrinter...)
		s := newTestServer(t, d, allowLoopbackSNMP)
		s.register(t, "SN-SIM-0001", testPrinterCode)
		c := s.db.Client
		p := c.Printer.Query().Where(printer.Serial("SN-SIM-0001")).OnlyX(sys())
		p = p.Update().SetIP(agent.Addr()).SetSnmpEnabled(true).SetSnmpCommunity(snmptest.Community).SaveX(sys())
		pb := c.PanicButton.Query().Where(panicbutton.ID(p.PanicButtonID)).WithCauses().OnlyX(sys())
		pb.Update().SetAutoReportRules([]schematype.AutoReportRule{{Condition: "jammed", MinutesActive: 0,
			CauseIDs: []int{pb.Edges.Causes[0].ID}, Emails: []string{"facilities@customer.test"}}}).ExecX(sys())

		ctx := context.Background()
		st, err := s.app.poller.PollOnce(ctx)
		if err != nil || st != (snmp.PollStats{Polled: 1, Readings: 1, Reported: 1}) {
			t.Fatalf("poll: %+v %v", st, err)
		}
		it := c.Intervention.Query().OnlyX(sys())
		if it.Origin != intervention.OriginSNMP_ALERT || it.ReporterEmail != "facilities@customer.test" || len(it.CauseLabels) != 1 ||
			it.PrinterSnapshot.Total == nil || *it.PrinterSnapshot.Total != 1000 {
			t.Fatalf("intervention %+v", it)
		}
		// An on-demand poll of the same, still jammed, printer opens nothing more.
		if res, err := s.app.poller.PollPrinter(ctx, p.ID); err != nil || len(res.Reported) != 0 {
			t.Fatalf("PollPrinter: %+v %v", res, err)
		}
		if n := count(t, c.Intervention.Query()); n != 1 {
			t.Fatalf("%d interventions", n)
		}

		workCtx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- s.app.outbox.Run(workCtx) }()
		deadline := time.Now().Add(15 * time.Second)
		for count(t, c.EmailMessage.Query().Where(emailmessage.InterventionID(it.ID), emailmessage.StatusEQ(emailmessage.StatusSENT))) < 2 &&
			time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		stop()
		<-done
		if n := count(t, c.EmailMessage.Query().Where(emailmessage.InterventionID(it.ID), emailmessage.StatusEQ(emailmessage.StatusSENT))); n != 2 {
			t.Fatalf("%d of the 2 emails sent", n)
		}
		files, _ := filepath.Glob(filepath.Join(s.cfg.EmailDir, "*.eml"))
		var to []string
		for _, f := range files {
			b, _ := os.ReadFile(f)
			if strings.Contains(string(b), it.Reference) {
				for _, l := range strings.Split(string(b), "\n") {
					if strings.HasPrefix(l, "To: ") {
						to = append(to, strings.TrimSpace(l))
					}
				}
			}
		}
		if len(to) != 2 || !strings.Contains(strings.Join(to, " "), "facilities@customer.test") ||
			!strings.Contains(strings.Join(to, " "), "technicians@demo.example") {
			t.Errorf("delivered mail recipients %q", to)
		}
	})
}

// pollPrinter through GraphQL: an admin polls a printer now and sees its meters and alerts; a technician may not.
func TestPollPrinter_MutationStoresMetersAndAlerts(t *testing.T) {
	agent := snmptest.Start(t, snmptest.XeroxPrinter...)
	s := newTestServer(t, "sqlite", allowLoopbackSNMP)
	s.register(t, "SN-SIM-0001", testPrinterCode)
	p := s.db.Client.Printer.Query().Where(printer.Serial("SN-SIM-0001")).OnlyX(sys())
	p.Update().SetIP(agent.Addr()).SetSnmpEnabled(true).SetSnmpCommunity(snmptest.Community).ExecX(sys())
	q := `mutation($id: ID!) { pollPrinter(id: $id) { target meterStored reported error printer { lastTotal lastAlerts { condition since } } } }`
	s.gql(t, q, map[string]any{"id": fmt.Sprint(p.ID)}, bearer(s.login(t, testTech))).mustFail(t, "FORBIDDEN", "")
	var out struct {
		PollPrinter struct {
			Target      *string
			MeterStored bool
			Error       *string
			Printer     struct {
				LastTotal  *int
				LastAlerts []struct{ Condition, Since string }
			}
		}
	}
	s.gql(t, q, map[string]any{"id": fmt.Sprint(p.ID)}, bearer(s.login(t, testAdmin))).mustData(t, &out)
	r := out.PollPrinter
	if r.Error != nil || r.Target == nil || !r.MeterStored || r.Printer.LastTotal == nil || *r.Printer.LastTotal != 1000 {
		t.Fatalf("poll = %+v", r)
	}
	jammed := false
	for _, a := range r.Printer.LastAlerts {
		jammed = jammed || (a.Condition == "jammed" && a.Since != "")
	}
	if !jammed {
		t.Fatalf("alerts = %+v", r.Printer.LastAlerts)
	}
}

func TestUpdatePrinter_SNMPCredentialsAreWriteOnly(t *testing.T) {
	s := newTestServer(t, "sqlite", allowLoopbackSNMP)
	admin := s.login(t, testAdmin)
	s.register(t, "SN-V3-1", testPrinterCode)
	id := fmt.Sprint(s.db.Client.Printer.Query().OnlyX(sys()).ID)
	q := `mutation($id: ID!, $in: PrinterInput!) { updatePrinter(id: $id, input: $in) { snmpEnabled snmpVersion snmpCredentialsSet } }`
	s.gql(t, q, map[string]any{"id": id, "in": map[string]any{"snmpV3": map[string]any{"user": "pb", "authProtocol": "ROT13"}}}, bearer(admin)).
		mustFail(t, "BAD_USER_INPUT", "input.snmpV3.authProtocol")
	var out struct {
		UpdatePrinter struct {
			SnmpEnabled        bool
			SnmpVersion        string
			SnmpCredentialsSet bool
		}
	}
	s.gql(t, q, map[string]any{"id": id, "in": map[string]any{"snmpEnabled": true, "snmpVersion": "V3",
		"snmpV3": map[string]any{"user": "pb", "authProtocol": "sha", "authPassword": "authpass123", "privProtocol": "aes",
			"privPassword": "privpass123", "securityLevel": "authPriv"}}}, bearer(admin)).mustData(t, &out)
	if !out.UpdatePrinter.SnmpEnabled || out.UpdatePrinter.SnmpVersion != "V3" || !out.UpdatePrinter.SnmpCredentialsSet {
		t.Fatalf("printer = %+v", out)
	}
	p := s.db.Client.Printer.Query().OnlyX(sys())
	if p.SnmpV3.AuthProtocol != "SHA" || p.SnmpV3.PrivPassword != "privpass123" {
		t.Fatalf("stored v3 = %+v", p.SnmpV3)
	}
	// Nothing in the schema returns the secrets.
	r := s.gql(t, `query($id: ID!) { node(id: $id) { ... on Printer { snmpCommunity } } }`, map[string]any{"id": id}, bearer(admin))
	if len(r.Errors) == 0 {
		t.Fatal("snmpCommunity is readable")
	}
}

func TestPollPrinter_AFailedPollIsAResultNotAnError(t *testing.T) {
	s := newTestServer(t, "sqlite", allowLoopbackSNMP)
	s.register(t, "SN-NOIP", testPrinterCode) // registered without an IP
	id := fmt.Sprint(s.db.Client.Printer.Query().OnlyX(sys()).ID)
	var out struct{ PollPrinter struct{ Error *string } }
	s.gql(t, `mutation($id: ID!) { pollPrinter(id: $id) { error } }`, map[string]any{"id": id}, bearer(s.login(t, testAdmin))).mustData(t, &out)
	if out.PollPrinter.Error == nil || !strings.Contains(*out.PollPrinter.Error, "no IP address") {
		t.Fatalf("error = %v", out.PollPrinter.Error)
	}
}
