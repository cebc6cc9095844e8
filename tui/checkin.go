package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// tenKey rates 10 in one key.
const tenKey = "x"

// tenWait is how long a typed 1 waits for a 0 to make 10.
const tenWait = time.Second

// checkinModel asks how the back feels, 0 to 10, before or after a
// routine: a digit, x for 10, or 1 then 0 within tenWait; or the arrows
// to choose and enter to rate; enter with nothing chosen skips.
type checkinModel struct {
	c       *common
	keys    checkinKeys
	routine routines.Routine // the routine before or after which it asks
	after   bool
	advise  bool // it says coach.NotMedicalAdvice: nothing before it on this way in did
	sel     int  // the rating chosen with the arrows or a 1, or -1
	one     bool // a 1 was typed: a 0 within tenWait makes 10
	gen     int  // drops the wait of a 1 typed before
}

type checkinKeys struct {
	Rate, Left, Right, Enter, Quit key.Binding
	globalKeys
}

func (k checkinKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Rate, k.Left, k.Enter, k.Quit, k.Help}
}

func (k checkinKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Rate, k.Left, k.Right, k.Enter}, {k.Help, k.Quit, k.ForceQuit}}
}

func (k checkinKeys) narrow() []key.Binding { return []key.Binding{k.Rate, k.Enter, k.Quit, k.Help} }

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
	m := checkinModel{c: c, routine: routine, after: after, sel: -1, keys: checkinKeys{
		Rate:       key.NewBinding(key.WithKeys(digits...), key.WithHelp("0-9/"+tenKey, "rate")),
		Left:       key.NewBinding(key.WithKeys("left", "h", "down", "j"), key.WithHelp("←/→", "choose")),
		Right:      key.NewBinding(key.WithKeys("right", "l", "up", "k"), key.WithHelp("→", "more")),
		Enter:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "skip")),
		Quit:       quitKey(quit),
		globalKeys: c.keys,
	}}
	return m.setKeys()
}

// setKeys words enter's help: skip, or rate what is chosen.
func (m checkinModel) setKeys() checkinModel {
	m.keys.Enter.SetHelp("enter", "skip")
	if m.sel >= 0 {
		m.keys.Enter.SetHelp("enter", "rate "+strconv.Itoa(m.sel))
	}
	return m
}

// Update reads a rating.
func (m checkinModel) Update(msg tea.Msg) (checkinModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tenWaitEndedMsg:
		if msg.gen == m.gen && m.one {
			return m, m.rate(1)
		}
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Rate):
			k := msg.String()
			switch {
			case m.one && k == "0":
				return m, m.rate(10)
			case k == tenKey:
				return m, m.rate(10)
			case k == "1":
				// Wait a moment for a 0: "1" "0" is 10.
				m.one, m.sel = true, 1
				m.gen++
				gen := m.gen
				return m.setKeys(), m.c.tick(tenWait, func(time.Time) tea.Msg { return tenWaitEndedMsg{gen} })
			}
			return m, m.rate(int(k[0] - '0'))
		case key.Matches(msg, m.keys.Left):
			m.one = false
			m.sel = max(0, m.sel-1)
			return m.chosen()
		case key.Matches(msg, m.keys.Right):
			m.one = false
			m.sel = min(10, m.sel+1)
			return m.chosen()
		case key.Matches(msg, m.keys.Enter):
			if m.sel >= 0 {
				return m, m.rate(m.sel)
			}
			return m, tea.Batch(m.c.shown("rated", "Not rated."), func() tea.Msg { return checkinAnsweredMsg{} })
		case key.Matches(msg, m.keys.Quit) && m.after:
			return m, tea.Batch(m.c.shown("rated", "Not rated."), func() tea.Msg { return checkinLeftMsg{} }) // skipped
		case key.Matches(msg, m.keys.Quit):
			return m, func() tea.Msg { return checkinLeftMsg{} }
		}
	}
	return m.setKeys(), nil
}

// rate answers the question with v, and says it (--plain echoes the
// rating typed).
func (m *checkinModel) rate(v int) tea.Cmd {
	m.one = false
	m.gen++
	return tea.Batch(m.c.shown("rated", fmt.Sprintf("Rated %d.", v)), func() tea.Msg { return checkinAnsweredMsg{rating: &v} })
}

// chosen says the rating chosen with the arrows, and the key that rates it.
func (m checkinModel) chosen() (checkinModel, tea.Cmd) {
	m = m.setKeys()
	return m, m.c.shown("chosen", fmt.Sprintf("Chosen: %d. %s to rate it.", m.sel, words.Capitalize(m.keys.Enter.Help().Key)))
}

func (m checkinModel) question() string {
	if m.after {
		return "How does your back feel now"
	}
	return "How does your back feel right now"
}

// shown says the question in words.
func (m checkinModel) shown() tea.Cmd {
	line := fmt.Sprintf("%s, 0 (no pain) to 10 (the worst you can imagine)? Press 0 to 9, %s or 1 then 0 for 10, or %s to skip.",
		m.question(), tenKey, m.keys.Enter.Help().Key)
	if m.advise {
		line = coach.NotMedicalAdvice + " " + line
	}
	return m.c.shown("checkin", line)
}

func (m checkinModel) View() string {
	st := m.c.styles
	scale := make([]string, 11)
	for i := range scale {
		scale[i] = strconv.Itoa(i)
		if i == m.sel {
			scale[i] = st.Selected.Render("[" + scale[i] + "]")
		} else {
			scale[i] = " " + scale[i] + " "
		}
	}
	w := m.c.width - 2
	hint := fit.Wrap(st.Muted.Render(fmt.Sprintf("Press 0-9, or %s (or 1 then 0) for 10; or ←/→ and enter. Enter alone skips.", tenKey)), w, " ")
	blocks := []block{
		fixed(prioCore, " "+st.Header.Render("backcoach")+" "+st.Muted.Render("· "+m.routine.Name)),
		gap(prioGap),
		fixed(prioCore, " "+st.Title.Render(m.question()+"?")),
		para(fit.Wrap(st.Muted.Render("0 is no pain, 10 the worst you can imagine."), w, " "), w+1, prioNote, prioRest),
		gap(prioGap),
		fixed(prioCore, "  "+strings.Join(scale, "")),
		gap(prioGap),
		para(hint, w+1, prioMore, prioRest),
	}
	if m.advise {
		blocks = append(blocks, gap(prioGap), para(fit.Wrap(st.Muted.Render(coach.NotMedicalAdvice), w, " "), w+1, prioFirst, prioNote))
	}
	help := m.c.helpView(m.keys)
	ls := layout(m.c.height-lipgloss.Height(help), blocks)
	return m.c.frame(ls, help)
}
