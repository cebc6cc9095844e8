package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/cue"
	"github.com/backcoach/backcoach/routines"
)

// waitingModel is remind's own screen: when the next break is, and, once
// it is due, the question what to do about it.
type waitingModel struct {
	c       *common
	keys    waitingKeys
	cfg     breaks.Config
	due     bool
	next    time.Time
	routine string // the next break's routine, by name
	err     string // the last failure to record remind's state
}

type waitingKeys struct {
	Start, Snooze, Skip, Pause, Quit key.Binding
}

func (k waitingKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Start, k.Snooze, k.Skip, k.Pause, k.Quit}
}

func (k waitingKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

func (k waitingKeys) narrow() []key.Binding { return k.ShortHelp() }

func newWaiting(c *common, cfg breaks.Config) waitingModel {
	return waitingModel{c: c, cfg: cfg, keys: newWaitingKeys()}
}

// RemindKeys says what each key does while remind waits, as its help bar
// does: "enter break now, z snooze 5 min, ...", for remind's --help.
func RemindKeys() string {
	var parts []string
	for _, b := range newWaitingKeys().ShortHelp() {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(parts, ", ")
}

func newWaitingKeys() waitingKeys {
	return waitingKeys{
		Start:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "break now")),
		Snooze: key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "snooze "+short(breaks.SnoozeFor))),
		Skip:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip this break")),
		// Not p: p means "it hurts" in a routine.
		Pause: key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "pause "+short(breaks.PauseFor))),
		Quit:  key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// short writes a duration as the help bar does: "5 min", "1 hour".
func short(d time.Duration) string {
	if d >= time.Hour && d%time.Hour == 0 {
		if d == time.Hour {
			return "1 hour"
		}
		return fmt.Sprintf("%d hours", d/time.Hour)
	}
	return fmt.Sprintf("%d min", int(d/time.Minute))
}

// at shows the next break; due says it has come.
func (m waitingModel) at(next time.Time, routine string, due bool) waitingModel {
	m.next, m.routine, m.due = next, routine, due
	m.keys.Start.SetHelp("enter", "break now")
	if due {
		m.keys.Start.SetHelp("enter", "start")
	}
	for _, b := range []*key.Binding{&m.keys.Snooze, &m.keys.Skip, &m.keys.Pause} {
		b.SetEnabled(due)
	}
	return m
}

// shown says the screen in words.
func (m waitingModel) shown() tea.Cmd {
	if m.due {
		return m.c.shown("due", fmt.Sprintf("Time for a back break: %s. %s %s to start, %s to snooze %s, %s to skip, %s to pause for %s.",
			m.routine, coach.NotMedicalAdvice, routines.Capitalize(m.keys.Start.Help().Key), m.keys.Snooze.Help().Key, cue.Spoken(breaks.SnoozeFor),
			m.keys.Skip.Help().Key, m.keys.Pause.Help().Key, short(breaks.PauseFor)))
	}
	return m.c.shown("waiting", "Next break at "+m.next.Format("15:04")+": "+m.routine+".")
}

func (m waitingModel) View() string {
	if m.c.tooSmall() {
		return m.c.tooSmallView("", "")
	}
	st := m.c.styles
	hours := ""
	if m.cfg.Hours != nil {
		hours = ", " + m.cfg.Hours.String()
	}
	lines := []string{" " + st.Header.Render("backcoach remind") + " " + st.Muted.Render("· every "+routines.FormatDuration(m.cfg.Every)+hours), ""}
	if m.due {
		lines = append(lines, " "+st.Work.Render("Time for a back break"), " "+st.Title.Render(m.routine), " "+st.Muted.Render(coach.NotMedicalAdvice), "")
	} else {
		left := m.next.Sub(m.c.now())
		mins := int((left + time.Minute - 1) / time.Minute)
		lines = append(lines,
			" Next break at "+st.Title.Render(m.next.Format("15:04"))+st.Muted.Render(fmt.Sprintf(" · in %d min", mins)),
			" "+st.Muted.Render(m.routine), "")
	}
	if m.err != "" {
		lines = append(lines, " "+st.Warning.Render("! "+m.err))
	}
	return m.c.frame(lines, " "+m.c.help.View(m.keys))
}
