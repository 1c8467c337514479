package i18n

import "testing"

func TestPick_RequestedThenOrgDefaultThenAny(t *testing.T) {
	tests := []struct {
		name                  string
		texts                 map[string]string
		requested, orgDefault string
		want                  string
	}{
		{"requested", map[string]string{"en": "Jam", "fr": "Bourrage"}, "fr", "en", "Bourrage"},
		{"organization default", map[string]string{"en": "Jam", "fr": "Bourrage"}, "it", "fr", "Bourrage"},
		{"empty requested text falls through", map[string]string{"en": "Jam", "fr": ""}, "fr", "en", "Jam"},
		{"a cause labelled only in German", map[string]string{"de": "Papierstau"}, "en", "fr", "Papierstau"},
		{"any, in the order of Languages", map[string]string{"pt": "Encravamento", "de": "Papierstau"}, "en", "fr", "Papierstau"},
		{"unknown languages sorted", map[string]string{"zz": "z", "xx": "x"}, "en", "fr", "x"},
		{"nothing", map[string]string{"de": ""}, "en", "fr", ""},
		{"nil", nil, "en", "fr", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Pick(tt.texts, tt.requested, tt.orgDefault); got != tt.want {
				t.Errorf("Pick = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUILanguages_AreContentLanguages(t *testing.T) {
	for _, l := range UILanguages {
		if !Supported(l) {
			t.Errorf("UI language %q is not in Languages", l)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"fr-BE": "fr", " IT_it ": "it", "en": "en", "": ""} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPickOr_BaseBeforeOtherLanguages(t *testing.T) {
	names := map[string]string{"fr": "Nouvelle", "it": ""}
	for _, tt := range []struct{ requested, orgDefault, base, want string }{
		{"fr", "", "New", "Nouvelle"},
		{"it", "", "New", "New"},
		{"it", "fr", "New", "Nouvelle"},
		{"it", "", "", "Nouvelle"},
	} {
		if got := PickOr(names, tt.requested, tt.orgDefault, tt.base); got != tt.want {
			t.Errorf("PickOr(%q, %q, %q) = %q, want %q", tt.requested, tt.orgDefault, tt.base, got, tt.want)
		}
	}
}
