package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// A font draws the countdown's digits in block characters, readable from
// a yoga mat. Each glyph is rows lines of equal width.
type font struct {
	rows   int
	glyphs map[rune][]string
}

// halfBlock is three rows of half blocks.
var halfBlock = font{rows: 3, glyphs: map[rune][]string{
	'0': {"█▀█", "█ █", "▀▀▀"},
	'1': {"▀█ ", " █ ", "▀▀▀"},
	'2': {"▀▀█", "█▀▀", "▀▀▀"},
	'3': {"▀▀█", " ▀█", "▀▀▀"},
	'4': {"█ █", "▀▀█", "  ▀"},
	'5': {"█▀▀", "▀▀█", "▀▀▀"},
	'6': {"█▀▀", "█▀█", "▀▀▀"},
	'7': {"▀▀█", "  █", "  ▀"},
	'8': {"█▀█", "█▀█", "▀▀▀"},
	'9': {"█▀█", "▀▀█", "▀▀▀"},
	':': {" ", "▀", "▀"},
}}

// fonts are the big fonts, smallest first.
var fonts = []font{halfBlock}

// fontsFor are the fonts in which text fits width, smallest first.
func fontsFor(text string, width int) []font {
	var out []font
	for _, f := range fonts {
		if f.width(text) <= width {
			out = append(out, f)
		}
	}
	return out
}

// width is how wide text is in the font.
func (f font) width(text string) int {
	n := 0
	for i, r := range text {
		if g, ok := f.glyphs[r]; ok {
			if i > 0 {
				n++
			}
			n += lipgloss.Width(g[0])
		}
	}
	return n
}

// render draws text (digits and colons) in the font, one space between
// glyphs.
func (f font) render(text string, style lipgloss.Style) []string {
	rows := make([]strings.Builder, f.rows)
	for i, r := range text {
		g, ok := f.glyphs[r]
		if !ok {
			continue
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteByte(' ')
			}
			rows[j].WriteString(g[j])
		}
	}
	out := make([]string, f.rows)
	for j := range rows {
		out[j] = style.Render(rows[j].String())
	}
	return out
}
