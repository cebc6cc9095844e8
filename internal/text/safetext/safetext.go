// Package safetext keeps text from files and the command line from acting
// on a terminal: the one test of what is unsafe to print, and the two ways
// of making text safe (drop it, or show it escaped).
package safetext

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Unsafe reports whether r must not reach a terminal as it is: a control
// character (Control), or a character that shows nothing yet changes how
// the text around it shows (Invisible).
func Unsafe(r rune) bool { return Control(r) || Invisible(r) }

// Control reports whether r is a C0 or C1 control character, or DEL: the
// characters that start escape sequences, ring the bell or move the cursor.
func Control(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// Invisible reports whether r is drawn as nothing but can reorder, hide or
// disguise the text around it: the format characters (Unicode category
// Cf: the bidi controls U+202A-202E, U+2066-2069, U+200E/200F and U+061C,
// the zero-width space, joiners and word joiner, the BOM U+FEFF, the soft
// hyphen, U+180E, tag characters), the line and paragraph separators
// U+2028/2029, and the other default-ignorable characters (Hangul fillers
// such as U+3164 that pass for letters, U+034F, variation selectors).
//
// Dropping ZWJ and ZWNJ costs some emoji sequences and some scripts' finer
// joining; a shared routine file is not worth the risk of a name that
// reads differently from what it is, or reads as nothing.
func Invisible(r rune) bool {
	if r < 0xad {
		return false // the common case: ASCII and Latin-1 letters
	}
	return r == 0x2028 || r == 0x2029 ||
		unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector)
}

// c1Intro maps the C1 characters that open or close a sequence to their
// 7-bit forms (ESC and a letter), so that one parser removes a sequence
// whole however it is written: "\u009b31m" is "\x1b[31m".
var c1Intro = map[rune]string{
	0x90: "\x1bP",  // DCS
	0x98: "\x1bX",  // SOS
	0x9b: "\x1b[",  // CSI
	0x9c: "\x1b\\", // ST
	0x9d: "\x1b]",  // OSC
	0x9e: "\x1b^",  // PM
	0x9f: "\x1b_",  // APC
}

// Line makes text safe for one line of a terminal: escape sequences are
// removed whole (ESC or C1 introduced), invisible characters are dropped,
// line breaks, tabs and other spaces become one space, other unsafe
// characters are dropped, and the ends are trimmed.
func Line(s string) string {
	if isLine(s) {
		return s // most text: nothing to do, and no copy
	}
	// Invisible characters go first, so that one inside a sequence does
	// not cut it short and leave its tail as text; C1 introducers become
	// ESC forms for ansi.Strip.
	if strings.ContainsFunc(s, func(r rune) bool { return Invisible(r) || (r >= 0x80 && r < 0xa0) }) {
		var b strings.Builder
		for _, r := range s {
			switch {
			case c1Intro[r] != "":
				b.WriteString(c1Intro[r])
			case Invisible(r) && r != 0x2028 && r != 0x2029:
			default:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	s = ansi.Strip(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == 0x2028 || r == 0x2029 || (unicode.IsSpace(r) && !Control(r)):
			space = true
			continue
		case Unsafe(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isLine reports whether Line would return s as it is: valid UTF-8 with
// no unsafe characters, no spaces but single ' ' between words.
func isLine(s string) bool {
	space := true // no space at the start
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
			continue
		case r == utf8.RuneError, r < 0x80 && Control(r), r >= 0x80 && (Unsafe(r) || unicode.IsSpace(r)):
			return false
		}
		space = false
	}
	return !space || s == ""
}

// Escape shows unsafe characters (ESC among them, and the invisible ones)
// as Go escapes, and bytes that are not UTF-8 as \xNN, so that a file name
// or a message can be printed without acting on the terminal and shows
// what is really there.
func Escape(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, Unsafe) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case Control(r):
			q := strconv.QuoteRune(r) // \a, \t, \x1b, \u009b
			b.WriteString(q[1 : len(q)-1])
		case Invisible(r) && r > 0xffff:
			b.WriteString(`\U` + strconv.FormatUint(uint64(r)|1<<32, 16)[1:])
		case Invisible(r):
			// Not QuoteRune: it keeps letters such as U+3164 as they are.
			b.WriteString(`\u` + strconv.FormatUint(uint64(r)|1<<16, 16)[1:])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
