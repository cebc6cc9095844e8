package journal

import (
	"time"

	"github.com/backcoach/backcoach/coach"
)

// day is a calendar day in one location.
type day struct {
	y int
	m time.Month
	d int
}

func dayOf(t time.Time, loc *time.Location) day {
	y, m, d := t.In(loc).Date()
	return day{y, m, d}
}

func (d day) time(loc *time.Location) time.Time { return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, loc) }

// add is the day n days later (earlier if n < 0), across month and year
// ends. It counts on the calendar, in UTC, never through a local midnight,
// which a change to daylight saving time may skip.
func (d day) add(n int) day {
	return dayOf(time.Date(d.y, d.m, d.d+n, 12, 0, 0, 0, time.UTC), time.UTC)
}

// Counts reports whether a session with outcome o counts for the streak:
// the coach's one rule (coach.Outcome.Counts), for the words the journal
// keeps.
func Counts(o string) bool { return coach.Outcome(o).Counts() }

// finishedDays is the set of days, in now's location, with at least one
// routine that counts (finished, or ended for pain).
func finishedDays(sessions []Session, loc *time.Location) map[day]bool {
	days := map[day]bool{}
	for _, s := range sessions {
		if Counts(s.Outcome) {
			days[dayOf(s.Started, loc)] = true
		}
	}
	return days
}

// Streaks returns the current streak (consecutive days up to today, or up
// to yesterday while today has none yet, with at least one finished
// routine) and the longest ever, in now's time zone.
func Streaks(sessions []Session, now time.Time) (current, longest int) {
	loc := now.Location()
	days := finishedDays(sessions, loc)
	d := dayOf(now, loc)
	if !days[d] {
		d = d.add(-1)
	}
	for days[d] {
		current++
		d = d.add(-1)
	}
	for start := range days {
		if days[start.add(-1)] {
			continue // not the first day of a run
		}
		n := 0
		for d := start; days[d]; d = d.add(1) {
			n++
		}
		longest = max(longest, n)
	}
	return current, longest
}

// WeekStart is Monday 00:00 of t's week, in t's location.
func WeekStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d-(int(t.Weekday())+6)%7, 0, 0, 0, 0, t.Location())
}

// Minutes is the time spent on exercises in sessions started in [from, to).
func Minutes(sessions []Session, from, to time.Time) float64 {
	var m float64
	for _, s := range sessions {
		if !s.Started.Before(from) && s.Started.Before(to) {
			m += s.Seconds() / 60
		}
	}
	return m
}

// DailyMinutes is the minutes of each of the n days up to and including
// now's, oldest first.
func DailyMinutes(sessions []Session, now time.Time, n int) []float64 {
	if n <= 0 {
		return nil
	}
	loc := now.Location()
	// Days are counted on the calendar, in UTC, where each is 24 hours.
	first := dayOf(now, loc).add(-(n - 1)).time(time.UTC)
	out := make([]float64, n)
	for _, s := range sessions {
		d := dayOf(s.Started, loc).time(time.UTC)
		if d.Before(first) {
			continue
		}
		if i := int(d.Sub(first) / (24 * time.Hour)); i < n {
			out[i] += s.Seconds() / 60
		}
	}
	return out
}

// WeeklyMinutes is the minutes of each of the n weeks (Monday to Sunday)
// up to and including now's, oldest first.
func WeeklyMinutes(sessions []Session, now time.Time, n int) []float64 {
	out := make([]float64, n)
	start := WeekStart(now)
	for i := n - 1; i >= 0; i-- {
		out[i] = Minutes(sessions, start, start.AddDate(0, 0, 7))
		start = start.AddDate(0, 0, -7)
	}
	return out
}

// Ratings sums pain ratings.
type Ratings struct {
	Sum, N int
}

// Mean is the average rating, 0 when there is none.
func (r Ratings) Mean() float64 {
	if r.N == 0 {
		return 0
	}
	return float64(r.Sum) / float64(r.N)
}

// WeekPain is a week's pain check-ins: before and after routines, and how
// many sessions had a rating.
type WeekPain struct {
	Start         time.Time
	Before, After Ratings
	Sessions      int
}

// WeeklyPain is the check-ins of each of the n weeks (Monday to Sunday)
// up to and including now's, oldest first.
func WeeklyPain(sessions []Session, now time.Time, n int) []WeekPain {
	out := make([]WeekPain, n)
	start := WeekStart(now).AddDate(0, 0, -7*(n-1))
	for i := range out {
		out[i].Start = start.AddDate(0, 0, 7*i)
	}
	for _, s := range sessions {
		if s.PainBefore == nil && s.PainAfter == nil {
			continue
		}
		i := -1
		for k := n - 1; k >= 0; k-- {
			if !s.Started.Before(out[k].Start) {
				i = k
				break
			}
		}
		if i < 0 || !s.Started.Before(out[i].Start.AddDate(0, 0, 7)) {
			continue
		}
		w := &out[i]
		w.Sessions++
		if s.PainBefore != nil {
			w.Before.Sum += *s.PainBefore
			w.Before.N++
		}
		if s.PainAfter != nil {
			w.After.Sum += *s.PainAfter
			w.After.N++
		}
	}
	return out
}
