package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// journaled starts a harness whose journal is a slice.
func journaled(t *testing.T, opts Options) (*harness, *[]journal.Session) {
	t.Helper()
	var saved []journal.Session
	opts.Journal = func(s journal.Session) error { saved = append(saved, s); return nil }
	opts.IDSuffix = "42"
	return newHarness(t, opts, 80, 24), &saved
}

func last(t *testing.T, saved []journal.Session) journal.Session {
	t.Helper()
	if len(saved) == 0 {
		t.Fatal("nothing was journaled")
	}
	return saved[len(saved)-1]
}

func TestCheckInBeforeAndAfter(t *testing.T) {
	h, saved := journaled(t, Options{Start: "upper-back"})
	h.mustShow("first", "How does your back feel right now?")
	h.key("3")
	h.mustShow("after rating", "Thoracic extension", "GET READY")
	rec := last(t, *saved)
	if rec.Outcome != journal.Running || rec.PainBefore == nil || *rec.PainBefore != 3 || rec.ID == "" ||
		len(rec.Exercises) != 3 || rec.Exercises[0].End != journal.Running || rec.Exercises[1].End != journal.NotReached {
		t.Fatalf("first record %+v, want running, pain before 3, the first exercise running, the rest not reached", rec)
	}
	total := plan(t, "upper-back", routines.Gentle).Total()
	h.runFor(total)
	h.mustShow("after the routine", "How does your back feel now?")
	h.key("x")
	h.mustShow("after the check-in", "Well done!")
	rec = last(t, *saved)
	if rec.Outcome != journal.Finished || rec.PainAfter == nil || *rec.PainAfter != 10 || rec.Ended == nil {
		t.Fatalf("last record %+v, want finished with pain after 10", rec)
	}
	for _, e := range rec.Exercises {
		if e.End != journal.Finished || e.Done != e.Planned || e.Seconds <= 0 {
			t.Errorf("exercise %+v, want finished, every hold done, time spent", e)
		}
	}
	if got := rec.Ended.Sub(rec.Started); got != total {
		t.Errorf("recorded %v from start to end, want %v", got, total)
	}
	for i := 1; i < len(*saved); i++ {
		if (*saved)[i].Seq <= (*saved)[i-1].Seq || (*saved)[i].ID != rec.ID {
			t.Fatalf("snapshots %d and %d: seq %d then %d, ids %q %q; want one session, growing seq", i-1, i, (*saved)[i-1].Seq, (*saved)[i].Seq, (*saved)[i-1].ID, (*saved)[i].ID)
		}
	}
}

func TestEachExerciseIsJournaledWhenItEnds(t *testing.T) {
	h, saved := journaled(t, Options{Start: "upper-back"})
	h.key("enter") // skip the check-in
	n := len(*saved)
	for h.shows("exercise 1 of 3") {
		h.advance(time.Second)
	}
	if len(*saved) != n+1 {
		t.Fatalf("%d records at the end of exercise 1, want %d", len(*saved), n+1)
	}
	rec := last(t, *saved)
	if rec.Exercises[0].ID != "thoracic-extension" || rec.Exercises[0].End != journal.Finished || rec.Exercises[0].Done != 3 || rec.Exercises[1].End != journal.Running {
		t.Fatalf("record %+v, want thoracic extension finished with 3 holds, the next running", rec.Exercises)
	}
	h.key("s") // skip shoulder roll
	rec = last(t, *saved)
	if rec.Exercises[1].End != journal.Skipped || rec.Exercises[1].Skipped != 2 {
		t.Fatalf("after s, record %+v, want shoulder roll skipped", rec.Exercises)
	}
	fin, ok := h.m().Final()
	if fin.Seq <= last(t, *saved).Seq {
		t.Errorf("final seq %d, not above the last saved %d: the reader would keep the older one", fin.Seq, last(t, *saved).Seq)
	}
	if !ok || fin.Outcome != journal.Quit || len(fin.Exercises) != 3 || fin.Exercises[2].End != journal.Quit {
		t.Fatalf("final while under way: %+v, want quit, the current exercise quit", fin)
	}
}

// "It hurts" stops the exercise and shows backcoach's advice and the signs
// that need a doctor, without pushing the next exercise. Enter, the
// default, ends the routine; going on takes n.
func TestItHurtsStopsTheExercise(t *testing.T) {
	h, saved := journaled(t, Options{Start: "low-back"})
	h.key("3", "enter") // pain 3; start the first hold
	h.advance(2 * time.Second)
	h.key("p")
	h.mustShow("after p", "Stopped: Piriformis stretch, left side", "Stop any exercise that makes your pain worse",
		"Get medical help at once", "(backcoach's advice, not the article's)", "enter end routine", "n next exercise")
	if h.shows("Bird dog") {
		t.Errorf("the pain screen pushes the next exercise:\n%s", h.view())
	}
	if h.shows("rep 1") { // the stretch has one rep: no rep to name (issue 20, item 13)
		t.Errorf("the pain screen names rep 1 of a one-rep exercise:\n%s", h.view())
	}
	rec := last(t, *saved)
	if rec.Exercises[0].End != journal.Pain || rec.Exercises[0].Done != 0 || rec.Exercises[1].End != journal.NotReached {
		t.Fatalf("record %+v, want piriformis stopped for pain", rec.Exercises)
	}
	h.clk.t = h.clk.t.Add(time.Minute) // reading the advice
	h.key("n")
	h.mustShow("n after the advice", "Bird dog", "GET READY", "0:10")
	h.advance(time.Second)
	h.mustShow("bird dog runs", "0:09")
	h.key("enter", "p", "enter") // bird dog hurts too: enter ends the routine
	h.mustShow("enter on the advice", "How does your back feel now?")
	h.key("6")
	rec = last(t, *saved)
	if rec.Outcome != journal.Pain || rec.Exercises[1].End != journal.Pain || rec.Exercises[2].End != journal.NotReached {
		t.Fatalf("record %+v, want the session stopped for pain, seated rotation not reached", rec)
	}
	h.mustShow("summary", "Low back stopped for pain at Bird dog, left leg, rep 1", "Pain 3 → 6", "Your pain went up")
	if h.shows("Well done") {
		t.Errorf("a routine stopped for pain is praised:\n%s", h.view())
	}
}

func TestNoJournalAsksNothingButPainStillStops(t *testing.T) {
	h := newHarness(t, Options{Start: "low-back"}, 80, 24)
	h.mustShow("without a journal", "Piriformis stretch", "GET READY")
	h.key("p")
	h.mustShow("p without a journal", "Stopped: Piriformis stretch")
	h.key("enter")
	h.mustShow("enter ends the routine", "Low back stopped for pain")
	if _, ok := h.m().Final(); ok {
		t.Error("Final gave a record with the journal off")
	}
}

func TestSummaryShowsStreakAndWeek(t *testing.T) {
	day := func(d int) journal.Session {
		start := epoch.AddDate(0, 0, -d)
		return journal.Session{V: 1, ID: "old" + start.Format("0102"), Started: start, Outcome: journal.Finished,
			Exercises: []journal.Exercise{{Seconds: 300}}}
	}
	past := []journal.Session{day(1), day(2), day(4)}
	h, _ := journaled(t, Options{Start: "upper-back", History: func() ([]journal.Session, error) { return past, nil }})
	h.key("enter")
	h.runFor(plan(t, "upper-back", routines.Gentle).Total())
	h.key("enter")
	// Today, yesterday and the day before: 3 days. This week (Mon 23 to
	// Thu 26 Nov) holds today's 2:30 and 5 minutes on each of the 24th and
	// 25th: 12:30.
	h.mustShow("summary", "Streak: 3 days · 12:30 this week")
}

// One duration for a session: the time spent exercising, pauses and the
// quit question left out, as the journal records it. The summary's
// "finished in" and "this week", the plain line and the report printed
// after exit all say it (issue 13, item 3).
func TestPausesAreLeftOutOfTheTimeTaken(t *testing.T) {
	h, saved := journaled(t, Options{Start: "upper-back"})
	h.key("enter") // skip the check-in
	h.advance(3 * time.Second)
	h.key("space")
	h.advance(time.Minute) // paused a minute
	h.key("space")
	h.runFor(20 * time.Second)
	h.key("q")
	h.advance(40 * time.Second) // thinking about quitting
	h.key("n")
	h.runFor(plan(t, "upper-back", routines.Gentle).Total())
	h.key("enter") // skip the check-in after
	for _, want := range []string{"Upper back finished in 2:30", "Streak: 1 day · 2:30 this week"} {
		if !h.shows(want) {
			t.Errorf("the summary does not show %q:\n%s", want, h.view())
		}
	}
	if got := last(t, *saved).Seconds(); got != 150 {
		t.Errorf("journaled %vs, want 150", got)
	}
	r, _ := h.m().Report()
	if want := "Upper back finished in 2:30. 6 of 6 holds and 2 of 2 moves done, 0 skipped."; r.String() != want {
		t.Errorf("report after exit %q, want %q", r, want)
	}
	lines := h.lines()
	if done := lines[len(lines)-1]; !strings.HasPrefix(done, "Done. Upper back finished in 2:30.") {
		t.Errorf("plain line %q, want it to say 2:30", done)
	}
}

func TestGoldenJournalScreens(t *testing.T) {
	cases := []struct {
		name  string
		setup func(*harness)
	}{
		{"checkin", func(*harness) {}},
		{"pain", func(h *harness) { h.key("enter", "s", "enter", "p") }},
		{"severe", func(h *harness) { h.key("8") }},
		{"summary-pain", func(h *harness) { h.key("2", "s", "enter", "p", "enter", "5") }},
		{"summary-streak", func(h *harness) { h.key("7", "s", "s", "s", "2") }},
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s-%dx%d", c.name, size[0], size[1]), func(t *testing.T) {
				h, _ := journaled(t, Options{Start: "low-back"})
				h.send(windowSize(size[0], size[1]))
				c.setup(h)
				v := h.view()
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, v)
			})
		}
	}
	// And at every size.
	for _, c := range cases {
		h, _ := journaled(t, Options{Start: "low-back"})
		c.setup(h)
		for w := 1; w <= 300; w += 7 {
			for ht := 1; ht <= 100; ht += 3 {
				h.send(windowSize(w, ht))
				checkFits(t, h.view(), w, ht, c.name)
			}
		}
	}
}

// The journal's record of sessions as the screens lead them.
func TestJournalThroughTheScreens(t *testing.T) {
	t.Run("the end is on disk before the question after", func(t *testing.T) {
		h, saved := journaled(t, Options{Start: "upper-back"})
		h.key("enter")
		h.runFor(plan(t, "upper-back", routines.Gentle).Total())
		h.mustShow("at the end", "How does your back feel now?")
		if o := last(t, *saved).Outcome; o != journal.Finished {
			t.Fatalf("at the check-in after: last record %q, want finished already", o)
		}
	})
	t.Run("all skipped is no finished routine", func(t *testing.T) {
		h, saved := journaled(t, Options{Start: "upper-back"})
		h.key("enter", "s", "s", "s", "y", "enter")
		if o := last(t, *saved).Outcome; o != journal.Skipped || h.shows("Streak: 1") {
			t.Errorf("outcome %q, summary:\n%s\nwant skipped and no streak", o, h.view())
		}
	})
	t.Run("a pain stop is not reported finished", func(t *testing.T) {
		h, _ := journaled(t, Options{Start: "upper-back"})
		h.key("enter", "p", "enter", "enter")
		if r, _ := h.m().Report(); r.Finished {
			t.Errorf("report %q after a pain stop", r.String())
		}
	})
	t.Run("an earlier routine of this run counts", func(t *testing.T) {
		h, _ := journaled(t, Options{})
		h.key("enter", "enter") // low back, no check-in answer
		h.runFor(plan(t, "low-back", routines.Gentle).Total())
		h.key("enter", "enter", "j", "enter", "enter") // summary -> picker -> upper back
		h.runFor(plan(t, "upper-back", routines.Gentle).Total())
		h.key("enter")
		h.mustShow("second summary", "9:25 this week") // 6:55 + 2:30
	})
	t.Run("q on the check-in before goes back to the picker", func(t *testing.T) {
		h, saved := journaled(t, Options{})
		h.key("enter", "q")
		h.mustShow("q", "Choose a routine")
		if len(*saved) != 0 {
			t.Errorf("%d records for a routine never started", len(*saved))
		}
	})
}

// Severe pain before a routine (7 or more): the default key does not
// start it; g starts it, at the gentle level whatever the level asked.
func TestSeverePainBeforeAsksFirst(t *testing.T) {
	h, saved := journaled(t, Options{})
	h.key("j", "enter", "8")
	h.mustShow("rated 8", "You rated your pain 8 of 10", "not advised without a physical therapist", "Get medical help at once", "enter don't start", "g start gently")
	h.key("enter")
	h.mustShow("enter", "Choose a routine")
	if len(*saved) != 0 {
		t.Errorf("%d records of a routine not started", len(*saved))
	}

	run, _ := journaled(t, Options{Start: "upper-back"})
	run.key("x")
	run.mustShow("rated 10", "You rated your pain 10 of 10")
	run.key("q")
	if !run.quit {
		t.Error("run upper-back: not starting after severe pain did not quit")
	}

	full, saved := journaled(t, Options{Start: "upper-back", Level: routines.Full})
	full.key("9", "g")
	full.mustShow("g", "Thoracic extension", "2:30 left") // gentle: 2:30, not the full level's 3:05
	if rec := last(t, *saved); rec.Level != "gentle" || rec.PainBefore == nil || *rec.PainBefore != 9 {
		t.Errorf("record %+v, want the gentle level and pain 9 before", rec)
	}
	mild, _ := journaled(t, Options{Start: "upper-back"})
	mild.key("6")
	mild.mustShow("rated 6: no question", "Thoracic extension", "GET READY")
}

// The check-in takes a digit, x or 1 then 0 for 10, or the arrows and
// enter; enter alone skips.
func TestCheckInInput(t *testing.T) {
	rating := func(keys ...string) *int {
		h, saved := journaled(t, Options{Start: "upper-back"})
		for _, k := range keys {
			if k == "wait" {
				h.advance(tenWait)
				continue
			}
			h.key(k)
		}
		if h.shows("You rated your pain") {
			h.key("g") // severe: start anyway
		}
		if len(*saved) == 0 {
			t.Fatalf("keys %v: no rating taken, screen:\n%s", keys, h.view())
		}
		return (*saved)[0].PainBefore
	}
	for _, tc := range []struct {
		keys []string
		want int // -1: none
	}{
		{[]string{"4"}, 4},
		{[]string{"x"}, 10},
		{[]string{"1", "0"}, 10},
		{[]string{"1", "wait"}, 1},
		{[]string{"1", "enter"}, 1},
		{[]string{"right", "right", "right", "enter"}, 2},
		{[]string{"left", "enter"}, 0},
		{[]string{"1", "right", "enter"}, 2},
		{[]string{"enter"}, -1},
	} {
		got := rating(tc.keys...)
		switch {
		case tc.want < 0 && got != nil:
			t.Errorf("%v: rated %d, want none", tc.keys, *got)
		case tc.want >= 0 && (got == nil || *got != tc.want):
			t.Errorf("%v: rated %v, want %d", tc.keys, got, tc.want)
		}
	}
}

// Stopping for pain never costs the streak: a day with a routine ended for
// pain counts like a finished one.
func TestAPainStoppedDayKeepsTheStreak(t *testing.T) {
	yesterday := journal.Session{V: 1, ID: "y", Started: epoch.AddDate(0, 0, -1), Outcome: journal.Finished,
		Exercises: []journal.Exercise{{Seconds: 300}}}
	h, _ := journaled(t, Options{Start: "upper-back", History: func() ([]journal.Session, error) { return []journal.Session{yesterday}, nil }})
	h.key("enter", "enter", "p", "enter", "enter") // skip the check-in, start, it hurts, end, skip the check-in
	h.mustShow("summary", "Upper back stopped for pain at Thoracic extension, rep 1", "Streak: 2 days")
	if h.shows("Well done") {
		t.Error("praised")
	}
}

// The picker switches the level with one key, says it, remembers it for
// the next run, and the routine then runs at it.
func TestThePickerSwitchesTheLevel(t *testing.T) {
	var remembered []routines.Level
	h := newHarness(t, Options{LevelChosen: func(l routines.Level) error { remembered = append(remembered, l); return nil }}, 80, 24)
	h.mustShow("picker", "level: gentle", "Upper back", "2:30")
	h.key("l")
	h.mustShow("l", "level: full", "3:05")
	if len(remembered) != 1 || remembered[0] != routines.Full {
		t.Errorf("remembered %v, want full", remembered)
	}
	h.key("down", "enter")
	h.mustShow("the routine", "Full level: 5 reps of 3-5")
}

// Check-ins: never asks none; daily asks the first routine of the day,
// not one after a check-in given today (in the journal, or this run).
func TestCheckInsAlwaysDailyNever(t *testing.T) {
	write := func(journal.Session) error { return nil }
	never := newHarness(t, Options{Start: "upper-back", Journal: write, CheckIns: coach.CheckInsNever}, 80, 24)
	never.mustShow("never", "Thoracic extension", "GET READY")

	daily := newHarness(t, Options{Start: "upper-back", Journal: write, CheckIns: coach.CheckInsDaily}, 80, 24)
	daily.mustShow("daily, the first", "How does your back feel")

	rated := 3
	today := []journal.Session{{ID: "x", Started: epoch.Add(-time.Hour), PainBefore: &rated}}
	again := newHarness(t, Options{Start: "upper-back", Journal: write, CheckIns: coach.CheckInsDaily,
		History: func() ([]journal.Session, error) { return today, nil }}, 80, 24)
	again.mustShow("daily, rated today already", "Thoracic extension", "GET READY")
}
