package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/routines"
)

// The words of --plain, as a reader of the lines meets them.

// A broken routine file is said before anything else, with the picker
// and with `run ID` (no picker shows it there).
func TestPlainSaysTheBrokenFilesFirst(t *testing.T) {
	const warning = "neck.yaml has errors and was skipped: run backcoach validate neck.yaml"
	for _, start := range []string{"", "upper-back"} {
		h := newHarness(t, Options{Warning: warning, Start: start}, 80, 24)
		if l := h.lines(); len(l) == 0 || l[0] != warning {
			t.Errorf("start %q: said %q first, want the warning", start, l)
		}
	}
}

// remind says it once as it starts, not again at every break.
func TestRemindSaysTheBrokenFilesOnce(t *testing.T) {
	const warning = "neck.yaml has errors and was skipped: run backcoach validate neck.yaml"
	rs, tips := builtIns(t)
	h := &driver{t: t, clk: &clock{epoch}}
	h.model = NewReminder(RemindOptions{
		Coach:  Options{Routines: rs, Tips: tips, Now: h.clk.now, Tick: h.tick, Events: h.sink(), Warning: warning},
		Breaks: breaks.Config{Every: time.Hour, Routines: []string{"upper-back"}},
	})
	h.do(h.model.Init())
	h.send(windowSize(80, 24))
	if l := h.lines(); len(l) == 0 || l[0] != warning {
		t.Errorf("remind said %q first, want the warning", l)
	}
	for range 2 {
		h.key("enter") // a break now
		h.runFor(10 * time.Minute)
	}
	if n := strings.Count(strings.Join(h.lines(), "\n"), warning); n != 1 {
		t.Errorf("said the warning %d times, want once: %q", n, h.lines())
	}
}

// One exercise is "1 exercise", in words and on the picker.
func TestOneExerciseIsSingular(t *testing.T) {
	one := routines.Routine{ID: "neck", Name: "Neck", Exercises: []routines.Exercise{{ID: "tuck", Name: "Chin tuck",
		Hold: routines.Span{Min: 5 * time.Second, Max: 5 * time.Second}, Reps: routines.Count{Min: 1, Max: 1}}}}
	h := newHarness(t, Options{Routines: []routines.Routine{one}}, 80, 24)
	if l := h.lines(); len(l) < 2 || !strings.Contains(l[1], "Neck, 1 exercise, ") {
		t.Errorf("said %q, want 1 exercise", l)
	}
	h.mustShow("picker", "1 exercise ·")
}

// ? says the keys of the screen showing, as its full help lists them.
func TestHelpKeySaysTheKeys(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("?")
	l := h.lines()
	if got, want := l[len(l)-1], "Keys: ↑/k up, ↓/j down, enter start, l level, ? help, q quit, ctrl+c quit now."; got != want {
		t.Errorf("? on the picker said %q, want %q", got, want)
	}
	h = startUpper(t)
	h.key("?")
	l = h.lines()
	if got, want := l[len(l)-1], "Keys: space pause, enter/→ start now, ← back, s skip exercise, p it hurts, ? help, q quit, ctrl+c quit now."; got != want {
		t.Errorf("? in a routine said %q, want %q", got, want)
	}
}

// finished runs Upper back to its summary and returns what was said there.
func finished(t *testing.T) (*harness, string) {
	t.Helper()
	h := startUpper(t)
	h.runFor(plan(t, "upper-back", routines.Gentle).Total())
	h.mustShow("summary", "Well done!")
	l := h.lines()
	return h, l[len(l)-1]
}

// The summary's words: one sentence a thing (no "in 2:30: 8 of 8"),
// what the keys are, and n says the next tip alone.
func TestTheSummarysWords(t *testing.T) {
	h, done := finished(t)
	if !strings.HasPrefix(done, "Done. Upper back finished in 2:30. 6 of 6 holds and 2 of 2 moves done, 0 skipped. Tip ") {
		t.Errorf("said %q", done)
	}
	if regexp.MustCompile(`\d:\d\d:`).MatchString(done) {
		t.Errorf("a colon after the time reads as part of it: %q", done)
	}
	if !strings.HasSuffix(done, "N for the next tip. Enter for another routine, q to quit.") {
		t.Errorf("the summary does not say what it waits for: %q", done)
	}
	n := len(h.lines())
	h.key("n")
	said := h.lines()[n:]
	if len(said) != 1 || !strings.HasPrefix(said[0], "Tip ") || strings.Contains(said[0], "finished") {
		t.Errorf("n said %q, want the next tip alone", said)
	}
	if !strings.Contains(said[0], fmt.Sprintf(" of %d: ", len(h.m().summary.tips))) {
		t.Errorf("n said %q, want which tip of how many", said)
	}
}

// A stop for pain is said in the screen's words.
func TestPainStopSaysWhatTheScreenSays(t *testing.T) {
	h := startUpper(t)
	h.key("enter") // the first hold
	h.key("p")
	l := h.lines()
	if got := l[len(l)-1]; !strings.HasPrefix(got, "Stopped: Thoracic extension, rep 1. ") {
		t.Errorf("said %q", got)
	}
	h.mustShow("pain screen", "Stopped: Thoracic extension, rep 1")
}

// Every line begins as a sentence does, with a capital (or backcoach's
// name), whatever the screen: "Paused, ...", "Done. ...".
func TestEveryLineIsCapitalised(t *testing.T) {
	h, _ := journaled(t, Options{})
	h.key("?", "j", "enter", "3", "space", "space", "q", "n")
	h.runFor(plan(t, "upper-back", routines.Gentle).Total() + time.Minute)
	h.key("p", "enter", "4", "n")
	for _, l := range h.lines() {
		r, _ := utf8.DecodeRuneInString(l)
		if !unicode.IsUpper(r) && !strings.HasPrefix(l, "backcoach ") {
			t.Errorf("a line in lower case: %q", l)
		}
	}
}

// Both check-ins say what 0 and 10 mean.
func TestTheCheckInsSayWhatTheScaleMeans(t *testing.T) {
	h, _ := journaled(t, Options{Start: "upper-back"})
	h.key("enter")
	h.runFor(plan(t, "upper-back", routines.Gentle).Total())
	n := 0
	for _, l := range h.lines() {
		if strings.Contains(l, "How does your back feel") {
			n++
			if !strings.Contains(l, "0 (no pain) to 10 (the worst you can imagine)") {
				t.Errorf("the check-in does not say what 0 and 10 mean: %q", l)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d check-ins said, want 2: %q", n, h.lines())
	}
}

// saidAfter is what was said after the first n lines.
func (d *driver) saidAfter(n int) []string { return d.lines()[n:] }

// A rating typed is echoed, as a terminal echoes what is typed: a digit,
// 1 then 0, the arrows, and enter alone.
func TestARatingIsEchoed(t *testing.T) {
	for _, tc := range []struct {
		keys []string
		want []string
	}{
		{[]string{"3"}, []string{"Rated 3."}},
		{[]string{"1", "0"}, []string{"Rated 10."}},
		{[]string{"right", "right", "enter"}, []string{"Chosen: 0. Enter to rate it.", "Chosen: 1. Enter to rate it.", "Rated 1."}},
		{[]string{"enter"}, []string{"Not rated."}},
	} {
		h, _ := journaled(t, Options{Start: "upper-back"})
		n := len(h.lines())
		h.key(tc.keys...)
		said := h.saidAfter(n)
		if len(said) < len(tc.want) || fmt.Sprint(said[:len(tc.want)]) != fmt.Sprint(tc.want) {
			t.Errorf("%v said %q, want %q first", tc.keys, said, tc.want)
		}
	}
}

// plainHarness drives the coach as --plain runs it: no window size ever
// comes.
func plainHarness(t *testing.T, opts Options) *harness {
	t.Helper()
	rs, tips := builtIns(t)
	opts.Routines, opts.Tips = rs, tips
	d := &driver{t: t, clk: &clock{epoch}}
	opts.Now, opts.Tick, opts.Events = d.clk.now, d.tick, d.sink()
	d.model = New(opts)
	d.do(d.model.Init())
	return &harness{d}
}

// ? pressed again in --plain (where it opens and closes a help no one
// sees) says "as above" instead of the list again, while nothing else was
// said; once something was, the list again.
func TestHelpAgainIsAsAbove(t *testing.T) {
	h := plainHarness(t, Options{Start: "upper-back"})
	n := len(h.lines())
	h.key("?", "?", "?")
	want := []string{
		"Keys: space pause, enter/→ start now, ← back, s skip exercise, p it hurts, ? help, q quit, ctrl+c quit now.",
		"Keys: as above.", "Keys: as above.",
	}
	if said := h.saidAfter(n); fmt.Sprint(said) != fmt.Sprint(want) {
		t.Errorf("? ? ? said %q, want %q", said, want)
	}
	h.key("enter") // the hold: said, and its keys differ
	n = len(h.lines())
	h.key("?")
	if said := h.saidAfter(n); len(said) != 1 || !strings.HasPrefix(said[0], "Keys: space pause, enter/→ skip,") {
		t.Errorf("? after a step said %q, want the list", said)
	}
}
