//go:build linux

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A due break rings the bell and asks the terminal for a desktop
// notification (OSC 9 and OSC 777); status sees the running reminder.
// The e2e build (-tags e2e) lowers remind's floor so that it rings in
// seconds.
func TestDueBreakNotifies(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := start(t, "remind", "--every", "2s", "--no-journal")
	tm.waitFor("Next break ", shortWait)
	// remind records its state in a command right after its first frame:
	// wait for it (no countdown involved).
	var status []byte
	for deadline := time.Now().Add(shortWait); ; time.Sleep(10 * time.Millisecond) {
		var err error
		if status, err = execIn(t, tm.home, "status").CombinedOutput(); err == nil && strings.HasPrefix(string(status), "next break ") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status while remind runs: %q", status)
		}
	}
	tm.waitFor("Time for a back break", 5*time.Second)
	for deadline := time.Now().Add(shortWait); ; time.Sleep(10 * time.Millisecond) {
		if status, _ = execIn(t, tm.home, "status").CombinedOutput(); strings.HasPrefix(string(status), "break due") || strings.HasPrefix(string(status), "break overdue 1 min") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status with a break due: %q, want it to say so (due, or overdue 1 min: rounded up)", status)
		}
	}
	raw := tm.raw()
	for _, seq := range []string{"\a\x1b]9;Time for a back break: Low back\x07", "\x1b]777;notify;backcoach;Time for a back break: Low back\x07"} {
		if !strings.Contains(raw, seq) {
			t.Errorf("a due break did not write %q", seq)
		}
	}
	tm.send("q")
	tm.waitExit(0, exitWait)
	tm.checkRestored()
	if _, err := os.Stat(filepath.Join(tm.home, ".local", "state", "backcoach", "remind.json")); !os.IsNotExist(err) {
		t.Errorf("remind left its state file behind (%v)", err)
	}
	status, _ = execIn(t, tm.home, "status").CombinedOutput()
	if strings.Contains(string(status), "next break") {
		t.Errorf("status after remind ended: %q", status)
	}
}

// A routine done with `backcoach run` while remind waits is the break:
// remind plans the next one from its end, and rings nothing for it.
func TestARunDuringRemindIsTheBreak(t *testing.T) {
	needBinary(t)
	t.Parallel()
	home := t.TempDir()
	dir := routinesDir(t, "tiny.yaml", tinyRoutine)
	tm := startIn(t, home, "remind", "--every", "20s", "--routines", dir)
	tm.waitFor("Next break ", shortWait)
	first := remindNext(t, home, time.Time{})

	run := startIn(t, home, "--plain", "--routines", dir, "--checkins", "never", "run", "tiny")
	run.waitFor("Done. Tiny finished", 15*time.Second)
	run.send("q")
	run.waitExit(0, exitWait)
	if !time.Now().Before(first) {
		t.Skipf("the routine took longer than remind's 20 s on this machine")
	}

	// remind looks at the journal as the break falls due, and moves it.
	moved := remindNext(t, home, first)
	if d := moved.Sub(first); d < 5*time.Second || d > 20*time.Second {
		t.Errorf("the next break moved from %v to %v, want about 20 s after the run ended", first, moved)
	}
	const notice = "\x1b]9;Time for a back break"
	if strings.Contains(tm.raw(), notice) {
		t.Fatal("remind rang for the break just taken with run")
	}
	tm.waitFor("Time for a back break", 25*time.Second) // the next one rings
	tm.send("q")
	tm.waitExit(0, exitWait)
}

// remindNext waits until remind's state names a next break after than,
// and returns it.
func remindNext(t *testing.T, home string, than time.Time) time.Time {
	t.Helper()
	path := filepath.Join(home, ".local", "state", "backcoach", "remind.json")
	var state struct{ Next time.Time }
	for deadline := time.Now().Add(40 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if b, err := os.ReadFile(path); err == nil && json.Unmarshal(b, &state) == nil && state.Next.After(than) {
			return state.Next
		}
	}
	t.Fatalf("remind's state never named a next break after %v (last: %v)", than, state.Next)
	return time.Time{}
}

// A lock file removed under a running remind (rm remind.json.lock) lets
// a second remind start; the first stops at its next write, saying why,
// with exit 1, and leaves the second's state as it is.
func TestARemindWhoseLockWasRemovedStops(t *testing.T) {
	needBinary(t)
	t.Parallel()
	home := t.TempDir()
	path := filepath.Join(home, ".local", "state", "backcoach", "remind.json")
	first := startIn(t, home, "remind", "--no-journal")
	first.waitFor("Next break ", shortWait)
	remindNext(t, home, time.Time{})
	if err := os.Remove(path + ".lock"); err != nil {
		t.Fatal(err)
	}
	second := startIn(t, home, "remind", "--no-journal")
	second.waitFor("Next break ", shortWait)
	pidIn := func() int {
		var state struct{ PID int }
		b, _ := os.ReadFile(path)
		_ = json.Unmarshal(b, &state)
		return state.PID
	}
	for deadline := time.Now().Add(shortWait); pidIn() != second.cmd.Process.Pid; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the second remind's state never appeared (pid %d in it)", pidIn())
		}
	}
	first.send("h") // pause: the first writes, and finds its lock gone
	first.waitExit(1, exitWait)
	first.checkRestored()
	if after := stripANSI(first.afterTUI()); !strings.Contains(after, "remind.json.lock was removed or replaced; another remind may run: this one stops") {
		t.Errorf("the first remind said %q", after)
	}
	if got := pidIn(); got != second.cmd.Process.Pid {
		t.Errorf("the state after the first stopped names pid %d, want the second's %d", got, second.cmd.Process.Pid)
	}
	second.send("q")
	second.waitExit(0, exitWait)
}
