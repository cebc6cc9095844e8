package safetext_test

import (
	"strings"
	"testing"

	"github.com/backcoach/backcoach/internal/text/safetext"
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
		{"C1 controls dropped, a CSI with what it reads", "a\u0085b\u009bc", "ab"},
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

// TestLineDropsInvisibleCharacters: format characters (bidi controls,
// zero-width spaces and joiners, the BOM), separators and other
// default-ignorable characters would reorder or hide text on the screen.
func TestLineDropsInvisibleCharacters(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"right-to-left override", "abc\u202edef", "abcdef"},
		{"isolates", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"embeddings and marks", "\u202aa\u202bb\u202cc\u200ed\u200f\u061c", "abcd"},
		{"zero-width only", "\u200b\u200c\u200d\ufeff", ""},
		{"zero-width inside a word", "Bird\u200b dog", "Bird dog"},
		{"word joiner, invisible operators", "a\u2060b\u2061c\u2064", "abc"},
		{"soft hyphen", "Stret\u00adch", "Stretch"},
		{"Mongolian vowel separator", "a\u180eb", "ab"},
		{"Hangul fillers", "\u3164\u115f\u1160\uffa0x", "x"},
		{"variation selector and grapheme joiner", "a\ufe0f\u034fb", "ab"},
		{"tag characters", "a\U000e0001\U000e0041b", "ab"},
		{"interlinear annotation", "a\ufff9b\ufffbc", "abc"},
		{"line and paragraph separators are spaces", "a\u2028b\u2029c", "a b c"},
		{"other spaces collapse", "a\u00a0\u3000\u2003b", "a b"},
		{"a zero-width space between words keeps them apart only by the space", "a \u200b b", "a b"},
		{"accents kept", "Dehnu\u0308ng caf\u00e9", "Dehnu\u0308ng caf\u00e9"},
		{"emoji kept", "Stretch \U0001F4AA", "Stretch \U0001F4AA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := safetext.Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestLineRemovesWholeC1Sequences: a C1 introducer written as a character
// (U+009B is CSI) starts a sequence like ESC [ does, so its parameters go
// with it rather than showing as text.
func TestLineRemovesWholeC1Sequences(t *testing.T) {
	for in, want := range map[string]string{
		"\u009b31mred":              "red",
		"\u009b2J\u009b1;1Hclear":   "clear",
		"\u009d0;title\u009cafter":  "after",
		"\u009d52;c;eA==\aafter":    "after",
		"\u00901$qm\u009cafter":     "after",
		"\u009fapc\u009cafter":      "after",
		"\u009epm\u009cafter":       "after",
		"\u0098sos\u009cafter":      "after",
		"\x1b[31\u200bmred":         "red",
		"a\u0085b\u009bc":           "ab",
		"red\u009b":                 "red",
		"keep\u009b1A\u009b2K this": "keep this",
	} {
		if got := safetext.Line(in); got != want {
			t.Errorf("Line(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnsafe(t *testing.T) {
	for _, r := range []rune{0, '\a', '\x1b', 0x7f, 0x85, 0x9b, 0x200b, 0x200d, 0x202e, 0x2066, 0x2069, 0xfeff, 0x2028, 0x2029, 0x180e, 0x00ad, 0x3164, 0xfe0f, 0xe0041} {
		if !safetext.Unsafe(r) {
			t.Errorf("Unsafe(%U) = false, want true", r)
		}
	}
	for _, r := range []rune{' ', 'a', 'é', '\u0308', '日', '─', 0x1F4AA, 0xa0} {
		if safetext.Unsafe(r) {
			t.Errorf("Unsafe(%U) = true, want false", r)
		}
	}
}

func TestEscapeShowsInvisibleCharactersAndBadBytes(t *testing.T) {
	for in, want := range map[string]string{
		"evil\u202excod.yaml":   `evil\u202excod.yaml`,
		"\u2066a\u2069.yaml":    `\u2066a\u2069.yaml`,
		"\u200b\ufeff.yaml":     `\u200b\ufeff.yaml`,
		"raw\x9b2J.yaml":        `raw\x9b2J.yaml`,
		"bad\xff\xfe.yaml":      `bad\xff\xfe.yaml`,
		"日本.yaml":               "日本.yaml",
		"line\u2028break.yaml":  `line\u2028break.yaml`,
		"filler\u3164name.yaml": `filler\u3164name.yaml`,
	} {
		if got := safetext.Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}
