package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/routines"
)

// aScreen is one screen in one state, reached through the keys a user
// presses, with the keys its help shows.
type aScreen struct {
	name  string
	open  func(t *testing.T) *driver
	keys  func(m tea.Model) keyMap
	help  bool // ? opens the full help here
	hurts bool
}

func everyScreen() []aScreen {
	coach := func(opts Options, keys ...string) func(t *testing.T) *driver {
		return func(t *testing.T) *driver {
			var h *harness
			if opts.Start != "" {
				h, _ = journaled(t, opts)
			} else {
				h = newHarness(t, opts, 80, 24)
			}
			h.key(keys...)
			return h.driver
		}
	}
	long := Options{Warning: strings.Repeat("a broken file was skipped ", 6)}
	root := func(m tea.Model) Model { return m.(Model) }
	remind := func(due bool) func(t *testing.T) *driver {
		return func(t *testing.T) *driver {
			h := newRemind(t, 50*time.Minute)
			if due {
				h.wait(50 * time.Minute)
			}
			return h.driver
		}
	}
	return []aScreen{
		{name: "picker", open: coach(long), keys: func(m tea.Model) keyMap { return root(m).picker.keys }, help: true},
		{name: "check-in", open: coach(Options{Start: "low-back"}), keys: func(m tea.Model) keyMap { return root(m).checkin.keys }, help: true},
		{name: "severe", open: coach(Options{Start: "low-back"}, "8"), keys: func(m tea.Model) keyMap { return root(m).severe.keys }, help: true},
		{name: "get ready", open: coach(Options{Start: "upper-back"}, "enter"), keys: func(m tea.Model) keyMap { return root(m).session.keys }, help: true},
		{name: "hold", open: coach(Options{Start: "low-back"}, "enter", "s", "enter"), keys: func(m tea.Model) keyMap { return root(m).session.keys }, help: true, hurts: true},
		{name: "paused", open: coach(Options{Start: "low-back"}, "enter", "s", "enter", "space"), keys: func(m tea.Model) keyMap { return root(m).session.keys }, help: true},
		{name: "pain", open: coach(Options{Start: "low-back"}, "enter", "p"), keys: func(m tea.Model) keyMap { return root(m).pain.keys }, help: true},
		{name: "summary", open: coach(Options{}, "enter", "s", "s", "s", "y"), keys: func(m tea.Model) keyMap { return root(m).summary.keys }, help: true},
		{name: "summary after pain", open: coach(Options{Start: "upper-back"}, "2", "s", "s", "p", "enter", "5"), keys: func(m tea.Model) keyMap { return root(m).summary.keys }, help: true},
		{name: "remind waiting", open: remind(false), keys: func(m tea.Model) keyMap { return m.(Reminder).waiting.keys }, help: true},
		{name: "remind due", open: remind(true), keys: func(m tea.Model) keyMap { return m.(Reminder).waiting.keys }, help: true},
	}
}

// Every screen's full help shows every key and its whole label at every
// size from the smallest window up: nothing is cut, nothing falls off.
func TestFullHelpFitsEveryScreen(t *testing.T) {
	for _, sc := range everyScreen() {
		for _, size := range [][2]int{{40, 12}, {60, 20}, {80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				d := sc.open(t)
				d.send(windowSize(size[0], size[1]))
				if sc.help {
					d.key("?")
				}
				v := d.model.View()
				checkFits(t, v, size[0], size[1])
				n := 0
				for _, group := range sc.keys(d.model).FullHelp() {
					for _, b := range group {
						if !b.Enabled() {
							continue
						}
						n++
						if !showsBinding(v, b) {
							t.Errorf("the full help does not show %q %q whole:\n%s", b.Help().Key, b.Help().Desc, v)
						}
					}
				}
				if n == 0 {
					t.Fatalf("no keys in the help of %s", sc.name)
				}
			})
		}
	}
}

// showsBinding reports whether a view shows a binding's key and label,
// whole, on one line: "q quit", or "q      quit" in a column.
func showsBinding(v string, b key.Binding) bool {
	re := regexp.MustCompile(`(^|[ ·])` + regexp.QuoteMeta(b.Help().Key) + ` +` + regexp.QuoteMeta(b.Help().Desc) + `( |$)`)
	for _, l := range strings.Split(v, "\n") {
		if re.MatchString(l) {
			return true
		}
	}
	return false
}

// At 40x12, the smallest window, a line that does not fit is cut at a
// word and ends in "…": no line ends in part of a word, and no number is
// cut or left without the word it counts ("0 of 2 holds · 2 s").
func TestCutsAreAtAWordWithAnEllipsis(t *testing.T) {
	for _, sc := range everyScreen() {
		t.Run(sc.name, func(t *testing.T) {
			d := sc.open(t)
			// The words the screen says when nothing needs cutting.
			d.send(windowSize(300, 100))
			whole := map[string]bool{}
			for _, w := range strings.Fields(d.model.View()) {
				whole[word(w)] = true
			}
			d.send(windowSize(40, 12))
			for _, l := range strings.Split(d.model.View(), "\n") {
				if strings.HasSuffix(l, "…") {
					l = strings.TrimSuffix(l, "…")
					if f := strings.Fields(l); len(f) > 0 && fit.IsNumber(word(f[len(f)-1])) && !strings.HasSuffix(l, " ") {
						t.Errorf("%s at 40x12: a number is left before the cut: %q", sc.name, l+"…")
					}
					continue
				}
				f := strings.Fields(l)
				if len(f) == 0 {
					continue
				}
				if last := word(f[len(f)-1]); last != "" && !whole[last] {
					t.Errorf("%s at 40x12: %q ends in %q, part of a word, with no …", sc.name, l, last)
				}
			}
		})
	}
}

// word is a token without the punctuation around it; "" for one with no
// letter or digit (a bar, a band, a figure).
func word(s string) string {
	w := strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return ""
	}
	return w
}

// nexts counts the lines that say what comes next.
func nexts(v string) int {
	n := 0
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "Next:") || strings.Contains(l, "Coming up") {
			n++
		}
	}
	return n
}

// The session says what comes next on one line; leaves out "rep 1 of 1";
// says once, before an exercise, what the level takes of its ranges; and
// counts a movement in moves.
func TestOneNextLineAndTheLevelSaidOnce(t *testing.T) {
	h := newHarness(t, Options{Start: "upper-back"}, 80, 24)
	step := func(what string, want []string, not ...string) {
		t.Helper()
		h.mustShow(what, want...)
		v := h.view()
		if nexts(v) != 1 && !strings.Contains(v, "Last one") {
			t.Errorf("%s: %d lines say what comes next, want 1:\n%s", what, nexts(v), v)
		}
		for _, n := range not {
			if strings.Contains(strings.ToLower(v), strings.ToLower(n)) {
				t.Errorf("%s: the screen shows %q:\n%s", what, n, v)
			}
		}
	}
	step("get ready", []string{"GET READY", "Gentle level: 3 reps of 3-5", "Next: Rep 1 of 3"}, "(3-5)", "Coming up")
	h.key("enter")
	step("first hold", []string{"HOLD 5s", "Rep 1 of 3", "Next: Rep 2 of 3"}, "Gentle level", "(3-5)")
	h.runFor(5 * time.Second)
	step("rest", []string{"REST", "Next: Rep 2 of 3"}, "Rep 1 of 3", "Coming up")
	h.key("s")
	step("rolls: get ready", []string{"Shoulder roll", "Next: Rolling forward"}, "rep 1 of 1", "Gentle level")
	h.key("enter")
	step("rolls", []string{"KEEP MOVING 30s", "Rolling forward\n", "Next: Rolling back"}, "rep 1 of 1")
	h.key("s")
	step("squeeze: get ready", []string{"Gentle level: hold 5s of 5-10s", "Next: Rep 1 of 3"})
	h.key("enter")
	step("squeeze", []string{"HOLD 5s", "Rep 1 of 3"}, "(5-10s)")
	h.runFor(20 * time.Second)
	step("the last hold", []string{"Rep 3 of 3", "Last one, then the summary"}, "done, the summary")
	h.runFor(time.Minute)
	h.mustShow("summary", "1 of 3 holds · 2 skipped", "0 of 2 moves · 2 skipped", "3 of 3 holds")
	if r, _ := h.m().Report(); !strings.Contains(r.String(), "4 of 6 holds and 0 of 2 moves done") {
		t.Errorf("report %q, want the holds and the moves counted apart", r.String())
	}

	full := newHarness(t, Options{Start: "upper-back", Level: routines.Full}, 40, 12)
	full.mustShow("full level", "Full level: 5 reps of 3-5", "Next: Rep 1 of 5")
}

// The summary's tips go both ways; the session's help says "p it hurts".
func TestSummaryTipsGoBackAndForth(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("enter")
	h.key("enter")
	h.mustShow("a hold", "p it hurts")
	h.key("s", "s", "s", "y")
	tip := regexp.MustCompile(`Tip (\d) of 5`)
	at := func() string {
		m := tip.FindStringSubmatch(h.view())
		if m == nil {
			t.Fatalf("no tip on the summary:\n%s", h.view())
		}
		return m[1]
	}
	first := at()
	h.mustShow("summary", "b previous tip")
	h.key("b")
	if prev := at(); prev == first {
		t.Fatalf("b stayed on tip %s", first)
	}
	h.key("n")
	if again := at(); again != first {
		t.Errorf("b then n: tip %s, want %s again", again, first)
	}
	h.key("left", "right", "h", "l")
	if again := at(); again != first {
		t.Errorf("← → h l: tip %s, want %s again", again, first)
	}
}

// Text that falls off the bottom of a small window ends in "…" where it
// stops: a tip cut short is marked so.
func TestTextCutAtTheBottomIsMarked(t *testing.T) {
	_, tips := builtIns(t)
	h := newHarness(t, Options{}, 40, 12)
	h.key("enter", "s", "s", "s", "y")
	cut := 0
	for range tips {
		h.key("n")
		v := h.view()
		m := regexp.MustCompile(`Tip \d of \d · (.*)`).FindStringSubmatch(v)
		if m == nil {
			t.Fatalf("no tip:\n%s", v)
		}
		for _, tip := range tips {
			words := strings.Fields(tip.Text)
			if tip.Title != m[1] || strings.Contains(v, words[len(words)-1]) {
				continue
			}
			cut++
			if !strings.Contains(v, "…\n") {
				t.Errorf("a tip is cut short with no …:\n%s", v)
			}
		}
	}
	if cut == 0 {
		t.Fatal("no tip was cut short at 40x12: the test tests nothing")
	}
}
