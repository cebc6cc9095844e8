package breaks_test

import (
	"errors"
	"os"
	"testing"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/internal/fsx/fsxtest"
	"github.com/backcoach/backcoach/internal/nohang"
)

// A state file or lock file that is a link to /dev/ptmx was opened before
// it was refused, and each open made a terminal: status in a status bar
// made one a second. They are refused without being opened.
func TestStateFilesLinkedToPtmxMakeNoTerminal(t *testing.T) {
	p := mkdir(t, statePath(t))
	for _, name := range []string{p, p + ".lock"} {
		if err := os.Symlink(fsxtest.Ptmx, name); err != nil {
			t.Fatal(err)
		}
	}
	fsxtest.NoTerminalMade(t, "the state's opens", func() {
		if _, err := breaks.ReadState(p); !errors.Is(err, fsx.ErrNotRegular) {
			t.Errorf("ReadState: %v, want it refused", err)
		}
		if breaks.StateHeld(p) {
			t.Error("StateHeld of a link to a device")
		}
		if _, err := breaks.Claim(p); !errors.Is(err, fsx.ErrNotRegular) {
			t.Errorf("Claim: %v, want it refused", err)
		}
		if err := breaks.OwnState(p).Write(breaks.State{PID: 1}); !errors.Is(err, fsx.ErrNotRegular) {
			t.Errorf("Write: %v, want it refused", err)
		}
	})
}

// A state file linked to a file of /proc passed as a regular file, and
// one that blocks (/proc/kmsg) hung status: it is refused at once, named.
func TestAStateFileOfProcIsRefused(t *testing.T) {
	p := mkdir(t, statePath(t))
	if err := os.Symlink("/proc/self/status", p); err != nil {
		t.Fatal(err)
	}
	nohang.Within(t, "ReadState", func() {
		if _, err := breaks.ReadState(p); err == nil || err.Error() != p+": a file of /proc, not read" {
			t.Errorf("ReadState: %v, want %s: a file of /proc, not read", err, p)
		}
	})
}
