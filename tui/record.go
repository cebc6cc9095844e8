package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
)

// recorder keeps the journal's view of a session: the stamp of its
// snapshots (its id and their order), and the check-ins. write is nil
// when the journal is off.
type recorder struct {
	write      func(journal.Session) error
	stamp      journal.Recorder
	painBefore *int
	painAfter  *int
}

// save writes a snapshot of the session in a command.
func (r *recorder) save(w *coach.Walk, now time.Time, o coach.Outcome) tea.Cmd {
	if r.write == nil {
		return nil
	}
	rec, write := r.stamp.Next(r.record(w, now, o)), r.write
	return func() tea.Msg { return journalSavedMsg{write(rec)} }
}

// record is the session as the walk and the check-ins say it.
func (r recorder) record(w *coach.Walk, now time.Time, o coach.Outcome) coach.Record {
	rec := w.Record(now, o)
	rec.PainBefore, rec.PainAfter = r.painBefore, r.painAfter
	return rec
}

// snapshot is the session as the journal keeps it, stamped as the last
// snapshot saved: for what the summary shows, not for writing.
func (r recorder) snapshot(w *coach.Walk, now time.Time, o coach.Outcome) journal.Session {
	return r.stamp.Latest(r.record(w, now, o))
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
	return s.rec.stamp.Next(s.rec.record(&s.walk, s.c.now(), o)), true
}
