package routines_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/routines"
)

// TestBuiltInSecondSides reads every step, cue and setup of every built-in
// mirrored exercise on both sides: the first side is the article's words
// as written, the second reads right for its side (the roll's second side
// rolls back, and its "repeat rolling your shoulders back" stays).
func TestBuiltInSecondSides(t *testing.T) {
	want := map[string][]string{
		"piriformis-stretch": {
			"Start by lying on your back with your knees bent.",
			"Move your right ankle to your left knee.",
			"Then pull your knee towards your chest using your hands.",
			"Hold this pose for 30 seconds and repeat on the other side.",
		},
		"seated-rotation": {
			"Start by lying on your back with your knees bent.",
			"Hold your hands behind your head and twist your body to the right.",
			"Hold this pose for 5 seconds and switch to your left side.",
			"Repeat 5 times.",
		},
		"shoulder-roll": {
			"Stand up straight with your arms at your sides.",
			"Slowly roll your shoulders back.",
			"Do this for 30 seconds and repeat rolling your shoulders back.",
		},
	}
	seen := 0
	for _, r := range builtIns(t) {
		for _, e := range r.Exercises {
			if !slices.Equal(e.StepsOn(0), e.Steps) {
				t.Errorf("%s: first side %q, want the file's %q", e.ID, e.StepsOn(0), e.Steps)
			}
			if !e.Mirror {
				continue
			}
			seen++
			w, ok := want[e.ID]
			if !ok {
				t.Errorf("%s is mirrored: add its second side to this test", e.ID)
				continue
			}
			if got := e.StepsOn(1); !slices.Equal(got, w) {
				t.Errorf("%s second side:\n got %q\nwant %q", e.ID, got, w)
			}
			if e.Cue != "" && strings.Contains(strings.ToLower(e.CueOn(1)), "forward") {
				t.Errorf("%s second side cue %q", e.ID, e.CueOn(1))
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d mirrored built-ins, want %d", seen, len(want))
	}
}

func TestSwapText(t *testing.T) {
	for _, tt := range []struct {
		in   string
		pair [2]string
		want string
	}{
		{"Move your left ankle to your right knee.", [2]string{}, "Move your right ankle to your left knee."},
		{"Slowly roll your shoulders forward.", [2]string{"forward", "back"}, "Slowly roll your shoulders back."},
		{"Forward, then FORWARD; forwards stays.", [2]string{"forward", "back"}, "Back, then BACK; forwards stays."},
		{"repeat rolling your shoulders back", [2]string{"forward", "back"}, "repeat rolling your shoulders back"},
		{"Lift your arms up, left first.", [2]string{"up", "down"}, "Lift your arms down, left first."},
	} {
		if got := routines.SwapText(tt.in, tt.pair); got != tt.want {
			t.Errorf("SwapText(%q, %q) = %q, want %q", tt.in, tt.pair, got, tt.want)
		}
	}
}

func TestParseSwap(t *testing.T) {
	base := "    sides: [up, down]\n    hold: 5s\n"
	r := mustParse(t, "r.yaml", withExercise(base+"    mirror: true\n    swap: [up, down]\n"))
	if got := r.Exercises[0].Swap; got != [2]string{"up", "down"} {
		t.Errorf("Swap = %q", got)
	}
	for _, tt := range []struct{ name, fields, want string }{
		{"one word", "    mirror: true\n    swap: [up]\n", `swap: want two different words, like [forward, back], got 1`},
		{"same twice", "    mirror: true\n    swap: [up, UP]\n", `swap: want two different words, like [forward, back], got "up" twice`},
		{"not a word", "    mirror: true\n    swap: [up high, down]\n", `swap: want one word, got "up high"`},
		{"no mirror", "    swap: [up, down]\n", `swap: says what changes on the mirrored side, so it needs mirror: true`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := routines.Parse("r.yaml", []byte(withExercise(base+tt.fields)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to say %s", err, tt.want)
			}
		})
	}
}
