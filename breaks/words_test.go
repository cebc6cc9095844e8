package breaks

import (
	"testing"
	"time"
)

// Times read as people say them.
func TestTimeWords(t *testing.T) {
	loc := time.FixedZone("here", 3600)
	now := time.Date(2026, 11, 27, 17, 40, 30, 0, loc)
	for _, c := range []struct {
		at       time.Time
		in, when string
	}{
		{now.Add(20 * time.Second), "in less than a minute", "17:40"},
		{now.Add(12 * time.Minute), "in 12 min", "17:52"},
		{now.Add(11*time.Minute + time.Second), "in 12 min", "17:51"},
		{now.Add(125 * time.Minute), "in 2 h 5 min", "19:45"},
		{now.Add(3 * time.Hour), "in 3 h", "20:40"},
		{time.Date(2026, 11, 28, 9, 0, 0, 0, loc), "in 15 h 20 min", "tomorrow 09:00"},
		{time.Date(2026, 11, 30, 9, 0, 0, 0, loc), "in 63 h 20 min", "Mon 09:00"},
		{time.Date(2026, 12, 24, 9, 0, 0, 0, loc), "in 639 h 20 min", "Dec 24 09:00"},
	} {
		if got := In(now, c.at); got != c.in {
			t.Errorf("In(%v) = %q, want %q", c.at, got, c.in)
		}
		if got := At(now, c.at); got != c.when {
			t.Errorf("At(%v) = %q, want %q", c.at, got, c.when)
		}
	}
	for d, want := range map[time.Duration]string{10 * time.Second: "1 min", 12 * time.Minute: "12 min", 65 * time.Minute: "1 h 5 min", 2 * time.Hour: "2 h"} {
		if got := Ago(now, now.Add(-d)); got != want {
			t.Errorf("Ago(%v) = %q, want %q", d, got, want)
		}
	}
}
