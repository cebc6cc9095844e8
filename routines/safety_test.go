package routines_test

import (
	"strings"
	"testing"

	"github.com/backcoach/backcoach/routines"
)

// TestParseDropsInvisibleCharacters: bidi controls and zero-width
// characters would reorder or hide text in the picker, the session and
// list; every text field loses them.
func TestParseDropsInvisibleCharacters(t *testing.T) {
	src := "name: \"Low\\u202e back\"\n" +
		"description: \"\\u2066Eases\\u2069 the back\\u200b.\"\n" +
		"exercises:\n" +
		"  - name: \"Bird\\u200d dog\\ufeff\"\n" +
		"    steps: [\"Kneel\\u2067 on all\\u00ad fours.\"]\n" +
		"    hold: 5s\n" +
		"    sides: [\"\\u202dleft\", \"right\\u2068\"]\n" +
		"    cue: \"Hold\\u180e it.\"\n" +
		"    setup: \"\\u3164On hands\\u2028and knees.\"\n"
	r := mustParse(t, "r.yaml", src)
	e := r.Exercises[0]
	checks := []struct{ what, got, want string }{
		{"name", r.Name, "Low back"},
		{"description", r.Description, "Eases the back."},
		{"exercise name", e.Name, "Bird dog"},
		{"exercise id", e.ID, "bird-dog"},
		{"step", e.Steps[0], "Kneel on all fours."},
		{"side 1", e.Sides[0], "left"},
		{"side 2", e.Sides[1], "right"},
		{"cue", e.Cue, "Hold it."},
		{"setup", e.Setup, "On hands and knees."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
}

// TestParseRefusesInvisibleNames: a name that is nothing once cleaned
// would be an empty row in the picker.
func TestParseRefusesInvisibleNames(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{
			"routine name of zero-width characters",
			"name: \"\\u200b\\u200c\\u200d\\ufeff\"\nexercises:\n" + birdDog,
			`r.yaml:1:7: name: has no visible text, want text`,
		},
		{
			"routine name of bidi controls and spaces",
			"name: \"\\u202e \\u2066\\u2069 \"\nexercises:\n" + birdDog,
			`r.yaml:1:7: name: has no visible text, want text`,
		},
		{
			"exercise name of a Hangul filler",
			"name: R\nexercises:\n  - name: \"\\u3164\"\n    id: blank\n    steps: [a]\n    hold: 5s\n",
			`r.yaml:3:11: exercise "blank": name: has no visible text, want text`,
		},
		{
			"exercise name of combining marks only",
			"name: R\nexercises:\n  - name: \"\\u0301\\u0301\"\n    id: marks\n    steps: [a]\n    hold: 5s\n",
			`r.yaml:3:11: exercise "marks": name: has no visible text, want text`,
		},
		{
			"a side of only invisible characters",
			withExercise("    hold: 5s\n    sides: [left, \"\\u200b\"]\n"),
			`r.yaml:6:19: exercise "bird-dog": sides: has no visible text, want text`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := routines.Parse("r.yaml", []byte(tt.src))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestErrorsShowInvisibleCharactersEscaped: a message quotes what the file
// says, and shows what the cleaning would hide.
func TestErrorsShowInvisibleCharactersEscaped(t *testing.T) {
	_, err := routines.Parse("evil\u202excod.yaml", []byte("name: R\n\"col\\u202eour\": red\nexercises:\n"+birdDog))
	want := `evil\u202excod.yaml:2:1: unknown field "col\u202eour", want one of id, name, description, rest, exercises`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
	if err != nil && strings.ContainsRune(err.Error(), '\u202e') {
		t.Errorf("error %q holds U+202E raw", err)
	}
}

// TestParseRefusesYAMLTags: a routine needs no tags; !!binary would hide
// text from a reader of the file, and !!python/object and !foo mean
// something to other programs. The core tags a routine is written in
// (!!str, !!int, !!float, !!bool, !!null, !!seq, !!map) may be spelled out.
func TestParseRefusesYAMLTags(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"binary", "name: !!binary SGVsbG8=\nexercises:\n" + birdDog,
			`r.yaml:1:7: YAML tags (!!binary) are not allowed in a routine file; write the value plainly`},
		{"python object", "name: R\nexercises:\n  - !!python/object:os.system {name: a, steps: [a], hold: 5s}\n",
			`r.yaml:3:5: YAML tags (!!python/object:os.system) are not allowed in a routine file; write the value plainly`},
		{"local tag", withExercise("    hold: !foo 5s\n"),
			`r.yaml:5:11: YAML tags (!foo) are not allowed in a routine file; write the value plainly`},
		{"verbatim tag", withExercise("    hold: !<tag:example.com,2026:x> 5s\n"),
			`r.yaml:5:11: YAML tags (!<tag:example.com,2026:x>) are not allowed in a routine file; write the value plainly`},
		{"timestamp", "name: !!timestamp 2026-01-01\nexercises:\n" + birdDog,
			`r.yaml:1:7: YAML tags (!!timestamp) are not allowed in a routine file; write the value plainly`},
		{"set", "name: R\nexercises: !!set {a}\n",
			`r.yaml:2:12: YAML tags (!!set) are not allowed in a routine file; write the value plainly`},
		{"a tag on a key", "name: R\n!!str exercises:\n" + birdDog + "x: !!binary AA==\n",
			`r.yaml:6:4: YAML tags (!!binary) are not allowed in a routine file; write the value plainly`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := routines.Parse("r.yaml", []byte(c.src))
			if err == nil || err.Error() != c.want {
				t.Errorf("error:\n got %v\nwant %s", err, c.want)
			}
		})
	}
	r := mustParse(t, "r.yaml", "name: !!str 2026\nexercises: !!seq\n  - !!map {name: !!str Bird dog, steps: [!!str 10], hold: !!int 5, reps: !!int 2, mirror: !!bool false}\n")
	if r.Name != "2026" || r.Exercises[0].Steps[0] != "10" || r.Exercises[0].Reps.Min != 2 {
		t.Errorf("core tags spelled out read as %+v", r)
	}
}
