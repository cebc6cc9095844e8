package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
)

// remindHarness drives a Reminder on a fake clock, like harness does the
// coach.
type remindHarness struct {
	*driver
	saved []journal.Session
	next  []time.Time // what Saved recorded for status
	state []string
}

func newRemind(t *testing.T, every time.Duration, with ...func(*RemindOptions)) *remindHarness {
	t.Helper()
	rs, tips := builtIns(t)
	d := &driver{t: t, clk: &clock{epoch}}
	h := &remindHarness{driver: d}
	opts := RemindOptions{
		Coach: Options{Routines: rs, Tips: tips, Now: d.clk.now, Tick: d.tick, Events: d.sink(),
			Journal: func(s journal.Session) error { h.saved = append(h.saved, s); return nil }},
		Breaks: breaks.Config{Every: every, Routines: []string{"low-back", "upper-back"}},
		Saved: func(state string, next time.Time, _ string) error {
			h.next, h.state = append(h.next, next), append(h.state, state)
			return nil
		},
	}
	for _, f := range with {
		f(&opts)
	}
	d.model = NewReminder(opts)
	d.do(d.model.Init())
	d.send(windowSize(80, 24))
	return h
}

// wait lets d pass, delivering the ticks that come due, and counts them.
func (h *remindHarness) wait(d time.Duration) (wakes int) {
	end := h.clk.t.Add(d)
	for i := h.earliest(); i >= 0 && !h.ticks[i].at.After(end); i = h.earliest() {
		h.deliver(i, 0)
		wakes++
	}
	h.clk.t = end
	return wakes
}

func (h *remindHarness) mustShow(what string, texts ...string) {
	h.t.Helper()
	(&harness{h.driver}).mustShow(what, texts...)
}

func (h *remindHarness) notices() []string {
	var out []string
	for _, e := range h.events {
		if d, ok := e.(coach.BreakDue); ok {
			out = append(out, d.Routine)
		}
	}
	return out
}

func (h *remindHarness) lastState() string { return h.state[len(h.state)-1] }

func TestReminderWaitsThenRemindsOnce(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.mustShow("waiting", "Next break 09:50 · in 50 min", "Low back")
	wakes := h.wait(49 * time.Minute)
	if wakes > 50 {
		t.Fatalf("%d wake-ups in 49 minutes, want about one a minute", wakes)
	}
	h.mustShow("one minute before", "in 1 min")
	h.wait(time.Minute)
	h.mustShow("at 09:50", "Time for a back break", "enter start")
	if n := h.notices(); len(n) != 1 || n[0] != "Low back" {
		t.Fatalf("notices %q, want one for Low back", n)
	}
	if h.lastState() != "due" {
		t.Errorf("status was told %q, want due", h.lastState())
	}
	h.key("esc")
	h.mustShow("esc", "Time for a back break")
}

// A break left unanswered is asked for again every Again (5 min by
// default), with how overdue it is on the screen and in status; the
// reminders stop once it is taken, and the reminder never wakes more
// than once a minute meanwhile.
func TestAnIgnoredBreakIsAskedForAgain(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	wakes := h.wait(12 * time.Minute)
	h.mustShow("12 min later", "Time for a back break · overdue 12 min")
	if n := len(h.notices()); n != 3 {
		t.Errorf("%d reminders in 12 minutes, want 3 (at 0, 5 and 10 min)", n)
	}
	if wakes > 14 { // a minute each, and a second after it rang: the overdue minutes are rounded up

		t.Errorf("%d wake-ups in 12 minutes", wakes)
	}
	if h.lastState() != "due" || !h.next[len(h.next)-1].Equal(epoch.Add(50*time.Minute)) {
		t.Errorf("status told %q since %v, want due since 09:50", h.lastState(), h.next[len(h.next)-1])
	}
	h.key("s")
	h.wait(30 * time.Minute)
	if n := len(h.notices()); n != 3 {
		t.Errorf("%d reminders after the break was skipped, want still 3", n)
	}
}

// A routine done with `backcoach run` while remind waits counts as the
// break, even one that ended seconds before the break fell due: the next
// break is planned from its end and nothing rings for the one just taken.
func TestARunDuringRemindIsTheBreak(t *testing.T) {
	var ends []time.Time // the journal: when routines done elsewhere ended
	var clk *clock
	looks := 0
	h := newRemind(t, 50*time.Minute, func(o *RemindOptions) {
		o.LastBreak = func(since time.Time) (time.Time, bool) {
			looks++
			for i := len(ends) - 1; i >= 0; i-- {
				if ends[i].After(since) && !ends[i].After(clk.t) {
					return ends[i], true
				}
			}
			return time.Time{}, false
		}
	})
	clk = h.clk
	ends = append(ends, epoch.Add(49*time.Minute+30*time.Second))
	h.wait(50 * time.Minute)
	if n := len(h.notices()); n != 0 {
		t.Fatalf("%d reminders for a break taken 30 s before it fell due", n)
	}
	h.mustShow("after a run at 09:49:30", "Next break 10:39 · in 50 min")
	if h.lastState() != "waiting" || !h.next[len(h.next)-1].Equal(epoch.Add(99*time.Minute+30*time.Second)) {
		t.Errorf("status told %q for %v, want waiting for 10:39:30", h.lastState(), h.next[len(h.next)-1])
	}
	h.wait(50 * time.Minute)
	if n := len(h.notices()); n != 1 {
		t.Errorf("%d reminders at the break planned from the run, want 1", n)
	}
	if looks > 110 {
		t.Errorf("the journal was looked at %d times in 100 minutes", looks)
	}
}

// journalOf gives remind a journal of routines done elsewhere, ending at
// *ends: the last, if it ended after since.
func journalOf(ends *[]time.Time) func(*RemindOptions) {
	return func(o *RemindOptions) {
		o.LastBreak = func(since time.Time) (time.Time, bool) {
			if n := len(*ends); n > 0 && (*ends)[n-1].After(since) {
				return (*ends)[n-1], true
			}
			return time.Time{}, false
		}
	}
}

// A session in the journal that ends later than now (a clock set back,
// a journal synced from a machine whose clock is ahead) counts as a
// break taken now, said once: it does not silence remind until then.
func TestASessionEndingInTheFutureCountsAsNow(t *testing.T) {
	var ends []time.Time
	h := newRemind(t, 50*time.Minute, journalOf(&ends))
	h.wait(20 * time.Minute)
	ends = append(ends, epoch.Add(8*time.Hour+5*time.Minute)) // 17:05, at 09:20
	h.wait(time.Minute)                                       // the 09:21 wake-up looks
	const said = "A session in the journal ends at 17:05, later than now: counted as now."
	h.mustShow("after a session ending at 17:05 was found at 09:21", "Next break 10:11 · in 50 min", said)
	h.wait(50 * time.Minute)
	if n := len(h.notices()); n != 1 {
		t.Errorf("%d reminders by 10:11, want the break planned from now", n)
	}
	ends = append(ends, epoch.Add(9*time.Hour)) // another, found later
	h.wait(2 * time.Minute)
	var n int
	for _, l := range h.lines() {
		if strings.Contains(l, "later than now") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the session ahead was said %d times, want once: %q", n, h.lines())
	}
}

// A remind whose lock was removed (another remind may run) stops at its
// next write: the program ends, and the command says why.
func TestARemindThatLostItsLockQuits(t *testing.T) {
	lost := false
	h := newRemind(t, 50*time.Minute, func(o *RemindOptions) {
		o.Saved = func(string, time.Time, string) error {
			if lost {
				return &breaks.LockLostError{Path: "remind.json.lock", How: "removed"}
			}
			return nil
		}
	})
	h.key("h") // pause: written
	if h.quit {
		t.Fatal("quit while the lock was held")
	}
	lost = true
	h.key("u") // resume: written, and the lock is gone
	if !h.quit {
		t.Error("still running after its lock was found removed")
	}
}

// A run found in the journal counts even when a key (snooze here) is
// pressed while remind looks: the look is not thrown away with the
// wake-up the key made stale.
func TestARunFoundAsAKeyIsPressedCounts(t *testing.T) {
	var ends []time.Time
	h := newRemind(t, 50*time.Minute, journalOf(&ends))
	h.wait(50 * time.Minute) // due at 09:50, rung
	h.wait(9 * time.Minute)
	ends = append(ends, h.clk.t.Add(-time.Minute)) // a run ended at 09:58
	// The 10:00 wake-up looks at the journal; z lands before the answer.
	i := h.earliest()
	h.clk.t = h.ticks[i].at
	pt := h.ticks[i]
	h.ticks = append(h.ticks[:i], h.ticks[i+1:]...)
	var look tea.Cmd
	h.model, look = h.model.Update(pt.fn(pt.at))
	h.key("z")
	h.do(look)
	h.mustShow("after the run at 09:58", "Next break 10:48")
}

// At 40 columns, the documented minimum, the next break keeps its time;
// its minutes are rounded up there as everywhere: 0:30 is "in 1 min".
func TestTheNextBreakFitsFortyColumns(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.send(windowSize(40, 12))
	h.wait(49*time.Minute + 30*time.Second)
	h.mustShow("40x12, 30 s before", "Next break 09:50 · in 1 min")
	h.send(windowSize(80, 24))
	h.mustShow("80x24, 30 s before", "Next break 09:50 · in 1 min")
}

// Pausing says until when, on the screen and to status; u resumes, t
// pauses until tomorrow.
func TestReminderPauseResumeTomorrow(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.key("h")
	h.mustShow("h", "Reminders paused until 10:00", "u resume")
	if h.lastState() != "paused" {
		t.Errorf("status told %q, want paused", h.lastState())
	}
	h.key("u")
	h.mustShow("u", "Next break 09:50 · in 50 min")
	h.key("t")
	h.mustShow("t", "Reminders paused until tomorrow 09:00")
	if h.wait(3*time.Hour) > 200 || len(h.notices()) != 0 {
		t.Errorf("a paused reminder rang: %d", len(h.notices()))
	}
}

// r at the prompt takes another routine for this break; the rotation
// goes on from it.
func TestTheRoutineIsChosenAtThePrompt(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("r")
	h.mustShow("r", "Time for a back break", "Upper back")
	h.key("enter", "enter")
	h.mustShow("the routine", "Thoracic extension")
}

// A small tmux pane shows the one line that matters, down to 20x2.
func TestReminderInASmallPane(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.send(windowSize(20, 2))
	h.mustShow("20x2", "Break 09:50 · 50 min", "Low back")
	h.wait(49*time.Minute + 30*time.Second)
	h.mustShow("20x2, 30 s before", "Break 09:50 · 1 min")
	h.wait(5*time.Minute + 30*time.Second)
	h.mustShow("20x2, due", "Break · 5 min late", "enter: Low back")
	h.key("h")
	h.mustShow("20x2, paused", "Paused till 10:55", "u resume")
	if v := h.model.View(); strings.Count(v, "\n") > 1 {
		t.Errorf("more than two lines at 20x2:\n%s", v)
	}
}

func TestReminderSnoozeSkipPause(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("z")
	h.mustShow("z", "Next break 09:55")
	h.wait(5 * time.Minute)
	h.key("s")
	h.mustShow("s", "Next break 10:45", "Low back")
	h.wait(50 * time.Minute)
	h.key("h")
	h.mustShow("h (not p: p means it hurts)", "Reminders paused until 11:45")
	if last := h.next[len(h.next)-1]; len(h.next) < 4 || !last.Equal(epoch.Add(165*time.Minute)) {
		t.Errorf("status was told %v, want every change, the last 11:45", h.next)
	}
	if len(h.notices()) != 3 {
		t.Errorf("%d notices, want 3 (09:50, 09:55, 10:45)", len(h.notices()))
	}
}

func TestReminderCoachesTheBreakThenWaitsAgain(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("enter")
	h.mustShow("enter", "How does your back feel")
	if h.lastState() != "break" {
		t.Errorf("status was told %q, want break", h.lastState())
	}
	h.key("enter") // skip the check-in
	h.mustShow("the routine", "Piriformis stretch")
	h.wait(10 * time.Minute) // the whole routine, on the clock
	h.key("enter")           // skip the check-in after: the summary
	h.key("q")
	h.mustShow("q on the summary", "Next break 10:50", "Upper back")
	if len(h.saved) == 0 || h.saved[len(h.saved)-1].Outcome != journal.Finished {
		t.Errorf("the break was not journaled as finished: %+v", h.saved)
	}
	if h.bells() == 0 {
		t.Error("the routine rang no bell")
	}
	if l := h.lines(); l[len(l)-1] != "Next break 10:50 · in 50 min: Upper back." {
		t.Errorf("last words %q, want the next break", l[len(l)-1])
	}
}

func TestReminderQuitDuringTheRoutineGoesBackToWaiting(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("enter", "enter", "q", "y")
	h.mustShow("q, y in the routine", "How does your back feel now?")
	h.key("enter", "q") // skip it; the summary's q
	h.mustShow("q on the summary", "Next break")
	if h.saved[len(h.saved)-1].Outcome != journal.Quit {
		t.Errorf("last record %+v, want quit journaled", h.saved[len(h.saved)-1])
	}
}

func TestCtrlCDuringABreakLeavesItsRecord(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	if _, ok := h.model.(Reminder).Final(); ok {
		t.Fatal("a record while waiting")
	}
	h.wait(50 * time.Minute)
	h.key("enter", "3", "ctrl+c")
	rec, ok := h.model.(Reminder).Final()
	if !h.quit || !ok || rec.Outcome != journal.Quit || rec.PainBefore == nil || *rec.PainBefore != 3 {
		t.Errorf("final %+v %v, want the break quit with its check-in", rec, ok)
	}
}

// A break missed while the laptop slept past the end of working hours
// moves to the next morning: status is told so, not left with a break
// in the past.
func TestABreakMissedAfterHoursTellsStatusTheMorning(t *testing.T) {
	h := newRemind(t, 50*time.Minute, func(o *RemindOptions) {
		o.Breaks.Hours = &breaks.Hours{Start: 9 * time.Hour, End: 10 * time.Hour}
	})
	h.advance(3 * time.Hour) // asleep from 09:00 to 12:00
	tomorrow := epoch.AddDate(0, 0, 1).Add(50 * time.Minute)
	h.mustShow("woken at 12:00", "Next break tomorrow 09:50")
	if len(h.notices()) != 0 {
		t.Errorf("rang %d times after hours", len(h.notices()))
	}
	if h.lastState() != "waiting" || !h.next[len(h.next)-1].Equal(tomorrow) {
		t.Errorf("status was told %q for %v, want waiting for %v", h.lastState(), h.next[len(h.next)-1], tomorrow)
	}
}

// At 20 columns a pause till tomorrow still says till when, and a break
// tomorrow when it is: the words that do not fit go, not the time.
func TestASmallPaneKeepsTheTime(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.send(windowSize(20, 2))
	h.key("t")
	h.mustShow("20x2, paused till tomorrow", "Paused till 09:00", "u resume")
	h.key("u")
	h.clk.t = epoch.Add(14*time.Hour + 30*time.Minute) // 23:30
	// The break put off is due again after h, u: skipped.
	h.key("h", "u", "s")
	h.mustShow("20x2, just after midnight", "Break 00:20 · 50 min")

	h = newRemind(t, 50*time.Minute, func(o *RemindOptions) {
		o.Breaks.Hours = &breaks.Hours{Start: 9 * time.Hour, End: 17 * time.Hour}
	})
	h.send(windowSize(20, 2))
	h.clk.t = epoch.Add(7*time.Hour + 30*time.Minute) // 16:30
	h.key("h", "u", "s")
	h.mustShow("20x2, the next morning", "Break tomorrow 09:50")
}
