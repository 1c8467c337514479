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
// (newlines included).
type Posting struct {
	Trigram  int64
	Position int
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
			out = append(out, Posting{Trigram(rs[i], rs[i+1], rs[i+2]), at + i})
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
