package breaks

import (
	"fmt"
	"time"
)

// In says how long until at, as people say it: "in less than a minute",
// "in 12 min", "in 2 h 5 min", "in 3 h". Minutes are rounded up, so a
// countdown never says "in 0 min" before the break.
func In(now, at time.Time) string {
	left := wall(at).Sub(wall(now))
	if left < time.Minute {
		return "in less than a minute"
	}
	return "in " + minutes(int((left+time.Minute-1)/time.Minute))
}

// Ago says how long ago at was, for an overdue break: "12 min",
// "1 h 5 min" (at least a minute).
func Ago(now, at time.Time) string {
	gone := wall(now).Sub(wall(at))
	return minutes(max(1, int(gone/time.Minute)))
}

// minutes writes a number of minutes as people say it: "12 min", "3 h",
// "2 h 5 min".
func minutes(mins int) string {
	switch {
	case mins < 60:
		return fmt.Sprintf("%d min", mins)
	case mins%60 == 0:
		return fmt.Sprintf("%d h", mins/60)
	}
	return fmt.Sprintf("%d h %d min", mins/60, mins%60)
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
