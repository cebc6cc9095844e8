package journal

import (
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/routines"
)

// FromRecord is a session's record as a journal snapshot: id names the
// session and seq orders its snapshots (the reader keeps the highest).
// Text from the routine file is recorded as the user saw it: names and
// ids on one line without escape sequences or control characters, the
// file's path with them shown escaped. A routine file is anyone's, and
// what the journal keeps is printed again by history and its exports.
func FromRecord(id string, seq int, r coach.Record) Session {
	s := Session{
		ID: id, Seq: seq, Started: r.Started,
		Routine: Routine{
			ID: safetext.Line(r.Routine.ID), Name: safetext.Line(r.Routine.Name),
			Source: safetext.Escape(r.Routine.Source),
		},
		Level:      r.Level.String(),
		PainBefore: r.PainBefore, PainAfter: r.PainAfter,
		Outcome: string(r.Outcome),
	}
	if !r.Ended.IsZero() {
		end := r.Ended
		s.Ended = &end
	}
	for _, p := range r.PainStops {
		s.PainStops = append(s.PainStops, PainStop{Exercise: safetext.Line(p.Exercise), Name: safetext.Line(p.Name), Rep: p.Rep, Reps: p.Reps, Side: safetext.Line(p.Side)})
	}
	for i, e := range r.Exercises {
		move := i < len(r.Routine.Exercises) && r.Routine.Exercises[i].ID == e.ID && r.Routine.Exercises[i].Mode == routines.Move
		s.Exercises = append(s.Exercises, Exercise{Move: move,
			ID: safetext.Line(e.ID), Name: safetext.Line(e.Name),
			Planned: e.Planned, Done: e.Done, Skipped: e.Skipped,
			Seconds: e.Time.Round(time.Millisecond).Seconds(), End: string(e.End),
		})
	}
	return s
}
