package safetext_test

import (
	"strings"
	"testing"

	"github.com/backcoach/backcoach/safetext"
)

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text kept", "Hold it straight.", "Hold it straight."},
		{"newline becomes a space", "Lift one leg\nand hold.", "Lift one leg and hold."},
		{"CRLF and tabs become one space", "a\r\n\tb", "a b"},
		{"runs of spaces collapse", "a    b", "a b"},
		{"ends trimmed", "  \n a b \n ", "a b"},
		{"bell and NUL dropped", "\abell\x00", "bell"},
		{"DEL dropped", "a\x7fb", "ab"},
		{"C1 controls dropped", "a\u0085b\u009bc", "abc"},
		{"unicode letters kept", "Übung – Dehnung", "Übung – Dehnung"},
		{"only controls", "\x1b\x07", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := safetext.Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestLineDropsEscapeSequences checks that text from a file cannot drive the
// terminal: no escape, control or line-break character survives, and the
// words around the sequences do.
func TestLineDropsEscapeSequences(t *testing.T) {
	inputs := []string{
		"\x1b[31mred\x1b[0m alert",
		"\x1b[2J\x1b[Hred alert",
		"\x1b]0;title\x07red alert",
		"\u009b31mred alert",
		"red\x1b[1A\x1b[2K alert",
		"red\u2028alert",
	}
	for _, in := range inputs {
		got := safetext.Line(in)
		for _, r := range got {
			if safetext.Unsafe(r) || r == '\u2028' || r == '\u2029' {
				t.Errorf("Line(%q) = %q keeps control character %U", in, got, r)
			}
		}
		if !strings.Contains(got, "red") || !strings.Contains(got, "alert") {
			t.Errorf("Line(%q) = %q lost the words", in, got)
		}
	}
}

func TestLineRemovesWholeEscapeSequences(t *testing.T) {
	for in, want := range map[string]string{
		"\x1b[31mred\x1b[0m":       "red",
		"\x1b]0;owned\x07title":    "title",
		"red\u2028alert":           "red alert",
		"bell\a and \x1b[2J clear": "bell and clear",
	} {
		if got := safetext.Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEscapeShowsUnsafeCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"plain.yaml":         "plain.yaml",
		"\x1b]52;c;x\a.yaml": `\x1b]52;c;x\a.yaml`,
		"a\u009bb":           `a\u009bb`,
		"tab\there":          `tab\there`,
	} {
		if got := safetext.Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}
