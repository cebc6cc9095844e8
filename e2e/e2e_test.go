//go:build linux

package e2e

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// bin is the backcoach binary TestMain builds.
var bin string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		// The fast pass (go test -short) is the unit tests: no binary
		// is built, and every test here says it skipped, and why.
		os.Exit(m.Run())
	}
	os.Exit(buildAndRun(m))
}

// needBinary skips t in the fast pass: every test here runs the built
// binary (or, for the release, builds it for every system).
func needBinary(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("e2e runs the built binary; skipped under -short (the fast pass)")
	}
}

func buildAndRun(m *testing.M) int {
	root, err := moduleRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	dir, err := os.MkdirTemp("", "backcoach-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	bin = filepath.Join(dir, "backcoach")
	build := exec.Command("go", "build", "-tags", "e2e", "-o", bin, "github.com/backcoach/backcoach")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: go build: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// moduleRoot is the folder of the go.mod this package belongs to.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return filepath.Abs("..")
	}
	return filepath.Dir(gomod), nil
}

// env is a clean environment for the binary: its own HOME and config
// folder (so the tester's routines never leak in), a known TERM, and
// nothing else that could change the colours or the input.
func env(t *testing.T) []string { return envIn(t.TempDir()) }

// envIn is env with HOME at home (the journal goes under it).
func envIn(home string) []string {
	return []string{
		"HOME=" + home,
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"TERM=xterm-256color",
		"PATH=" + os.Getenv("PATH"),
	}
}

// Terminal sequences the checks look for.
const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
	cursorHide   = "\x1b[?25l"
	cursorShow   = "\x1b[?25h"
)

// ansiRE matches CSI sequences, OSC sequences (ended by BEL or ST), and
// the two-byte escapes (like ESC 7, ESC =).
var ansiRE = regexp.MustCompile(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_0-9=>]`)

func stripANSI(s string) string { return ansiRE.ReplaceAllString(s, "") }

// term is backcoach running in a pseudo-terminal.
type term struct {
	t    *testing.T
	home string // HOME: the config and the journal are under it
	cmd  *exec.Cmd
	pty  *os.File
	mark int // waitFor looks at the output from here on

	mu       sync.Mutex
	out      bytes.Buffer
	answered int // queries before this offset in out have been answered

	readDone chan struct{} // closed when the pty has nothing more to read
	exited   chan struct{} // closed when the process has ended
	waitErr  error         // cmd.Wait's result, set before exited is closed
}

// start runs backcoach with args in an 80x24 pseudo-terminal that answers
// terminal queries as xterm does. The process is killed, and the pty
// closed, when the test ends.
func start(t *testing.T, args ...string) *term {
	t.Helper()
	return startTerm(t, true, args...)
}

// startRoutine runs `backcoach run id` and skips the pain check-in with
// enter, so the routine is under way.
func startRoutine(t *testing.T, id string) *term {
	t.Helper()
	tm := start(t, "run", id)
	tm.waitFor("How does your back feel", shortWait)
	tm.send("\r")
	return tm
}

// startTerm is start; with answer false the terminal ignores queries, as
// some pseudo-terminals (CI runners, hook runners, ssh -tt) do.
func startTerm(t *testing.T, answer bool, args ...string) *term {
	t.Helper()
	return startTermIn(t, t.TempDir(), answer, args...)
}

// startWithPath is start with PATH set to path alone.
func startWithPath(t *testing.T, path string, args ...string) *term {
	t.Helper()
	return startWithEnv(t, []string{"PATH=" + path}, args...)
}

// startWithEnv is start with the variables of extra (NAME=value) added
// to env's, or replacing them.
func startWithEnv(t *testing.T, extra []string, args ...string) *term {
	t.Helper()
	return startTermEnv(t, t.TempDir(), true, extra, args...)
}

// startIn is start with HOME at home.
func startIn(t *testing.T, home string, args ...string) *term {
	t.Helper()
	return startTermIn(t, home, true, args...)
}

func startTermIn(t *testing.T, home string, answer bool, args ...string) *term {
	t.Helper()
	return startTermEnv(t, home, answer, nil, args...)
}

func startTermEnv(t *testing.T, home string, answer bool, extra []string, args ...string) *term {
	t.Helper()
	return startSized(t, home, answer, extra, 80, 24, args...)
}

// startSized is startTermEnv in a pseudo-terminal of cols by rows.
func startSized(t *testing.T, home string, answer bool, extra []string, cols, rows uint16, args ...string) *term {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(envIn(home), extra...) // the last of a name counts
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: cols, Rows: rows})
	if err != nil {
		t.Fatalf("start backcoach in a pty: %v", err)
	}
	tm := &term{t: t, home: home, cmd: cmd, pty: f, readDone: make(chan struct{}), exited: make(chan struct{})}
	go func() {
		defer close(tm.readDone)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				tm.mu.Lock()
				tm.out.Write(buf[:n])
				reply := ""
				if answer {
					reply = tm.replies()
				}
				tm.mu.Unlock()
				if reply != "" {
					_, _ = f.WriteString(reply)
				}
			}
			if err != nil { // EIO once the child has closed its side
				return
			}
		}
	}()
	go func() {
		tm.waitErr = cmd.Wait()
		close(tm.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-tm.exited:
		default:
			_ = cmd.Process.Kill()
			<-tm.exited
		}
		_ = f.Close()
		<-tm.readDone
		if t.Failed() {
			t.Logf("raw output: %q", tm.raw())
		}
	})
	return tm
}

// queryRE matches the terminal queries backcoach sends at start-up:
// termenv (through lipgloss, from bubbletea's init) asks for the background
// colour (OSC 11) and fences it with a cursor position request (DSR 6).
var queryRE = regexp.MustCompile(`\x1b\]11;\?(?:\x07|\x1b\\)|\x1b\[6n`)

// replies answers the queries in the output not yet answered, as xterm
// would: a black background and the cursor at the top left. Unanswered,
// termenv waits 5s for them before the program starts. (backcoach settles
// the background itself, see package termbg, so it should not ask at all;
// TestStartsWithoutAskingTheTerminal checks that.) The caller holds mu.
func (tm *term) replies() string {
	var b strings.Builder
	base := tm.answered
	rest := tm.out.Bytes()[base:]
	for _, loc := range queryRE.FindAllIndex(rest, -1) {
		if bytes.HasPrefix(rest[loc[0]:], []byte("\x1b]11")) {
			b.WriteString("\x1b]11;rgb:0000/0000/0000\x1b\\")
		} else {
			b.WriteString("\x1b[1;1R")
		}
		tm.answered = base + loc[1]
	}
	return b.String()
}

// raw is all the output so far, escape sequences and all.
func (tm *term) raw() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.out.String()
}

// markNow makes later waitFor calls look only at output from now on.
func (tm *term) markNow() {
	tm.mu.Lock()
	tm.mark = tm.out.Len()
	tm.mu.Unlock()
}

// waitFor waits until text shows in the output since the last markNow.
// It waits for output to arrive, never for a countdown: the program draws
// text right after a key or a resize.
func (tm *term) waitFor(text string, timeout time.Duration) {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		tm.mu.Lock()
		since := stripANSI(tm.out.String()[tm.mark:])
		tm.mu.Unlock()
		if strings.Contains(since, text) {
			return
		}
		select {
		case <-tm.readDone:
			tm.t.Fatalf("backcoach ended before showing %q; output since the mark:\n%s", text, since)
		default:
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("%q not shown within %v; output since the mark:\n%s", text, timeout, since)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// quitToEnd answers y to "Quit this routine?" and goes the way a quit
// goes: the check-in after, when checkin (enter skips it), then the
// summary, whose q quits.
func (tm *term) quitToEnd(checkin bool) {
	tm.t.Helper()
	tm.waitFor("Quit this routine?", shortWait)
	tm.markNow()
	tm.send("y")
	if checkin {
		tm.waitFor("How does your back feel now", shortWait)
		tm.markNow()
		tm.send("\r")
	}
	tm.waitFor("another routine", shortWait)
	tm.send("q")
}

// send types keys.
func (tm *term) send(keys string) {
	tm.t.Helper()
	if _, err := tm.pty.WriteString(keys); err != nil {
		tm.t.Fatalf("type %q: %v", keys, err)
	}
}

// resize changes the terminal's size, which sends the program SIGWINCH.
func (tm *term) resize(cols, rows uint16) {
	tm.t.Helper()
	if err := pty.Setsize(tm.pty, &pty.Winsize{Cols: cols, Rows: rows}); err != nil {
		tm.t.Fatalf("resize to %dx%d: %v", cols, rows, err)
	}
}

// running reports whether the process has not ended.
func (tm *term) running() bool {
	select {
	case <-tm.exited:
		return false
	default:
		return true
	}
}

// waitExit waits for the process to end, checks its exit code, and waits
// for the last of its output.
func (tm *term) waitExit(code int, timeout time.Duration) {
	tm.t.Helper()
	select {
	case <-tm.exited:
	case <-time.After(timeout):
		tm.t.Fatalf("backcoach still running %v after it was told to quit", timeout)
	}
	got := 0
	if tm.waitErr != nil {
		var ee *exec.ExitError
		if !errors.As(tm.waitErr, &ee) {
			tm.t.Fatalf("wait: %v", tm.waitErr)
		}
		got = ee.ExitCode()
	}
	if got != code {
		tm.t.Errorf("exit code %d (%v), want %d", got, tm.waitErr, code)
	}
	select {
	case <-tm.readDone:
	case <-time.After(2 * time.Second):
		tm.t.Fatalf("the pty was not closed 2s after backcoach ended")
	}
}

// checkRestored checks the program left the alternate screen and showed
// the cursor again on its way out.
func (tm *term) checkRestored() {
	tm.t.Helper()
	out := tm.raw()
	on := strings.LastIndex(out, altScreenOn)
	if on < 0 {
		tm.t.Errorf("the alternate screen was never entered (no %q)", altScreenOn)
	} else if !strings.Contains(out[on:], altScreenOff) {
		tm.t.Errorf("the alternate screen was not left: no %q after the last %q; output ends %q", altScreenOff, altScreenOn, tail(out, 200))
	}
	hide := strings.LastIndex(out, cursorHide)
	if hide >= 0 && !strings.Contains(out[hide:], cursorShow) {
		tm.t.Errorf("the cursor was left hidden: no %q after the last %q; output ends %q", cursorShow, cursorHide, tail(out, 200))
	}
	// The line discipline is shared by both ends of the pty: raw mode left
	// behind would show here as no echo and no line editing.
	if tio, err := unix.IoctlGetTermios(int(tm.pty.Fd()), unix.TCGETS); err != nil {
		tm.t.Errorf("read the terminal's mode: %v", err)
	} else if tio.Lflag&unix.ICANON == 0 || tio.Lflag&unix.ECHO == 0 {
		tm.t.Errorf("the terminal was left in raw mode (lflag %#x)", tio.Lflag)
	}
}

// afterTUI is what the program wrote after it left the alternate screen.
func (tm *term) afterTUI() string {
	out := tm.raw()
	if i := strings.LastIndex(out, altScreenOff); i >= 0 {
		return stripANSI(out[i+len(altScreenOff):])
	}
	return ""
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

const (
	shortWait = 5 * time.Second // for output that follows a key at once
	exitWait  = 3 * time.Second
)

func TestQuitFromPicker(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := start(t)
	tm.waitFor("Choose a routine", shortWait)
	tm.send("q")
	tm.waitExit(0, exitWait)
	tm.checkRestored()
	if rest := strings.TrimSpace(tm.afterTUI()); rest != "" {
		t.Errorf("quitting from the picker printed %q after the TUI, want nothing (no routine was started)", rest)
	}
}

// TestStartsWithoutAskingTheTerminal runs the coach in a terminal that
// never answers queries: bubbletea v1's init would ask for the background
// colour and wait 5s for the answer, unless backcoach settled it first.
func TestStartsWithoutAskingTheTerminal(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startTerm(t, false)
	tm.waitFor("Choose a routine", 2*time.Second) // well under termenv's 5s
	for _, q := range []string{"\x1b]11;?", "\x1b[6n"} {
		if strings.Contains(tm.raw(), q) {
			t.Errorf("backcoach sent the terminal query %q", q)
		}
	}
	tm.send("q")
	tm.waitExit(0, exitWait)
	tm.checkRestored()
}

func TestCtrlCDuringRoutine(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startRoutine(t, "low-back")
	tm.waitFor("GET READY", shortWait)
	tm.markNow()
	tm.send("\r") // start the hold now instead of after the 10s get-ready
	tm.waitFor("HOLD", shortWait)
	tm.send("\x03")
	tm.waitExit(0, 2*time.Second)
	tm.checkRestored()
	rest := strings.TrimSpace(tm.afterTUI())
	if !strings.HasPrefix(rest, "Low back stopped after") || strings.Contains(rest, "\n") {
		t.Errorf("output after the TUI = %q, want the one-line report %q", rest, "Low back stopped after ...")
	}
}

func TestQuitDuringRoutineAsksFirst(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startRoutine(t, "upper-back")
	tm.waitFor("GET READY", shortWait)
	tm.markNow()
	tm.send("q")
	tm.waitFor("Quit this routine?", shortWait)
	tm.markNow()
	tm.send("n")
	// The renderer repaints only changed lines: the help bar comes back
	// in place of the question, with the get-ready step's "start now".
	tm.waitFor("start now", shortWait)
	if !tm.running() {
		t.Fatal("backcoach ended after answering n to \"Quit this routine?\"")
	}
	tm.markNow()
	tm.send("q")
	tm.quitToEnd(true)
	tm.waitExit(0, exitWait)
	tm.checkRestored()
	if rest := tm.afterTUI(); !strings.Contains(rest, "Upper back stopped after") {
		t.Errorf("output after the TUI = %q, want the report %q", rest, "Upper back stopped after ...")
	}
}

func TestResize(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startRoutine(t, "low-back")
	tm.waitFor("exercise 1 of 3", shortWait)

	tm.markNow()
	tm.resize(40, 12)
	tm.waitFor("exercise 1 of 3", shortWait) // a resize repaints the whole screen

	tm.markNow()
	tm.resize(30, 10)
	tm.waitFor("40x12", shortWait)

	tm.markNow()
	tm.resize(80, 24)
	tm.waitFor("exercise 1 of 3", shortWait)

	tm.send("\x03")
	tm.waitExit(0, exitWait)
	tm.checkRestored()
}

// run runs backcoach without a terminal: stdin from /dev/null, stdout and
// stderr to buffers.
func run(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env(t)
	cmd.Dir = dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e // stdin nil: /dev/null
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatalf("start backcoach: %v", err)
	}
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	var err error
	select {
	case err = <-done:
	case <-time.After(exitWait):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("backcoach %s still running after %v; stdout %q stderr %q", strings.Join(args, " "), exitWait, o.String(), e.String())
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatalf("backcoach %s: %v", strings.Join(args, " "), err)
	}
	return o.String(), e.String(), code
}

func TestWithoutTerminal(t *testing.T) {
	needBinary(t)
	t.Parallel()

	t.Run("coach needs a terminal", func(t *testing.T) {
		t.Parallel()
		stdout, stderr, code := run(t, "")
		if code != 2 {
			t.Errorf("exit code %d, want 2", code)
		}
		if stdout != "" {
			t.Errorf("stdout = %q, want nothing", stdout)
		}
		if !strings.Contains(stderr, "needs a terminal") || strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
			t.Errorf("stderr = %q, want one line saying it needs a terminal", stderr)
		}
	})

	t.Run("list", func(t *testing.T) {
		t.Parallel()
		stdout, stderr, code := run(t, "", "list")
		if code != 0 {
			t.Errorf("exit code %d, want 0; stderr %q", code, stderr)
		}
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if len(lines) < 3 || !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "NAME") {
			t.Fatalf("stdout = %q, want a table with a header and the routines", stdout)
		}
		for _, id := range []string{"low-back", "upper-back"} {
			found := false
			for _, l := range lines[1:] {
				if f := strings.Fields(l); len(f) > 0 && f[0] == id {
					found = true
				}
			}
			if !found {
				t.Errorf("list has no row for %s:\n%s", id, stdout)
			}
		}
		if strings.Contains(stdout, "\x1b") {
			t.Errorf("list wrote escape sequences to a pipe: %q", stdout)
		}
	})

	t.Run("run unknown routine", func(t *testing.T) {
		t.Parallel()
		_, stderr, code := run(t, "", "run", "nope")
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
		for _, want := range []string{`"nope"`, "low-back", "upper-back"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, want)
			}
		}
	})

	t.Run("bad level", func(t *testing.T) {
		t.Parallel()
		_, stderr, code := run(t, "", "--level", "extreme")
		if code != 2 {
			t.Errorf("exit code %d, want 2", code)
		}
		if !strings.Contains(stderr, "extreme") {
			t.Errorf("stderr = %q, want it to name the bad level", stderr)
		}
	})

	t.Run("validate bad file", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		bad := "name: x\nexercises:\n  - name: Bird dog\n    steps: [a]\n    hold: thirty\n"
		if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		stdout, stderr, code := run(t, dir, "validate", "bad.yaml")
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
		want := `bad.yaml:5:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"`
		if !strings.Contains(stdout+stderr, want) {
			t.Errorf("stdout %q stderr %q, want the message %q", stdout, stderr, want)
		}
	})

	t.Run("validate good file", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		good := "name: x\nexercises:\n  - name: Bird dog\n    steps: [a]\n    hold: 30s\n"
		if err := os.WriteFile(filepath.Join(dir, "good.yaml"), []byte(good), 0o644); err != nil {
			t.Fatal(err)
		}
		stdout, stderr, code := run(t, dir, "validate", "good.yaml")
		if code != 0 {
			t.Errorf("exit code %d, want 0; stdout %q stderr %q", code, stdout, stderr)
		}
		if stdout != "good.yaml: ok\n" {
			t.Errorf("stdout = %q, want %q", stdout, "good.yaml: ok\n")
		}
	})
}
