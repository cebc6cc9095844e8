package breaks

import (
	"fmt"
	"strings"
	"testing"
	_ "time/tzdata" // the DST test runs without system zoneinfo

	"time"
)

var at = func(h, m int) time.Time { return time.Date(2026, 11, 26, h, m, 0, 0, time.UTC) }

func TestIntervalAndAlternatingRoutines(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute, Routines: []string{"low-back", "upper-back"}}, at(9, 0))
	if s.Next() != at(9, 50) || s.Routine() != "low-back" {
		t.Fatalf("first break %v for %s, want 09:50 low-back", s.Next(), s.Routine())
	}
	if s.Due(at(9, 49)) || !s.Due(at(9, 50)) {
		t.Fatal("due before 09:50 or not at 09:50")
	}
	s.Done(at(9, 57)) // the routine took 7 minutes
	if s.Next() != at(10, 47) || s.Routine() != "upper-back" {
		t.Errorf("after the break: %v for %s, want 10:47 upper-back", s.Next(), s.Routine())
	}
	s.Done(at(10, 50))
	if s.Routine() != "low-back" {
		t.Errorf("third break for %s, want low-back again", s.Routine())
	}
}

func TestSnoozeSkipPause(t *testing.T) {
	s := New(Config{Every: time.Hour, Routines: []string{"low-back", "upper-back"}}, at(9, 0))
	s.Snooze(at(10, 0))
	if s.Next() != at(10, 5) || s.Routine() != "low-back" {
		t.Errorf("snooze: %v %s, want 10:05 low-back", s.Next(), s.Routine())
	}
	s.Skip(at(10, 5))
	if s.Next() != at(11, 5) || s.Routine() != "low-back" {
		t.Errorf("skip: %v %s, want 11:05 and the same routine", s.Next(), s.Routine())
	}
	s.Pause(at(11, 5))
	if s.Next() != at(12, 5) {
		t.Errorf("pause: %v, want 12:05", s.Next())
	}
}

func TestWorkingHours(t *testing.T) {
	h, err := ParseHours("09:00-17:30")
	if err != nil || h.String() != "09:00-17:30" {
		t.Fatalf("ParseHours: %v %v", h, err)
	}
	s := New(Config{Every: 50 * time.Minute, Hours: &h}, at(7, 0))
	if s.Next() != at(9, 50) {
		t.Errorf("started at 07:00: first break %v, want 09:50 (an interval after work starts)", s.Next())
	}
	s.Done(at(17, 0))
	if want := at(9, 50).AddDate(0, 0, 1); s.Next() != want {
		t.Errorf("a break at 17:00 that would fall at 17:50: %v, want 09:50 the next day", s.Next())
	}
	for _, bad := range []string{"9-5", "09:00-09:00", "09:00", "25:00-26:00"} {
		if _, err := ParseHours(bad); err == nil {
			t.Errorf("ParseHours(%q) accepted", bad)
		}
	}
}

// A laptop asleep for three hours is reminded once, and the next break
// counts from when the user acts.
func TestSleepingPastBreaksRemindsOnce(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute}, at(9, 0))
	wake := at(12, 10)
	if !s.Due(wake) {
		t.Fatal("not due after waking")
	}
	s.Snooze(wake)
	if s.Due(wake.Add(time.Minute)) || s.Next() != at(12, 15) {
		t.Errorf("after one snooze: next %v; want one reminder, then 12:15", s.Next())
	}
}

func TestNextChangeWakesOncePerMinute(t *testing.T) {
	s := New(Config{Every: 50 * time.Minute}, at(9, 0))
	if got := s.NextChange(at(9, 0).Add(20 * time.Second)); got != 40*time.Second {
		t.Errorf("49:40 left: wake in %v, want 40s (when it shows 49 minutes)", got)
	}
	if got := s.NextChange(at(9, 1)); got != time.Minute {
		t.Errorf("49:00 left: wake in %v, want 1m", got)
	}
	if got := s.NextChange(at(9, 50)); got != 0 {
		t.Errorf("due: wake in %v, want 0", got)
	}
}

// Break times are wall-clock times: a time.Now() with a monotonic reading
// (which stops during suspend) never leaks into them.
func TestBreakTimesAreWallClock(t *testing.T) {
	now := time.Now()
	s := New(Config{Every: time.Hour}, now)
	if strings.Contains(s.Next().String(), "m=") {
		t.Errorf("next break %v carries a monotonic reading", s.Next())
	}
	s.Snooze(time.Now())
	if strings.Contains(s.Next().String(), "m=") {
		t.Errorf("after snooze %v carries a monotonic reading", s.Next())
	}
}

func TestNothingIsDueOutsideWorkingHours(t *testing.T) {
	h, _ := ParseHours("09:00-17:30")
	s := New(Config{Every: 50 * time.Minute, Hours: &h}, at(16, 30))
	if s.Due(at(22, 0)) {
		t.Fatal("a break missed at 17:20 is due at 22:00, outside working hours")
	}
	if want := at(9, 50).AddDate(0, 0, 1); !s.Next().Equal(want) {
		t.Errorf("next %v, want 09:50 the next morning", s.Next())
	}
}

func TestWorkingHoursOnTheDayTheClocksChange(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	h, _ := ParseHours("09:00-17:30")
	for _, day := range []int{29, 25} { // 29 Mar 2026 spring forward, 25 Oct fall back
		month := time.March
		if day == 25 {
			month = time.October
		}
		s := New(Config{Every: time.Hour, Hours: &h}, time.Date(2026, month, day, 6, 0, 0, 0, berlin))
		if got := s.Next(); got.Hour() != 10 || got.Minute() != 0 {
			t.Errorf("%v: first break at %v, want 10:00 (an hour after 09:00)", month, got)
		}
	}
}

// An ignored break is asked for again every Again, until it is taken,
// snoozed, skipped or paused; the overdue time grows meanwhile.
func TestAnIgnoredBreakIsAskedForAgain(t *testing.T) {
	start := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	s := New(Config{Every: time.Minute, Again: 30 * time.Second}, start)
	var rang []string
	for sec := 0; sec <= 150; sec += 5 {
		now := start.Add(time.Duration(sec) * time.Second)
		if s.Ring(now) {
			rang = append(rang, fmt.Sprintf("%ds overdue %v", sec, s.Overdue(now)))
		}
	}
	want := "60s overdue 0s, 90s overdue 30s, 120s overdue 1m0s, 150s overdue 1m30s"
	if got := strings.Join(rang, ", "); got != want {
		t.Errorf("rang at %s\nwant %s", got, want)
	}
	s.Done(start.Add(150 * time.Second))
	if s.Ring(start.Add(170*time.Second)) || s.Overdue(start.Add(170*time.Second)) != 0 {
		t.Error("still ringing after the break was taken")
	}
}

// A pause says until when; it can be resumed, or last until tomorrow's
// working hours.
func TestPauseResumeAndTomorrow(t *testing.T) {
	now := time.Date(2026, 11, 27, 14, 20, 0, 0, time.UTC)
	h, _ := ParseHours("08:30-17:00")
	s := New(Config{Every: 50 * time.Minute, Hours: &h}, now)
	s.Pause(now)
	if until, paused := s.Paused(); !paused || !until.Equal(now.Add(time.Hour)) {
		t.Errorf("paused %v until %v", paused, until)
	}
	if s.Ring(now.Add(30*time.Minute)) || s.Overdue(now.Add(30*time.Minute)) != 0 {
		t.Error("a paused reminder rang or counted as overdue")
	}
	s.Resume(now.Add(10 * time.Minute))
	if _, paused := s.Paused(); paused || !s.Next().Equal(now.Add(50*time.Minute)) {
		t.Errorf("after resume: next %v, want the break the pause put off, 15:10", s.Next())
	}
	s.PauseTomorrow(now)
	if until, paused := s.Paused(); !paused || !until.Equal(time.Date(2026, 11, 28, 8, 30, 0, 0, time.UTC)) {
		t.Errorf("until tomorrow: %v %v", until, paused)
	}
	s2 := New(Config{}, now)
	s2.PauseTomorrow(now)
	if until, _ := s2.Paused(); !until.Equal(time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("until tomorrow without hours: %v", until)
	}
}

// A routine done elsewhere while remind waits counts: the next break is
// an interval after it, and the rotation's routine is still to come.
func TestABreakTakenElsewhereCounts(t *testing.T) {
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	s := New(Config{Every: 50 * time.Minute, Routines: []string{"low-back", "upper-back"}}, now)
	s.TakenElsewhere(now.Add(30*time.Minute), now.Add(30*time.Minute))
	if !s.Next().Equal(now.Add(80*time.Minute)) || s.Routine() != "low-back" {
		t.Errorf("next %v, routine %s", s.Next(), s.Routine())
	}
	s.Choose("upper-back")
	if s.Routine() != "upper-back" {
		t.Errorf("chosen: %s", s.Routine())
	}
}

// While a break is ignored, the reminder wakes for each overdue minute
// and each reminder again, never in a tight loop.
func TestWakeWhileDue(t *testing.T) {
	start := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	s := New(Config{Every: time.Minute, Again: 90 * time.Second}, start)
	if w := s.WakeIn(start); w != time.Minute {
		t.Errorf("waiting: wake in %v", w)
	}
	due := start.Add(time.Minute)
	if w := s.WakeIn(due); w != 0 {
		t.Errorf("due, not yet rung: wake in %v, want at once", w)
	}
	s.Ring(due)
	// The overdue minutes are rounded up: they change just after each
	// whole minute, and it wakes a second past it.
	for _, c := range []struct{ at, want time.Duration }{{0, time.Second}, {time.Second, time.Minute}, {20 * time.Second, 41 * time.Second}, {70 * time.Second, 20 * time.Second}} {
		if w := s.WakeIn(due.Add(c.at)); w != c.want {
			t.Errorf("%v after ringing: wake in %v, want %v", c.at, w, c.want)
		}
	}
}
