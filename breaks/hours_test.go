package breaks

import (
	"testing"
	"time"
)

func london(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/London") // time/tzdata is linked in (breaks_test.go)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func mustHours(t *testing.T, s string) *Hours {
	t.Helper()
	h, err := ParseHours(s)
	if err != nil {
		t.Fatal(err)
	}
	return &h
}

// t after midnight pauses until the coming morning's start of work, not
// the next day's; during working hours, until the next day's.
func TestPauseTillWorkStartsIsTheNextStart(t *testing.T) {
	loc := london(t)
	day := func(d, hh, mm int) time.Time { return time.Date(2026, time.November, d, hh, mm, 0, 0, loc) }
	for _, c := range []struct {
		hours      string
		now        time.Time
		until, brk time.Time
	}{
		{"09:00-17:30", day(27, 2, 5), day(27, 9, 0), day(27, 9, 50)},   // Friday 02:05: Friday's start
		{"09:00-17:30", day(27, 10, 0), day(28, 9, 0), day(28, 9, 50)},  // during work: the next day's
		{"09:00-17:30", day(27, 20, 0), day(28, 9, 0), day(28, 9, 50)},  // after work
		{"22:00-06:00", day(27, 2, 0), day(27, 22, 0), day(27, 22, 50)}, // in a night shift: the next one
		{"22:00-06:00", day(27, 23, 0), day(28, 22, 0), day(28, 22, 50)},
		{"22:00-06:00", day(27, 7, 0), day(27, 22, 0), day(27, 22, 50)},
		{"", day(27, 2, 5), day(27, 9, 0), day(27, 9, 50)}, // no hours: the next 09:00
	} {
		cfg := Config{Every: 50 * time.Minute}
		if c.hours != "" {
			cfg.Hours = mustHours(t, c.hours)
		}
		s := New(cfg, c.now)
		s.PauseTomorrow(c.now)
		if until, paused := s.Paused(); !paused || !until.Equal(c.until) {
			t.Errorf("%s at %v: paused %v until %v, want %v", c.hours, c.now, paused, until, c.until)
		}
		if s.Due(c.until) {
			t.Errorf("%s: a break due the moment work starts", c.hours)
		}
		if _, paused := s.Paused(); paused || !s.Next().Equal(c.brk) {
			t.Errorf("%s: after the pause, paused %v, next %v; want %v, an interval after work starts", c.hours, paused, s.Next(), c.brk)
		}
	}
}

// The first break of the day is one interval after work starts, or after
// remind starts if later, not the moment work starts.
func TestTheFirstBreakIsAnIntervalIntoWork(t *testing.T) {
	h := mustHours(t, "09:00-17:30")
	for _, c := range []struct{ start, want time.Time }{
		{at(7, 0), at(9, 50)},
		{at(8, 30), at(9, 50)}, // not 09:20: work had not started
		{at(9, 20), at(10, 10)},
	} {
		if got := New(Config{Every: 50 * time.Minute, Hours: h}, c.start).Next(); !got.Equal(c.want) {
			t.Errorf("remind started at %s: first break %s, want %s", c.start.Format("15:04"), got.Format("15:04"), c.want.Format("15:04"))
		}
	}
	// A laptop asleep from 17:00 to 22:00: the break moves to the first of
	// the next morning.
	s := New(Config{Every: 50 * time.Minute, Hours: h}, at(16, 30))
	s.Due(at(22, 0))
	if want := at(9, 50).AddDate(0, 0, 1); !s.Next().Equal(want) {
		t.Errorf("missed at 17:20: next %v, want %v", s.Next(), want)
	}
}

// z, h, u: the snooze is still there after the pause; and a pause that
// runs out brings back the break it put off.
func TestAPauseKeepsTheSnooze(t *testing.T) {
	s := New(Config{Every: time.Hour}, at(9, 0))
	s.Snooze(at(10, 0))
	s.Pause(at(10, 1))
	s.Resume(at(10, 2))
	if _, paused := s.Paused(); paused || !s.Next().Equal(at(10, 5)) {
		t.Errorf("z, h, u: next %v (paused %v), want the snoozed 10:05", s.Next(), paused)
	}
	s.Pause(at(10, 3))
	s.PauseTomorrow(at(10, 3)) // a pause after a pause keeps the first one's break
	s.Resume(at(10, 4))
	if !s.Next().Equal(at(10, 5)) {
		t.Errorf("z, h, t, u: next %v, want 10:05", s.Next())
	}
	s.Pause(at(10, 4))
	if s.Due(at(11, 3)) || !s.Due(at(11, 4)) {
		t.Error("the hour's pause did not end with the snoozed break due")
	}
}

// Hours across midnight, for night shifts: inside them, the next start,
// the end in the morning, on ordinary nights and the nights the clocks
// change in Europe/London (29 March 2026, 01:00 GMT to 02:00 BST; 25
// October, 02:00 BST back to 01:00 GMT).
func TestHoursAcrossMidnight(t *testing.T) {
	h := mustHours(t, "22:00-06:00")
	if h.String() != "22:00-06:00" {
		t.Errorf("String: %s", h)
	}
	loc := london(t)
	for _, c := range []struct {
		what  string
		day   func(d, hh, mm int) time.Time
		d     int // the Saturday the night starts
		hours int // the night's length in hours
	}{
		{"an ordinary night", func(d, hh, mm int) time.Time { return time.Date(2026, time.November, d, hh, mm, 0, 0, loc) }, 21, 8},
		{"spring forward", func(d, hh, mm int) time.Time { return time.Date(2026, time.March, d, hh, mm, 0, 0, loc) }, 28, 7},
		{"fall back", func(d, hh, mm int) time.Time { return time.Date(2026, time.October, d, hh, mm, 0, 0, loc) }, 24, 9},
	} {
		day, d := c.day, c.d
		sh, in := h.shiftOf(day(d+1, 3, 30))
		if !in || !sh.start.Equal(day(d, 22, 0)) || !sh.end.Equal(day(d+1, 6, 0)) || sh.end.Sub(sh.start) != time.Duration(c.hours)*time.Hour {
			t.Errorf("%s: 03:30 in %v, the shift %v to %v; want in the %d hours from Saturday 22:00 to 06:00", c.what, in, sh.start, sh.end, c.hours)
		}
		s := New(Config{Every: 50 * time.Minute, Hours: h}, day(d, 21, 0))
		if !s.Next().Equal(day(d, 22, 50)) {
			t.Errorf("%s: started at 21:00, first break %v, want 22:50", c.what, s.Next())
		}
		s.Done(day(d+1, 5, 0))
		if !s.Next().Equal(day(d+1, 5, 50)) {
			t.Errorf("%s: a break at 05:00: next %v, want 05:50, still in the night shift", c.what, s.Next())
		}
		s.Done(day(d+1, 5, 30))
		if !s.Next().Equal(day(d+1, 22, 50)) {
			t.Errorf("%s: a break at 05:30: next %v, want 22:50 that evening", c.what, s.Next())
		}
		if s.Due(day(d+1, 12, 0)) {
			t.Errorf("%s: due at noon, outside the night shift", c.what)
		}
		s.PauseTomorrow(day(d+1, 3, 0))
		if until, _ := s.Paused(); !until.Equal(day(d+1, 22, 0)) {
			t.Errorf("%s: t at 03:00: until %v, want 22:00 that evening", c.what, until)
		}
	}
}
