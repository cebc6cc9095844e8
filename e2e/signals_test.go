//go:build linux

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A signal during a hold ends the program promptly and leaves the
// terminal as it was.
func TestSignalsDuringAHoldRestoreTheTerminal(t *testing.T) {
	needBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			tm := startRoutine(t, "low-back")
			tm.waitFor("GET READY", shortWait)
			tm.markNow()
			tm.send("\r")
			tm.waitFor("HOLD", shortWait)
			sent := time.Now()
			if err := tm.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			tm.waitExit(128+int(sig), time.Second)
			t.Logf("%v: ended %v after the signal", sig, time.Since(sent).Round(time.Millisecond))
			tm.checkRestored()
		})
	}
}

// Closing the window (the pty's other end goes away) ends the program
// instead of leaving it spinning on a dead terminal. (Go closes the pty
// only once the reader's pending read returns, at the next redraw, so the
// measured time includes up to a second of that.)
func TestClosedTerminalEndsTheProgram(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startRoutine(t, "low-back")
	tm.waitFor("GET READY", shortWait)
	closed := time.Now()
	_ = tm.pty.Close()
	select {
	case <-tm.exited:
		t.Logf("ended %v after the terminal closed", time.Since(closed).Round(time.Millisecond))
	case <-time.After(2 * time.Second):
		t.Fatal("backcoach still running 2s after its terminal went away")
	}
	if ps := tm.cmd.ProcessState; ps != nil {
		if cpu := ps.UserTime() + ps.SystemTime(); cpu > 500*time.Millisecond {
			t.Errorf("used %v of CPU: it spun after the terminal went away", cpu)
		}
	}
}

// backcoach history --export csv | head -1: a reader that goes away ends
// the program quietly, without a panic or an error message, and with exit
// 0 (not 141, killed by SIGPIPE): it did what was asked.
func TestClosedPipeEndsQuietly(t *testing.T) {
	needBinary(t)
	t.Parallel()
	home := t.TempDir()
	state := filepath.Join(home, ".local", "state", "backcoach")
	if err := os.MkdirAll(state, 0o700); err != nil {
		t.Fatal(err)
	}
	// Enough sessions that each export overflows the pipe's buffer (a
	// routines folder is read up to 100 files now: list and validate
	// no longer write that much).
	var journal strings.Builder
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := range 1500 {
		at := start.Add(time.Duration(i) * time.Hour)
		fmt.Fprintf(&journal, `{"v":1,"session":"s%04d","seq":1,"started":%q,"ended":%q,"routine":{"id":"upper-back","name":"Upper back","source":"built-in"},"level":"gentle","outcome":"finished","exercises":[{"id":"shoulder-roll","name":"Shoulder roll","planned":2,"done":2,"skipped":0,"seconds":60,"end":"finished"}]}`+"\n",
			i, at.Format(time.RFC3339), at.Add(time.Minute).Format(time.RFC3339))
	}
	if err := os.WriteFile(filepath.Join(state, "journal.jsonl"), []byte(journal.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"history", "--export", "csv"}, {"history", "--export", "json"}, {"list"}} {
		sh := fmt.Sprintf("%q %s | head -1; exit ${PIPESTATUS[0]}", bin, strings.Join(args, " "))
		cmd := exec.Command(mustLookPath(t, "bash"), "-c", sh)
		cmd.Env = envIn(home)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s: %v\n%s", sh, err, out)
		}
		if lines := strings.Split(strings.TrimSpace(string(out)), "\n"); len(lines) != 1 || strings.Contains(string(out), "panic") || strings.Contains(string(out), "broken pipe") {
			t.Errorf("%s printed:\n%s\nwant one line and nothing else", sh, out)
		}
	}
}

func mustLookPath(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func execShell(t *testing.T, script string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command("sh", "-c", script)
	cmd.Env = env(t)
	return cmd
}
