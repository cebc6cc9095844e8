//go:build linux

package e2e

import (
	"strings"
	"testing"
	"time"
)

// A paste that never ends (ESC[200~ and no ESC[201~: a terminal that
// dropped the end, or a stranger's bytes) does not swallow the keys:
// ctrl+c quits at once, even inside it, and after half a second without
// input the paste is over and keys are keys again.
func TestAPasteThatNeverEndsSwallowsNoKeys(t *testing.T) {
	needBinary(t)
	t.Parallel()
	t.Run("ctrl+c", func(t *testing.T) {
		t.Parallel()
		tm := startRoutine(t, "low-back")
		tm.waitFor("GET READY", shortWait)
		tm.send("\x1b[200~abc")
		time.Sleep(100 * time.Millisecond) // apart, as typed
		tm.send("\x03")
		tm.waitExit(0, exitWait)
		tm.checkRestored()
	})
	t.Run("keys after a pause", func(t *testing.T) {
		t.Parallel()
		tm := startRoutine(t, "low-back")
		tm.waitFor("GET READY", shortWait)
		tm.markNow()
		tm.send("\x1b[200~abc q")
		time.Sleep(700 * time.Millisecond) // no input: the paste has ended
		tm.send("q")
		tm.quitToEnd(true)
		tm.waitExit(0, exitWait)
		tm.checkRestored()
	})
}

// A large paste costs time in proportion to its size, not its square
// (Bubble Tea v1 alone took 0.5 s for 1 MB, 6.7 s for 4 MB), and leaves
// the routine as it was.
func TestALargePasteCostsLittle(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startRoutine(t, "low-back")
	tm.waitFor("GET READY", shortWait)
	before := cpuTime(t, tm.cmd.Process.Pid)
	tm.markNow()
	tm.send("\x1b[200~" + strings.Repeat("x9s pq y\r ", 400_000) + "\x1b[201~")
	tm.send("\x1b[C") // →: still the routine, start the hold
	tm.waitFor("HOLD 30s", 30*time.Second)
	cpu := cpuTime(t, tm.cmd.Process.Pid) - before
	t.Logf("a 4 MB paste took %v of CPU", cpu.Round(time.Millisecond))
	if cpu > time.Second {
		t.Errorf("a 4 MB paste took %v of CPU, want well under a second", cpu)
	}
	tm.send("\x03")
	tm.waitExit(0, exitWait)
	tm.checkRestored()
}
