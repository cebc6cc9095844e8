package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/routines"
)

// painAdvice is the article's advice, shown when an exercise hurts.
const painAdvice = "Stop any exercise that causes pain. A physical therapist can help you to relieve pain and increase mobility in your back: work with one before you go on with the exercises that hurt."

// painModel is shown when an exercise hurt: the advice, then go on with
// the next exercise or end the routine.
type painModel struct {
	c        *common
	keys     painKeys
	exercise string // the exercise that hurt
	next     string // the exercise after it, "" when it was the last
}

type painKeys struct {
	GoOn, Quit key.Binding
	globalKeys
}

func (k painKeys) ShortHelp() []key.Binding { return []key.Binding{k.GoOn, k.Quit, k.Help} }

func (k painKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.GoOn}, {k.Help, k.Quit, k.ForceQuit}}
}

func (k painKeys) narrow() []key.Binding { return k.ShortHelp() }

func newPain(c *common, exercise, next string) painModel {
	goOn := "next exercise"
	if next == "" {
		goOn = "finish"
	}
	return painModel{c: c, exercise: exercise, next: next, keys: painKeys{
		GoOn:       key.NewBinding(key.WithKeys("enter", "n"), key.WithHelp("enter", goOn)),
		Quit:       quitKey("end routine"),
		globalKeys: c.keys,
	}}
}

// Update reads the choice.
func (m painModel) Update(msg tea.Msg) (painModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.GoOn):
		return m, func() tea.Msg { return painDecidedMsg{goOn: true} }
	case key.Matches(km, m.keys.Quit):
		return m, func() tea.Msg { return painDecidedMsg{} }
	}
	return m, nil
}

// shown says the advice and the choice in words.
func (m painModel) shown() tea.Cmd {
	return m.c.shown("pain", "Stopped "+m.exercise+". "+painAdvice+" "+routines.Capitalize(m.keys.GoOn.Help().Key)+
		" for the next exercise, "+m.keys.Quit.Help().Key+" to end the routine.")
}

func (m painModel) View() string {
	st := m.c.styles
	lines := []string{" " + st.Confirm.Render("Stopped: "+m.exercise), ""}
	lines = append(lines, m.c.wrap(painAdvice, m.c.width-4, "  ")...)
	next := "This was the last exercise."
	if m.next != "" {
		next = "Next: " + m.next
	}
	lines = append(lines, "", "  "+st.Next.Render(next))
	return m.c.frame(lines, m.c.helpView(m.keys))
}
