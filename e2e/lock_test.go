//go:build linux

package e2e

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/journal"
)

// journalIn is the journal's path under home.
func journalIn(home string) string {
	return filepath.Join(home, ".local", "state", "backcoach", "journal.jsonl")
}

// holdJournalLock holds the lock on the journal at path from another
// process, as `flock -x journal.jsonl sleep 30` in a shell does, until
// the returned release or the test's end. flock's child is cat, which
// ends when its input closes.
func holdJournalLock(t *testing.T, path string) (release func()) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(mustLookPath(t, "flock"), "-x", path, "cat")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := false
	release = func() {
		if !done {
			done = true
			stdin.Close()
			_ = cmd.Wait()
		}
	}
	t.Cleanup(release)
	for deadline := time.Now().Add(shortWait); ; time.Sleep(5 * time.Millisecond) {
		if f, err := os.Open(path); err == nil {
			locked := errors.Is(fsx.TryLock(f), fsx.ErrLocked)
			f.Close()
			if locked {
				return release
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("flock did not take the journal's lock")
		}
	}
}

// quitRoutine starts low-back in home, and quits it (q, y, the check-in
// after skipped, q on the summary) once under way.
func quitRoutine(t *testing.T, home string) *term {
	t.Helper()
	tm := startIn(t, home, "run", "low-back")
	tm.waitFor("How does your back feel", shortWait)
	tm.send("\r")
	tm.waitFor("GET READY", shortWait)
	tm.send("q")
	tm.quitToEnd(true)
	return tm
}

// mergedAtNextRun starts a run in home once the lock is free, quits it
// at the check-in, and checks that the journal then holds the quit
// session that was kept aside, and that nothing is kept aside any more.
func mergedAtNextRun(t *testing.T, home string) {
	t.Helper()
	path := journalIn(home)
	if kept, _ := filepath.Glob(path + ".pending-*"); len(kept) != 1 {
		t.Fatalf("kept aside: %v, want one file", kept)
	}
	next := startIn(t, home, "run", "low-back")
	next.waitFor("How does your back feel", shortWait)
	next.send("\x03")
	next.waitExit(0, exitWait)
	sessions, warns, err := journal.Read(path)
	if err != nil || len(warns) > 0 || len(sessions) != 1 || sessions[0].Outcome != journal.Quit || sessions[0].Routine.ID != "low-back" {
		t.Fatalf("journal after the next run: %+v %v %v, want the quit session", sessions, warns, err)
	}
	if kept, _ := filepath.Glob(path + ".pending-*"); len(kept) != 0 {
		t.Errorf("still kept aside after the next run: %v", kept)
	}
}

// A journal whose lock another program holds and never lets go cannot
// hold backcoach after a routine: the screen closes, a SIGTERM during
// the wait for the lock ends it at once with 143 (a second one, too, if
// the first came before the wait began), and the session's end is kept
// aside, said, and added to the journal by the next run.
func TestALockedJournalGivesWayToASignal(t *testing.T) {
	needBinary(t)
	t.Parallel()
	home := t.TempDir()
	release := holdJournalLock(t, journalIn(home))
	tm := quitRoutine(t, home)
	for deadline := time.Now().Add(shortWait); !strings.Contains(tm.raw(), altScreenOff); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the screen did not close after the quit")
		}
	}
	start := time.Now()
	for tm.running() && time.Since(start) < 3*time.Second { // well within the 5 s wait
		_ = tm.cmd.Process.Signal(syscall.SIGTERM)
		time.Sleep(50 * time.Millisecond)
	}
	tm.waitExit(143, exitWait)
	tm.checkRestored()
	if out := tm.afterTUI(); !strings.Contains(out, "this session's end is kept in") {
		t.Errorf("after the screen: %q, want where the session's end is kept", out)
	}
	release()
	mergedAtNextRun(t, home)
}

// Without a signal the wait ends after journal.Patience, saying so: exit
// 1, and the session's end kept aside for the next run.
func TestALockedJournalIsWaitedForFiveSeconds(t *testing.T) {
	needBinary(t)
	t.Parallel()
	home := t.TempDir()
	release := holdJournalLock(t, journalIn(home))
	tm := quitRoutine(t, home)
	tm.waitExit(1, journal.Patience+shortWait)
	tm.checkRestored()
	out := strings.Join(strings.Fields(tm.afterTUI()), " ")
	if !strings.Contains(out, "another program holds its lock") || !strings.Contains(out, "the next run adds it to the journal") {
		t.Errorf("after the screen: %q, want the lock and where the session's end is kept said", out)
	}
	release()
	mergedAtNextRun(t, home)
}
