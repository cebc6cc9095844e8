package words

import (
	"fmt"
	"math"
	"time"
)

// Clock writes a duration as a countdown, rounding up to whole seconds:
// "0:05", "12:30", "1:02:03".
func Clock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	secs := int((d + time.Second - 1) / time.Second)
	h, m, s := secs/3600, secs/60%60, secs%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%d:%02d", m, s)
}

// ClockSeconds is Clock of a number of seconds, however many: a sum over
// a journal can pass the 292 years a time.Duration holds.
func ClockSeconds(seconds float64) string {
	if seconds < float64(math.MaxInt64/int64(time.Second)) {
		return Clock(time.Duration(seconds * float64(time.Second)))
	}
	s := int64(min(math.Ceil(seconds), math.MaxInt64/2))
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

// Spoken says a duration in words, its seconds rounded up: "5 seconds",
// "1 minute 30 seconds".
func Spoken(d time.Duration) string {
	secs := int((d + time.Second - 1) / time.Second)
	m, s := secs/60, secs%60
	switch {
	case m == 0:
		return Count(s, "second")
	case s == 0:
		return Count(m, "minute")
	}
	return Count(m, "minute") + " " + Count(s, "second")
}

// Period writes a length of time as a help bar does: "5 min", "1 hour",
// "2 hours".
func Period(d time.Duration) string {
	if d >= time.Hour && d%time.Hour == 0 {
		return Count(int(d/time.Hour), "hour")
	}
	return fmt.Sprintf("%d min", int(d/time.Minute))
}

// Minutes writes a number of minutes as people say it: "12 min", "3 h",
// "2 h 5 min".
func Minutes(mins int) string {
	switch {
	case mins < 60:
		return fmt.Sprintf("%d min", mins)
	case mins%60 == 0:
		return fmt.Sprintf("%d h", mins/60)
	}
	return fmt.Sprintf("%d h %d min", mins/60, mins%60)
}

// UpMinutes is d in whole minutes, rounded up, as a countdown shows
// them: 0:04 is 1, 2:00 is 2, 2:30 is 3; nothing (0 or less) is 0. It is
// the one rule for the minutes remind and status print, counting down
// or up.
func UpMinutes(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int((d + time.Minute - 1) / time.Minute)
}

// In says how long until at, as people say it: "in 1 min" (for 0:04
// too), "in 12 min", "in 2 h 5 min", "in 3 h". Minutes are rounded up
// (UpMinutes), so a countdown never says "in 0 min" before the break.
// The times are wall clock times (a monotonic reading is dropped), as a
// schedule keeps them.
func In(now, at time.Time) string {
	return "in " + Minutes(max(1, UpMinutes(at.Round(0).Sub(now.Round(0)))))
}

// Ago says how long ago at was, for an overdue break, rounded up as In
// does: "1 min" (for 0:04 too), "12 min", "1 h 5 min".
func Ago(now, at time.Time) string {
	return Minutes(max(1, UpMinutes(now.Round(0).Sub(at.Round(0)))))
}

// At says when at is, as a clock time from now's point of view: "15:20"
// today, "tomorrow 09:00", "Mon 09:00" within a week, else a date.
func At(now, at time.Time) string {
	at = at.In(now.Location())
	clock := at.Format("15:04")
	y, m, d := now.Date()
	day := func(n int) (int, time.Month, int) { return time.Date(y, m, d+n, 12, 0, 0, 0, now.Location()).Date() }
	ay, am, ad := at.Date()
	same := func(n int) bool { yy, mm, dd := day(n); return yy == ay && mm == am && dd == ad }
	switch {
	case same(0):
		return clock
	case same(1):
		return "tomorrow " + clock
	}
	for n := 2; n < 7; n++ {
		if same(n) {
			return at.Format("Mon") + " " + clock
		}
	}
	return at.Format("Jan 2") + " " + clock
}
