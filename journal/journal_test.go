package journal_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/journal"
)

// brisbane is UTC+10 without daylight saving.
var brisbane = time.FixedZone("AEST", 10*3600)

func intp(n int) *int { return &n }

func timep(t time.Time) *time.Time { return &t }

// full is a session with every field set.
func full() journal.Session {
	started := time.Date(2026, 3, 14, 7, 30, 15, 250_000_000, brisbane)
	return journal.Session{
		ID:         "2026-03-14T07:30:15-x1",
		Seq:        4,
		Started:    started,
		Ended:      timep(started.Add(9*time.Minute + 30*time.Second)),
		Routine:    journal.Routine{ID: "mckenzie", Name: "McKenzie basics", Source: "builtin"},
		Level:      "gentle",
		PainBefore: intp(5),
		PainAfter:  intp(3),
		Outcome:    journal.Finished,
		Exercises: []journal.Exercise{
			{ID: "prone-lying", Name: "Prone lying", Planned: 1, Done: 1, Seconds: 120, End: journal.Finished},
			{ID: "press-up", Name: "Press-up \"half\"\nwith a newline", Planned: 10, Done: 6, Skipped: 4, Seconds: 95.5, End: journal.Skipped},
			{ID: "cat-camel", Name: "Cat–camel ✓", Planned: 8, Done: 2, Seconds: 40.25, End: journal.Pain},
		},
	}
}

// sess is a minimal valid session.
func sess(id string, seq int, started time.Time, outcome string) journal.Session {
	return journal.Session{ID: id, Seq: seq, Started: started, Outcome: outcome}
}

// line is the JSON line Append would write for s.
func line(t testing.TB, s journal.Session) string {
	t.Helper()
	s.V = journal.Version
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// sameSession fails unless got and want hold the same session: the same
// instants and every other field equal.
func sameSession(t *testing.T, got, want journal.Session) {
	t.Helper()
	if !got.Started.Equal(want.Started) {
		t.Errorf("session %q: Started = %v, want %v", want.ID, got.Started, want.Started)
	}
	switch {
	case (got.Ended == nil) != (want.Ended == nil):
		t.Errorf("session %q: Ended = %v, want %v", want.ID, got.Ended, want.Ended)
	case got.Ended != nil && !got.Ended.Equal(*want.Ended):
		t.Errorf("session %q: Ended = %v, want %v", want.ID, *got.Ended, *want.Ended)
	}
	got.Started, want.Started, got.Ended, want.Ended = time.Time{}, time.Time{}, nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("session %q:\n got %+v\nwant %+v", want.ID, got, want)
	}
}

func readAll(t *testing.T, path string) ([]journal.Session, []journal.Warning) {
	t.Helper()
	ss, ws, err := journal.Read(path)
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return ss, ws
}

func ids(ss []journal.Session) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.ID
	}
	return out
}

func fileBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAppendReadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "backcoach", "journal.jsonl")
	want := full()
	want.V = 7 // Append writes the current schema version whatever the caller set
	if err := journal.Append(path, want); err != nil {
		t.Fatalf("Append into missing folders: %v", err)
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		t.Fatalf("folder of the journal not created: %v", err)
	}

	ss, ws := readAll(t, path)
	if len(ws) != 0 {
		t.Errorf("warnings on a clean journal: %v", ws)
	}
	if len(ss) != 1 {
		t.Fatalf("read %d sessions, want 1", len(ss))
	}
	got := ss[0]
	want.V = journal.Version
	sameSession(t, got, want)
	if _, off := got.Started.Zone(); off != 10*3600 {
		t.Errorf("Started read back at UTC offset %ds, want the offset it was written with (36000)", off)
	}
	if s := got.Seconds(); s != 120+95.5+40.25 {
		t.Errorf("Seconds() = %v, want 255.75", s)
	}
	if done, planned := got.HoldsDone(); done != 9 || planned != 19 {
		t.Errorf("HoldsDone() = %d, %d; want 9, 19", done, planned)
	}
}

func TestAppendOmitsUnsetOptionalFields(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	s := sess("a", 1, time.Date(2026, 1, 2, 8, 0, 0, 0, time.UTC), journal.Running)
	if err := journal.Append(path, s); err != nil {
		t.Fatal(err)
	}
	ss, _ := readAll(t, path)
	if len(ss) != 1 {
		t.Fatalf("read %d sessions, want 1", len(ss))
	}
	if ss[0].Ended != nil || ss[0].PainBefore != nil || ss[0].PainAfter != nil {
		t.Errorf("unset Ended/PainBefore/PainAfter read back as set: %v %v %v", ss[0].Ended, ss[0].PainBefore, ss[0].PainAfter)
	}
	// A pain score of 0 is an answer, not a missing one.
	s.Seq, s.PainBefore = 2, intp(0)
	if err := journal.Append(path, s); err != nil {
		t.Fatal(err)
	}
	ss, _ = readAll(t, path)
	if len(ss) != 1 || ss[0].PainBefore == nil || *ss[0].PainBefore != 0 {
		t.Errorf("pain score 0 did not round-trip: %+v", ss)
	}
}

func TestAppendOnlyAppends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	start := time.Date(2026, 1, 2, 8, 0, 0, 0, brisbane)
	var before []byte
	for i := 1; i <= 5; i++ {
		s := full()
		s.Seq = i
		s.Started = start.Add(time.Duration(i) * time.Hour)
		if err := journal.Append(path, s); err != nil {
			t.Fatalf("Append #%d: %v", i, err)
		}
		after := fileBytes(t, path)
		if !bytes.HasPrefix(after, before) {
			t.Fatalf("Append #%d changed earlier bytes of the file", i)
		}
		added := after[len(before):]
		if bytes.Count(added, []byte("\n")) != 1 || !bytes.HasSuffix(added, []byte("\n")) {
			t.Fatalf("Append #%d added %q, want exactly one line ending in a newline", i, added)
		}
		if got, want := string(added), line(t, s); got != want {
			t.Errorf("Append #%d wrote\n%s\nwant\n%s", i, got, want)
		}
		before = after
	}
	if n := bytes.Count(before, []byte("\n")); n != 5 {
		t.Errorf("file has %d lines after 5 appends", n)
	}
}

func TestAppendFailsWhenFolderCannotBeMade(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := journal.Append(filepath.Join(blocker, "journal.jsonl"), full())
	if err == nil {
		t.Fatal("Append under a regular file succeeded; want an error")
	}
}

func TestNewestSnapshotWins(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	day := time.Date(2026, 2, 10, 0, 0, 0, 0, brisbane)

	late := full()
	late.ID, late.Started = "late", day.Add(18*time.Hour)
	snap := func(s journal.Session, seq, nex int, outcome string) journal.Session {
		s.Seq, s.Exercises, s.Outcome = seq, s.Exercises[:nex], outcome
		if outcome == journal.Running {
			s.Ended, s.PainAfter = nil, nil
		}
		return s
	}
	early := full()
	early.ID, early.Started = "early", day.Add(7*time.Hour)
	mid := sess("mid", 1, day.Add(12*time.Hour), journal.Quit)

	// Written in this order: seq 1, 3, 2 of "late", interleaved with a
	// session that started earlier and one that started in between.
	for _, s := range []journal.Session{
		snap(late, 1, 1, journal.Running),
		snap(early, 1, 1, journal.Running),
		snap(late, 3, 3, journal.Finished),
		mid,
		snap(early, 2, 2, journal.Quit),
		snap(late, 2, 2, journal.Running), // a stale snapshot written last
	} {
		if err := journal.Append(path, s); err != nil {
			t.Fatal(err)
		}
	}

	ss, ws := readAll(t, path)
	if len(ws) != 0 {
		t.Errorf("warnings: %v", ws)
	}
	if got, want := ids(ss), []string{"early", "mid", "late"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("sessions %v, want %v (one per id, by start)", got, want)
	}
	wantLate := snap(late, 3, 3, journal.Finished)
	wantLate.V = journal.Version
	sameSession(t, ss[2], wantLate)
	wantEarly := snap(early, 2, 2, journal.Quit)
	wantEarly.V = journal.Version
	sameSession(t, ss[0], wantEarly)
}

func TestCrashLosesOnlyTheLastSnapshot(t *testing.T) {
	// Snapshots 1 and 2 were written whole, snapshot 3 was cut short by a
	// crash: the session reads back as snapshot 2.
	path := filepath.Join(t.TempDir(), "j.jsonl")
	s := full()
	s.Outcome = journal.Running
	s1, s2, s3 := s, s, s
	s1.Seq, s1.Exercises = 1, s.Exercises[:1]
	s2.Seq, s2.Exercises = 2, s.Exercises[:2]
	s3.Seq, s3.Outcome = 3, journal.Finished
	l3 := line(t, s3)
	content := line(t, s1) + line(t, s2) + l3[:len(l3)/2]
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	ss, ws := readAll(t, path)
	if len(ss) != 1 || ss[0].Seq != 2 || len(ss[0].Exercises) != 2 || ss[0].Outcome != journal.Running {
		t.Fatalf("read %+v, want snapshot 2 of the session", ss)
	}
	if len(ws) != 1 || ws[0].Line != 3 {
		t.Errorf("warnings %v, want one for line 3", ws)
	}
}

func TestDamagedLinesAreSkipped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	day := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	a := sess("a", 1, day, journal.Finished)
	b := sess("b", 1, day.Add(24*time.Hour), journal.Finished)
	c := sess("c", 1, day.Add(48*time.Hour), journal.Finished)
	d := full() // its snapshot 2 is the half-written last line
	d.ID, d.Seq, d.Started = "d", 1, day.Add(72*time.Hour)
	d2 := d
	d2.Seq = 2
	cut := line(t, d2)
	cut = cut[:len(cut)*2/3]

	v2 := sess("future", 1, day.Add(96*time.Hour), journal.Finished)
	v2line := strings.Replace(line(t, v2), `"v":1,`, `"v":2,`, 1)
	noID := strings.Replace(line(t, sess("x", 1, day, journal.Finished)), `"session":"x",`, ``, 1)
	if !strings.Contains(v2line, `"v":2,`) || strings.Contains(noID, `"session"`) {
		t.Fatalf("test lines not built as meant: %q %q", v2line, noID)
	}

	lines := []string{
		line(t, a),             // 1
		"}{ not json at all\n", // 2: garbage
		line(t, b),             // 3
		"\n",                   // 4: blank, skipped silently
		v2line,                 // 5: unknown schema version
		line(t, d),             // 6
		noID,                   // 7: no session id
		line(t, c),             // 8
		cut,                    // 9: half-written, no newline
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600); err != nil {
		t.Fatal(err)
	}

	ss, ws := readAll(t, path)
	if got, want := ids(ss), []string{"a", "b", "c", "d"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sessions %v, want %v", got, want)
	}
	if len(ss) == 4 && ss[3].Seq != 1 {
		t.Errorf("session d read as snapshot %d, want 1 (snapshot 2 was cut short)", ss[3].Seq)
	}
	wantLines := []int{2, 5, 7, 9}
	if len(ws) != len(wantLines) {
		t.Fatalf("warnings %v, want one for each of lines %v", ws, wantLines)
	}
	for i, w := range ws {
		if w.Line != wantLines[i] {
			t.Errorf("warning %d is for line %d, want line %d", i, w.Line, wantLines[i])
		}
		if w.Path != path {
			t.Errorf("warning %d names path %q, want %q", i, w.Path, path)
		}
		prefix := fmt.Sprintf("%s:%d: ", path, wantLines[i])
		if msg := w.Error(); !strings.HasPrefix(msg, prefix) || len(msg) == len(prefix) {
			t.Errorf("warning %d says %q, want %q followed by a reason", i, msg, prefix)
		}
	}
	if !strings.Contains(ws[1].Msg, "version 2") {
		t.Errorf("warning for the v2 line says %q, want it to name version 2", ws[1].Msg)
	}
}

func TestLineWithoutStartIsSkipped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	content := `{"v":1,"session":"nostart","seq":1,"outcome":"finished"}` + "\n" +
		line(t, sess("ok", 1, time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC), journal.Finished))
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	ss, ws := readAll(t, path)
	if got := ids(ss); !reflect.DeepEqual(got, []string{"ok"}) {
		t.Errorf("sessions %v, want [ok]", got)
	}
	if len(ws) != 1 || ws[0].Line != 1 {
		t.Errorf("warnings %v, want one for line 1", ws)
	}
}

func TestEmptyAndMissingJournal(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jsonl")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{empty, filepath.Join(dir, "missing.jsonl"), filepath.Join(dir, "no", "such", "dir", "j.jsonl")} {
		ss, ws, err := journal.Read(path)
		if len(ss) != 0 || len(ws) != 0 || err != nil {
			t.Errorf("Read(%s) = %v, %v, %v; want nothing and no error", filepath.Base(path), ss, ws, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.jsonl")); !os.IsNotExist(err) {
		t.Errorf("Read created the missing journal (stat: %v)", err)
	}
}

func TestReadUnreadableJournalIsAnError(t *testing.T) {
	// A folder where the journal should be cannot be read as lines.
	if _, _, err := journal.Read(t.TempDir()); err == nil {
		t.Error("Read of a folder gave no error")
	}
}
