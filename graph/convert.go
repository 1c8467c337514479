package graph

import (
	"sort"

	"github.com/panicbutton/panicbutton/graph/model"
	"github.com/panicbutton/panicbutton/internal/i18n"
	"github.com/panicbutton/panicbutton/internal/panicbuttons"
)

// languageOf is the requested language, else i18n.Fallback (the SPA always passes its language).
func languageOf(language *string) string {
	if language != nil && *language != "" {
		return *language
	}
	return i18n.Fallback
}

func localizedList(m map[string]string) []*model.LocalizedText {
	out := []*model.LocalizedText{}
	for _, k := range sortedKeys(m) {
		out = append(out, &model.LocalizedText{Language: k, Value: m[k]})
	}
	return out
}

func localizedInput(in []*model.LocalizedTextInput) []panicbuttons.KeyValue {
	out := make([]panicbuttons.KeyValue, 0, len(in))
	for _, l := range in {
		out = append(out, panicbuttons.KeyValue{Key: l.Language, Value: l.Value})
	}
	return out
}

func keyValues(in []*model.KeyValueInput) []panicbuttons.KeyValue {
	out := make([]panicbuttons.KeyValue, 0, len(in))
	for _, kv := range in {
		out = append(out, panicbuttons.KeyValue{Key: kv.Key, Value: kv.Value})
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// nonNil is a list argument, never nil (an explicit empty list stays empty).
func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
