//go:build linux

package e2e

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tmuxPane is backcoach in a pane of a tmux server of the test's own, for
// what only a real terminal emulator shows. Tests that need one skip
// where tmux is not installed.
type tmuxPane struct {
	t          *testing.T
	tmux, sock string
}

// startTmux runs command in a w by h tmux pane; the pane stays after it
// ends, for capture-pane.
func startTmux(t *testing.T, w, h int, command string) *tmuxPane {
	t.Helper()
	path, err := exec.LookPath("tmux")
	if err != nil {
		t.Skip("tmux is not installed")
	}
	p := &tmuxPane{t: t, tmux: path, sock: filepath.Join(t.TempDir(), "tmux")}
	t.Cleanup(func() { _ = exec.Command(path, "-S", p.sock, "kill-server").Run() })
	p.do("-f", "/dev/null", "new-session", "-d", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), command+"; sleep 600")
	return p
}

func (p *tmuxPane) do(args ...string) string {
	p.t.Helper()
	out, err := exec.Command(p.tmux, append([]string{"-S", p.sock}, args...)...).CombinedOutput()
	if err != nil {
		p.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// screen is what the pane shows.
func (p *tmuxPane) screen() string { return p.do("capture-pane", "-p") }

// waitFor waits until the pane shows text.
func (p *tmuxPane) waitFor(text string) {
	p.t.Helper()
	deadline := time.Now().Add(shortWait)
	for {
		s := p.screen()
		if strings.Contains(s, text) {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%q not shown within %v; the pane shows:\n%s", text, shortWait, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Started in a small pane that grows before the routine, backcoach leaves
// nothing of its last frame on the shell's screen: tmux 3.3a brings the
// alternate screen's rows back after a resize unless they were cleared.
func TestNoFrameIsLeftAfterTheWindowGrew(t *testing.T) {
	needBinary(t)
	t.Parallel()
	home := t.TempDir()
	p := startTmux(t, 30, 8, "env HOME="+home+" XDG_CONFIG_HOME="+home+"/.config "+bin+" --no-journal --quiet; echo END")
	p.waitFor("40x12")
	p.do("resize-window", "-x", "80", "-y", "24")
	p.waitFor("Choose a routine")
	p.do("send-keys", "Down", "Enter")
	p.waitFor("GET READY")
	p.do("send-keys", "q")
	p.waitFor("Quit this routine?")
	p.do("send-keys", "y")
	p.waitFor("another routine") // the summary (--no-journal: no check-in)
	p.do("send-keys", "q")
	p.waitFor("END")
	s := strings.TrimLeft(p.screen(), "\n")
	if !strings.HasPrefix(s, "Upper back stopped after") {
		t.Errorf("the shell's screen after backcoach:\n%s\nwant the report on the first line, no rows of the last frame above it", s)
	}
}
