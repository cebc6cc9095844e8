package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
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
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
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
