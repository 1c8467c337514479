package audit

import (
	"reflect"
	"testing"

	"github.com/panicbutton/panicbutton/ent"
)

func TestRedact_HidesSecretsAtAnyDepth(t *testing.T) {
	in := map[string]any{
		"id": "42", "password": "hunter22", "newPassword": "x", "input": map[string]any{
			"name": "Printer", "printerCode": "ABC", "snmpCommunity": "public", "sessionToken": "t",
			"texts": []any{map[string]any{"key": "title", "value": "Hello"}}, "webhookSecret": "s", "apiKey": "pb_x",
		},
		"empty": nil,
	}
	want := map[string]any{
		"id": "42", "password": Redacted, "newPassword": Redacted, "input": map[string]any{
			"name": "Printer", "printerCode": Redacted, "snmpCommunity": Redacted, "sessionToken": Redacted,
			"texts": []any{map[string]any{"key": Redacted, "value": "Hello"}}, "webhookSecret": Redacted, "apiKey": Redacted,
		},
		"empty": nil,
	}
	if got := Redact(in); !reflect.DeepEqual(got, want) {
		t.Fatalf("Redact = %v", got)
	}
}

func TestSubject_FindsTheEntityOfAResultOrPayload(t *testing.T) {
	org := 7
	for _, tc := range []struct {
		res     any
		typ, id string
		wantOrg int
	}{
		{&ent.User{ID: 3, OrganizationID: &org}, "User", "3", 7},
		{&ent.Organization{ID: 9}, "Organization", "9", 9},
		{&struct {
			APIKey *ent.APIKey
			Key    string
		}{APIKey: &ent.APIKey{ID: 5, OrganizationID: 7}}, "APIKey", "5", 7},
		{[]*ent.InterventionStatus{{ID: 1, OrganizationID: 7}}, "InterventionStatus", "", 7},
		{true, "", "", 0},
		{(*ent.User)(nil), "", "", 0},
	} {
		typ, id, o := subject(tc.res)
		if typ != tc.typ || id != tc.id || o != tc.wantOrg {
			t.Errorf("subject(%T) = %q %q %d", tc.res, typ, id, o)
		}
	}
	if got := typeFromOperation("deleteUser"); got != "User" {
		t.Errorf("typeFromOperation = %q", got)
	}
}
