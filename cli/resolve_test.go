package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A broken routine of the user's, run by its id, is named with its
// file's first error, not as a routine that does not exist (issue 20,
// item 20).
func TestRunningABrokenRoutineSaysItsFirstError(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	path := write(t, dir, "mine.yaml", "name: Mine\nexercises:\n  - name: A\n    steps: [x]\n    hold: thirty\n    reps: many\n")
	r := call(t, map[string]string{"XDG_CONFIG_HOME": cfg}, "run", "mine")
	want := `routine "mine" is not loaded: its file has an error (and 1 more; backcoach validate lists them):` + "\n  " +
		path + `:5:11: exercise "a": hold: want a duration like 30s, got "thirty"`
	if r.code != 1 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, `no routine "mine"`) {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", r.code, r.stderr, want)
	}
}

// An id in the wrong case, or its first word, gets a "did you mean".
func TestANearIDIsSuggested(t *testing.T) {
	for _, c := range []struct{ arg, want string }{
		{"UPPER-BACK", `no routine "UPPER-BACK"; did you mean upper-back?`},
		{"upper", `no routine "upper"; did you mean upper-back?`},
		{"lowback", `no routine "lowback"; did you mean low-back?`},
		{"neck", `no routine "neck"; the routines are: low-back, upper-back`},
	} {
		if r := call(t, nil, "run", c.arg); r.code != 1 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("run %s: exit %d, %q, want %q", c.arg, r.code, r.stderr, c.want)
		}
	}
}

// new with a file name suggests the id it means: neck, not neck-yaml
// (issue 20, item 8).
func TestNewWithAFileNameSuggestsItsID(t *testing.T) {
	for _, arg := range []string{"neck.yaml", "Neck.YML", "./neck.yaml"} {
		r := call(t, nil, "new", arg)
		if r.code != 2 || !strings.Contains(r.stderr, "ids are lower-case words joined by -, like neck\n") || strings.Contains(r.stderr, "yaml,") {
			t.Errorf("new %s: exit %d, %q", arg, r.code, r.stderr)
		}
	}
}
