package words

import (
	"math"
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0:00"},
		{-3 * time.Second, "0:00"},
		{time.Nanosecond, "0:01"},
		{5 * time.Second, "0:05"},
		{4*time.Second + time.Millisecond, "0:05"},
		{4500 * time.Millisecond, "0:05"},
		{59*time.Second + 100*time.Millisecond, "1:00"},
		{90 * time.Second, "1:30"},
		{6*time.Minute + 25*time.Second, "6:25"},
		{12*time.Minute + 30*time.Second, "12:30"},
		{59*time.Minute + 59*time.Second, "59:59"},
		{time.Hour, "1:00:00"},
		{time.Hour + 2*time.Minute + 3*time.Second, "1:02:03"},
		{10*time.Hour + 5*time.Second, "10:00:05"},
	}
	for _, tt := range tests {
		if got := Clock(tt.d); got != tt.want {
			t.Errorf("Clock(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// A sum of seconds past what a time.Duration holds is still a clock.
func TestClockSeconds(t *testing.T) {
	for s, want := range map[float64]string{0: "0:00", 59.2: "1:00", 3723: "1:02:03", 1e12: "277777777:46:40", math.Inf(1): "1281023894007607:45:04"} {
		if got := ClockSeconds(s); got != want {
			t.Errorf("ClockSeconds(%v) = %q, want %q", s, got, want)
		}
	}
}

func TestSpoken(t *testing.T) {
	for d, want := range map[time.Duration]string{
		time.Second: "1 second", 5 * time.Second: "5 seconds", 1500 * time.Millisecond: "2 seconds",
		time.Minute: "1 minute", 2 * time.Minute: "2 minutes", 90 * time.Second: "1 minute 30 seconds",
	} {
		if got := Spoken(d); got != want {
			t.Errorf("Spoken(%v) = %q, want %q", d, got, want)
		}
	}
}

// The help bar's lengths of time.
func TestPeriod(t *testing.T) {
	for d, want := range map[time.Duration]string{5 * time.Minute: "5 min", 90 * time.Minute: "90 min", time.Hour: "1 hour", 2 * time.Hour: "2 hours"} {
		if got := Period(d); got != want {
			t.Errorf("Period(%v) = %q, want %q", d, got, want)
		}
	}
}

// Times read as people say them.
func TestTimeWords(t *testing.T) {
	loc := time.FixedZone("here", 3600)
	now := time.Date(2026, 11, 27, 17, 40, 30, 0, loc)
	for _, c := range []struct {
		at       time.Time
		in, when string
	}{
		{now.Add(4 * time.Second), "in 1 min", "17:40"}, // one rule, rounded up: UpMinutes
		{now.Add(150 * time.Second), "in 3 min", "17:43"},
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
	for d, want := range map[time.Duration]string{4 * time.Second: "1 min", 150 * time.Second: "3 min", 2 * time.Minute: "2 min", 12 * time.Minute: "12 min", 65 * time.Minute: "1 h 5 min", 2 * time.Hour: "2 h"} {
		if got := Ago(now, now.Add(-d)); got != want {
			t.Errorf("Ago(%v) = %q, want %q", d, got, want)
		}
	}
}
