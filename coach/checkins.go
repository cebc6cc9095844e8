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
