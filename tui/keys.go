package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/internal/text/fit"
)

// keyMap is a screen's keys: help.KeyMap for the help bar and the full
// help, and narrow, the few that must show in a narrow window (so quit and
// help never fall off). Bindings that do nothing in the screen's state are
// disabled, so the help is always true.
type keyMap interface {
	help.KeyMap
	narrow() []key.Binding
}

// globalKeys work on every screen.
type globalKeys struct {
	Help      key.Binding
	ForceQuit key.Binding
	Suspend   key.Binding // ctrl+z: shown in no help, as in a shell
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
	}
}

// quitKey is q or esc, with the screen's own word for what it does.
func quitKey(what string) key.Binding {
	return key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", what))
}

var (
	_ keyMap = pickerKeys{}
	_ keyMap = checkinKeys{}
	_ keyMap = sessionKeys{}
	_ keyMap = painKeys{}
	_ keyMap = summaryKeys{}
	_ keyMap = waitingKeys{}
)

// helpView is the help bar for a screen's keys, or the full help after ?.
// Nothing in it is ever cut off: in a narrow window the bar keeps to the
// keys that matter most, and the bar or the full help's columns that do
// not fit the width flow onto more lines.
func (c *common) helpView(k keyMap) string {
	w := max(1, c.width-1)
	if c.help.ShowAll {
		return " " + strings.ReplaceAll(c.fullHelp(k.FullHelp(), w), "\n", "\n ")
	}
	bs := k.ShortHelp()
	if c.width < 70 {
		bs = k.narrow()
	}
	return " " + strings.Join(c.flow(bs, w), "\n ")
}

// fullHelp is the full help in columns, with less room between them if
// need be, or, where the columns do not fit in w, each column's keys
// flowed onto lines as the bar's are.
func (c *common) fullHelp(groups [][]key.Binding, w int) string {
	h := c.help
	h.Width = 0 // measured here, never cut
	for _, sep := range []string{h.FullSeparator, "  "} {
		h.FullSeparator = sep
		if v := h.FullHelpView(groups); lipgloss.Width(v) <= w {
			return v
		}
	}
	var lines []string
	for _, g := range groups {
		lines = append(lines, c.flow(g, w)...)
	}
	return strings.Join(lines, "\n")
}

// flow sets the enabled bindings out as "key label" on one line with the
// bar's separator, or with two spaces where that does not fit, or else
// over as many lines as it takes. A binding wider than w alone is cut.
func (c *common) flow(bs []key.Binding, w int) []string {
	st := c.help.Styles
	var items []string
	for _, b := range bs {
		if b.Enabled() {
			items = append(items, st.ShortKey.Inline(true).Render(b.Help().Key)+" "+st.ShortDesc.Inline(true).Render(b.Help().Desc))
		}
	}
	sep := st.ShortSeparator.Inline(true).Render(c.help.ShortSeparator)
	for _, s := range []string{sep, "  "} {
		if line := strings.Join(items, s); lipgloss.Width(line) <= w {
			return []string{line}
		}
	}
	var lines []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case lipgloss.Width(line+sep+it) <= w:
			line += sep + it
		default:
			lines, line = append(lines, line), it
		}
	}
	lines = append(lines, line)
	for i := range lines {
		lines[i] = fit.Truncate(lines[i], w)
	}
	return lines
}
