package routines_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/routines"
)

// exercises writes n one-line exercises, each with its own name and the
// fields given (flow style, without braces).
func exercises(n int, fields string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "  - {name: e%d, %s}\n", i, fields)
	}
	return b.String()
}

func TestParseLimits(t *testing.T) {
	long := func(n int) string { return strings.Repeat("x", n) }
	steps := func(n int) string {
		return "[" + strings.TrimSuffix(strings.Repeat("a, ", n), ", ") + "]"
	}
	cases := []struct{ name, src, want string }{
		{
			"too many exercises",
			"name: R\nexercises:\n" + exercises(21, "steps: [a], hold: 5s"),
			`r.yaml:3:3: exercises: want at most 20 exercises, got 21`,
		},
		{
			"too many steps",
			"name: R\nexercises:\n  - name: Bird dog\n    steps: " + steps(13) + "\n    hold: 5s\n",
			`r.yaml:4:12: exercise "bird-dog": steps: want at most 12 lines, got 13`,
		},
		{
			"routine name too long",
			"name: " + long(61) + "\nexercises:\n" + birdDog,
			`r.yaml:1:7: name: is 61 characters long, want at most 60`,
		},
		{
			"exercise name too long",
			"name: R\nexercises:\n  - name: " + long(61) + "\n    id: x\n    steps: [a]\n    hold: 5s\n",
			`r.yaml:3:11: exercise "x": name: is 61 characters long, want at most 60`,
		},
		{
			"side too long",
			withExercise("    hold: 5s\n    sides: [left, " + long(61) + "]\n"),
			`r.yaml:6:19: exercise "bird-dog": sides: is 61 characters long, want at most 60`,
		},
		{
			"id too long",
			"id: " + long(61) + "\nname: R\nexercises:\n" + birdDog,
			`r.yaml:1:5: id: is 61 characters long, want at most 60`,
		},
		{
			"description too long",
			"name: R\ndescription: " + long(301) + "\nexercises:\n" + birdDog,
			`r.yaml:2:14: description: is 301 characters long, want at most 300`,
		},
		{
			"step too long",
			"name: R\nexercises:\n  - name: Bird dog\n    steps: [" + long(301) + "]\n    hold: 5s\n",
			`r.yaml:4:13: exercise "bird-dog": steps: is 301 characters long, want at most 300`,
		},
		{
			"cue too long",
			withExercise("    hold: 5s\n    cue: " + long(301) + "\n"),
			`r.yaml:6:10: exercise "bird-dog": cue: is 301 characters long, want at most 300`,
		},
		{
			"setup too long",
			withExercise("    hold: 5s\n    setup: " + long(301) + "\n"),
			`r.yaml:6:12: exercise "bird-dog": setup: is 301 characters long, want at most 300`,
		},
		{
			"too many reps",
			withExercise("    hold: 5s\n    reps: 101\n"),
			`r.yaml:6:11: exercise "bird-dog": reps: want at most 100, got "101"`,
		},
		{
			"too many reps at the high end",
			withExercise("    hold: 5s\n    reps: 3-1000\n"),
			`r.yaml:6:11: exercise "bird-dog": reps: want at most 100, got "3-1000"`,
		},
		{
			"too many sides",
			withExercise("    hold: 5s\n    sides: [a, b, c, d, e]\n"),
			`r.yaml:6:12: exercise "bird-dog": sides: want at most 4 sides, got 5`,
		},
		{
			"a plan too long",
			"name: R\nexercises:\n" + exercises(2, "steps: [a], hold: 1s, rest: 1s, reps: 100, sides: [a, b, c, d]"),
			`r.yaml:3:3: exercises: want at most 1,000 steps in the plan (get-ready, holds and rests), got 1,600; use fewer reps, sides or exercises`,
		},
		{
			"a plan too long at the full level only",
			"name: R\nexercises:\n" + exercises(2, "steps: [a], hold: 1s, rest: 1s, reps: 10-100, sides: [a, b, c, d]"),
			`r.yaml:3:3: exercises: want at most 1,000 steps in the plan (get-ready, holds and rests), got 1,600 at the full level; use fewer reps, sides or exercises`,
		},
		{
			"a routine too long",
			"name: R\nexercises:\n" + exercises(3, "steps: [a], hold: 50m"),
			`r.yaml:3:3: exercises: want at most 2h in all, got 2h30m30s; use shorter holds, or fewer reps, sides or exercises`,
		},
		{
			"a routine too long at the full level only",
			"name: R\nexercises:\n" + exercises(1, "steps: [a], hold: 10-30m, reps: 5"),
			`r.yaml:3:3: exercises: want at most 2h in all, got 2h30m30s at the full level; use shorter holds, or fewer reps, sides or exercises`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := routines.Parse("r.yaml", []byte(c.src))
			if err == nil || err.Error() != c.want {
				t.Errorf("error:\n got %v\nwant %s", err, c.want)
			}
		})
	}
}

// TestParseAcceptsTheLimits: a routine at every limit at once is valid,
// and its plan and time are within theirs.
func TestParseAcceptsTheLimits(t *testing.T) {
	src := "id: " + strings.Repeat("a", 60) + "\nname: " + strings.Repeat("n", 60) +
		"\ndescription: " + strings.Repeat("d", 300) + "\nexercises:\n" +
		"  - name: " + strings.Repeat("b", 60) + "\n    steps:\n" + strings.Repeat("      - "+strings.Repeat("s", 300)+"\n", 12) +
		"    hold: 1s\n    rest: 1s\n    reps: 100\n    sides: [a, b, c, " + strings.Repeat("z", 60) + "]\n" +
		"    cue: " + strings.Repeat("c", 300) + "\n    setup: " + strings.Repeat("u", 300) + "\n" +
		exercises(19, "steps: [a], hold: 1m, reps: 2")
	r := mustParse(t, "r.yaml", src)
	if len(r.Exercises) != 20 {
		t.Fatalf("%d exercises, want 20", len(r.Exercises))
	}
	p := routines.NewPlan(r, routines.Full)
	if n := len(p.Steps); n > 1000 || n != routines.PlanLength(r, routines.Full) {
		t.Errorf("plan of %d steps, PlanLength %d; want them equal and at most 1,000", n, routines.PlanLength(r, routines.Full))
	}
	if d := routines.Estimate(r, routines.Full); d > 2*time.Hour || d != p.Total() {
		t.Errorf("Estimate %v, plan total %v; want them equal and at most 2h", d, p.Total())
	}
}

// TestParseRefusesThePlanBomb: the 1 MiB file of issue 10 that ran list
// and the picker out of memory (13,246 exercises of 1,000 reps on 10
// sides) is refused at once, in one line.
func TestParseRefusesThePlanBomb(t *testing.T) {
	src := planBomb()
	if len(src) > routines.MaxFileSize || len(src) < routines.MaxFileSize-200 {
		t.Fatalf("the bomb is %d bytes, want just under 1 MiB", len(src))
	}
	n := strings.Count(string(src), "\n  - ")
	_, err := routines.Parse("bomb.yaml", src)
	want := fmt.Sprintf("bomb.yaml:3:3: exercises: want at most 20 exercises, got %d,%03d", n/1000, n%1000)
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %.300v\nwant %s", err, want)
	}
}

// planBomb is a valid-looking 1 MiB routine of about 13,000 exercises
// that would expand to some 260 million steps.
func planBomb() []byte {
	src := "name: Bomb\nexercises:\n" + exercises(13246, "steps: [a], hold: 1h, reps: 1000, sides: [a,b,c,d,e,f,g,h,i,j]")
	return []byte(src[:strings.LastIndex(src[:routines.MaxFileSize], "\n")+1])
}

// TestParseRefusesManySteps: 500,000 lines of steps (1 MB) made every
// frame take seconds.
func TestParseRefusesManySteps(t *testing.T) {
	src := "name: R\nexercises:\n  - name: Bird dog\n    hold: 5s\n    steps:\n" + strings.Repeat("      - a\n", 100_000)
	_, err := routines.Parse("r.yaml", []byte(src))
	want := `r.yaml:6:7: exercise "bird-dog": steps: want at most 12 lines, got 100,000`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %.300v\nwant %s", err, want)
	}
}

// TestParseCapsTheErrors: 100,000 unknown fields gave 12.7 MB of errors.
func TestParseCapsTheErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("name: R\nexercises:\n" + birdDog)
	for i := range 100_000 {
		fmt.Fprintf(&b, "f%d: x\n", i)
	}
	_, err := routines.Parse("r.yaml", []byte(b.String()))
	var es routines.Errors
	if !errorsAs(err, &es) || len(es) != 21 {
		t.Fatalf("got %d problems, want 20 and a line for the rest", len(es))
	}
	if got, want := es[19].Error(), `r.yaml:25:1: unknown field "f19", want one of id, name, description, rest, exercises`; got != want {
		t.Errorf("problem 20:\n got %s\nwant %s", got, want)
	}
	if got, want := es[20].Error(), `r.yaml: ...and 99,980 more errors in this file`; got != want {
		t.Errorf("last line:\n got %s\nwant %s", got, want)
	}
	if n := len(err.Error()); n > 3000 {
		t.Errorf("the errors are %d bytes, want a few lines", n)
	}
}

// TestMessagesQuoteLongValuesShort: a value quoted in a message is cut,
// so a 1,000,000-character field gives a line, not a megabyte.
func TestMessagesQuoteLongValuesShort(t *testing.T) {
	huge := strings.Repeat("x", 1_000_000)
	cases := []struct{ name, src, want string }{
		{"a hold", withExercise("    hold: " + huge + "\n"),
			`r.yaml:5:11: exercise "bird-dog": hold: want a duration like 30s, got "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (1,000,000 characters)`},
		{"an unknown field", "name: R\n? " + huge + "\n: 1\nexercises:\n" + birdDog,
			`r.yaml:2:3: unknown field "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (1,000,000 characters), want one of id, name, description, rest, exercises`},
		{"an id that labels an exercise", withExercise("    id: " + huge + "\n    hold: 5s\n    reps: 0\n"),
			`r.yaml:5:9: exercise "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (1,000,000 characters): id: is 1,000,000 characters long, want at most 60` + "\n" +
				`r.yaml:7:11: exercise "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (1,000,000 characters): reps: want at least 1, got "0"`},
		{"a name", "name: " + huge + "\nexercises:\n" + birdDog,
			`r.yaml:1:7: name: is 1,000,000 characters long, want at most 60`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := routines.Parse("r.yaml", []byte(c.src))
			if err == nil || err.Error() != c.want {
				t.Errorf("error:\n got %.400v\nwant %s", err, c.want)
			}
		})
	}
}

// TestEstimateIsComputed: the time is worked out, not a plan built, so
// list and the picker cost nothing however long a routine is; it is the
// plan's total, and it does not overflow.
func TestEstimateIsComputed(t *testing.T) {
	for _, r := range builtIns(t) {
		for _, l := range []routines.Level{routines.Gentle, routines.Full} {
			p := routines.NewPlan(r, l)
			if got, want := routines.Estimate(r, l), p.Total(); got != want {
				t.Errorf("%s at %v: Estimate %v, plan total %v", r.ID, l, got, want)
			}
			if got, want := routines.PlanLength(r, l), len(p.Steps); got != want {
				t.Errorf("%s at %v: PlanLength %d, plan of %d steps", r.ID, l, got, want)
			}
			if a := testing.AllocsPerRun(10, func() { routines.Estimate(r, l) }); a != 0 {
				t.Errorf("%s: Estimate allocates %v times; want it computed, not built", r.ID, a)
			}
		}
	}
	// A routine made in code, past every limit: 300 exercises of 1,000
	// reps on 10 sides of an hour each showed 875904:25:27.
	e := routines.Exercise{Steps: []string{"a"}, Hold: routines.Span{Min: time.Hour, Max: time.Hour},
		Reps: routines.Count{Min: 1000, Max: 1000}, Sides: make([]string, 10), Rest: time.Hour}
	big := routines.Routine{Exercises: make([]routines.Exercise, 300)}
	for i := range big.Exercises {
		big.Exercises[i] = e
	}
	if got := routines.Estimate(big, routines.Full); got != math.MaxInt64 {
		t.Errorf("Estimate of 300 x 1000 x 10 x 1h = %v, want it to stop at the largest duration", got)
	}
	if got, want := routines.PlanLength(big, routines.Full), 300*20_000; got != want {
		t.Errorf("PlanLength = %d, want %d", got, want)
	}
}

func errorsAs(err error, es *routines.Errors) bool { return errors.As(err, es) }
