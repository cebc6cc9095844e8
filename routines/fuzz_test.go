package routines_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/routines"
)

// FuzzParse feeds the loader arbitrary files. Whatever the input, Parse
// must not panic or hang; an accepted routine must keep every promise the
// coach relies on, within every limit (its plan and time too); no text
// from the file may reach the terminal raw; and errors are a few short
// lines.
// The seeds are the built-ins, the test files and every bad-file case, so
// they also run with plain go test.
func FuzzParse(f *testing.F) {
	sub, err := fs.Sub(data.FS, "routines")
	if err != nil {
		f.Fatal(err)
	}
	_ = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := fs.ReadFile(sub, p)
			f.Add(b)
		}
		return nil
	})
	for _, dir := range []string{"testdata/good", "testdata/bad"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err == nil {
				f.Add(b)
			}
		}
	}
	for _, c := range parseErrorCases {
		f.Add([]byte(c.src))
	}
	f.Add([]byte("name: \"\\e[2J\\e]0;x\\a\"\nexercises:\n  - name: \"a\\u202eb\"\n    steps: [\"\\x1b[31mred\"]\n    hold: 5-10s\n    reps: 3-5\n"))
	// At and just past the limits, tags, invisible text and Unicode ids.
	f.Add([]byte("name: R\nexercises:\n" + exercises(20, "steps: [a], hold: 1s, reps: 10-100, sides: [a, b, c, d]")))
	f.Add([]byte("name: R\nexercises:\n" + exercises(21, "steps: [a], hold: 5s")))
	f.Add([]byte("name: R\nexercises:\n" + exercises(3, "steps: [a], hold: 30-50m, reps: 1-2")))
	f.Add([]byte("id: 日本-ñ\nname: !!str \"\\u200b\\u2066R\\u0301\"\nexercises:\n  - {name: \"\\u3164x\", id: \"cafe\\u0301\", steps: [!!binary AA==], hold: !foo 5s}\n"))
	f.Add([]byte("name: \"\\u009b31mR\"\nexercises:\n  - name: Ñandú\n    steps: [\"\\u009d0;t\\u009ca\"]\n    hold: 1h\n    reps: 2\n    sides: [\"\\u202e\", b]\n"))

	f.Fuzz(func(t *testing.T, src []byte) {
		r, err := routines.Parse("f.yaml", src)
		if err != nil {
			var es routines.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %v is %T, want a non-empty routines.Errors", err, err)
			}
			if len(es) > routines.MaxErrors+1 {
				t.Fatalf("%d problems listed, want at most %d and a line for the rest", len(es), routines.MaxErrors)
			}
			for _, e := range es {
				msg := e.Error()
				if !strings.HasPrefix(msg, "f.yaml") {
					t.Fatalf("error %q does not name the file", msg)
				}
				if len(msg) > 1000 {
					t.Fatalf("error of %d bytes, want a line: %.200q", len(msg), msg)
				}
				checkSafe(t, "error", msg)
			}
			return
		}
		checkRoutine(t, r)
	})
}

// checkRoutine fails unless an accepted routine keeps every promise the
// coach relies on: within every limit, its plan and time bounded, and its
// text clean.
func checkRoutine(t *testing.T, r routines.Routine) {
	t.Helper()
	if r.Name == "" || len(r.Exercises) == 0 || len(r.Exercises) > routines.MaxExercises {
		t.Fatalf("accepted a routine without a name or with %d exercises: %+v", len(r.Exercises), r)
	}
	checkID(t, r.ID)
	checkText(t, "name", r.Name, routines.MaxNameLen)
	if r.Description != "" {
		checkText(t, "description", r.Description, routines.MaxTextLen)
	}
	ids := map[string]bool{}
	for _, e := range r.Exercises {
		if ids[e.ID] {
			t.Fatalf("accepted two exercises with id %q", e.ID)
		}
		ids[e.ID] = true
		checkID(t, e.ID)
		checkText(t, "exercise name", e.Name, routines.MaxNameLen)
		if len(e.Steps) == 0 || len(e.Steps) > routines.MaxSteps {
			t.Fatalf("accepted %d steps", len(e.Steps))
		}
		for _, s := range e.Steps {
			checkText(t, "step", s, routines.MaxTextLen)
		}
		if len(e.Sides) > routines.MaxSides {
			t.Fatalf("accepted %d sides", len(e.Sides))
		}
		for _, s := range e.Sides {
			checkText(t, "side", s, routines.MaxNameLen)
		}
		for what, s := range map[string]string{"cue": e.Cue, "setup": e.Setup} {
			if s != "" {
				checkText(t, what, s, routines.MaxTextLen)
			}
		}
		if e.Hold.Min <= 0 || e.Hold.Min > e.Hold.Max || e.Hold.Max > routines.MaxDuration ||
			e.Rest <= 0 || e.Rest > routines.MaxDuration || e.Prepare < 0 || e.Prepare > routines.MaxDuration {
			t.Fatalf("accepted times hold %v rest %v prepare %v", e.Hold, e.Rest, e.Prepare)
		}
		if e.Reps.Min < 1 || e.Reps.Min > e.Reps.Max || e.Reps.Max > routines.MaxReps {
			t.Fatalf("accepted reps %v", e.Reps)
		}
		if len(e.Figure) > routines.MaxFigureFrames {
			t.Fatalf("accepted %d frames", len(e.Figure))
		}
		for _, frame := range e.Figure {
			if len(frame) == 0 || len(frame) > routines.MaxFigureRows {
				t.Fatalf("accepted a frame of %d lines", len(frame))
			}
			for _, l := range frame {
				checkSafe(t, "figure", l)
			}
		}
	}
	for _, l := range []routines.Level{routines.Gentle, routines.Full} {
		p := routines.NewPlan(r, l)
		if len(p.Steps) == 0 || len(p.Steps) > routines.MaxPlanSteps || len(p.Steps) != routines.PlanLength(r, l) {
			t.Fatalf("plan at %v: %d steps, PlanLength %d, limit %d", l, len(p.Steps), routines.PlanLength(r, l), routines.MaxPlanSteps)
		}
		if d := p.Total(); d <= 0 || d > routines.MaxTotal || d != routines.Estimate(r, l) {
			t.Fatalf("plan at %v: total %v, Estimate %v, limit %v", l, d, routines.Estimate(r, l), routines.MaxTotal)
		}
	}
}

// checkText fails unless s is shown as it is: nothing safetext.Line would
// remove or change, something visible, and at most max characters.
func checkText(t *testing.T, what, s string, max int) {
	t.Helper()
	checkSafe(t, what, s)
	if safetext.Line(s) != s {
		t.Fatalf("%s %q is not clean: Line makes it %q", what, s, safetext.Line(s))
	}
	if strings.TrimSpace(s) == "" || utf8.RuneCountInString(s) > max {
		t.Fatalf("%s %q: empty, or over %d characters", what, s, max)
	}
}

// checkID fails unless id is an id as Kebab writes them.
func checkID(t *testing.T, id string) {
	t.Helper()
	if id == "" || routines.Kebab(id) != id {
		t.Fatalf("accepted the id %q (Kebab makes it %q)", id, routines.Kebab(id))
	}
	checkSafe(t, "id", id)
}

// checkSafe fails when s could move the cursor, change colours, ring the
// bell, or reorder or hide text: every character safetext calls unsafe.
func checkSafe(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s %q is not UTF-8", what, s)
	}
	for _, r := range s {
		if safetext.Unsafe(r) {
			t.Fatalf("%s %q holds the unsafe character %U", what, s, r)
		}
	}
}
