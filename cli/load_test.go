package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// Bidi controls and zero-width characters in names and file names reach
// neither list nor validate raw: names lose them, file names show them
// escaped.
func TestInvisibleCharactersNeverReachTheTerminal(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	write(t, dir, "evil\u202excod.yaml", "name: \"Neck \\u202eback\\u2066\"\nexercises:\n  - name: \"Chin\\u200b tuck\"\n    steps: [a]\n    hold: 5s\n")
	write(t, dir, "blank.yaml", "name: \"\\u200b\\u200c\\u200d\\ufeff\"\nexercises:\n  - name: a\n    steps: [a]\n    hold: 5s\n")
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	for _, args := range [][]string{{"list"}, {"validate"}} {
		r := call(t, env, args...)
		out := r.stdout + r.stderr
		if strings.ContainsFunc(out, func(r rune) bool { return r != '\n' && safetext.Unsafe(r) }) {
			t.Errorf("%v wrote an invisible or control character raw:\nstdout %q\nstderr %q", args, r.stdout, r.stderr)
		}
		if !strings.Contains(out, `evil\u202excod.yaml`) {
			t.Errorf("%v does not show the file name escaped:\nstdout %q\nstderr %q", args, r.stdout, r.stderr)
		}
	}
	if r := call(t, env, "list"); !strings.Contains(r.stdout, "Neck back") || !strings.Contains(r.stderr, "skipped, with errors: blank.yaml; run backcoach validate") {
		t.Errorf("list: want the cleaned name and the blank one refused:\nstdout %s\nstderr %s", r.stdout, r.stderr)
	}
	if r := call(t, env, "validate"); !strings.Contains(r.stdout, filepath.Join(dir, "blank.yaml")+":1:7: name: has no visible text, want text") {
		t.Errorf("validate: want the blank name refused:\n%s", r.stdout)
	}
}

// Files named without a-z: their own letters make the id, and a file
// with none is refused with what to do, not as a duplicate.
func TestFileNamesWithoutLatinLettersGetIDs(t *testing.T) {
	cfg := t.TempDir()
	dir := filepath.Join(cfg, "backcoach", "routines")
	write(t, dir, "日本.yaml", goodRoutine)
	nn := write(t, dir, "ñ.yaml", goodRoutine)
	write(t, dir, ".yaml", goodRoutine)
	write(t, dir, "!.yaml", goodRoutine)
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	r := call(t, env, "list")
	for _, want := range []string{"\n日本 ", "\nñ "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("list lacks the id %q:\n%s", strings.TrimSpace(want), r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\n  ") || strings.Contains(r.stderr, "already the id") {
		t.Errorf("list shows a blank id or a duplicate:\nstdout %s\nstderr %s", r.stdout, r.stderr)
	}
	v := call(t, env, "validate")
	if want := filepath.Join(dir, ".yaml") + ":1:1: id: the file name has no letters or digits to make an id from; add a line like id: my-routine"; !strings.Contains(v.stdout, want) {
		t.Errorf("validate:\n%s\nwant a line %s", v.stdout, want)
	}
	lib, err := load(libraryFlags{}, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	got, err := resolve(lib.routines, nn)
	if err != nil || got.ID != "ñ" {
		t.Errorf("resolve(%q) = id %q, %v; want ñ (an empty id opens the picker instead)", nn, got.ID, err)
	}
}
