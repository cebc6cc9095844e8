package coach

import (
	"fmt"
	"strings"
	"time"

	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// Result counts one exercise's holds; Move says they are times to keep
// moving (shoulder rolls), counted as moves.
type Result struct {
	Name                   string
	Planned, Done, Skipped int
	Move                   bool
}

// Results counts each exercise's holds.
func (w *Walk) Results() []Result {
	out := make([]Result, len(w.plan.Routine.Exercises))
	for i, e := range w.plan.Routine.Exercises {
		out[i].Name, out[i].Move = e.Name, e.Mode == routines.Move
	}
	for i, st := range w.plan.Steps {
		if st.Kind != routines.Work {
			continue
		}
		r := &out[st.Exercise]
		r.Planned++
		switch w.status[i] {
		case done:
			r.Done++
		case skipped:
			r.Skipped++
		}
	}
	return out
}

// Totals counts the holds of the whole walk.
func (w *Walk) Totals() Result {
	t := Result{Name: w.plan.Routine.Name}
	for _, r := range w.Results() {
		t.Planned += r.Planned
		t.Done += r.Done
		t.Skipped += r.Skipped
	}
	return t
}

// Taken is the time spent exercising from the start to the end (or to
// now): the exercises' times in the Record, so time paused, held by a
// question or asleep is left out. The summary, the report printed at the
// end, the plain lines, the journal and history all say this one duration.
func (w *Walk) Taken(now time.Time) time.Duration {
	var t time.Duration
	for i := range w.exTime {
		t += w.spent(i, now)
	}
	return t
}

// spent is the time spent on exercise i by now, paused and asleep time
// left out, to the millisecond the journal keeps: the screens and the
// journal add up the same numbers, so they round to the same seconds.
func (w *Walk) spent(i int, now time.Time) time.Duration {
	t := w.exTime[i]
	if i == w.inEx && !w.finished && !w.paused {
		t += max(0, now.Sub(w.exFrom))
	}
	return t.Round(time.Millisecond)
}

// Report is what a session did, for the line printed when the program
// ends and for the plain summary.
type Report struct {
	Routine  string
	Outcome  Outcome
	Finished bool
	Taken    string // time spent exercising, like "6:31"
	Done     int
	Skipped  int
	Planned  int
	// PainStop is the last exercise stopped for pain, if any.
	PainStop *PainStop
	// How is how the walk stopped: Finished at the end of the plan, Pain
	// when it was ended at a stop for pain, Quit; Running while it runs.
	How Outcome
	// Moves are the part of Done, Skipped and Planned that are moves
	// rather than holds.
	Moves Result
	// Exercises counts each exercise's holds.
	Exercises []Result
}

// Report says what the walk did by now.
func (w *Walk) Report(now time.Time) Report {
	t := w.Totals()
	r := Report{Routine: w.plan.Routine.Name, Outcome: w.Outcome(), Taken: words.Clock(w.Taken(now)),
		Finished: w.Outcome() == Finished, Done: t.Done, Skipped: t.Skipped, Planned: t.Planned, How: w.how}
	if !w.finished {
		r.How = Running
	}
	if n := len(w.painStops); n > 0 {
		r.PainStop = &w.painStops[n-1]
	}
	r.Moves.Move = true
	r.Exercises = w.Results()
	for _, x := range r.Exercises {
		if x.Move {
			r.Moves.Planned += x.Planned
			r.Moves.Done += x.Done
			r.Moves.Skipped += x.Skipped
		}
	}
	return r
}

// Head says how the routine went, in a few words: "Low back finished in
// 6:55", "Low back stopped for pain at Bird dog, left leg, rep 3, after
// 3:25". A routine stopped or cut for pain is never called finished.
func (r Report) Head() string {
	switch {
	case r.PainStop != nil && r.How == Pain:
		return fmt.Sprintf("%s stopped for pain at %s, after %s", r.Routine, r.PainStop, r.Taken)
	case r.PainStop != nil && r.How == Finished:
		return fmt.Sprintf("%s ended in %s; %s was stopped for pain", r.Routine, r.Taken, r.PainStop)
	case r.PainStop != nil:
		return fmt.Sprintf("%s stopped after %s; %s was stopped for pain", r.Routine, r.Taken, r.PainStop)
	case r.Finished:
		return fmt.Sprintf("%s finished in %s", r.Routine, r.Taken)
	case r.Done == 0 && r.Skipped == r.Planned && r.Planned > 0:
		return fmt.Sprintf("%s ended after %s, every hold skipped", r.Routine, r.Taken)
	}
	return fmt.Sprintf("%s stopped after %s", r.Routine, r.Taken)
}

// Praised reports whether the routine earns "Well done!": it ran to its
// end, no exercise stopped for pain, and at least half of the holds and
// moves planned were done. A routine mostly skipped is told what it did
// and what it skipped instead (Did, Skips).
func (r Report) Praised() bool { return r.Finished && 2*r.Done >= r.Planned }

// Did says what was done, for a routine not praised: "You did 3 of 8
// holds and 0 of 2 moves."
func (r Report) Did() string { return "You did " + r.counts() + "." }

// Skips says what was skipped: "Skipped: Thoracic extension, Shoulder
// roll and part of Bird dog.", or "" when nothing was.
func (r Report) Skips() string {
	var names []string
	for _, x := range r.Exercises {
		switch {
		case x.Skipped == 0:
		case x.Done == 0 && x.Skipped == x.Planned:
			names = append(names, x.Name)
		default:
			names = append(names, "part of "+x.Name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "Skipped: " + words.And(names) + "."
}

// String is the report as one line.
func (r Report) String() string {
	return fmt.Sprintf("%s. %s done, %d skipped.", r.Head(), r.counts(), r.Skipped)
}

// counts says the holds and the moves done: "6 of 8 holds and 2 of 2
// moves".
func (r Report) counts() string {
	holds := Result{Planned: r.Planned - r.Moves.Planned, Done: r.Done - r.Moves.Done}
	switch {
	case r.Moves.Planned == 0:
		return holds.Count()
	case holds.Planned == 0:
		return r.Moves.Count()
	}
	return holds.Count() + " and " + r.Moves.Count()
}

// Count says how many holds (or moves) were done: "3 of 10 holds", "1 of
// 1 hold", "2 of 2 moves".
func (r Result) Count() string {
	unit := "hold"
	if r.Move {
		unit = "move"
	}
	return fmt.Sprintf("%d of %d %s", r.Done, r.Planned, words.Plural(r.Planned, unit))
}

// PainStop is an exercise stopped because it hurt: which, and the rep
// and side it was on.
type PainStop struct {
	Exercise string // its id
	Name     string
	Rep      int
	Reps     int    // of the exercise: 1 is no "rep 1" to say
	Side     string // "Left side", or ""
}

// String says where: "Bird dog, left leg, rep 3".
func (p PainStop) String() string {
	s := p.Name
	if p.Side != "" {
		s += ", " + strings.ToLower(p.Side)
	}
	if p.Reps == 1 {
		return s // one rep: "rep 1" says nothing
	}
	return fmt.Sprintf("%s, rep %d", s, p.Rep)
}

// Record is a session as it is kept: the walk so far, and the pain
// check-ins around it. The journal maps it to its own format.
type Record struct {
	Routine    routines.Routine
	Level      routines.Level
	Started    time.Time
	Ended      time.Time // zero while the session runs
	PainBefore *int
	PainAfter  *int
	Outcome    Outcome
	Exercises  []ExerciseRecord
	PainStops  []PainStop
}

// ExerciseRecord is what became of one exercise.
type ExerciseRecord struct {
	ID, Name               string
	Planned, Done, Skipped int
	Time                   time.Duration // spent on it, paused and asleep time left out
	End                    Outcome
}

// Record is the walk at now. Once it ended, it is recorded as it ended;
// before, how says how it stands: Running while under way, Quit when the
// program ends mid-way, and the outcome is what Decide makes of it. Every
// exercise is listed, the ones never reached marked so, so that the
// plan's holds add up.
func (w *Walk) Record(now time.Time, how Outcome) Record {
	r := w.plan.Routine
	outcome := w.outcome
	if !w.finished {
		outcome = Decide(how, len(w.painStops), w.Totals().Done)
	}
	rec := Record{Routine: r, Level: w.plan.Level, Started: w.started, Outcome: outcome, PainStops: append([]PainStop(nil), w.painStops...)}
	if outcome != Running {
		rec.Ended = now
		if w.finished {
			rec.Ended = w.ended
		}
	}
	res := w.Results()
	for i, e := range r.Exercises {
		end := w.exEnd[i]
		if i == w.inEx && !w.finished && end != Pain {
			end = how // running, or how the session stopped
		}
		if end == "" {
			end = NotReached
		}
		rec.Exercises = append(rec.Exercises, ExerciseRecord{
			ID: e.ID, Name: e.Name, Planned: res[i].Planned, Done: res[i].Done, Skipped: res[i].Skipped,
			Time: w.spent(i, now), End: end,
		})
	}
	return rec
}
