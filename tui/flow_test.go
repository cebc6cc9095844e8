package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
)

// painThenQuit runs low back with a pain check-in of 3, stops bird dog
// for pain, goes on (n) to the seated rotation and quits it (q, y).
func painThenQuit(t *testing.T, opts Options) (*harness, *[]journal.Session) {
	t.Helper()
	opts.Start = "low-back"
	h, saved := journaled(t, opts)
	if opts.CheckIns != coach.CheckInsNever {
		h.key("3")
	}
	h.key("s", "enter") // skip the piriformis stretch; bird dog, start now
	h.advance(2 * time.Second)
	h.key("p")
	h.mustShow("it hurts", "Bird dog")
	h.key("n")
	h.mustShow("n", "Seated rotation")
	h.advance(3 * time.Second)
	h.key("q", "y")
	return h, saved
}

// Quitting mid-routine, after a pain stop too, asks the check-in after
// (the session that hurt gets its "pain after") and shows the summary:
// one story, as the journal keeps it, and the streak counts the day.
func TestQuitAsksTheCheckInAfterAndShowsTheSummary(t *testing.T) {
	h, saved := painThenQuit(t, Options{})
	h.mustShow("q, y", "How does your back feel now?")
	if h.quit {
		t.Fatal("q, y ended the program before the check-in after")
	}
	h.key("6")
	h.mustShow("the summary", "Low back stopped after 0:05; Bird dog, left leg, rep 1 was stopped for pain",
		"Pain 3 → 6", "Streak: 1 day", "Bird dog")
	if h.shows("Well done") {
		t.Error("a routine stopped for pain was praised")
	}
	rec := last(t, *saved)
	if rec.Outcome != journal.Pain || rec.PainAfter == nil || *rec.PainAfter != 6 || len(rec.PainStops) != 1 {
		t.Errorf("last record: outcome %q, pain after %v, stops %v; want pain, 6, the one stop", rec.Outcome, rec.PainAfter, rec.PainStops)
	}
	if final, ok := h.m().Final(); !ok || final.Outcome != journal.Pain || final.PainAfter == nil {
		t.Errorf("the record written at the end: %+v, want pain with the pain after", final)
	}
	h.key("q")
	if !h.quit {
		t.Error("q on the summary did not quit")
	}
}

// One key skips the check-in after a quit; with check-ins never (or the
// journal off) there is none, and the summary comes at once.
func TestTheCheckInAfterAQuitIsOneKeyAway(t *testing.T) {
	h, saved := painThenQuit(t, Options{})
	h.key("enter")
	h.mustShow("enter skips", "Low back stopped after 0:05", "Pain 3 → –")
	if rec := last(t, *saved); rec.Outcome != journal.Pain || rec.PainAfter != nil {
		t.Errorf("last record: outcome %q, pain after %v; want pain, none", rec.Outcome, rec.PainAfter)
	}

	never, _ := painThenQuit(t, Options{CheckIns: coach.CheckInsNever})
	never.mustShow("check-ins never", "Low back stopped after 0:05", "Streak: 1 day")
	if never.shows("How does your back feel") {
		t.Error("check-ins never asked after a quit")
	}
}

// ctrl+c still quits at once: no check-in, no summary, the session
// recorded as it stood, by the same rule (a pain stop: pain).
func TestCtrlCQuitsAtOnceWithTheRecord(t *testing.T) {
	h, _ := journaled(t, Options{Start: "low-back"})
	h.key("3", "s", "enter", "p", "n", "ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c did not quit")
	}
	if rec, ok := h.m().Final(); !ok || rec.Outcome != journal.Pain {
		t.Errorf("the record written at the end: %+v, want pain", rec)
	}
	h, _ = journaled(t, Options{Start: "low-back"})
	h.key("3", "ctrl+c")
	if rec, ok := h.m().Final(); !ok || rec.Outcome != journal.Quit {
		t.Errorf("ctrl+c at the first step: %+v, want quit", rec)
	}
	if strings.Contains(h.view(), "Well done") {
		t.Error("praised")
	}
}

// "Well done!" is for a routine run to its end with at least half of it
// done; one mostly skipped is told what it did and what it skipped, on
// the screen and in words.
func TestAMostlySkippedRoutineIsNotPraised(t *testing.T) {
	h := startUpper(t)
	h.key("s", "s") // skip thoracic extension and the shoulder roll
	h.runFor(10 * time.Minute)
	h.mustShow("mostly skipped", "Upper back finished in 0:",
		"You did 3 of 6 holds and 0 of 2 moves. Skipped: Thoracic extension and", "Shoulder roll.")
	if h.shows("Well done") {
		t.Errorf("3 of 8 done was praised:\n%s", h.view())
	}
	if l := h.lines(); !strings.Contains(l[len(l)-1], "3 of 6 holds and 0 of 2 moves done, 5 skipped. Skipped: Thoracic extension and Shoulder roll.") {
		t.Errorf("said %q, want what was skipped", l[len(l)-1])
	}

	half := startUpper(t)
	half.key("s") // thoracic extension: 5 of 8 are left to do
	half.runFor(10 * time.Minute)
	half.mustShow("mostly done", "Well done! Upper back finished in")
	if half.shows("You did") {
		t.Errorf("a routine mostly done was told what it did:\n%s", half.view())
	}
}
