package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// Malformed input is the caller's mistake: BAD_USER_INPUT naming the argument, never INTERNAL.
func TestBadInput_IsBadUserInputNamingTheArgument(t *testing.T) {
	eachDialect(t, func(t *testing.T, d string) {
		s := newTestServer(t, d, nil)
		admin := s.loginAs(t, testAdmin, testPassword)
		check := func(name string, r gqlResponse, field string) {
			t.Helper()
			if len(r.Errors) == 0 {
				t.Errorf("%s: no error, data %s", name, r.Data)
				return
			}
			e := r.Errors[0]
			if e.code() != "BAD_USER_INPUT" || !strings.Contains(e.field(), field) {
				t.Errorf("%s: %s (field %q): %s", name, e.code(), e.field(), e.Message)
			}
		}
		check("bad cursor", s.gql(t, `{ interventions(first: 1, after: "garbage") { totalCount } }`, nil, bearer(admin)), "after")
		check("bad cursor variable", s.gql(t, `query($c: Cursor) { interventions(first: 1, after: $c) { totalCount } }`,
			map[string]any{"c": "bm90LWpzb24"}, bearer(admin)), "after")
		check("non-numeric ID", s.gql(t, `{ node(id: "abc") { id } }`, nil, bearer(admin)), "id")
		check("non-numeric ID in a list", s.gql(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
			map[string]any{"ids": []string{"1", "x"}}, bearer(admin)), "ids")
		ids := make([]string, 40000)
		for i := range ids {
			ids[i] = fmt.Sprint(i + 1)
		}
		check("40,000 ids in idIn", s.gql(t, `query($ids: [ID!]) { interventions(where: { idIn: $ids }) { totalCount } }`,
			map[string]any{"ids": ids}, bearer(admin)), "idIn")
		check("40,000 ids inline in a nested where", s.gql(t, `{ printers(where: { hasInterventionsWith: [{ idIn: [`+
			strings.Join(ids, ",")+`] }] }) { totalCount } }`, nil, bearer(admin)), "idIn")

		// An APQ hash that does not match the query.
		sum := sha256.Sum256([]byte("{ me { id } }"))
		body, _ := json.Marshal(map[string]any{"query": "{ ping }", "extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}})
		resp, err := http.Post(s.URL+"/graphql", "application/json", strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		var apq gqlResponse
		_ = json.NewDecoder(resp.Body).Decode(&apq)
		resp.Body.Close()
		check("APQ hash mismatch", apq, "sha256Hash")

		// A moderate idIn still works.
		var ok struct{ Interventions struct{ TotalCount int } }
		s.gql(t, `query($ids: [ID!]) { interventions(where: { idIn: $ids }) { totalCount } }`,
			map[string]any{"ids": ids[:100]}, bearer(admin)).mustData(t, &ok)
	})
}
