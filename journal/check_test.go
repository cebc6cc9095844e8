package journal_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// A snapshot with numbers or dates no session can have is damaged: it is
// skipped with a warning naming its line, and the session's previous
// snapshot counts instead, as for a torn line.
func TestImplausibleSnapshotsAreSkipped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	now := time.Date(2026, 11, 27, 14, 0, 0, 0, time.Local)
	day := now.Add(-72 * time.Hour)
	good := full()
	good.ID, good.Seq, good.Started, good.Ended = "good", 1, day, nil
	older := good
	older.ID = "older"
	newer := older
	newer.Seq = 2
	n := 0
	edit := func(s journal.Session, from, to string) string {
		t.Helper()
		if s.ID == "good" { // a session of its own: only the bad snapshot
			n++
			s.ID = fmt.Sprint("bad", n)
		}
		l := line(t, s)
		if !strings.Contains(l, from) {
			t.Fatalf("%q is not in %s", from, l)
		}
		return strings.Replace(l, from, to, 1)
	}
	bad := []struct{ line, why string }{
		{edit(good, `"seconds":120`, `"seconds":-60`), "seconds: want 0 to 86400, got -60"},
		{edit(good, `"seconds":120`, `"seconds":1.7e308`), "seconds: want 0 to 86400, got 1.7e+308"},
		{edit(good, `"seconds":120`, `"seconds":86400.5`), "seconds: want 0 to 86400, got 86400.5"},
		{edit(good, `"planned":1`, `"planned":-1`), "exercise 1: planned: want 0 to 100000, got -1"},
		{edit(good, `"done":6`, `"done":100001`), "exercise 2: done: want 0 to 100000, got 100001"},
		{edit(good, `"skipped":4`, `"skipped":-4`), "exercise 2: skipped: want 0 to 100000, got -4"},
		{edit(good, `"pain_before":5`, `"pain_before":11`), "pain_before: want 0 to 10, got 11"},
		{edit(good, `"pain_after":3`, `"pain_after":-1`), "pain_after: want 0 to 10, got -1"},
		{edit(good, `"seq":1`, `"seq":-1`), "seq: want 0 or more, got -1"},
		{edit(good, day.Format(`"2006`), `"9999`), "started: want a date no later than a day from now, got 9999-"},
		{edit(good, day.Format(`"2006`), `"1969`), "started: want a date from 1970 on, got 1969-"},
		{edit(good, `"outcome"`, `"ended":"9999-01-01T00:00:00Z","outcome"`), "ended: want a date no later than a day from now, got 9999-01-01"},
	}
	var b strings.Builder
	b.WriteString(line(t, older)) // line 1: kept, as the newest snapshot of "older" is bad
	b.WriteString(edit(newer, `"seconds":120`, `"seconds":-1`))
	for _, c := range bad {
		b.WriteString(c.line)
	}
	b.WriteString(line(t, good))
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	ss, ws := readAll(t, path)
	if got := ids(ss); len(got) != 2 || got[0] != "older" || got[1] != "good" || ss[0].Seq != 1 {
		t.Errorf("sessions %v, want older (its snapshot 1) and good", got)
	}
	if len(ws) != len(bad)+1 {
		t.Fatalf("%d warnings, want %d:\n%v", len(ws), len(bad)+1, ws)
	}
	if ws[0].Line != 2 || !strings.Contains(ws[0].Msg, "exercise 1: seconds: want 0 to 86400, got -1") {
		t.Errorf("warning %v, want line 2's seconds", ws[0])
	}
	for i, c := range bad {
		if w := ws[i+1]; w.Line != i+3 || !strings.Contains(w.Msg, c.why) {
			t.Errorf("warning %v, want line %d: %s", w, i+3, c.why)
		}
	}

	// The quick scan (history's streaks) and ForStats skip them too.
	j, err := journal.Scan(path, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, br := range j.Briefs {
		if br.Started.Year() > 2100 || br.Started.Year() < 1970 {
			t.Errorf("Scan kept a session started %v", br.Started)
		}
	}
	stats, err := journal.ForStats(path, day.Add(-time.Hour), now)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stats {
		if s.Seconds() < 0 || s.Seconds() > 1000 || s.Started.Year() > 2100 {
			t.Errorf("ForStats kept %+v", s)
		}
	}
}

// Scan knows "a day from now" by the clock it is given, not the
// process's: a session two days after it is damage, and the same session
// seen from a week later is not.
func TestScanDatesByTheClockGiven(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	now := time.Date(2026, 11, 27, 14, 0, 0, 0, time.Local)
	s := full()
	s.ID, s.Seq, s.Started, s.Ended = "ahead", 1, now.AddDate(0, 0, 2), nil
	if err := os.WriteFile(path, []byte(line(t, s)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		now      time.Time
		sessions int
	}{{now, 0}, {now.AddDate(0, 0, 7), 1}} {
		j, err := journal.Scan(path, c.now)
		if err != nil {
			t.Fatal(err)
		}
		if len(j.Briefs) != c.sessions || len(j.Warnings) != 1-c.sessions {
			t.Errorf("Scan at %v: %d sessions, warnings %v; want %d", c.now.Format("Jan 2"), len(j.Briefs), j.Warnings, c.sessions)
		}
	}
}
