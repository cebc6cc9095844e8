package tui

import (
	"regexp"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// harnessAt is newHarness with the clock at at from the start, so that a
// routine run straight away starts then.
func harnessAt(t *testing.T, opts Options, at time.Time) *harness {
	t.Helper()
	rs, tips := builtIns(t)
	opts.Routines, opts.Tips = rs, tips
	d := &driver{t: t, clk: &clock{at}}
	opts.Now, opts.Tick, opts.Events = d.clk.now, d.tick, d.sink()
	d.model = New(opts)
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.do(d.model.Init())
	return &harness{d}
}

// summaryTip runs routine to a stop for pain at at and gives the title of
// the tip its summary shows.
func summaryTip(t *testing.T, routine string, at time.Time) string {
	t.Helper()
	h := harnessAt(t, Options{Start: routine}, at)
	h.key("p")
	h.key("enter")
	h.mustShow("the summary", "stopped for pain")
	m := regexp.MustCompile(`Tip \d of \d · (.*\S)`).FindStringSubmatch(h.view())
	if m == nil {
		t.Fatalf("no tip on the summary:\n%s", h.view())
	}
	return m[1]
}

// The tip of the day changes with the local date, not UTC's: at 00:30 and
// at 23:30 in Sydney (UTC+10, two UTC dates) the tip is the same, and the
// next local morning brings the next one.
func TestTipOfTheDayByLocalDate(t *testing.T) {
	syd := time.FixedZone("AEST", 10*3600)
	early := time.Date(2026, 11, 26, 0, 30, 0, 0, syd) // 25 Nov in UTC
	late := time.Date(2026, 11, 26, 23, 30, 0, 0, syd) // 26 Nov in UTC
	a, b := summaryTip(t, "upper-back", early), summaryTip(t, "upper-back", late)
	if a != b {
		t.Errorf("one local day, two tips: %q at 00:30, %q at 23:30", a, b)
	}
	if next := summaryTip(t, "upper-back", early.AddDate(0, 0, 1)); next == a {
		t.Errorf("the next local day kept the tip %q", a)
	}
}

// A low-back session never ends on the tip about upper back pain, nor an
// upper-back one on lifting with the knees; each sees every tip that fits
// it in as many days.
func TestTipFitsTheRoutine(t *testing.T) {
	for _, tt := range []struct{ routine, never string }{
		{"low-back", "Get a new mattress"},
		{"upper-back", "Avoid heavy lifting"},
	} {
		seen := map[string]bool{}
		for d := range 4 {
			at := time.Date(2026, 11, 26+d, 9, 0, 0, 0, time.FixedZone("X", -5*3600))
			tip := summaryTip(t, tt.routine, at)
			if tip == tt.never {
				t.Errorf("%s on day %d ends on %q", tt.routine, d, tip)
			}
			seen[tip] = true
		}
		if len(seen) != 4 {
			t.Errorf("%s over 4 days showed %d tips, want the 4 that fit: %v", tt.routine, len(seen), seen)
		}
	}
}
