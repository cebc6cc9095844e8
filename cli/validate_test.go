package cli

import (
	"strings"
	"testing"
)

// validate's one rule: 0 when every routine file checked is valid, 1 when
// one has a problem or nothing was checked, 2 for a command-line mistake.
func TestValidateExitCodes(t *testing.T) {
	empty := t.TempDir()
	notes := t.TempDir()
	write(t, notes, "README.md", "# notes")
	good := write(t, t.TempDir(), "good.yaml", goodRoutine)
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout or stderr
	}{
		{"no arguments and no routines folder", []string{"validate"}, 1, "no routine files to check: give files or folders, or put routines in "},
		{"a folder with no files", []string{"validate", empty}, 1, empty + ": no routine files (*.yaml or *.yml) here"},
		{"a folder with no routine files", []string{"validate", notes}, 1, notes + ": no routine files (*.yaml or *.yml) here"},
		{"an empty folder beside a good file", []string{"validate", good, empty}, 1, good + ": ok"},
		{"a good file", []string{"validate", good}, 0, good + ": ok"},
		{"an unknown flag", []string{"validate", "--frobnicate"}, 2, "backcoach validate has no flag --frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, nil, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stdout+r.stderr, tt.want) {
				t.Errorf("exit %d, want %d and %q\nstdout: %s\nstderr: %s", r.code, tt.code, tt.want, r.stdout, r.stderr)
			}
		})
	}
}

// A folder scan takes Upper.YAML as validate takes it by name.
func TestValidateTakesExtensionsInAnyCase(t *testing.T) {
	dir := t.TempDir()
	upper := write(t, dir, "Upper.YAML", "name: Upper\nexercises: nope\n")
	neck := write(t, dir, "neck.Yml", goodRoutine)
	for _, args := range [][]string{{"validate", dir}, {"validate", upper, neck}} {
		r := call(t, nil, args...)
		want := upper + `:2:12: exercises: want a list of one or more exercises, got "nope"` + "\n" + neck + ": ok\n"
		if r.code != 1 || r.stdout != want {
			t.Errorf("%v: exit %d, output:\n%s\nwant:\n%s", args, r.code, r.stdout, want)
		}
	}
}

// --routines DIR is checked with or without other arguments, once.
func TestValidateChecksRoutinesDir(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "bad.yaml", "name: Bad\nexercises: nope\n")
	good := write(t, t.TempDir(), "good.yaml", goodRoutine)
	problem := bad + `:2:12: exercises: want a list of one or more exercises, got "nope"` + "\n"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", "--routines", dir}, problem},
		{[]string{"validate", good, "--routines", dir}, good + ": ok\n" + problem},
		{[]string{"validate", dir, "--routines", dir}, problem},
	} {
		r := call(t, nil, tt.args...)
		if r.code != 1 || r.stdout != tt.want {
			t.Errorf("%v: exit %d, output:\n%s\nwant:\n%s", tt.args, r.code, r.stdout, tt.want)
		}
	}
}
