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
// clock: commands run at once, except ticks, which wait in a queue until
// the clock reaches them. Nothing sleeps.
type harness struct {
	t     testing.TB
	clk   *clock
	m     Model
	cmd   tea.Cmd
	out   []tea.Msg     // what the last command produced, not yet delivered
	ticks []pendingTick // ticks asked for and not yet delivered
}

// pendingTick is a tick the model asked for, due at a time.
type pendingTick struct {
	at time.Time
	fn func(time.Time) tea.Msg
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
	opts.Tick = hs.tick
	hs.m = New(opts)
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.cmd = hs.m.Init()
	hs.out = run(hs.cmd)
	hs.runCmds()
	return hs
}

// tick is the fake tea.Tick: it queues the tick for advance.
func (h *harness) tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	h.ticks = append(h.ticks, pendingTick{h.clk.t.Add(d), fn})
	return nil
}

// run runs a command tree and returns the messages it produced.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// send delivers one message and runs the command it returns; the
// messages that produces wait in out for runCmds.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	next, cmd := h.m.Update(msg)
	h.m = next.(Model)
	h.cmd = cmd
	h.out = run(cmd)
}

// runCmds delivers what the last commands produced (journal writes,
// history), as the runtime would, until nothing more comes.
func (h *harness) runCmds() {
	h.t.Helper()
	for i := 0; i < 10 && len(h.out) > 0; i++ {
		msgs := h.out
		h.out = nil
		for _, m := range msgs {
			if _, quit := m.(tea.QuitMsg); quit {
				continue
			}
			next, cmd := h.m.Update(m)
			h.m = next.(Model)
			h.out = append(h.out, run(cmd)...)
		}
	}
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

// advance moves the clock by d and delivers, in order, every tick that
// has come due, as the runtime's timers would.
func (h *harness) advance(d time.Duration) {
	h.t.Helper()
	h.clk.t = h.clk.t.Add(d)
	h.deliverDue(0)
}

// deliverDue delivers the due ticks, each late by late (its clock moved
// to the tick's time plus late first, never backwards).
func (h *harness) deliverDue(late time.Duration) {
	h.t.Helper()
	for {
		i := h.earliest()
		if i < 0 || h.ticks[i].at.After(h.clk.t) {
			return
		}
		pt := h.ticks[i]
		h.ticks = append(h.ticks[:i], h.ticks[i+1:]...)
		if at := pt.at.Add(late); at.After(h.clk.t) {
			h.clk.t = at
		}
		h.send(pt.fn(pt.at))
		h.runCmds()
	}
}

func (h *harness) earliest() int {
	best := -1
	for i, pt := range h.ticks {
		if best < 0 || pt.at.Before(h.ticks[best].at) {
			best = i
		}
	}
	return best
}

// runFor lets d pass, tick by tick.
func (h *harness) runFor(d time.Duration) {
	h.t.Helper()
	end := h.clk.t.Add(d)
	for {
		i := h.earliest()
		if i < 0 || h.ticks[i].at.After(end) {
			h.clk.t = end
			return
		}
		if h.ticks[i].at.After(h.clk.t) {
			h.clk.t = h.ticks[i].at
		}
		h.deliverDue(0)
	}
}

func (h *harness) remaining() time.Duration { return h.m.session.remaining(h.clk.t) }

func (h *harness) step() routines.Step { return h.m.session.current() }

func (h *harness) view() string { return h.m.View() }

func (h *harness) quits() bool {
	for _, m := range h.out {
		if _, ok := m.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

func (h *harness) bellCount() int { return h.m.Bells() }

func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
