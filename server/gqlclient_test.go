package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/99designs/gqlgen/client"
)

// gqlgenPost posts a GraphQL operation through h (the server's routes, e.g. s.Config.Handler) with gqlgen's
// client package and decodes the answer whatever its HTTP status. Variables holding an *os.File are sent as
// a GraphQL multipart request (client.WithFiles). The request comes from 127.0.0.1, a trusted proxy of the
// test servers, so fromIP's X-Forwarded-For counts as it did over TCP.
func gqlgenPost(h http.Handler, query string, vars map[string]any, opts ...reqOpt) (gqlResponse, error) {
	var co []client.Option
	for k, v := range vars {
		co = append(co, client.Var(k, v))
	}
	if hasFile(vars) {
		co = append(co, client.WithFiles())
	}
	for _, o := range opts {
		co = append(co, func(r *client.Request) { o(r.HTTP) })
	}
	c := client.New(h, client.Path("/graphql"), func(r *client.Request) { r.HTTP.RemoteAddr = "127.0.0.1:41000" })
	r, err := c.RawPost(query, co...)
	if err != nil {
		// RawPost hands back an answer of status 400 or more only as its error's text, "http <status>: <body>"
		// (gqlgen answers 422 to a query it cannot parse or validate, with the GraphQL errors in the body).
		var status int
		msg := err.Error()
		if _, scanErr := fmt.Sscanf(msg, "http %d:", &status); scanErr != nil {
			return gqlResponse{}, err
		}
		var out gqlResponse
		if err := json.Unmarshal([]byte(strings.TrimSpace(msg[strings.Index(msg, ":")+1:])), &out); err != nil {
			return gqlResponse{}, fmt.Errorf("decode response (status %d): %w", status, err)
		}
		return out, nil
	}
	out := gqlResponse{}
	if r.Data != nil {
		if out.Data, err = json.Marshal(r.Data); err != nil {
			return gqlResponse{}, err
		}
	}
	if len(r.Errors) > 0 {
		if err := json.Unmarshal(r.Errors, &out.Errors); err != nil {
			return gqlResponse{}, fmt.Errorf("decode errors: %w", err)
		}
	}
	return out, nil
}

func hasFile(vars map[string]any) bool {
	for _, v := range vars {
		switch v := v.(type) {
		case *os.File:
			return true
		case map[string]any:
			if hasFile(v) {
				return true
			}
		}
	}
	return false
}
