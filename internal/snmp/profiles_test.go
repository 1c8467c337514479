package snmp

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestSelectProfileByEnterprise(t *testing.T) {
	cases := map[string]string{
		".1.3.6.1.4.1.253.8.62.1.20.4.1":  "xerox",
		"1.3.6.1.4.1.11.2.3.9.1":          "hp",
		".1.3.6.1.4.1.367.1.1":            "ricoh",
		".1.3.6.1.4.1.1347.41":            "kyocera",
		".1.3.6.1.4.1.1602.4.7":           "canon",
		".1.3.6.1.4.1.18334.1.1.1.2.1.99": "konica-minolta",
		".1.3.6.1.4.1.641.1.5.7":          "lexmark",
		".1.3.6.1.4.1.2435.2.3.9.1":       "brother",
		".1.3.6.1.4.1.2385.3.1.112.1.2":   "sharp",   // MX-3570N
		".1.3.6.1.4.1.9.1.1":              "generic", // Cisco: no printer profile
		".1.3.6.1.2.1.1":                  "generic", // not under enterprises
		"":                                "generic",
		"garbage":                         "generic",
	}
	for oid, want := range cases {
		p, why := SelectProfile(oid, "")
		if p.Name != want {
			t.Errorf("SelectProfile(%q) = %s (%s), want %s", oid, p.Name, why, want)
		}
		if want != "generic" && !strings.Contains(why, "enterprise") {
			t.Errorf("reason %q does not mention the enterprise", why)
		}
	}
}

func TestSelectProfileBySysDescr(t *testing.T) {
	cases := map[string]string{
		"Xerox AltaLink C8045 v1 Multifunction System":                           "xerox",
		"FUJI XEROX DocuCentre-V C3375 T2":                                       "xerox",
		"HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI24060": "hp",
		"RICOH MP C3004 1.09 / RICOH Network Printer C model":                    "ricoh",
		"KYOCERA Document Solutions Printing System":                             "kyocera",
		"TASKalfa 3253ci":                                                   "kyocera",
		"Canon iR-ADV C5535 /P":                                             "canon",
		"KONICA MINOLTA bizhub C364e":                                       "konica-minolta",
		"Lexmark CX725 version CXTPC.230.215 kernel 4.17.19":                "lexmark",
		"Brother NC-8300h, Firmware Ver.1.09  (16.02.26),MID 8C5-B22,FID 2": "brother",
		"Linux printer 5.10 #1 SMP":                                         "generic",
		"SHARP MX-3071":                                                     "sharp",
		// whole words only: "hpux" and "chp" are not "hp"
		"hpux-box chp": "generic",
	}
	for descr, want := range cases {
		p, why := SelectProfile("", descr)
		if p.Name != want {
			t.Errorf("SelectProfile(%q) = %s (%s), want %s", descr, p.Name, why, want)
		}
	}
	// The enterprise number wins over the description (a Dell-branded box with a Xerox engine says "Dell").
	if p, _ := SelectProfile(".1.3.6.1.4.1.253.8.62", "Lexmark inside"); p.Name != "xerox" {
		t.Errorf("enterprise must win over sysDescr, got %s", p.Name)
	}
	// The first vendor word of sysDescr wins.
	if p, _ := SelectProfile("", "Canon printer with a Brother finisher"); p.Name != "canon" {
		t.Errorf("first keyword must win, got %s", p.Name)
	}
}

func TestProfileByName(t *testing.T) {
	for name, want := range map[string]string{
		"xerox": "xerox", "XEROX": "xerox", "hp": "hp", "Hewlett-Packard": "hp", "ricoh": "ricoh", "savin": "ricoh",
		"kyocera": "kyocera", "canon": "canon", "konica-minolta": "konica-minolta", "Konica Minolta": "konica-minolta",
		"km": "konica-minolta", "minolta": "konica-minolta", "lexmark": "lexmark", "brother": "brother", "Sharp": "sharp",
		"generic": "generic", " Brother ": "brother",
	} {
		p, ok := ProfileByName(name)
		if !ok || p.Name != want {
			t.Errorf("ProfileByName(%q) = %q, %v; want %q", name, p.Name, ok, want)
		}
	}
	if _, ok := ProfileByName("epson"); ok {
		t.Error("unknown profile accepted")
	}
	names := ProfileNames()
	for _, n := range []string{"generic", "xerox", "hp", "ricoh", "kyocera", "canon", "konica-minolta", "lexmark", "brother", "sharp"} {
		if !slices.Contains(names, n) {
			t.Errorf("ProfileNames() lacks %s: %v", n, names)
		}
	}
}

// Every profile documents its source, and every OID it uses is a valid enterprise OID.
func TestProfilesAreWellFormed(t *testing.T) {
	seen := map[int]string{}
	for _, p := range Profiles() {
		if p.Source == "" || p.Vendor == "" || len(p.Enterprises) == 0 || len(p.Keywords) == 0 {
			t.Errorf("%s: missing vendor/source/enterprise/keywords", p.Name)
		}
		for _, e := range p.Enterprises {
			if other, dup := seen[e]; dup {
				t.Errorf("enterprise %d in both %s and %s", e, other, p.Name)
			}
			seen[e] = p.Name
		}
		oids := p.oids()
		if p.Table != nil {
			oids = append(oids, p.Table.TypeColumn, p.Table.ValueColumn)
		}
		for _, o := range oids {
			n, err := NormalizeOID(o)
			if err != nil || n != o || !strings.HasPrefix(o, oidEnterprises+".") {
				t.Errorf("%s: bad OID %q (%v)", p.Name, o, err)
			}
		}
		if p.Black.empty() && p.Color.empty() {
			t.Errorf("%s: no black or color counter", p.Name)
		}
	}
}

type wantCounters struct{ total, black, color, large int64 } // -1: absent

func readProfile(t *testing.T, name string, f *fakeSession) (vendorData, Counters) {
	t.Helper()
	p, ok := ProfileByName(name)
	if !ok {
		t.Fatalf("no profile %s", name)
	}
	d, err := p.read(f)
	if err != nil {
		t.Fatalf("%s: read: %v", name, err)
	}
	var c Counters
	set := func(dst **int64, src CounterSource) {
		if v, ok := d.counter(src); ok {
			*dst = &v
		}
	}
	set(&c.Total, p.Total)
	set(&c.Black, p.Black)
	set(&c.Color, p.Color)
	set(&c.Large, p.Large)
	return d, c
}

func checkCounters(t *testing.T, name string, c Counters, w wantCounters) {
	t.Helper()
	check := func(field string, got *int64, want int64) {
		switch {
		case want < 0 && got != nil:
			t.Errorf("%s %s = %d, want absent", name, field, *got)
		case want >= 0 && got == nil:
			t.Errorf("%s %s absent, want %d", name, field, want)
		case want >= 0 && *got != want:
			t.Errorf("%s %s = %d, want %d", name, field, *got, want)
		}
	}
	check("total", c.Total, w.total)
	check("black", c.Black, w.black)
	check("color", c.Color, w.color)
	check("large", c.Large, w.large)
}

func TestProfileMappingXerox(t *testing.T) {
	f := newFake().
		int(".1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.1", 20000).
		int(".1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.33", 7000).
		int(".1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34", 13000).
		int(".1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.43", 150).
		int(".1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.44", 350).
		str(".1.3.6.1.4.1.253.8.53.3.2.1.3.1", "3TB123456")
	d, c := readProfile(t, "xerox", f)
	checkCounters(t, "xerox", c, wantCounters{20000, 13000, 7000, 500})
	if s := d.firstText([]string{".1.3.6.1.4.1.253.8.53.3.2.1.3.1"}); s != "3TB123456" {
		t.Errorf("xerox serial fallback = %q", s)
	}
	// A mono Xerox without large meters.
	_, c = readProfile(t, "xerox", newFake().int(".1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.34", 99))
	checkCounters(t, "xerox mono", c, wantCounters{-1, 99, -1, -1})
}

func TestProfileMappingHP(t *testing.T) {
	f := newFake().
		counter(".1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0", 5100).
		counter(".1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.6.0", 4000).
		counter(".1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.7.0", 1100).
		str(".1.3.6.1.4.1.11.2.3.9.4.2.1.1.3.3.0", "CNB1234567").
		str(".1.3.6.1.4.1.11.2.3.9.4.2.1.1.3.2.0", "HP Color LaserJet M553")
	d, c := readProfile(t, "hp", f)
	checkCounters(t, "hp", c, wantCounters{5100, 4000, 1100, -1})
	p, _ := ProfileByName("hp")
	if s := d.firstText(p.SerialOIDs); s != "CNB1234567" {
		t.Errorf("hp serial = %q", s)
	}
	if s := d.firstText(p.ModelOIDs); s != "HP Color LaserJet M553" {
		t.Errorf("hp model = %q", s)
	}
}

func TestProfileMappingRicoh(t *testing.T) {
	typ := ".1.3.6.1.4.1.367.3.2.1.2.19.5.1.2"
	val := ".1.3.6.1.4.1.367.3.2.1.2.19.5.1.9"
	f := newFake()
	rows := []struct{ idx, typ, val int }{
		{1, 10, 50000}, {2, 201, 1000}, {3, 202, 300}, {4, 203, 20}, {5, 401, 30000}, {6, 402, 9000}, {7, 403, 500},
		{8, 300, 77}, {9, 870, 1234}, // fax and scan: not pages of ours
	}
	for _, r := range rows {
		f.int(typ+"."+itoa(r.idx), r.typ).int(val+"."+itoa(r.idx), r.val)
	}
	f.str(".1.3.6.1.4.1.367.3.2.1.2.1.4.0", "E155M123456")
	d, c := readProfile(t, "ricoh", f)
	checkCounters(t, "ricoh", c, wantCounters{50000, 31000, 9820, -1})
	if d.table[870] != 1234 {
		t.Errorf("ricoh table not joined: %v", d.table)
	}
	// A type row without its value row is skipped.
	f2 := newFake().int(typ+".1", 401).int(typ+".2", 402).int(val+".2", 5)
	_, c = readProfile(t, "ricoh", f2)
	checkCounters(t, "ricoh partial", c, wantCounters{-1, -1, 5, -1})
}

func TestProfileMappingKyocera(t *testing.T) {
	base := ".1.3.6.1.4.1.1347.42.3.1.2.1.1."
	f := newFake().
		int(base+"1.1", 163915). // printer b/w
		int(base+"1.3", 140424). // printer full colour
		int(base+"2.1", 73811).  // copy b/w
		int(base+"2.3", 42443).  // copy full colour
		int(base+"4.1", 3812).   // fax b/w
		str(".1.3.6.1.4.1.1347.43.5.1.1.28.1", "QUV9600664").
		str(".1.3.6.1.4.1.1347.43.5.1.1.1.1", "ECOSYS M8130cidn")
	d, c := readProfile(t, "kyocera", f)
	checkCounters(t, "kyocera", c, wantCounters{-1, 163915 + 73811 + 3812, 140424 + 42443, -1})
	p, _ := ProfileByName("kyocera")
	if d.firstText(p.SerialOIDs) != "QUV9600664" || d.firstText(p.ModelOIDs) != "ECOSYS M8130cidn" {
		t.Errorf("kyocera serial/model fallbacks wrong")
	}
}

func TestProfileMappingCanon(t *testing.T) {
	b := ".1.3.6.1.4.1.1602.1.11.1.3.1.4."
	f := newFake().
		int(b+"101", 90000).int(b+"108", 60000).int(b+"112", 2000).int(b+"113", 58000).int(b+"122", 1000).int(b+"123", 29000).
		str(".1.3.6.1.4.1.1602.1.2.1.8.1.3.1.1", "XLF01234").
		str(".1.3.6.1.4.1.1602.1.1.1.1.0", "iR-ADV C5535")
	d, c := readProfile(t, "canon", f)
	checkCounters(t, "canon", c, wantCounters{90000, 60000, 30000, 3000})
	p, _ := ProfileByName("canon")
	if d.firstText(p.SerialOIDs) != "XLF01234" || d.firstText(p.ModelOIDs) != "iR-ADV C5535" {
		t.Error("canon serial/model fallbacks wrong")
	}
	// Without counter 108, black is Black/Large + Black/Small; the second serial OID is used.
	f2 := newFake().int(b+"112", 10).int(b+"113", 90).str(".1.3.6.1.4.1.1602.1.2.1.4.0", "SER2")
	d, c = readProfile(t, "canon", f2)
	checkCounters(t, "canon no 108", c, wantCounters{-1, 100, -1, 10})
	if d.firstText(p.SerialOIDs) != "SER2" {
		t.Error("canon second serial OID not used")
	}
}

func TestProfileMappingKonicaMinolta(t *testing.T) {
	b := ".1.3.6.1.4.1.18334.1.1.1.5.7.2."
	f := newFake().
		int(b+"1.1.0", 45000).
		int(b+"2.1.5.1.1", 5000).int(b+"2.1.5.1.2", 20000). // copy + print black
		int(b+"2.1.5.2.1", 4000).int(b+"2.1.5.2.2", 16000). // copy + print colour
		str(".1.3.6.1.4.1.18334.1.1.1.1.6.2.1.0", "KONICA MINOLTA bizhub C364e")
	d, c := readProfile(t, "konica-minolta", f)
	checkCounters(t, "konica", c, wantCounters{45000, 25000, 20000, -1})
	p, _ := ProfileByName("km")
	if d.firstText(p.ModelOIDs) != "KONICA MINOLTA bizhub C364e" {
		t.Error("konica model fallback wrong")
	}
}

func TestProfileMappingLexmark(t *testing.T) {
	f := newFake().
		int(".1.3.6.1.4.1.641.2.1.5.1.0", 12000).int(".1.3.6.1.4.1.641.2.1.5.2.0", 9000).int(".1.3.6.1.4.1.641.2.1.5.3.0", 3000).
		str(".1.3.6.1.4.1.641.6.2.3.1.5.1", "7528ABC123")
	d, c := readProfile(t, "lexmark", f)
	checkCounters(t, "lexmark", c, wantCounters{12000, 9000, 3000, -1})
	p, _ := ProfileByName("lexmark")
	if d.firstText(p.SerialOIDs) != "7528ABC123" {
		t.Error("lexmark second serial OID not used")
	}
}

func TestProfileMappingBrother(t *testing.T) {
	// brInfoCounter of a colour Brother: total 0x0906=2310, b/w 0x0500=1280, colour 0x0406=1030,
	// duplex (id 0x06) ignored, then 0xFF padding.
	blob := []byte{
		0x00, 0x01, 0x04, 0x00, 0x00, 0x09, 0x06,
		0x01, 0x01, 0x04, 0x00, 0x00, 0x05, 0x00,
		0x02, 0x01, 0x04, 0x00, 0x00, 0x04, 0x06,
		0x06, 0x01, 0x04, 0x00, 0x00, 0x00, 0x06,
		0xff, 0xff, 0xff, 0xff,
	}
	f := newFake().bytes(".1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.10.0", blob).str(".1.3.6.1.4.1.2435.2.3.9.4.2.1.5.5.1.0", "E78123A1N123456")
	d, c := readProfile(t, "brother", f)
	checkCounters(t, "brother", c, wantCounters{2310, 1280, 1030, -1})
	if d.blob[0x06] != 6 {
		t.Errorf("duplex record = %d", d.blob[0x06])
	}
	p, _ := ProfileByName("brother")
	if d.firstText(p.SerialOIDs) != "E78123A1N123456" {
		t.Error("brother serial fallback wrong")
	}
	// The HL-L5100DN value documented byte by byte (mono: total 9, duplex 6, no b/w record).
	got := parseCounterBlob([]byte{0x00, 0x01, 0x04, 0x00, 0x00, 0x00, 0x09, 0x06, 0x01, 0x04, 0x00, 0x00, 0x00, 0x06, 0xff, 0xff, 0xff, 0xff})
	if len(got) != 2 || got[0] != 9 || got[6] != 6 {
		t.Errorf("parseCounterBlob(HL-L5100DN) = %v", got)
	}
	// Truncated and garbage values do not panic.
	for _, b := range [][]byte{nil, {0x00}, {0x00, 0x01, 0x04, 0x00}, {0x00, 0x02, 0x04, 0, 0, 0, 1}, {0x00, 0x01, 0x09, 1, 2, 3, 4, 5, 6, 7, 8, 9}} {
		_ = parseCounterBlob(b)
	}
}

func TestProfileMappingSharp(t *testing.T) {
	// Values of the MX-3570N walk in testdata: B&W total .5.4.61, colour = full (.63) + two (.64) + single
	// (.80) colour totals; the print/copy rows (.1.4.x, .4.4.x) are not read.
	b := ".1.3.6.1.4.1.2385.1.1.19.2.1.3."
	f := newFake().
		counter(b+"1.4.61", 30100).counter(b+"1.4.63", 12000).counter(b+"4.4.61", 20000).counter(b+"4.4.63", 500).
		counter(b+"5.4.61", 50150).counter(b+"5.4.63", 12520).counter(b+"5.4.64", 0).counter(b+"5.4.80", 6).
		counter(b+"5.5.61", 50).counter(b+"5.5.63", 20)
	_, c := readProfile(t, "sharp", f)
	checkCounters(t, "sharp", c, wantCounters{-1, 50150, 12526, -1})
	// A mono model answers the B&W row only.
	_, c = readProfile(t, "sharp", newFake().counter(b+"5.4.61", 777))
	checkCounters(t, "sharp mono", c, wantCounters{-1, 777, -1, -1})
	if p, _ := ProfileByName("sharp"); len(p.oids()) != 4 {
		t.Errorf("sharp GETs %v, want the 4 total rows", p.oids())
	}
}

// Model and serial read from sysDescr, per profile (the last fallback: see Profile.SysDescrModel).
func TestProfileSysDescrModelAndSerial(t *testing.T) {
	cases := []struct {
		profile, sysDescr, model, serial string
	}{
		{"xerox", "Xerox AltaLink C8045; SS 100.002.008.05702, NC 100.002.05702.1042577, UI 100.002.05702", "Xerox AltaLink C8045", ""},
		{"xerox", "Xerox WorkCentre 7845 v1; SS 072.040.004.09100, NC 072.044.09100", "Xerox WorkCentre 7845 v1", ""},
		{"xerox", "FUJI XEROX ApeosPort C4570; System 22.1.7, ESS 1.60.9, IOT 22.50.0", "FUJI XEROX ApeosPort C4570", ""},
		{"xerox", "FUJI XEROX ApeosPort-VI C3371", "FUJI XEROX ApeosPort-VI C3371", ""},
		{"xerox", "Xerox AltaLink C8045 Multifunction Printer", "Xerox AltaLink C8045 Multifunction Printer", ""},
		{"xerox", "Dell Color MFP", "", ""}, // a Xerox engine under another brand: nothing to read
		{"hp", "HP ETHERNET MULTI-ENVIRONMENT,SN:VNB3K12345,FN:1V12345,SVCID:27057,PID:HP Color LaserJet MFP M477fnw", "HP Color LaserJet MFP M477fnw", "VNB3K12345"},
		{"hp", "HP ETHERNET MULTI-ENVIRONMENT,SN:PHKGG11967,FN:X684DW4,SVCID:25054,PID:HP LaserJet 400 M401dn", "HP LaserJet 400 M401dn", "PHKGG11967"},
		{"hp", "HP ETHERNET MULTI-ENVIRONMENT,SN:CNB7G3PCQ7,PID:HP LaserJet", "HP LaserJet", "CNB7G3PCQ7"},
		{"hp", "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI24060,CIDATE 06/17/2020", "", ""},
		{"hp", "HP ETHERNET MULTI-ENVIRONMENT", "", ""},
		{"hp", "HP ETHERNET MULTI-ENVIRONMENT,SN:,PID:", "", ""},        // empty fields
		{"hp", "HP ETHERNET MULTI-ENVIRONMENT,SN:AB CD,PID:X", "X", ""}, // not one serial: refused
		{"sharp", "SHARP MX-3570N", "SHARP MX-3570N", ""},
		{"sharp", "SHARP MX-M623N, firmware 1.04", "SHARP MX-M623N", ""},
		{"generic", "Linux printer 5.10 #1 SMP", "", ""},
		{"ricoh", "RICOH MP C3004 1.09 / RICOH Network Printer C model", "", ""},
	}
	for _, c := range cases {
		p, ok := ProfileByName(c.profile)
		if !ok {
			t.Fatalf("no profile %s", c.profile)
		}
		if got := fromSysDescr(p.SysDescrModel, c.sysDescr); got != c.model {
			t.Errorf("%s model from %q = %q, want %q", c.profile, c.sysDescr, got, c.model)
		}
		if got := fromSysDescr(p.SysDescrSerial, c.sysDescr); got != c.serial {
			t.Errorf("%s serial from %q = %q, want %q", c.profile, c.sysDescr, got, c.serial)
		}
	}
}

func TestGenericProfileReadsNothing(t *testing.T) {
	f := newFake()
	_, c := readProfile(t, "generic", f)
	checkCounters(t, "generic", c, wantCounters{-1, -1, -1, -1})
	if f.gets != 0 || len(f.walks) != 0 {
		t.Errorf("generic profile sent %d gets, walks %v", f.gets, f.walks)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
