package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/routines"
)

// tenKey rates 10: one key a rating, so "x" stands for ten.
const tenKey = "x"

// checkinModel asks how the back feels, 0 to 10, before or after a
// routine.
type checkinModel struct {
	c       *common
	keys    checkinKeys
	routine routines.Routine // the routine before or after which it asks
	after   bool
}

type checkinKeys struct {
	Rate, Skip, Quit key.Binding
	globalKeys
}

func (k checkinKeys) ShortHelp() []key.Binding { return []key.Binding{k.Rate, k.Skip, k.Quit, k.Help} }

func (k checkinKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Rate, k.Skip}, {k.Help, k.Quit, k.ForceQuit}}
}

func (k checkinKeys) narrow() []key.Binding { return k.ShortHelp() }

// newCheckin asks before (after false) or after a routine. q goes back to
// the picker before a routine (or quits when there is none, for `run`),
// and skips the question after one.
func newCheckin(c *common, routine routines.Routine, after, picker bool) checkinModel {
	quit := "quit"
	switch {
	case after:
		quit = "skip"
	case picker:
		quit = "back"
	}
	digits := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", tenKey}
	return checkinModel{c: c, routine: routine, after: after, keys: checkinKeys{
		Rate:       key.NewBinding(key.WithKeys(digits...), key.WithHelp("0-9/"+tenKey, "rate")),
		Skip:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "skip")),
		Quit:       quitKey(quit),
		globalKeys: c.keys,
	}}
}

// Update reads a rating.
func (m checkinModel) Update(msg tea.Msg) (checkinModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	var done checkinDoneMsg
	switch {
	case key.Matches(km, m.keys.Rate):
		v := 10
		if k := km.String(); k != tenKey {
			v = int(k[0] - '0')
		}
		done.rating = &v
	case key.Matches(km, m.keys.Skip):
	case key.Matches(km, m.keys.Quit):
		return m, func() tea.Msg { return checkinLeftMsg{} }
	default:
		return m, nil
	}
	return m, func() tea.Msg { return done }
}

func (m checkinModel) question() string {
	if m.after {
		return "How does your back feel now"
	}
	return "How does your back feel right now"
}

// shown says the question in words.
func (m checkinModel) shown() tea.Cmd {
	return m.c.shown("checkin", fmt.Sprintf("%s, 0 (no pain) to 10? Press 0 to 9, %s for 10, or %s to skip.",
		m.question(), tenKey, m.keys.Skip.Help().Key))
}

func (m checkinModel) View() string {
	st := m.c.styles
	scale := make([]string, 11)
	for i := range scale {
		scale[i] = strconv.Itoa(i)
	}
	lines := []string{
		" " + st.Header.Render("backcoach") + " " + st.Muted.Render("· "+m.routine.Name), "",
		" " + st.Title.Render(m.question()+"?"),
		" " + st.Muted.Render("0 is no pain, 10 the worst you can imagine."), "",
		"   " + strings.Join(scale, "  "), "",
		" " + st.Muted.Render(fmt.Sprintf("Press 0-9, or %s for 10. %s skips.", tenKey, routines.Capitalize(m.keys.Skip.Help().Key))),
	}
	return m.c.frame(lines, m.c.helpView(m.keys))
}
