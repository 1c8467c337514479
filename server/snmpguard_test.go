package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/ent/printer"
	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
)

const pollQ = `mutation($id: ID!) { pollPrinter(id: $id) { meterStored error } }`

type pollOut struct {
	PollPrinter struct {
		MeterStored bool
		Error       *string
	}
}

// TestPollPrinter_RefusesLoopbackLinkLocalAndMetadataUnlessAllowed (issue 14, item 10): a printer's IP is told
// by devices without login, so the server's poller refuses to send SNMP to loopback, link-local (cloud
// metadata), unspecified and multicast addresses, unless the operator allows a range (SNMP_ALLOWED_RANGES).
func TestPollPrinter_RefusesLoopbackLinkLocalAndMetadataUnlessAllowed(t *testing.T) {
	agent := snmptest.Start(t, snmptest.XeroxPrinter...) // listens on 127.0.0.1
	port := agent.Addr()[strings.LastIndex(agent.Addr(), ":")+1:]
	for _, allowed := range []string{"", "127.0.0.1/32"} {
		s := newTestServer(t, "sqlite", map[string]string{"SNMP_ALLOWED_RANGES": allowed})
		s.register(t, "SN-SIM-0001", testPrinterCode)
		p := s.db.Client.Printer.Query().Where(printer.Serial("SN-SIM-0001")).OnlyX(sys())
		admin := s.login(t, testAdmin)
		poll := func(ip string) pollOut {
			t.Helper()
			p.Update().SetIP(ip).SetSnmpEnabled(true).SetSnmpCommunity("public").ExecX(sys())
			var out pollOut
			s.gql(t, pollQ, map[string]any{"id": fmt.Sprint(p.ID)}, bearer(admin)).mustData(t, &out)
			return out
		}
		for _, ip := range []string{agent.Addr(), "[::1]:" + port, "169.254.169.254", "0.0.0.0", "224.0.0.1", "localhost:" + port} {
			out := poll(ip)
			if allowed != "" && strings.HasPrefix(ip, "localhost:") {
				continue // resolves to 127.0.0.1 (allowed) or ::1, depending on the host
			}
			if allowed != "" && ip == agent.Addr() {
				if !out.PollPrinter.MeterStored {
					t.Fatalf("allowed %s: poll of %s = %+v", allowed, ip, out)
				}
				continue
			}
			if out.PollPrinter.MeterStored || out.PollPrinter.Error == nil || !strings.Contains(*out.PollPrinter.Error, "SNMP_ALLOWED_RANGES") {
				e := "<nil>"
				if out.PollPrinter.Error != nil {
					e = *out.PollPrinter.Error
				}
				t.Fatalf("allowed %q: poll of %s stored %v, error %s", allowed, ip, out.PollPrinter.MeterStored, e)
			}
		}
	}
}
