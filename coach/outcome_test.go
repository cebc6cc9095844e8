package coach_test

import (
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
)

// One rule decides how a session ended, whatever ended it.
func TestDecide(t *testing.T) {
	for _, tc := range []struct {
		how         coach.Outcome
		stops, done int
		want        coach.Outcome
		counts      bool
	}{
		{coach.Running, 1, 3, coach.Running, false},
		{coach.Finished, 0, 3, coach.Finished, true},
		{coach.Finished, 0, 0, coach.Skipped, false},
		{coach.Finished, 1, 3, coach.Pain, true}, // went on to the end after a stop
		{coach.Pain, 1, 0, coach.Pain, true},
		{coach.Quit, 0, 3, coach.Quit, false},
		{coach.Quit, 0, 0, coach.Quit, false},
		{coach.Quit, 1, 3, coach.Pain, true}, // a stop, n, then quit: it hurt
	} {
		got := coach.Decide(tc.how, tc.stops, tc.done)
		if got != tc.want || got.Counts() != tc.counts {
			t.Errorf("Decide(%s, %d stops, %d done) = %s (counts %v), want %s (counts %v)", tc.how, tc.stops, tc.done, got, got.Counts(), tc.want, tc.counts)
		}
	}
}

// A pain stop, the next exercise, then a quit: the walk, its record (the
// program ending mid-way too) and its report tell one story.
func TestAPainStopThenAQuitEndedForPain(t *testing.T) {
	k := start(t, "low-back")
	k.do(k.w.SkipExercise)
	k.do(k.w.Next) // bird dog: start now
	k.now = k.now.Add(2 * time.Second)
	k.do(k.w.StopForPain)
	k.do(k.w.GoOn)
	k.now = k.now.Add(3 * time.Second)
	if rec := k.w.Record(k.now, coach.Quit); rec.Outcome != coach.Pain || rec.Exercises[2].End != coach.Quit {
		t.Errorf("the program ending now: outcome %s, seated rotation %s; want pain, quit", rec.Outcome, rec.Exercises[2].End)
	}
	k.do(func(n time.Time) { k.w.End(n, coach.Quit) })
	if k.w.Outcome() != coach.Pain {
		t.Errorf("quit after a pain stop: outcome %s, want pain", k.w.Outcome())
	}
	// Quit ends the walk now (the check-in after and the summary come
	// next): the exercise under way was quit, not finished.
	if rec := k.w.Record(k.now, coach.Quit); rec.Exercises[2].End != coach.Quit || rec.Exercises[1].End != coach.Pain {
		t.Errorf("after the quit: bird dog %s, seated rotation %s; want pain, quit", rec.Exercises[1].End, rec.Exercises[2].End)
	}
	r := k.w.Report(k.now)
	if want := "Low back stopped after 0:05; Bird dog, left leg, rep 1 was stopped for pain"; r.Head() != want || r.Finished {
		t.Errorf("report %q (finished %v), want %q", r.Head(), r.Finished, want)
	}
}

// Praise is for a routine run to its end, with at least half of what was
// planned done.
func TestPraiseIsForARoutineMostlyDone(t *testing.T) {
	for _, tc := range []struct {
		r    coach.Report
		want bool
	}{
		{coach.Report{Finished: true, Done: 11, Planned: 11}, true},
		{coach.Report{Finished: true, Done: 4, Planned: 8}, true},
		{coach.Report{Finished: true, Done: 3, Planned: 11, Skipped: 8}, false},
		{coach.Report{Finished: false, Done: 11, Planned: 11, Outcome: coach.Pain}, false},
	} {
		if got := tc.r.Praised(); got != tc.want {
			t.Errorf("%d of %d done, finished %v: praised %v, want %v", tc.r.Done, tc.r.Planned, tc.r.Finished, got, tc.want)
		}
	}
	r := coach.Report{Finished: true, Done: 3, Planned: 11, Exercises: []coach.Result{
		{Name: "Cat", Planned: 5, Skipped: 5}, {Name: "Cow", Planned: 2, Skipped: 2},
		{Name: "Bird", Planned: 1, Skipped: 1}, {Name: "Dog", Planned: 3, Done: 3},
	}}
	if got, want := r.Did()+" "+r.Skips(), "You did 3 of 11 holds. Skipped: Cat, Cow and Bird."; got != want {
		t.Errorf("said %q, want %q", got, want)
	}
	r.Exercises[3] = coach.Result{Name: "Dog", Planned: 3, Done: 2, Skipped: 1}
	if got, want := r.Skips(), "Skipped: Cat, Cow, Bird and part of Dog."; got != want {
		t.Errorf("said %q, want %q", got, want)
	}
}
