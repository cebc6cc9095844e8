package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/internal/terminal"
)

// globalKey is what a key does before any screen sees it, the same under
// both roots (the coach's and remind's), and whether it was such a key.
// Pasted text is no key press, on any screen. ctrl+z suspends (the
// countdown pauses: terminal.SuspendedMsg). ctrl+c quits at once: only a
// root calls globalKey, and only a root quits.
func (c *common) globalKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	switch {
	case msg.Paste:
		return nil, true
	case key.Matches(msg, c.keys.Suspend):
		return terminal.Suspend, true
	case key.Matches(msg, c.keys.ForceQuit):
		return tea.Quit, true
	}
	return nil, false
}

// toggleHelp opens or closes the full help (?).
func (c *common) toggleHelp() { c.help.ShowAll = !c.help.ShowAll }

// keysShown says the keys k of the screen showing in words, as ? does
// for --plain; k nil says nothing. The same keys asked for again, with
// nothing said since, are "as above": in --plain, ? opens and closes a
// help no one sees, and a reader hears the list once.
func (c *common) keysShown(k keyMap) tea.Cmd {
	if k == nil {
		return nil
	}
	line := keysLine(k)
	said := line
	if line == c.keysSaid {
		said = "Keys: as above."
	}
	cmd := c.shown("help", said)
	c.keysSaid = line
	return cmd
}

// quitChosen is the command by which a screen says the user chose to
// quit; the root decides what quitting means.
func quitChosen() tea.Msg { return quitChosenMsg{} }
