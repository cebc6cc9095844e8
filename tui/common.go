package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/backcoach/backcoach/coach"
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
}

func newCommon(now func() time.Time, tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd, stream *coach.Stream) *common {
	if now == nil {
		now = time.Now
	}
	if tick == nil {
		tick = tea.Tick
	}
	c := &common{width: 80, height: 24, styles: defaultStyles(), help: help.New(), keys: newGlobalKeys(), quit: quitKey("quit"), now: now, tick: tick, stream: stream}
	c.fast = newFastStyles(c.styles)
	c.help.ShortSeparator = " · "
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

// helpView is the help bar for a screen's keys, or the full help after ?.
// In a narrow window it keeps to the keys that matter most.
func (c *common) helpView(k keyMap) string {
	if !c.help.ShowAll && c.width < 70 {
		return " " + c.help.ShortHelpView(k.narrow())
	}
	return " " + strings.ReplaceAll(c.help.View(k), "\n", "\n ")
}

// question is a yes-or-no question in place of the help bar.
func (c *common) question(q string, keys ...key.Binding) string {
	return " " + c.styles.Confirm.Render(q) + " " + c.help.ShortHelpView(keys)
}

// frame places lines at the top and help on the last lines, and cuts
// everything to the window so a view is never larger than it.
func (c *common) frame(lines []string, help string) string {
	w, h := max(1, c.width), max(1, c.height)
	if help != "" {
		hl := strings.Split(help, "\n")
		keep := max(0, h-len(hl))
		if len(lines) > keep {
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
		lines[i] = truncate(l, w)
	}
	return strings.Join(lines, "\n")
}

// wrap wraps text to width and indents each line.
func (c *common) wrap(text string, width int, indent string) []string {
	var out []string
	for _, l := range strings.Split(c.styles.Step.Width(max(1, width)).Render(text), "\n") {
		out = append(out, indent+strings.TrimRight(l, " "))
	}
	return out
}

// spread puts left and right on one line of width w, dropping left when
// both do not fit.
func spread(left, right string, w int) string {
	lw, rw := lipgloss.Width(left), lipgloss.Width(right)
	if lw+rw+2 > w {
		if rw > w {
			return truncate(right, w)
		}
		left = truncate(left, max(0, w-rw-2))
		lw = lipgloss.Width(left)
	}
	return left + strings.Repeat(" ", max(1, w-lw-rw)) + right
}

func center(s string, w int) string {
	return strings.Repeat(" ", max(0, (w-lipgloss.Width(s))/2)) + s
}

func truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, max(0, w), "")
}
