package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/fit"
)

// The smallest window the coach draws in; below it a plain message asks
// for a larger one.
const (
	MinWidth  = 40
	MinHeight = 12
)

// common is what every screen shares: the window's size, the styles, the
// help, the clock and the outputs. The root and its screens hold one
// pointer to it, as glow's screens share its commonModel.
type common struct {
	width, height int
	styles        Styles
	fast          fastStyles
	help          help.Model
	keys          globalKeys
	quit          key.Binding // q: with ctrl+c, what works in a window too small
	sized         bool        // a window size arrived (none in --plain, where nothing is drawn)
	now           func() time.Time
	// tick schedules a tick (tea.Tick, or the tests' fake clock).
	tick   func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	stream *coach.Stream
	// keysSaid is the keys line ? said last, while nothing else was said
	// since: ? again says "Keys: as above." instead of the list again.
	keysSaid string
}

func newCommon(opts Options, stream *coach.Stream) *common {
	now, tick := opts.Now, opts.Tick
	if now == nil {
		now = time.Now
	}
	if tick == nil {
		tick = tea.Tick
	}
	st := DefaultStyles()
	if opts.NoColor {
		st = noColorStyles()
	}
	c := &common{width: 80, height: 24, styles: st, help: help.New(), keys: newGlobalKeys(), quit: quitKey("quit"), now: now, tick: tick, stream: stream}
	c.fast = newFastStyles(c.styles)
	c.help.ShortSeparator = " · "
	c.help.Styles = c.styles.Help
	return c
}

// setSize takes a new window size.
func (c *common) setSize(w, h int) {
	c.width, c.height, c.sized = w, h, true
	c.help.Width = max(0, w-1)
}

// tooSmall reports whether the window is below the minimum size.
func (c *common) tooSmall() bool { return c.width < MinWidth || c.height < MinHeight }

// helpCovers reports whether the full help is drawn over the screen.
func (c *common) helpCovers() bool { return c.help.ShowAll && c.sized }

// emit hands events to the outputs, in order, from a command: outputs do
// I/O, which has no place in Update.
func (c *common) emit(evs ...coach.Event) tea.Cmd {
	if len(evs) > 0 {
		c.keysSaid = "" // something else said: the keys are no longer just above
	}
	deliver := c.stream.Emit(evs...)
	if deliver == nil {
		return nil
	}
	return func() tea.Msg { deliver(); return nil }
}

// shown announces a screen's words (for --plain).
func (c *common) shown(screen, line string) tea.Cmd {
	return c.emit(coach.Shown{Screen: screen, Line: line})
}

// keysLine says a screen's keys in words, for ? in --plain: "Keys: ↑/k
// up, ↓/j down, enter start, ? help, q quit, ctrl+c quit now." Only the
// keys that work now are said, as in the help.
func keysLine(k keyMap) string {
	var said []string
	for _, col := range k.FullHelp() {
		for _, b := range col {
			if b.Enabled() {
				said = append(said, b.Help().Key+" "+b.Help().Desc)
			}
		}
	}
	return "Keys: " + strings.Join(said, ", ") + "."
}

// question is a yes-or-no question in place of the help bar.
func (c *common) question(q string, keys ...key.Binding) string {
	return " " + c.styles.Confirm.Render(q) + " " + c.help.ShortHelpView(keys)
}

// frame places lines at the top and help on the last lines, and cuts
// everything to the window so a view is never larger than it; a cut is
// marked with "…".
func (c *common) frame(lines []string, help string) string {
	w, h := max(1, c.width), max(1, c.height)
	if help != "" {
		hl := strings.Split(help, "\n")
		keep := max(0, h-len(hl))
		if len(lines) > keep {
			// Text that falls off the bottom is marked where it stops.
			if keep > 0 && strings.TrimSpace(ansi.Strip(strings.Join(lines[keep:], ""))) != "" {
				lines[keep-1] = fit.Continued(lines[keep-1], w)
			}
			lines = lines[:keep]
		}
		for len(lines) < keep {
			lines = append(lines, "")
		}
		lines = append(lines, hl...)
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = fit.Truncate(l, w)
	}
	return strings.Join(lines, "\n")
}
