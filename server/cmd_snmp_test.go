package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
)

func runSNMPForTest(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runSNMP(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestSNMPCommandUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		say  string
	}{
		{nil, "missing command"},
		{[]string{"walk"}, `unknown command "walk"`},
		{[]string{"collect"}, "at least one --target is required"},
		{[]string{"collect", "--bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"collect", "--target", "127.0.0.1", "--version", "4"}, `version "4" is not 1, 2c or 3`},
		{[]string{"collect", "--target", "127.0.0.1", "--timeout", "soon"}, "not a duration"},
		{[]string{"collect", "--target", "127.0.0.1", "--timeout", "-1s"}, "must be positive"},
		{[]string{"collect", "--target", "127.0.0.1", "--retries", "x"}, "invalid value"},
		{[]string{"collect", "--target", "127.0.0.1", "--oid2", "sysName.0"}, "OID2"},
		{[]string{"collect", "--target", "127.0.0.1", "--profile", "epson"}, `unknown profile "epson"`},
		{[]string{"collect", "--target", "127.0.0.1", "extra"}, `unexpected argument "extra"`},
		{[]string{"collect", "--target", "10.0.0.0/8"}, "larger than"},
		{[]string{"collect", "--target", "127.0.0.1", "--full"}, "--full needs --json"},
		{[]string{"collect", "--target", "127.0.0.1", "--version", "3"}, "SNMPv3 needs a user name"},
		{[]string{"collect", "--target", "127.0.0.1", "--version", "3", "--v3-user", "u", "--v3-auth-pass", "short"}, "at least 8 characters"},
		{[]string{"collect", "--target", "127.0.0.1", "--concurrency", "0"}, "--concurrency"},
	}
	for _, c := range cases {
		code, out, errs := runSNMPForTest(t, c.args...)
		if code != 2 || out != "" || !strings.Contains(errs, c.say) || !strings.Contains(errs, "usage: panicbutton snmp collect") {
			t.Errorf("%q: code %d stdout %q stderr %q; want 2 and %q", c.args, code, out, errs, c.say)
		}
	}
	if code, _, errs := runSNMPForTest(t, "collect", "-h"); code != 0 || !strings.Contains(errs, "--oid1 .. --oid4") {
		t.Errorf("-h: %d %q", code, errs)
	}
	// "snmp" itself may be passed along.
	if code, _, errs := runSNMPForTest(t, "snmp", "collect"); code != 2 || !strings.Contains(errs, "--target") {
		t.Errorf("leading snmp: %d %q", code, errs)
	}
}

func TestSNMPCollectJSON(t *testing.T) {
	a := snmptest.Start(t, snmptest.XeroxPrinter...)
	args := []string{"collect", "--target", a.Addr(), "--community", snmptest.Community, "--timeout", "1s", "--json"}
	for i, oid := range snmptest.XeroxErrorOIDs {
		args = append(args, "--oid"+strconv.Itoa(i+1), oid)
	}
	code, out, errs := runSNMPForTest(t, args...)
	if code != 0 || errs != "" {
		t.Fatalf("code %d stderr %q", code, errs)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	want := `{"counters":{"black":12345,"color":6789,"large":30,"total":1000},"errors":["09-605 Tray 2 jam","42","","Call service"],"ip":"127.0.0.1","location":"Floor 2, Room 201","model":"Xerox AltaLink C8045","name":"printer-sim-01","serial":"SN-SIM-0001"}`
	if b, _ := json.Marshal(got); string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}

	// SNMPv3 authPriv, no admin OIDs: errors are the alerts then the console text.
	a.SetCounter(t, 1200)
	code, out, errs = runSNMPForTest(t, "collect", "--target", a.Addr(), "--version", "3", "--v3-user", snmptest.V3User,
		"--v3-auth-proto", "SHA", "--v3-auth-pass", snmptest.V3AuthPass, "--v3-priv-proto", "AES", "--v3-priv-pass", snmptest.V3PrivPass, "--json")
	if code != 0 || errs != "" {
		t.Fatalf("v3: code %d stderr %q", code, errs)
	}
	var info struct {
		Serial   string
		Counters struct{ Total int }
		Errors   []string
	}
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		t.Fatal(err)
	}
	if info.Serial != "SN-SIM-0001" || info.Counters.Total != 1200 || len(info.Errors) != 4 || info.Errors[0] != "Paper jam in tray 2" {
		t.Errorf("v3 info: %+v", info)
	}

	// --full prints the whole reading.
	code, out, _ = runSNMPForTest(t, "collect", "--target", a.Addr(), "--json", "--full")
	if code != 0 || !strings.Contains(out, `"profile": "xerox"`) || !strings.Contains(out, `"jammed"`) || !strings.Contains(out, `"supplies"`) {
		t.Errorf("--full: %d %s", code, out)
	}

	// Without --json: a readable summary.
	code, out, _ = runSNMPForTest(t, "collect", "--target", a.Addr())
	for _, s := range []string{"serial     SN-SIM-0001", "counters   total 1200, black 12345, color 6789, large 30", "jammed, inputTrayMissing", "[critical] Paper jam in tray 2", "42%"} {
		if !strings.Contains(out, s) {
			t.Errorf("text output lacks %q:\n%s", s, out)
		}
	}
	if code != 0 {
		t.Errorf("text: code %d", code)
	}
}

func TestSNMPCollectSeveralTargets(t *testing.T) {
	a := snmptest.Start(t, snmptest.XeroxPrinter...)
	b := snmptest.Start(t, "sysname second", `override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str "SECOND-1"`)
	code, out, errs := runSNMPForTest(t, "collect", "--target", a.Addr(), "--target", b.Addr(), "--json")
	if code != 0 || errs != "" {
		t.Fatalf("code %d stderr %q", code, errs)
	}
	var infos []struct{ Serial, Name string }
	if err := json.Unmarshal([]byte(out), &infos); err != nil {
		t.Fatalf("not an array: %v\n%s", err, out)
	}
	if len(infos) != 2 || infos[0].Serial != "SN-SIM-0001" || infos[1].Serial != "SECOND-1" || infos[1].Name != "second" {
		t.Errorf("infos %+v", infos)
	}

	// One good, one dead: the good one is printed, the failure reported, exit 1.
	dead := "127.0.0.1:" + strconv.Itoa(snmptest.BlackHole(t))
	code, out, errs = runSNMPForTest(t, "collect", "--target", a.Addr(), "--target", dead, "--timeout", "0.2", "--retries", "0", "--json")
	if code != 1 || !strings.Contains(errs, "no answer") || !strings.Contains(out, "SN-SIM-0001") {
		t.Errorf("mixed: code %d stdout %s stderr %q", code, out, errs)
	}
}

func TestSNMPCollectFailures(t *testing.T) {
	snmptest.RequireSNMPD(t)
	// Closed port.
	code, out, errs := runSNMPForTest(t, "collect", "--target", "127.0.0.1:"+strconv.Itoa(snmptest.FreeUDPPort(t)), "--timeout", "300ms", "--json")
	if code != 1 || out != "" || !strings.Contains(errs, "no answer") {
		t.Errorf("closed port: %d %q %q", code, out, errs)
	}
	// Wrong community.
	a := snmptest.Start(t, snmptest.XeroxPrinter...)
	code, out, errs = runSNMPForTest(t, "collect", "--target", a.Addr(), "--community", "private", "--timeout", "300ms", "--retries", "0", "--json")
	if code != 1 || out != "" || !strings.Contains(errs, "host unreachable or wrong community") {
		t.Errorf("wrong community: %d %q %q", code, out, errs)
	}
	// Wrong SNMPv3 password.
	code, out, errs = runSNMPForTest(t, "collect", "--target", a.Addr(), "--version", "3", "--v3-user", snmptest.V3User,
		"--v3-auth-pass", "not-the-password", "--v3-priv-pass", snmptest.V3PrivPass, "--timeout", "500ms", "--json")
	if code != 1 || out != "" || !strings.Contains(errs, "SNMPv3 authentication failed") {
		t.Errorf("wrong v3 password: %d %q %q", code, out, errs)
	}
}
