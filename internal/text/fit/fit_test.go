package fit_test

import (
	"strings"
	"testing"

	"github.com/backcoach/backcoach/internal/text/fit"
)

// A bold red "warn", as a style renders it.
const red = "\x1b[1;31mwarn\x1b[0m"

func TestTruncateCutsAtAWordAndNeverANumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		w    int
		want string
	}{
		{"backcoach is not medical advice: for back pain", 38, "backcoach is not medical advice: for…"},
		{"Piriformis stretch  0 of 2 holds · 2 skipped", 38, "Piriformis stretch  0 of 2 holds…"},
		{"exercise 2 of 3 · 10:59 left", 20, "exercise 2 of 3…"},
		{"exercise 2 of 3 · 10:59 left", 16, "exercise 2 of 3…"},
		{"2 of 2 holds · 12 skipped", 17, "2 of 2 holds…"},
		{"rep 10 of 12", 6, "rep…"},
		{"/home/me/.config/backcoach/routines/x.yaml", 20, "/home/me/.config/ba…"},
		{"12345678", 5, "…"},
		{"fits", 4, "fits"},
		{"日本の体操 日本の体操", 12, "日本の体操…"},
		{"anything", 0, ""},
	} {
		if got := fit.Truncate(c.in, c.w); got != c.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		if got := fit.Width(fit.Truncate(c.in, c.w)); got > max(0, c.w) {
			t.Errorf("Truncate(%q, %d) is %d wide", c.in, c.w, got)
		}
	}
}

// Styles take no room, and a cut keeps them where the text they style
// is kept.
func TestStylesTakeNoRoom(t *testing.T) {
	if w := fit.Width(red + " ok\nlonger line"); w != 11 {
		t.Errorf("Width = %d, want 11 (the widest line, styles left out)", w)
	}
	if got := fit.Truncate(red, 4); got != red {
		t.Errorf("Truncate(%q, 4) = %q, want it whole", red, got)
	}
	if got := fit.Truncate(red+" and more words", 9); got != red+" and…" {
		t.Errorf("Truncate = %q, want the style kept and the cut at a word", got)
	}
}

func TestContinuedMarksMoreToCome(t *testing.T) {
	if got := fit.Continued("Tip text", 10); got != "Tip text…" {
		t.Errorf("Continued with room = %q", got)
	}
	if got := fit.Continued("Tip text", 8); got != "Tip…" {
		t.Errorf("Continued without room = %q, want a cut at a word", got)
	}
	got := fit.Cut([]string{"one two", "three four", "five"}, 2, 10)
	if strings.Join(got, "|") != "one two|three…" {
		t.Errorf("Cut = %q, want two lines, the last marked", got)
	}
	if got := fit.Cut([]string{"a", "b"}, 2, 10); len(got) != 2 || got[1] != "b" {
		t.Errorf("Cut of what fits = %q, want it as it was", got)
	}
	if got := fit.Cut([]string{"a", "b"}, 0, 10); len(got) != 0 {
		t.Errorf("Cut to none = %q", got)
	}
}

func TestWrapAtWords(t *testing.T) {
	for _, c := range []struct {
		in     string
		w      int
		indent string
		want   string
	}{
		{"Lie on your back with your knees bent", 16, "  ", "  Lie on your back|  with your knees|  bent"},
		{"a /very/long/path/that/goes/on here", 10, "", "a|/very/long|/path/that|/goes/on|here"},
		{"tab\there\r\nnext", 20, "", "tab    here|next"},
		{"日本の体操 日本の体操", 11, "", "日本の体操|日本の体操"},
		{"no room", 0, "", "n|o|r|o|o|m"},
	} {
		if got := strings.Join(fit.Wrap(c.in, c.w, c.indent), "|"); got != c.want {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
	for _, l := range fit.Wrap(red+" "+red+" "+red, 9, "") {
		if fit.Width(l) > 9 || strings.HasSuffix(l, " ") {
			t.Errorf("styled line %q: over 9 cells, or ends in a space", l)
		}
	}
}

func TestSpreadAndCenter(t *testing.T) {
	for _, c := range []struct {
		left, right string
		w           int
		want        string
	}{
		{"backcoach", "level: gentle", 30, "backcoach        level: gentle"},
		{"Piriformis stretch", "1 exercise · 2:30", 30, "Piriformis…  1 exercise · 2:30"},
		{"a", "a long right side", 8, "a long…"},
	} {
		if got := fit.Spread(c.left, c.right, c.w); got != c.want {
			t.Errorf("Spread(%q, %q, %d) = %q, want %q", c.left, c.right, c.w, got, c.want)
		}
	}
	if got := fit.Center("ab", 7); got != "  ab" {
		t.Errorf("Center = %q", got)
	}
	if got := fit.Center("too wide", 3); got != "too wide" {
		t.Errorf("Center of a wide text = %q, want it unpadded", got)
	}
	if got := fit.Indent([]string{"a", ""}, "> "); strings.Join(got, "|") != "> a|> " {
		t.Errorf("Indent = %q", got)
	}
}

func TestIsNumber(t *testing.T) {
	for w, want := range map[string]bool{"2": true, "3:25": true, "3-5": true, "10.": true, "5s": false, "rep": false, "": false, "·": false} {
		if got := fit.IsNumber(w); got != want {
			t.Errorf("IsNumber(%q) = %v, want %v", w, got, want)
		}
	}
}
