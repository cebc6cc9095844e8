package terminal

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

func newTest(w, h int) (*Terminal, *bytes.Buffer) {
	var buf bytes.Buffer
	return newTerminal(nil, nil, &buf, "xterm-256color", w, h), &buf
}

func TestDrawWritesOnlyWhatChanged(t *testing.T) {
	term, out := newTest(40, 5)
	view := "Bird dog\n\n  HOLD 0:05\n\nspace pause"
	if err := term.Draw(view); err != nil {
		t.Fatal(err)
	}
	first := out.String()
	if !strings.Contains(first, "\x1b[?1049h") || !strings.Contains(first, "Bird dog") || !strings.Contains(first, "space pause") {
		t.Fatalf("first frame %q lacks the alt screen or the text", first)
	}
	out.Reset()
	if err := term.Draw(view); err != nil || out.Len() != 0 {
		t.Fatalf("an unchanged view wrote %q", out.String())
	}
	if err := term.Draw(strings.Replace(view, "0:05", "0:04", 1)); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "4") || strings.Contains(got, "Bird") || len(got) > 20 {
		t.Errorf("one changed digit wrote %d bytes %q, want just the digit and a cursor move", len(got), got)
	}
}

func TestResizeRepaintsEverything(t *testing.T) {
	term, out := newTest(40, 5)
	view := "Bird dog\nspace pause"
	_ = term.Draw(view)
	out.Reset()
	term.Resize(30, 5)
	_ = term.Draw(view)
	if got := out.String(); !strings.Contains(got, "Bird dog") || !strings.Contains(got, "space pause") {
		t.Errorf("after a resize the same view wrote %q, want a full repaint", got)
	}
}

// A window larger than any real screen is drawn at most MaxWidth by
// MaxHeight, in its top left corner: what a frame costs is bounded (a
// frame of 65535x65535 cells drawn whole ran out of memory). The rows
// the view leaves blank cost nothing.
func TestAHugeWindowIsDrawnWithinTheBound(t *testing.T) {
	for _, size := range [][2]int{{65535, 65535}, {4000, 3000}, {65535, 3}, {3, 65535}} {
		term, out := newTest(size[0], size[1])
		term.Resize(size[0]-1, size[1]-1)
		if w, h := term.Size(); w != min(size[0]-1, MaxWidth) || h != min(size[1]-1, MaxHeight) {
			t.Errorf("%dx%d: drawn at %dx%d, want at most %dx%d", size[0], size[1], w, h, MaxWidth, MaxHeight)
		}
		view := strings.Repeat("x", 70000) + "\nBird dog\n" + strings.Repeat("\n", 70000) + "the end"
		if err := term.Draw(view); err != nil {
			t.Fatal(err)
		}
		if out.Len() > 2*MaxWidth+100 {
			t.Errorf("%dx%d: the frame wrote %d bytes, want at most a row of the bound and a little", size[0], size[1], out.Len())
		}
		if strings.Contains(out.String(), "the end") {
			t.Errorf("%dx%d: drew a line below the bound", size[0], size[1])
		}
		if n := len(term.r.cells); n > MaxHeight {
			t.Errorf("%dx%d: keeps %d rows", size[0], size[1], n)
		}
	}
}

func TestCloseRestoresOnce(t *testing.T) {
	term, out := newTest(40, 5)
	_ = term.Draw("hello")
	out.Reset()
	if err := term.Close(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "\x1b[?1049l") || !strings.Contains(got, "\x1b[?25h") {
		t.Errorf("close wrote %q, want the alt screen left and the cursor shown", got)
	}
	out.Reset()
	_ = term.Close()
	_ = term.Draw("again")
	_, _ = term.Write([]byte("\a"))
	if out.Len() != 0 {
		t.Errorf("after close, wrote %q", out.String())
	}
}

type brokenWriter struct{ writes int }

func (w *brokenWriter) Write(p []byte) (int, error) {
	w.writes++
	return 0, errors.New("input/output error")
}

func TestAFailedWriteMeansTheTerminalIsGone(t *testing.T) {
	w := &brokenWriter{}
	term := newTerminal(nil, nil, w, "xterm", 40, 5)
	if err := term.Draw("hello"); err == nil {
		t.Fatal("draw on a dead terminal reported no error")
	}
	select {
	case <-term.Lost():
	default:
		t.Fatal("a failed write did not mark the terminal lost")
	}
	_ = term.Draw("more")
	_, _ = term.Write([]byte("\a"))
	_ = term.Close()
	if w.writes != 1 {
		t.Errorf("%d writes to a dead terminal, want 1 (then stop)", w.writes)
	}
}

func TestTheInputsEndMeansTheTerminalIsGone(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	term := newTerminal(r, nil, &bytes.Buffer{}, "xterm", 40, 5)
	_, _ = w.Write([]byte("q"))
	in := term.Input()
	buf := make([]byte, 8)
	if n, err := in.Read(buf); n != 1 || err != nil {
		t.Fatalf("read %d %v, want the key", n, err)
	}
	select {
	case <-term.Lost():
		t.Fatal("a key marked the terminal lost")
	default:
	}
	w.Close()
	if _, err := in.Read(buf); err == nil {
		t.Fatal("read past the end gave no error")
	}
	select {
	case <-term.Lost():
	default:
		t.Fatal("the input's end did not mark the terminal lost")
	}
}

// Started in a small window that grows before the routine (30x8, then
// 80x24), the coach leaves nothing of its last frame on the shell's
// screen: tmux brings the alternate screen's rows back into the main one
// after a resize, so the alternate screen is cleared before it is left.
func TestNoFrameIsLeftOnTheShellAfterAResize(t *testing.T) {
	term, out := newTest(30, 8)
	v := newVTWith(t, 30, 8, "$ backcoach")
	_ = term.Draw("Make the window larger:\nbackcoach needs 40x12.")
	term.Resize(80, 24)
	v.feed(t, out.String())
	out.Reset()
	v.resize(80, 24)
	shell := newVTWith(t, 80, 24, "$ backcoach").screen()
	_ = term.Draw(strings.Repeat("██  ██  GET READY\n", 23) + "space pause · q quit")
	if err := term.Close(); err != nil {
		t.Fatal(err)
	}
	v.feed(t, out.String())
	if got := v.screen(); got != shell {
		t.Errorf("the shell's screen after the coach:\n%s\nwant it as it was:\n%s", strings.ReplaceAll(got, "|", ""), strings.ReplaceAll(shell, "|", ""))
	}
}

// newVTWith is a terminal of w by h showing text.
func newVTWith(t *testing.T, w, h int, text string) *vt {
	t.Helper()
	v := newVT(w, h)
	v.feed(t, text)
	return v
}
