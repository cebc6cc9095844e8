// Package fit fits text into terminal cells: it measures text that may
// hold styles (ANSI escape sequences) in cells, wraps it at words, and
// cuts what does not fit at a word with "…", never through a number. It
// is how every screen of backcoach makes its lines fit the window, and
// knows nothing of the screens.
package fit

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/cellbuf"
)

// Width is the cells the widest line of s takes, styles left out.
func Width(s string) int {
	w := 0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

// Wrap wraps text (which may hold styles) at words to width cells, a
// word longer than the width broken inside, and puts indent before each
// line. Tabs are four spaces; no line ends in a space.
func Wrap(text string, width int, indent string) []string {
	text = strings.ReplaceAll(text, "\t", "    ")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	ls := strings.Split(cellbuf.Wrap(text, max(1, width), ""), "\n")
	for i, l := range ls {
		ls[i] = indent + strings.TrimRight(l, " ")
	}
	return ls
}

// Truncate fits s (which may hold styles) into w cells: text that does
// not fit is cut at a word and ends in "…". A number is never cut, nor
// left at the end without the word it counts ("0 of 2 holds · 2 s" would
// read as 2 seconds): the cut goes before it. Only a word longer than
// half the room (a path) is cut inside, still with "…".
func Truncate(s string, w int) string {
	if Width(s) <= w {
		return s
	}
	return cutAt(s, w)
}

// Continued marks that more follows s: s with "…" after it, cut to fit
// w cells as Truncate cuts.
func Continued(s string, w int) string {
	if Width(s)+1 <= w {
		return s + "…"
	}
	return cutAt(s, w)
}

// Cut keeps the first n lines, marking a cut with "…" at the end of the
// last one kept, within width.
func Cut(lines []string, n, width int) []string {
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:max(0, n)]...)
	if n > 0 {
		out[n-1] = Continued(out[n-1], width)
	}
	return out
}

// Indent puts prefix before every line.
func Indent(lines []string, prefix string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = prefix + l
	}
	return out
}

// Spread puts left and right on one line of w cells, left at the start
// and right at the end, cutting left (or, when right alone is too wide,
// right) to make them fit.
func Spread(left, right string, w int) string {
	lw, rw := Width(left), Width(right)
	if lw+rw+2 > w {
		if rw > w {
			return Truncate(right, w)
		}
		left = Truncate(left, max(0, w-rw-2))
		lw = Width(left)
	}
	return left + strings.Repeat(" ", max(1, w-lw-rw)) + right
}

// Center puts s in the middle of w cells, with spaces before it.
func Center(s string, w int) string {
	return strings.Repeat(" ", max(0, (w-Width(s))/2)) + s
}

// IsNumber reports whether a word is a count or a time with no word of
// its own: "2", "3:25", "3-5". "5s" and "rep" are words.
func IsNumber(word string) bool {
	return strings.IndexFunc(word, unicode.IsDigit) >= 0 && strings.IndexFunc(word, unicode.IsLetter) < 0
}

// cutAt cuts s to w cells at a word, ending in "…".
func cutAt(s string, w int) string {
	if w <= 0 {
		return ""
	}
	plain := []rune(ansi.Strip(s))
	fits := []rune(ansi.Truncate(string(plain), w-1, ""))
	keep := len(fits)
	if keep < len(plain) && !unicode.IsSpace(plain[keep]) {
		// The cut is inside a word: go back to the space before it, unless
		// the word is most of the room; and never cut through a number.
		i := keep
		for i > 0 && !unicode.IsSpace(plain[i-1]) {
			i--
		}
		if strings.TrimSpace(string(plain[:i])) != "" && keep-i <= ansi.StringWidth(string(fits))/2 {
			keep = i
		}
		for keep > i && splitsNumber(plain, keep) {
			keep--
		}
	}
	for {
		keep = trimEnd(plain, keep)
		// A number left last without the word it counts ("2" of "2
		// skipped") goes too.
		i := keep
		for i > 0 && !unicode.IsSpace(plain[i-1]) {
			i--
		}
		if i == keep || !IsNumber(string(plain[i:keep])) || !wordAfter(plain, keep) {
			break
		}
		keep = i
	}
	return ansi.Truncate(s, ansi.StringWidth(string(plain[:keep])), "") + "…"
}

// splitsNumber reports whether a cut before r[i] goes through a number:
// "1|0", "3:|25".
func splitsNumber(r []rune, i int) bool {
	if i <= 0 || i >= len(r) {
		return false
	}
	part := func(c rune) bool { return unicode.IsDigit(c) || strings.ContainsRune(":.,-", c) }
	return part(r[i-1]) && part(r[i]) && (unicode.IsDigit(r[i-1]) || unicode.IsDigit(r[i]))
}

// trimEnd drops spaces and separators (" · ", ", ", ": ", "(") from the
// end of the first n runes.
func trimEnd(r []rune, n int) int {
	for n > 0 && (unicode.IsSpace(r[n-1]) || strings.ContainsRune("·,:;(–—-/", r[n-1])) {
		n--
	}
	return n
}

// wordAfter reports whether a word follows r[i:] after spaces.
func wordAfter(r []rune, i int) bool {
	for i < len(r) && unicode.IsSpace(r[i]) {
		i++
	}
	return i < len(r) && unicode.IsLetter(r[i])
}
