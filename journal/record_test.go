package journal_test

import (
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// What is recorded is what the user saw: names and ids on one line with
// escape sequences and control characters gone, the file's path with
// them shown escaped. The file: an OSC 52 sequence that puts
// "rm -rf ~" on the clipboard, then a screen clear.
func TestFromRecordKeepsNoEscapeSequence(t *testing.T) {
	const osc52 = "\x1b]52;c;cm0gLXJmIH4=\a\x1b[2J"
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	rec := coach.Record{
		Routine: routines.Routine{ID: "neck" + osc52, Name: "Neck" + osc52 + "\nstretch", Source: "/home/u/routines/" + osc52 + ".yaml"},
		Started: start,
		Outcome: coach.Outcome(journal.Finished),
		Exercises: []coach.ExerciseRecord{
			{ID: "tuck\x07\u009b", Name: "Chin\ttuck\x07", Planned: 2, Done: 2, Time: 10 * time.Second, End: coach.Outcome(journal.Finished)},
		},
	}
	s := journal.FromRecord("id", 1, rec)
	want := map[string][2]string{
		"routine id":     {s.Routine.ID, "neck"},
		"routine name":   {s.Routine.Name, "Neck stretch"},
		"routine source": {s.Routine.Source, `/home/u/routines/\x1b]52;c;cm0gLXJmIH4=\a\x1b[2J.yaml`},
		"exercise id":    {s.Exercises[0].ID, "tuck"},
		"exercise name":  {s.Exercises[0].Name, "Chin tuck"},
	}
	for field, c := range want {
		if c[0] != c[1] {
			t.Errorf("%s: %q, want %q", field, c[0], c[1])
		}
	}
}

// A stop for pain is on record: which exercise, rep and side, and it
// comes back when the journal is read; a rep no session has is damage.
func TestPainStopsAreRecorded(t *testing.T) {
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	rec := coach.Record{Routine: routines.Routine{ID: "low-back", Name: "Low back"}, Started: start, Outcome: coach.Pain,
		PainStops: []coach.PainStop{{Exercise: "bird-dog", Name: "Bird dog\x1b[2J", Rep: 3, Side: "Left leg"}}}
	path := t.TempDir() + "/j.jsonl"
	if err := journal.Append(path, journal.FromRecord("s", 1, rec)); err != nil {
		t.Fatal(err)
	}
	got, warns, err := journal.Read(path)
	if err != nil || len(warns) > 0 || len(got) != 1 {
		t.Fatalf("read %v %v %v", got, warns, err)
	}
	if ps := got[0].PainStops; len(ps) != 1 || ps[0].String() != "Bird dog, left leg, rep 3" || ps[0].Exercise != "bird-dog" {
		t.Errorf("pain stops %+v", ps)
	}
	bad := journal.FromRecord("t", 1, rec)
	bad.PainStops[0].Rep = -4
	if err := journal.Append(path, bad); err != nil {
		t.Fatal(err)
	}
	if _, warns, _ := journal.Read(path); len(warns) != 1 {
		t.Errorf("a pain stop at rep -4 read without a warning: %v", warns)
	}
}

// An exercise kept moving is recorded as one, so history counts its
// holds as moves, as the summary does.
func TestFromRecordMarksMoves(t *testing.T) {
	rec := coach.Record{
		Routine:   routines.Routine{ID: "upper-back", Exercises: []routines.Exercise{{ID: "ext"}, {ID: "rolls", Mode: routines.Move}}},
		Exercises: []coach.ExerciseRecord{{ID: "ext", Planned: 3, Done: 3}, {ID: "rolls", Planned: 2, Done: 1}},
	}
	got := journal.FromRecord("id", 1, rec).Tally()
	if want := (journal.Tally{HoldsDone: 3, Holds: 3, MovesDone: 1, Moves: 2}); got != want {
		t.Errorf("tally %+v, want %+v", got, want)
	}
}
