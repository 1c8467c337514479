package snmp

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func normalizedTarget(t *testing.T, tg Target) Target {
	t.Helper()
	n, err := tg.normalized()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// fullPrinter is a complete HP colour printer at hrDeviceIndex 1.
func fullPrinter() *fakeSession {
	return newFake().
		str(oidSysDescr, "HP ETHERNET MULTI-ENVIRONMENT").
		oid(oidSysObjectID, ".1.3.6.1.4.1.11.2.3.9.1").
		str(oidSysName, "NPI1A2B3C").
		str(oidSysLocation, "Building B, 1st floor").
		str(oidPrtGeneralSerialNumber+".1", "  CNB1234567 ").
		str(oidPrtGeneralPrinterName+".1", "Accounting").
		str(oidHrDeviceDescr+".1", "HP Color LaserJet MFP M577").
		int(oidHrPrinterStatus+".1", 1).
		bytes(oidHrPrinterDetectedErrorState+".1", []byte{0x04, 0x00}).
		counter(oidPrtMarkerLifeCount+".1.1", 123456).
		// alerts: a warning first in table order, then a critical one without description
		int(oidPrtAlertEntry+".2.1.5", SeverityWarning).int(oidPrtAlertEntry+".4.1.5", 11).int(oidPrtAlertEntry+".7.1.5", 1104).
		str(oidPrtAlertEntry+".8.1.5", "Black cartridge low").
		int(oidPrtAlertEntry+".2.1.12", SeverityCritical).int(oidPrtAlertEntry+".4.1.12", 13).int(oidPrtAlertEntry+".7.1.12", 8).
		str(oidPrtConsoleDisplayBufferText+".1.1", "Jam in tray 2").
		str(oidPrtConsoleDisplayBufferText+".1.2", "").
		int(oidPrtMarkerSuppliesEntry+".4.1.1", 3).int(oidPrtMarkerSuppliesEntry+".5.1.1", 3).
		str(oidPrtMarkerSuppliesEntry+".6.1.1", "Black Cartridge HP CF360X").
		int(oidPrtMarkerSuppliesEntry+".7.1.1", 19).int(oidPrtMarkerSuppliesEntry+".8.1.1", 100).int(oidPrtMarkerSuppliesEntry+".9.1.1", 8).
		int(oidPrtMarkerSuppliesEntry+".4.1.2", 4).int(oidPrtMarkerSuppliesEntry+".5.1.2", 4).
		str(oidPrtMarkerSuppliesEntry+".6.1.2", "Toner Collection Unit").
		int(oidPrtMarkerSuppliesEntry+".8.1.2", -2).int(oidPrtMarkerSuppliesEntry+".9.1.2", -3).
		counter(".1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0", 123400).
		counter(".1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.6.0", 100000).
		counter(".1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.7.0", 23400)
}

func TestCollectFullReadingFake(t *testing.T) {
	f := fullPrinter()
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if err != nil {
		t.Fatal(err)
	}
	if r.Serial != "CNB1234567" || r.Model != "HP Color LaserJet MFP M577" || r.SysName != "NPI1A2B3C" ||
		r.SysLocation != "Building B, 1st floor" || r.PrinterName != "Accounting" || r.IP != "127.0.0.1" {
		t.Errorf("identification wrong: %+v", r)
	}
	if r.Status != StatusOther || r.StatusName != "other" || r.ErrorState != "0400" || !reflect.DeepEqual(r.Conditions, []Condition{Jammed}) {
		t.Errorf("status wrong: %v %q %q %v", r.Status, r.StatusName, r.ErrorState, r.Conditions)
	}
	if r.Profile != "hp" || !strings.Contains(r.ProfileWhy, "enterprise 11") {
		t.Errorf("profile %s (%s)", r.Profile, r.ProfileWhy)
	}
	// The vendor billing total wins over prtMarkerLifeCount, which is kept.
	if *r.Counters.Total != 123400 || *r.MarkerLife != 123456 || *r.Counters.Black != 100000 || *r.Counters.Color != 23400 || r.Counters.Large != nil {
		t.Errorf("counters wrong: %+v life %v", r.Counters, *r.MarkerLife)
	}
	if len(r.Alerts) != 2 || r.Alerts[0].Index != "1.5" || r.Alerts[1].Index != "1.12" {
		t.Fatalf("alerts: %+v", r.Alerts)
	}
	a := r.Alerts[1]
	if a.SeverityName != "critical" || a.GroupName != "mediaPath" || a.CodeName != "jam" || a.Text() != "jam (mediaPath)" {
		t.Errorf("alert decoded wrong: %+v text %q", a, a.Text())
	}
	if !reflect.DeepEqual(r.ConsoleText, []string{"Jam in tray 2"}) {
		t.Errorf("console %q", r.ConsoleText)
	}
	if len(r.Supplies) != 2 {
		t.Fatalf("supplies %+v", r.Supplies)
	}
	s0, s1 := r.Supplies[0], r.Supplies[1]
	if s0.Description != "Black Cartridge HP CF360X" || s0.TypeName != "toner" || s0.ClassName != "supplyThatIsConsumed" || s0.Percent == nil || *s0.Percent != 8 || s0.LevelText() != "8%" {
		t.Errorf("supply 0: %+v", s0)
	}
	if s1.Percent != nil || s1.LevelText() != "some remaining" || s1.ClassName != "receptacleThatIsFilled" || s1.TypeName != "wasteToner" {
		t.Errorf("supply 1: %+v", s1)
	}
	if len(r.Warnings) != 0 {
		t.Errorf("warnings: %v", r.Warnings)
	}

	info := r.PrinterInfo()
	b, _ := json.Marshal(info)
	want := `{"serial":"CNB1234567","model":"HP Color LaserJet MFP M577","name":"NPI1A2B3C","location":"Building B, 1st floor","ip":"127.0.0.1","counters":{"total":123400,"black":100000,"color":23400},"errors":["jam (mediaPath)","Black cartridge low","Jam in tray 2"]}`
	if string(b) != want {
		t.Errorf("PrinterInfo JSON\n got %s\nwant %s", b, want)
	}
}

// Nothing but the system group: every other part is missing, which is not an error.
func TestCollectPartialIsNotAnError(t *testing.T) {
	f := newFake().str(oidSysName, "lonely").str(oidSysDescr, "Some box")
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if err != nil {
		t.Fatal(err)
	}
	if r.SysName != "lonely" || r.Serial != "" || r.Counters.Total != nil || r.Profile != "generic" || len(r.Warnings) != 0 {
		t.Errorf("unexpected: %+v", r)
	}
	b, _ := json.Marshal(r.PrinterInfo())
	if string(b) != `{"name":"lonely","ip":"127.0.0.1"}` {
		t.Errorf("PrinterInfo = %s", b)
	}
}

// A printer whose hrDeviceIndex is not 1 (some models use 2 or a large number).
func TestCollectOtherDeviceIndex(t *testing.T) {
	f := newFake().
		oid(oidSysObjectID, ".1.3.6.1.4.1.2435.2.3.9.1").
		str(oidPrtGeneralSerialNumber+".2", "BRSERIAL").
		str(oidHrDeviceDescr+".2", "Brother HL-L8360CDW series").
		int(oidHrPrinterStatus+".2", 3).
		bytes(oidHrPrinterDetectedErrorState+".2", []byte{0x20}).
		counter(oidPrtMarkerLifeCount+".2.1", 777).
		str(oidPrtConsoleDisplayBufferText+".2.1", "Toner Low").
		str(oidPrtConsoleDisplayBufferText+".3.1", "other device")
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if err != nil {
		t.Fatal(err)
	}
	if r.DeviceIndex != 2 || r.Serial != "BRSERIAL" || r.Model != "Brother HL-L8360CDW series" || r.StatusName != "idle" ||
		!reflect.DeepEqual(r.Conditions, []Condition{LowToner}) || *r.Counters.Total != 777 ||
		!reflect.DeepEqual(r.ConsoleText, []string{"Toner Low"}) {
		t.Errorf("unexpected: %+v", r)
	}
}

// Serial from the vendor OID when prtGeneralSerialNumber is empty; model from the vendor when
// hrDeviceDescr is missing.
func TestCollectSerialQuirk(t *testing.T) {
	f := newFake().
		oid(oidSysObjectID, ".1.3.6.1.4.1.1602.4.7").
		str(oidPrtGeneralSerialNumber+".1", "").
		str(".1.3.6.1.4.1.1602.1.2.1.8.1.3.1.1", "XLF01234").
		str(".1.3.6.1.4.1.1602.1.1.1.1.0", "iR-ADV C5535")
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if err != nil {
		t.Fatal(err)
	}
	if r.Serial != "XLF01234" || r.SerialSource != ".1.3.6.1.4.1.1602.1.2.1.8.1.3.1.1" || r.Model != "iR-ADV C5535" || r.Profile != "canon" {
		t.Errorf("unexpected: serial %q (%s) model %q profile %s", r.Serial, r.SerialSource, r.Model, r.Profile)
	}
}

func TestCollectProfileOverride(t *testing.T) {
	f := fullPrinter().int(".1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34", 5)
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1", ProfileOverride: "Xerox"}), f)
	if err != nil {
		t.Fatal(err)
	}
	if r.Profile != "xerox" || r.ProfileWhy != "override" || *r.Counters.Black != 5 || *r.Counters.Total != 123456 {
		t.Errorf("override not applied: %s %s %+v", r.Profile, r.ProfileWhy, r.Counters)
	}
}

func TestCollectErrorOIDs(t *testing.T) {
	f := fullPrinter().
		str(".1.3.6.1.4.1.99.1.0", "  E-101: paper jam  ").
		int(".1.3.6.1.4.1.99.2.0", 42).
		str(".1.3.6.1.4.1.99.4.0", strings.Repeat("x", 600))
	tg := normalizedTarget(t, Target{Host: "127.0.0.1", ErrorOIDs: [4]string{"1.3.6.1.4.1.99.1.0", ".1.3.6.1.4.1.99.2.0", "1.3.6.1.4.1.99.3.0", "1.3.6.1.4.1.99.4.0"}})
	r, err := collect(context.Background(), tg, f)
	if err != nil {
		t.Fatal(err)
	}
	info := r.PrinterInfo()
	if len(info.Errors) != 4 || info.Errors[0] != "E-101: paper jam" || info.Errors[1] != "42" || info.Errors[2] != "" || len(info.Errors[3]) != 500 {
		t.Errorf("errors = %q", info.Errors)
	}
	// Only OID2 configured: errors keep their position.
	tg = normalizedTarget(t, Target{Host: "127.0.0.1", ErrorOIDs: [4]string{"", "1.3.6.1.4.1.99.2.0"}})
	r, _ = collect(context.Background(), tg, f)
	if got := r.PrinterInfo().Errors; !reflect.DeepEqual(got, []string{"", "42"}) {
		t.Errorf("errors = %q", got)
	}
	// Configured but all absent: no errors at all (not the alerts).
	tg = normalizedTarget(t, Target{Host: "127.0.0.1", ErrorOIDs: [4]string{"1.3.6.1.4.1.99.9.0"}})
	r, _ = collect(context.Background(), tg, f)
	if got := r.PrinterInfo().Errors; got != nil {
		t.Errorf("errors = %q", got)
	}
}

func TestCollectFirstRequestFailureIsFatal(t *testing.T) {
	f := fullPrinter()
	want := &Error{Target: "x", Kind: ErrUnreachable, Detail: "no reply"}
	f.failOn[oidSysDescr] = want
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if r != nil || !errors.Is(err, ErrUnreachable) {
		t.Fatalf("got %v, %v", r, err)
	}
}

// The printer stops answering after the first request: what was read is returned with warnings and
// no further request is sent.
func TestCollectStopsAfterMidwayFailure(t *testing.T) {
	f := fullPrinter()
	f.failOn[oidPrtAlertEntry] = &Error{Target: "x", Kind: ErrUnreachable, Detail: "no reply"}
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if err != nil {
		t.Fatal(err)
	}
	if r.Serial != "CNB1234567" || r.MarkerLife == nil || len(r.Warnings) != 2 || !strings.Contains(r.Warnings[0], "prtAlertTable") {
		t.Errorf("unexpected: serial %q warnings %q", r.Serial, r.Warnings)
	}
	for _, w := range f.walks {
		if w == oidPrtConsoleDisplayBufferText || w == oidPrtMarkerSuppliesEntry {
			t.Errorf("walked %s after the failure", w)
		}
	}
	// The counters still fall back on prtMarkerLifeCount.
	if r.Counters.Total == nil || *r.Counters.Total != 123456 {
		t.Errorf("total = %v", r.Counters.Total)
	}
}

func TestPrinterInfoRules(t *testing.T) {
	big, neg, ok := int64(1)<<31, int64(-1), int64(2147483647)
	r := &Reading{
		Serial: "S1", Model: strings.Repeat("m", 700), PrinterName: "prtName", IP: "10.0.0.9",
		Counters: Counters{Total: &big, Black: &neg, Color: &ok},
		Alerts: []Alert{
			{Index: "1.1", Severity: SeverityOther, Description: "Sleep mode"},
			{Index: "1.2", Severity: SeverityWarning, Description: "Toner low"},
			{Index: "1.3", Severity: SeverityCritical, Description: "Paper jam"},
			{Index: "1.4", Severity: SeverityCritical, Description: "paper JAM"}, // duplicate
			{Index: "1.5", Severity: SeverityWarning, Code: 0},                   // no text at all
		},
		ConsoleText: []string{"Toner low", "Ready", "Extra line"},
	}
	info := r.PrinterInfo()
	if info.Name != "prtName" {
		t.Errorf("name falls back on prtGeneralPrinterName: %q", info.Name)
	}
	if len([]rune(info.Model)) != 500 {
		t.Errorf("model not cut: %d", len(info.Model))
	}
	if info.Counters == nil || info.Counters.Total != nil || info.Counters.Black != nil || *info.Counters.Color != ok {
		t.Errorf("counters %+v", info.Counters)
	}
	if want := []string{"Paper jam", "Toner low", "Sleep mode", "Ready"}; !reflect.DeepEqual(info.Errors, want) {
		t.Errorf("errors = %q, want %q", info.Errors, want)
	}
	b, _ := json.Marshal(PrinterInfo{})
	if string(b) != "{}" {
		t.Errorf("empty PrinterInfo = %s", b)
	}
}

func TestCleanText(t *testing.T) {
	cases := map[string]string{
		"  Ready\x00\x00":          "Ready",
		"Line1\r\nLine2\tend":      "Line1 Line2 end",
		"Caf\xe9 cr\xe8me":         "Café crème", // ISO-8859-1
		"Café":                     "Café",       // UTF-8
		"\x01\x02ctl\x7f":          "ctl",
		"   ":                      "",
		"Paper  jam   in tray 2  ": "Paper jam in tray 2",
	}
	for in, want := range cases {
		if got := cleanText([]byte(in)); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTargetValidation(t *testing.T) {
	bad := []Target{
		{},
		{Host: "10.0.0.1:161"},
		{Host: "a b"},
		{Host: "h", Port: 70000},
		{Host: "h", Version: "4"},
		{Host: "h", Timeout: -1},
		{Host: "h", Timeout: 2 * MaxTimeout},
		{Host: "h", Retries: -1},
		{Host: "h", Retries: 11},
		{Host: "h", Version: V3},
		{Host: "h", Version: V3, V3User: "u", V3AuthPass: "short"},
		{Host: "h", Version: V3, V3User: "u", V3AuthPass: "longenough", V3PrivPass: "short"},
		{Host: "h", Version: V3, V3User: "u", V3AuthPass: "longenough", V3AuthProto: "SHA3"},
		{Host: "h", Version: V3, V3User: "u", V3AuthPass: "longenough", V3PrivPass: "longenough", V3PrivProto: "3DES"},
		{Host: "h", Version: V3, V3User: "u", V3SecLevel: "weird"},
		{Host: "h", ProfileOverride: "epson"},
		{Host: "h", ErrorOIDs: [4]string{"sysName.0"}},
		{Host: "h", ErrorOIDs: [4]string{"", "", "", "1..3"}},
		{Host: "h", ErrorOIDs: [4]string{"5.1"}},
	}
	for _, tg := range bad {
		if _, err := tg.normalized(); !errors.Is(err, ErrInvalidTarget) {
			t.Errorf("%+v: err = %v, want ErrInvalidTarget", tg, err)
		}
		if _, err := Collect(context.Background(), tg); !errors.Is(err, ErrInvalidTarget) {
			t.Errorf("Collect(%+v): err = %v, want ErrInvalidTarget", tg, err)
		}
	}
	n, err := Target{Host: "[::1]", Version: "v3", V3User: "u", V3AuthPass: "12345678", V3PrivPass: "abcdefgh", ErrorOIDs: [4]string{"1.3.6.1.2.1.1.5.0"}}.normalized()
	if err != nil {
		t.Fatal(err)
	}
	if n.Host != "::1" || n.Port != 161 || n.Version != V3 || n.Timeout != DefaultTimeout || n.ErrorOIDs[0] != ".1.3.6.1.2.1.1.5.0" || n.Addr() != "[::1]:161" {
		t.Errorf("normalized = %+v", n)
	}
	flags, sp, err := n.usm()
	if err != nil || flags.String() != "AuthPriv" || sp.AuthenticationProtocol.String() != "SHA" || sp.PrivacyProtocol.String() != "AES" {
		t.Errorf("usm = %v %v %v", flags, sp, err)
	}
	if s := n.String(); strings.Contains(s, "12345678") || strings.Contains(s, "abcdefgh") {
		t.Errorf("String leaks a password: %s", s)
	}
}

// Xerox AltaLink / Fuji Xerox ApeosPort answer no hrDeviceDescr: the model is read from sysDescr.
func TestCollectModelFromSysDescr(t *testing.T) {
	for _, c := range []struct{ oid, descr, want string }{
		{".1.3.6.1.4.1.253.8.62.1.20.4.1", "Xerox AltaLink C8045; SS 100.002.008.05702, NC 100.002.05702.1042577", "Xerox AltaLink C8045"},
		{".1.3.6.1.4.1.297.1.11.93.1.47.1.2", "FUJI XEROX ApeosPort C4570; System 22.1.7, ESS 1.60.9", "FUJI XEROX ApeosPort C4570"},
	} {
		f := newFake().oid(oidSysObjectID, c.oid).str(oidSysDescr, c.descr).str(oidPrtGeneralSerialNumber+".1", "3TB000111")
		r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
		if err != nil {
			t.Fatal(err)
		}
		if r.Model != c.want || r.Profile != "xerox" || r.PrinterInfo().Model != c.want {
			t.Errorf("%q: model %q profile %s (%s), want %q", c.descr, r.Model, r.Profile, r.ProfileWhy, c.want)
		}
	}
	// hrDeviceDescr, when present, wins.
	f := newFake().oid(oidSysObjectID, ".1.3.6.1.4.1.253.8.62.1").str(oidSysDescr, "Xerox AltaLink C8045; SS 1").
		str(oidHrDeviceDescr+".1", "Xerox AltaLink C8045 Multifunction Printer")
	r, _ := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if r.Model != "Xerox AltaLink C8045 Multifunction Printer" {
		t.Errorf("model %q, want hrDeviceDescr", r.Model)
	}
	// A generic device's sysDescr is not a model.
	f = newFake().str(oidSysDescr, "Linux box 5.10")
	r, _ = collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if r.Model != "" {
		t.Errorf("generic model %q", r.Model)
	}
}

// HP's sysDescr "…,SN:XXXX,…,PID:model" gives the serial when prtGeneralSerialNumber and HP's
// serial-number OID are empty, and the model when hrDeviceDescr and model-name are.
func TestCollectHPSerialFromSysDescr(t *testing.T) {
	descr := "HP ETHERNET MULTI-ENVIRONMENT,SN:VNB3K12345,FN:1V12345,SVCID:27057,PID:HP Color LaserJet MFP M477fnw"
	f := newFake().oid(oidSysObjectID, ".1.3.6.1.4.1.11.2.3.9.1").str(oidSysDescr, descr).str(oidPrtGeneralSerialNumber+".1", "")
	r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if err != nil {
		t.Fatal(err)
	}
	if r.Serial != "VNB3K12345" || r.SerialSource != oidSysDescr || r.Model != "HP Color LaserJet MFP M477fnw" {
		t.Errorf("serial %q (%s) model %q", r.Serial, r.SerialSource, r.Model)
	}
	if !validSerial(r.PrinterInfo().Serial) {
		t.Errorf("serial %q is not one the cloud accepts", r.PrinterInfo().Serial)
	}
	// The standard object, then HP's serial-number OID, come first.
	f.str(".1.3.6.1.4.1.11.2.3.9.4.2.1.1.3.3.0", "CNB1234567")
	r, _ = collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if r.Serial != "CNB1234567" || r.SerialSource != ".1.3.6.1.4.1.11.2.3.9.4.2.1.1.3.3.0" {
		t.Errorf("vendor OID must win over sysDescr: %q (%s)", r.Serial, r.SerialSource)
	}
	f.str(oidPrtGeneralSerialNumber+".1", "STD0001")
	r, _ = collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if r.Serial != "STD0001" {
		t.Errorf("prtGeneralSerialNumber must win: %q", r.Serial)
	}
	// Another vendor's sysDescr with "SN:" is not read.
	f = newFake().oid(oidSysObjectID, ".1.3.6.1.4.1.2435.2.3.9.1").str(oidSysDescr, "Brother NC-8300h,SN:E7812345")
	r, _ = collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if r.Serial != "" {
		t.Errorf("brother serial %q read from sysDescr", r.Serial)
	}
}

// A printer whose alert table is empty but whose hrPrinterDetectedErrorState says serviceRequested and
// jammed: errors carry the conditions' messages, critical first, in the target's language.
func TestCollectErrorStateReachesErrors(t *testing.T) {
	printer := func() *fakeSession {
		return newFake().str(oidSysDescr, "Some printer").str(oidPrtGeneralSerialNumber+".1", "S1").
			int(oidHrPrinterStatus+".1", 1).
			bytes(oidHrPrinterDetectedErrorState+".1", EncodeErrorState(LowToner, Jammed, ServiceRequested))
	}
	cases := []struct {
		lang string
		want []string
	}{
		{"", []string{"Paper jam", "Service requested", "Low toner"}},
		{"en", []string{"Paper jam", "Service requested", "Low toner"}},
		{"fr", []string{"Bourrage papier", "Intervention technique demandée", "Toner bientôt épuisé"}},
		{"fr-BE", []string{"Bourrage papier", "Intervention technique demandée", "Toner bientôt épuisé"}},
		{"IT", []string{"Inceppamento carta", "Richiesta assistenza tecnica", "Toner in esaurimento"}},
		{"de", []string{"Paper jam", "Service requested", "Low toner"}}, // no German messages: English
	}
	for _, c := range cases {
		r, err := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1", Language: c.lang}), printer())
		if err != nil {
			t.Fatal(err)
		}
		if got := r.PrinterInfo().Errors; !reflect.DeepEqual(got, c.want) {
			t.Errorf("language %q: errors %q, want %q", c.lang, got, c.want)
		}
	}
	// The console text follows, within the limit of 4.
	f := printer().str(oidPrtConsoleDisplayBufferText+".1.1", "SC 542 call service").str(oidPrtConsoleDisplayBufferText+".1.2", "Ready?")
	r, _ := collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if got, want := r.PrinterInfo().Errors, []string{"Paper jam", "Service requested", "Low toner", "SC 542 call service"}; !reflect.DeepEqual(got, want) {
		t.Errorf("errors %q, want %q", got, want)
	}
	// With alerts, the alerts speak (they name the same conditions, in the printer's words).
	f = printer().int(oidPrtAlertEntry+".2.1.1", SeverityCritical).int(oidPrtAlertEntry+".4.1.1", 13).
		int(oidPrtAlertEntry+".7.1.1", 8).str(oidPrtAlertEntry+".8.1.1", "Jam in tray 2")
	r, _ = collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1", Language: "fr"}), f)
	if got := r.PrinterInfo().Errors; !reflect.DeepEqual(got, []string{"Jam in tray 2"}) {
		t.Errorf("errors %q, want the alert only", got)
	}
	// With admin OIDs configured, errors are their values only.
	tg := normalizedTarget(t, Target{Host: "127.0.0.1", ErrorOIDs: [4]string{"1.3.6.1.4.1.99.1.0"}})
	r, _ = collect(context.Background(), tg, printer().str(".1.3.6.1.4.1.99.1.0", "E-101"))
	if got := r.PrinterInfo().Errors; !reflect.DeepEqual(got, []string{"E-101"}) {
		t.Errorf("errors %q, want the OID value only", got)
	}
	// No condition, no alert: no error.
	f = newFake().str(oidSysDescr, "Some printer").bytes(oidHrPrinterDetectedErrorState+".1", []byte{0})
	r, _ = collect(context.Background(), normalizedTarget(t, Target{Host: "127.0.0.1"}), f)
	if got := r.PrinterInfo().Errors; got != nil {
		t.Errorf("errors %q, want none", got)
	}
}
