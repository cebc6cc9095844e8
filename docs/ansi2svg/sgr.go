package main

// Reading a capture: the cells of each row and the SGR styles they carry.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// style is what SGR sets. Colours are "#rrggbb", or "" for the terminal's
// default.
type style struct {
	fg, bg                       string
	bold, faint, italic, reverse bool
}

// cell is one grapheme on the grid and the columns it takes (1 or 2); the
// column after a wide grapheme holds a cell of width 0.
type cell struct {
	text  string
	width int
	style style
}

// parse reads a capture into rows of cells. The style carries from one line
// to the next, as in the terminal.
func parse(capture string) [][]cell {
	capture = strings.TrimSuffix(capture, "\n")
	var grid [][]cell
	var st style
	for line := range strings.SplitSeq(capture, "\n") {
		var row []cell
		var state byte
		for len(line) > 0 {
			seq, width, n, newState := ansi.DecodeSequenceWc(line, state, nil)
			state = newState
			line = line[n:]
			switch {
			case width > 0:
				row = append(row, cell{text: seq, width: width, style: st})
				for range width - 1 {
					row = append(row, cell{style: st})
				}
			case seq == "\t":
				for {
					row = append(row, cell{text: " ", width: 1, style: st})
					if len(row)%8 == 0 {
						break
					}
				}
			case strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m"):
				st = applySGR(st, seq[2:len(seq)-1])
			}
			// Any other control or escape sequence draws nothing.
		}
		grid = append(grid, row)
	}
	return grid
}

// applySGR applies the parameters of one SGR sequence ("1;38;5;208").
// Colons (38:2::r:g:b) are read like semicolons, with the empty colour
// space id dropped.
func applySGR(st style, params string) style {
	var ps []int
	for _, group := range strings.Split(params, ";") {
		sub := strings.Split(group, ":")
		if len(sub) == 6 && sub[1] == "2" { // 38:2:id:r:g:b
			sub = append(sub[:2], sub[3:]...)
		}
		for _, s := range sub {
			n, _ := strconv.Atoi(s) // an empty parameter is 0
			ps = append(ps, n)
		}
	}
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		switch {
		case p == 0:
			st = style{}
		case p == 1:
			st.bold = true
		case p == 2:
			st.faint = true
		case p == 22:
			st.bold, st.faint = false, false
		case p == 3:
			st.italic = true
		case p == 23:
			st.italic = false
		case p == 7:
			st.reverse = true
		case p == 27:
			st.reverse = false
		case p >= 30 && p <= 37:
			st.fg = palette(p - 30)
		case p >= 90 && p <= 97:
			st.fg = palette(p - 90 + 8)
		case p == 39:
			st.fg = ""
		case p >= 40 && p <= 47:
			st.bg = palette(p - 40)
		case p >= 100 && p <= 107:
			st.bg = palette(p - 100 + 8)
		case p == 49:
			st.bg = ""
		case p == 38 || p == 48:
			c, used := extendedColor(ps[i+1:])
			i += used
			if c == "" {
				continue
			}
			if p == 38 {
				st.fg = c
			} else {
				st.bg = c
			}
		}
	}
	return st
}

// extendedColor reads what follows a 38 or 48: "5;n" or "2;r;g;b". It
// returns the colour ("" if malformed) and how many parameters it used.
func extendedColor(ps []int) (string, int) {
	switch {
	case len(ps) >= 2 && ps[0] == 5:
		return palette(ps[1]), 2
	case len(ps) >= 4 && ps[0] == 2:
		return rgb(ps[1], ps[2], ps[3]), 4
	}
	return "", len(ps)
}

// palette is xterm's 256-colour palette.
func palette(n int) string {
	base := [16]string{
		"#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
		"#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
	}
	switch {
	case n < 0 || n > 255:
		return ""
	case n < 16:
		return base[n]
	case n < 232:
		level := func(v int) int {
			if v == 0 {
				return 0
			}
			return 55 + 40*v
		}
		n -= 16
		return rgb(level(n/36), level(n/6%6), level(n%6))
	}
	g := 8 + 10*(n-232)
	return rgb(g, g, g)
}

func rgb(r, g, b int) string {
	clamp := func(v int) int { return min(255, max(0, v)) }
	return fmt.Sprintf("#%02x%02x%02x", clamp(r), clamp(g), clamp(b))
}

// colors resolves a style to the colours drawn: defaults filled in, faint
// mixed halfway to the background, reverse swapped.
func (s style) colors() (fg, bg string) {
	fg, bg = s.fg, s.bg
	if fg == "" {
		fg = defaultFG
	}
	if bg == "" {
		bg = defaultBG
	}
	if s.reverse {
		fg, bg = bg, fg
	}
	if s.faint {
		fg = mix(fg, bg)
	}
	return fg, bg
}

// mix is the colour halfway between two "#rrggbb".
func mix(a, b string) string {
	ch := func(c string, i int) int {
		v, _ := strconv.ParseUint(c[1+2*i:3+2*i], 16, 8)
		return int(v)
	}
	return rgb((ch(a, 0)+ch(b, 0))/2, (ch(a, 1)+ch(b, 1))/2, (ch(a, 2)+ch(b, 2))/2)
}
