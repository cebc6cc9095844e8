package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/journal"
)

// status reads back past lines longer than any chunk it reads: a valid
// line of 2 MB is counted, a damaged one of 20 MB is skipped with a
// warning naming its line, and the streak behind them is still found.
func TestStatusReadsPastLongLines(t *testing.T) {
	now := testNow
	var days []string
	for d := 5; d >= 1; d-- { // five days in a row up to yesterday
		s := session(fmt.Sprint("day", d), now.AddDate(0, 0, -d), journal.Finished, 3, 2)
		days = append(days, jsonOf(t, s, `"name":"Low back"`, `"name":"Low back"`))
	}
	long := session("long", now.Add(-time.Minute), journal.Finished, 3, 2)
	long.Routine.Name = strings.Repeat("Low back ", 2<<20/9) // a valid line of 2 MB
	damaged := `{"v":1,"session":"torn","seq":1,"started":"` + strings.Repeat("x", 20<<20)

	env, path := journalLines(t, append(days, jsonOf(t, long, `"v":1`, `"v":1`), damaged)...)
	r := callWithin(t, env, "status")
	if r.code != 0 || r.stdout != "streak 6 days · 4 min today\n" {
		t.Errorf("status: exit %d, %q, stderr %q; want a streak of 6 days and 4 min today", r.code, r.stdout, r.stderr)
	}
	if want := path + ":7: skipped a line of more than 16 MiB"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
}

// status warns of the damaged records it reads, naming their lines in
// the whole file, and counts the rest.
func TestStatusWarnsOfDamagedRecords(t *testing.T) {
	now := testNow
	yesterday := session("yesterday", now.AddDate(0, 0, -1), journal.Finished, 3, 2)
	today := session("today", now.Add(-2*time.Hour), journal.Finished, 3, 2)
	env, path := journalLines(t,
		jsonOf(t, yesterday, `"seconds":200`, `"seconds":60`),
		"}{ garbage",
		jsonOf(t, today, `"seconds":200`, `"seconds":-60`),
	)
	r := call(t, env, "status")
	if r.code != 0 || r.stdout != "streak 1 day\n" {
		t.Errorf("status: exit %d, %q; want yesterday's streak and nothing today", r.code, r.stdout)
	}
	for _, want := range []string{path + ":2: skipped a damaged line", path + ":3: skipped a line: exercise 1: seconds: want 0 to 86400, got -60"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q lacks %q", r.stderr, want)
		}
	}
}

// longStreak writes a journal of years of sessions (before bytes of them),
// then a streak of 401 days up to today of perDay sessions a day, as the
// issue measured (76 MB in all). It returns its XDG_STATE_HOME.
func longStreak(tb testing.TB, before, perDay int) string {
	tb.Helper()
	var buf bytes.Buffer
	now := testNow
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.Local)
	add := func(id string, start time.Time, outcome string) {
		snapshots(&buf, session(id, start, outcome, 4, 2))
	}
	// Before the streak: a session every 7 hours, one a week quit.
	first := today.AddDate(0, 0, -401-1)
	for i := 0; buf.Len() < before; i++ {
		start := first.Add(-time.Duration(i) * 7 * time.Hour)
		outcome := journal.Finished
		if start.Weekday() == time.Wednesday || start.YearDay() == first.YearDay() {
			outcome = journal.Quit
		}
		add(fmt.Sprint("old", i), start, outcome)
	}
	// Written oldest first: rebuild with the old sessions in order.
	old := buf.Bytes()
	lines := bytes.Split(bytes.TrimSuffix(old, []byte{'\n'}), []byte{'\n'})
	buf = bytes.Buffer{}
	for i := len(lines) - 4; i >= 0; i -= 4 {
		for _, l := range lines[i : i+4] {
			buf.Write(append(l, '\n'))
		}
	}
	for d := 400; d >= 0; d-- {
		for k := range perDay { // from 06:00, through the day
			at := today.AddDate(0, 0, -d).Add(6*time.Hour + time.Duration(k)*16*time.Hour/time.Duration(perDay))
			add(fmt.Sprintf("streak%03d-%d", d, k), at, journal.Finished)
		}
	}
	return journalIn(tb, buf.Bytes())
}

func TestStatusOnALongStreak(t *testing.T) {
	state := longStreak(t, 8<<20, 3)
	r := call(t, map[string]string{"XDG_STATE_HOME": state}, "status")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "streak 401 days · ") || r.stderr != "" {
		t.Errorf("status: exit %d, %q, stderr %q; want a streak of 401 days", r.code, r.stdout, r.stderr)
	}
}

// A streak of decades is said as 1000+ days, and status stops reading
// there; history still counts it whole.
func TestStatusCountsAStreakUpTo1000Days(t *testing.T) {
	now := testNow
	today := time.Date(now.Year(), now.Month(), now.Day(), 9, 0, 0, 0, time.Local)
	var ss []journal.Session
	for d := 1500; d >= 1; d-- {
		ss = append(ss, session(fmt.Sprint("day", d), today.AddDate(0, 0, -d), journal.Finished, 0, 0))
	}
	env := stateWith(t, ss...)
	if r := call(t, env, "status"); r.code != 0 || !strings.HasPrefix(r.stdout, "streak 1000+ days") {
		t.Errorf("status on a 1500-day streak: exit %d, %q, want streak 1000+ days", r.code, r.stdout)
	}
	if r := call(t, env, "history"); r.code != 0 || !strings.Contains(r.stdout, "1500 days") {
		t.Errorf("history on a 1500-day streak: exit %d, want 1500 days in:\n%s", r.code, r.stdout)
	}
	env = stateWith(t, ss[1500-999:]...)
	if r := call(t, env, "status"); r.code != 0 || !strings.HasPrefix(r.stdout, "streak 999 days") {
		t.Errorf("status on a 999-day streak: exit %d, %q, want it counted", r.code, r.stdout)
	}
}

// BenchmarkStatusLongStreak runs `backcoach status` on a streak of 401
// days in a 76 MB journal: three sessions a day after years of history,
// and, at worst, a streak that is the whole journal (73 sessions a day).
func BenchmarkStatusLongStreak(b *testing.B) {
	for _, c := range []struct {
		name           string
		before, perDay int
	}{{"3 a day after 73 MB", 73 << 20, 3}, {"all 76 MB", 0, 73}} {
		b.Run(c.name, func(b *testing.B) {
			env := benchEnv(longStreak(b, c.before, c.perDay))
			b.ResetTimer()
			for b.Loop() {
				if code := Main([]string{"status"}, env); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/status")
		})
	}
}

// A near break is said in minutes, even across midnight; a far one by
// its clock time.
func TestStatusSaysANearBreakInMinutes(t *testing.T) {
	now := time.Date(2026, 11, 27, 23, 52, 0, 0, time.FixedZone("here", 3600))
	for next, want := range map[time.Time]string{
		now.Add(13 * time.Minute):            "next break in 13 min",
		now.Add(9*time.Hour + 8*time.Minute): "next break tomorrow 09:00",
		now.Add(-23 * time.Hour):             "next break in", // a clock set back: never "in -…"
	} {
		got, _ := breakPart(breaks.State{State: "waiting", Next: next}, now)
		if !strings.HasPrefix(got, want) || strings.Contains(got, "-") {
			t.Errorf("next %v at 23:52: %q, want %q", next.Format("Jan 2 15:04"), got, want)
		}
	}
}

// status says what remind is doing in words, leaves out what is zero
// (nothing at all on a fresh install), and fits the width asked for.
func TestStatusInWords(t *testing.T) {
	env := stateWith(t)
	if r := call(t, env, "status"); r.code != 0 || r.stdout != "" {
		t.Errorf("a fresh install: exit %d, %q; want nothing", r.code, r.stdout)
	}
	now := testNow
	owner := breaks.OwnState(statePath(env))
	defer owner.Release()
	for _, c := range []struct {
		st   breaks.State
		want string
	}{
		{breaks.State{State: "waiting", Next: now.Add(12*time.Minute + 30*time.Second)}, "next break in 13 min"},
		{breaks.State{State: "due", Next: now.Add(-12 * time.Minute)}, "break overdue 12 min"},
		{breaks.State{State: "due", Next: now}, "break due"},
		{breaks.State{State: "paused", Next: now.Add(2 * time.Hour)}, "breaks paused until " + now.Add(2*time.Hour).Format("15:04")},
		{breaks.State{State: "break"}, "on a break"},
	} {
		if err := owner.Write(c.st); err != nil {
			t.Fatal(err)
		}
		r := call(t, env, "status")
		if !strings.HasPrefix(r.stdout, c.want) && !(c.st.State == "paused" && strings.Contains(r.stdout, "tomorrow")) {
			t.Errorf("%s: %q, want %q", c.st.State, r.stdout, c.want)
		}
	}
	// A damaged state, held by a reminder: nothing of it, rather than
	// "next break Jan 1 00:00".
	for _, body := range []string{`null`, `{}`, `{"state":"waiting"}`, `{"state":"paused"}`, `{"state":"\u001b[2J","next":"2030-01-01T00:00:00Z"}`} {
		if err := os.WriteFile(statePath(env), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if r := call(t, env, "status"); r.code != 0 || r.stdout != "" {
			t.Errorf("state %s: exit %d, %q; want nothing", body, r.code, r.stdout)
		}
	}
	_ = owner.Write(breaks.State{State: "due", Next: now.Add(-12 * time.Minute)})
	if err := journal.Append(filepath.Join(env["XDG_STATE_HOME"], "backcoach", "journal.jsonl"), session("s", now.Add(-time.Minute), journal.Finished, 0, 0)); err != nil {
		t.Fatal(err)
	}
	for width, want := range map[int]string{0: "break overdue 12 min · streak 1 day · 4 min today", 40: "break overdue 12 min · streak 1 day", 25: "break overdue 12 min", 12: "break due", 5: "brea…"} {
		r := call(t, env, "status", "--width", strconv.Itoa(width))
		if got := strings.TrimSuffix(r.stdout, "\n"); !strings.HasPrefix(got, want) || (width > 0 && len([]rune(got)) > width) {
			t.Errorf("--width %d: %q, want %q", width, got, want)
		}
	}
}

// A damaged state file's times are not believed: a year-1 break is not
// "overdue 2562047 h", nor a year-9999 one "next break Dec 31 23:59".
// status says which file and field, once, and shows the rest.
func TestStatusIgnoresADamagedTime(t *testing.T) {
	now := testNow
	env := stateWith(t, session("s", now.Add(-time.Hour), journal.Finished, 0, 0))
	owner := breaks.OwnState(statePath(env))
	defer owner.Release()
	for _, c := range []struct {
		st   breaks.State
		said string
	}{
		{breaks.State{State: "due", Next: time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC)}, "next: damaged time 0001-01-01T00:00:01Z (more than 7 days ago), ignored"},
		{breaks.State{State: "waiting", Next: time.Date(9999, 12, 31, 23, 59, 0, 0, time.UTC)}, "next: damaged time 9999-12-31T23:59:00Z (more than 3 days ahead), ignored"},
		{breaks.State{State: "paused", Next: now.Add(80 * time.Hour)}, "(more than 3 days ahead), ignored"},
	} {
		if err := owner.Write(c.st); err != nil {
			t.Fatal(err)
		}
		r := call(t, env, "status")
		if r.code != 0 || !strings.HasPrefix(r.stdout, "streak 1 day") {
			t.Errorf("%s %v: exit %d, %q; want the streak alone", c.st.State, c.st.Next, r.code, r.stdout)
		}
		if want := statePath(env) + ": " + c.said; !strings.Contains(r.stderr, "backcoach: ") || !strings.Contains(r.stderr, c.said) ||
			c.st.State != "paused" && !strings.Contains(r.stderr, want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%s %v: stderr %q, want %q", c.st.State, c.st.Next, r.stderr, want)
		}
	}
	// As far as a reminder plans (a day's interval, then the next day's
	// working hours) and as long as a break waits while a laptop sleeps:
	// believed.
	for _, st := range []breaks.State{{State: "waiting", Next: now.Add(47 * time.Hour)}, {State: "due", Next: now.Add(-6 * 24 * time.Hour)}} {
		if err := owner.Write(st); err != nil {
			t.Fatal(err)
		}
		if r := call(t, env, "status"); r.stderr != "" || !strings.Contains(r.stdout, "break") {
			t.Errorf("%s %v: %q, stderr %q; want it shown", st.State, st.Next, r.stdout, r.stderr)
		}
	}
}

// The line is at most 60 columns, as the README says, without --width:
// reminders paused till tomorrow, a streak and today's time make more.
func TestStatusIsAtMost60Columns(t *testing.T) {
	now := testNow
	var ss []journal.Session
	for i := 11; i >= 0; i-- {
		ss = append(ss, session(fmt.Sprint(i), now.AddDate(0, 0, -i).Add(-time.Minute), journal.Finished, 0, 0))
	}
	env := stateWith(t, ss...)
	owner := breaks.OwnState(statePath(env))
	defer owner.Release()
	y, m, d := now.Date()
	if err := owner.Write(breaks.State{State: "paused", Next: time.Date(y, m, d+1, 9, 0, 0, 0, time.Local)}); err != nil {
		t.Fatal(err)
	}
	r := call(t, env, "status")
	line := strings.TrimSuffix(r.stdout, "\n")
	if !strings.HasPrefix(line, "breaks paused until tomorrow 09:00") || len([]rune(line)) > 60 {
		t.Errorf("status: %q (%d columns), want the pause within 60", line, len([]rune(line)))
	}
	if r := call(t, env, "status", "--width", "0"); !strings.Contains(r.stdout, " · streak ") {
		t.Errorf("status --width 0 (no limit): %q", r.stdout)
	}
}

// Every minute status prints is rounded up, as a countdown shows it:
// 0:04 is 1 min and 2:30 is 3 min, to a break, past one, and today.
func TestStatusRoundsMinutesUp(t *testing.T) {
	now := testNow
	for _, c := range []struct {
		d                  time.Duration
		in, overdue, today string
	}{
		{4 * time.Second, "next break in 1 min", "break overdue 1 min", "1 min today"},
		{150 * time.Second, "next break in 3 min", "break overdue 3 min", "3 min today"},
		{2 * time.Minute, "next break in 2 min", "break overdue 2 min", "2 min today"},
	} {
		if got, _ := breakPart(breaks.State{State: "waiting", Next: now.Add(c.d)}, now); got != c.in {
			t.Errorf("a break in %v: %q, want %q", c.d, got, c.in)
		}
		if got, _ := breakPart(breaks.State{State: "due", Next: now.Add(-c.d)}, now); got != c.overdue {
			t.Errorf("a break due %v ago: %q, want %q", c.d, got, c.overdue)
		}
		s := session("s", now.Add(-time.Hour), journal.Finished, 0, 0)
		s.Exercises = s.Exercises[:1]
		s.Exercises[0].Seconds = c.d.Seconds()
		env := stateWith(t, s)
		if r := call(t, env, "status"); !strings.Contains(r.stdout, c.today) {
			t.Errorf("%v done today: %q, want %q", c.d, r.stdout, c.today)
		}
	}
}
