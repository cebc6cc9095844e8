package tui

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// journalSavedMsg says a snapshot was (or could not be) written.
type journalSavedMsg struct{ err error }

// historyLoadedMsg carries the past sessions, read from the journal once
// the program runs, so reading years of history never delays the first
// frame.
type historyLoadedMsg struct {
	sessions []journal.Session
	err      error
}

// journaling reports whether sessions are recorded (and check-ins asked).
func (m Model) journaling() bool { return m.opts.Journal != nil }

// loadHistory reads the journal in a command.
func (m Model) loadHistory() tea.Cmd {
	load := m.opts.History
	if load == nil {
		return nil
	}
	return func() tea.Msg {
		s, err := load()
		return historyLoadedMsg{s, err}
	}
}

// save writes a snapshot of the session in a command. Snapshots carry a
// growing Seq, so the order the commands run in does not matter.
func (m *Model) save(outcome string) tea.Cmd {
	if !m.journaling() || !m.started {
		return nil
	}
	m.seq++
	rec := m.snapshot(outcome, m.now())
	write := m.opts.Journal
	return func() tea.Msg { return journalSavedMsg{write(rec)} }
}

// Final is the snapshot to write when the program ends, and false when no
// routine was started or the journal is off. A session still under way is
// recorded as quit.
func (m Model) Final() (journal.Session, bool) {
	if !m.journaling() || !m.started {
		return journal.Session{}, false
	}
	outcome := m.outcome
	if outcome == "" {
		outcome = journal.Quit
	}
	m.seq++ // newer than every snapshot saved so far
	return m.snapshot(outcome, m.now()), true
}

// snapshot is the session as the journal keeps it. While it runs, only the
// exercises that have ended are in it; at the end, every exercise is, the
// ones never reached marked so.
func (m Model) snapshot(outcome string, now time.Time) journal.Session {
	s := &m.session
	r := s.plan.Routine
	rec := journal.Session{
		ID: m.sessionID, Seq: m.seq, Started: s.started,
		Routine:    journal.Routine{ID: r.ID, Name: r.Name, Source: r.Source},
		Level:      s.plan.Level.String(),
		PainBefore: m.painBefore, PainAfter: m.painAfter,
		Outcome: outcome,
	}
	if outcome != journal.Running {
		end := now
		if s.finished {
			end = s.ended
		}
		rec.Ended = &end
	}
	res := s.results()
	for i, e := range r.Exercises {
		end, spent := s.exEnd[i], s.exTime[i]
		if i == s.inEx && !s.finished {
			if !s.paused {
				spent += now.Sub(s.exFrom)
			}
			if end != journal.Pain {
				end = outcome // running, or how the session ended
			}
		}
		if end == "" {
			end = journal.NotReached // every exercise is listed, so the plan's holds add up
		}
		rec.Exercises = append(rec.Exercises, journal.Exercise{
			ID: e.ID, Name: e.Name, Planned: res[i].Planned, Done: res[i].Done, Skipped: res[i].Skipped,
			Seconds: spent.Round(time.Millisecond).Seconds(), End: end,
		})
	}
	return rec
}

// progressLine is the summary's line about the streak and this week.
func (m Model) progressLine() string {
	if !m.journaling() {
		return ""
	}
	now := m.now()
	sessions := make([]journal.Session, 0, len(m.history)+1)
	for _, s := range m.history {
		if s.ID != m.sessionID {
			sessions = append(sessions, s)
		}
	}
	sessions = append(sessions, m.snapshot(m.outcome, now))
	streak, _ := journal.Streaks(sessions, now)
	week := journal.Minutes(sessions, journal.WeekStart(now), now.Add(time.Second))
	days := "days"
	if streak == 1 {
		days = "day"
	}
	return fmt.Sprintf("Streak: %d %s · %s this week", streak, days, routines.Clock(time.Duration(week*float64(time.Minute))))
}
