package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/journal"
)

// remindHarness drives a Reminder on a fake clock, like harness does the
// coach: ticks wait in a queue for the clock.
type remindHarness struct {
	t     *testing.T
	clk   *clock
	r     Reminder
	ticks []pendingTick
	saved []journal.Session
	next  []time.Time // what Saved recorded for status
	state []string
}

func newRemind(t *testing.T, every time.Duration) *remindHarness {
	t.Helper()
	rs, tips := builtIns(t)
	h := &remindHarness{t: t, clk: &clock{epoch}}
	opts := RemindOptions{
		Coach: Options{Routines: rs, Tips: tips, Now: h.clk.now, Tick: func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
			h.ticks = append(h.ticks, pendingTick{h.clk.t.Add(d), fn})
			return nil
		}, Journal: func(s journal.Session) error { h.saved = append(h.saved, s); return nil }},
		Breaks: breaks.Config{Every: every, Routines: []string{"low-back", "upper-back"}},
		Saved: func(state string, next time.Time, _ string) error {
			h.next, h.state = append(h.next, next), append(h.state, state)
			return nil
		},
	}
	h.r = NewReminder(opts)
	h.do(h.r.Init())
	h.send(windowSize(80, 24))
	return h
}

// send delivers a message and everything its commands produce.
func (h *remindHarness) send(msg tea.Msg) {
	h.t.Helper()
	next, cmd := h.r.Update(msg)
	h.r = next.(Reminder)
	h.do(cmd)
}

func (h *remindHarness) do(cmd tea.Cmd) {
	for _, m := range run(cmd) {
		if _, quit := m.(tea.QuitMsg); quit {
			continue
		}
		h.send(m)
	}
}

// wait lets d pass, delivering the ticks that come due, and counts them.
func (h *remindHarness) wait(d time.Duration) (wakes int) {
	end := h.clk.t.Add(d)
	for {
		best := -1
		for i, pt := range h.ticks {
			if !pt.at.After(end) && (best < 0 || pt.at.Before(h.ticks[best].at)) {
				best = i
			}
		}
		if best < 0 {
			h.clk.t = end
			return wakes
		}
		pt := h.ticks[best]
		h.ticks = append(h.ticks[:best], h.ticks[best+1:]...)
		if pt.at.After(h.clk.t) {
			h.clk.t = pt.at
		}
		wakes++
		h.send(pt.fn(pt.at))
	}
}

func (h *remindHarness) key(k string) { h.send(keyMsg(k)) }

func TestReminderWaitsThenRemindsOnce(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	if v := h.r.View(); !strings.Contains(v, "Next break at 09:50 · in 50 min") || !strings.Contains(v, "Low back") {
		t.Fatalf("waiting screen:\n%s", v)
	}
	wakes := h.wait(49 * time.Minute)
	if h.r.state != waiting || wakes > 50 {
		t.Fatalf("after 49 minutes: state %v, %d wake-ups; want waiting, about one a minute", h.r.state, wakes)
	}
	if !strings.Contains(h.r.View(), "in 1 min") {
		t.Errorf("one minute before:\n%s", h.r.View())
	}
	h.wait(time.Minute)
	if h.r.state != due || h.r.Notices() != 1 || h.r.Notice() != "Time for a back break: Low back" {
		t.Fatalf("at 09:50: state %v, %d notices %q", h.r.state, h.r.Notices(), h.r.Notice())
	}
	if h.state[len(h.state)-1] != "due" {
		t.Errorf("status was told %q, want due", h.state[len(h.state)-1])
	}
	h.key("esc")
	if h.r.state != due {
		t.Error("esc dismissed the prompt (or quit remind)")
	}
	if h.wait(3*time.Hour) != 0 || h.r.Notices() != 1 {
		t.Errorf("left unanswered for hours: %d notices, want still 1", h.r.Notices())
	}
}

func TestReminderSnoozeSkipPause(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("z")
	if h.r.state != waiting || !h.r.sched.Next().Equal(epoch.Add(55*time.Minute)) {
		t.Fatalf("z: state %v next %v, want waiting until 09:55", h.r.state, h.r.sched.Next())
	}
	h.wait(5 * time.Minute)
	h.key("s")
	if !h.r.sched.Next().Equal(epoch.Add(105*time.Minute)) || h.r.sched.Routine() != "low-back" {
		t.Fatalf("s: next %v %s, want 10:45 low back", h.r.sched.Next(), h.r.sched.Routine())
	}
	h.wait(50 * time.Minute)
	h.key("p")
	if !h.r.sched.Next().Equal(epoch.Add(165 * time.Minute)) {
		t.Fatalf("p: next %v, want 11:45", h.r.sched.Next())
	}
	if len(h.next) < 4 || !h.next[len(h.next)-1].Equal(h.r.sched.Next()) {
		t.Errorf("status was told %v, want every change, the last %v", h.next, h.r.sched.Next())
	}
	if h.r.Notices() != 3 {
		t.Errorf("%d notices, want 3 (09:50, 09:55, 10:45)", h.r.Notices())
	}
}

func TestReminderCoachesTheBreakThenWaitsAgain(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("enter")
	if h.r.state != coaching || !strings.Contains(h.r.View(), "How does your back feel") {
		t.Fatalf("enter: state %v\n%s", h.r.state, h.r.View())
	}
	h.key("enter") // skip the check-in
	if !strings.Contains(h.r.View(), "Piriformis stretch") {
		t.Fatalf("the low-back routine is not running:\n%s", h.r.View())
	}
	h.wait(10 * time.Minute) // the whole routine, on the clock
	h.key("enter")           // skip the check-in after: the summary
	h.key("q")
	if h.r.state != waiting {
		t.Fatalf("q on the summary: state %v, want back to waiting", h.r.state)
	}
	if h.r.sched.Routine() != "upper-back" || !h.r.sched.Next().After(h.clk.t.Add(49*time.Minute)) {
		t.Errorf("next break %v for %s, want 50 minutes on, upper back", h.r.sched.Next(), h.r.sched.Routine())
	}
	if len(h.saved) == 0 || h.saved[len(h.saved)-1].Outcome != journal.Finished {
		t.Errorf("the break was not journaled as finished: %+v", h.saved)
	}
	if h.r.Bells() == 0 {
		t.Error("the routine's bells were lost")
	}
	if h.r.Cue().Kind != "waiting" {
		t.Errorf("cue %+v, want waiting", h.r.Cue())
	}
}

func TestReminderQuitDuringTheRoutineGoesBackToWaiting(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("enter")
	h.key("enter")
	h.key("q")
	h.key("y")
	if h.r.state != waiting || h.saved[len(h.saved)-1].Outcome != journal.Quit {
		t.Errorf("q, y in the routine: state %v, last record %+v; want waiting, quit journaled", h.r.state, h.saved[len(h.saved)-1])
	}
}

func TestCtrlCDuringABreakLeavesItsRecord(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	if _, ok := h.r.Final(); ok {
		t.Fatal("a record while waiting")
	}
	h.wait(50 * time.Minute)
	h.key("enter")
	h.key("3")
	h.key("ctrl+c")
	rec, ok := h.r.Final()
	if !ok || rec.Outcome != journal.Quit || rec.PainBefore == nil || *rec.PainBefore != 3 {
		t.Errorf("final %+v %v, want the break quit with its check-in", rec, ok)
	}
}
