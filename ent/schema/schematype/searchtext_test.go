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
	want := []Posting{{g("ané"), 0, 0}, {g("ané"), g("an\x00"), 4}, {g("néa"), Trigram('n', 0, 0), 5}, {g("éan"), 0, 6}}
	if !slices.Equal(got, want) {
		t.Fatalf("postings %v, want %v", got, want)
	}
	long := Postings("abcdefgh")
	if long[0].Next != g("def") || long[2].Next != g("fgh") || long[3].Next != Trigram('g', 'h', 0) {
		t.Fatalf("next of abcdefgh: %v", long)
	}
}

// TestNextRange_HoldsTheNextOfEveryPostingFollowedByTheRunes: a posting's Next is within the range of the runes
// after a query's trigram exactly when the text goes on with them (a line that ends sooner than the query does
// not match it), for one, two, three and more runes after.
func TestNextRange_HoldsTheNextOfEveryPostingFollowedByTheRunes(t *testing.T) {
	texts := []string{"abcdefgh", "abcd", "abcde", "abcdef", "abcdz", "abcz", "abc", "abcdéf", "abc\nde"}
	for _, q := range []string{"abcd", "abcde", "abcdef", "abcdefg", "abcdé"} {
		rs := []rune(q)
		lo, hi, ok := NextRange(rs[3:])
		if !ok {
			t.Fatalf("%q: no range", q)
		}
		for _, text := range texts {
			var first Posting // the posting of "abc" at 0
			for _, p := range Postings(text) {
				if p.Position == 0 {
					first = p
				}
			}
			in := first.Next >= lo && first.Next <= hi
			rest := []rune(text)[3:]
			want := len(rest) >= min(len(rs)-3, 3) && string(rest[:min(len(rs)-3, 3)]) == string(rs[3:min(len(rs), 6)])
			if in != want {
				t.Errorf("query %q, text %q: in range %v, want %v", q, text, in, want)
			}
		}
	}
	if _, _, ok := NextRange(nil); ok {
		t.Error("a range for no rune")
	}
}
