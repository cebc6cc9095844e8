package tui

import (
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/routines"
)

func TestMain(m *testing.M) {
	// Golden views are plain text: no colours, whatever the terminal.
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// clock is the injected clock: tests move it, nothing sleeps.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

var epoch = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

// harness drives a Model the way the Bubble Tea runtime would, with a fake
// clock.
type harness struct {
	t   testing.TB
	clk *clock
	m   Model
	cmd tea.Cmd
}

func builtIns(t testing.TB) ([]routines.Routine, []routines.Tip) {
	t.Helper()
	rs, tips, err := routines.LoadBuiltIns(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	return rs, tips
}

func newHarness(t testing.TB, opts Options, w, h int) *harness {
	t.Helper()
	rs, tips := builtIns(t)
	if opts.Routines == nil {
		opts.Routines = rs
	}
	if opts.Tips == nil {
		opts.Tips = tips
	}
	hs := &harness{t: t, clk: &clock{epoch}}
	opts.Now = hs.clk.now
	hs.m = New(opts)
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	if init := hs.m.Init(); init != nil {
		hs.send(init())
	}
	return hs
}

// send delivers one message. The command it returns is kept, not run:
// ticks are delivered by advance, without waiting.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	next, cmd := h.m.Update(msg)
	h.m = next.(Model)
	h.cmd = cmd
}

func (h *harness) key(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// advance moves the clock by d and delivers the tick the session asked for.
func (h *harness) advance(d time.Duration) {
	h.t.Helper()
	h.clk.t = h.clk.t.Add(d)
	h.send(tickMsg{gen: h.m.session.gen})
}

// runFor advances in steps of the session's own tick interval until d has
// passed, as the runtime's timers would.
func (h *harness) runFor(d time.Duration) {
	h.t.Helper()
	end := h.clk.t.Add(d)
	for h.clk.t.Before(end) && h.m.screen == sessionScreen {
		step := h.m.session.nextTickIn(h.clk.t)
		if h.clk.t.Add(step).After(end) {
			step = end.Sub(h.clk.t)
		}
		h.advance(step)
	}
}

func (h *harness) remaining() time.Duration { return h.m.session.remaining(h.clk.t) }

func (h *harness) step() routines.Step { return h.m.session.current() }

func (h *harness) view() string { return h.m.View() }

func (h *harness) quits() bool {
	if h.cmd == nil {
		return false
	}
	_, ok := h.cmd().(tea.QuitMsg)
	return ok
}

func (h *harness) bellCount() int { return h.m.Bells() }

func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
