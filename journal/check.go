package journal

import (
	"fmt"
	"math"
	"time"
)

// Bounds on what a snapshot may hold. A journal can be written by hand or
// by an older version: a snapshot beyond them is damaged, skipped with a
// warning, so that no sum, chart or date computed from the journal can go
// negative, infinite or far into the future.
const (
	MaxSeconds = 24 * 60 * 60 // the time spent on one exercise
	MaxHolds   = 100_000      // holds planned, done or skipped in one exercise
	MaxPain    = 10           // pain is 0 (none) to 10
	// Ahead is how far past now a date may lie: clocks differ a little
	// between machines, never by a day.
	Ahead = 24 * time.Hour
)

// earliest is the first date a snapshot may have: a clock reset to zero
// gives 1970, anything before is damage.
var earliest = time.Unix(0, 0)

// checkDate says why t cannot be a session's date at now, or nil.
func checkDate(field string, t, now time.Time) error {
	switch {
	case t.Before(earliest):
		return fmt.Errorf("skipped a line: %s: want a date from 1970 on, got %s", field, t.Format(time.RFC3339))
	case t.After(now.Add(Ahead)):
		return fmt.Errorf("skipped a line: %s: want a date no later than a day from now, got %s", field, t.Format(time.RFC3339))
	}
	return nil
}

// check says why a decoded snapshot cannot be a session's, or nil.
func check(s Session, now time.Time) error {
	if s.Seq < 0 {
		return fmt.Errorf("skipped a line: seq: want 0 or more, got %d", s.Seq)
	}
	if err := checkDate("started", s.Started, now); err != nil {
		return err
	}
	if s.Ended != nil {
		if err := checkDate("ended", *s.Ended, now); err != nil {
			return err
		}
	}
	for _, p := range []struct {
		field string
		v     *int
	}{{"pain_before", s.PainBefore}, {"pain_after", s.PainAfter}} {
		if p.v != nil && (*p.v < 0 || *p.v > MaxPain) {
			return fmt.Errorf("skipped a line: %s: want 0 to %d, got %d", p.field, MaxPain, *p.v)
		}
	}
	for i, p := range s.PainStops {
		if p.Rep < 0 || p.Rep > MaxHolds {
			return fmt.Errorf("skipped a line: pain stop %d: rep: want 0 to %d, got %d", i+1, MaxHolds, p.Rep)
		}
	}
	for i, e := range s.Exercises {
		// NaN fails both comparisons: test for the good range.
		if !(e.Seconds >= 0 && e.Seconds <= MaxSeconds) || math.IsInf(e.Seconds, 0) {
			return fmt.Errorf("skipped a line: exercise %d: seconds: want 0 to %d, got %v", i+1, MaxSeconds, e.Seconds)
		}
		for _, h := range []struct {
			field string
			v     int
		}{{"planned", e.Planned}, {"done", e.Done}, {"skipped", e.Skipped}} {
			if h.v < 0 || h.v > MaxHolds {
				return fmt.Errorf("skipped a line: exercise %d: %s: want 0 to %d, got %d", i+1, h.field, MaxHolds, h.v)
			}
		}
	}
	return nil
}
