package tui

import (
	"strings"
	"time"
	"unicode"

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
				lines[keep-1] = continued(lines[keep-1], w)
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

// truncate fits s (which may hold styles) into w cells: text that does
// not fit is cut at a word and ends in "…". It is the one way text is cut,
// on every screen. A number is never cut, nor left at the end without the
// word it counts ("0 of 2 holds · 2 s" would read as 2 seconds): the cut
// goes before it. Only a word longer than half the room (a path) is cut
// inside, still with "…".
func truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return cutAt(s, w)
}

// continued marks that more follows s: s with "…" after it, cut to fit w.
func continued(s string, w int) string {
	if lipgloss.Width(s)+1 <= w {
		return s + "…"
	}
	return cutAt(s, w)
}

// cutAt cuts s to w cells at a word, ending in "…".
func cutAt(s string, w int) string {
	if w <= 0 {
		return ""
	}
	plain := []rune(ansi.Strip(s))
	fits := []rune(ansi.Truncate(string(plain), w-1, ""))
	keep := len(fits)
	if keep < len(plain) && !unicode.IsSpace(plain[keep]) {
		// The cut is inside a word: go back to the space before it, unless
		// the word is most of the room; and never cut through a number.
		i := keep
		for i > 0 && !unicode.IsSpace(plain[i-1]) {
			i--
		}
		if strings.TrimSpace(string(plain[:i])) != "" && keep-i <= ansi.StringWidth(string(fits))/2 {
			keep = i
		}
		for keep > i && splitsNumber(plain, keep) {
			keep--
		}
	}
	for {
		keep = trimEnd(plain, keep)
		// A number left last without the word it counts ("2" of "2
		// skipped") goes too.
		i := keep
		for i > 0 && !unicode.IsSpace(plain[i-1]) {
			i--
		}
		if i == keep || !isNumber(plain[i:keep]) || !wordAfter(plain, keep) {
			break
		}
		keep = i
	}
	return ansi.Truncate(s, ansi.StringWidth(string(plain[:keep])), "") + "…"
}

// splitsNumber reports whether a cut before r[i] goes through a number:
// "1|0", "3:|25".
func splitsNumber(r []rune, i int) bool {
	if i <= 0 || i >= len(r) {
		return false
	}
	part := func(c rune) bool { return unicode.IsDigit(c) || strings.ContainsRune(":.,-", c) }
	return part(r[i-1]) && part(r[i]) && (unicode.IsDigit(r[i-1]) || unicode.IsDigit(r[i]))
}

// trimEnd drops spaces and separators (" · ", ", ", ": ", "(") from the
// end of the first n runes.
func trimEnd(r []rune, n int) int {
	for n > 0 && (unicode.IsSpace(r[n-1]) || strings.ContainsRune("·,:;(–—-/", r[n-1])) {
		n--
	}
	return n
}

// wordAfter reports whether a word follows r[i:] after spaces.
func wordAfter(r []rune, i int) bool {
	for i < len(r) && unicode.IsSpace(r[i]) {
		i++
	}
	return i < len(r) && unicode.IsLetter(r[i])
}

// isNumber reports whether a word is a count or a time with no word of
// its own: "2", "3:25", "3-5". "5s" and "rep" are words.
func isNumber(r []rune) bool {
	s := string(r)
	return strings.IndexFunc(s, unicode.IsDigit) >= 0 && strings.IndexFunc(s, unicode.IsLetter) < 0
}
