package routines

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite data/routine.schema.json from Schema()")

const schemaFile = "../data/routine.schema.json"

// The schema file is Schema() written out: a change to the fields or the
// limits shows here (go test ./routines -update-schema rewrites it).
func TestTheSchemaFileIsUpToDate(t *testing.T) {
	if *updateSchema {
		if err := os.WriteFile(schemaFile, SchemaJSON(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	have, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, SchemaJSON()) {
		t.Errorf("%s is not Schema(): run go test ./routines -update-schema", schemaFile)
	}
}

// The schema knows exactly the fields the parser knows.
func TestTheSchemaHasTheParsersFields(t *testing.T) {
	keys := func(m any) []string {
		var out []string
		for k := range m.(map[string]any) {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	sorted := func(s []string) []string { s = append([]string(nil), s...); sort.Strings(s); return s }
	s := Schema()
	if got, want := keys(s["properties"]), sorted(routineFields); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("routine fields: schema %v, parser %v", got, want)
	}
	ex := s["properties"].(map[string]any)["exercises"].(map[string]any)["items"].(map[string]any)
	if got, want := keys(ex["properties"]), sorted(exerciseFields); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("exercise fields: schema %v, parser %v", got, want)
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(SchemaJSON()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// asJSON reads a YAML routine as the JSON value an editor checks.
func asJSON(t *testing.T, src []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// Every built-in routine and every good test file passes the schema; the
// bad ones (those a schema can tell) fail it.
func TestRoutinesAgainstTheSchema(t *testing.T) {
	sch := compileSchema(t)
	good, _ := filepath.Glob("../data/routines/*.yaml")
	more, _ := filepath.Glob("testdata/good/*.yaml")
	for _, f := range append(good, more...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(asJSON(t, src)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	ex := func(extra string) string {
		return "name: R\nexercises:\n  - name: Bird dog\n    steps: [a]\n" + extra
	}
	for name, src := range map[string]string{
		"unknown field":     ex("    hold: 5s\n    holds: 5s\n"),
		"no hold":           ex(""),
		"no exercises":      "name: R\n",
		"empty steps":       "name: R\nexercises:\n  - {name: A, steps: [], hold: 5s}\n",
		"bad duration":      ex("    hold: thirty\n"),
		"zero reps":         ex("    hold: 5s\n    reps: 0\n"),
		"bad mode":          ex("    hold: 5s\n    mode: dance\n"),
		"bad position":      ex("    hold: 5s\n    position: bed\n"),
		"mirror not a bool": ex("    hold: 5s\n    mirror: yes please\n"),
		"too many frames":   ex("    hold: 5s\n    figure: [a, b, c, d, e]\n"),
		"too many reps":     ex("    hold: 5s\n    reps: 101\n"),
		"too long a name":   "name: " + strings.Repeat("n", 61) + "\nexercises:\n  - {name: A, steps: [a], hold: 5s}\n",
	} {
		if err := sch.Validate(asJSON(t, []byte(src))); err == nil {
			t.Errorf("%s: passed the schema", name)
		}
		if _, err := Parse("r.yaml", []byte(src)); err == nil {
			t.Errorf("%s: passed the parser", name)
		}
	}
	bad, _ := os.ReadFile("testdata/bad/low-back.yaml")
	if err := sch.Validate(asJSON(t, bad)); err == nil {
		t.Error("testdata/bad/low-back.yaml passed the schema")
	}
}
