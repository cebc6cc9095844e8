//go:build linux

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"github.com/backcoach/backcoach/journal"
)

// Closing a terminal window sends SIGHUP, and the shell in it often sends
// another: however many come, backcoach exits 129 and the session's last
// record (quit) is on disk.
func TestRepeatedHangupsKeepTheLastRecord(t *testing.T) {
	needBinary(t)
	t.Parallel()
	for round := range 5 {
		tm := startRoutine(t, "low-back")
		tm.waitFor("GET READY", shortWait)
		for range 40 {
			_ = tm.cmd.Process.Signal(syscall.SIGHUP)
			time.Sleep(time.Millisecond)
		}
		tm.waitExit(129, 2*time.Second)
		path := filepath.Join(tm.home, ".local", "state", "backcoach", "journal.jsonl")
		sessions, _, err := journal.Read(path)
		if err != nil || len(sessions) != 1 || sessions[0].Outcome != journal.Quit {
			t.Fatalf("round %d: journal %+v %v, want the session quit", round, sessions, err)
		}
	}
}

// SIGQUIT too ends the program with the terminal restored (131).
func TestQuitSignalRestoresTheTerminal(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startRoutine(t, "low-back")
	tm.waitFor("GET READY", shortWait)
	if err := tm.cmd.Process.Signal(syscall.SIGQUIT); err != nil {
		t.Fatal(err)
	}
	tm.waitExit(131, 2*time.Second)
	tm.checkRestored()
	if strings.Contains(tm.raw(), "goroutine ") {
		t.Error("SIGQUIT dumped the goroutines on the screen")
	}
}

// backcoach --plain ... | head -1: the reader goes away, and backcoach
// ends with the terminal as it was (not raw), without a word on stderr.
func TestPlainIntoAClosedPipeRestoresTheTerminal(t *testing.T) {
	needBinary(t)
	t.Parallel()
	dir := routinesDir(t, "tiny.yaml", tinyRoutine)
	cmd := execShell(t, fmt.Sprintf("%q --no-journal --routines %s run tiny | head -1; echo exit=$?", bin, dir))
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := readAll(f, 15*time.Second)
	_ = cmd.Wait()
	if !strings.Contains(out, "backcoach is not medical advice") || !strings.Contains(out, "exit=0") {
		t.Fatalf("output %q, want the first line and head's exit 0", out)
	}
	if strings.Contains(out, "broken pipe") || strings.Contains(out, "panic") {
		t.Errorf("output %q", out)
	}
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if tio.Lflag&unix.ICANON == 0 || tio.Lflag&unix.ECHO == 0 || tio.Lflag&unix.ISIG == 0 {
		t.Errorf("the terminal was left without line editing, echo or signals (lflag %#x)", tio.Lflag)
	}
}

// readAll reads f until it ends or limit passes, and returns what it read.
func readAll(f *os.File, limit time.Duration) string {
	var (
		mu sync.Mutex
		b  strings.Builder
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			mu.Lock()
			b.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(limit):
	}
	mu.Lock()
	defer mu.Unlock()
	return b.String()
}

// ctrl+z gives the terminal back to the shell (main screen, cursor,
// cooked mode) and stops; the countdown stops with it. After fg (SIGCONT)
// backcoach takes the terminal again, redraws, and waits paused.
func TestSuspendAndResume(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startRoutine(t, "low-back")
	tm.waitFor("GET READY", shortWait)
	tm.markNow()
	tm.send("\x1a") // ctrl+z
	for deadline := time.Now().Add(shortWait); ; time.Sleep(10 * time.Millisecond) {
		if stopped(tm.cmd.Process.Pid) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("ctrl+z did not stop backcoach")
		}
	}
	// What backcoach wrote before it stopped may still be on its way
	// through the pty: give the reader a moment to catch up.
	left := func(out string) bool {
		i := strings.LastIndex(out, altScreenOff)
		return i >= 0 && strings.LastIndex(out, altScreenOn) < i
	}
	out := tm.raw()
	for deadline := time.Now().Add(time.Second); !left(out) && time.Now().Before(deadline); out = tm.raw() {
		time.Sleep(10 * time.Millisecond)
	}
	if !left(out) {
		t.Errorf("stopped with the alternate screen still on: %q", tail(out, 200))
	}
	if tio, err := unix.IoctlGetTermios(int(tm.pty.Fd()), unix.TCGETS); err != nil || tio.Lflag&unix.ICANON == 0 {
		t.Errorf("stopped with the terminal still raw (%v)", err)
	}
	time.Sleep(1500 * time.Millisecond) // time that must not count
	tm.markNow()
	if err := tm.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	tm.waitFor("PAUSED", shortWait)
	if !strings.Contains(tm.raw()[len(out):], altScreenOn) {
		t.Error("after fg the alternate screen was not taken again")
	}
	tm.markNow()
	tm.send(" ")
	tm.waitFor("pause", shortWait) // keys act at once: raw mode again
	tm.send("\x03")
	tm.waitExit(0, exitWait)
	tm.checkRestored()
}

// stopped reports whether a process is stopped (state T in /proc).
func stopped(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i > 0 && i+2 < len(s) && (s[i+2] == 'T' || s[i+2] == 't')
}

// A paste is text, not keys: 100 KB pasted into a routine changes
// nothing (no pain rating, no skip, no quit), and nothing of it reaches
// the shell afterwards.
func TestAPasteIsNoKeys(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := start(t, "run", "low-back")
	tm.waitFor("How does your back feel", shortWait)
	tm.send("\r")
	tm.waitFor("GET READY", shortWait)
	if !strings.Contains(tm.raw(), "\x1b[?2004h") {
		t.Fatal("bracketed paste was not turned on")
	}
	paste := strings.Repeat("x9s pq y\r ", 10000)
	tm.markNow()
	tm.send("\x1b[200~" + paste + "\x1b[201~")
	time.Sleep(300 * time.Millisecond) // the paste being read: no countdown
	tm.send("\x1b[C")                  // →: still the routine, start the hold
	tm.waitFor("HOLD 30s", shortWait)
	tm.send("q")
	tm.quitToEnd(true)
	tm.waitExit(0, exitWait)
	tm.checkRestored()
	if !strings.Contains(tm.raw(), "\x1b[?2004l") {
		t.Error("bracketed paste was left on")
	}
	path := filepath.Join(tm.home, ".local", "state", "backcoach", "journal.jsonl")
	sessions, _, _ := journal.Read(path)
	if len(sessions) != 1 || sessions[0].PainBefore != nil || sessions[0].Exercises[0].Skipped != 0 {
		t.Errorf("journal %+v: the paste acted as keys", sessions)
	}
}

// A terminal that moves no cursor, or may not (TERM dumb, unknown, or
// none), gets the plain lines, for the coach and for remind; a terminal
// that reports 0x0 is drawn at 80x24.
func TestDumbAndSizelessTerminals(t *testing.T) {
	needBinary(t)
	t.Parallel()
	for _, c := range []struct{ env, args, want string }{
		{"TERM=dumb", "run low-back", "Get ready: Piriformis stretch"},
		{"TERM=unknown", "run low-back", "Get ready: Piriformis stretch"},
		{"-u TERM", "run low-back", "Get ready: Piriformis stretch"},
		{"TERM=", "", "Routine 1 of 2: Low back"},
		{"TERM=dumb", "remind", "Next break "},
	} {
		t.Run(c.env+" "+c.args, func(t *testing.T) {
			t.Parallel()
			out := outputIn(t, fmt.Sprintf("env %s %q --no-journal %s", c.env, bin, c.args), 80, 24)
			if strings.Contains(out, "\x1b[") || !strings.Contains(out, c.want) {
				t.Errorf("wrote %q, want plain lines", out)
			}
		})
	}

	out := outputIn(t, fmt.Sprintf("%q --no-journal run low-back", bin), 0, 0)
	if !strings.Contains(stripANSI(out), "Piriformis stretch") || !strings.Contains(stripANSI(out), "GET READY") {
		t.Errorf("a 0x0 terminal drew %q, want the session at 80x24", stripANSI(out))
	}
}

// outputIn is what a shell script writes in its first 1.5s in a cols by
// rows pseudo-terminal; it is then ended with SIGTERM.
func outputIn(t *testing.T, script string, cols, rows uint16) string {
	t.Helper()
	cmd := execShell(t, script)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: cols, Rows: rows})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := readAll(f, 1500*time.Millisecond)
	_ = cmd.Process.Signal(syscall.SIGTERM)
	_ = cmd.Wait()
	return out
}
