package mail

import (
	"slices"
	"strings"
	"testing"
)

func TestVariables_HaveEnFrItDescriptionsAndAnExample(t *testing.T) {
	for _, v := range Variables() {
		for _, lang := range Languages() {
			if strings.TrimSpace(v.Descriptions[lang]) == "" {
				t.Errorf("%s: no %s description", v.Name, lang)
			}
		}
		if v.Example == "" {
			t.Errorf("%s: no example", v.Name)
		}
		if v.Token() != "[[["+v.Name+"]]]" {
			t.Errorf("%s: token %q", v.Name, v.Token())
		}
	}
}

func TestVariables_CoverTheSeedDocumentsAndStatusNotifications(t *testing.T) {
	want := []string{
		// 000 (English) and 001 (French, with REASONS)
		"ENDUSEREMAIL", "TEL", "CAUSES", "REASONS", "ENDUSERMESSAGE", "SERIAL", "MODEL", "IP",
		"COUNTERTOTAL", "COUNTERBLACK", "COUNTERCOLOR", "COUNTERLARGE", "OID1", "OID2", "OID3", "OID4",
		"PRINTERNAME", "PRINTERLOCALISATION",
		// what status notifications need (docs/DESIGN.md §6)
		"REFERENCE", "STATUS", "PREVIOUSSTATUS", "INTERVENTIONURL", "TECHNICIANS", "ORGANIZATION", "DATE",
		// what public-note emails need (issue 17)
		"NOTE",
	}
	var got []string
	for _, v := range Variables() {
		got = append(got, v.Name)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("variables = %v\nwant        %v", got, want)
	}
	if v, ok := LookupVariable("REASONS"); !ok || v.AliasOf != "CAUSES" {
		t.Errorf("REASONS = %+v, %v; want an alias of CAUSES", v, ok)
	}
}

func TestVariableDescription_PicksTheLanguageAndFallsBackToEnglish(t *testing.T) {
	v, ok := LookupVariable("SERIAL")
	if !ok {
		t.Fatal("SERIAL not found")
	}
	tests := []struct{ lang, want string }{
		{"en", "Printer serial number"},
		{"fr", "Numéro de série de l'imprimante"},
		{"fr-BE", "Numéro de série de l'imprimante"},
		{"it_IT", "Numero di serie della stampante"},
		{"IT", "Numero di serie della stampante"},
		{"de", "Printer serial number"},
		{"", "Printer serial number"},
	}
	for _, tt := range tests {
		if got := v.Description(tt.lang); got != tt.want {
			t.Errorf("Description(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

func TestVariables_ReturnsACopy(t *testing.T) {
	vs := Variables()
	vs[0].Name = "CHANGED"
	vs[0].Descriptions["en"] = "changed"
	again := Variables()
	if again[0].Name == "CHANGED" || again[0].Descriptions["en"] == "changed" {
		t.Fatal("Variables exposes the catalog")
	}
	if _, ok := LookupVariable("serial"); ok {
		t.Fatal("lookup must be case-sensitive")
	}
}
