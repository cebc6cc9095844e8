package tui

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/backcoach/backcoach/coach"
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

// pendingTick is a tick the model asked for, due at a time.
type pendingTick struct {
	at time.Time
	fn func(time.Time) tea.Msg
}

// driver runs a tea.Model the way the Bubble Tea runtime would, on a fake
// clock: a command runs at once and its message is delivered, except
// ticks, which wait in a queue until the clock reaches them. Nothing
// sleeps. It records every event the model emits and whether it quit.
type driver struct {
	t      testing.TB
	clk    *clock
	model  tea.Model
	ticks  []pendingTick
	events []coach.Event
	quit   bool
}

func (d *driver) tick(dur time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	d.ticks = append(d.ticks, pendingTick{d.clk.t.Add(dur), fn})
	return nil
}

func (d *driver) sink() coach.Sink {
	return coach.SinkFunc(func(e coach.Event) { d.events = append(d.events, e) })
}

// send delivers msg and, in turn, every message its commands produce.
func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	var cmd tea.Cmd
	d.model, cmd = d.model.Update(msg)
	d.do(cmd)
}

// do runs a command tree and delivers what it produces.
func (d *driver) do(cmd tea.Cmd) {
	d.t.Helper()
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.do(c)
		}
	case tea.QuitMsg:
		d.quit = true
	default:
		if cmds, ok := sequence(msg); ok {
			for _, c := range cmds {
				d.do(c)
			}
			return
		}
		d.send(msg)
	}
}

// sequence is the commands of a tea.Sequence, in order: Bubble Tea keeps
// them in a message type of its own, unexported, which the runtime opens
// as it runs them one after another.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}

func (d *driver) key(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		d.send(keyMsg(k))
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

// earliest is the index of the next tick due, or -1.
func (d *driver) earliest() int {
	best := -1
	for i, pt := range d.ticks {
		if best < 0 || pt.at.Before(d.ticks[best].at) {
			best = i
		}
	}
	return best
}

// deliver delivers tick i, late by late.
func (d *driver) deliver(i int, late time.Duration) {
	d.t.Helper()
	pt := d.ticks[i]
	d.ticks = append(d.ticks[:i], d.ticks[i+1:]...)
	if at := pt.at.Add(late); at.After(d.clk.t) {
		d.clk.t = at
	}
	d.send(pt.fn(pt.at))
}

// advance moves the clock by dur and delivers, in order, every tick that
// has come due, as the runtime's timers would.
func (d *driver) advance(dur time.Duration) {
	d.t.Helper()
	d.clk.t = d.clk.t.Add(dur)
	for i := d.earliest(); i >= 0 && !d.ticks[i].at.After(d.clk.t); i = d.earliest() {
		d.deliver(i, 0)
	}
}

// runFor lets dur pass, tick by tick.
func (d *driver) runFor(dur time.Duration) {
	d.t.Helper()
	end := d.clk.t.Add(dur)
	for i := d.earliest(); i >= 0 && !d.ticks[i].at.After(end); i = d.earliest() {
		d.deliver(i, 0)
	}
	d.clk.t = end
}

// count counts the events of one type that keep says yes to.
func count[T coach.Event](evs []coach.Event, keep func(T) bool) int {
	n := 0
	for _, e := range evs {
		if e, ok := e.(T); ok && (keep == nil || keep(e)) {
			n++
		}
	}
	return n
}

// bells counts the steps the clock ended: a bell each.
func (d *driver) bells() int {
	return count(d.events, func(e coach.StepEnded) bool { return !e.Early })
}

// lines are the words the screens said (coach.Shown), in order.
func (d *driver) lines() []string {
	var out []string
	for _, e := range d.events {
		if s, ok := e.(coach.Shown); ok {
			out = append(out, s.Line)
		}
	}
	return out
}

// harness drives the coach's root Model.
type harness struct {
	*driver
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
	d := &driver{t: t, clk: &clock{epoch}}
	opts.Now = d.clk.now
	opts.Tick = d.tick
	opts.Events = d.sink()
	d.model = New(opts)
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	d.do(d.model.Init())
	return &harness{d}
}

func (h *harness) m() Model { return h.model.(Model) }

func (h *harness) view() string { return h.model.View() }

// shows reports whether the screen shows text. A countdown such as
// "0:05" may show in small or in big digits.
func (h *harness) shows(text string) bool { return shows(h.view(), text) }

var clockRE = regexp.MustCompile(`^\d+:\d\d$`)

func shows(view, text string) bool {
	if strings.Contains(view, text) {
		return true
	}
	if !clockRE.MatchString(text) {
		return false
	}
	for sc := 1; sc <= maxScale; sc++ {
		f := fontAt(sc)
		big := true
		for _, row := range f.render(text, lipgloss.NewStyle()) {
			big = big && strings.Contains(view, row)
		}
		if big {
			return true
		}
	}
	return false
}

// mustShow fails unless the screen shows every text.
func (h *harness) mustShow(what string, texts ...string) {
	h.t.Helper()
	for _, text := range texts {
		if !h.shows(text) {
			h.t.Fatalf("%s: the screen does not show %q:\n%s", what, text, h.view())
		}
	}
}

func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
