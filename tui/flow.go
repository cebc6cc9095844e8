package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// The flow of a routine through the screens: picker, check-in before,
// session (and the pain screen), check-in after, summary.

// journaling reports whether sessions are recorded (and check-ins asked).
func (m Model) journaling() bool { return m.opts.Journal != nil }

// startGiven begins the routine given in Options.Start (`run ID`).
func (m *Model) startGiven() tea.Cmd {
	if r, ok := routines.Find(m.opts.Routines, m.opts.Start); ok {
		return m.choose(r)
	}
	return nil
}

// choose begins a routine: the check-in first when the journal is on and
// the rule asks (always, or daily and none was given today).
func (m *Model) choose(r routines.Routine) tea.Cmd {
	m.checking = m.opts.CheckIns.Ask(m.ratedToday)
	if !m.journaling() || !m.checking {
		return m.startSession(r, nil, m.opts.Level)
	}
	m.checkin = newCheckin(m.c, r, false, m.opts.Start == "")
	m.checkin.advise, m.advised = !m.advised, true
	m.screen = checkinScreen
	return m.checkin.shown()
}

// startSession starts the walk through r now, at level l.
func (m *Model) startSession(r routines.Routine, painBefore *int, l routines.Level) tea.Cmd {
	now := m.c.now()
	if rec, ok := m.Final(); ok {
		// The routine before, in this run, counts in this one's summary.
		m.summary = m.summary.remember(rec)
	}
	m.sessions++
	m.summarized = false
	// The not-medical-advice line, unless this way in said it already
	// (the picker, the check-in, remind's prompt); the next way in says it
	// again.
	advise := !m.advised
	m.advised = false
	rec := recorder{write: m.opts.Journal, painBefore: painBefore, stamp: journal.NewRecorder(now, m.opts.IDSuffix)}
	var cmd tea.Cmd
	// The routine starts in view: the full help, opened on the screen
	// before, would hold its countdown at once.
	m.c.help.ShowAll = false
	m.session, cmd = startSession(m.c, m.sessions, routines.NewPlan(r, l), rec, advise)
	m.screen = sessionScreen
	return cmd
}

// checkinAnswered takes a check-in's answer: before a routine, it starts,
// unless the pain is severe, which asks first; after one, the summary
// follows.
func (m *Model) checkinAnswered(rating *int) tea.Cmd {
	if m.screen != checkinScreen {
		return nil
	}
	if rating != nil {
		m.ratedToday = true
	}
	if !m.checkin.after {
		if rating != nil && *rating >= coach.Severe {
			m.severe = newSevere(m.c, m.checkin.routine, *rating)
			m.screen = severeScreen
			return m.severe.shown()
		}
		return m.startSession(m.checkin.routine, rating, m.opts.Level)
	}
	m.session = m.session.ratedAfter(rating)
	return m.showSummary()
}

// checkinLeft: q before a routine goes back (or quits `run`); after one it
// skips the question.
func (m *Model) checkinLeft() tea.Cmd {
	switch {
	case m.screen != checkinScreen:
		return nil
	case m.checkin.after:
		return m.showSummary()
	}
	return m.notStarted()
}

// severeDecided: after severe pain, start gently anyway, or not at all.
func (m *Model) severeDecided(gently bool) tea.Cmd {
	if m.screen != severeScreen {
		return nil
	}
	if gently {
		return m.startSession(m.severe.routine, &m.severe.rating, routines.Gentle)
	}
	return m.notStarted()
}

// notStarted goes back to the picker from a routine not started, or, for
// `run` (and a break of remind), quits.
func (m *Model) notStarted() tea.Cmd {
	if m.opts.Start != "" {
		return quitChosen
	}
	return m.openPicker()
}

// openPicker shows the picker, a way into a routine.
func (m *Model) openPicker() tea.Cmd {
	m.screen, m.advised = pickerScreen, true
	return m.pickerShown()
}

// pickerShown says the picker as it opens: the not-medical-advice line,
// which it shows, first.
func (m Model) pickerShown() tea.Cmd {
	return tea.Batch(m.c.shown("advice", coach.NotMedicalAdvice), m.picker.shown())
}

// sessionEnded goes on from a session that ended: the check-in after,
// then the summary.
func (m *Model) sessionEnded() tea.Cmd {
	if m.screen != sessionScreen && m.screen != painScreen {
		return nil
	}
	if m.journaling() && m.checking {
		m.checkin = newCheckin(m.c, m.session.routine(), true, false)
		m.screen = checkinScreen
		return m.checkin.shown()
	}
	return m.showSummary()
}

// showSummary records the session's last word and shows the summary.
func (m *Model) showSummary() tea.Cmd {
	var save tea.Cmd
	m.session, save = m.session.saveEnd()
	m.summary = m.summary.open(m.session.result())
	m.screen, m.summarized = summaryScreen, true
	return tea.Batch(save, m.summary.shown())
}

// ratedOn reports whether a check-in was given on now's day.
func ratedOn(sessions []journal.Session, now time.Time) bool {
	y, mo, d := now.Date()
	for _, s := range sessions {
		sy, smo, sd := s.Started.In(now.Location()).Date()
		if sy == y && smo == mo && sd == d && (s.PainBefore != nil || s.PainAfter != nil) {
			return true
		}
	}
	return false
}
