package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// severeModel is shown before a routine when the pain rated is severe
// (coach.Severe or more): stretching through severe pain is not advised
// without a physical therapist, and some signs need a doctor. The default
// key does not start the routine; going on, at the gentle level, takes
// a key of its own.
type severeModel struct {
	c       *common
	keys    severeKeys
	routine routines.Routine
	rating  int
}

type severeKeys struct {
	Back, Gently key.Binding
	globalKeys
}

func (k severeKeys) ShortHelp() []key.Binding { return []key.Binding{k.Back, k.Gently, k.Help} }

func (k severeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Back, k.Gently}, {k.Help, k.ForceQuit}}
}

func (k severeKeys) narrow() []key.Binding { return k.ShortHelp() }

// newSevere asks about routine after a rating of severe pain.
func newSevere(c *common, routine routines.Routine, rating int) severeModel {
	back := "don't start"
	return severeModel{c: c, routine: routine, rating: rating, keys: severeKeys{
		Back:       key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter", back)),
		Gently:     key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "start gently")),
		globalKeys: c.keys,
	}}
}

// Update reads the choice.
func (m severeModel) Update(msg tea.Msg) (severeModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.Back):
		return m, func() tea.Msg { return severeDecidedMsg{} }
	case key.Matches(km, m.keys.Gently):
		return m, func() tea.Msg { return severeDecidedMsg{gently: true} }
	}
	return m, nil
}

func (m severeModel) lead() string {
	return fmt.Sprintf("You rated your pain %d of 10. %s", m.rating, coach.SevereBefore)
}

// shown says it in words.
func (m severeModel) shown() tea.Cmd {
	return m.c.shown("severe", m.lead()+" "+coach.RedFlags+" ("+coach.Whose+".) "+
		words.Capitalize(m.keys.Back.Help().Key)+" not to start, "+m.keys.Gently.Help().Key+" to start "+m.routine.Name+" anyway, at the gentle level.")
}

func (m severeModel) View() string {
	st := m.c.styles
	head := st.Header.Render("backcoach") + " " + st.Muted.Render("· "+m.routine.Name)
	return adviceView(m.c, head, m.lead(), m.c.helpView(m.keys))
}
