package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

func (m *Model) updateSummary(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.NextTip):
		m.tip = (m.tip + 1) % max(1, len(m.opts.Tips))
	case key.Matches(msg, m.keys.Again):
		m.screen = pickerScreen
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit
	}
	return nil
}

// Report is what a finished or quit session did, for the line main prints
// after the program ends.
type Report struct {
	Routine  string
	Finished bool
	Taken    string // like "6:31"
	Done     int
	Skipped  int
	Planned  int
}

// Report returns the last session's report, and false when no routine was
// started.
func (m Model) Report() (Report, bool) {
	if !m.started {
		return Report{}, false
	}
	s := &m.session
	r := Report{Routine: s.plan.Routine.Name, Finished: s.finished && m.outcome != journal.Pain, Taken: routines.Clock(m.taken())}
	for _, e := range s.results() {
		r.Done += e.Done
		r.Skipped += e.Skipped
		r.Planned += e.Planned
	}
	r.Finished = r.Finished && r.Done > 0 // every hold skipped: it ended, no more
	return r, true
}

// String is the report as one line.
func (r Report) String() string {
	verb := "stopped"
	switch {
	case r.Finished:
		verb = "finished"
	case r.Done == 0 && r.Skipped == r.Planned && r.Planned > 0:
		verb = "ended, every hold skipped,"
	}
	return fmt.Sprintf("%s %s in %s: %d of %d holds done, %d skipped.", r.Routine, verb, r.Taken, r.Done, r.Planned, r.Skipped)
}

// taken is the wall time from the start of the session to its end (or now).
func (m Model) taken() time.Duration {
	end := m.session.ended
	if !m.session.finished {
		end = m.now()
	}
	return end.Sub(m.session.started)
}

func (m Model) summaryView() string {
	s := &m.session
	st := m.styles
	w := m.width
	help := m.helpView()
	avail := m.height - lipgloss.Height(help)

	head := " " + st.Good.Render("Well done!") + " " + st.Title.Render(s.plan.Routine.Name) + " finished in " + routines.Clock(m.taken())
	r, _ := m.Report()
	switch {
	case m.outcome == journal.Pain:
		head = " " + st.Title.Render(s.plan.Routine.Name) + " stopped for pain after " + routines.Clock(m.taken())
	case r.Done == 0:
		head = " " + st.Title.Render(s.plan.Routine.Name) + " ended after " + routines.Clock(m.taken()) + ", every hold skipped"
	}
	lines := []string{head}
	if p := m.progressLine(); p != "" {
		lines = append(lines, " "+st.Position.Render(p))
	}
	if m.journalErr != "" {
		lines = append(lines, " "+st.Warning.Render("! "+m.journalErr))
	}
	lines = append(lines, "")
	results := s.results()
	nameW := 0
	for _, r := range results {
		nameW = max(nameW, lipgloss.Width(r.Name))
	}
	nameW = min(nameW, max(8, w/2))
	for _, r := range results {
		line := fmt.Sprintf("%-*s  %d of %d holds", nameW, truncate(r.Name, nameW), r.Done, r.Planned)
		if r.Skipped > 0 {
			line += fmt.Sprintf(" · %d skipped", r.Skipped)
		}
		lines = append(lines, "  "+line)
	}
	if len(m.opts.Tips) > 0 && avail-len(lines) >= 4 {
		t := m.opts.Tips[m.tip%len(m.opts.Tips)]
		lines = append(lines, "", " "+st.TipTitle.Render(fmt.Sprintf("Tip %d of %d · %s", m.tip%len(m.opts.Tips)+1, len(m.opts.Tips), t.Title)))
		text := strings.Split(st.Step.Width(max(1, w-4)).Render(t.Text), "\n")
		for _, l := range text {
			lines = append(lines, "  "+strings.TrimRight(l, " "))
		}
	}
	return m.frame(lines, help)
}
