package coach

// How a walk stops early: for pain, going on after it, and ended by
// the user; and the outcome it ends with.

import (
	"time"

	"github.com/backcoach/backcoach/routines"
)

// StopForPain ends the current exercise because it hurts: its holds not
// yet done are left undone (not skipped), its time stops, and the walk
// pauses until GoOn or End.
func (w *Walk) StopForPain(now time.Time) {
	if w.finished {
		return
	}
	st, e := w.Step(), w.Exercise()
	w.painStops = append(w.painStops, PainStop{Exercise: e.ID, Name: e.Name, Rep: st.Rep, Reps: st.Reps, Side: e.SideLabel(st.Side)})
	w.exEnd[st.Exercise] = Pain
	w.moveExercise(-1, now, true)
	w.Pause(now, ForPain)
}

// PainStops are the exercises stopped because they hurt, in order.
func (w *Walk) PainStops() []PainStop { return w.painStops }

// NextExercise is the exercise after the current one, and false when the
// current one is the last.
func (w *Walk) NextExercise() (routines.Exercise, bool) {
	i := w.nextExerciseStep()
	if i >= len(w.plan.Steps) {
		return routines.Exercise{}, false
	}
	return w.plan.Routine.Exercises[w.plan.Steps[i].Exercise], true
}

// nextExerciseStep is the first step of the exercise after the current
// one (len(steps) when it is the last).
func (w *Walk) nextExerciseStep() int {
	ex, i := w.Step().Exercise, w.idx
	for i < len(w.plan.Steps) && w.plan.Steps[i].Exercise == ex {
		i++
	}
	return i
}

// GoOn goes on after a stop for pain with the next exercise, from its
// start, running; after the last exercise the walk ends, for pain.
func (w *Walk) GoOn(now time.Time) {
	if w.finished {
		return
	}
	i := w.nextExerciseStep()
	if i >= len(w.plan.Steps) {
		w.End(now, Pain)
		return
	}
	if w.paused {
		w.resume(now) // first: the next exercise starts running, and says so
	}
	w.enter(i, now)
	w.countdown(now)
}

// End ends the walk now, before the end of the plan, and the exercise
// under way as it: how is Pain when the user ends a routine that hurts,
// Quit when they quit it.
func (w *Walk) End(now time.Time, how Outcome) {
	if w.finished {
		return
	}
	w.gen++
	w.idx = len(w.plan.Steps)
	if w.inEx >= 0 && w.exEnd[w.inEx] == "" && how != Finished {
		w.exEnd[w.inEx] = how // the exercise under way ended as the walk did
	}
	w.finish(now, how)
}

// Outcome is how the walk ended (Decide): Running while it has not;
// Pain when an exercise was stopped for pain on the way, however it
// ended; Skipped when it ran to its end with every hold skipped (no
// streak for three keys); Finished or Quit otherwise.
func (w *Walk) Outcome() Outcome {
	if !w.finished {
		return Running
	}
	return w.outcome
}
