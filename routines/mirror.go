package routines

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/backcoach/backcoach/internal/text/words"
)

// leftRight finds the words left and right in any case.
var leftRight = regexp.MustCompile(`(?i)\b(left|right)\b`)

// MirrorText swaps the words "left" and "right", keeping their case:
// "Move your left ankle to your right knee." becomes "Move your right
// ankle to your left knee."
func MirrorText(s string) string {
	return leftRight.ReplaceAllStringFunc(s, func(w string) string {
		to := "left"
		if strings.EqualFold(w, "left") {
			to = "right"
		}
		return likeCase(w, to)
	})
}

// SwapText rewrites s for the second side of an exercise whose swap is
// pair: the first word reads as the second ("roll your shoulders forward"
// becomes "roll your shoulders back"), keeping its case. It is one way: a
// step that already names the second side ("repeat rolling your shoulders
// back") reads right on both sides. An empty pair swaps left and right.
func SwapText(s string, pair [2]string) string {
	if pair[0] == "" {
		return MirrorText(s)
	}
	re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(pair[0]) + `\b`)
	return re.ReplaceAllStringFunc(s, func(w string) string { return likeCase(w, pair[1]) })
}

// SwapPair names what changes on the second side, for the sheet and show:
// "left and right", or "forward becomes back".
func (e Exercise) SwapPair() string {
	if e.Swap[0] == "" {
		return "left and right swap"
	}
	return e.Swap[0] + " becomes " + e.Swap[1]
}

// likeCase writes to in the case of w: all capitals, a capital first, or
// as written.
func likeCase(w, to string) string {
	switch {
	case w == strings.ToUpper(w) && w != strings.ToLower(w):
		return strings.ToUpper(to)
	case startsUpper(w):
		return words.Capitalize(to)
	}
	return to
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// mirrorPairs are characters that a left-right flip turns into each other.
var mirrorPairs = map[rune]rune{}

func init() {
	for _, p := range []string{"/\\", "()", "<>", "[]", "{}", "╱╲", "┌┐", "└┘", "├┤", "╭╮", "╰╯", "┏┓", "┗┛", "┣┫",
		"╔╗", "╚╝", "╠╣", "▌▐", "◀▶", "←→", "↻↺", "⌐¬", "▖▗", "▘▝", "◜◝", "◟◞", "╼╾", "┍┑", "┕┙"} {
		a, b := []rune(p)[0], []rune(p)[1]
		mirrorPairs[a], mirrorPairs[b] = b, a
	}
}

// MirrorFigure flips a drawing left to right: each line is reversed within
// the drawing's width, and characters such as / and \ swap.
func MirrorFigure(lines []string) []string {
	width := 0
	for _, l := range lines {
		width = max(width, ansi.StringWidth(l))
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		rs := []rune(l + strings.Repeat(" ", width-ansi.StringWidth(l)))
		for a, b := 0, len(rs)-1; a < b; a, b = a+1, b-1 {
			rs[a], rs[b] = rs[b], rs[a]
		}
		for j, r := range rs {
			if m, ok := mirrorPairs[r]; ok {
				rs[j] = m
			}
		}
		out[i] = strings.TrimRight(string(rs), " ")
	}
	return out
}

// Mirrored reports whether side i is shown mirrored: the second side of an
// exercise that asks for it.
func (e Exercise) Mirrored(side int) bool { return e.Mirror && side == 1 }

// StepsOn are the exercise's steps for side i, mirrored on the second side
// when the exercise asks for it.
func (e Exercise) StepsOn(side int) []string {
	if !e.Mirrored(side) {
		return e.Steps
	}
	out := make([]string, len(e.Steps))
	for i, s := range e.Steps {
		out[i] = SwapText(s, e.Swap)
	}
	return out
}

// CueOn is the exercise's cue for side i.
func (e Exercise) CueOn(side int) string {
	if e.Mirrored(side) {
		return SwapText(e.Cue, e.Swap)
	}
	return e.Cue
}

// SetupOn is what to get into before side i: the setup, or the first
// step.
func (e Exercise) SetupOn(side int) string {
	s := e.Setup
	if s == "" && len(e.Steps) > 0 {
		s = e.Steps[0]
	}
	if e.Mirrored(side) {
		return SwapText(s, e.Swap)
	}
	return s
}

// FigureOn is frame n (counted round) of the figure for side i, nil when
// the exercise has none.
func (e Exercise) FigureOn(side, n int) []string {
	if len(e.Figure) == 0 {
		return nil
	}
	f := e.Figure[((n%len(e.Figure))+len(e.Figure))%len(e.Figure)]
	if e.Mirrored(side) {
		return MirrorFigure(f)
	}
	return f
}

// IsSwitch reports whether step st of this exercise is the rest between
// its two sides of one rep, and the sides are sides of the body (left and
// right): "Switch sides" then, rather than "Rest".
func (e Exercise) IsSwitch(st Step) bool {
	if !st.SwitchesSides() {
		return false
	}
	for _, s := range e.Sides {
		if !leftRight.MatchString(s) {
			return false
		}
	}
	return len(e.Sides) > 1
}
