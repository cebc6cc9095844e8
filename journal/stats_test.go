package journal_test

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// at is a time in zone loc.
func at(loc *time.Location, y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, loc)
}

// on is one session per time with the given outcome.
func on(outcome string, times ...time.Time) []journal.Session {
	var out []journal.Session
	for i, t := range times {
		out = append(out, journal.Session{ID: fmt.Sprintf("%s-%d-%s", outcome, i, t.Format(time.RFC3339)), Seq: 1, Started: t, Outcome: outcome})
	}
	return out
}

// finishedOn is one finished session at 18:00 on each date (year, month,
// day triples) in loc.
func finishedOn(loc *time.Location, dates ...[3]int) []journal.Session {
	var times []time.Time
	for _, d := range dates {
		times = append(times, at(loc, d[0], time.Month(d[1]), d[2], 18, 0))
	}
	return on(journal.Finished, times...)
}

func checkStreaks(t *testing.T, name string, ss []journal.Session, now time.Time, wantCur, wantLong int) {
	t.Helper()
	cur, long := journal.Streaks(ss, now)
	if cur != wantCur || long != wantLong {
		t.Errorf("%s: Streaks(now %s) = current %d, longest %d; want %d, %d", name, now.Format("Mon 2006-01-02 15:04 -0700"), cur, long, wantCur, wantLong)
	}
}

func TestStreaks(t *testing.T) {
	z := brisbane
	for _, tc := range []struct {
		name             string
		sessions         []journal.Session
		now              time.Time
		current, longest int
	}{
		{"no sessions", nil, at(z, 2026, 1, 5, 12, 0), 0, 0},
		{"three days in a row up to today",
			finishedOn(z, [3]int{2026, 1, 3}, [3]int{2026, 1, 4}, [3]int{2026, 1, 5}), at(z, 2026, 1, 5, 20, 0), 3, 3},
		{"a gap breaks the current streak",
			finishedOn(z, [3]int{2026, 1, 1}, [3]int{2026, 1, 2}, [3]int{2026, 1, 3}, [3]int{2026, 1, 5}), at(z, 2026, 1, 5, 20, 0), 1, 3},
		{"nothing yet today: the run up to yesterday still counts",
			finishedOn(z, [3]int{2026, 1, 3}, [3]int{2026, 1, 4}), at(z, 2026, 1, 5, 7, 0), 2, 2},
		{"nothing yesterday or today: no current streak",
			finishedOn(z, [3]int{2026, 1, 2}, [3]int{2026, 1, 3}), at(z, 2026, 1, 5, 7, 0), 0, 2},
		{"early morning today counts as today",
			on(journal.Finished, at(z, 2026, 1, 4, 23, 59), at(z, 2026, 1, 5, 0, 0)), at(z, 2026, 1, 5, 0, 1), 2, 2},
		{"several sessions a day count once",
			on(journal.Finished, at(z, 2026, 1, 4, 7, 0), at(z, 2026, 1, 4, 12, 0), at(z, 2026, 1, 4, 19, 0)), at(z, 2026, 1, 4, 20, 0), 1, 1},
		{"sessions in any order",
			finishedOn(z, [3]int{2026, 1, 5}, [3]int{2026, 1, 3}, [3]int{2026, 1, 4}, [3]int{2026, 1, 1}), at(z, 2026, 1, 5, 20, 0), 3, 3},
		{"longest over several runs",
			finishedOn(z,
				[3]int{2025, 12, 1}, [3]int{2025, 12, 2},
				[3]int{2025, 12, 10}, [3]int{2025, 12, 11}, [3]int{2025, 12, 12}, [3]int{2025, 12, 13}, [3]int{2025, 12, 14},
				[3]int{2025, 12, 20},
				[3]int{2026, 1, 3}, [3]int{2026, 1, 4}, [3]int{2026, 1, 5}),
			at(z, 2026, 1, 5, 20, 0), 3, 5},
		{"across a month end",
			finishedOn(z, [3]int{2026, 1, 30}, [3]int{2026, 1, 31}, [3]int{2026, 2, 1}), at(z, 2026, 2, 1, 20, 0), 3, 3},
		{"across a year end",
			finishedOn(z, [3]int{2025, 12, 30}, [3]int{2025, 12, 31}, [3]int{2026, 1, 1}), at(z, 2026, 1, 1, 20, 0), 3, 3},
		{"across a leap day",
			finishedOn(z, [3]int{2028, 2, 27}, [3]int{2028, 2, 28}, [3]int{2028, 2, 29}, [3]int{2028, 3, 1}), at(z, 2028, 3, 1, 20, 0), 4, 4},
		{"a missed leap day breaks the streak",
			finishedOn(z, [3]int{2028, 2, 27}, [3]int{2028, 2, 28}, [3]int{2028, 3, 1}), at(z, 2028, 3, 1, 20, 0), 1, 2},
		{"Feb 28 to Mar 1 in a common year",
			finishedOn(z, [3]int{2027, 2, 28}, [3]int{2027, 3, 1}), at(z, 2027, 3, 1, 20, 0), 2, 2},
	} {
		checkStreaks(t, tc.name, tc.sessions, tc.now, tc.current, tc.longest)
	}
}

// A day counts with a finished routine, or one ended for pain: stopping
// for pain never costs the streak, so nothing rewards pushing through.
// Quit and running sessions do not count.
func TestStreaksCountFinishedAndPainSessions(t *testing.T) {
	z := brisbane
	now := at(z, 2026, 1, 6, 20, 0)
	ss := on(journal.Finished, at(z, 2026, 1, 2, 8, 0), at(z, 2026, 1, 3, 8, 0))
	ss = append(ss, on(journal.Quit, at(z, 2026, 1, 4, 8, 0))...)
	ss = append(ss, on(journal.Pain, at(z, 2026, 1, 5, 8, 0))...)
	ss = append(ss, on(journal.Running, at(z, 2026, 1, 6, 8, 0))...)
	checkStreaks(t, "quit, pain, running on the last three days", ss, now, 1, 2)

	// A quit session on a day that also has a finished one does not spoil it.
	ss = append(ss, on(journal.Finished, at(z, 2026, 1, 4, 19, 0), at(z, 2026, 1, 5, 19, 0), at(z, 2026, 1, 6, 19, 0))...)
	checkStreaks(t, "finished later the same days", ss, now, 5, 5)

	// Skipped is an exercise's end, not a session's: it does not count either.
	checkStreaks(t, "skipped", on(journal.Skipped, at(z, 2026, 1, 6, 8, 0)), now, 0, 0)
}

func TestStreaksInTheUsersTimeZone(t *testing.T) {
	z := brisbane // UTC+10
	// 23:30 in Brisbane is 13:30 UTC the same day; 06:00 in Brisbane is
	// 20:00 UTC the day before.
	ss := on(journal.Finished,
		at(z, 2026, 1, 1, 23, 30),
		at(z, 2026, 1, 2, 6, 0),
		at(z, 2026, 1, 3, 23, 30),
	)
	if got := ss[0].Started.UTC(); !got.Equal(time.Date(2026, 1, 1, 13, 30, 0, 0, time.UTC)) {
		t.Fatalf("test set-up: 23:30 +10 is %v", got)
	}
	now := at(z, 2026, 1, 3, 23, 45)
	checkStreaks(t, "Brisbane", ss, now, 3, 3)

	// The same instants seen from UTC: Jan 1 (twice) and Jan 3.
	checkStreaks(t, "same instants in UTC", ss, now.UTC(), 1, 1)

	// And from UTC-8: Jan 1 05:30, Jan 1 12:00, Jan 3 05:30.
	checkStreaks(t, "same instants in UTC-8", ss, now.In(time.FixedZone("PST", -8*3600)), 1, 1)

	// A session at 23:30 local counts for that local day: with nothing yet
	// today (Jan 4 in Brisbane), the run up to yesterday still stands.
	checkStreaks(t, "next morning in Brisbane", ss, at(z, 2026, 1, 4, 9, 0), 3, 3)
	// Whereas the next morning in Brisbane is still Jan 3 in UTC.
	checkStreaks(t, "next morning in UTC", ss, at(z, 2026, 1, 4, 9, 0).UTC(), 1, 1)
}

func TestWeekStart(t *testing.T) {
	z := brisbane
	for _, tc := range []struct {
		t, want time.Time
	}{
		{at(z, 2026, 1, 11, 18, 30), at(z, 2026, 1, 5, 0, 0)}, // Sunday evening
		{at(z, 2026, 1, 11, 23, 59), at(z, 2026, 1, 5, 0, 0)}, // last minute of the week
		{at(z, 2026, 1, 12, 0, 0), at(z, 2026, 1, 12, 0, 0)},  // Monday midnight
		{at(z, 2026, 1, 12, 9, 15), at(z, 2026, 1, 12, 0, 0)}, // Monday morning
		{at(z, 2026, 1, 14, 12, 0), at(z, 2026, 1, 12, 0, 0)}, // Wednesday
		{at(z, 2026, 2, 1, 10, 0), at(z, 2026, 1, 26, 0, 0)},  // Sunday, week began last month
		{at(z, 2027, 1, 2, 10, 0), at(z, 2026, 12, 28, 0, 0)}, // Saturday, week began last year
	} {
		got := journal.WeekStart(tc.t)
		if !got.Equal(tc.want) {
			t.Errorf("WeekStart(%s) = %s, want %s", tc.t.Format("Mon 2006-01-02 15:04"), got.Format("Mon 2006-01-02 15:04 -0700"), tc.want.Format("Mon 2006-01-02 15:04 -0700"))
		}
		if got.Location() != z {
			t.Errorf("WeekStart(%s) is in %v, want the time's own zone", tc.t, got.Location())
		}
	}
	// Sunday 20:00 UTC is already Monday 06:00 in Brisbane: a new week there.
	sunUTC := time.Date(2026, 1, 11, 20, 0, 0, 0, time.UTC)
	if got, want := journal.WeekStart(sunUTC), time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("WeekStart(Sunday 20:00 UTC) = %v, want %v", got, want)
	}
	if got, want := journal.WeekStart(sunUTC.In(z)), at(z, 2026, 1, 12, 0, 0); !got.Equal(want) {
		t.Errorf("WeekStart(Monday 06:00 Brisbane) = %v, want %v", got, want)
	}
}

// spent is a session at t with exercises totalling the given minutes.
func spent(t time.Time, minutes float64, outcome string) journal.Session {
	half := minutes * 60 / 2
	return journal.Session{ID: t.Format(time.RFC3339Nano), Seq: 1, Started: t, Outcome: outcome,
		Exercises: []journal.Exercise{{ID: "a", Seconds: half}, {ID: "b", Seconds: half}}}
}

func TestMinutes(t *testing.T) {
	z := brisbane
	from, to := at(z, 2026, 1, 12, 0, 0), at(z, 2026, 1, 19, 0, 0)
	ss := []journal.Session{
		spent(from.Add(-time.Second), 100, journal.Finished), // just before: out
		spent(from, 3, journal.Finished),                     // at from: in
		spent(at(z, 2026, 1, 14, 8, 0), 4.5, journal.Quit),   // time spent on a quit session still counts
		spent(to.Add(-time.Second), 2, journal.Pain),         // last second: in
		spent(to, 1000, journal.Finished),                    // at to: out
	}
	if got := journal.Minutes(ss, from, to); got != 9.5 {
		t.Errorf("Minutes = %v, want 9.5", got)
	}
	if got := journal.Minutes(ss, to, from); got != 0 {
		t.Errorf("Minutes over an empty range = %v, want 0", got)
	}
	if got := journal.Minutes(nil, from, to); got != 0 {
		t.Errorf("Minutes of no sessions = %v, want 0", got)
	}
}

func TestDailyMinutes(t *testing.T) {
	z := brisbane
	now := at(z, 2026, 1, 14, 20, 0) // Wednesday; the 14 days are Jan 1..14
	ss := []journal.Session{
		spent(at(z, 2025, 12, 31, 23, 59), 100, journal.Finished), // 14 days ago: out of the window
		spent(at(z, 2025, 12, 20, 10, 0), 100, journal.Finished),  // long ago: out
		spent(at(z, 2026, 1, 1, 0, 0), 7, journal.Finished),       // first minute of the window
		spent(at(z, 2026, 1, 1, 0, 30), 1, journal.Finished),      // Dec 31 14:30 UTC, Jan 1 here
		spent(at(z, 2026, 1, 13, 8, 0), 2, journal.Finished),
		spent(at(z, 2026, 1, 13, 21, 0), 3, journal.Quit),
		spent(at(z, 2026, 1, 14, 6, 0), 10, journal.Finished), // today
	}
	want := make([]float64, 14)
	want[0], want[12], want[13] = 8, 5, 10
	if got := journal.DailyMinutes(ss, now, 14); !reflect.DeepEqual(got, want) {
		t.Errorf("DailyMinutes(14 days to Jan 14) =\n %v\nwant\n %v", got, want)
	}

	// The same sessions from UTC: Jan 1 00:00 and 00:30 in Brisbane are
	// Dec 31 in UTC, out of the window; Jan 13 08:00 is Jan 12 22:00;
	// Jan 13 21:00 and Jan 14 06:00 are both Jan 13.
	wantUTC := make([]float64, 14)
	wantUTC[11], wantUTC[12] = 2, 3+10
	if got := journal.DailyMinutes(ss, now.UTC(), 14); !reflect.DeepEqual(got, wantUTC) {
		t.Errorf("DailyMinutes from UTC =\n %v\nwant\n %v", got, wantUTC)
	}

	if got := journal.DailyMinutes(nil, now, 14); !reflect.DeepEqual(got, make([]float64, 14)) {
		t.Errorf("DailyMinutes of no sessions = %v, want 14 zeros", got)
	}
}

func TestWeeklyMinutes(t *testing.T) {
	z := brisbane
	now := at(z, 2026, 1, 14, 20, 0) // Wednesday; weeks start Dec 22, Dec 29, Jan 5, Jan 12
	ss := []journal.Session{
		spent(at(z, 2025, 12, 21, 23, 59), 100, journal.Finished), // Sunday before the window: out
		spent(at(z, 2025, 12, 22, 0, 0), 1, journal.Finished),     // first minute of the window
		spent(at(z, 2025, 12, 31, 22, 0), 2, journal.Finished),    // across the year end, week of Dec 29
		spent(at(z, 2026, 1, 2, 8, 0), 4, journal.Quit),
		spent(at(z, 2026, 1, 11, 23, 59), 8, journal.Finished), // Sunday night: week of Jan 5
		spent(at(z, 2026, 1, 12, 0, 0), 16, journal.Finished),  // Monday midnight: this week
		spent(at(z, 2026, 1, 14, 6, 0), 32, journal.Finished),
	}
	want := []float64{1, 6, 8, 48}
	if got := journal.WeeklyMinutes(ss, now, 4); !reflect.DeepEqual(got, want) {
		t.Errorf("WeeklyMinutes(4 weeks to Jan 14) = %v, want %v", got, want)
	}
	// From UTC the Monday-midnight sessions (Sunday 14:00 UTC) belong to
	// the week before: Dec 22's falls out of the window, Jan 12's joins
	// the week of Jan 5.
	wantUTC := []float64{0, 6, 8 + 16, 32}
	if got := journal.WeeklyMinutes(ss, now.UTC(), 4); !reflect.DeepEqual(got, wantUTC) {
		t.Errorf("WeeklyMinutes from UTC = %v, want %v", got, wantUTC)
	}
}
