package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/backcoach/backcoach/internal/fsx/fsxtest"
)

// state/level linked to /dev/ptmx made a terminal at each start: it is
// refused without being opened, and the settings stand.
func TestALevelLinkedToPtmxMakesNoTerminal(t *testing.T) {
	state := t.TempDir()
	path := filepath.Join(state, "backcoach", "level")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fsxtest.Ptmx, path); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		if k == "XDG_STATE_HOME" {
			return state
		}
		return ""
	}
	fsxtest.NoTerminalMade(t, "rememberedLevel", func() {
		if _, ok := rememberedLevel(getenv); ok {
			t.Error("a level read from a device")
		}
	})
}
