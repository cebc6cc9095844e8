package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/safetext"
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
	if r := call(t, env, "list"); !strings.Contains(r.stdout, "Neck back") || !strings.Contains(r.stderr, "blank.yaml has errors") {
		t.Errorf("list: want the cleaned name and the blank one refused:\nstdout %s\nstderr %s", r.stdout, r.stderr)
	}
	if r := call(t, env, "validate"); !strings.Contains(r.stdout, filepath.Join(dir, "blank.yaml")+":1:7: name: has no visible text, want text") {
		t.Errorf("validate: want the blank name refused:\n%s", r.stdout)
	}
}
