package main

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/backcoach/backcoach"

// The layers, lowest first. A package imports only packages of a lower
// layer: plain text knows nothing of backcoach, the rest of the plumbing
// only plain text (an error names a size), the domain knows the
// plumbing, adapters the domain, the screens all of those, and the
// commands everything. A package not listed fails the test, so each new
// one is given its place here.
var layers = []struct {
	name string
	pkgs []string // relative to the module; "x/..." is x's sub-packages
}{
	{"plain text", []string{"internal/text/..."}},
	{"plumbing", []string{"internal/fsx", "internal/fsx/fsxtest", "internal/yamlstrict", "internal/nohang", "data"}},
	{"domain: routines", []string{"routines"}},
	{"domain: the walk", []string{"coach"}},
	{"domain: the record", []string{"journal"}},
	{"domain: the schedule", []string{"breaks"}},
	{"settings", []string{"config"}},
	// Text fitting wraps as lipgloss does, through x/cellbuf, which knows
	// the terminal: it sits with the terminal, not with the plain text.
	{"terminal and sheets", []string{"internal/terminal", "internal/terminal/...", "internal/sheet", "internal/text/fit"}},
	{"words of events", []string{"internal/outputs/cue"}},
	// One helper program at a time, for the outputs that run one.
	{"helper programs", []string{"internal/outputs/child"}},
	{"outputs", []string{"internal/outputs/..."}},
	{"screens", []string{"tui"}},
	{"commands", []string{"cli"}},
	{"the program and its tests", []string{".", "e2e", "docs/..."}},
}

// What a layer must not reach, directly or not, by the name of the
// module that provides it.
var banned = []struct {
	layers  []string // names of layers above
	modules []string
	why     string
}{
	{
		[]string{"plain text", "plumbing", "domain: routines", "domain: the walk", "domain: the record", "domain: the schedule", "settings"},
		[]string{"github.com/charmbracelet/bubbletea", "github.com/charmbracelet/bubbles", "github.com/charmbracelet/lipgloss",
			"github.com/muesli/termenv", "github.com/charmbracelet/x/term", "github.com/spf13/cobra"},
		"the domain and the settings know no screen and no command line",
	},
	{
		[]string{"terminal and sheets", "words of events", "helper programs", "outputs", "screens"},
		[]string{"github.com/spf13/cobra"},
		"only the commands know cobra",
	},
}

type listed struct {
	ImportPath string
	Imports    []string
	Deps       []string
}

// layerOf is the index in layers of the package at rel, or -1.
func layerOf(rel string) int {
	found := -1
	for i, l := range layers {
		for _, p := range l.pkgs {
			if p == rel || (strings.HasSuffix(p, "/...") && strings.HasPrefix(rel+"/", strings.TrimSuffix(p, "...")) && rel != strings.TrimSuffix(p, "/...")) {
				if found < 0 || p == rel { // an exact entry outranks a pattern
					found = i
				}
			}
		}
	}
	return found
}

// Every package sits in a layer, imports only from lower layers, and
// reaches none of what its layer is kept from.
func TestLayers(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports,Deps", "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for dec.More() {
		var p listed
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		n++
		name := rel(p.ImportPath)
		me := layerOf(name)
		if me < 0 {
			t.Errorf("%s is in no layer: give it one in layers_test.go", name)
			continue
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			if them := layerOf(rel(imp)); them >= me {
				t.Errorf("%s (%s) imports %s (%s): a package imports only from the layers below its own",
					name, layers[me].name, rel(imp), layers[max(them, 0)].name)
			}
		}
		for _, b := range banned {
			if !contains(b.layers, layers[me].name) {
				continue
			}
			for _, dep := range p.Deps {
				for _, m := range b.modules {
					if dep == m || strings.HasPrefix(dep, m+"/") {
						t.Errorf("%s depends on %s: %s", name, dep, b.why)
					}
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("go list gave %d packages", n)
	}
}

func rel(importPath string) string {
	if importPath == module {
		return "."
	}
	return strings.TrimPrefix(importPath, module+"/")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The rules catch what they claim to: a screen in the domain, and a
// package importing one above it.
func TestLayersCatchAWrongImport(t *testing.T) {
	if coach, tui := layerOf("coach"), layerOf("tui"); coach >= tui {
		t.Errorf("coach's layer %d is not below tui's %d", coach, tui)
	}
	if got := layerOf("internal/outputs/speech"); layers[got].name != "outputs" {
		t.Errorf("speech is in %q", layers[got].name)
	}
	if got := layerOf("internal/outputs/cue"); layers[got].name != "words of events" {
		t.Errorf("cue is in %q, want its own layer below the outputs that use it", layers[got].name)
	}
	if got := layerOf("internal/text/words"); layers[got].name != "plain text" {
		t.Errorf("words is in %q, want the plain text every layer may say things with", layers[got].name)
	}
	if got := layerOf("internal/text/fit"); layers[got].name != "terminal and sheets" {
		t.Errorf("fit is in %q, want the terminal's layer, which its wrapping reaches", layers[got].name)
	}
	if got := layerOf("internal/nothing"); got != -1 {
		t.Errorf("an unknown package is in layer %d", got)
	}
}
