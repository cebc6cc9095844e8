package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/internal/text/words"
)

// painModel is shown when an exercise hurt: backcoach's advice and the
// signs that need a doctor, then the choice. Ending the routine is the
// default (enter); going on is the explicit second choice, and the screen
// does not push the next exercise.
type painModel struct {
	c     *common
	keys  painKeys
	where string // the exercise, side and rep that hurt
}

type painKeys struct {
	End, GoOn key.Binding
	globalKeys
}

func (k painKeys) ShortHelp() []key.Binding { return []key.Binding{k.End, k.GoOn, k.Help} }

func (k painKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.End, k.GoOn}, {k.Help, k.ForceQuit}}
}

func (k painKeys) narrow() []key.Binding { return k.ShortHelp() }

// newPain shows a stop for pain at where; last says the exercise was the
// routine's last, so there is nothing to go on with.
func newPain(c *common, where string, last bool) painModel {
	m := painModel{c: c, where: where, keys: painKeys{
		End:        key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter", "end routine")),
		GoOn:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next exercise")),
		globalKeys: c.keys,
	}}
	m.keys.GoOn.SetEnabled(!last)
	return m
}

// Update reads the choice.
func (m painModel) Update(msg tea.Msg) (painModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.End):
		return m, func() tea.Msg { return painDecidedMsg{} }
	case key.Matches(km, m.keys.GoOn):
		return m, func() tea.Msg { return painDecidedMsg{goOn: true} }
	}
	return m, nil
}

// shown says the advice and the choice in words.
func (m painModel) shown() tea.Cmd {
	line := m.head() + ". " + words.Capitalize(coach.Whose) + ": " + coach.PainAdvice + " " + coach.RedFlags +
		" " + words.Capitalize(m.keys.End.Help().Key) + " to end the routine"
	if m.keys.GoOn.Enabled() {
		line += ", " + m.keys.GoOn.Help().Key + " to go on with the next exercise"
	}
	return m.c.shown("pain", line+".")
}

// head says where it stopped, in the same words on the screen and in
// --plain: "Stopped: Bird dog, left leg, rep 3".
func (m painModel) head() string { return "Stopped: " + m.where }

func (m painModel) View() string {
	return adviceView(m.c, m.c.styles.Confirm.Render(m.head()), coach.PainAdvice, m.c.helpView(m.keys))
}

// adviceView lays out a head line, backcoach's advice and the signs that
// need a doctor, marked as backcoach's own. In a small window the signs
// come before the rest of the advice.
func adviceView(c *common, head, advice, help string) string {
	w := c.width - 4
	flags, adv := fit.Wrap(coach.RedFlags, w, "  "), fit.Wrap(advice, w, "  ")
	ls := layout(c.height-lipgloss.Height(help), []block{
		fixed(prioCore, " "+head),
		gap(prioGap),
		para(adv, w+2, prioFirst, prioMore),
		gap(prioGap),
		para(flags, w+2, prioSetup, prioNote),
		gap(prioGap),
		fixed(prioRest, "  "+c.styles.Muted.Render("("+coach.Whose+")")),
	})
	return c.frame(ls, help)
}
