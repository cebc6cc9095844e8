//go:build linux

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A due break rings the bell and asks the terminal for a desktop
// notification (OSC 9 and OSC 777); status sees the running reminder.
func TestDueBreakNotifies(t *testing.T) {
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
		if status, _ = execIn(t, tm.home, "status").CombinedOutput(); strings.HasPrefix(string(status), "break due") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("status with a break due: %q, want it to say so", status)
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
