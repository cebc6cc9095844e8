package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/journal"
)

// A way to quit from a routine's screens, the same keys under either
// root: from the check-in of `run` (or a break), the quit question (then
// the check-in after, skipped with q, and the summary's q), the summary,
// and a window too small.
type quitWay struct {
	name  string
	keys  []string
	small bool // the window is too small to show the screen
}

var quitWays = []quitWay{
	{name: "check-in", keys: []string{"q"}},
	{name: "the question", keys: []string{"enter", "q", "y", "q", "q"}},
	{name: "summary", keys: []string{"enter", "s", "s", "s", "y", "enter", "q"}},
	{name: "too small", keys: []string{"q"}, small: true},
}

// The coach alone is the outermost model: a quit chosen on any screen
// ends the program.
func TestTheCoachAloneQuitsWhereTheUserChoosesTo(t *testing.T) {
	for _, w := range quitWays {
		t.Run(w.name, func(t *testing.T) {
			h, _ := journaled(t, Options{Start: "low-back"})
			if w.small {
				h.send(windowSize(30, 10))
			}
			h.key(w.keys...)
			if !h.quit {
				t.Fatalf("%v did not quit:\n%s", w.keys, h.view())
			}
		})
	}
}

// Under remind the same choice ends the break, not remind: it waits for
// the next one, with the break journaled as quit.
func TestQuittingABreaksRoutineGoesBackToWaiting(t *testing.T) {
	for _, w := range quitWays {
		t.Run(w.name, func(t *testing.T) {
			h := newRemind(t, 50*time.Minute)
			h.wait(50 * time.Minute)
			h.key("enter") // the break: its check-in first
			h.mustShow("the break", "How does your back feel")
			if w.small {
				h.send(windowSize(30, 10))
			}
			h.key(w.keys...)
			h.send(windowSize(80, 24))
			if h.quit {
				t.Fatalf("%v ended remind", w.keys)
			}
			h.mustShow("after "+w.name, "Next break 10:40", "Upper back")
			if w.name == "the question" && h.saved[len(h.saved)-1].Outcome != journal.Quit {
				t.Errorf("last record %+v, want the break journaled as quit", h.saved[len(h.saved)-1])
			}
		})
	}
}

// The choice to quit is a message, so it means the same wherever a
// screen's commands put it: inside a tea.Sequence too, which the runtime
// opens itself and no root can look into. A root that rewrote tea.Quit
// in its children's commands missed it there, and remind ended.
func TestAQuitInsideASequenceIsStillTheRootsToDecide(t *testing.T) {
	first := func() tea.Msg { return nil } // any command the screen runs first

	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.key("enter", "enter", "q", "y", "enter") // the break's routine quit, to its summary
	r := h.model.(Reminder)
	_, answer := r.coach.Update(keyMsg("q")) // what the summary says to q
	h.do(tea.Sequence(first, answer))
	if h.quit {
		t.Fatal("a quit chosen inside a sequence ended remind")
	}
	h.mustShow("after the quit", "Next break")
	if h.saved[len(h.saved)-1].Outcome != journal.Quit {
		t.Errorf("last record %+v, want the break journaled as quit", h.saved[len(h.saved)-1])
	}

	alone, _ := journaled(t, Options{Start: "low-back"})
	alone.key("enter", "q", "y", "enter")
	_, answer = alone.m().Update(keyMsg("q"))
	alone.do(tea.Sequence(first, answer))
	if !alone.quit {
		t.Fatal("the coach alone did not quit on a quit chosen inside a sequence")
	}
}
