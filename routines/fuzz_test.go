package routines_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/routines"
)

// FuzzParse feeds the loader arbitrary files. Whatever the input, Parse
// must not panic or hang, an accepted routine must keep every promise the
// coach relies on, and no text from the file may reach the terminal raw.
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

	f.Fuzz(func(t *testing.T, src []byte) {
		r, err := routines.Parse("f.yaml", src)
		if err != nil {
			var es routines.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %v is %T, want a non-empty routines.Errors", err, err)
			}
			for _, e := range es {
				msg := e.Error()
				if !strings.HasPrefix(msg, "f.yaml") {
					t.Fatalf("error %q does not name the file", msg)
				}
				checkSafe(t, "error", msg)
			}
			return
		}
		if r.Name == "" || r.ID == "" || len(r.Exercises) == 0 {
			t.Fatalf("accepted a routine without name, id or exercises: %+v", r)
		}
		checkSafe(t, "name", r.Name)
		checkSafe(t, "description", r.Description)
		ids := map[string]bool{}
		for _, e := range r.Exercises {
			if ids[e.ID] {
				t.Fatalf("accepted two exercises with id %q", e.ID)
			}
			ids[e.ID] = true
			if e.Name == "" || e.ID == "" || len(e.Steps) == 0 {
				t.Fatalf("accepted an exercise without name, id or steps: %+v", e)
			}
			if e.Hold.Min <= 0 || e.Hold.Min > e.Hold.Max || e.Rest <= 0 || e.Prepare < 0 {
				t.Fatalf("accepted times hold %v rest %v prepare %v", e.Hold, e.Rest, e.Prepare)
			}
			if e.Reps.Min < 1 || e.Reps.Min > e.Reps.Max {
				t.Fatalf("accepted reps %v", e.Reps)
			}
			for _, s := range append(append([]string{e.Name, e.Cue}, e.Steps...), e.Sides...) {
				checkSafe(t, "text", s)
			}
		}
		for _, l := range []routines.Level{routines.Gentle, routines.Full} {
			p := routines.NewPlan(r, l)
			if p.Total() <= 0 || len(p.Steps) == 0 {
				t.Fatalf("plan at %v is empty", l)
			}
		}
	})
}

// checkSafe fails when s could move the cursor, change colours or ring
// the bell: every control character, ESC included.
func checkSafe(t *testing.T, what, s string) {
	t.Helper()
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' {
			t.Fatalf("%s %q holds control character %U", what, s, r)
		}
	}
}
