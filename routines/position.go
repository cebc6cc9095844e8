package routines

import (
	"strings"
	"time"
)

// Position is where an exercise is done: on the floor, in a chair, or
// standing. "" means the routine file does not say.
type Position string

// The positions.
const (
	Floor    Position = "floor"
	Chair    Position = "chair"
	Standing Position = "standing"
)

// StartPosition is where a user is before a routine: at the desk, in a
// chair.
const StartPosition = Chair

// Get-ready times when an exercise does not set its own (prepare). They
// are backcoach's, not the article's: time to get from the position of the
// exercise before (or the desk) into this one's.
const (
	// DefaultPrepare: the same position as before, or one not given.
	DefaultPrepare = 10 * time.Second
	// PrepareDown: from a chair or standing down to the floor (move away
	// from the desk, get down, lie or kneel, settle).
	PrepareDown = 40 * time.Second
	// PrepareUp: up from the floor, to a chair or standing.
	PrepareUp = 20 * time.Second
	// PrepareChange: between a chair and standing.
	PrepareChange = 15 * time.Second
)

// ParsePosition reads floor, chair or standing.
func ParsePosition(s string) (Position, bool) {
	switch p := Position(strings.ToLower(strings.TrimSpace(s))); p {
	case Floor, Chair, Standing:
		return p, true
	}
	return "", false
}

// PrepareFor is the default get-ready time from one position to another.
func PrepareFor(from, to Position) time.Duration {
	switch {
	case from == "" || to == "" || from == to:
		return DefaultPrepare
	case to == Floor:
		return PrepareDown
	case from == Floor:
		return PrepareUp
	}
	return PrepareChange
}

// Phrase says a position as in "on the floor", "in a chair", "standing".
func (p Position) Phrase() string {
	switch p {
	case Floor:
		return "on the floor"
	case Chair:
		return "in a chair"
	case Standing:
		return "standing"
	}
	return ""
}

// MoveTo says what to do to get from one position into another: "Get
// down on the floor", "Get up and sit in a chair", "Stand up", "Sit
// down"; "" when there is nothing to change (or a position is not known).
func MoveTo(from, to Position) string {
	switch {
	case from == "" || to == "" || from == to:
		return ""
	case to == Floor:
		return "Get down on the floor"
	case to == Chair && from == Floor:
		return "Get up and sit in a chair"
	case to == Chair:
		return "Sit down"
	}
	return "Stand up"
}

// Positions are the positions a routine's exercises take, in order of
// first use, each once.
func (r Routine) Positions() []Position {
	var out []Position
	seen := map[Position]bool{}
	for _, e := range r.Exercises {
		if e.Position != "" && !seen[e.Position] {
			seen[e.Position] = true
			out = append(out, e.Position)
		}
	}
	return out
}

// Where says where a routine happens: "on the floor", "in a chair,
// standing"; "" when its file does not say.
func (r Routine) Where() string {
	var words []string
	for _, p := range r.Positions() {
		words = append(words, p.Phrase())
	}
	return strings.Join(words, ", ")
}

// NeedsFloor reports whether some exercise is done on the floor.
func (r Routine) NeedsFloor() bool {
	for _, p := range r.Positions() {
		if p == Floor {
			return true
		}
	}
	return false
}
