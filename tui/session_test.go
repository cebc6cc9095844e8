package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/routines"
)

func startUpper(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, Options{Start: "upper-back"}, 80, 24)
	if h.m.screen != sessionScreen {
		t.Fatalf("screen = %v, want session", h.m.screen)
	}
	return h
}

func TestWholeRoutineRunsToTheSummaryOnTime(t *testing.T) {
	h := startUpper(t)
	plan := h.m.session.plan
	if got, want := plan.Total(), 2*time.Minute+25*time.Second; got != want {
		t.Fatalf("upper-back gentle takes %v, want %v", got, want)
	}
	h.runFor(plan.Total() - time.Millisecond)
	if h.m.screen != sessionScreen {
		t.Fatalf("finished %v early", time.Millisecond)
	}
	h.runFor(time.Millisecond)
	if h.m.screen != summaryScreen {
		t.Fatalf("screen = %v after the whole routine, want summary", h.m.screen)
	}
	if got, want := h.bellCount(), len(plan.Steps); got != want {
		t.Errorf("bells = %d, want one at the end of each of the %d steps", got, want)
	}
	r, ok := h.m.Report()
	if !ok || !r.Finished || r.Done != r.Planned || r.Skipped != 0 || r.Taken != "2:25" {
		t.Errorf("report = %+v, want finished, every hold done, in 2:25", r)
	}
	if r.Planned != 3+2+3 {
		t.Errorf("planned holds = %d, want 8 (3 extensions, 2 rolls, 3 squeezes)", r.Planned)
	}
}

func TestLateTicksDoNotDrift(t *testing.T) {
	h := startUpper(t)
	total := h.m.session.plan.Total()
	// Every tick arrives 7ms after the deadline it was asked for; each next
	// deadline still counts from the planned one, not from the late tick.
	for h.m.screen == sessionScreen && len(h.ticks) > 0 {
		h.clk.t = h.ticks[h.earliest()].at
		h.deliverDue(7 * time.Millisecond)
	}
	if got := h.m.session.ended.Sub(epoch); got != total {
		t.Errorf("routine ended %v after the start, want exactly %v", got, total)
	}
}

func TestSleepingPastADeadlineRestartsFromNow(t *testing.T) {
	h := startUpper(t)
	h.advance(10*time.Second + time.Minute) // the laptop slept through the hold
	if st := h.step(); st.Kind != routines.Work || st.Rep != 1 {
		t.Fatalf("after a long sleep the step is %v rep %d, want the first hold", st.Kind, st.Rep)
	}
	if got := h.remaining(); got != 5*time.Second {
		t.Errorf("hold after the sleep has %v left, want the full 5s", got)
	}
}

func TestPauseKeepsTheRemainingTimeExactly(t *testing.T) {
	h := startUpper(t)
	h.advance(3400 * time.Millisecond)
	h.key("space")
	if !h.m.session.paused {
		t.Fatal("space did not pause")
	}
	staleGen := h.m.session.gen
	h.clk.t = h.clk.t.Add(time.Hour)
	h.send(tickMsg{gen: staleGen - 1}) // a tick from before the pause
	h.send(tickMsg{gen: staleGen})
	if got := h.remaining(); got != 6600*time.Millisecond {
		t.Fatalf("after an hour paused %v left, want 6.6s", got)
	}
	if h.step().Kind != routines.Prepare {
		t.Fatal("the step moved on while paused")
	}
	h.key("space")
	if got := h.remaining(); got != 6600*time.Millisecond {
		t.Fatalf("after resuming %v left, want 6.6s", got)
	}
	h.runFor(6600 * time.Millisecond)
	if h.step().Kind != routines.Work {
		t.Errorf("6.6s after resuming the step is %v, want the hold", h.step().Kind)
	}
}

func TestStaleTickIsDropped(t *testing.T) {
	h := startUpper(t)
	old := h.m.session.gen
	h.key("enter") // start now: a new generation
	h.clk.t = h.clk.t.Add(5 * time.Second)
	h.send(tickMsg{gen: old})
	if h.step().Kind != routines.Work || h.step().Rep != 1 {
		t.Fatalf("a stale tick moved the session to %v rep %d", h.step().Kind, h.step().Rep)
	}
}

func TestSkipBackAndSkipExercise(t *testing.T) {
	h := startUpper(t)
	h.key("enter") // get ready -> first hold at once
	if st := h.step(); st.Kind != routines.Work || st.Rep != 1 {
		t.Fatalf("enter during get-ready went to %v, want the first hold", st.Kind)
	}
	if got := h.remaining(); got != 5*time.Second {
		t.Fatalf("the hold starts with %v, want 5s", got)
	}
	h.advance(2 * time.Second)
	h.key("right") // skip the hold
	if st := h.step(); st.Kind != routines.Rest {
		t.Fatalf("right during a hold went to %v, want rest", st.Kind)
	}
	h.key("left") // back to the hold, in full
	if st := h.step(); st.Kind != routines.Work || st.Rep != 1 || h.remaining() != 5*time.Second {
		t.Fatalf("left went to %v rep %d with %v left, want hold 1 with 5s", st.Kind, st.Rep, h.remaining())
	}
	h.runFor(5 * time.Second) // now done for real
	h.key("s")                // skip the rest of thoracic extension
	if st := h.step(); st.Kind != routines.Prepare || st.Exercise != 1 {
		t.Fatalf("s went to %v of exercise %d, want get-ready of exercise 2", st.Kind, st.Exercise+1)
	}
	res := h.m.session.results()
	if res[0].Done != 1 || res[0].Skipped != 2 {
		t.Errorf("thoracic extension: %d done, %d skipped; want 1 done, 2 skipped", res[0].Done, res[0].Skipped)
	}
	h.key("s", "s") // skip the last two exercises
	if h.m.screen != summaryScreen {
		t.Fatalf("screen = %v after skipping every exercise, want summary", h.m.screen)
	}
	r, _ := h.m.Report()
	if r.Done != 1 || r.Skipped != 7 {
		t.Errorf("report %+v, want 1 done and 7 skipped", r)
	}
}

func TestQuitAsksFirstDuringARoutine(t *testing.T) {
	h := startUpper(t)
	h.key("q")
	if !h.m.confirming || h.quits() {
		t.Fatal("q during a routine quit without asking")
	}
	h.key("n")
	if h.m.confirming || h.m.screen != sessionScreen {
		t.Fatal("n did not go back to the routine")
	}
	h.key("esc")
	if !h.m.confirming {
		t.Fatal("esc during a routine did not ask")
	}
	h.key("y")
	if !h.quits() {
		t.Fatal("y did not quit")
	}
	r, ok := h.m.Report()
	if !ok || r.Finished {
		t.Errorf("report after quitting = %+v, want a stopped session", r)
	}
}

func TestCtrlCQuitsAtOnce(t *testing.T) {
	h := startUpper(t)
	h.key("ctrl+c")
	if !h.quits() {
		t.Fatal("ctrl+c did not quit at once")
	}
}

func TestPickerMovesAndStarts(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("j")
	h.key("enter")
	if h.m.screen != sessionScreen || h.m.session.plan.Routine.ID != "upper-back" {
		t.Fatalf("j then enter started %q, want upper-back", h.m.session.plan.Routine.ID)
	}
	h2 := newHarness(t, Options{}, 80, 24)
	h2.key("down", "up", "k", "enter")
	if h2.m.session.plan.Routine.ID != "low-back" {
		t.Fatalf("down, up, k then enter started %q, want low-back", h2.m.session.plan.Routine.ID)
	}
	h3 := newHarness(t, Options{}, 80, 24)
	h3.key("q")
	if !h3.quits() {
		t.Fatal("q on the picker did not quit")
	}
}

func TestFullLevelUsesTheHighEnd(t *testing.T) {
	h := newHarness(t, Options{Start: "upper-back", Level: routines.Full}, 80, 24)
	if got := h.m.session.plan.Total(); got != 3*time.Minute {
		t.Errorf("upper-back at full takes %v, want 3m0s", got)
	}
}

func TestQuietHasNoBell(t *testing.T) {
	h := newHarness(t, Options{Start: "upper-back", Quiet: true}, 80, 24)
	h.runFor(h.m.session.plan.Total())
	if h.m.screen != summaryScreen || h.bellCount() != 0 {
		t.Errorf("quiet: screen %v, %d bells; want the summary and no bell", h.m.screen, h.bellCount())
	}
}

func TestNextTickIsTheNextWholeSecond(t *testing.T) {
	h := startUpper(t)
	h.clk.t = h.clk.t.Add(250 * time.Millisecond)
	if got := h.m.session.nextTickIn(h.clk.t); got != 750*time.Millisecond {
		t.Errorf("9.75s left: next tick in %v, want 750ms (when 0:10 turns 0:09)", got)
	}
	h.clk.t = h.clk.t.Add(750 * time.Millisecond)
	if got := h.m.session.nextTickIn(h.clk.t); got != time.Second {
		t.Errorf("9s left: next tick in %v, want 1s", got)
	}
}

func TestKeysThatArriveTogetherAreEachHandled(t *testing.T) {
	rs, _ := builtIns(t)
	third := rs[0]
	third.ID = "third"
	h := newHarness(t, Options{Routines: append(rs, third)}, 80, 24)
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jj")})
	if h.m.picker.cursor != 2 {
		t.Fatalf(`"jj" in one message moved the cursor to %d, want 2`, h.m.picker.cursor)
	}
}

func TestAskingToQuitHoldsTheCountdown(t *testing.T) {
	h := startUpper(t)
	h.advance(2 * time.Second)
	h.key("q")
	h.advance(time.Minute) // thinking it over
	if got := h.remaining(); got != 8*time.Second || h.bellCount() != 0 {
		t.Fatalf("a minute under the question: %v left, %d bells; want 8s and none", got, h.bellCount())
	}
	h.key("n")
	if h.m.session.paused {
		t.Fatal("n left the countdown paused")
	}
	h.runFor(8 * time.Second)
	if h.step().Kind != routines.Work {
		t.Errorf("8s after n the step is %v, want the first hold", h.step().Kind)
	}
	// A countdown paused before the question stays paused after it.
	h.key("space", "q", "n")
	if !h.m.session.paused {
		t.Error("n resumed a countdown the user had paused")
	}
}

func TestJumpingWhilePausedStaysPaused(t *testing.T) {
	h := startUpper(t)
	h.key("enter") // the first hold
	h.advance(time.Second)
	h.key("space", "right")
	if !h.m.session.paused || h.step().Kind != routines.Rest || h.remaining() != 5*time.Second {
		t.Fatalf("→ while paused: paused %v, step %v, %v left; want the rest, paused, in full", h.m.session.paused, h.step().Kind, h.remaining())
	}
	h.key("left")
	if !h.m.session.paused || h.step().Kind != routines.Work || h.remaining() != 5*time.Second {
		t.Fatalf("← while paused: paused %v, step %v, %v left; want the hold, paused, in full", h.m.session.paused, h.step().Kind, h.remaining())
	}
	h.advance(time.Hour)
	if h.remaining() != 5*time.Second {
		t.Errorf("an hour later, paused: %v left, want 5s", h.remaining())
	}
}

func TestATickFromAnEarlierRoutineIsStale(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("enter")
	old := h.m.session.gen
	h.key("s", "s", "s", "enter", "enter") // to the summary, back to the picker, low back again
	if h.m.screen != sessionScreen {
		t.Fatalf("screen %v, want a new session", h.m.screen)
	}
	before := h.remaining()
	h.send(tickMsg{gen: old}) // still in flight from the first routine
	if h.m.session.gen <= old || h.remaining() != before {
		t.Errorf("gen %d (old %d); a stale tick changed the new session", h.m.session.gen, old)
	}
}

func TestRunShowsNoPickerFirst(t *testing.T) {
	rs, tips := builtIns(t)
	m := New(Options{Routines: rs, Tips: tips, Start: "low-back"})
	next, _ := m.Update(windowSize(80, 24))
	if v := next.(Model).View(); strings.Contains(v, "Choose a routine") {
		t.Errorf("run low-back drew the picker before the routine:\n%s", v)
	}
}

// The picker scrolls only when the cursor would leave the window, and
// moving back up moves the cursor, not the list.
func TestPickerScrollsOnlyAtItsEdges(t *testing.T) {
	rs, _ := builtIns(t)
	var many []routines.Routine
	for i := range 14 {
		r := rs[i%2]
		r.ID, r.Name = fmt.Sprintf("r%02d", i), fmt.Sprintf("Routine %02d", i)
		many = append(many, r)
	}
	h := newHarness(t, Options{Routines: many}, 40, 12)
	for range 10 {
		h.key("j")
	}
	if v := h.view(); !strings.Contains(v, "› Routine 10") {
		t.Fatalf("cursor on routine 10 not shown:\n%s", v)
	}
	before := h.m.pickerFirst()
	h.key("k")
	if h.m.pickerFirst() != before || !strings.Contains(h.view(), "› Routine 09") {
		t.Errorf("k scrolled the list (first %d -> %d) instead of moving the cursor:\n%s", before, h.m.pickerFirst(), h.view())
	}
}
