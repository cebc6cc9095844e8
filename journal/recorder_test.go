package journal_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// A session's snapshots carry its id and rise in order, so the journal
// keeps the newest even when they are written out of order; the latest
// stamp, for the summary, advances nothing.
func TestARecorderStampsEachSnapshotNewer(t *testing.T) {
	start := time.Date(2026, 11, 20, 9, 0, 0, 123456789, time.FixedZone("CET", 3600))
	r := journal.NewRecorder(start, "4242")
	if r.ID() != "20261120T080000.123456-4242" {
		t.Errorf("id %q, want the start in UTC to the microsecond, then the suffix", r.ID())
	}
	if other := journal.NewRecorder(start, "4343"); other.ID() == r.ID() {
		t.Error("two processes starting at once share an id")
	}
	rec := coach.Record{Routine: routines.Routine{ID: "low-back", Name: "Low back"}, Started: start, Outcome: coach.Running}
	first := r.Next(rec)
	rec.Outcome = coach.Finished
	second := r.Next(rec)
	if first.ID != r.ID() || second.ID != r.ID() || second.Seq <= first.Seq {
		t.Errorf("snapshots %s/%d then %s/%d, want one id and a rising seq", first.ID, first.Seq, second.ID, second.Seq)
	}
	if shown := r.Latest(rec); shown.Seq != second.Seq {
		t.Errorf("latest stamp %d, want %d", shown.Seq, second.Seq)
	}
	if third := r.Next(rec); third.Seq <= second.Seq {
		t.Errorf("after Latest, Next gave seq %d, not above %d", third.Seq, second.Seq)
	}

	path := filepath.Join(t.TempDir(), "journal.jsonl")
	for _, s := range []journal.Session{second, first} {
		if err := journal.Append(path, s); err != nil {
			t.Fatal(err)
		}
	}
	got, warns, err := journal.Read(path)
	if err != nil || len(warns) > 0 || len(got) != 1 || got[0].Outcome != journal.Finished {
		t.Errorf("read %+v %v %v, want the finished snapshot alone", got, warns, err)
	}
}
