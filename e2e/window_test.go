//go:build linux

package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// freshTermios is the mode a new pseudo-terminal starts in: the one
// backcoach's terminal was in before it started.
func freshTermios(t *testing.T) *unix.Termios {
	t.Helper()
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptm.Close()
	defer tty.Close()
	tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	return tio
}

// checkTermios checks that the terminal of tm is in the mode want, every
// flag and control character of it, as `stty -g` would show.
func (tm *term) checkTermios(want *unix.Termios) {
	tm.t.Helper()
	got, err := unix.IoctlGetTermios(int(tm.pty.Fd()), unix.TCGETS)
	if err != nil {
		tm.t.Fatal(err)
	}
	if *got != *want {
		tm.t.Errorf("the terminal's mode after exit:\n %+v\nwant the mode before:\n %+v", *got, *want)
	}
}

// A window far larger than any screen at a readable size costs no more
// than one of the largest real ones: the first frame comes at once, in
// little memory, and backcoach ends with the terminal as it was. (Drawn
// whole, 4000x3000 took 3.3 s and 600 MB, and 65535x65535 ran out of
// memory with the terminal left raw.)
func TestAHugeWindowCostsLittle(t *testing.T) {
	needBinary(t)
	for _, size := range [][2]uint16{{4000, 3000}, {65535, 65535}, {65535, 24}, {80, 65535}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			before := freshTermios(t)
			start := time.Now()
			tm := startSized(t, t.TempDir(), true, nil, size[0], size[1], "--no-journal", "run", "low-back")
			tm.waitFor("Piriformis stretch", 10*time.Second)
			took := time.Since(start)
			hwm := vmHWM(t, tm.cmd.Process.Pid)
			t.Logf("first frame after %v, peak memory %d MiB", took.Round(time.Millisecond), hwm/1024)
			if took > time.Second {
				t.Errorf("the first frame took %v, want under a second", took)
			}
			if hwm > 100<<10 {
				t.Errorf("peak memory %d MiB, want under 100", hwm>>10)
			}
			tm.send("\x03")
			tm.waitExit(0, exitWait)
			tm.checkRestored()
			tm.checkTermios(before)
		})
	}
}
