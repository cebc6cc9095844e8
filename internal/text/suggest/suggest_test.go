package suggest_test

import (
	"testing"

	"github.com/backcoach/backcoach/internal/text/suggest"
)

func TestNearest(t *testing.T) {
	fields := []string{"name", "id", "steps", "hold", "reps", "sides", "mode", "rest", "prepare", "cue"}
	flags := []string{"every", "hours", "routine", "routines", "level", "quiet"}
	tests := []struct {
		word  string
		known []string
		want  string
	}{
		{"hodl", fields, "hold"},       // two letters swapped
		{"Hold", fields, "hold"},       // case
		{"step", fields, "steps"},      // one left out
		{"repps", fields, "reps"},      // one too many
		{"prepair", fields, "prepare"}, // two changed in a long word
		{"evry", flags, "every"},
		{"routnes", flags, "routines"},
		{"hol", fields, "hold"},
		{"colour", fields, ""}, // nothing near
		{"xy", fields, ""},     // two changes in a short word is a different word
		{"", fields, ""},
	}
	for _, tt := range tests {
		if got := suggest.Nearest(tt.word, tt.known); got != tt.want {
			t.Errorf("Nearest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
