// Package i18n is the one list of languages and the one rule for picking a localized text (requested language,
// then the organization's default, then any non-empty text), used by the kiosk, the admin and the emails.
package i18n

import (
	"slices"
	"strings"
)

// Languages are the languages content (kiosk texts, causes, statuses, email templates) can be written in; a
// panic button enables a subset.
var Languages = []string{"en", "fr", "it", "de", "es", "nl", "pt"}

// UILanguages are the languages the admin, the bell and the system emails are translated into: users and
// organizations choose among them. A subset of Languages.
var UILanguages = []string{"en", "fr", "it"}

// Fallback is the language of a request that names none.
const Fallback = "en"

// Supported reports whether content can be written in lang.
func Supported(lang string) bool { return slices.Contains(Languages, lang) }

// SupportedUI reports whether the admin and the system emails exist in lang.
func SupportedUI(lang string) bool { return slices.Contains(UILanguages, lang) }

// Normalize turns "fr-BE", " IT_it " into "fr", "it".
func Normalize(v string) string {
	l := strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// Pick is texts in requested, else in orgDefault, else the first non-empty text in the order of Languages then
// of the other keys sorted (deterministic), else "".
func Pick(texts map[string]string, requested, orgDefault string) string {
	if v := texts[requested]; v != "" {
		return v
	}
	if v := texts[orgDefault]; v != "" {
		return v
	}
	for _, l := range Languages {
		if v := texts[l]; v != "" {
			return v
		}
	}
	keys := make([]string, 0, len(texts))
	for k := range texts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if v := texts[k]; v != "" {
			return v
		}
	}
	return ""
}

// PickOr is Pick with a base text between the organization's default and any other language: statuses have a
// name of their own that stands for the untranslated text.
func PickOr(texts map[string]string, requested, orgDefault, base string) string {
	if v := texts[requested]; v != "" {
		return v
	}
	if v := texts[orgDefault]; v != "" {
		return v
	}
	if base != "" {
		return base
	}
	return Pick(texts, requested, orgDefault)
}
