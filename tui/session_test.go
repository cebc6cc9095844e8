package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/internal/terminal"

	"github.com/backcoach/backcoach/routines"
)

// plan is a built-in routine's plan, to know its length.
func plan(t *testing.T, id string, l routines.Level) routines.Plan {
	t.Helper()
	rs, _ := builtIns(t)
	r, _ := routines.Find(rs, id)
	return routines.NewPlan(r, l)
}

func startUpper(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, Options{Start: "upper-back"}, 80, 24)
	h.mustShow("run upper-back", "Thoracic extension", "GET READY", "exercise 1 of 3 · 2:30 left")
	return h
}

func TestWholeRoutineRunsToTheSummaryOnTime(t *testing.T) {
	h := startUpper(t)
	p := plan(t, "upper-back", routines.Gentle)
	h.runFor(p.Total() - time.Millisecond)
	h.mustShow("a millisecond before the end", "Shoulder blade squeeze", "exercise 3 of 3")
	h.runFor(time.Millisecond)
	h.mustShow("at the end", "Well done! Upper back finished in 2:30", "Thoracic extension", "3 of 3 holds")
	if got, want := h.bells(), len(p.Steps); got != want {
		t.Errorf("bells = %d, want one at the end of each of the %d steps", got, want)
	}
	r, ok := h.m().Report()
	if !ok || !r.Finished || r.Done != 8 || r.Planned != 8 || r.Taken != "2:30" {
		t.Errorf("report = %+v, want finished, 8 of 8 holds, in 2:30", r)
	}
}

// The screen wakes once a second while a countdown runs, never more.
func TestOneTickASecond(t *testing.T) {
	h := startUpper(t)
	for i := 0; i < 10; i++ {
		if len(h.ticks) != 1 {
			t.Fatalf("second %d: %d ticks pending, want 1", i, len(h.ticks))
		}
		at := h.ticks[0].at
		if got := at.Sub(h.clk.t); got != time.Second {
			t.Fatalf("second %d: the next tick is %v away, want 1s", i, got)
		}
		h.advance(time.Second)
	}
	h.mustShow("after 10s", "HOLD 5s", "0:05")
}

// Pause, resume and every jump leave one tick loop: the tick asked for
// before is stale, and dropped when it comes.
func TestStaleTicksStartNoSecondLoop(t *testing.T) {
	h := startUpper(t)
	h.advance(300 * time.Millisecond)
	h.key("space", "space", "enter", "right", "left", "space", "space")
	h.runFor(3 * time.Second)
	if len(h.ticks) != 1 {
		t.Errorf("%d ticks pending after pauses and jumps, want 1", len(h.ticks))
	}
	h.mustShow("after 3s of the first hold", "HOLD 5s", "0:02")
}

func TestPauseHoldsTheCountdown(t *testing.T) {
	h := startUpper(t)
	h.advance(3400 * time.Millisecond)
	h.key("space")
	h.mustShow("paused", "GET READY · PAUSED", "0:07", "space resume")
	before := h.view()
	h.advance(time.Hour)
	if h.view() != before {
		t.Fatalf("an hour paused changed the screen:\n%s", h.view())
	}
	h.key("space")
	h.mustShow("resumed", "GET READY", "0:07", "space pause")
	h.runFor(6600 * time.Millisecond)
	h.mustShow("6.6s after resuming", "HOLD 5s", "0:05")
}

func TestKeysSkipGoBackAndSkipTheExercise(t *testing.T) {
	h := startUpper(t)
	h.mustShow("get ready", "enter/→ start now")
	h.key("enter")
	h.mustShow("enter during get ready", "HOLD 5s", "0:05", "enter/→ skip")
	h.advance(2 * time.Second)
	h.key("right")
	h.mustShow("→ during a hold", "REST")
	h.key("left")
	h.mustShow("← during the rest", "HOLD 5s", "0:05")
	h.runFor(5 * time.Second)
	h.key("s")
	h.mustShow("s", "Shoulder roll", "exercise 2 of 3", "GET READY")
	h.key("s", "s", "y")
	h.mustShow("every exercise skipped", "Thoracic extension", "1 of 3 holds · 2 skipped", "0 of 2 moves · 2 skipped")
	if r, _ := h.m().Report(); r.Done != 1 || r.Skipped != 7 {
		t.Errorf("report %+v, want 1 done and 7 skipped", r)
	}
	if h.bells() != 1 {
		t.Errorf("%d bells, want 1: keys end steps without one", h.bells())
	}
}

// A hold done, stepped back over and skipped on the way forward again, is
// still done on the summary (issue 13, item 2).
func TestBackAndOnKeepsADoneHoldOnTheSummary(t *testing.T) {
	h := startUpper(t)
	h.key("enter")
	h.runFor(5 * time.Second) // hold 1 done
	h.mustShow("after hold 1", "REST")
	h.key("left", "right")
	h.runFor(plan(t, "upper-back", routines.Gentle).Total())
	if !regexp.MustCompile(`Thoracic extension +3 of 3 holds *\n`).MatchString(h.view()) || h.shows("skipped") {
		t.Errorf("a done hold counted as skipped:\n%s", h.view())
	}
}

func TestQuitAsksFirstDuringARoutine(t *testing.T) {
	h := startUpper(t)
	h.key("q")
	h.mustShow("q", "Quit this routine? y yes · n no")
	if h.quit {
		t.Fatal("q during a routine quit without asking")
	}
	h.key("n")
	h.mustShow("n", "space pause")
	h.key("esc")
	h.mustShow("esc", "Quit this routine?")
	h.key("y")
	h.mustShow("y", "Upper back stopped after 0:00", "enter another routine")
	h.key("q")
	if !h.quit {
		t.Fatal("q on the summary did not quit")
	}
	if r, ok := h.m().Report(); !ok || r.Finished {
		t.Errorf("report after quitting = %+v, want a stopped session", r)
	}
}

// s on the last exercise would end the routine: it asks first, in words
// on the screen and in the plain line, with the countdown held; n goes
// back to the exercise, y ends the routine (issue 13, item 8).
func TestSkippingTheLastExerciseAsksFirst(t *testing.T) {
	h := startUpper(t)
	h.key("s", "s")
	h.mustShow("s twice", "Shoulder blade squeeze", "exercise 3 of 3", "GET READY")
	h.advance(2 * time.Second)
	h.key("s")
	h.mustShow("s on the last exercise", "Shoulder blade squeeze is the last exercise: skipping it ends the",
		"End the routine now? y yes · n no", "GET READY · PAUSED", "0:08")
	want := "Shoulder blade squeeze is the last exercise: skipping it ends the routine. End the routine now? y or n."
	if lines := h.lines(); lines[len(lines)-1] != want {
		t.Errorf("plain line %q, want %q", lines[len(lines)-1], want)
	}
	h.advance(time.Minute)
	h.mustShow("a minute later", "GET READY · PAUSED", "0:08")
	h.key("n")
	h.mustShow("n", "Shoulder blade squeeze", "GET READY", "0:08", "space pause")
	h.advance(time.Second)
	h.mustShow("n lets it run on", "0:07")
	h.key("s", "y")
	h.mustShow("y", "Upper back ended after 0:03, every hold skipped", "Shoulder blade squeeze  0 of 3 holds · 3 skipped")
}

func TestCtrlCQuitsAtOnce(t *testing.T) {
	h := startUpper(t)
	h.key("ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c did not quit at once")
	}
}

func TestAskingToQuitHoldsTheCountdown(t *testing.T) {
	h := startUpper(t)
	h.advance(2 * time.Second)
	h.key("q")
	h.advance(time.Minute) // thinking it over
	h.mustShow("a minute under the question", "0:08")
	if h.bells() != 0 {
		t.Fatalf("%d bells under the question", h.bells())
	}
	h.key("n")
	h.runFor(8 * time.Second)
	h.mustShow("8s after n", "HOLD 5s")
	// A countdown paused before the question stays paused after it.
	h.key("space", "q", "n")
	h.mustShow("paused, asked, declined", "HOLD 5s · PAUSED")
}

func TestJumpingWhilePausedStaysPaused(t *testing.T) {
	h := startUpper(t)
	h.key("enter")
	h.advance(time.Second)
	h.key("space", "right")
	h.mustShow("→ while paused", "REST · PAUSED", "0:05")
	h.key("left")
	h.mustShow("← while paused", "HOLD 5s · PAUSED", "0:05")
	h.advance(time.Hour)
	h.mustShow("an hour later", "HOLD 5s · PAUSED", "0:05")
}

// Ticks of a routine that ended are stale in the next one, which runs on
// one tick loop of its own.
func TestATickFromAnEarlierRoutineIsStale(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("enter")
	h.key("s", "s", "s", "y", "enter", "enter") // to the summary, back to the picker, low back again
	h.mustShow("low back again", "Piriformis stretch", "GET READY")
	h.runFor(3 * time.Second)
	if len(h.ticks) != 1 {
		t.Errorf("%d ticks pending, want 1: the old routine's tick started a second loop", len(h.ticks))
	}
}

func TestFullLevelUsesTheHighEnd(t *testing.T) {
	h := newHarness(t, Options{Start: "upper-back", Level: routines.Full}, 80, 24)
	h.mustShow("full level", "3:05 left")
}

func TestRunShowsNoPickerFirst(t *testing.T) {
	rs, tips := builtIns(t)
	m := New(Options{Routines: rs, Tips: tips, Start: "low-back"})
	next, _ := m.Update(windowSize(80, 24))
	if v := next.View(); v != "" {
		t.Errorf("run low-back drew before the routine:\n%s", v)
	}
}

// What a session says in words (for --plain) names the keys that work.
func TestTheSessionsWordsNameItsKeys(t *testing.T) {
	h := startUpper(t)
	h.key("space")
	h.key("q")
	lines := h.lines()
	want := []string{"Paused, 10 seconds left. Space to resume.", "Quit this routine? y or n."}
	if got := lines[len(lines)-2:]; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("said %q, want %q", got, want)
	}
}

func TestNoRepeatedWordsOnATick(t *testing.T) {
	h := startUpper(t)
	n := len(h.lines())
	h.advance(3 * time.Second)
	if len(h.lines()) != n || strings.Contains(fmt.Sprint(h.lines()), "Resumed") {
		t.Errorf("ticks said %q", h.lines()[n:])
	}
}

// The low-back routine as a person on the floor follows it: time to get
// down, what to get into, the figure, the band's words, and on the right
// side the steps and figure mirrored.
func TestFollowingLowBackFromTheFloor(t *testing.T) {
	h := newHarness(t, Options{Start: "low-back"}, 120, 40)
	h.mustShow("get ready", "GET READY", "▸ 1. Get down on the floor: Start by lying on your back with your knees bent.", "0:40", "O━┷━━━━╱")
	h.runFor(40 * time.Second)
	h.mustShow("left side", "HOLD 30s", "Left side\n", "2. Move your left ankle to your right knee.", "O━┷━━━━╱", "Next: Right side\n")
	h.runFor(30 * time.Second)
	h.mustShow("between the sides", "SWITCH SIDES", "Next: Right side\n", "2. Move your right ankle to your left knee.")
	h.runFor(5 * time.Second)
	h.mustShow("right side", "HOLD 30s", "Right side\n", "2. Move your right ankle to your left knee.", "╲━━━━┷━O")
	if h.shows("O━┷━━━━╱") || h.shows("Move your left ankle") {
		t.Errorf("the right side shows the left side's figure or steps:\n%s", h.view())
	}
	h.runFor(30 * time.Second)
	h.mustShow("bird dog's get ready: already on the floor", "Bird dog", "▸ 1. On the floor: Start by putting your hands and knees on the floor.", "0:10")
	h.runFor(15 * time.Second)
	h.mustShow("between the legs", "SWITCH SIDES", "Next: Right leg · rep 1 of 10")
	h.runFor(10 * time.Second)
	h.mustShow("between two reps", "─ REST ─", "Next: Left leg · rep 2 of 10")
}

// The digits grow with the window: three rows at 40x16, larger at 80x24,
// larger again at 120x40, and each size fits.
func TestDigitsGrowWithTheWindow(t *testing.T) {
	h := startUpper(t)
	h.key("enter")
	rows := map[[2]int]int{}
	for _, size := range [][2]int{{40, 16}, {80, 24}, {120, 40}, {200, 60}} {
		h.send(windowSize(size[0], size[1]))
		for sc := 1; sc <= maxScale; sc++ {
			f := fontAt(sc)
			if strings.Contains(h.view(), strings.Join(f.render("0:05", lipgloss.NewStyle()), "")) || containsAll(h.view(), f.render("0:05", lipgloss.NewStyle())) {
				rows[size] = f.rows
			}
		}
	}
	if !(rows[[2]int{40, 16}] == 3 && rows[[2]int{80, 24}] > 3 && rows[[2]int{120, 40}] > rows[[2]int{80, 24}] && rows[[2]int{200, 60}] >= rows[[2]int{120, 40}]) {
		t.Errorf("digit rows by window: %v; want 3 at 40x16, growing with the window", rows)
	}
	if rows[[2]int{120, 40}] < 15 {
		t.Errorf("at 120x40 the digits are %d rows, want most of the window", rows[[2]int{120, 40}])
	}
}

func containsAll(view string, lines []string) bool {
	for _, l := range lines {
		if !strings.Contains(view, l) {
			return false
		}
	}
	return true
}

// Stopped with ctrl+z, the countdown stops when the program did, not when
// the model hears of it; after fg it waits, paused.
func TestASuspendedRoutineStopsItsCountdown(t *testing.T) {
	h := startUpper(t)
	h.advance(2 * time.Second)
	at := h.clk.t
	h.clk.t = h.clk.t.Add(90 * time.Second) // stopped for a while before the model hears
	h.send(terminal.SuspendedMsg{At: at})
	h.mustShow("after fg", "GET READY · PAUSED", "0:08")
	h.advance(time.Minute)
	h.mustShow("a minute later", "0:08")
}

// Enter skips a step: pressed out of habit at the quit question, it
// neither quits nor answers; the question stays and the countdown held.
func TestEnterDoesNotAnswerTheQuitQuestion(t *testing.T) {
	h := startUpper(t)
	h.advance(2 * time.Second)
	h.key("q", "enter")
	if h.quit {
		t.Fatal("q then enter quit the routine")
	}
	h.advance(time.Minute)
	h.mustShow("enter at the question", "Quit this routine? y yes · n no", "0:08")
	h.key("y")
	h.mustShow("y", "Upper back stopped after 0:02")
}
