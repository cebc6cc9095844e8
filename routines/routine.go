// Package routines is backcoach's domain: routines and exercises, their
// strict YAML format, loading from built-in and user folders, and the flat
// plan of timed steps that the coach walks through. It knows nothing of the
// terminal.
package routines

import (
	"fmt"
	"strings"
	"time"

	"github.com/backcoach/backcoach/internal/text/words"
)

// DefaultRest is the rest between reps and sides when neither the
// exercise nor the routine sets one (backcoach's, not the article's).
const DefaultRest = 5 * time.Second

// BuiltIn is the Source of routines embedded in the program.
const BuiltIn = "built-in"

// Level picks the low or the high end of a range such as "3-5" reps.
type Level int

const (
	// Gentle uses the low end of every range (the default).
	Gentle Level = iota
	// Full uses the high end of every range.
	Full
)

// ParseLevel reads "gentle" or "full".
func ParseLevel(s string) (Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "gentle", "":
		return Gentle, nil
	case "full":
		return Full, nil
	}
	return Gentle, fmt.Errorf("level: want gentle or full, got %q", s)
}

// String returns "gentle" or "full".
func (l Level) String() string {
	if l == Full {
		return "full"
	}
	return "gentle"
}

// Mode says whether an exercise is a still hold or a movement kept up for
// the time given (shoulder rolls).
type Mode int

const (
	// Hold is a still hold.
	Hold Mode = iota
	// Move means keep moving for the whole time.
	Move
)

// String returns "hold" or "move".
func (m Mode) String() string {
	if m == Move {
		return "move"
	}
	return "hold"
}

// Span is a duration, or a range of durations such as "5-10s".
type Span struct{ Min, Max time.Duration }

// At returns the duration used at a level.
func (s Span) At(l Level) time.Duration {
	if l == Full {
		return s.Max
	}
	return s.Min
}

// IsRange reports whether the span is a range rather than one duration.
func (s Span) IsRange() bool { return s.Min != s.Max }

// String formats the span as it would be written: "30s", "5-10s".
func (s Span) String() string {
	if !s.IsRange() {
		return FormatDuration(s.Min)
	}
	if s.Min%time.Second == 0 && s.Max%time.Second == 0 && s.Max < time.Minute {
		return fmt.Sprintf("%d-%ds", s.Min/time.Second, s.Max/time.Second)
	}
	return FormatDuration(s.Min) + "-" + FormatDuration(s.Max)
}

// Count is a number of reps, or a range such as "3-5".
type Count struct{ Min, Max int }

// At returns the count used at a level.
func (c Count) At(l Level) int {
	if l == Full {
		return c.Max
	}
	return c.Min
}

// IsRange reports whether the count is a range.
func (c Count) IsRange() bool { return c.Min != c.Max }

// String formats the count as written: "10", "3-5".
func (c Count) String() string {
	if c.IsRange() {
		return fmt.Sprintf("%d-%d", c.Min, c.Max)
	}
	return fmt.Sprint(c.Min)
}

// Exercise is one stretch of a routine. Rest is resolved when the file is
// loaded, so it is never zero; Prepare is zero when the file leaves it to
// the change of position (PrepareFor).
type Exercise struct {
	ID       string
	Name     string
	Steps    []string
	Hold     Span
	Reps     Count
	Sides    []string
	Mode     Mode
	Rest     time.Duration
	Prepare  time.Duration
	Cue      string
	Position Position
	// Setup is what to get into before the first hold; "" means the
	// first step says it.
	Setup string
	// Mirror swaps left and right in the steps, the cue and the figure on
	// the second side.
	Mirror bool
	// Swap is what changes in the words on the mirrored side: the first
	// reads as the second (forward, back). Empty means left and right
	// swap both ways.
	Swap [2]string
	// Figure is a drawing of the pose, or frames of a movement shown a
	// second each; each frame is its lines.
	Figure [][]string
	// Caution is a safety note shown apart from the steps, during the
	// get-ready and the holds.
	Caution string
}

// SideLabel names side i for the screen: "left" becomes "Left side",
// anything else is capitalised as written ("Rolling forward").
func (e Exercise) SideLabel(i int) string {
	if i < 0 || i >= len(e.Sides) {
		return ""
	}
	s := e.Sides[i]
	switch strings.ToLower(s) {
	case "left", "right":
		s += " side"
	}
	return words.Capitalize(s)
}

// Routine is a named list of exercises.
type Routine struct {
	ID          string
	Name        string
	Description string
	Rest        time.Duration
	Exercises   []Exercise
	// Source is BuiltIn or the path of the file the routine came from.
	Source string
}

// FormatDuration writes a duration the way the routine files do: "30s",
// "1m30s", "2m", "1h", "1.5s".
func FormatDuration(d time.Duration) string {
	if d <= 0 || d%time.Second != 0 {
		return d.String()
	}
	h, m, sec := d/time.Hour, d/time.Minute%60, d/time.Second%60
	var b strings.Builder
	if h > 0 {
		fmt.Fprintf(&b, "%dh", h)
	}
	if m > 0 {
		fmt.Fprintf(&b, "%dm", m)
	}
	if sec > 0 {
		fmt.Fprintf(&b, "%ds", sec)
	}
	return b.String()
}
