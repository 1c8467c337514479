package archtest

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Source files whose text is checked: code, schemas, scripts, the Makefile.
var sourceExts = map[string]bool{
	".go": true, ".ts": true, ".tsx": true, ".js": true, ".mjs": true, ".cjs": true, ".graphqls": true, ".sh": true,
}

var sourceNames = map[string]bool{"Makefile": true, ".ci/run": true}

var (
	// A document path: "docs/DESIGN.md", "README.md", "../x/NOTES.md".
	mdPath = regexp.MustCompile(`[A-Za-z0-9_./-]*[A-Za-z0-9_-]\.md\b`)
	// A document named in capitals and cited by section, without ".md": "DESIGN §4", "STACK §2".
	sectionCite = regexp.MustCompile(`\b([A-Z][A-Z0-9_]{2,}) §`)
)

// TestSourceCommentsCiteOnlyDocumentsInTheRepository fails when a tracked source file cites a document
// (a *.md path, or "NAME §N") that is not in the repository: such a citation sends the reader nowhere.
func TestSourceCommentsCiteOnlyDocumentsInTheRepository(t *testing.T) {
	root := repoRoot(t)
	files := trackedFiles(t, root)
	var sources []string
	for _, f := range files {
		if sourceNames[f] || sourceExts[path.Ext(f)] {
			sources = append(sources, f)
		}
	}
	if len(sources) < 50 {
		t.Fatalf("found only %d source files under %s: is this the repository?", len(sources), root)
	}
	self := "internal/archtest/docrefs_test.go"
	bad := missingDocs(files, sources, func(f string) ([]byte, error) {
		if f == self {
			return nil, nil
		}
		return os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
	})
	for _, b := range bad {
		t.Error(b)
	}
}

// TestMissingDocs proves the check catches what it is for.
func TestMissingDocs(t *testing.T) {
	files := []string{"docs/DESIGN.md", "README.md", "a/a.go", "a/b.go", "a/c.ts", "a/d.go", "a/NOTES.md"}
	text := map[string]string{
		"a/a.go": "// the device contract (docs/DESIGN.md §4), see README.md and NOTES.md and ../README.md\n",
		"a/b.go": "// as STACK.md warns; the rule of DESIGN §6 and of PLAN §2\n",
		"a/c.ts": "/** error codes (docs/ERRORS.md) */\n",
		"a/d.go": "// DESIGN §4, DESIGN.md §9\n",
	}
	got := missingDocs(files, []string{"a/a.go", "a/b.go", "a/c.ts", "a/d.go"}, func(f string) ([]byte, error) {
		return []byte(text[f]), nil
	})
	want := []string{
		"a/b.go:1 cites STACK.md, which is not in the repository",
		"a/b.go:1 cites PLAN.md, which is not in the repository",
		"a/c.ts:1 cites docs/ERRORS.md, which is not in the repository",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// missingDocs lists the citations in sources of documents that are not among files. A cited path resolves
// from the repository root or from the citing file's folder; a bare name ("DESIGN.md", "DESIGN §4") also
// resolves to the one tracked file of that name.
func missingDocs(files, sources []string, read func(string) ([]byte, error)) []string {
	exists := map[string]bool{}
	byBase := map[string][]string{}
	for _, f := range files {
		exists[f] = true
		byBase[path.Base(f)] = append(byBase[path.Base(f)], f)
	}
	resolves := func(from, ref string) bool {
		if exists[path.Clean(ref)] || exists[path.Join(path.Dir(from), ref)] {
			return true
		}
		return !strings.Contains(ref, "/") && len(byBase[ref]) == 1
	}
	var bad []string
	for _, f := range sources {
		b, err := read(f)
		if err != nil {
			bad = append(bad, f+": "+err.Error())
			continue
		}
		for i, line := range bytes.Split(b, []byte("\n")) {
			var refs []string
			for _, m := range mdPath.FindAll(line, -1) {
				refs = append(refs, string(m))
			}
			for _, m := range sectionCite.FindAllSubmatch(line, -1) {
				refs = append(refs, string(m[1])+".md")
			}
			for _, ref := range refs {
				if strings.Contains(ref, "://") || resolves(f, ref) {
					continue
				}
				bad = append(bad, f+":"+strconv.Itoa(i+1)+" cites "+ref+", which is not in the repository")
			}
		}
	}
	return bad
}

// repoRoot is the folder holding go.mod, above this package.
func repoRoot(t *testing.T) string {
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's folder")
		}
		dir = parent
	}
}

// trackedFiles are git's tracked and not-ignored files (slash-separated, relative to root), or without git every
// file outside .git and node_modules.
func trackedFiles(t *testing.T, root string) []string {
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = root
	if out, err := cmd.Output(); err == nil {
		return strings.Split(strings.TrimRight(string(out), "\x00"), "\x00")
	}
	var files []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
