package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// stateWith writes sessions into a journal under a new XDG_STATE_HOME.
func stateWith(t testing.TB, sessions ...journal.Session) map[string]string {
	t.Helper()
	state := t.TempDir()
	path := filepath.Join(state, "backcoach", "journal.jsonl")
	for _, s := range sessions {
		if err := journal.Append(path, s); err != nil {
			t.Fatal(err)
		}
	}
	return map[string]string{"XDG_STATE_HOME": state, "XDG_CONFIG_HOME": t.TempDir()}
}

func session(id string, start time.Time, outcome string, before, after int) journal.Session {
	end := start.Add(6 * time.Minute)
	return journal.Session{ID: id, Seq: 3, Started: start, Ended: &end, Outcome: outcome, Level: "gentle",
		Routine:    journal.Routine{ID: "low-back", Name: "Low back", Source: "built-in"},
		PainBefore: &before, PainAfter: &after,
		Exercises: []journal.Exercise{
			{ID: "bird-dog", Name: "Bird dog", Planned: 20, Done: 18, Skipped: 2, Seconds: 200, End: journal.Finished},
			{ID: "seated-rotation", Name: "Seated rotation", Planned: 10, Done: 0, Seconds: 40, End: outcome},
		}}
}

func TestHistoryReport(t *testing.T) {
	now := time.Date(2026, 11, 26, 18, 0, 0, 0, time.Local)
	pained := session("c", now.Add(-time.Hour), journal.Pain, 6, 7)
	pained.PainStops = []journal.PainStop{{Exercise: "bird-dog", Name: "Bird dog", Rep: 3, Side: "Left leg"}}
	ss := []journal.Session{
		session("a", now.AddDate(0, 0, -3), journal.Finished, 5, 3),
		session("b", now.AddDate(0, 0, -1), journal.Finished, 4, 2),
		pained,
	}
	var b bytes.Buffer
	cur, longest := journal.Streaks(ss, now)
	writeHistory(&b, ss, time.Time{}, cur, longest, now, historyLimit)
	out := b.String()
	for _, want := range []string{
		// Every column has a heading, the outcome's too.
		"  ID      DATE              ROUTINE   TIME  DONE         PAIN   OUTCOME\n",
		// 4:00 is the time exercising (200 s + 40 s), not the 6 minutes
		// from start to end with its pauses.
		"2026-11-26 17:00  Low back  4:00  18/30 holds  6 → 7  stopped for pain at Bird dog, left leg, rep 3",
		"2026-11-25 18:00  Low back  4:00  18/30 holds  4 → 2  finished\n",
		// Time as m:ss under a heading that says time, not minutes.
		"\nTime per week\n",
		// Stopping for pain never costs the streak: today counts.
		"Streak: 2 days (longest 2)",
		"week of Nov 23", "12:00",
		"Thu Nov 26",
		// The pain trend: this week's averages, before (5+4+6)/3 and after (3+2+7)/3.
		"Pain by week",
		"week of Nov 23   before 5.0   █████       after 4.0   ████        3 sessions",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("history into a buffer holds escape codes:\n%q", out)
	}
	if strings.Contains(out, "Minutes") {
		t.Errorf("a heading says minutes over m:ss:\n%s", out)
	}
}

func TestHistoryExport(t *testing.T) {
	d := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	env := stateWith(t, session("old", d, journal.Finished, 5, 3), session("new", d.AddDate(0, 0, 3), journal.Quit, 2, 2))

	r := call(t, env, "history", "--export", "csv")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != 0 || len(lines) != 5 || !strings.HasPrefix(lines[0], "session,started,ended,routine_id") {
		t.Fatalf("csv: exit %d, %d lines:\n%s", r.code, len(lines), r.stdout)
	}
	if !strings.HasPrefix(lines[1], `"old",`) || !strings.HasSuffix(lines[1], `,"Bird dog",20,18,2,200.0,"finished",""`) {
		t.Errorf("csv row %q", lines[1])
	}

	r = call(t, env, "history", "--export", "json", "--since", "2026-11-21")
	var got []journal.Session
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || len(got) != 1 || got[0].ID != "new" || *got[0].PainBefore != 2 {
		t.Errorf("json since 21 Nov: %v %+v\n%s", err, got, r.stdout)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"history", "--export", "xml"}, `--export: want csv or json, got "xml"`},
		{[]string{"history", "--since", "last week"}, `--since: want a date like 2026-11-01, got "last week"`},
	} {
		if r := call(t, env, c.args...); r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, %q", c.args, r.code, r.stderr)
		}
	}
}

// status reads as much of the journal's end as the streak needs.
func TestStatusCountsALongStreak(t *testing.T) {
	var buf bytes.Buffer
	today := testNow
	for d := 120; d >= 0; d-- { // 121 days in a row, 8 sessions a day: over 1 MiB
		for k := range 8 {
			start := time.Date(today.Year(), today.Month(), today.Day()-d, 8+k, 0, 0, 0, time.Local)
			s := session(fmt.Sprintf("d%03d-%d", d, k), start, journal.Finished, 3, 2)
			for seq := 1; seq <= 6; seq++ {
				s.Seq, s.V = seq, journal.Version
				line, _ := json.Marshal(s)
				buf.Write(append(line, '\n'))
			}
		}
	}
	state := journalIn(t, buf.Bytes())
	if buf.Len() < 2<<20 {
		t.Fatalf("journal of %d bytes, want over 2 MiB for the test to mean anything", buf.Len())
	}
	r := call(t, map[string]string{"XDG_STATE_HOME": state}, "status")
	if !strings.Contains(r.stdout, "streak 121 days") {
		t.Errorf("status: %q, want a streak of 121 days", r.stdout)
	}
}

func TestHistoryWithNoJournalYet(t *testing.T) {
	r := call(t, stateWith(t), "history")
	if r.code != 0 || !strings.Contains(r.stdout, "No sessions yet") {
		t.Errorf("exit %d, %q", r.code, r.stdout)
	}
}

// bigJournal writes 100,000 sessions, each as four snapshots (start, two
// exercises, end), as years of use leave a journal, and returns its
// XDG_STATE_HOME.
func bigJournal(b *testing.B) string { return journalOf100k(b, 5*time.Hour) }

// journalOf100k writes 100,000 finished sessions, step apart, the last
// one step ago, four snapshot lines each.
func journalOf100k(b *testing.B, step time.Duration) string {
	b.Helper()
	var buf bytes.Buffer
	start := testNow.Add(-100_000 * step)
	for i := range 100_000 {
		snapshots(&buf, session(fmt.Sprintf("s%06d", i), start.Add(time.Duration(i)*step), journal.Finished, 4, 2))
	}
	return journalIn(b, buf.Bytes())
}

// snapshots writes s to buf as a run writes it: four snapshots, each
// with one exercise more than the last.
func snapshots(buf *bytes.Buffer, s journal.Session) {
	full := s.Exercises
	for seq := 1; seq <= 4; seq++ {
		s.Seq, s.V = seq, journal.Version
		s.Exercises = full[:min(len(full), seq-1)]
		line, _ := json.Marshal(s)
		buf.Write(append(line, '\n'))
	}
}

// journalIn writes data as the journal of a new XDG_STATE_HOME, and
// returns that folder.
func journalIn(tb testing.TB, data []byte) string {
	tb.Helper()
	state := tb.TempDir()
	path := filepath.Join(state, "backcoach", "journal.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return state
}

func benchEnv(state string) Env {
	return Env{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(k string) string {
		return map[string]string{"XDG_STATE_HOME": state}[k]
	}, Terminal: func() (bool, bool) { return false, false }, Now: func() time.Time { return testNow }}
}

// BenchmarkHistory runs `backcoach history` on a journal of 100,000
// sessions.
func BenchmarkHistory(b *testing.B) {
	env := benchEnv(bigJournal(b))
	b.ResetTimer()
	for b.Loop() {
		if code := Main([]string{"history"}, env); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/history")
}

// BenchmarkStatus runs `backcoach status` (for a status bar, every few
// seconds) on journals of 100,000 sessions that are all one streak: the
// same journal as history's (57 years: status counts 1000 days of it),
// and the same sessions packed into the 1000 days status counts, where
// every line is read.
func BenchmarkStatus(b *testing.B) {
	for _, c := range []struct {
		name string
		step time.Duration
	}{{"every 5 h", 5 * time.Hour}, {"every 14 min", 14 * time.Minute}} {
		b.Run(c.name, func(b *testing.B) {
			env := benchEnv(journalOf100k(b, c.step))
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

// The pain trend has a row for each week with ratings, and none for the
// weeks between without any.
func TestHistoryPainTrendLeavesOutWeeksWithoutRatings(t *testing.T) {
	now := time.Date(2026, 11, 26, 18, 0, 0, 0, time.Local)
	rated := session("a", now.AddDate(0, 0, -35), journal.Finished, 8, 6)
	unrated := session("b", now.AddDate(0, 0, -21), journal.Finished, 0, 0)
	unrated.PainBefore, unrated.PainAfter = nil, nil
	onlyAfter := session("c", now.AddDate(0, 0, -1), journal.Finished, 0, 3)
	onlyAfter.PainBefore = nil
	var b bytes.Buffer
	writeHistory(&b, []journal.Session{rated, unrated, onlyAfter}, time.Time{}, 0, 0, now, historyLimit)
	out := b.String()
	i := strings.Index(out, "Pain by week")
	if i < 0 {
		t.Fatalf("no pain trend:\n%s", out)
	}
	rows := strings.Split(strings.TrimSpace(out[i:]), "\n")[1:]
	if len(rows) != 2 || !strings.Contains(rows[0], "week of Oct 19") || !strings.Contains(rows[0], "before 8.0") ||
		!strings.Contains(rows[1], "week of Nov 23") || !strings.Contains(rows[1], "before –") || !strings.Contains(rows[1], "after 3.0") {
		t.Errorf("trend rows:\n%s", strings.Join(rows, "\n"))
	}
	var none bytes.Buffer
	writeHistory(&none, []journal.Session{unrated}, time.Time{}, 0, 0, now, historyLimit)
	if strings.Contains(none.String(), "Pain by week") {
		t.Error("a trend without any rating")
	}
}

// section is the rows under a heading of the history report, up to the
// next blank line.
func section(out, heading string) []string {
	_, rest, ok := strings.Cut(out, "\n"+heading+"\n")
	if !ok {
		return nil
	}
	rest, _, _ = strings.Cut(rest, "\n\n")
	return strings.Split(strings.TrimRight(rest, "\n"), "\n")
}

// --since a date with nothing after it says so, and when the last was;
// "No sessions yet" is for a journal with none at all.
func TestHistorySinceADateWithNothingSince(t *testing.T) {
	env := stateWith(t, session("old", time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local), journal.Finished, 5, 3))
	r := call(t, env, "history", "--since", "2999-11-28")
	if r.code != 0 || r.stdout != "No sessions since 2999-11-28: the last was on 2026-11-20.\n" {
		t.Errorf("exit %d, %q", r.code, r.stdout)
	}
	r = call(t, stateWith(t), "history", "--since", "2026-11-28")
	if !strings.HasPrefix(r.stdout, "No sessions yet") {
		t.Errorf("no journal, --since: %q", r.stdout)
	}
}

// A new user sees the rows that say something: the charts begin with the
// first session's week and day, keep the empty ones after it, and say
// nothing was done when nothing was.
func TestHistoryChartsBeginWithTheFirstSession(t *testing.T) {
	now := time.Date(2026, 11, 26, 18, 0, 0, 0, time.Local) // a Thursday
	for _, tc := range []struct {
		name        string
		sessions    []journal.Session
		weeks, days []string
	}{
		{"one today", []journal.Session{session("a", now.Add(-time.Hour), journal.Finished, 5, 3)},
			[]string{"week of Nov 23"}, []string{"Thu Nov 26"}},
		{"three weeks ago and today", []journal.Session{
			session("a", now.AddDate(0, 0, -15), journal.Finished, 5, 3), session("b", now.Add(-time.Hour), journal.Finished, 5, 3)},
			[]string{"week of Nov 09", "week of Nov 16", "week of Nov 23"}, []string{"Fri Nov 13", "Sat Nov 14"}},
		{"all long ago", []journal.Session{session("a", now.AddDate(0, -6, 0), journal.Finished, 5, 3)},
			[]string{"nothing in the last 8 weeks"}, []string{"nothing in the last 14 days"}},
	} {
		var b bytes.Buffer
		writeHistory(&b, tc.sessions, time.Time{}, 1, 1, now, historyLimit)
		out := b.String()
		weeks, days := section(out, "Time per week"), section(out, "Last 14 days")
		if len(weeks) != len(tc.weeks) {
			t.Errorf("%s: week rows:\n%s", tc.name, strings.Join(weeks, "\n"))
		}
		for i, w := range tc.weeks {
			if i < len(weeks) && !strings.Contains(weeks[i], w) {
				t.Errorf("%s: week row %d is %q, want %q", tc.name, i, weeks[i], w)
			}
		}
		if len(tc.days) == 1 && len(days) != 1 || len(days) == 0 {
			t.Errorf("%s: day rows:\n%s", tc.name, strings.Join(days, "\n"))
		}
		for i, d := range tc.days {
			if i < len(days) && !strings.Contains(days[i], d) {
				t.Errorf("%s: day row %d is %q, want %q", tc.name, i, days[i], d)
			}
		}
	}
}

// The charts begin with the journal's first session, not the first
// listed: weeks of nothing after it are news.
func TestHistoryChartsBeginWithTheJournalsFirst(t *testing.T) {
	now := testNow
	var ss []journal.Session
	ss = append(ss, session("first", now.AddDate(0, 0, -100), journal.Finished, 5, 3)) // not among the last ten
	for i := range 10 {
		ss = append(ss, session(fmt.Sprint(i), now.Add(-time.Duration(10-i)*time.Minute), journal.Finished, 5, 3))
	}
	r := call(t, stateWith(t, ss...), "history")
	if weeks := section(r.stdout, "Time per week"); len(weeks) != 8 {
		t.Errorf("want the eight weeks, all after the first session:\n%s", r.stdout)
	}
}
