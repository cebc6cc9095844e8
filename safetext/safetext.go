// Package safetext keeps text from files and the command line from acting
// on a terminal: the one test of what is unsafe to print, and the two ways
// of making text safe (drop it, or show it escaped).
package safetext

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Unsafe reports whether r must not reach a terminal as it is: a C0 or C1
// control character, or DEL.
func Unsafe(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// Line makes text safe for one line of a terminal: escape sequences are
// removed whole, line breaks and tabs become spaces, other unsafe
// characters are dropped, and runs of spaces collapse.
func Line(s string) string {
	s = ansi.Strip(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == ' ' || r == '\u2028' || r == '\u2029':
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

// Escape shows unsafe characters (ESC among them) as Go escapes, so that a
// file name or a message can be printed without acting on the terminal.
func Escape(s string) string {
	if !strings.ContainsFunc(s, Unsafe) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if Unsafe(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
