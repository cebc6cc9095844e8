package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// journalLines writes raw lines as the journal under a new XDG_STATE_HOME
// and returns the environment and the journal's path.
func journalLines(t *testing.T, lines ...string) (map[string]string, string) {
	t.Helper()
	env := stateWith(t)
	path := filepath.Join(env["XDG_STATE_HOME"], "backcoach", "journal.jsonl")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return env, path
}

// jsonOf is s as Append writes it, with from replaced by to.
func jsonOf(t *testing.T, s journal.Session, from, to string) string {
	t.Helper()
	s.V = journal.Version
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), from) {
		t.Fatalf("%q is not in %s", from, b)
	}
	return strings.Replace(string(b), from, to, 1)
}

// Well-formed numbers no session can have (the issue's: -60 seconds the
// day after 60; 1.7e308 seconds twice, +Inf in a sum; a date in 9999)
// are damaged records: every command skips them with a warning naming the
// file and line, and goes on with the rest.
func TestImplausibleRecordsAreSkippedWithAWarning(t *testing.T) {
	now := testNow
	yesterday := session("yesterday", now.AddDate(0, 0, -1), journal.Finished, 3, 2)
	today := session("today", now.Add(-2*time.Hour), journal.Finished, 3, 2)
	huge := session("huge", now.Add(-time.Hour), journal.Finished, 3, 2)
	future := session("future", now.AddDate(0, 0, -3), journal.Finished, 3, 2)
	env, path := journalLines(t,
		jsonOf(t, yesterday, `"seconds":200`, `"seconds":60`),
		jsonOf(t, today, `"seconds":200`, `"seconds":-60`),
		strings.ReplaceAll(jsonOf(t, huge, `"seconds":200`, `"seconds":1.7e308`), `"seconds":40`, `"seconds":1.7e308`),
		jsonOf(t, future, now.AddDate(0, 0, -3).Format(`"2006`), `"9999`),
	)
	for _, args := range [][]string{{"history"}, {"history", "--export", "csv"}, {"history", "--export", "json"}} {
		r := call(t, env, args...)
		if r.code != 0 {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		for _, line := range []string{":2: skipped a line: exercise 1: seconds: want 0 to 86400, got -60", ":3: skipped a line: exercise 1: seconds: want 0 to 86400, got 1.7e+308"} {
			if !strings.Contains(r.stderr, path+line) {
				t.Errorf("%v: stderr %q lacks %q", args, r.stderr, path+line)
			}
		}
		if !strings.Contains(r.stderr, path+":4: skipped a line: started: want a date no later than a day from now, got 9999-") {
			t.Errorf("%v: stderr %q does not name the session of 9999", args, r.stderr)
		}
		if strings.Contains(r.stdout, "9999") || strings.Contains(r.stdout, "huge") {
			t.Errorf("%v: a damaged record reached the output:\n%s", args, r.stdout)
		}
	}
	// Today's sessions are damaged: the streak is yesterday's.
	if r := call(t, env, "history"); !strings.Contains(r.stdout, "Streak: 1 day (longest 1)") {
		t.Errorf("history:\n%s\nwant a streak of one day, yesterday's", r.stdout)
	}
}

// Times too long for a time.Duration (many exercises of a day each) are
// shown whole, not wrapped around to nothing.
func TestHistoryShowsTimesBeyondADurationWhole(t *testing.T) {
	now := time.Date(2026, 11, 26, 18, 0, 0, 0, time.Local)
	s := session("long", now.Add(-time.Hour), journal.Finished, 3, 2)
	s.Exercises = make([]journal.Exercise, 200_000)
	for i := range s.Exercises {
		s.Exercises[i] = journal.Exercise{ID: "x", Seconds: journal.MaxSeconds, End: journal.Finished}
	}
	var b strings.Builder
	writeHistory(&b, []journal.Session{s}, time.Time{}, 1, 1, now, historyLimit)
	if !strings.Contains(b.String(), "Low back  4800000:00:00") || !strings.Contains(b.String(), "█ 4800000:00:00") {
		t.Errorf("history of 200,000 days of exercise:\n%s", b.String())
	}
}
