//go:build linux

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// quickRoutine finishes its first exercise two seconds in.
const quickRoutine = `name: Quick
exercises:
  - name: First
    steps: [Stand tall.]
    hold: 1s
    prepare: 1s
  - name: Second
    steps: [Breathe.]
    hold: 30s
  - name: Third
    steps: [Rest.]
    hold: 30s
`

// A kill -9 in the middle of a routine loses at most the exercise under
// way: every finished exercise is already in the journal.
func TestKilledMidRoutineKeepsFinishedExercises(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := start(t, "--routines", routinesDir(t, "quick.yaml", quickRoutine), "run", "quick")
	tm.waitFor("How does your back feel", shortWait)
	tm.send("4")
	tm.waitFor("exercise 2 of 3", shortWait) // the first one ended by the clock
	path := filepath.Join(tm.home, ".local", "state", "backcoach", "journal.jsonl")
	// The record is written in a command right after the boundary: wait
	// for it to be on disk (no countdown involved), then kill.
	for deadline := time.Now().Add(shortWait); ; time.Sleep(10 * time.Millisecond) {
		if b, _ := os.ReadFile(path); strings.Contains(string(b), `"end":"finished"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the finished exercise never reached the journal")
		}
	}
	if err := tm.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-tm.exited
	sessions, warns, err := journal.Read(path)
	if err != nil || len(warns) > 0 || len(sessions) != 1 {
		t.Fatalf("journal: %d sessions, warnings %v, err %v; want one session", len(sessions), warns, err)
	}
	s := sessions[0]
	if s.PainBefore == nil || *s.PainBefore != 4 || s.Routine.ID != "quick" {
		t.Errorf("session %+v, want the quick routine with pain 4 before", s)
	}
	if len(s.Exercises) != 3 || s.Exercises[0].ID != "first" || s.Exercises[0].End != journal.Finished || s.Exercises[0].Done != 1 ||
		s.Exercises[1].End != journal.Running || s.Exercises[2].End != journal.NotReached {
		t.Errorf("exercises %+v, want the first finished with its hold done, the second under way, the third not reached", s.Exercises)
	}
}

// history reads the journal without a terminal; --no-journal writes none.
func TestHistoryAndNoJournal(t *testing.T) {
	needBinary(t)
	t.Parallel()
	dir := routinesDir(t, "quick.yaml", quickRoutine)
	tm := start(t, "--routines", dir, "run", "quick")
	tm.waitFor("How does your back feel", shortWait)
	tm.send("\r")
	tm.waitFor("GET READY", shortWait)
	tm.send("s")
	tm.send("s")
	tm.send("s")
	tm.waitFor("End the routine now?", shortWait)
	tm.send("y")
	tm.waitFor("How does your back feel now", shortWait)
	tm.send("2")
	tm.waitFor("every hold skipped", shortWait)
	tm.send("q")
	tm.waitExit(0, exitWait)

	cmd := execIn(t, tm.home, "history")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Quick") || !strings.Contains(string(out), "Streak: 0 days") || strings.Contains(string(out), "\x1b") {
		t.Errorf("history: %v\n%s\nwant the session, no streak (every hold was skipped), and plain text into a pipe", err, out)
	}
	csv, err := execIn(t, tm.home, "history", "--export", "csv").CombinedOutput()
	if err != nil || strings.Count(string(csv), "\n") != 4 || !strings.Contains(string(csv), `,"skipped"`) {
		t.Errorf("csv: %v\n%s\nwant a header and 3 exercise rows", err, csv)
	}

	home2 := t.TempDir()
	tm2 := startIn(t, home2, "--no-journal", "--routines", dir, "run", "quick")
	tm2.waitFor("GET READY", shortWait) // no check-in
	tm2.send("\x03")
	tm2.waitExit(0, exitWait)
	if _, err := os.Stat(filepath.Join(home2, ".local", "state", "backcoach", "journal.jsonl")); !os.IsNotExist(err) {
		t.Errorf("--no-journal wrote a journal (stat: %v)", err)
	}
}

// execIn runs backcoach with plain pipes and HOME at home.
func execIn(t *testing.T, home string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = envIn(home)
	return cmd
}

func routinesDir(t *testing.T, name, body string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}
