//go:build linux

package e2e

import (
	"regexp"
	"strings"
	"testing"
)

// sgrRE matches a select-graphic-rendition sequence, its parameters in 1.
var sgrRE = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// styling says whether out sets a colour (a foreground or background,
// of 16, 256 or 24-bit colours) and whether it sets bold.
func styling(out string) (colour, bold bool) {
	for _, m := range sgrRE.FindAllStringSubmatch(out, -1) {
	params:
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			switch {
			case p == "38" || p == "48": // the rest are the colour's
				colour = true
				break params
			case p == "1":
				bold = true
			case len(p) == 2 && strings.ContainsAny(p[:1], "349") && p[1] != '9',
				len(p) == 3 && strings.HasPrefix(p, "10"):
				colour = true
			}
		}
	}
	return colour, bold
}

// NO_COLOR takes the colour out of what backcoach draws on a terminal,
// and nothing else: the coach keeps its bold, and the history report is
// plain. Without it both are in colour.
func TestNoColorOnATerminal(t *testing.T) {
	needBinary(t)
	t.Parallel()
	for _, noColor := range []bool{true, false} {
		var extra []string
		if noColor {
			extra = []string{"NO_COLOR=1"}
		}
		home := t.TempDir()
		tm := startTermEnv(t, home, true, extra, "run", "upper-back")
		tm.waitFor("How does your back feel", shortWait)
		tm.send("\r")
		tm.waitFor("GET READY", shortWait)
		tm.send("\x03")
		tm.waitExit(0, exitWait)
		if colour, bold := styling(tm.raw()); colour == noColor || !bold {
			t.Errorf("the coach, NO_COLOR %v: colour %v, bold %v; want colour %v and bold", noColor, colour, bold, !noColor)
		}

		h := startTermEnv(t, home, true, extra, "history")
		h.waitFor("Streak:", shortWait)
		h.waitExit(0, exitWait)
		if colour, _ := styling(h.raw()); colour == noColor {
			t.Errorf("history, NO_COLOR %v: colour %v; want %v", noColor, colour, !noColor)
		}
	}
}
