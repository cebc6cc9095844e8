package coach

// CheckIns is when a routine has its pain check-ins, the question how the
// back feels before it and after it: the checkins setting.
type CheckIns string

// The rules. The zero value asks always.
const (
	CheckInsAlways CheckIns = "always" // before and after every routine
	CheckInsDaily  CheckIns = "daily"  // only until one is given in the day
	CheckInsNever  CheckIns = "never"  // no routine asks
)

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
