package graph

import (
	"regexp"

	"github.com/panicbutton/panicbutton/graph/model"
)

var attachmentHashRE = regexp.MustCompile(`^[0-9a-f]{64}$`)

// attachments converts stored attachment records (sha256, contentType, filename) to their GraphQL type.
func attachments(list []any) []*model.Attachment {
	out := []*model.Attachment{}
	for _, a := range list {
		var hash, ct, name string
		switch m := a.(type) {
		case map[string]any:
			hash, _ = m["sha256"].(string)
			ct, _ = m["contentType"].(string)
			name, _ = m["filename"].(string)
		case map[string]string:
			hash, ct, name = m["sha256"], m["contentType"], m["filename"]
		}
		if !attachmentHashRE.MatchString(hash) {
			continue
		}
		at := &model.Attachment{URL: "/media/" + hash, ContentType: ct}
		if name != "" {
			at.Filename = &name
		}
		out = append(out, at)
	}
	return out
}

func toAny(list []map[string]string) []any {
	out := make([]any, len(list))
	for i, m := range list {
		out[i] = m
	}
	return out
}
