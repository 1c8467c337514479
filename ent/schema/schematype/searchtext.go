package schematype

import (
	"slices"
	"strings"
	"unicode"
)

// The admin text search's index format (internal/search): an intervention's searchable text and its trigrams,
// computed in Go so that SQLite and MariaDB store and compare the same bytes.

// NormalizeSearch is the form both the indexed text and a query are compared in: lower case (Unicode simple
// folding) with control characters (the field separator) removed.
func NormalizeSearch(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// SearchText is the searchable text of an intervention: its reference, reporter email and printer serial,
// normalized, one per line.
func SearchText(reference, email, serial string) string {
	return NormalizeSearch(reference) + "\n" + NormalizeSearch(email) + "\n" + NormalizeSearch(serial)
}

// Trigram packs three runes into one integer (21 bits each).
func Trigram(a, b, c rune) int64 { return int64(a)<<42 | int64(b)<<21 | int64(c) }

// Posting is one occurrence of a trigram in a search text: where it starts, in runes from the text's start
// (newlines included), and the trigram that follows it (Next).
type Posting struct {
	Trigram int64
	// Next is the three runes after the trigram in its line, packed as a Trigram; where the line ends sooner, the
	// runes left padded with 0 (no rune is 0: control characters are not indexed), and 0 when none is left. A
	// query's trigram and the runes after it in the query are then one comparison of the posting's own row
	// (NextRange), before any other trigram's postings are looked up.
	Next     int64
	Position int
}

// maxRune is the largest value a packed rune can hold (21 bits).
const maxRune = 1<<21 - 1

// NextRange is the range of Next of the postings followed by the runes after (the query's runes after a trigram,
// as many as it has, at most the first three count): every Next that starts with them, those padded at a line's
// end included. ok is false when after is empty (every posting).
func NextRange(after []rune) (lo, hi int64, ok bool) {
	switch len(after) {
	case 0:
		return 0, 0, false
	case 1:
		return Trigram(after[0], 0, 0), Trigram(after[0], maxRune, maxRune), true
	case 2:
		return Trigram(after[0], after[1], 0), Trigram(after[0], after[1], maxRune), true
	default:
		g := Trigram(after[0], after[1], after[2])
		return g, g, true
	}
}

// Postings are every occurrence of a trigram in text, in text order (lines are separate: no trigram spans two
// fields). With their positions, trigrams of a query found at the same distances as in the query are the query,
// when they cover every rune of it: the index alone decides a match.
func Postings(text string) []Posting {
	var out []Posting
	at := 0
	for _, line := range strings.Split(text, "\n") {
		rs := []rune(line)
		for i := 0; i+2 < len(rs); i++ {
			var next [3]rune
			copy(next[:], rs[min(i+3, len(rs)):])
			out = append(out, Posting{Trigram(rs[i], rs[i+1], rs[i+2]), Trigram(next[0], next[1], next[2]), at + i})
		}
		at += len(rs) + 1
	}
	return out
}

// Trigrams are the distinct trigrams of text, sorted (lines are separate: no trigram spans two fields).
func Trigrams(text string) []int64 {
	var out []int64
	for _, line := range strings.Split(text, "\n") {
		rs := []rune(line)
		for i := 0; i+2 < len(rs); i++ {
			out = append(out, Trigram(rs[i], rs[i+1], rs[i+2]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
