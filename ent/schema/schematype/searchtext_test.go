package schematype

import (
	"slices"
	"testing"
)

// TestPostings_AreEveryOccurrenceAtItsPositionInTheWholeText: positions count runes from the text's start, the
// separating newlines included, so a trigram of the second field starts after the first field and its newline; a
// trigram found twice is two postings; none spans two fields.
func TestPostings_AreEveryOccurrenceAtItsPositionInTheWholeText(t *testing.T) {
	g := func(s string) int64 { r := []rune(s); return Trigram(r[0], r[1], r[2]) }
	got := Postings(SearchText("Ané", "anéan", "x"))
	want := []Posting{{g("ané"), 0}, {g("ané"), 4}, {g("néa"), 5}, {g("éan"), 6}}
	if !slices.Equal(got, want) {
		t.Fatalf("postings %v, want %v", got, want)
	}
}
