package archtest

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/panicbutton/panicbutton"

// leaves import no package of this module, so every layer may import them.
var leaves = []string{
	"admin-ui",
	"admin-ui/kiosk",
	"internal/apperr",
	"internal/emailaddr",
	"internal/gqllimit",
	"internal/i18n",
	"internal/mail/sendgridfake",
	"internal/snmp/snmptest",
}

// layer ranks a package of the module (its path without the module prefix); a package may import packages of its
// own rank or lower, and the leaves. 0 is a leaf.
func layer(pkg string) int {
	switch {
	case slices.Contains(leaves, pkg):
		return 0
	case pkg == "ent" || strings.HasPrefix(pkg, "ent/"):
		return 1
	case pkg == "internal/app" || strings.HasPrefix(pkg, "internal/app/"):
		return 4
	case strings.HasPrefix(pkg, "internal/"):
		return 2
	case pkg == "graph" || strings.HasPrefix(pkg, "graph/"):
		return 3
	case pkg == "server" || strings.HasPrefix(pkg, "server/") || pkg == "bench": // bench runs the built server, like a command
		return 5
	case pkg == "bench": // make bench: drives the built binary from outside, like a command
		return 5
	case pkg == "bench": // make bench: drives the built binary from outside, like a command
		return 5
	}
	return -1
}

var layerNames = []string{"leaf", "ent", "internal (domain)", "graph", "internal/app (wiring)", "server"}

// violations lists the arrows of imports (package → its imports, paths without the module prefix) that point up,
// leave a leaf, or touch a package no layer names.
func violations(imports map[string][]string) []string {
	var out []string
	pkgs := make([]string, 0, len(imports))
	for p := range imports {
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	for _, from := range pkgs {
		lf := layer(from)
		if lf < 0 {
			out = append(out, fmt.Sprintf("%s is in no layer: name it in internal/archtest", from))
			continue
		}
		for _, to := range imports[from] {
			lt := layer(to)
			switch {
			case lt < 0:
				out = append(out, fmt.Sprintf("%s imports %s, which is in no layer", from, to))
			case lf == 0:
				out = append(out, fmt.Sprintf("%s is a leaf and must not import %s", from, to))
			case lt > lf:
				out = append(out, fmt.Sprintf("%s (%s) imports %s (%s): an arrow up", from, layerNames[lf], to, layerNames[lt]))
			}
		}
	}
	return out
}

func TestViolations_FindArrowsUp(t *testing.T) {
	tests := []struct {
		name    string
		imports map[string][]string
		want    int
	}{
		{"downward arrows pass", map[string][]string{
			"server":                 {"internal/app", "internal/config", "internal/snmp", "internal/apperr"},
			"internal/app":           {"graph", "internal/interventions", "ent", "internal/apperr"},
			"graph":                  {"internal/interventions", "ent", "graph/generated"},
			"internal/interventions": {"internal/notify", "ent", "internal/apperr"},
			"ent":                    {"ent/schema"},
			"internal/apperr":        nil,
		}, 0},
		{"domain imports graph", map[string][]string{"internal/interventions": {"graph"}}, 1},
		{"domain imports server", map[string][]string{"internal/device": {"server"}}, 1},
		{"ent imports internal", map[string][]string{"ent/schema/rule": {"internal/viewer"}}, 1},
		{"graph imports server", map[string][]string{"graph": {"server"}}, 1},
		{"graph imports internal/app", map[string][]string{"graph": {"internal/app"}}, 1},
		{"domain imports internal/app", map[string][]string{"internal/interventions": {"internal/app"}}, 1},
		{"internal/app imports server", map[string][]string{"internal/app": {"server"}}, 1},
		{"a leaf imports the module", map[string][]string{"internal/apperr": {"ent"}}, 1},
		{"an unnamed package", map[string][]string{"tools/x": nil}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := violations(tt.imports); len(got) != tt.want {
				t.Fatalf("violations = %q, want %d", got, tt.want)
			}
		})
	}
}

// TestImports_PointDown checks the module's real import graph (tests' imports included).
func TestImports_PointDown(t *testing.T) {
	cmd := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}} {{join .TestImports " "}} {{join .XTestImports " "}}`, module+"/...")
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	imports := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		from := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
		if strings.HasSuffix(from, ".test") || strings.HasSuffix(from, "_test") {
			continue
		}
		var tos []string
		for _, to := range fields[1:] {
			if to == module || strings.HasPrefix(to, module+"/") {
				to = strings.TrimPrefix(strings.TrimPrefix(to, module), "/")
				if to != from && !slices.Contains(tos, to) {
					tos = append(tos, to)
				}
			}
		}
		imports[from] = tos
	}
	if len(imports) < 10 {
		t.Fatalf("go list named %d packages: the module was not found", len(imports))
	}
	for _, v := range violations(imports) {
		t.Error(v)
	}
}
