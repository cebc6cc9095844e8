package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/fsx/fsxtest"
)

// config.yaml linked to /dev/ptmx is refused without being opened: an
// open would make a terminal at each start.
func TestAConfigLinkedToPtmxMakesNoTerminal(t *testing.T) {
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.Symlink(fsxtest.Ptmx, p); err != nil {
		t.Fatal(err)
	}
	fsxtest.NoTerminalMade(t, "Load", func() {
		if _, err := Load(p); !errors.Is(err, fsx.ErrNotRegular) {
			t.Errorf("Load: %v, want it refused", err)
		}
	})
}
