package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// new checks what validate checks, on the file it is about to write, and
// writes nothing validate would refuse: a 70-letter id made a file that
// exited 0, then failed validate ("id: is 70 characters long").
func TestNewWritesNothingValidateRefuses(t *testing.T) {
	cfg := t.TempDir()
	env := map[string]string{"XDG_CONFIG_HOME": cfg}
	dir := filepath.Join(cfg, "backcoach", "routines")
	long := strings.Repeat("a", 70)
	for _, args := range [][]string{{"new", long}, {"new", long, "--name", "Long"}} {
		r := call(t, env, args...)
		if want := "backcoach: new: the file would not validate: id: is 70 characters long, want at most 60\n"; r.code != 2 || !strings.HasPrefix(r.stderr, want) {
			t.Errorf("%.12s…: exit %d, stderr %q, want 2 and %q", args, r.code, r.stderr, want)
		}
		if _, err := os.Stat(filepath.Join(dir, long+".yaml")); err == nil {
			t.Errorf("%.12s…: the file was written", args)
		}
	}
	if _, err := os.Stat(filepath.Join(cfg, "backcoach")); err == nil {
		t.Error("new wrote into the config folder before refusing")
	}
	// Two files with one id in a folder: validate refuses the folder.
	other := write(t, dir, "desk-stretch.yaml", "id: desk\n"+goodRoutine)
	r := call(t, env, "new", "desk")
	if want := "backcoach: new: " + other + ` has the id "desk" already, and two files with one id are an error: give another id, like backcoach new desk-2`; r.code != 1 || !strings.HasPrefix(r.stderr, want) {
		t.Errorf("new desk: exit %d, stderr %q, want 1 and %q", r.code, r.stderr, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "desk.yaml")); err == nil {
		t.Error("new desk wrote desk.yaml")
	}
	if v := call(t, env, "validate"); v.code != 0 {
		t.Errorf("validate after new: exit %d\n%s", v.code, v.stdout)
	}
}
