package coach_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/data"
	"github.com/backcoach/backcoach/routines"
)

var epoch = time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

func builtIn(t *testing.T, id string, l routines.Level) routines.Plan {
	t.Helper()
	rs, _, err := routines.LoadBuiltIns(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	r, ok := routines.Find(rs, id)
	if !ok {
		t.Fatalf("no built-in %s", id)
	}
	return routines.NewPlan(r, l)
}

// walker drives a Walk on a fake clock the way a screen does: a tick at
// each time the walk asks for, nothing sleeps. It keeps every event.
type walker struct {
	t      *testing.T
	now    time.Time
	w      coach.Walk
	events []coach.Event
}

func start(t *testing.T, id string) *walker {
	t.Helper()
	k := &walker{t: t, now: epoch, w: coach.Start(builtIn(t, id, routines.Gentle), epoch)}
	k.collect()
	return k
}

func (k *walker) collect() { k.events = append(k.events, k.w.Events()...) }

// run lets d pass, ticking whenever the walk asks to be woken.
func (k *walker) run(d time.Duration) {
	end := k.now.Add(d)
	for k.w.Ticking() {
		next := k.now.Add(k.w.NextTickIn(k.now))
		if next.After(end) {
			break
		}
		k.now = next
		k.w.Tick(k.now)
		k.collect()
	}
	k.now = end
}

// do runs a walk method at the walker's time.
func (k *walker) do(f func(time.Time)) {
	f(k.now)
	k.collect()
}

func (k *walker) step() (routines.StepKind, int, int) {
	st := k.w.Step()
	return st.Kind, st.Exercise, st.Rep
}

// count counts the events of one type.
func count[T coach.Event](evs []coach.Event, keep func(T) bool) int {
	n := 0
	for _, e := range evs {
		if e, ok := e.(T); ok && (keep == nil || keep(e)) {
			n++
		}
	}
	return n
}

func TestAWholeRoutineRunsOnTime(t *testing.T) {
	k := start(t, "upper-back")
	total := k.w.Plan().Total()
	if total != 2*time.Minute+30*time.Second {
		t.Fatalf("upper-back gentle takes %v, want 2m30s", total)
	}
	k.run(total - time.Millisecond)
	if k.w.Finished() {
		t.Fatal("finished a millisecond early")
	}
	k.run(time.Millisecond)
	if !k.w.Finished() || k.w.Outcome() != coach.Finished {
		t.Fatalf("after the whole routine: finished %v, outcome %v", k.w.Finished(), k.w.Outcome())
	}
	ended := count(k.events, func(e coach.StepEnded) bool { return !e.Early })
	if ended != len(k.w.Plan().Steps) {
		t.Errorf("%d steps ended by the clock, want all %d (a bell each)", ended, len(k.w.Plan().Steps))
	}
	r := k.w.Report(k.now)
	if !r.Finished || r.Done != 8 || r.Planned != 8 || r.Skipped != 0 || r.Taken != "2:30" {
		t.Errorf("report %+v, want finished, 8 of 8 holds (3 extensions, 2 rolls, 3 squeezes) in 2:30", r)
	}
	// The rolls are moves, not holds, in words too.
	if want := "Upper back finished in 2:30. 6 of 6 holds and 2 of 2 moves done, 0 skipped."; r.String() != want {
		t.Errorf("report %q, want %q", r.String(), want)
	}
	if res := k.w.Results(); res[1].Count() != "2 of 2 moves" || res[0].Count() != "3 of 3 holds" {
		t.Errorf("results %q, %q, want 3 of 3 holds, 2 of 2 moves", res[0].Count(), res[1].Count())
	}
	if count[coach.Ended](k.events, nil) != 1 {
		t.Errorf("Ended announced %d times, want once", count[coach.Ended](k.events, nil))
	}
}

func TestLateTicksDoNotDrift(t *testing.T) {
	k := start(t, "upper-back")
	total := k.w.Plan().Total()
	// Every tick arrives 7ms after the time asked for; each next deadline
	// still counts from the planned one, not from the late tick.
	for k.w.Ticking() {
		k.now = k.now.Add(k.w.NextTickIn(k.now) + 7*time.Millisecond)
		k.w.Tick(k.now)
	}
	if got := k.w.Taken(k.now); got != total {
		t.Errorf("routine took %v, want exactly %v", got, total)
	}
}

// The time a session took is the time spent exercising: a pause, the
// quit question and a sleep are left out, and it is the sum of the
// exercises' times the record keeps (issue 13, item 3).
func TestTakenLeavesOutPausesAndSleep(t *testing.T) {
	k := start(t, "upper-back")
	k.run(2 * time.Second)
	k.do(func(n time.Time) { k.w.Pause(n, coach.ByUser) })
	k.now = k.now.Add(30 * time.Minute)
	k.do(k.w.Resume)
	k.run(30 * time.Second)
	k.do(func(n time.Time) { k.w.Pause(n, coach.ForQuestion) })
	k.now = k.now.Add(time.Minute)
	k.do(k.w.Resume)
	mid := k.w.Taken(k.now)
	if mid != 32*time.Second {
		t.Errorf("32s exercised around a pause and a question: taken %v", mid)
	}
	k.run(k.w.Plan().Total())
	r := k.w.Report(k.now)
	if r.Taken != "2:30" || r.Head() != "Upper back finished in 2:30" {
		t.Errorf("report %q taken %q, want finished in 2:30 (the plan's length, pauses left out)", r.Head(), r.Taken)
	}
	var sum time.Duration
	for _, e := range k.w.Record(k.now, k.w.Outcome()).Exercises {
		sum += e.Time
	}
	if got := k.w.Taken(k.now); got != sum || got != k.w.Plan().Total() {
		t.Errorf("taken %v, the record's exercises add up to %v; want both %v", got, sum, k.w.Plan().Total())
	}

	k = start(t, "upper-back")
	k.now = k.now.Add(10*time.Second + time.Hour) // asleep through the get ready
	k.w.Tick(k.now)
	k.run(5 * time.Second)
	k.do(func(n time.Time) { k.w.End(n, coach.Quit) })
	if r := k.w.Report(k.now); r.Taken != "0:15" {
		t.Errorf("10s get ready, an hour asleep, 5s hold: taken %q, want 0:15", r.Taken)
	}
}

func TestSleepingPastADeadlineRestartsFromNow(t *testing.T) {
	k := start(t, "upper-back")
	k.now = k.now.Add(10*time.Second + time.Minute) // the laptop slept through the hold
	k.w.Tick(k.now)
	if kind, _, rep := k.step(); kind != routines.Work || rep != 1 {
		t.Fatalf("after a long sleep the step is %v rep %d, want the first hold", kind, rep)
	}
	if got := k.w.Remaining(k.now); got != 5*time.Second {
		t.Errorf("hold after the sleep has %v left, want the full 5s", got)
	}
}

func TestPauseKeepsTheTimeLeftExactly(t *testing.T) {
	k := start(t, "upper-back")
	k.run(3400 * time.Millisecond)
	gen := k.w.Gen()
	k.do(func(n time.Time) { k.w.Pause(n, coach.ByUser) })
	if k.w.Gen() == gen || k.w.Ticking() {
		t.Fatal("a pause left the old tick loop valid, or still asks for ticks")
	}
	k.now = k.now.Add(time.Hour)
	k.w.Tick(k.now) // a tick that slipped through does nothing
	if got := k.w.Remaining(k.now); got != 6600*time.Millisecond {
		t.Fatalf("after an hour paused %v left, want 6.6s", got)
	}
	k.do(k.w.Resume)
	if got := k.w.Remaining(k.now); got != 6600*time.Millisecond {
		t.Fatalf("after resuming %v left, want 6.6s", got)
	}
	k.run(6600 * time.Millisecond)
	if kind, _, _ := k.step(); kind != routines.Work {
		t.Errorf("6.6s after resuming the step is %v, want the hold", kind)
	}
	if count(k.events, func(e coach.Paused) bool { return e.Why == coach.ByUser && e.Left == 6600*time.Millisecond }) != 1 ||
		count(k.events, func(e coach.Resumed) bool { return e.Left == 6600*time.Millisecond }) != 1 {
		t.Errorf("events %v, want one pause and one resume with 6.6s left", k.events)
	}
}

func TestNextTickIsTheNextWholeSecond(t *testing.T) {
	k := start(t, "upper-back")
	if got := k.w.NextTickIn(k.now.Add(250 * time.Millisecond)); got != 750*time.Millisecond {
		t.Errorf("9.75s left: next tick in %v, want 750ms (when 0:10 turns 0:09)", got)
	}
	if got := k.w.NextTickIn(k.now.Add(time.Second)); got != time.Second {
		t.Errorf("9s left: next tick in %v, want 1s", got)
	}
}

func TestSkipBackAndSkipExercise(t *testing.T) {
	k := start(t, "upper-back")
	k.do(k.w.Next) // get ready -> first hold at once
	if kind, _, rep := k.step(); kind != routines.Work || rep != 1 || k.w.Remaining(k.now) != 5*time.Second {
		t.Fatalf("next during get-ready went to %v rep %d with %v, want the first hold in full", kind, rep, k.w.Remaining(k.now))
	}
	k.run(2 * time.Second)
	k.do(k.w.Next) // skip the hold
	if kind, _, _ := k.step(); kind != routines.Rest {
		t.Fatalf("next during a hold went to %v, want rest", kind)
	}
	k.do(k.w.Back) // back to the hold, in full
	if kind, _, rep := k.step(); kind != routines.Work || rep != 1 || k.w.Remaining(k.now) != 5*time.Second {
		t.Fatalf("back went to %v rep %d with %v left, want hold 1 with 5s", kind, rep, k.w.Remaining(k.now))
	}
	k.run(5 * time.Second) // now done for real
	k.do(k.w.SkipExercise) // skip the rest of thoracic extension
	if kind, ex, _ := k.step(); kind != routines.Prepare || ex != 1 {
		t.Fatalf("skip exercise went to %v of exercise %d, want get-ready of exercise 2", kind, ex+1)
	}
	if r := k.w.Results()[0]; r.Done != 1 || r.Skipped != 2 {
		t.Errorf("thoracic extension: %d done, %d skipped; want 1 done, 2 skipped", r.Done, r.Skipped)
	}
	k.do(k.w.SkipExercise)
	k.do(k.w.SkipExercise)
	r := k.w.Report(k.now)
	if !k.w.Finished() || r.Done != 1 || r.Skipped != 7 || k.w.Outcome() != coach.Finished {
		t.Errorf("after skipping every exercise: finished %v, report %+v, outcome %v; want finished, 1 done, 7 skipped", k.w.Finished(), r, k.w.Outcome())
	}
	if n := count(k.events, func(e coach.StepEnded) bool { return e.Early }); n != 6 {
		t.Errorf("%d steps ended by a key, want 6 (no bell for those)", n)
	}
}

// A hold the clock ended stays done, however often the user steps back
// over it and forward again; one skipped stays skipped until it is done.
func TestBackThenForwardKeepsADoneHoldDone(t *testing.T) {
	k := start(t, "upper-back")
	k.do(k.w.Next)         // get ready -> hold 1
	k.run(5 * time.Second) // hold 1 done, by the clock
	if kind, _, _ := k.step(); kind != routines.Rest {
		t.Fatalf("after hold 1 the step is %v, want rest", kind)
	}
	for range 2 {
		k.do(k.w.Back) // to hold 1 again
		k.do(k.w.Next) // and on, at once
	}
	if r := k.w.Results()[0]; r.Done != 1 || r.Skipped != 0 {
		t.Errorf("thoracic extension after back and on twice: %d done, %d skipped; want 1 done, 0 skipped", r.Done, r.Skipped)
	}
	k.do(k.w.Next) // rest -> hold 2
	k.do(k.w.Next) // skip hold 2
	k.do(k.w.Back) // back to hold 2
	k.do(k.w.Next) // and skip it again
	if r := k.w.Results()[0]; r.Done != 1 || r.Skipped != 1 {
		t.Errorf("after skipping hold 2 twice: %d done, %d skipped; want 1 done, 1 skipped", r.Done, r.Skipped)
	}
}

func TestJumpingWhilePausedStaysPaused(t *testing.T) {
	k := start(t, "upper-back")
	k.do(k.w.Next)
	k.run(time.Second)
	k.do(func(n time.Time) { k.w.Pause(n, coach.ByUser) })
	k.do(k.w.Next)
	if kind, _, _ := k.step(); !k.w.Paused() || kind != routines.Rest || k.w.Remaining(k.now) != 5*time.Second {
		t.Fatalf("next while paused: paused %v, step %v, %v left; want the rest, paused, in full", k.w.Paused(), kind, k.w.Remaining(k.now))
	}
	k.do(k.w.Back)
	if kind, _, _ := k.step(); !k.w.Paused() || kind != routines.Work || k.w.Remaining(k.now) != 5*time.Second {
		t.Fatalf("back while paused: paused %v, step %v, %v left; want the hold, paused, in full", k.w.Paused(), kind, k.w.Remaining(k.now))
	}
	if last, ok := k.events[len(k.events)-1].(coach.StepStarted); !ok || !last.Paused {
		t.Errorf("last event %#v, want a step started paused", k.events[len(k.events)-1])
	}
}

// The last three seconds of every hold are announced, once each, and
// only of holds.
func TestCountdownAnnouncesTheLastThreeSecondsOfAHold(t *testing.T) {
	k := start(t, "upper-back")
	k.run(10*time.Second + 5*time.Second) // get ready, then the first hold
	var got []string
	for _, e := range k.events {
		switch e := e.(type) {
		case coach.StepStarted:
			got = append(got, e.Step.Kind.String())
		case coach.Countdown:
			got = append(got, fmt.Sprint(e.N))
		}
	}
	if s := strings.Join(got, " "); s != "prepare work 3 2 1 rest" {
		t.Errorf("events %s, want prepare work 3 2 1 rest", s)
	}
}

func TestStopForPainThenGoOnOrEnd(t *testing.T) {
	k := start(t, "low-back")
	k.do(k.w.Next) // piriformis, left
	k.run(2 * time.Second)
	k.do(k.w.StopForPain)
	if !k.w.Paused() || k.w.InExercise() != -1 {
		t.Fatalf("after a stop for pain: paused %v, exercise under way %d; want paused, none", k.w.Paused(), k.w.InExercise())
	}
	if next, ok := k.w.NextExercise(); !ok || next.Name != "Bird dog" {
		t.Fatalf("next exercise %q %v, want Bird dog", next.Name, ok)
	}
	k.now = k.now.Add(time.Minute) // reading the advice
	k.do(k.w.GoOn)
	if kind, ex, _ := k.step(); kind != routines.Prepare || ex != 1 || k.w.Paused() || k.w.Remaining(k.now) != 10*time.Second {
		t.Fatalf("go on: %v of exercise %d, paused %v, %v left; want bird dog's get ready running in full", kind, ex+1, k.w.Paused(), k.w.Remaining(k.now))
	}
	k.do(k.w.StopForPain)
	k.do(func(n time.Time) { k.w.End(n, coach.Pain) })
	rec := k.w.Record(k.now, k.w.Outcome())
	if k.w.Outcome() != coach.Pain || rec.Exercises[0].End != coach.Pain || rec.Exercises[1].End != coach.Pain || rec.Exercises[2].End != coach.NotReached {
		t.Errorf("outcome %v, exercises %+v; want pain, both stopped for pain, the last not reached", k.w.Outcome(), rec.Exercises)
	}
	if r := k.w.Report(k.now); r.Finished || !strings.Contains(r.String(), "stopped") {
		t.Errorf("report %q after a stop for pain, want stopped", r.String())
	}
}

func TestGoingOnAfterTheLastExerciseEndsForPain(t *testing.T) {
	k := start(t, "upper-back")
	k.do(k.w.SkipExercise)
	k.do(k.w.SkipExercise)
	k.do(k.w.StopForPain)
	if _, ok := k.w.NextExercise(); ok {
		t.Fatal("a next exercise after the last")
	}
	k.do(k.w.GoOn)
	if !k.w.Finished() || k.w.Outcome() != coach.Pain {
		t.Errorf("go on after the last: finished %v, outcome %v; want ended for pain", k.w.Finished(), k.w.Outcome())
	}
}

func TestEveryHoldSkippedIsNoFinishedRoutine(t *testing.T) {
	k := start(t, "upper-back")
	k.do(k.w.SkipExercise)
	k.do(k.w.SkipExercise)
	k.do(k.w.SkipExercise)
	if k.w.Outcome() != coach.Skipped || k.w.Report(k.now).Finished {
		t.Errorf("outcome %v, report %+v; want skipped, not finished", k.w.Outcome(), k.w.Report(k.now))
	}
	if s := k.w.Report(k.now).String(); !strings.Contains(s, "every hold skipped") {
		t.Errorf("report %q, want it to say every hold was skipped", s)
	}
}

// What the record says of each exercise, in the cases that were once
// recorded wrong.
func TestTheRecordOfEachExercise(t *testing.T) {
	t.Run("back across an exercise boundary", func(t *testing.T) {
		k := start(t, "upper-back")
		k.do(k.w.SkipExercise)
		k.do(k.w.Back) // back into thoracic extension
		k.do(k.w.Next)
		k.do(k.w.Next) // on to shoulder roll again, having done nothing
		rec := k.w.Record(k.now, coach.Quit)
		if rec.Exercises[0].End != coach.Skipped || rec.Exercises[1].End != coach.Quit {
			t.Errorf("exercises %+v, want thoracic extension skipped (nothing done), shoulder roll quit", rec.Exercises)
		}
	})
	t.Run("pain survives going back", func(t *testing.T) {
		k := start(t, "low-back")
		k.do(k.w.StopForPain)
		k.do(k.w.GoOn)
		k.do(k.w.Back)
		if rec := k.w.Record(k.now, coach.Quit); rec.Exercises[0].End != coach.Pain {
			t.Errorf("piriformis %+v, want still stopped for pain", rec.Exercises[0])
		}
	})
	t.Run("paused time is not exercise time", func(t *testing.T) {
		k := start(t, "upper-back")
		k.run(2 * time.Second)
		k.do(func(n time.Time) { k.w.Pause(n, coach.ByUser) })
		k.now = k.now.Add(30 * time.Minute)
		k.do(k.w.Resume)
		k.run(time.Second)
		k.do(k.w.SkipExercise)
		if got := k.w.Record(k.now, coach.Quit).Exercises[0].Time; got != 3*time.Second {
			t.Errorf("thoracic extension took %v, want 3s (30 minutes paused do not count)", got)
		}
	})
	t.Run("while running", func(t *testing.T) {
		k := start(t, "upper-back")
		k.run(time.Second)
		rec := k.w.Record(k.now, coach.Running)
		if !rec.Ended.IsZero() || len(rec.Exercises) != 3 || rec.Exercises[0].End != coach.Running || rec.Exercises[1].End != coach.NotReached {
			t.Errorf("record %+v, want no end, the first exercise running, the rest not reached", rec)
		}
	})
	t.Run("at the end", func(t *testing.T) {
		k := start(t, "upper-back")
		k.run(k.w.Plan().Total())
		rec := k.w.Record(k.now.Add(time.Hour), k.w.Outcome())
		if rec.Outcome != coach.Finished || rec.Ended.Sub(rec.Started) != k.w.Plan().Total() {
			t.Errorf("record %+v, want finished, ended when the plan did", rec)
		}
		for _, e := range rec.Exercises {
			if e.End != coach.Finished || e.Done != e.Planned || e.Time <= 0 {
				t.Errorf("exercise %+v, want finished, every hold done, time spent", e)
			}
		}
	})
}

func TestStreamDeliversInOrder(t *testing.T) {
	var got []string
	s := coach.NewStream(coach.SinkFunc(func(e coach.Event) { got = append(got, e.(coach.Shown).Line) }))
	a := s.Emit(coach.Shown{Line: "a"})
	b := s.Emit(coach.Shown{Line: "b"}, coach.Shown{Line: "c"})
	d := s.Emit(coach.Shown{Line: "d"})
	d() // the commands ran out of order
	b()
	if len(got) != 0 {
		t.Fatalf("delivered %v before the first batch", got)
	}
	a()
	if strings.Join(got, "") != "abcd" {
		t.Errorf("delivered %v, want a b c d", got)
	}
	if coach.NewStream(nil).Emit(coach.Shown{}) != nil {
		t.Error("a stream without a sink has something to deliver")
	}
}

// A routine cut for pain is never finished: ended there, or gone on with
// to its end, its outcome is pain and its report says where it hurt.
func TestARoutineCutForPainIsNeverFinished(t *testing.T) {
	k := start(t, "low-back")
	k.do(k.w.Next) // piriformis, left side
	k.do(k.w.StopForPain)
	k.do(k.w.GoOn) // bird dog and the rotation, to the end
	k.run(k.w.Plan().Total())
	r := k.w.Report(k.now)
	if !k.w.Finished() || k.w.Outcome() != coach.Pain || r.Finished {
		t.Fatalf("gone on to the end: finished %v, outcome %v, report %+v; want ended, pain, not finished", k.w.Finished(), k.w.Outcome(), r)
	}
	if want := "Piriformis stretch, left side was stopped for pain"; !strings.Contains(r.Head(), want) {
		t.Errorf("head %q, want it to say %q", r.Head(), want)
	}
	rec := k.w.Record(k.now, k.w.Outcome())
	if len(rec.PainStops) != 1 || rec.PainStops[0].Exercise != "piriformis-stretch" || rec.PainStops[0].Rep != 1 || rec.PainStops[0].Side != "Left side" {
		t.Errorf("pain stops on record: %+v", rec.PainStops)
	}
	cut := start(t, "low-back")
	cut.do(cut.w.SkipExercise)
	cut.do(cut.w.Next)
	cut.run(22 * time.Second) // bird dog: rep 2, left leg (holds at 0, 10, 20 s)
	cut.do(cut.w.StopForPain)
	cut.do(func(n time.Time) { cut.w.End(n, coach.Pain) })
	if h := cut.w.Report(cut.now).Head(); !strings.HasPrefix(h, "Low back stopped for pain at Bird dog, left leg, rep 2, after") {
		t.Errorf("head %q, want stopped for pain at bird dog, left leg, rep 2", h)
	}
}

// Going on after a stop for pain starts the next exercise running, and
// says so: its first step is not announced as paused (--plain said
// nothing after n).
func TestGoingOnAfterPainAnnouncesTheNextExercise(t *testing.T) {
	k := start(t, "upper-back")
	k.do(k.w.StopForPain)
	k.events = nil
	k.do(k.w.GoOn)
	if n := count(k.events, func(e coach.StepStarted) bool { return !e.Paused && e.Exercise.Name == "Shoulder roll" }); n != 1 {
		t.Errorf("go on: %d running starts of the shoulder roll announced, want 1: %+v", n, k.events)
	}
}
