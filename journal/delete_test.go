package journal

import (
	"path/filepath"
	"testing"
	"time"
)

// A tombstone leaves its session out of every reader, and a snapshot the
// session's own process writes after it does not bring it back.
func TestTombstoneLeavesTheSessionOut(t *testing.T) {
	now := time.Date(2026, 11, 27, 14, 0, 0, 0, time.FixedZone("X", 3600))
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	mk := func(id string, start time.Time, seq int) Session {
		return Session{V: Version, ID: id, Seq: seq, Started: start, Outcome: Finished,
			Routine: Routine{ID: "low-back", Name: "Low back"}, Exercises: []Exercise{{Planned: 2, Done: 2, Seconds: 60, End: Finished}}}
	}
	keep, oops := mk("keep", now.Add(-24*time.Hour), 3), mk("oops", now.Add(-time.Hour), 3)
	for _, s := range []Session{keep, oops} {
		if err := Append(path, s); err != nil {
			t.Fatal(err)
		}
	}
	if err := Delete(path, oops, now); err != nil {
		t.Fatal(err)
	}
	if err := Append(path, mk("oops", oops.Started, 4)); err != nil { // still running elsewhere
		t.Fatal(err)
	}
	ss, warns, err := Read(path)
	if err != nil || len(warns) > 0 || len(ss) != 1 || ss[0].ID != "keep" {
		t.Errorf("Read: %v %v %+v, want keep alone", err, warns, ss)
	}
	st, warns, err := ReadStatus(path, now)
	if err != nil || len(warns) > 0 || len(st.Today) != 0 || st.Streak != 1 {
		t.Errorf("ReadStatus: %v %v today %d streak %d, want no session today and yesterday's streak", err, warns, len(st.Today), st.Streak)
	}
	stats, err := ForStats(path, now.Add(-48*time.Hour), now)
	if err != nil || len(stats) != 1 || stats[0].ID != "keep" {
		t.Errorf("ForStats: %v %+v", err, stats)
	}
}
