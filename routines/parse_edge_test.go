package routines_test

import (
	"strings"
	"testing"

	"github.com/backcoach/backcoach/routines"
)

// Values that look harmless and must still be refused or read right.
func TestParseRefusesEmptyValuesAndOddShapes(t *testing.T) {
	ex := func(extra string) string {
		return "name: R\nexercises:\n  - name: Bird dog\n    steps: [a]\n" + extra
	}
	cases := []struct{ name, src, want string }{
		{"empty hold", ex("    hold: \"\"\n"), `r.yaml:5:11: exercise "bird-dog": hold: want a duration like 30s, got ""`},
		{"empty rest", ex("    hold: 5s\n    rest: ''\n"), `r.yaml:6:11: exercise "bird-dog": rest: want a duration like 30s, got ""`},
		{"empty mode", ex("    hold: 5s\n    mode: ''\n"), `r.yaml:6:11: exercise "bird-dog": mode: want hold or move, got ""`},
		{"empty id", "id: ''\n" + ex("    hold: 5s\n"), `r.yaml:1:5: id: want an id like bird-dog, got ""`},
		{"deep nesting", ex("    hold: 5s\n    cue: " + strings.Repeat("[", 150) + strings.Repeat("]", 150) + "\n"), "nested more than 100 levels deep"},
		{"zero low end", ex("    hold: 0-10s\n"), `hold: want a duration above zero, got "0" (in the range "0-10s")`},
		{"second document", ex("    hold: 5s\n---\nname: Other\n"), "a second YAML document (after ---); want one routine per file"},
	}
	for _, c := range cases {
		_, err := routines.Parse("r.yaml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %v, want %q", c.name, err, c.want)
		}
	}
	r, err := routines.Parse("r.yaml", []byte(ex("    hold: 5-1m30s\n")))
	if err != nil || r.Exercises[0].Hold.Min.String() != "5s" || r.Exercises[0].Hold.Max.String() != "1m30s" {
		t.Errorf("5-1m30s: %+v, %v; want 5s to 1m30s", r.Exercises, err)
	}
}
