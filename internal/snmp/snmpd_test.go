package snmp

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/panicbutton/panicbutton/internal/snmp/snmptest"
)

var (
	xeroxPrinter  = snmptest.XeroxPrinter
	testErrorOIDs = snmptest.XeroxErrorOIDs
)

// startAgent starts snmpd (see package snmptest) with the given printer lines.
func startAgent(t *testing.T, printer []string) *snmptest.Agent { return snmptest.Start(t, printer...) }

func agentTarget(a *snmptest.Agent) Target {
	return Target{Host: "127.0.0.1", Port: a.Port, Version: V2c, Community: snmptest.Community, Timeout: time.Second, Retries: 1}
}

func agentV3Target(a *snmptest.Agent) Target {
	return Target{Host: "127.0.0.1", Port: a.Port, Version: V3, V3User: snmptest.V3User, V3AuthProto: "SHA", V3AuthPass: snmptest.V3AuthPass,
		V3PrivProto: "AES", V3PrivPass: snmptest.V3PrivPass, V3SecLevel: AuthPriv, Timeout: time.Second, Retries: 1}
}

func checkXeroxReading(t *testing.T, r *Reading, wantTotal int64) {
	t.Helper()
	if r.Serial != "SN-SIM-0001" || r.Model != "Xerox AltaLink C8045" || r.SysName != "printer-sim-01" ||
		r.SysLocation != "Floor 2, Room 201" || r.PrinterName != "Copier 2nd floor" || r.IP != "127.0.0.1" ||
		r.SysObjectID != ".1.3.6.1.4.1.253.8.62.1.20.4.1" {
		t.Errorf("identification: %+v", r)
	}
	if r.Profile != "xerox" || r.ProfileWhy != "sysObjectID enterprise 253" {
		t.Errorf("profile %s (%s)", r.Profile, r.ProfileWhy)
	}
	if r.Counters.Total == nil || *r.Counters.Total != wantTotal || r.Counters.Black == nil || *r.Counters.Black != 12345 ||
		r.Counters.Color == nil || *r.Counters.Color != 6789 || r.Counters.Large == nil || *r.Counters.Large != 30 {
		b, _ := json.Marshal(r.Counters)
		t.Errorf("counters %s, want total %d black 12345 color 6789 large 30", b, wantTotal)
	}
	if r.StatusName != "other" || r.ErrorState != "0480" || !reflect.DeepEqual(r.Conditions, []Condition{Jammed, InputTrayMissing}) {
		t.Errorf("status %q state %q conditions %v", r.StatusName, r.ErrorState, r.Conditions)
	}
	if len(r.Alerts) != 2 {
		t.Fatalf("alerts: %+v", r.Alerts)
	}
	a0, a1 := r.Alerts[0], r.Alerts[1]
	if a0.Index != "1.1" || a0.SeverityName != "critical" || a0.GroupName != "mediaPath" || a0.GroupIndex != 2 || a0.CodeName != "jam" || a0.Description != "Paper jam in tray 2" {
		t.Errorf("alert 0: %+v", a0)
	}
	if a1.SeverityName != "warning" || a1.CodeName != "markerTonerAlmostEmpty" || a1.Text() != "markerTonerAlmostEmpty (markerSupplies)" {
		t.Errorf("alert 1: %+v", a1)
	}
	if !reflect.DeepEqual(r.ConsoleText, []string{"Paper jam", "Open door A"}) {
		t.Errorf("console %q", r.ConsoleText)
	}
	if len(r.Supplies) != 2 || r.Supplies[0].Description != "Black Toner Cartridge 106R04053" || r.Supplies[0].Percent == nil ||
		*r.Supplies[0].Percent != 42 || r.Supplies[1].LevelText() != "some remaining" || r.Supplies[1].TypeName != "wasteToner" {
		t.Errorf("supplies %+v", r.Supplies)
	}
	if r.ErrorValues != [4]string{"09-605 Tray 2 jam", "42", "", "Call service"} {
		t.Errorf("error values %q", r.ErrorValues)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings %q", r.Warnings)
	}
}

func TestSNMPDCollectV2cAndCounterChange(t *testing.T) {
	a := startAgent(t, xeroxPrinter)
	tg := agentTarget(a)
	tg.ErrorOIDs = testErrorOIDs
	ctx := context.Background()

	r, err := Collect(ctx, tg)
	if err != nil {
		t.Fatal(err)
	}
	checkXeroxReading(t, r, 1000)
	b, _ := json.Marshal(r.PrinterInfo())
	want := `{"serial":"SN-SIM-0001","model":"Xerox AltaLink C8045","name":"printer-sim-01","location":"Floor 2, Room 201","ip":"127.0.0.1","counters":{"total":1000,"black":12345,"color":6789,"large":30},"errors":["09-605 Tray 2 jam","42","","Call service"]}`
	if string(b) != want {
		t.Errorf("PrinterInfo\n got %s\nwant %s", b, want)
	}

	// The printer prints 57 pages; the next collection sees it.
	a.SetCounter(t, 1057)
	r2, err := Collect(ctx, tg)
	if err != nil {
		t.Fatal(err)
	}
	if *r2.Counters.Total != 1057 || *r2.MarkerLife != 1057 {
		t.Errorf("second total = %d, want 1057", *r2.Counters.Total)
	}

	// Without admin OIDs, errors are the alerts (critical first) then the console text.
	tg.ErrorOIDs = [4]string{}
	r3, err := Collect(ctx, tg)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r3.PrinterInfo().Errors, []string{"Paper jam in tray 2", "markerTonerAlmostEmpty (markerSupplies)", "Paper jam", "Open door A"}; !reflect.DeepEqual(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
}

func TestSNMPDCollectV3AuthPriv(t *testing.T) {
	a := startAgent(t, xeroxPrinter)
	tg := agentV3Target(a)
	tg.ErrorOIDs = testErrorOIDs
	r, err := Collect(context.Background(), tg)
	if err != nil {
		t.Fatal(err)
	}
	checkXeroxReading(t, r, 1000)
	if !strings.Contains(r.Target, "v3") {
		t.Errorf("target %q", r.Target)
	}
}

func TestSNMPDCollectV1(t *testing.T) {
	// v1 answers a GET naming a missing OID with noSuchName for the whole request: the collector must
	// drop it and still read the rest (OID3 is absent). The serial comes from the Xerox vendor OID
	// because prtGeneralSerialNumber is empty.
	printer := []string{
		"sysname v1-printer",
		"sysobjectid .1.3.6.1.4.1.253.8.62.1",
		`override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str ""`,
		`override .1.3.6.1.4.1.253.8.53.3.2.1.3.1 octet_str "XRX-3TB000111"`,
		"override .1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34 integer 500",
		`override .1.3.6.1.4.1.253.8.99.1.0 octet_str "first"`,
		`override .1.3.6.1.4.1.253.8.99.4.0 octet_str "fourth"`,
	}
	a := startAgent(t, printer)
	tg := agentTarget(a)
	tg.Version = V1
	tg.ErrorOIDs = testErrorOIDs
	r, err := Collect(context.Background(), tg)
	if err != nil {
		t.Fatal(err)
	}
	if r.SysName != "v1-printer" || r.Serial != "XRX-3TB000111" || r.SerialSource != ".1.3.6.1.4.1.253.8.53.3.2.1.3.1" ||
		*r.Counters.Black != 500 || *r.Counters.Total != 1000 || r.Counters.Color != nil {
		t.Errorf("v1 reading: %+v counters %+v", r, r.Counters)
	}
	if got := r.PrinterInfo().Errors; !reflect.DeepEqual(got, []string{"first", "", "", "fourth"}) {
		t.Errorf("errors %q", got)
	}
}

func TestSNMPDWrongCommunity(t *testing.T) {
	a := startAgent(t, xeroxPrinter)
	tg := agentTarget(a)
	tg.Community = "private"
	tg.Timeout, tg.Retries = 300*time.Millisecond, 1
	start := time.Now()
	r, err := Collect(context.Background(), tg)
	elapsed := time.Since(start)
	if r != nil || !errors.Is(err, ErrUnreachable) {
		t.Fatalf("got %v, %v; want ErrUnreachable", r, err)
	}
	if !strings.Contains(err.Error(), "host unreachable or wrong community") {
		t.Errorf("message does not mention the community: %v", err)
	}
	if elapsed > 2*time.Second {
		t.Errorf("took %s for 2 attempts of 300ms", elapsed)
	}
	t.Log(err)
}

func TestSNMPDV3WrongPasswords(t *testing.T) {
	a := startAgent(t, xeroxPrinter)
	cases := []struct {
		name   string
		mutate func(*Target)
		say    string
	}{
		{"wrong auth password", func(tg *Target) { tg.V3AuthPass = "wrongpass999" }, `user "pbuser" exists but the authentication password or protocol is wrong`},
		{"wrong auth protocol", func(tg *Target) { tg.V3AuthProto = "MD5" }, `user "pbuser" exists but the authentication password or protocol is wrong`},
		{"unknown user", func(tg *Target) { tg.V3User = "nobody" }, `unknown user "nobody"`},
		// net-snmp drops a request it cannot decrypt; the engine discovery answer tells it from a dead host.
		{"wrong priv password", func(tg *Target) { tg.V3PrivPass = "wrongpriv999" }, "wrong privacy password"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tg := agentV3Target(a)
			tg.Timeout, tg.Retries = 500*time.Millisecond, 0
			c.mutate(&tg)
			start := time.Now()
			r, err := Collect(context.Background(), tg)
			if r != nil || !errors.Is(err, ErrAuth) || errors.Is(err, ErrUnreachable) {
				t.Fatalf("got %+v, %v; want ErrAuth", r, err)
			}
			if !strings.Contains(err.Error(), c.say) {
				t.Errorf("message %q does not say %q", err, c.say)
			}
			if time.Since(start) > 2*time.Second {
				t.Errorf("took %s", time.Since(start))
			}
		})
	}
}

func TestUnreachableClosedPort(t *testing.T) {
	// Nothing listens: the kernel answers ICMP port unreachable; the collector must fail fast and say so.
	tg := Target{Host: "127.0.0.1", Port: snmptest.FreeUDPPort(t), Timeout: 500 * time.Millisecond, Retries: 1}
	start := time.Now()
	r, err := Collect(context.Background(), tg)
	elapsed := time.Since(start)
	if r != nil || !errors.Is(err, ErrUnreachable) {
		t.Fatalf("got %v, %v", r, err)
	}
	if elapsed > tg.Timeout*time.Duration(tg.Retries+1)+500*time.Millisecond {
		t.Errorf("took %s, beyond the timeout", elapsed)
	}
	t.Log(err)
}

func TestUnreachableTimeoutWithinBudget(t *testing.T) {
	for _, v := range []Version{V1, V2c, V3} {
		t.Run(string(v), func(t *testing.T) {
			tg := Target{Host: "127.0.0.1", Port: snmptest.BlackHole(t), Version: v, Timeout: 300 * time.Millisecond, Retries: 1,
				V3User: snmptest.V3User, V3AuthPass: snmptest.V3AuthPass, V3PrivPass: snmptest.V3PrivPass}
			start := time.Now()
			r, err := Collect(context.Background(), tg)
			elapsed := time.Since(start)
			if r != nil || !errors.Is(err, ErrUnreachable) {
				t.Fatalf("got %v, %v", r, err)
			}
			budget := tg.Timeout * time.Duration(tg.Retries+1)
			if elapsed < budget-50*time.Millisecond || elapsed > budget+700*time.Millisecond {
				t.Errorf("took %s, want about %s", elapsed, budget)
			}
			if !strings.Contains(err.Error(), "no reply after 2 attempt(s) of 300ms") {
				t.Errorf("message: %v", err)
			}
		})
	}
}

func TestCollectRespectsContext(t *testing.T) {
	port := snmptest.BlackHole(t)
	tg := Target{Host: "127.0.0.1", Port: port, Timeout: 10 * time.Second, Retries: 3}

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(150*time.Millisecond, cancel)
	start := time.Now()
	_, err := Collect(ctx, tg)
	if !errors.Is(err, context.Canceled) || time.Since(start) > 2*time.Second {
		t.Errorf("cancel: err %v after %s", err, time.Since(start))
	}

	ctx, cancel2 := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel2()
	start = time.Now()
	_, err = Collect(ctx, tg)
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrUnreachable) || time.Since(start) > 2*time.Second {
		t.Errorf("deadline: err %v after %s", err, time.Since(start))
	}

	if _, err := Collect(ctx, tg); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("expired context: %v", err)
	}
}

// A Sharp MX-3570N walk (testdata/sharp-mx3570n.snmprec) served by snmpd: the sharp profile is chosen by
// the enterprise of sysObjectID and reads the B&W and colour totals under the Sharp tree.
func TestSNMPDSharpWalk(t *testing.T) {
	a := startAgent(t, snmptest.Walk(t, "testdata/sharp-mx3570n.snmprec"))
	a.SetCounter(t, 62676) // prtMarkerLifeCount: B&W total + all colour totals of the walk
	r, err := Collect(context.Background(), agentTarget(a))
	if err != nil {
		t.Fatal(err)
	}
	if r.Profile != "sharp" || r.ProfileWhy != "sysObjectID enterprise 2385" {
		t.Errorf("profile %s (%s)", r.Profile, r.ProfileWhy)
	}
	b, _ := json.Marshal(r.PrinterInfo())
	want := `{"serial":"SIM3570N01","model":"SHARP MX-3570N","name":"sharp-sim-3570","location":"Reception, ground floor","ip":"127.0.0.1","counters":{"total":62676,"black":50150,"color":12526}}`
	if string(b) != want {
		t.Errorf("PrinterInfo\n got %s\nwant %s", b, want)
	}
	if len(r.Supplies) != 2 || r.Supplies[1].Description != "Black Toner" || *r.Supplies[1].Percent != 27 || len(r.Warnings) != 0 {
		t.Errorf("supplies %+v warnings %q", r.Supplies, r.Warnings)
	}
	// The same walk recognised by its sysDescr when sysObjectID is not Sharp's.
	lines := append(snmptest.Walk(t, "testdata/sharp-mx3570n.snmprec"), "sysobjectid .1.3.6.1.4.1.8072.3.2.10")
	a2 := startAgent(t, lines)
	r, err = Collect(context.Background(), agentTarget(a2))
	if err != nil {
		t.Fatal(err)
	}
	if r.Profile != "sharp" || r.ProfileWhy != `sysDescr keyword "sharp"` || r.Counters.Black == nil || *r.Counters.Black != 50150 {
		t.Errorf("by sysDescr: profile %s (%s) counters %+v", r.Profile, r.ProfileWhy, r.Counters)
	}
}

// Xerox AltaLink and Fuji Xerox ApeosPort models that answer sysDescr but no hrDeviceDescr.
func TestSNMPDXeroxModelFromSysDescrOnly(t *testing.T) {
	cases := []struct{ objectID, descr, model string }{
		{".1.3.6.1.4.1.253.8.62.1.20.4.1", "Xerox AltaLink C8045; SS 100.002.008.05702, NC 100.002.05702.1042577, UI 100.002.05702", "Xerox AltaLink C8045"},
		{".1.3.6.1.4.1.297.1.11.93.1.47.1.2", "FUJI XEROX ApeosPort C4570; System 22.1.7, ESS 1.60.9, IOT 22.50.0", "FUJI XEROX ApeosPort C4570"},
	}
	for _, c := range cases {
		t.Run(c.model, func(t *testing.T) {
			a := startAgent(t, []string{
				"sysname xrx-sim",
				"sysdescr " + c.descr,
				"sysobjectid " + c.objectID,
				`override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str "3TB000222"`,
				"override .1.3.6.1.2.1.25.3.5.1.1.1 integer 3",
				"override .1.3.6.1.2.1.25.3.5.1.2.1 octet_str 0x00",
				"override .1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34 integer 4321",
			})
			r, err := Collect(context.Background(), agentTarget(a))
			if err != nil {
				t.Fatal(err)
			}
			if r.Model != c.model || r.PrinterInfo().Model != c.model || r.Profile != "xerox" || r.Serial != "3TB000222" {
				t.Errorf("model %q profile %s (%s) serial %q", r.Model, r.Profile, r.ProfileWhy, r.Serial)
			}
			if r.Counters.Black == nil || *r.Counters.Black != 4321 {
				t.Errorf("counters %+v", r.Counters)
			}
		})
	}
}

// An HP whose prtGeneralSerialNumber is empty and whose serial is only in sysDescr (SN:); the HP
// status-prt-eng counters are Counter32 as on the real printers.
func TestSNMPDHPSerialFromSysDescr(t *testing.T) {
	a := startAgent(t, []string{
		"sysname NPI3B2C1D",
		"syslocation Finance, 3rd floor",
		"sysdescr HP ETHERNET MULTI-ENVIRONMENT,SN:VNB3K12345,FN:1V12345,SVCID:27057,PID:HP Color LaserJet MFP M477fnw",
		"sysobjectid .1.3.6.1.4.1.11.2.3.9.1",
		`override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str ""`,
		`override .1.3.6.1.2.1.25.3.2.1.3.1 octet_str "HP Color LaserJet MFP M477fnw"`,
		"override .1.3.6.1.2.1.25.3.5.1.1.1 integer 3",
		"override .1.3.6.1.2.1.25.3.5.1.2.1 octet_str 0x00",
		"override .1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0 counter 5100",
		"override .1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.6.0 counter 4000",
		"override .1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.7.0 counter 1100",
	})
	r, err := Collect(context.Background(), agentTarget(a))
	if err != nil {
		t.Fatal(err)
	}
	if r.Serial != "VNB3K12345" || r.SerialSource != ".1.3.6.1.2.1.1.1.0" || r.Profile != "hp" || r.Model != "HP Color LaserJet MFP M477fnw" {
		t.Errorf("serial %q (%s) profile %s model %q", r.Serial, r.SerialSource, r.Profile, r.Model)
	}
	b, _ := json.Marshal(r.PrinterInfo())
	want := `{"serial":"VNB3K12345","model":"HP Color LaserJet MFP M477fnw","name":"NPI3B2C1D","location":"Finance, 3rd floor","ip":"127.0.0.1","counters":{"total":5100,"black":4000,"color":1100}}`
	if string(b) != want {
		t.Errorf("PrinterInfo\n got %s\nwant %s", b, want)
	}
}

// A printer with an empty alert table whose hrPrinterDetectedErrorState says serviceRequested and
// jammed (0x05): errors carry the two conditions, in the target's language.
func TestSNMPDErrorStateWithoutAlerts(t *testing.T) {
	a := startAgent(t, []string{
		"sysname quiet-printer",
		"sysdescr KYOCERA Document Solutions Printing System",
		"sysobjectid .1.3.6.1.4.1.1347.41",
		`override .1.3.6.1.2.1.43.5.1.1.17.1 octet_str "QUV9600664"`,
		"override .1.3.6.1.2.1.25.3.5.1.1.1 integer 1",
		// octet 0: 0x04 jammed (bit 5) | 0x01 serviceRequested (bit 7)
		"override .1.3.6.1.2.1.25.3.5.1.2.1 octet_str 0x0500",
	})
	for lang, want := range map[string][]string{
		"":   {"Paper jam", "Service requested"},
		"fr": {"Bourrage papier", "Intervention technique demandée"},
		"it": {"Inceppamento carta", "Richiesta assistenza tecnica"},
	} {
		tg := agentTarget(a)
		tg.Language = lang
		r, err := Collect(context.Background(), tg)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Alerts) != 0 || !reflect.DeepEqual(r.Conditions, []Condition{Jammed, ServiceRequested}) {
			t.Fatalf("alerts %+v conditions %v", r.Alerts, r.Conditions)
		}
		if got := r.PrinterInfo().Errors; !reflect.DeepEqual(got, want) {
			t.Errorf("language %q: errors %q, want %q", lang, got, want)
		}
	}
}
