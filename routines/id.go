package routines

import (
	"strings"
	"unicode"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// Kebab turns a name into an id: "Bird Dog!" becomes "bird-dog", "Ñandú
// Rápido" becomes "ñandú-rápido", "日本" stays "日本". Words are runs of
// letters and decimal digits of any script (with the accents and vowel
// signs written after them), lower-cased and joined by single dashes;
// everything else, punctuation, spaces and whatever safetext would strip,
// separates words. An id is therefore safe to show as it is.
func Kebab(s string) string {
	var b strings.Builder
	dash, inWord := false, false
	for _, r := range strings.ToLower(s) {
		switch {
		case idChar(r) || (inWord && unicode.IsMark(r) && !safetext.Unsafe(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash, inWord = false, true
		default:
			dash, inWord = true, false
		}
	}
	return b.String()
}

// idChar reports whether r starts or continues a word of an id: a letter
// or a decimal digit that safetext keeps (not a Hangul filler, which
// passes for a letter and shows nothing).
func idChar(r rune) bool {
	return (unicode.IsLetter(r) || unicode.Is(unicode.Nd, r)) && !safetext.Unsafe(r)
}

// isID reports whether s is an id as Kebab writes them: lower-case words
// of letters and digits joined by single dashes.
func isID(s string) bool { return s != "" && Kebab(s) == s }
