package coach

import "fmt"

// CheckIns says when a routine asks how the back feels, before and after
// it: the checkins setting. The zero value is CheckInsAlways.
type CheckIns int

const (
	CheckInsAlways CheckIns = iota // before and after every routine
	CheckInsDaily                  // the first routine of the day
	CheckInsNever                  // no check-ins
)

// String is the setting's word: "always", "daily" or "never".
func (c CheckIns) String() string {
	switch c {
	case CheckInsDaily:
		return "daily"
	case CheckInsNever:
		return "never"
	}
	return "always"
}

// ParseCheckIns reads the setting's word, exactly as String writes it.
func ParseCheckIns(s string) (CheckIns, error) {
	for _, c := range []CheckIns{CheckInsAlways, CheckInsDaily, CheckInsNever} {
		if s == c.String() {
			return c, nil
		}
	}
	return CheckInsAlways, fmt.Errorf("check-ins: want always, daily or never, got %q", s)
}

// Ask reports whether a routine starting now has its check-ins, given
// whether one was answered earlier in the day (the journal says, or this
// run): daily asks only the first routine of the day to be rated.
func (c CheckIns) Ask(answeredToday bool) bool {
	switch c {
	case CheckInsNever:
		return false
	case CheckInsDaily:
		return !answeredToday
	}
	return true
}

// NeedsToday reports whether Ask depends on what was answered today:
// then the journal is read before the first routine of a run begins.
func (c CheckIns) NeedsToday() bool { return c == CheckInsDaily }
