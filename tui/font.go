package tui

import (
	"strings"
	"sync"

	"github.com/charmbracelet/lipgloss"
)

// bitmaps are the countdown's glyphs, 3 by 5 pixels ('#' on).
var bitmaps = map[rune][5]string{
	'0': {"###", "# #", "# #", "# #", "###"},
	'1': {"## ", " # ", " # ", " # ", "###"},
	'2': {"###", "  #", "###", "#  ", "###"},
	'3': {"###", "  #", " ##", "  #", "###"},
	'4': {"# #", "# #", "###", "  #", "  #"},
	'5': {"###", "#  ", "###", "  #", "###"},
	'6': {"###", "#  ", "###", "# #", "###"},
	'7': {"###", "  #", "  #", "  #", "  #"},
	'8': {"###", "# #", "###", "# #", "###"},
	'9': {"###", "# #", "###", "  #", "###"},
	':': {" ", " ", "#", " ", "#"},
}

// A font draws the countdown's digits in half blocks: each pixel of a
// bitmap scaled up, two pixel rows to a terminal row, so that pixels are
// about square. Scale 1 is three rows high; the largest that fits the
// window is used, readable from a yoga mat.
type font struct {
	scale  int
	rows   int
	gap    int // columns between glyphs
	glyphs map[rune][]string
}

// maxScale is the largest font: 38 rows, for very large windows.
const maxScale = 15

// fontCache holds each scale's font once made: they are made when first
// needed, not at start-up (all of them take about 2 ms).
var fontCache [maxScale]struct {
	once sync.Once
	f    font
}

// fontAt is the font of scale s (1 to maxScale).
func fontAt(s int) font {
	c := &fontCache[s-1]
	c.once.Do(func() { c.f = scaled(s) })
	return c.f
}

// glyphWidth is the width of a glyph at scale 1, and of the colon.
const glyphWidth, colonWidth = 3, 1

// scaled renders every bitmap at scale s.
func scaled(s int) font {
	f := font{scale: s, rows: fontRows(s), gap: s, glyphs: map[rune][]string{}}
	for r, bm := range bitmaps {
		w := len(bm[0]) * s
		on := func(x, y int) bool { return y < 5*s && bm[y/s][x/s] == '#' }
		lines := make([]string, f.rows)
		for row := range f.rows {
			var b strings.Builder
			for x := range w {
				top, bottom := on(x, 2*row), on(x, 2*row+1)
				switch {
				case top && bottom:
					b.WriteRune('█')
				case top:
					b.WriteRune('▀')
				case bottom:
					b.WriteRune('▄')
				default:
					b.WriteByte(' ')
				}
			}
			lines[row] = b.String()
		}
		f.glyphs[r] = lines
	}
	return f
}

// scalesFor are the scales at which text fits width, smallest first.
// Only the one drawn is made into a font.
func scalesFor(text string, width int) []int {
	var out []int
	for s := 1; s <= maxScale && textWidth(text, s) <= width; s++ {
		out = append(out, s)
	}
	return out
}

// fontRows is how many rows the font of scale s takes.
func fontRows(s int) int { return (5*s + 1) / 2 }

// textWidth is how wide text (digits and colons) is at scale s.
func textWidth(text string, s int) int {
	n := 0
	for i, r := range text {
		if i > 0 {
			n += s
		}
		if r == ':' {
			n += colonWidth * s
		} else {
			n += glyphWidth * s
		}
	}
	return n
}

// lines draws text (digits and colons) in the font, unstyled.
func (f font) lines(text string) []string {
	rows := make([]strings.Builder, f.rows)
	gap := strings.Repeat(" ", f.gap)
	for i, r := range text {
		g, ok := f.glyphs[r]
		if !ok {
			continue
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteString(gap)
			}
			rows[j].WriteString(g[j])
		}
	}
	out := make([]string, f.rows)
	for j := range rows {
		out[j] = rows[j].String()
	}
	return out
}

// render draws text (digits and colons) in the font, styled.
func (f font) render(text string, style lipgloss.Style) []string {
	out := f.lines(text)
	for j := range out {
		out[j] = style.Render(out[j])
	}
	return out
}
