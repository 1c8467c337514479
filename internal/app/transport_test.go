package app

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/panicbutton/panicbutton/internal/gqllimit"
)

// writeResponse writes the bytes json.Marshal writes for the same response: data with HTML characters, line
// and paragraph separators, escapes and non-ASCII text, errors with paths and extensions, extensions, no data.
func TestPostJSON_TheAnswerIsWhatJSONMarshalWrites(t *testing.T) {
	data := json.RawMessage(`{"a":"<b>Tom & Jerry</b>","b":"line\u2028para\u2029 é 漢 \"q\" \\ \u003c","c":[1,2.5,true,null,{"d":{}}],"e":-0.1e+3}`)
	errs := gqlerror.List{{Message: "boom <now>", Path: ast.Path{ast.PathName("a"), ast.PathIndex(2)},
		Locations: []gqlerror.Location{{Line: 1, Column: 3}}, Extensions: map[string]any{"code": "X", "n": 3}}}
	ext := map[string]any{"cost": gqllimit.Cost{RequestedQueryCost: 12, Maximum: 5000}, "z": "<&>", "a": []int{1}}
	hasNext := true
	for _, resp := range []*graphql.Response{
		{Data: data}, {Data: data, Errors: errs}, {Data: data, Extensions: ext}, {Errors: errs, Extensions: ext},
		{Data: json.RawMessage(`null`), Errors: errs}, {}, {Data: json.RawMessage(`{"x":"\u2028"}`)},
		{Data: data, Label: "l", Path: ast.Path{ast.PathName("a")}, HasNext: &hasNext},
	} {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		writeResponse(&got, resp)
		if got.String() != string(want) {
			t.Errorf("wrote\n%s\njson.Marshal writes\n%s", got.String(), want)
		}
	}
}

// Through a gqlgen server, postJSON answers every kind of request (answers with data, errors and extensions;
// each Accept header; bodies that are not JSON; operations that do not parse or validate; errors of
// extensions) with the status, content type and bytes gqlgen's transport.POST answers with, saying the
// length of its answers.
func TestPostJSON_AnswersAsGqlgensPOSTTransport(t *testing.T) {
	schema := gqlparser.MustLoadSchema(&ast.Source{Input: `type Query { name: String! find(id: Int!): String! deep: Query }
		type Mutation { name: String! }`})
	newServer := func(tr graphql.Transport) *handler.Server {
		srv := handler.New(&graphql.ExecutableSchemaMock{
			SchemaFunc:     func() *ast.Schema { return schema },
			ComplexityFunc: func(context.Context, string, string, int, map[string]any) (int, bool) { return 0, false },
			ExecFunc: func(ctx context.Context) graphql.ResponseHandler {
				if graphql.GetOperationContext(ctx).Operation.Operation == ast.Mutation {
					graphql.AddError(ctx, errors.New("no <mutations> here"))
					return graphql.OneShot(&graphql.Response{Data: json.RawMessage(`null`)})
				}
				graphql.RegisterExtension(ctx, "note", map[string]any{"html": "<i>&</i>"})
				return graphql.OneShot(&graphql.Response{Data: json.RawMessage(`{"name":"<b>Tom & Jerry</b>\u2028é"}`)})
			},
		})
		srv.AddTransport(tr)
		srv.Use(gqllimit.Depth{Max: 2})
		return srv
	}
	stock, ours := newServer(transport.POST{}), newServer(postJSON{})
	requests := []struct{ accept, body string }{
		{"", `{"query":"{ name }"}`},
		{"application/graphql-response+json", `{"query":"{ name }"}`},
		{"application/graphql-response+json, application/json;q=0.9", `{"query":"{ name }"}`},
		{"application/json;q=0.9, */*", `{"query":"{ name }"}`},
		{"text/html", `{"query":"{ name }"}`},
		{"application/*", `{"query":"query Q($id: Int!) { find(id: $id) }","variables":{"id":7},"operationName":"Q"}`},
		{"", `{"query":"{"}`},
		{"application/graphql-response+json", `{"query":"{"}`},
		{"", `{"query":"{ nope }"}`},
		{"", `{"query":"query Q($id: Int!) { find(id: $id) }"}`},
		{"", `{"query":"{ name }","operationName":"Other"}`},
		{"", `{"query":"mutation { name }"}`},
		{"", `{"query":"{ deep { deep { deep { name } } } }"}`},
		{"", `{"query":`},
		{"", ``},
	}
	for _, req := range requests {
		answer := func(srv http.Handler) *httptest.ResponseRecorder {
			r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(req.body))
			r.Header.Set("Content-Type", "application/json")
			if req.accept != "" {
				r.Header.Set("Accept", req.accept)
			}
			w := httptest.NewRecorder()
			srv.ServeHTTP(w, r)
			return w
		}
		want, got := answer(stock), answer(ours)
		if got.Code != want.Code || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") ||
			len(got.Header().Values("Content-Type")) != 1 || got.Body.String() != want.Body.String() {
			t.Errorf("%q with Accept %q:\n got %d %v %s\nwant %d %v %s", req.body, req.accept, got.Code, got.Header(),
				got.Body, want.Code, want.Header(), want.Body)
		}
		if n := got.Header().Get("Content-Length"); got.Code == http.StatusOK && n != strconv.Itoa(got.Body.Len()) {
			t.Errorf("%q: Content-Length %q for %d bytes", req.body, n, got.Body.Len())
		}
	}
}
