package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
)

// remind's own screen as a user sees it, from the smallest pane it
// keeps its line in (20x2) to a whole terminal: the next break, the
// prompt of a break due, a pause, and the full help. Run go test ./tui
// -update to rewrite them after a deliberate change, and read the diff.
func TestGoldenRemindViews(t *testing.T) {
	cases := []struct {
		name  string
		setup func(*remindHarness)
	}{
		{"waiting", func(h *remindHarness) { h.wait(12 * time.Minute) }},
		{"due", func(h *remindHarness) { h.wait(57 * time.Minute) }},
		{"paused", func(h *remindHarness) { h.key("h") }},
		{"full-help", func(h *remindHarness) { h.key("?") }},
	}
	for _, size := range [][2]int{{20, 2}, {40, 12}, {80, 24}} {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s-%dx%d", c.name, size[0], size[1]), func(t *testing.T) {
				h := newRemind(t, 50*time.Minute)
				h.send(windowSize(size[0], size[1]))
				c.setup(h)
				v := h.model.View()
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, v)
			})
		}
	}
}

// ? opens remind's full help while it waits, with ctrl+c, and closes it;
// in a pane too small to show help it does nothing; during a break it is
// the routine's, and the wait after a break starts with it closed.
func TestTheRemindersHelp(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.mustShow("waiting", "q quit · ? help")
	h.key("?")
	h.mustShow("?", "ctrl+c quit now", "Next break 09:50")
	if l := h.lines(); l[len(l)-1] != "Keys: enter break now, r other routine, h pause 1 hour, t pause till work starts, ? help, q quit, ctrl+c quit now." {
		t.Errorf("? said %q, want the keys that work now", l[len(l)-1])
	}
	h.key("?")
	if strings.Contains(h.model.View(), "ctrl+c") {
		t.Errorf("? again left the full help open:\n%s", h.model.View())
	}

	h.send(windowSize(20, 2))
	h.key("?")
	h.send(windowSize(80, 24))
	if strings.Contains(h.model.View(), "ctrl+c") {
		t.Errorf("? in a pane too small opened the help:\n%s", h.model.View())
	}

	h.wait(50 * time.Minute)
	h.key("?", "enter", "enter", "?") // the break's routine: its own help
	h.mustShow("? in the routine", "ctrl+c quit now", "it hurts")
	h.key("?", "q", "y", "q", "q") // quit the routine, skip the check-in, quit the summary
	if v := h.model.View(); !strings.Contains(v, "Next break") || strings.Contains(v, "ctrl+c") {
		t.Errorf("after the break, want the next break with the help closed:\n%s", v)
	}
}

// remind's screen, its full help open, fits every window from 1x1 to
// 300x100, waiting and due.
func TestTheRemindersScreenFitsEveryWindow(t *testing.T) {
	for _, due := range []bool{false, true} {
		h := newRemind(t, 50*time.Minute)
		if due {
			h.wait(57 * time.Minute)
		}
		h.key("?")
		for w := 1; w <= 300; w++ {
			for ht := 1; ht <= 100; ht++ {
				h.send(windowSize(w, ht))
				checkFits(t, h.model.View(), w, ht, fmt.Sprint("remind, due: ", due))
			}
		}
	}
}
