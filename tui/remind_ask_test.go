package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/breaks"
)

// z says until when; h then u keeps the snooze: the break comes back at
// the snoozed time, not an interval later.
func TestASnoozeIsConfirmedAndOutlivesAPause(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("z")
	h.mustShow("z", "Snoozed until 09:55", "Next break 09:55 · in 5 min")
	h.wait(time.Minute)
	h.key("h")
	h.mustShow("h", "Reminders paused until 10:51")
	h.key("u")
	h.mustShow("z, h, u", "Next break 09:55 · in 4 min")
	if last := h.next[len(h.next)-1]; !last.Equal(epoch.Add(55 * time.Minute)) {
		t.Errorf("status was told %v, want the snoozed 09:55", last)
	}
	h.wait(4 * time.Minute)
	h.mustShow("at 09:55", "Time for a back break")
}

// t at 02:05 pauses until work starts that morning, and says so; the
// first break is an interval after work starts, not at 09:00.
func TestPauseTillWorkStartsAfterMidnight(t *testing.T) {
	hours := &breaks.Hours{Start: 9 * time.Hour, End: 17*time.Hour + 30*time.Minute}
	h := newRemind(t, 50*time.Minute, func(o *RemindOptions) { o.Breaks.Hours = hours })
	h.mustShow("started at 09:00", "Next break 09:50")
	h.clk.t = time.Date(2026, 11, 27, 2, 5, 0, 0, time.UTC) // the night after
	h.key("t")
	h.mustShow("t at 02:05", "Reminders paused until 09:00", "t pause till work starts")
	h.wait(6*time.Hour + 55*time.Minute + time.Second)
	h.mustShow("09:00:01", "Next break 09:50 · in 50 min")
	if len(h.notices()) != 0 {
		t.Errorf("rang %d times; want none before 09:50", len(h.notices()))
	}
}

// remind started before work: the first break is an interval after work
// starts.
func TestTheFirstBreakIsAnIntervalAfterWorkStarts(t *testing.T) {
	h := newRemind(t, 50*time.Minute, func(o *RemindOptions) {
		o.Breaks.Hours = &breaks.Hours{Start: 10 * time.Hour, End: 18 * time.Hour}
	})
	h.mustShow("started at 09:00, work at 10:00", "Next break 10:50")
	h.wait(time.Hour + 49*time.Minute)
	if len(h.notices()) != 0 {
		t.Errorf("rang %d times before 10:50", len(h.notices()))
	}
}

// Overdue minutes are rounded up, as the minutes to a break are: 0:04
// overdue is "1 min", 2:30 is "3 min".
func TestOverdueMinutesAreRoundedUp(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.advance(50*time.Minute + 5*time.Millisecond) // the wake-up comes a little late
	if v := h.model.View(); !strings.Contains(v, "Time for a back break") || strings.Contains(v, "overdue") {
		t.Errorf("the prompt as it rings, 5 ms late: want no overdue yet:\n%s", v)
	}
	h.wait(4 * time.Second)
	h.mustShow("0:04 overdue", "Time for a back break · overdue 1 min")
	h.wait(2*time.Minute + 26*time.Second)
	h.mustShow("2:30 overdue", "Time for a back break · overdue 3 min")
}

// ask sends what another terminal asks and returns the answer.
func (h *remindHarness) ask(what string) (bool, string) {
	h.t.Helper()
	req, answer := breaks.NewRequest(what)
	h.send(remindAskedMsg{req})
	ok, text, answered := answer()
	if !answered {
		h.t.Fatalf("%s: no answer", what)
	}
	return ok, text
}

// backcoach remind snooze|skip|pause|resume|now from another terminal
// does what the key does, says so on remind's screen, and answers; what
// the key could not do now is refused, with why.
func TestAnotherTerminalAsks(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	if ok, text := h.ask("snooze"); ok || text != "No break is due to snooze: the next is at 09:50, in 50 min" {
		t.Errorf("snooze while waiting: %v %q", ok, text)
	}
	h.wait(50 * time.Minute)
	if ok, text := h.ask("snooze"); !ok || text != "Snoozed until 09:55" {
		t.Errorf("snooze: %v %q", ok, text)
	}
	h.mustShow("snoozed from afar", "Snoozed from another terminal until 09:55", "Next break 09:55")
	if ok, text := h.ask("pause"); !ok || text != "Paused until 10:50" {
		t.Errorf("pause: %v %q", ok, text)
	}
	h.mustShow("paused from afar", "Paused from another terminal until 10:50", "Reminders paused until 10:50")
	if ok, text := h.ask("pause"); ok || text != "Reminders are paused already, until 10:50" {
		t.Errorf("pause again: %v %q", ok, text)
	}
	if ok, text := h.ask("resume"); !ok || text != "Resumed: next break 09:55" {
		t.Errorf("resume: %v %q", ok, text)
	}
	h.wait(5 * time.Minute)
	if ok, text := h.ask("skip"); !ok || text != "Skipped: next break 10:45" {
		t.Errorf("skip: %v %q", ok, text)
	}
	if h.lastState() != "waiting" || !h.next[len(h.next)-1].Equal(epoch.Add(105*time.Minute)) {
		t.Errorf("status was told %q %v, want waiting for 10:45", h.lastState(), h.next[len(h.next)-1])
	}
	if ok, text := h.ask("now"); !ok || text != "Break started: Low back" {
		t.Errorf("now: %v %q", ok, text)
	}
	h.key("enter")
	h.mustShow("the break asked for", "Piriformis stretch")
	if ok, text := h.ask("snooze"); ok || text != "A break is on (Low back); nothing to snooze" {
		t.Errorf("snooze during the break: %v %q", ok, text)
	}
}
