package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
)

func TestPickerMovesAndStarts(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("j", "enter")
	h.mustShow("j, enter", "Upper back", "Thoracic extension")
	h2 := newHarness(t, Options{}, 80, 24)
	h2.key("down", "up", "k", "enter")
	h2.mustShow("down, up, k, enter", "Low back", "Piriformis stretch")
	h3 := newHarness(t, Options{}, 80, 24)
	h3.key("q")
	if !h3.quit {
		t.Fatal("q on the picker did not quit")
	}
}

func TestKeysThatArriveTogetherAreEachHandled(t *testing.T) {
	rs, _ := builtIns(t)
	third := rs[0]
	third.ID, third.Name = "third", "Third routine"
	h := newHarness(t, Options{Routines: append(rs, third)}, 80, 24)
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jj")})
	h.mustShow(`"jj" in one message`, "› Third routine")
}

// The picker scrolls only when the cursor would leave the window, and
// moving back up moves the cursor, not the list.
func TestPickerScrollsOnlyAtItsEdges(t *testing.T) {
	rs, _ := builtIns(t)
	var many []routines.Routine
	for i := range 14 {
		r := rs[i%2]
		r.ID, r.Name = fmt.Sprintf("r%02d", i), fmt.Sprintf("Routine %02d", i)
		many = append(many, r)
	}
	h := newHarness(t, Options{Routines: many}, 40, 12)
	for range 10 {
		h.key("j")
	}
	h.mustShow("cursor on routine 10", "› Routine 10")
	top := firstRoutine(h.view())
	h.key("k")
	h.mustShow("k", "› Routine 09")
	if got := firstRoutine(h.view()); got != top {
		t.Errorf("k scrolled the list (first %q -> %q) instead of moving the cursor:\n%s", top, got, h.view())
	}
}

// firstRoutine is the first routine listed on the picker.
func firstRoutine(view string) string {
	for _, l := range strings.Split(view, "\n") {
		if i := strings.Index(l, "Routine "); i >= 0 {
			return l[i : i+len("Routine 00")]
		}
	}
	return ""
}

// The picker's words (for --plain) follow the cursor and name its keys,
// after the not-medical-advice line it shows.
func TestThePickersWords(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("j")
	want := []string{
		coach.NotMedicalAdvice,
		"Routine 1 of 2: Low back, on the floor (needs floor space), 3 exercises, 6 minutes 55 seconds. Enter to start, j or k for another, q to quit.",
		"Routine 2 of 2: Upper back, in a chair, standing, 3 exercises, 2 minutes 30 seconds. Enter to start, j or k for another, q to quit.",
	}
	if got := h.lines(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("said %q\nwant %q", got, want)
	}
}

// The picker says where each routine happens, and which needs the floor.
func TestThePickerSaysWhereARoutineHappens(t *testing.T) {
	h := newHarness(t, Options{}, 100, 24)
	h.mustShow("picker", "On the floor (needs floor space). Eases a stiff lower back", "In a chair, standing. Loosens shoulders")
}

// With room to spare, a description wraps onto more lines instead of
// being cut with rows left empty below (80x24); in a short window it is
// still cut at a word, and every routine still shows (40x12).
func TestThePickerUsesItsRoomForDescriptions(t *testing.T) {
	rs, _ := builtIns(t)
	h := newHarness(t, Options{}, 80, 24)
	for _, r := range rs {
		if strings.Contains(h.view(), "…") {
			t.Fatalf("a description is cut at 80x24:\n%s", h.view())
		}
		last := r.Description[strings.LastIndex(r.Description, " ")+1:]
		h.mustShow("80x24, "+r.ID+"'s description to its end", last)
	}
	small := newHarness(t, Options{}, 40, 12)
	small.mustShow("40x12", "Low back", "Upper back", "…")
	if n := strings.Count(small.view(), "\n") + 1; n > 12 {
		t.Errorf("40x12 picker is %d rows:\n%s", n, small.view())
	}
}
