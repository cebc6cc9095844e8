package screen

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
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

// bellModel is a model whose bell rings on every message.
type bellModel struct{ n int }

func (m bellModel) Init() tea.Cmd                       { return nil }
func (m bellModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return bellModel{m.n + 1}, nil }
func (m bellModel) View() string                        { return fmt.Sprintf("rang %d", m.n) }
func (m bellModel) Bells() int                          { return m.n }

func TestTheBellRingsWithTheFrame(t *testing.T) {
	term, out := newTest(40, 5)
	var d tea.Model = drawn{inner: bellModel{}, t: term}
	d.Init()
	out.Reset()
	d, _ = d.Update(struct{}{})
	got := out.String()
	if strings.Count(got, "\a") != 1 || strings.Index(got, "\a") > strings.Index(got, "1") {
		t.Errorf("a rung bell wrote %q, want one \\a before the new frame", got)
	}
	out.Reset()
	d, _ = drawn{inner: quietModel{}, t: term, bells: 0}.Update(struct{}{})
	if strings.Contains(out.String(), "\a") || !strings.Contains(out.String(), "still") {
		t.Errorf("an update without a bell wrote %q, want the frame and no \\a", out.String())
	}
}

// quietModel redraws but never rings.
type quietModel struct{}

func (quietModel) Init() tea.Cmd                       { return nil }
func (quietModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return quietModel{}, nil }
func (quietModel) View() string                        { return "still" }
func (quietModel) Bells() int                          { return 0 }

func TestNotificationsPassThroughTmux(t *testing.T) {
	seq := notification("Time for a back break")
	if seq != "\a\x1b]9;Time for a back break\x07\x1b]777;notify;backcoach;Time for a back break\x07" {
		t.Fatalf("notification %q", seq)
	}
	want := "\a\x1bPtmux;\x1b\x1b]9;Time for a back break\x07\x1b\\\x1bPtmux;\x1b\x1b]777;notify;backcoach;Time for a back break\x07\x1b\\"
	if got := passthrough(seq); got != want {
		t.Errorf("passthrough:\n got %q\nwant %q", got, want)
	}
	if got := notification("evil\x1b]0;x\x07"); strings.Count(got, "\x1b") != 2 {
		t.Errorf("control characters reached the notification: %q", got)
	}
}
