package routines_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/routines"
)

func TestWhereARoutineHappens(t *testing.T) {
	low, up := builtIn(t, "low-back"), builtIn(t, "upper-back")
	if low.Where() != "on the floor" || !low.NeedsFloor() {
		t.Errorf("low back: %q, floor %v; want on the floor, needs floor space", low.Where(), low.NeedsFloor())
	}
	if up.Where() != "in a chair, standing" || up.NeedsFloor() {
		t.Errorf("upper back: %q, floor %v; want in a chair, standing", up.Where(), up.NeedsFloor())
	}
	if (routines.Routine{Exercises: []routines.Exercise{{}}}).Where() != "" {
		t.Error("a routine without positions says where it happens")
	}
}

// The get-ready time follows the change of position: the user starts at
// the desk; an explicit prepare wins.
func TestGetReadyTimeFollowsThePosition(t *testing.T) {
	for _, tc := range []struct {
		from, to routines.Position
		want     time.Duration
		move     string
	}{
		{routines.Chair, routines.Floor, 40 * time.Second, "Get down on the floor"},
		{routines.Standing, routines.Floor, 40 * time.Second, "Get down on the floor"},
		{routines.Floor, routines.Chair, 20 * time.Second, "Get up and sit in a chair"},
		{routines.Floor, routines.Standing, 20 * time.Second, "Stand up"},
		{routines.Chair, routines.Standing, 15 * time.Second, "Stand up"},
		{routines.Standing, routines.Chair, 15 * time.Second, "Sit down"},
		{routines.Floor, routines.Floor, 10 * time.Second, ""},
		{routines.Chair, "", 10 * time.Second, ""},
	} {
		if got := routines.PrepareFor(tc.from, tc.to); got != tc.want {
			t.Errorf("PrepareFor(%q, %q) = %v, want %v", tc.from, tc.to, got, tc.want)
		}
		if got := routines.MoveTo(tc.from, tc.to); got != tc.move {
			t.Errorf("MoveTo(%q, %q) = %q, want %q", tc.from, tc.to, got, tc.move)
		}
	}
	r, err := routines.Parse("r.yaml", []byte(`name: R
exercises:
  - {name: A, steps: [a], hold: 5s, position: floor}
  - {name: B, steps: [b], hold: 5s, position: floor, prepare: 25s}
  - {name: C, steps: [c], hold: 5s}
  - {name: D, steps: [d], hold: 5s, position: standing}
`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range routines.NewPlan(r, routines.Gentle).Steps {
		if st.Kind == routines.Prepare {
			got = append(got, routines.FormatDuration(st.Duration)+" from "+string(st.From))
		}
	}
	// A: desk to floor; B: its own 25s; C: no position, 10s; D: up from
	// the floor (C says nothing, so the floor is where the user still is).
	want := "40s from chair|25s from |10s from |20s from floor"
	if s := strings.Join(got, "|"); s != want {
		t.Errorf("get-ready steps %s, want %s", s, want)
	}
}

func TestMirrorSwapsLeftAndRight(t *testing.T) {
	for in, want := range map[string]string{
		"Move your left ankle to your right knee.": "Move your right ankle to your left knee.",
		"Left side first, then RIGHT.":             "Right side first, then LEFT.",
		"twist your body to the left":              "twist your body to the right",
		"leftover rights stay":                     "leftover rights stay",
	} {
		if got := routines.MirrorText(in); got != want {
			t.Errorf("MirrorText(%q) = %q, want %q", in, got, want)
		}
	}
	got := routines.MirrorFigure([]string{" ╭─O", "╱ │ (", "▔▔▔▔▔▔"})
	want := []string{"  O─╮", " ) │ ╲", "▔▔▔▔▔▔"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("MirrorFigure:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// On the right side, the piriformis stretch reads right for left, and its
// figure faces the other way; bird dog, not mirrored, stays as written.
func TestTheSecondSideIsMirrored(t *testing.T) {
	low := builtIn(t, "low-back")
	pir, bird := low.Exercises[0], low.Exercises[1]
	if got := pir.StepsOn(1)[1]; got != "Move your right ankle to your left knee." {
		t.Errorf("right side step 2: %q", got)
	}
	if got := pir.StepsOn(0)[1]; got != "Move your left ankle to your right knee." {
		t.Errorf("left side step 2: %q", got)
	}
	if l, r := pir.FigureOn(0, 0), pir.FigureOn(1, 0); strings.Join(routines.MirrorFigure(l), "\n") != strings.Join(r, "\n") || strings.Join(l, "\n") == strings.Join(r, "\n") {
		t.Errorf("the right side's figure is not the left's, mirrored:\n%s\n%s", strings.Join(l, "\n"), strings.Join(r, "\n"))
	}
	if strings.Join(bird.StepsOn(1), "") != strings.Join(bird.Steps, "") || strings.Join(bird.FigureOn(1, 0), "") != strings.Join(bird.FigureOn(0, 0), "") {
		t.Error("bird dog, not mirrored, changed on its second side")
	}
	roll := builtIn(t, "upper-back").Exercises[1]
	if len(roll.Figure) != 2 || strings.Join(roll.FigureOn(0, 0), "") == strings.Join(roll.FigureOn(0, 1), "") || strings.Join(roll.FigureOn(0, 2), "") != strings.Join(roll.FigureOn(0, 0), "") {
		t.Errorf("shoulder roll: %d frames; want two that alternate", len(roll.Figure))
	}
}

func TestFigureAndPositionErrors(t *testing.T) {
	ex := func(extra string) string {
		return "name: R\nexercises:\n  - name: Bird dog\n    steps: [a]\n    hold: 5s\n" + extra
	}
	cases := []struct{ name, src, want string }{
		{"unknown position", ex("    position: bed\n"), `r.yaml:6:15: exercise "bird-dog": position: want floor, chair or standing, got "bed"`},
		{"mirror without two sides", ex("    mirror: true\n"), `r.yaml:6:13: exercise "bird-dog": mirror: mirrors the second side, so it needs two sides, like [left, right]`},
		{"mirror not a bool", ex("    sides: [l, r]\n    mirror: yes please\n"), `mirror: want true or false, got "yes please"`},
		{"too wide", ex("    figure: |\n      " + strings.Repeat("#", 25) + "\n"), `r.yaml:7: exercise "bird-dog": figure: a line is 25 columns wide, want at most 24`},
		{"too tall", ex("    figure: |\n" + strings.Repeat("      #\n", 9)), `r.yaml:15: exercise "bird-dog": figure: is 9 lines tall, want at most 8`},
		{"escape", ex("    figure: \"\\e[2Jx\"\n"), `figure: has the control character U+001B`},
		{"tab", ex("    figure: \"a\\tb\"\n"), `figure: has a tab; draw with spaces`},
		{"zero width", ex("    figure: \"a\\u200bb\"\n"), `figure: has the invisible or combining character U+200B`},
		{"bidi", ex("    figure: \"a\\u202eb\"\n"), `figure: has the invisible or combining character U+202E`},
		{"wide", ex("    figure: \"人\"\n"), `figure: has '人', which is 2 columns wide`},
		{"combining", ex("    figure: \"e\\u0301\"\n"), `figure: has the invisible or combining character U+0301`},
		{"empty", ex("    figure: |\n\n"), `figure: has no drawing`},
		{"too many frames", ex("    figure: [a, b, c, d, e]\n"), `figure: want at most 4 frames, got 5`},
		{"a number", ex("    figure: 12\n"), `figure: want a drawing (a block of text after |) or a list of them, got "12"`},
	}
	for _, c := range cases {
		_, err := routines.Parse("r.yaml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %v, want %q", c.name, err, c.want)
		}
	}
}

// The complete example of docs/routines.md is a valid routine, with every field.
func TestTheDocsExampleIsValid(t *testing.T) {
	data, err := os.ReadFile("../docs/routines.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, "```yaml\nid: morning")
	if i < 0 {
		t.Fatal("no complete example in docs/routines.md")
	}
	j := strings.Index(s[i+8:], "```")
	r, err := routines.Parse("morning.yaml", []byte(s[i+8:i+8+j]))
	if err != nil {
		t.Fatalf("the example of docs/routines.md: %v", err)
	}
	bird, bend, roll := r.Exercises[0], r.Exercises[1], r.Exercises[2]
	if bird.Position != routines.Floor || len(bird.Figure) != 1 || bird.Setup == "" || !bend.Mirror || len(roll.Figure) != 2 {
		t.Errorf("the example lost a field: %+v", r.Exercises)
	}
	if got := bend.StepsOn(1)[0]; got != "Bend to the right." {
		t.Errorf("the mirrored step reads %q", got)
	}
}
