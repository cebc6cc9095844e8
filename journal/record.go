package journal

import (
	"time"

	"github.com/backcoach/backcoach/coach"
)

// FromRecord is a session's record as a journal snapshot: id names the
// session and seq orders its snapshots (the reader keeps the highest).
func FromRecord(id string, seq int, r coach.Record) Session {
	s := Session{
		ID: id, Seq: seq, Started: r.Started,
		Routine:    Routine{ID: r.Routine.ID, Name: r.Routine.Name, Source: r.Routine.Source},
		Level:      r.Level.String(),
		PainBefore: r.PainBefore, PainAfter: r.PainAfter,
		Outcome: string(r.Outcome),
	}
	if !r.Ended.IsZero() {
		end := r.Ended
		s.Ended = &end
	}
	for _, e := range r.Exercises {
		s.Exercises = append(s.Exercises, Exercise{
			ID: e.ID, Name: e.Name, Planned: e.Planned, Done: e.Done, Skipped: e.Skipped,
			Seconds: e.Time.Round(time.Millisecond).Seconds(), End: string(e.End),
		})
	}
	return s
}
