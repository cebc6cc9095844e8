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
