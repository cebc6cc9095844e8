package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// summaryModel is the end of a routine: how it went, the streak and this
// week's minutes (with the journal on), and a prevention tip. It also
// keeps the history the streak is counted from, and the journal's last
// error, whichever screen is showing.
type summaryModel struct {
	c          *common
	keys       summaryKeys
	tips       []routines.Tip
	tip        int
	journaling bool
	history    []journal.Session
	journalErr string
	session    sessionResult
}

type summaryKeys struct {
	NextTip, PrevTip, Again, Quit key.Binding
	globalKeys
}

func (k summaryKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.NextTip, k.PrevTip, k.Again, k.Quit, k.Help}
}

func (k summaryKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Again, k.NextTip, k.PrevTip}, {k.Help, k.Quit, k.ForceQuit}}
}

func (k summaryKeys) narrow() []key.Binding { return []key.Binding{k.NextTip, k.Quit, k.Help} }

func newSummary(c *common, tips []routines.Tip, journaling bool) summaryModel {
	return summaryModel{c: c, tips: tips, journaling: journaling, keys: summaryKeys{
		NextTip:    key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n", "next tip")),
		PrevTip:    key.NewBinding(key.WithKeys("b", "left", "h"), key.WithHelp("b", "previous tip")),
		Again:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "another routine")),
		Quit:       quitKey("quit"),
		globalKeys: c.keys,
	}}
}

// open shows a session's summary, with the tip of the day it started
// (the local date of the clock's time) among those that fit its routine.
func (m summaryModel) open(r sessionResult) summaryModel {
	m.session = r
	m.tip = routines.TipOfDay(m.tips, routines.BackOf(r.record.Routine.ID), r.started)
	return m
}

// remember adds a session of this run to the history, for the next
// summary's streak and minutes.
func (m summaryModel) remember(s journal.Session) summaryModel {
	m.history = append(m.history, s)
	return m
}

// Update handles the summary's keys, and keeps the history and the
// journal's errors whichever screen shows.
func (m summaryModel) Update(msg tea.Msg) (summaryModel, tea.Cmd) {
	switch msg := msg.(type) {
	case historyLoadedMsg:
		m.history = append(msg.sessions, m.history...)
		if msg.err != nil {
			m.journalErr = "Could not read the journal: " + msg.err.Error()
		}
	case journalSavedMsg:
		if msg.err != nil {
			m.journalErr = "Could not write the journal: " + msg.err.Error()
		}
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.NextTip):
			m.tip = (m.tip + 1) % max(1, len(m.tips))
			return m, m.c.shown("tip", m.tipLine()) // the tip alone: the rest was said
		case key.Matches(msg, m.keys.PrevTip):
			m.tip = (m.tip + max(1, len(m.tips)) - 1) % max(1, len(m.tips))
			return m, m.c.shown("tip", m.tipLine())
		case key.Matches(msg, m.keys.Again):
			return m, func() tea.Msg { return anotherRoutineChosenMsg{} }
		case key.Matches(msg, m.keys.Quit):
			return m, quitChosen
		}
	}
	return m, nil
}

// shown says the summary in words, with the tip.
func (m summaryModel) shown() tea.Cmd {
	s := m.session
	line := "Done. " + s.report.String()
	if s.report.Finished && !s.report.Praised() && s.report.Skips() != "" {
		line += " " + s.report.Skips()
	}
	if p := painText(s.before, s.after); p != "" {
		line += " " + p + "."
	}
	if wentUp(s.before, s.after) {
		line += " " + coach.PainWentUp + " " + coach.PainAdvice + " " + coach.RedFlags + " (" + coach.Whose + ".)"
	}
	if len(m.tips) > 0 {
		line += " " + m.tipLine()
	}
	return m.c.shown("summary", line+" "+m.waiting())
}

// tipLine is the tip showing, in words: "Tip 2 of 9: Move more. ...",
// and, when there is another, the key for it.
func (m summaryModel) tipLine() string {
	if len(m.tips) == 0 {
		return ""
	}
	t := m.tips[m.tip%len(m.tips)]
	line := fmt.Sprintf("Tip %d of %d: %s. %s", m.tip%len(m.tips)+1, len(m.tips), t.Title, t.Text)
	if len(m.tips) > 1 {
		line += " " + words.Capitalize(m.keys.NextTip.Help().Key) + " for the next tip."
	}
	return line
}

// waiting says what the summary waits for: "Enter for another routine,
// q to quit."
func (m summaryModel) waiting() string {
	return words.Capitalize(m.keys.Again.Help().Key) + " for " + m.keys.Again.Help().Desc + ", " + m.keys.Quit.Help().Key + " to quit."
}

func (m summaryModel) View() string {
	st := m.c.styles
	w := m.c.width
	help := m.c.helpView(m.keys)
	avail := m.c.height - lipgloss.Height(help)
	s := m.session
	// Praise only a routine finished, and mostly done (coach's rule):
	// never one stopped or cut for pain; one mostly skipped is told what
	// it did and what it skipped. A head too long for the window is
	// wrapped, not cut.
	var lines []string
	head, headW := s.report.Head(), w-2
	praised := s.report.Praised()
	if praised && lipgloss.Width("Well done! "+head) <= headW {
		lines = append(lines, " "+st.Good.Render("Well done!")+" "+st.Title.Render(head))
	} else {
		if praised {
			lines = append(lines, " "+st.Good.Render("Well done!"))
		}
		for _, l := range fit.Wrap(head, headW, " ") {
			lines = append(lines, st.Title.Render(l))
		}
	}
	if s.report.Finished && !praised {
		lines = append(lines, fit.Wrap(strings.TrimSpace(s.report.Did()+" "+s.report.Skips()), headW, " ")...)
	}
	if p := m.progress(); p != "" {
		lines = append(lines, " "+st.Position.Render(p))
	}
	if p := painText(s.before, s.after); p != "" {
		lines = append(lines, " "+p)
	}
	if wentUp(s.before, s.after) {
		lines = append(lines, "")
		lines = append(lines, fit.Wrap(coach.PainWentUp+" "+coach.PainAdvice+" "+coach.RedFlags+" ("+coach.Whose+".)", w-4, "  ")...)
	}
	if m.journalErr != "" {
		lines = append(lines, " "+st.Warning.Render("! "+m.journalErr))
	}
	lines = append(lines, "")
	nameW := 0
	for _, r := range s.results {
		nameW = max(nameW, lipgloss.Width(r.Name))
	}
	nameW = min(nameW, max(8, w/2))
	for _, r := range s.results {
		name := fit.Truncate(r.Name, nameW)
		line := name + strings.Repeat(" ", nameW-lipgloss.Width(name)) + "  " + r.Count()
		// The skipped count goes whole or not at all: "· 2 s" would read
		// as seconds.
		if skipped := fmt.Sprintf(" · %d skipped", r.Skipped); r.Skipped > 0 && lipgloss.Width(line+skipped) <= w-3 {
			line += skipped
		}
		lines = append(lines, "  "+line)
	}
	if len(m.tips) > 0 && avail-len(lines) >= 4 {
		t := m.tips[m.tip%len(m.tips)]
		lines = append(lines, "", " "+st.TipTitle.Render(fmt.Sprintf("Tip %d of %d · %s", m.tip%len(m.tips)+1, len(m.tips), t.Title)))
		lines = append(lines, fit.Wrap(t.Text, w-4, "  ")...)
	}
	return m.c.frame(lines, help)
}

// painText says the check-ins: "Pain 3 → 6 (0 none, 10 the worst)".
func painText(before, after *int) string {
	show := func(p *int) string {
		if p == nil {
			return "–" // as history shows it
		}
		return fmt.Sprint(*p)
	}
	if before == nil && after == nil {
		return ""
	}
	return "Pain " + show(before) + " → " + show(after) + " (0 none, 10 the worst)"
}

// wentUp reports whether the pain rose by coach.WentUp or more.
func wentUp(before, after *int) bool {
	return before != nil && after != nil && *after-*before >= coach.WentUp
}

// progress is the line about the streak and this week.
func (m summaryModel) progress() string {
	if !m.journaling {
		return ""
	}
	now := m.c.now()
	cur := m.session.record
	sessions := make([]journal.Session, 0, len(m.history)+1)
	for _, s := range m.history {
		if s.ID != cur.ID {
			sessions = append(sessions, s)
		}
	}
	sessions = append(sessions, cur)
	streak, _ := journal.Streaks(sessions, now)
	week := journal.Minutes(sessions, journal.WeekStart(now), now.Add(time.Second))
	return fmt.Sprintf("Streak: %s · %s this week", words.Count(streak, "day"), words.Clock(time.Duration(week*float64(time.Minute))))
}
