package graph

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite ../schema.graphql from the executable schema")

// TestSchema_MatchesCommittedSnapshot keeps the public schema byte-identical to the committed schema.graphql:
// a change to the contract shows up in review as a diff of that file. Run `go test ./graph -run TestSchema -update`
// after an intended change.
func TestSchema_MatchesCommittedSnapshot(t *testing.T) {
	const path = "../schema.graphql"
	got := SDL()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read the committed snapshot (create it with -update): %v", err)
	}
	if string(want) != got {
		t.Fatalf("the executable schema differs from schema.graphql; if the change is intended, run `go test ./graph -run TestSchema -update` and commit the diff")
	}
}
