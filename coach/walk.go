// Package coach is what a session means, apart from any screen: the walk
// through a plan of timed steps (pause, skip, back, stop for pain), what
// became of each exercise, the record a session leaves, and the events
// that outputs (bell, speech, plain lines, notifications) turn into sound
// and text. It imports neither Bubble Tea nor the journal: the TUI, the
// plain mode and the reminder share it, and tests drive it on a fake clock.
package coach

import (
	"time"

	"github.com/backcoach/backcoach/routines"
)

// lateRestart: when the clock is found this far past a deadline (the laptop
// slept), the next step starts from now instead of from the missed
// deadline, so the coach does not race through the steps it slept over.
const lateRestart = time.Second

// holdStatus is what became of a hold.
type holdStatus int

const (
	pending holdStatus = iota
	done
	skipped
)

// Walk is one session's walk through a plan. Every countdown is a
// deadline: the time left is computed from the clock, never counted in
// ticks, and the next step's deadline is the previous deadline plus its
// duration, so a routine does not drift.
//
// Walk's methods take the time from the caller's clock. What happens is
// announced as events, which Events hands over.
type Walk struct {
	plan     routines.Plan
	idx      int
	deadline time.Time     // when the current step ends, while running
	left     time.Duration // time left in the current step, while paused
	paused   bool
	gen      int
	started  time.Time
	ended    time.Time
	finished bool
	how      Outcome // how it stopped, once finished: Finished, Pain or Quit
	outcome  Outcome // how it ended, once finished (Decide)
	status   []holdStatus
	count    int  // the last countdown number announced in this step
	byClock  bool // the step being entered follows one the clock ended

	// Per exercise: how it ended ("" while it has not) and the time spent
	// on it; inEx is the exercise under way (-1 none) and exFrom when its
	// clock last started.
	exEnd  []Outcome
	exTime []time.Duration
	inEx   int
	exFrom time.Time

	painStops []PainStop

	events []Event
}

// Start begins a walk through p at now, with its first step.
func Start(p routines.Plan, now time.Time) Walk {
	n := len(p.Routine.Exercises)
	w := Walk{plan: p, started: now, status: make([]holdStatus, len(p.Steps)),
		exEnd: make([]Outcome, n), exTime: make([]time.Duration, n), inEx: -1}
	w.enter(0, now)
	return w
}

// Plan is the plan walked.
func (w *Walk) Plan() routines.Plan { return w.plan }

// Index is the number of the step under way in the plan.
func (w *Walk) Index() int { return w.idx }

// Step is the step under way (the last one once finished).
func (w *Walk) Step() routines.Step {
	if len(w.plan.Steps) == 0 {
		return routines.Step{}
	}
	return w.plan.Steps[min(w.idx, len(w.plan.Steps)-1)]
}

// Exercise is the exercise of the step under way.
func (w *Walk) Exercise() routines.Exercise {
	if len(w.plan.Routine.Exercises) == 0 {
		return routines.Exercise{}
	}
	return w.plan.Routine.Exercises[w.Step().Exercise]
}

// Paused reports whether the countdown is held.
func (w *Walk) Paused() bool { return w.paused }

// Finished reports whether the walk has ended, however.
func (w *Walk) Finished() bool { return w.finished }

// Started is when the walk began.
func (w *Walk) Started() time.Time { return w.started }

// Gen changes whenever a pending tick becomes stale: on every pause,
// resume and jump. A tick asked for under another Gen must be dropped, or
// a second tick loop would start.
func (w *Walk) Gen() int { return w.gen }

// InExercise is the exercise under way, or -1 between exercises (after a
// stop for pain, or at the end). A change means an exercise ended.
func (w *Walk) InExercise() int { return w.inEx }

// Events hands over what happened since the last call, in order.
func (w *Walk) Events() []Event {
	evs := w.events
	w.events = nil
	return evs
}

func (w *Walk) emit(e Event) { w.events = append(w.events, e) }

// at describes the step under way for an event.
func (w *Walk) at() At {
	return At{Step: w.Step(), Exercise: w.Exercise(), Index: w.idx, Exercises: len(w.plan.Routine.Exercises), Level: w.plan.Level}
}

// Remaining is the time left in the current step.
func (w *Walk) Remaining(now time.Time) time.Duration {
	switch {
	case w.finished:
		return 0
	case w.paused:
		return w.left
	}
	return max(0, w.deadline.Sub(now))
}

// TotalLeft is the time left in the whole routine.
func (w *Walk) TotalLeft(now time.Time) time.Duration {
	if w.finished {
		return 0
	}
	return w.Remaining(now) + w.plan.From(w.idx+1)
}

// NextTickIn is how long until the shown second changes or the step ends,
// whichever is first: a screen redraws once a second, not 60 times.
func (w *Walk) NextTickIn(now time.Time) time.Duration {
	rem := w.Remaining(now)
	if wait := rem % time.Second; wait > 0 {
		return wait
	}
	return max(time.Millisecond, min(time.Second, rem))
}

// Ticking reports whether the walk needs ticks: it runs and has not ended.
func (w *Walk) Ticking() bool { return !w.finished && !w.paused }

// Tick moves past every deadline that now has reached, and announces the
// last seconds of a hold.
func (w *Walk) Tick(now time.Time) {
	for !w.finished && !w.paused && !now.Before(w.deadline) {
		if w.Step().Kind == routines.Work {
			w.status[w.idx] = done
		}
		w.emit(StepEnded{At: w.at()})
		start := w.deadline
		if now.Sub(start) > lateRestart {
			w.stopClock(start) // asleep: not time spent exercising
			w.exFrom = now
			start = now
		}
		w.byClock = true
		w.enter(w.idx+1, start)
		w.byClock = false
	}
	w.countdown(now)
}

// countdown announces 3, 2, 1 as a hold's shown seconds reach them.
func (w *Walk) countdown(now time.Time) {
	if w.finished || w.paused || w.Step().Kind != routines.Work {
		return
	}
	secs := int((w.Remaining(now) + time.Second - 1) / time.Second)
	if secs >= 1 && secs <= 3 && secs != w.count {
		w.count = secs
		w.emit(Countdown{At: w.at(), N: secs})
	}
}

// Next skips the rest of the current step.
func (w *Walk) Next(now time.Time) {
	if w.finished {
		return
	}
	if w.Step().Kind == routines.Work && w.status[w.idx] == pending {
		w.status[w.idx] = skipped
	}
	w.emit(StepEnded{At: w.at(), Early: true})
	w.enter(w.idx+1, now)
	w.countdown(now)
}

// Back goes to the previous step and starts it again in full. What became
// of a hold is kept: one done stays done if it is skipped on the way
// forward again, and one skipped turns done only when the clock ends it.
func (w *Walk) Back(now time.Time) {
	if w.finished {
		return
	}
	i := max(0, w.idx-1)
	w.emit(StepEnded{At: w.at(), Early: true})
	w.enter(i, now)
	w.countdown(now)
}

// SkipExercise skips every hold left in the current exercise.
func (w *Walk) SkipExercise(now time.Time) {
	if w.finished {
		return
	}
	ex := w.Step().Exercise
	i := w.idx
	for ; i < len(w.plan.Steps) && w.plan.Steps[i].Exercise == ex; i++ {
		if w.plan.Steps[i].Kind == routines.Work && w.status[i] == pending {
			w.status[i] = skipped
		}
	}
	w.exEnd[ex] = Skipped
	w.emit(StepEnded{At: w.at(), Early: true})
	w.enter(i, now)
	w.countdown(now)
}

// Pause holds the countdown, keeping the time left exactly. why says who
// asked, so outputs can tell a user's pause from a held question.
func (w *Walk) Pause(now time.Time, why PauseReason) {
	if w.finished || w.paused {
		return
	}
	w.gen++
	w.stopClock(now)
	w.left = max(0, w.deadline.Sub(now))
	w.paused = true
	w.emit(Paused{At: w.at(), Left: w.left, Why: why})
}

// Resume starts the countdown again where it was held.
func (w *Walk) Resume(now time.Time) {
	if w.finished || !w.paused {
		return
	}
	w.resume(now)
	w.emit(Resumed{At: w.at(), Left: w.left})
}

func (w *Walk) resume(now time.Time) {
	w.gen++
	w.paused = false
	w.deadline = now.Add(w.left)
	w.exFrom = now // the exercise's clock starts again
}

// enter starts step i at start; past the last step the walk is finished.
// A paused walk stays paused, with the whole step to go: a user who pauses
// and steps back to reread is not rushed.
func (w *Walk) enter(i int, start time.Time) {
	w.gen++
	w.count = 0
	forward := i >= w.idx
	w.idx = i
	if i >= len(w.plan.Steps) {
		w.finish(start, Finished)
		return
	}
	w.moveExercise(w.plan.Steps[i].Exercise, start, forward)
	w.deadline = start.Add(w.plan.Steps[i].Duration)
	w.left = w.plan.Steps[i].Duration
	w.emit(StepStarted{At: w.at(), Clock: w.byClock, Paused: w.paused})
}

// finish ends the walk at t, stopped how (Finished at the end of the
// plan), with the outcome Decide gives.
func (w *Walk) finish(t time.Time, how Outcome) {
	w.moveExercise(-1, t, true)
	w.finished = true
	w.ended = t
	w.how = how
	w.outcome = Decide(how, len(w.painStops), w.Totals().Done)
	w.emit(Ended{Outcome: w.outcome})
}

// moveExercise leaves the exercise under way and opens ex, both at t.
// Going forward, the one left ends: skipped when no hold was done and some
// were skipped, finished otherwise, unless it already ended another way (s,
// p). Going back, it has not ended: it will be reached again; and the one
// re-entered is open again, except that a stop for pain stays on record.
func (w *Walk) moveExercise(ex int, t time.Time, forward bool) {
	if ex == w.inEx {
		return
	}
	if w.inEx >= 0 {
		w.stopClock(t)
		switch {
		case !forward:
			w.exEnd[w.inEx] = ""
		case w.exEnd[w.inEx] == "":
			w.exEnd[w.inEx] = Finished
			if r := w.Results()[w.inEx]; r.Done == 0 && r.Skipped > 0 {
				w.exEnd[w.inEx] = Skipped
			}
		}
	}
	if ex >= 0 {
		if !forward && w.exEnd[ex] != Pain {
			w.exEnd[ex] = ""
		}
		w.exFrom = t
	}
	w.inEx = ex
}

// stopClock adds the time since exFrom to the exercise under way; the
// clock runs only while the walk does (not paused, not asleep).
func (w *Walk) stopClock(t time.Time) {
	if w.inEx >= 0 && !w.paused {
		w.exTime[w.inEx] += max(0, t.Sub(w.exFrom))
	}
	w.exFrom = t
}
