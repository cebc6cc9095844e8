package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// docs is the reference a person reads: the README and docs/*.md.
func docs(t *testing.T) string {
	t.Helper()
	files, _ := filepath.Glob("../docs/*.md")
	var all strings.Builder
	for _, f := range append([]string{"../README.md"}, files...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(data)
	}
	if len(files) == 0 {
		t.Fatal("no docs/*.md")
	}
	return all.String()
}

// manPage is `backcoach man` in roff, with roff's escaped dashes plain.
func manPage(root *cobra.Command) string {
	var b bytes.Buffer
	root.InitDefaultHelpFlag()
	root.InitDefaultVersionFlag()
	writeMan(&b, root, time.Unix(0, 0))
	return strings.ReplaceAll(b.String(), `\-`, "-")
}

// Every command is in the man page (its section, made from the tree: a
// hidden one is left out there) and in the prose of the README or
// docs/, and every flag a command has is in its man section or in the
// docs. A command or flag added without a word for the reader fails.
func TestEveryCommandAndFlagIsDocumented(t *testing.T) {
	root := newRoot(Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }}, nil)
	man, prose := manPage(root), docs(t)
	commands := 0
	for _, c := range root.Commands() {
		if c.Name() == "help" || strings.HasPrefix(c.Name(), "__") {
			continue // cobra's own
		}
		commands++
		name := "backcoach " + c.Name()
		section := sectionOf(man, name)
		if section == "" && !strings.Contains(prose, name) {
			t.Errorf("%s is in neither the man page nor the docs", name)
			continue
		}
		if !strings.Contains(prose, name) {
			t.Errorf("%s has no word in the README or docs/", name)
		}
		c.InitDefaultHelpFlag()
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" {
				return
			}
			if flag := "--" + f.Name; !strings.Contains(section, flag) && !strings.Contains(prose, flag) {
				t.Errorf("%s %s is in neither its man section nor the docs", name, flag)
			}
		})
	}
	root.LocalFlags().VisitAll(func(f *pflag.Flag) {
		if flag := "--" + f.Name; !strings.Contains(sectionOf(man, ".SH OPTIONS"), flag) && !strings.Contains(prose, flag) {
			t.Errorf("backcoach %s is in neither the man page nor the docs", flag)
		}
	})
	if commands < 10 {
		t.Fatalf("found %d commands", commands)
	}
}

// sectionOf is the part of the man page from the heading that names
// what (a command's .SS, or a .SH) to the next heading, or "".
func sectionOf(man, what string) string {
	for _, part := range strings.Split(man, "\n.S")[1:] {
		head, _, _ := strings.Cut(part, "\n")
		if strings.Contains(".S"+head, what) && (strings.HasPrefix(what, ".SH") || strings.Contains(head, `"`+what+" ") || strings.Contains(head, `"`+what+`"`)) {
			return part
		}
	}
	return ""
}

// The check sees what it is for: a flag that no page mentions, and a
// hidden command that only the docs could name.
func TestTheReferenceCheckFindsWhatIsMissing(t *testing.T) {
	root := newRoot(Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }}, nil)
	man := manPage(root)
	if s := sectionOf(man, "backcoach remind"); !strings.Contains(s, "--every") || strings.Contains(s, "--format") {
		t.Errorf("remind's man section is wrong:\n%s", s)
	}
	if s := sectionOf(man, "backcoach man"); s != "" {
		t.Errorf("the hidden man command has a section of its own:\n%s", s)
	}
	if !strings.Contains(docs(t), "backcoach man") {
		t.Error("the docs do not name backcoach man, which the man page cannot")
	}
}
