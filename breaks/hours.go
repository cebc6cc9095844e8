package breaks

import (
	"fmt"
	"strings"
	"time"
)

// Hours are working hours, as times of day (since midnight). An End
// before Start is hours across midnight (22:00-06:00, a night shift):
// they end on the day after they start.
type Hours struct{ Start, End time.Duration }

// ParseHours reads "09:00-17:30", or "22:00-06:00" across midnight.
func ParseHours(s string) (Hours, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return Hours{}, fmt.Errorf("hours: want a range like 09:00-17:30 or 22:00-06:00, got %q", s)
	}
	start, err1 := clockTime(a)
	end, err2 := clockTime(b)
	if err1 != nil || err2 != nil || start == end {
		return Hours{}, fmt.Errorf("hours: want a range like 09:00-17:30 or 22:00-06:00 (start and end differ), got %q", s)
	}
	return Hours{start, end}, nil
}

func clockTime(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, err
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

// String writes the hours back as "09:00-17:30".
func (h Hours) String() string {
	f := func(d time.Duration) string { return fmt.Sprintf("%02d:%02d", int(d.Hours()), int(d.Minutes())%60) }
	return f(h.Start) + "-" + f(h.End)
}

// overnight reports whether the hours cross midnight.
func (h Hours) overnight() bool { return h.End < h.Start }

// shift is one stretch of working hours: from start to end, both within.
type shift struct{ start, end time.Time }

// shiftOf is the stretch of the hours that t is in (true), or else the
// next one after t (false). Hours across midnight that started the day
// before are still on after midnight.
func (h Hours) shiftOf(t time.Time) (shift, bool) {
	y, m, d := t.Date()
	var sh shift
	for day := d - 1; day <= d+1; day++ {
		sh = h.startedOn(y, m, day, t.Location())
		if t.Before(sh.start) {
			return sh, false
		}
		if !t.After(sh.end) {
			return sh, true
		}
	}
	return h.startedOn(y, m, d+2, t.Location()), false // not reached: tomorrow's starts after t
}

// startedOn is the stretch of the hours that starts on the day y-m-d.
func (h Hours) startedOn(y int, m time.Month, d int, loc *time.Location) shift {
	endDay := d
	if h.overnight() {
		endDay++
	}
	return shift{clockAt(y, m, d, h.Start, loc), clockAt(y, m, endDay, h.End, loc)}
}

// nextStart is the first time after now that the clocks show start: the
// next start of working hours (start is their Start), or of the morning.
func nextStart(now time.Time, start time.Duration) time.Time {
	y, m, d := now.Date()
	for day := d; day <= d+2; day++ {
		if t := clockAt(y, m, day, start, now.Location()); t.After(now) {
			return t
		}
	}
	return clockAt(y, m, d+3, start, now.Location()) // not reached
}

// fit moves t into working hours: a time outside them is moved to the
// first break of the next stretch, an interval after it starts.
func (s *Schedule) fit(t time.Time) time.Time {
	h := s.cfg.Hours
	if h == nil {
		return t
	}
	sh, in := h.shiftOf(t)
	if in {
		return t
	}
	return s.first(sh)
}

// after is the break d after t, within working hours: outside them, the
// first break of the next stretch (an interval after work starts, not d
// after t: a reminder started at 08:30 or a routine done before work
// puts the first break at 09:50 with 09:00-17:30 and 50m).
func (s *Schedule) after(t time.Time, d time.Duration) time.Time {
	if h := s.cfg.Hours; h != nil {
		if sh, in := h.shiftOf(t); !in {
			return s.first(sh)
		}
	}
	return s.fit(t.Add(d))
}

// first is the first break of a stretch of working hours: an interval
// after it starts, as no one needs a break the minute work starts; at its
// end when the interval is longer than the hours.
func (s *Schedule) first(sh shift) time.Time {
	if t := sh.start.Add(s.cfg.Every); t.Before(sh.end) {
		return t
	}
	return sh.end
}

// clockAt is the first instant at which the clocks of loc show the day
// y-m-d at the time of day tod, or later: tod itself, unless the clocks
// skip it that day, and then the instant they change. Times of day are
// built with time.Date, not midnight plus hours, which is an hour off on
// the days the clocks change; but time.Date alone puts a skipped time on
// either side of the change, and where the clocks go from 24:00 to 01:00
// (Santiago, Havana) it gives 00:00 as 23:00 the day before: a "next
// morning" already past, which a reminder would wake for in a tight loop.
func clockAt(y int, m time.Month, d int, tod time.Duration, loc *time.Location) time.Time {
	hh, mm := int(tod/time.Hour), int(tod/time.Minute%60)
	t := time.Date(y, m, d, hh, mm, 0, 0, loc)
	want := time.Date(y, m, d, hh, mm, 0, 0, time.UTC) // the wall time asked for
	for range 3 {                                      // a zone's bounds may fall inside the skipped time
		shown := wallTime(t)
		if shown.Equal(want) {
			return t
		}
		start, end := t.ZoneBounds()
		switch {
		case shown.Before(want) && !end.IsZero():
			t = end // put before the change: the change is the first instant after
		case shown.After(want) && !start.IsZero() && !start.Equal(t) && !wallTime(start).Before(want):
			t = start // put after it, later than the change
		default:
			return t
		}
	}
	return t
}

// wallTime is what the clocks show at t, as a time in UTC, so that two
// wall times compare whatever their offsets.
func wallTime(t time.Time) time.Time {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	return time.Date(y, m, d, hh, mm, ss, t.Nanosecond(), time.UTC)
}
