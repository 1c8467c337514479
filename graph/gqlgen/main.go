// Command gqlgen is `gqlgen generate` (graph/generate.go runs it from the module root) with one change to the
// executor it writes: a list of plain objects is marshalled on the request's goroutine, element after element
// (gqlexec.MarshalSlice), instead of on a goroutine per element (graphql.MarshalSliceConcurrently, which gqlgen
// uses for every list of objects and has no option to turn off: gqlgen issues #3202, #4321).
//
// A plain object is one whose fields are all read from the Go value: no resolver, no method taking a context,
// no batch resolver, no field directive, and only plain objects (or scalars and enums) below it. Marshalling one
// never waits, so a goroutine per element only adds its start, scheduling and synchronisation (a fifth of a
// launch's CPU under load, for the kiosk's ~35 texts, causes and colours). Lists of anything else keep their
// goroutines: resolvers run concurrently and per-operation loaders (graph/loaders.go) batch across the rows.
//
// The lists of the objects named in shared (plain objects whose Go values are built once, shared by the requests
// that answer them and never changed) call gqlexec.MarshalSharedSlice instead: an element's JSON for a parsed
// selection set is written once and kept.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"regexp"
	"sort"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/vektah/gqlparser/v2/ast"
	"golang.org/x/tools/imports"
)

func main() {
	log.SetOutput(io.Discard) // as gqlgen generate does without --verbose
	cfg, err := config.LoadConfigFromDefaultLocations()
	if errors.Is(err, fs.ErrNotExist) {
		cfg, err = config.LoadDefaultConfig()
	}
	if err != nil {
		fail(err)
	}
	p := &plainLists{}
	if err := api.Generate(cfg, api.AddPlugin(p)); err != nil {
		fail(err)
	}
	if err := p.rewrite(cfg.Exec.Filename); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

// shared names the objects whose Go values are shared by every request and never changed once built
// (internal/device's kioskContent: prepared once per cached panic button read, read only; a change builds new
// values): their lists are marshalled by gqlexec.MarshalSharedSlice. Each must be a plain object, and its lists
// lists of pointers.
var shared = map[string]bool{"KioskText": true, "KioskColor": true, "KioskCause": true, "KioskImage": true}

// plainLists is a gqlgen plugin: it reads the generator's data (before the executor is written) and names the
// marshal functions of lists of plain objects (and of those of shared objects), which rewrite then changes in the
// written executor.
type plainLists struct {
	funcs  []string
	shared map[string]bool // funcs of lists of shared objects
}

func (*plainLists) Name() string { return "plainlists" }

// GenerateCode is called with the generator's data before the executor is written.
func (p *plainLists) GenerateCode(data *codegen.Data) error {
	objects := map[string]*codegen.Object{}
	for _, o := range data.Objects {
		objects[o.Name] = o
	}
	plain := plainObjects(objects)
	p.shared = map[string]bool{}
	found := map[string]bool{}
	for _, t := range data.ReferencedTypes {
		if !t.IsSlice() || t.Elem().IsSlice() || t.Definition.Kind != ast.Object {
			continue
		}
		name := t.Definition.Name
		if shared[name] && (!plain[name] || !t.Elem().IsPtr()) {
			return fmt.Errorf("plainlists: %s is named shared but is not a plain object marshalled from pointers", name)
		}
		if plain[name] {
			p.funcs = append(p.funcs, t.MarshalFunc())
			if shared[name] {
				p.shared[t.MarshalFunc()] = true
				found[name] = true
			}
		}
	}
	for name := range shared {
		if !found[name] {
			return fmt.Errorf("plainlists: %s is named shared but no list of it is marshalled", name)
		}
	}
	sort.Strings(p.funcs)
	return nil
}

// plainObjects names the plain objects among objects (see the package doc).
func plainObjects(objects map[string]*codegen.Object) map[string]bool {
	memo := map[string]bool{}
	var isPlain func(name string, visiting map[string]bool) bool
	isPlain = func(name string, visiting map[string]bool) bool {
		if v, ok := memo[name]; ok {
			return v
		}
		o := objects[name]
		if o == nil || o.Root || len(o.Directives) > 0 || visiting[name] {
			return false // not an object gqlgen marshals (or a cycle: not worth telling apart)
		}
		visiting[name] = true
		defer delete(visiting, name)
		ok := true
		for _, f := range o.Fields {
			if f.IsConcurrent() || f.IsBatch() || len(f.Directives) > 0 {
				ok = false
				break
			}
			if f.TypeReference == nil || f.TypeReference.Definition == nil {
				continue // __typename and the introspection fields
			}
			switch d := f.TypeReference.Definition; d.Kind {
			case ast.Scalar, ast.Enum:
			case ast.Object:
				if !isPlain(d.Name, visiting) {
					ok = false
				}
			default: // interfaces and unions
				ok = false
			}
			if !ok {
				break
			}
		}
		memo[name] = ok
		return ok
	}
	out := map[string]bool{}
	for name := range objects {
		if isPlain(name, map[string]bool{}) {
			out[name] = true
		}
	}
	return out
}

// concurrentCall is how gqlgen's template calls graphql.MarshalSliceConcurrently (worker limit, omitPanicHandler).
var concurrentCall = regexp.MustCompile(`graphql\.MarshalSliceConcurrently\(ctx, len\(v\), \d+, (true|false), `)

// rewrite makes the named list marshal functions of the executor in file call gqlexec.MarshalSlice. It fails when
// one of them does not have the call it expects, so that a gqlgen upgrade that changes the template is noticed.
func (p *plainLists) rewrite(file string) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	for _, name := range p.funcs {
		head := []byte("func (ec *executionContext) " + name + "(")
		start := bytes.Index(src, head)
		if start < 0 {
			return fmt.Errorf("plainlists: %s: no function %s", file, name)
		}
		end := bytes.Index(src[start+len(head):], []byte("\n}\n"))
		if end < 0 {
			return fmt.Errorf("plainlists: %s: %s does not end", file, name)
		}
		end += start + len(head)
		body := src[start:end]
		loc := concurrentCall.FindSubmatchIndex(body)
		if loc == nil {
			return fmt.Errorf("plainlists: %s: %s does not call graphql.MarshalSliceConcurrently as expected", file, name)
		}
		call := []byte("gqlexec.MarshalSlice(ctx, len(v), " + string(body[loc[2]:loc[3]]) + ", ")
		if p.shared[name] {
			call = []byte("gqlexec.MarshalSharedSlice(ctx, sel, v, " + string(body[loc[2]:loc[3]]) + ", ")
		}
		src = append(src[:start+loc[0]], append(call, src[start+loc[1]:]...)...)
	}
	if len(p.funcs) > 0 {
		own := []byte("\n\t\"github.com/panicbutton/panicbutton/")
		i := bytes.Index(src, own)
		if i < 0 {
			return fmt.Errorf("plainlists: %s: no import of this module to put gqlexec's beside", file)
		}
		src = append(src[:i+1], append([]byte("\t\"github.com/panicbutton/panicbutton/internal/gqlexec\"\n"), src[i+1:]...)...)
	}
	out, err := imports.Process(file, src, nil)
	if err != nil {
		return fmt.Errorf("plainlists: %s: %w", file, err)
	}
	return os.WriteFile(file, out, 0o644)
}
