package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
)

// recorder keeps the journal's view of a session: its id, how many
// snapshots were written (each newer than the last), and the check-ins.
// write is nil when the journal is off.
type recorder struct {
	write      func(journal.Session) error
	id         string
	seq        int
	painBefore *int
	painAfter  *int
}

// save writes a snapshot of the session in a command.
func (r *recorder) save(w *coach.Walk, now time.Time, o coach.Outcome) tea.Cmd {
	if r.write == nil {
		return nil
	}
	r.seq++
	rec, write := r.snapshot(w, now, o), r.write
	return func() tea.Msg { return journalSavedMsg{write(rec)} }
}

// snapshot is the session as the journal keeps it.
func (r recorder) snapshot(w *coach.Walk, now time.Time, o coach.Outcome) journal.Session {
	rec := w.Record(now, o)
	rec.PainBefore, rec.PainAfter = r.painBefore, r.painAfter
	return journal.FromRecord(r.id, r.seq, rec)
}

// final is the snapshot to write when the program ends: newer than every
// one saved so far; a session still under way is recorded as quit.
func (s sessionModel) final() (journal.Session, bool) {
	if s.rec.write == nil {
		return journal.Session{}, false
	}
	o := s.walk.Outcome()
	if o == coach.Running {
		o = coach.Quit
	}
	s.rec.seq++
	return s.rec.snapshot(&s.walk, s.c.now(), o), true
}
