package safetext_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// FuzzLine checks what Line and Escape promise for any text: nothing
// unsafe, no line breaks or runs of spaces, valid UTF-8, and Line is done
// in one go (cleaning clean text changes nothing).
func FuzzLine(f *testing.F) {
	for _, s := range []string{
		"Hold it straight.", "\x1b[31mred\x1b[0m", "\u009b31mred", "a\u202eb", "\u200b\u200c\u200d\ufeff",
		"\x1b]52;c;cm0gLXJmIH4=\a\x1b[2J", "a \u200b b", "\x1b[31\u200bmred", "bad\xff\xfe", " \u00a0x\u3000 ",
		"\u009d0;t\u009c", "\x1b\u009b", "\u0301\u0301", "Stretch \U0001F4AA",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := safetext.Line(s)
		if !utf8.ValidString(l) {
			t.Fatalf("Line(%q) = %q is not UTF-8", s, l)
		}
		if strings.ContainsFunc(l, safetext.Unsafe) {
			t.Fatalf("Line(%q) = %q keeps an unsafe character", s, l)
		}
		if strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") || strings.Contains(l, "  ") {
			t.Fatalf("Line(%q) = %q has spaces at an end or in a run", s, l)
		}
		if again := safetext.Line(l); again != l {
			t.Fatalf("Line(%q) = %q, and Line of that is %q", s, l, again)
		}
		e := safetext.Escape(s)
		if !utf8.ValidString(e) || strings.ContainsFunc(e, safetext.Unsafe) {
			t.Fatalf("Escape(%q) = %q keeps an unsafe character or a bad byte", s, e)
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, safetext.Unsafe) && e != s {
			t.Fatalf("Escape(%q) = %q changed safe text", s, e)
		}
	})
}
