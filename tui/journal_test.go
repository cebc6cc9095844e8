package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/backcoach/backcoach/journal"
)

// journaled starts a harness whose journal is a slice.
func journaled(t *testing.T, opts Options) (*harness, *[]journal.Session) {
	t.Helper()
	var saved []journal.Session
	opts.Journal = func(s journal.Session) error { saved = append(saved, s); return nil }
	opts.IDSuffix = "42"
	return newHarness(t, opts, 80, 24), &saved
}

func pressRun(h *harness, keys ...string) {
	for _, k := range keys {
		h.key(k)
		h.runCmds()
	}
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
	if h.m.screen != checkinScreen || !strings.Contains(h.view(), "How does your back feel right now?") {
		t.Fatalf("screen %v, want the check-in first:\n%s", h.m.screen, h.view())
	}
	pressRun(h, "3")
	if h.m.screen != sessionScreen {
		t.Fatalf("after rating, screen %v, want the session", h.m.screen)
	}
	rec := last(t, *saved)
	if rec.Outcome != journal.Running || rec.PainBefore == nil || *rec.PainBefore != 3 || rec.ID == "" ||
		len(rec.Exercises) != 3 || rec.Exercises[0].End != journal.Running || rec.Exercises[1].End != journal.NotReached {
		t.Fatalf("first record %+v, want running, pain before 3, the first exercise running, the rest not reached", rec)
	}
	h.runFor(h.m.session.plan.Total())
	h.runCmds()
	if h.m.screen != checkinScreen || !strings.Contains(h.view(), "How does your back feel now?") {
		t.Fatalf("after the routine, screen %v, want the check-in after", h.m.screen)
	}
	pressRun(h, "x")
	if h.m.screen != summaryScreen {
		t.Fatalf("screen %v, want the summary", h.m.screen)
	}
	rec = last(t, *saved)
	if rec.Outcome != journal.Finished || rec.PainAfter == nil || *rec.PainAfter != 10 || rec.Ended == nil {
		t.Fatalf("last record %+v, want finished with pain after 10", rec)
	}
	if len(rec.Exercises) != 3 {
		t.Fatalf("%d exercises recorded, want 3", len(rec.Exercises))
	}
	for _, e := range rec.Exercises {
		if e.End != journal.Finished || e.Done != e.Planned || e.Seconds <= 0 {
			t.Errorf("exercise %+v, want finished, every hold done, time spent", e)
		}
	}
	if got := rec.Ended.Sub(rec.Started); got != h.m.session.plan.Total() {
		t.Errorf("recorded %v from start to end, want %v", got, h.m.session.plan.Total())
	}
	for i := 1; i < len(*saved); i++ {
		if (*saved)[i].Seq <= (*saved)[i-1].Seq || (*saved)[i].ID != rec.ID {
			t.Fatalf("snapshots %d and %d: seq %d then %d, ids %q %q; want one session, growing seq", i-1, i, (*saved)[i-1].Seq, (*saved)[i].Seq, (*saved)[i-1].ID, (*saved)[i].ID)
		}
	}
}

func TestEachExerciseIsJournaledWhenItEnds(t *testing.T) {
	h, saved := journaled(t, Options{Start: "upper-back"})
	pressRun(h, "enter") // skip the check-in
	n := len(*saved)
	ext := h.m.session.plan.Routine.Exercises[0]
	// Walk to the end of the first exercise by the clock.
	for h.m.session.current().Exercise == 0 {
		h.advance(h.m.session.nextTickIn(h.clk.t))
		h.runCmds()
	}
	if len(*saved) != n+1 {
		t.Fatalf("%d records at the end of exercise 1, want %d", len(*saved), n+1)
	}
	rec := last(t, *saved)
	if rec.Exercises[0].ID != ext.ID || rec.Exercises[0].End != journal.Finished || rec.Exercises[0].Done != 3 || rec.Exercises[1].End != journal.Running {
		t.Fatalf("record %+v, want %s finished with 3 holds, the next running", rec.Exercises, ext.ID)
	}
	pressRun(h, "s") // skip shoulder roll
	rec = last(t, *saved)
	if rec.Exercises[1].End != journal.Skipped || rec.Exercises[1].Skipped != 2 {
		t.Fatalf("after s, record %+v, want shoulder roll skipped", rec.Exercises)
	}
	fin, ok := h.m.Final()
	if fin.Seq <= last(t, *saved).Seq {
		t.Errorf("final seq %d, not above the last saved %d: the reader would keep the older one", fin.Seq, last(t, *saved).Seq)
	}
	if !ok || fin.Outcome != journal.Quit || len(fin.Exercises) != 3 || fin.Exercises[2].End != journal.Quit {
		t.Fatalf("final while under way: %+v, want quit, the current exercise quit", fin)
	}
}

func TestItHurtsStopsTheExercise(t *testing.T) {
	h, saved := journaled(t, Options{Start: "low-back"})
	pressRun(h, "enter", "enter") // skip the check-in, start the first hold
	h.advance(2 * time.Second)
	pressRun(h, "p")
	if h.m.screen != painScreen || !strings.Contains(h.view(), "Stop any exercise that causes pain") || !strings.Contains(h.view(), "physical therapist") {
		t.Fatalf("after p, screen %v:\n%s", h.m.screen, h.view())
	}
	rec := last(t, *saved)
	if rec.Exercises[0].End != journal.Pain || rec.Exercises[0].Done != 0 || rec.Exercises[1].End != journal.NotReached {
		t.Fatalf("record %+v, want piriformis stopped for pain", rec.Exercises)
	}
	h.clk.t = h.clk.t.Add(time.Minute) // reading the advice
	pressRun(h, "enter")
	if h.m.screen != sessionScreen || h.m.session.current().Exercise != 1 || h.m.session.paused {
		t.Fatalf("enter after the advice: screen %v exercise %d paused %v; want bird dog running", h.m.screen, h.m.session.current().Exercise+1, h.m.session.paused)
	}
	if got := h.remaining(); got != 10*time.Second {
		t.Errorf("bird dog's get ready has %v left after a minute on the advice, want all 10s", got)
	}
	pressRun(h, "p", "q") // bird dog hurts too: end the routine
	if h.m.screen != checkinScreen {
		t.Fatalf("q on the advice: screen %v, want the check-in after", h.m.screen)
	}
	pressRun(h, "enter")
	rec = last(t, *saved)
	if rec.Outcome != journal.Pain || rec.Exercises[1].End != journal.Pain || rec.Exercises[2].End != journal.NotReached {
		t.Fatalf("record %+v, want the session stopped for pain, seated rotation not reached", rec)
	}
	if !strings.Contains(h.view(), "stopped for pain") {
		t.Errorf("summary does not say it stopped for pain:\n%s", h.view())
	}
}

func TestNoJournalAsksNothingButPainStillStops(t *testing.T) {
	h := newHarness(t, Options{Start: "low-back"}, 80, 24)
	if h.m.screen != sessionScreen {
		t.Fatalf("without a journal, screen %v, want the routine at once", h.m.screen)
	}
	h.key("p")
	if h.m.screen != painScreen {
		t.Fatalf("p without a journal: screen %v, want the advice", h.m.screen)
	}
	if _, ok := h.m.Final(); ok {
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
	h.cmd = h.m.Init()
	h.runCmds()
	pressRun(h, "enter")
	h.runFor(h.m.session.plan.Total())
	pressRun(h, "enter")
	// Today, yesterday and the day before: 3 days. This week (Mon 23 to
	// Thu 26 Nov) holds today's 2:25 and 5 minutes on each of the 24th and
	// 25th: 12:25.
	if v := h.view(); !strings.Contains(v, "Streak: 3 days · 12:25 this week") {
		t.Errorf("summary:\n%s\nwant the streak of 3 days and 12 minutes", v)
	}
}

func TestGoldenJournalScreens(t *testing.T) {
	cases := []struct {
		name  string
		setup func(*harness)
	}{
		{"checkin", func(*harness) {}},
		{"pain", func(h *harness) { pressRun(h, "enter", "s", "enter", "p") }},
		{"summary-streak", func(h *harness) { pressRun(h, "7", "s", "s", "s", "2") }},
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

// Review findings, each once recorded wrong.
func TestJournalEdgeCases(t *testing.T) {
	t.Run("back across an exercise boundary", func(t *testing.T) {
		h, saved := journaled(t, Options{Start: "upper-back"})
		pressRun(h, "enter", "s", "left") // skip thoracic extension, then back into it
		pressRun(h, "right", "right")     // on to shoulder roll again, having done nothing
		h.key("q", "y")
		fin, _ := h.m.Final()
		if fin.Exercises[0].End != journal.Skipped || fin.Exercises[1].End != journal.Quit {
			t.Errorf("exercises %+v, want thoracic extension skipped (nothing done), shoulder roll quit", fin.Exercises)
		}
		_ = saved
	})
	t.Run("pain survives going back", func(t *testing.T) {
		h, _ := journaled(t, Options{Start: "low-back"})
		pressRun(h, "enter", "p", "enter", "left")
		fin, _ := h.m.Final()
		if fin.Exercises[0].End != journal.Pain {
			t.Errorf("piriformis %+v, want still stopped for pain", fin.Exercises[0])
		}
	})
	t.Run("paused time is not exercise time", func(t *testing.T) {
		h, _ := journaled(t, Options{Start: "upper-back"})
		pressRun(h, "enter")
		h.advance(2 * time.Second)
		h.key("space")
		h.advance(30 * time.Minute)
		h.key("space")
		h.advance(time.Second)
		pressRun(h, "s")
		fin, _ := h.m.Final()
		if got := fin.Exercises[0].Seconds; got != 3 {
			t.Errorf("thoracic extension took %vs, want 3 (30 minutes paused do not count)", got)
		}
	})
	t.Run("the end is on disk before the question after", func(t *testing.T) {
		h, saved := journaled(t, Options{Start: "upper-back"})
		pressRun(h, "enter")
		h.runFor(h.m.session.plan.Total())
		h.runCmds()
		if h.m.screen != checkinScreen || last(t, *saved).Outcome != journal.Finished {
			t.Fatalf("at the check-in after: last record %q, want finished already", last(t, *saved).Outcome)
		}
	})
	t.Run("all skipped is no finished routine", func(t *testing.T) {
		h, saved := journaled(t, Options{Start: "upper-back"})
		pressRun(h, "enter", "s", "s", "s", "enter")
		if o := last(t, *saved).Outcome; o != journal.Skipped || strings.Contains(h.view(), "Streak: 1") {
			t.Errorf("outcome %q, summary:\n%s\nwant skipped and no streak", o, h.view())
		}
	})
	t.Run("a pain stop is not reported finished", func(t *testing.T) {
		h, _ := journaled(t, Options{Start: "upper-back"})
		pressRun(h, "enter", "p", "q", "enter")
		if r, _ := h.m.Report(); r.Finished || !strings.Contains(r.String(), "stopped") {
			t.Errorf("report %q after a pain stop", r.String())
		}
	})
	t.Run("an earlier routine of this run counts", func(t *testing.T) {
		h, _ := journaled(t, Options{})
		pressRun(h, "enter", "enter") // low back, no check-in answer
		h.runFor(h.m.session.plan.Total())
		pressRun(h, "enter", "enter", "j", "enter", "enter") // summary -> picker -> upper back
		h.runFor(h.m.session.plan.Total())
		pressRun(h, "enter")
		if v := h.view(); !strings.Contains(v, "8:50 this week") {
			t.Errorf("second summary:\n%s\nwant both routines (6:25 + 2:25) this week", v)
		}
	})
}
