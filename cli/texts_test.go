package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A state folder that cannot be made is named whole, with what stood in
// the way: the error named only /dev/null (issue 20, item 13).
func TestAStateFolderThatCannotBeMadeIsNamed(t *testing.T) {
	file := write(t, t.TempDir(), "afile", "")
	state := filepath.Join(file, "state")
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "XDG_STATE_HOME": state}
	r := callKeys(t, env, "How does your back feel", "run", "upper-back")
	want := "cannot make the folder " + filepath.Join(state, "backcoach") + ": " + file + " is not a folder"
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
}
