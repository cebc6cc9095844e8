package words

import (
	"strings"
	"testing"
)

// Lists read as a sentence: "a, b or c".
func TestLists(t *testing.T) {
	for _, c := range []struct{ list, or, and string }{
		{"", "", ""}, {"a", "a", "a"}, {"a b", "a or b", "a and b"}, {"a b c", "a, b or c", "a, b and c"},
	} {
		list := strings.Fields(c.list)
		if got := Or(list); got != c.or {
			t.Errorf("Or(%q) = %q, want %q", list, got, c.or)
		}
		if got := And(list); got != c.and {
			t.Errorf("And(%q) = %q, want %q", list, got, c.and)
		}
	}
}

// One of a thing, and more.
func TestCounts(t *testing.T) {
	for n, want := range map[int]string{0: "0 days", 1: "1 day", 2: "2 days"} {
		if got := Count(n, "day"); got != want {
			t.Errorf("Count(%d) = %q, want %q", n, got, want)
		}
	}
	if Plural(1, "session") != "session" || Plural(3, "session") != "sessions" {
		t.Error("Plural")
	}
}

func TestCapitalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"rolling back", "Rolling back"},
		{"Already", "Already"},
		{"über", "Über"},
		{"1 leg", "1 leg"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Capitalize(tt.in); got != tt.want {
			t.Errorf("Capitalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
