package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
)

// advised counts the words said since from that give the
// not-medical-advice line, and reports whether the first of them does.
func advised(lines []string, from int) (n int, first bool) {
	for i, l := range lines[from:] {
		if strings.Contains(l, coach.NotMedicalAdvice) {
			n++
			first = first || i == 0
		}
	}
	return n, first
}

// The not-medical-advice line comes once at the start of every way into a
// routine, shown and said first: the picker, the check-in of `run`, `run`
// without the check-in (--no-journal, check-ins never, daily once rated
// today), remind's prompt or a break taken before it, and the picker
// again after a summary.
func TestNotMedicalAdviceOnceAtEveryWayIn(t *testing.T) {
	write := func(journal.Session) error { return nil }
	rated := 3
	today := func() ([]journal.Session, error) {
		return []journal.Session{{ID: "x", Started: epoch.Add(-time.Hour), PainBefore: &rated}}, nil
	}
	for _, tc := range []struct {
		name         string
		opts         Options
		before, keys []string // the keys before this way in, and on it
		shows        string   // the screen after them
	}{
		{"the picker", Options{}, nil, nil, "Choose a routine"},
		{"run's check-in", Options{Start: "low-back", Journal: write}, nil, nil, "How does your back feel right now?"},
		{"run --no-journal", Options{Start: "low-back"}, nil, nil, "GET READY"},
		{"run, check-ins never", Options{Start: "low-back", Journal: write, CheckIns: coach.CheckInsNever}, nil, nil, "GET READY"},
		{"run, daily, rated today", Options{Start: "low-back", Journal: write, CheckIns: coach.CheckInsDaily, History: today}, nil, nil, "GET READY"},
		{"the picker again, after a summary", Options{}, []string{"enter", "s", "s", "s", "y"}, []string{"enter"}, "Choose a routine"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, tc.opts, 80, 24)
			from := 0
			if tc.before != nil {
				h.key(tc.before...)
				from = len(h.lines())
			}
			h.key(tc.keys...)
			h.mustShow(tc.name, tc.shows, "backcoach is not medical advice")
			if n, first := advised(h.lines(), from); n != 1 || !first {
				t.Errorf("said it %d times (first: %v), want once, first: %q", n, first, h.lines()[from:])
			}
		})
	}
	t.Run("the picker, then a routine's check-in", func(t *testing.T) {
		h := newHarness(t, Options{Journal: write}, 80, 24)
		h.key("enter")
		h.mustShow("the check-in", "How does your back feel right now?")
		if n, _ := advised(h.lines(), 0); n != 1 || h.shows("not medical advice") {
			t.Errorf("the picker's way in said it %d times, and the check-in:\n%s", n, h.view())
		}
	})
	t.Run("run --no-journal, once the first step is over", func(t *testing.T) {
		h := newHarness(t, Options{Start: "low-back"}, 80, 24)
		h.key("enter")
		if h.shows("not medical advice") {
			t.Errorf("still shown after the first step:\n%s", h.view())
		}
	})
}

// remind's prompt says it; the break taken from it does not say it again,
// and one taken before the prompt (a break now) says it at its check-in.
func TestNotMedicalAdviceOnceAtRemindsBreaks(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.key("enter") // a break now, before it is due
	h.mustShow("a break now", "How does your back feel right now?", "backcoach is not medical advice")
	if n, _ := advised(h.lines(), 0); n != 1 {
		t.Errorf("a break now: said it %d times, want once: %q", n, h.lines())
	}
	h.key("q") // not now: back to waiting
	from := len(h.lines())
	h.wait(50 * time.Minute)
	h.mustShow("due", "backcoach is not medical advice")
	h.key("enter")
	h.mustShow("the due break's check-in", "How does your back feel right now?")
	if strings.Contains(h.model.View(), "not medical advice") {
		t.Errorf("the check-in after the prompt shows it again:\n%s", h.model.View())
	}
	if n, _ := advised(h.lines(), from); n != 1 {
		t.Errorf("the due break: said it %d times, want once: %q", n, h.lines()[from:])
	}
}
