package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backcoach/backcoach/routines"
)

// Each golden file is the screen a user sees; run go test ./tui -update to
// rewrite them after a deliberate change, and read the diff.
func TestGoldenViews(t *testing.T) {
	lowBack := func(h *harness) {
		h.key("enter") // start low back
	}
	birdDogHold := func(h *harness) {
		lowBack(h)
		h.key("s")     // skip the piriformis stretch
		h.key("enter") // bird dog: start now
		h.advance(1500 * time.Millisecond)
	}
	cases := []struct {
		name  string
		setup func(*harness)
	}{
		{"picker", func(*harness) {}},
		{"prepare", lowBack},
		{"hold", birdDogHold},
		{"rest", func(h *harness) { birdDogHold(h); h.runFor(3500 * time.Millisecond); h.advance(2 * time.Second) }},
		{"paused", func(h *harness) { birdDogHold(h); h.key("space") }},
		{"confirm-quit", func(h *harness) { birdDogHold(h); h.key("q") }},
		{"confirm-end", func(h *harness) { lowBack(h); h.key("s", "s", "s") }},
		{"full-help", func(h *harness) { birdDogHold(h); h.key("?") }},
		{"summary", func(h *harness) { lowBack(h); h.key("s"); h.runFor(10 * time.Minute) }},
		// The piriformis stretch's right side: mirrored steps and figure,
		// after "Switch sides".
		{"right-side", func(h *harness) { lowBack(h); h.key("enter"); h.runFor(36 * time.Second) }},
		{"switch-sides", func(h *harness) { lowBack(h); h.key("enter"); h.runFor(30*time.Second + 500*time.Millisecond) }},
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s-%dx%d", c.name, size[0], size[1]), func(t *testing.T) {
				h := newHarness(t, Options{Warning: "/home/me/.config/backcoach/routines/x.yaml has errors and was skipped: run backcoach validate"}, size[0], size[1])
				c.setup(h)
				v := h.view()
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, v)
			})
		}
	}
}

func TestTooSmallWindowAsksForALargerOne(t *testing.T) {
	h := newHarness(t, Options{Start: "low-back"}, 39, 24)
	if v := h.view(); !strings.Contains(v, "Window 39x24 — backcoach needs 40x12.") {
		t.Errorf("39 columns: view = %q, want the size and the minimum", v)
	}
	h.send(windowSize(80, 11))
	if v := h.view(); !strings.Contains(v, "Window 80x11 — backcoach needs 40x12.") {
		t.Errorf("11 rows: view = %q, want the size and the minimum", v)
	}
	h.send(windowSize(40, 12))
	if v := h.view(); !strings.Contains(v, "Piriformis stretch") || !strings.Contains(v, "GET READY") {
		t.Errorf("40x12: view = %q, want the exercise and the countdown", v)
	}
}

// Every screen fits every window from 1x1 to 300x100: never wider or
// taller, and never a panic.
func TestEveryScreenFitsEveryWindow(t *testing.T) {
	setups := map[string]func(*harness){
		"picker":   func(*harness) {},
		"session":  func(h *harness) { h.key("enter", "s", "enter"); h.advance(time.Second) },
		"help":     func(h *harness) { h.key("enter", "?") },
		"confirm":  func(h *harness) { h.key("enter", "q") },
		"summary":  func(h *harness) { h.key("enter", "s", "s", "s", "y") },
		"end-last": func(h *harness) { h.key("enter", "s", "s", "s") },
	}
	for name, setup := range setups {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, Options{Warning: strings.Repeat("broken file ", 20)}, 80, 24)
			setup(h)
			for w := 1; w <= 300; w++ {
				for ht := 1; ht <= 100; ht++ {
					h.send(windowSize(w, ht))
					checkFits(t, h.view(), w, ht, name)
				}
			}
		})
	}
}

func checkFits(t *testing.T, view string, w, h int, where ...string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%v at %dx%d: %d lines, taller than the window", where, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("%v at %dx%d: line %d is %d wide: %q", where, w, h, i+1, lw, l)
		}
	}
}

// A routine file's text cannot drive the terminal from any screen.
func TestRoutineTextIsShownWithoutEscapes(t *testing.T) {
	r, err := routines.Parse("evil.yaml", []byte("name: \"Evil\\e]0;pwned\\a\\e[2J\"\ndescription: \"\\e[5mblink\"\nexercises:\n  - name: \"Step\\e[5m\"\n    steps: [\"\\e[31mred\\r\\nline\"]\n    hold: 5s\n    sides: [\"\\e[1Aup\"]\n    cue: \"\\x9b31mkeep still\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, Options{Routines: []routines.Routine{r}}, 80, 24)
	views := []string{h.view()}
	h.key("enter")
	views = append(views, h.view())
	h.key("enter")
	views = append(views, h.view())
	h.key("s")
	views = append(views, h.view())
	for i, v := range views {
		if strings.ContainsAny(v, "\x1b\a\r\u009b") {
			t.Errorf("screen %d holds a raw control character:\n%q", i, v)
		}
	}
	if !strings.Contains(views[2], "Evil") || !strings.Contains(views[2], "red line") {
		t.Errorf("the cleaned text is missing:\n%s", views[2])
	}
}
