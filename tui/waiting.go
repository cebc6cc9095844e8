package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// waitState is what the waiting screen shows.
type waitState int

const (
	waitNext   waitState = iota // the next break is coming
	waitDue                     // it has come (and maybe waited: overdue)
	waitPaused                  // reminders are paused until next
)

// waitingModel is remind's own screen: when the next break is, and, once
// it is due, the question what to do about it.
type waitingModel struct {
	c       *common
	keys    waitingKeys
	cfg     breaks.Config
	state   waitState
	next    time.Time     // the next break, or the end of the pause
	overdue time.Duration // how long the due break has waited
	routine string        // the next break's routine, by name
	err     string        // the last problem: remind's state not recorded, a session ahead of the clock
	note    string        // what the last key or request did: "Snoozed until 14:10", or ""
}

type waitingKeys struct {
	Start, Routine, Snooze, Skip, Pause, Tomorrow, Resume, Quit key.Binding
	globalKeys
}

func (k waitingKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Start, k.Routine, k.Snooze, k.Skip, k.Pause, k.Tomorrow, k.Resume, k.Quit, k.Help}
}

func (k waitingKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Start, k.Routine, k.Snooze, k.Skip, k.Pause, k.Tomorrow, k.Resume}, {k.Help, k.Quit, k.ForceQuit}}
}

func (k waitingKeys) narrow() []key.Binding { return k.ShortHelp() }

func newWaiting(c *common, cfg breaks.Config) waitingModel {
	return waitingModel{c: c, cfg: cfg, keys: newWaitingKeys(c.keys)}
}

// RemindKeys says what each key does while remind waits, as its help bar
// does: "enter break now, r other routine, ...", for remind's --help.
func RemindKeys() string {
	var parts []string
	for _, b := range newWaitingKeys(newGlobalKeys()).ShortHelp() {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(parts, ", ")
}

func newWaitingKeys(g globalKeys) waitingKeys {
	return waitingKeys{
		Start:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "break now")),
		Routine: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "other routine")),
		Snooze:  key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "snooze "+words.Period(breaks.SnoozeFor))),
		Skip:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip this break")),
		// Not p: p means "it hurts" in a routine. t: until the next start
		// of working hours (or 09:00); at 02:05 that morning's.
		Pause:    key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "pause "+words.Period(breaks.PauseFor))),
		Tomorrow: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "pause till work starts")),
		Resume:   key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "resume")),
		// Not esc: esc at the prompt must not end remind.
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		globalKeys: g,
	}
}

// at shows the next break (or the end of a pause), its state and how
// overdue it is.
func (m waitingModel) at(next time.Time, routine string, state waitState, overdue time.Duration) waitingModel {
	m.next, m.routine, m.state, m.overdue = next, routine, state, overdue
	m.keys.Start.SetHelp("enter", "break now")
	if state == waitDue {
		m.keys.Start.SetHelp("enter", "start")
	}
	m.keys.Snooze.SetEnabled(state == waitDue)
	m.keys.Skip.SetEnabled(state == waitDue)
	m.keys.Pause.SetEnabled(state != waitPaused)
	m.keys.Resume.SetEnabled(state == waitPaused)
	return m
}

// headline is the screen's one line: the next break, the prompt, or the
// pause, with times as people say them.
func (m waitingModel) headline() string {
	now := m.c.now()
	switch m.state {
	case waitDue:
		if m.overdue > 0 { // its minutes rounded up, as everywhere
			return "Time for a back break · overdue " + words.Ago(now, now.Add(-m.overdue))
		}
		return "Time for a back break"
	case waitPaused:
		return "Reminders paused until " + words.At(now, m.next)
	}
	return "Next break " + words.At(now, m.next) + " · " + words.In(now, m.next)
}

// fitted is the headline within w columns: for the next break, the time
// to it is left out before the line is cut.
func (m waitingModel) fitted(w int) string {
	head := m.headline()
	if m.state != waitNext || lipgloss.Width(head) <= w {
		return head
	}
	return "Next break " + words.At(m.c.now(), m.next)
}

// shown says the screen in words.
func (m waitingModel) shown() tea.Cmd {
	switch m.state {
	case waitDue:
		return m.c.shown("due", fmt.Sprintf("%s: %s. %s %s to start, %s for another routine, %s to snooze %s, %s to skip, %s to pause for %s.",
			m.headline(), m.routine, coach.NotMedicalAdvice, words.Capitalize(m.keys.Start.Help().Key), m.keys.Routine.Help().Key,
			m.keys.Snooze.Help().Key, words.Spoken(breaks.SnoozeFor), m.keys.Skip.Help().Key, m.keys.Pause.Help().Key, words.Period(breaks.PauseFor)))
	case waitPaused:
		return m.c.shown("paused", m.noted()+m.headline()+". "+words.Capitalize(m.keys.Resume.Help().Key)+" to resume.")
	}
	return m.c.shown("waiting", m.noted()+m.headline()+": "+m.routine+".")
}

// noted is the note as the first sentence of what is said, or "".
func (m waitingModel) noted() string {
	if m.note == "" {
		return ""
	}
	return m.note + ". "
}

func (m waitingModel) View() string {
	if m.c.tooSmall() {
		return m.compact() // a small pane is remind's place: the line that matters
	}
	st := m.c.styles
	hours := ""
	if m.cfg.Hours != nil {
		hours = ", " + m.cfg.Hours.String()
	}
	lines := []string{" " + st.Header.Render("backcoach remind") + " " + st.Muted.Render("· every "+routines.FormatDuration(m.cfg.Every)+hours), ""}
	switch m.state {
	case waitDue:
		lines = append(lines, " "+st.Work.Render(m.headline()), " "+st.Title.Render(m.routine), " "+st.Muted.Render(coach.NotMedicalAdvice), "")
	case waitPaused:
		lines = append(lines, " "+st.Paused.Render(m.headline()), " "+st.Muted.Render("Then: "+m.routine), "")
	default:
		lines = append(lines, " "+st.Title.Render(m.fitted(m.c.width-2)), " "+st.Muted.Render(m.routine), "")
	}
	if m.note != "" {
		lines = append(lines, " "+st.Muted.Render(m.note))
	}
	if m.err != "" {
		lines = append(lines, " "+st.Warning.Render("! "+m.err))
	}
	return m.c.frame(lines, m.c.helpView(m.keys))
}

// compact is the screen in a small pane, down to 20x2: the one line that
// matters (short words, the most important first), then what to do.
func (m waitingModel) compact() string {
	st := m.c.styles
	w := max(1, m.c.width)
	now := m.c.now()
	var heads []string // the line, then shorter forms that keep the time
	var then string
	clock := m.next.In(now.Location()).Format("15:04")
	switch m.state {
	case waitDue:
		heads, then = []string{"Break due"}, m.keys.Start.Help().Key+": "+m.routine
		if m.overdue > 0 {
			heads = []string{"Break · " + words.Ago(now, now.Add(-m.overdue)) + " late"}
		}
	case waitPaused:
		heads, then = []string{"Paused till " + words.At(now, m.next), "Paused till " + clock}, m.keys.Resume.Help().Key+" resume"
	default:
		in := strings.TrimPrefix(words.In(now, m.next), "in ")
		at := words.At(now, m.next)
		heads, then = []string{"Break " + at + " · " + in, "Break " + clock + " · " + in, "Break " + at, "Break " + clock}, m.routine
	}
	head := heads[len(heads)-1]
	for _, h := range heads {
		if lipgloss.Width(h) <= w {
			head = h
			break
		}
	}
	lines := []string{st.Title.Render(fit.Truncate(head, w))}
	if m.c.height >= 2 {
		lines = append(lines, st.Muted.Render(fit.Truncate(then, w)))
	}
	return strings.Join(lines, "\n")
}
