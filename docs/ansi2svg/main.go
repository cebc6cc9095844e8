// Command ansi2svg turns a terminal capture with colours (tmux capture-pane
// -p -e) into an SVG picture of a terminal window. docs/picture.sh uses it
// for the README's picture of a hold.
//
//	ansi2svg [-cols 80] [-rows 24] [-title TEXT] < capture.txt > screen.svg
//
// It understands the SGR attributes a capture holds (colours in 16, 256 and
// 24-bit form, bold, faint, italic, reverse) and drops every other escape sequence.
// Each run of same-styled cells becomes one <text>; the block elements the
// big digits are made of (█ ▀ ▄ ▔) become rectangles instead, so the digits
// show without seams whatever font the viewer has.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The window's geometry, in px: a cell is 8.4x17 at font-size 14.
const (
	cellW    = 8.4
	cellH    = 17.0
	fontSize = 14
	baseline = 13 // from the top of a cell to the text's baseline
	pad      = 16 // around the grid, inside the window
	titleH   = 32 // the title bar
	radius   = 8
)

const fontFamily = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"

// The window's own colours: the default background and foreground of the
// terminal the capture is drawn in. backcoach assumes a dark background
// without COLORFGBG, so the picture shows a dark one.
const (
	defaultBG = "#1c1c1c"
	defaultFG = "#d0d0d0"
	titleBG   = "#2e2e2e"
	titleFG   = "#9e9e9e"
)

func main() {
	cols := flag.Int("cols", 80, "columns of the terminal")
	rows := flag.Int("rows", 24, "rows of the terminal")
	title := flag.String("title", "", "the window's title")
	flag.Parse()
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ansi2svg: reading stdin:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	render(w, parse(string(in)), *cols, *rows, *title)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "ansi2svg: writing stdout:", err)
		os.Exit(1)
	}
}

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

// block is the part of a cell a block element fills, in eighths of its
// height from the top.
type block struct{ top, bottom int }

var blocks = map[string]block{
	"█": {0, 8},
	"▀": {0, 4},
	"▄": {4, 8},
	"▔": {0, 1},
}

func isBlock(s string) bool {
	_, ok := blocks[s]
	return ok
}

// render writes the SVG of a cols x rows terminal showing grid.
func render(w io.Writer, grid [][]cell, cols, rows int, title string) {
	width := 2*pad + float64(cols)*cellW
	height := titleH + 2*pad + float64(rows)*cellH
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n",
		num(width), num(height), num(width), num(height))
	fmt.Fprintf(w, `<rect width="%s" height="%s" rx="%d" fill="%s"/>`+"\n", num(width), num(height), radius, defaultBG)
	fmt.Fprintf(w, `<path d="M0 %d V%d A%d %d 0 0 1 %d 0 H%s A%d %d 0 0 1 %s %d V%d Z" fill="%s"/>`+"\n",
		titleH, radius, radius, radius, radius, num(width-radius), radius, radius, num(width), radius, titleH, titleBG)
	for i, c := range []string{"#ff5f57", "#febc2e", "#28c840"} {
		fmt.Fprintf(w, `<circle cx="%d" cy="%d" r="6" fill="%s"/>`+"\n", 20+20*i, titleH/2, c)
	}
	fmt.Fprintf(w, `<text x="%s" y="%d" fill="%s" font-family="%s" font-size="13" text-anchor="middle">%s</text>`+"\n",
		num(width/2), titleH/2+5, titleFG, fontFamily, escape(title))
	fmt.Fprintf(w, `<g font-family="%s" font-size="%d" xml:space="preserve">`+"\n", fontFamily, fontSize)
	for y, row := range grid {
		if y >= rows {
			break
		}
		renderRow(w, row[:min(len(row), cols)], pad, titleH+pad+float64(y)*cellH)
	}
	fmt.Fprintln(w, "</g>")
	fmt.Fprintln(w, "</svg>")
}

// renderRow writes one row at (x0, y0): backgrounds, then blocks, then text,
// each run of same-styled cells together.
func renderRow(w io.Writer, row []cell, x0, y0 float64) {
	for start := 0; start < len(row); {
		end := start + 1
		for end < len(row) && row[end].style == row[start].style {
			end++
		}
		run := row[start:end]
		fg, bg := run[0].style.colors()
		x := x0 + float64(start)*cellW
		if bg != defaultBG {
			fmt.Fprintf(w, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n",
				num(x), num(y0), num(float64(len(run))*cellW), num(cellH), bg)
		}
		renderBlocks(w, run, x, y0, fg)
		renderText(w, run, x, y0, fg, run[0].style)
		start = end
	}
}

// renderBlocks draws the run's block elements, one rectangle for each
// stretch of the same block.
func renderBlocks(w io.Writer, run []cell, x0, y0 float64, fg string) {
	for i := 0; i < len(run); {
		b, ok := blocks[run[i].text]
		if !ok {
			i++
			continue
		}
		j := i + 1
		for j < len(run) && run[j].text == run[i].text {
			j++
		}
		fmt.Fprintf(w, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n",
			num(x0+float64(i)*cellW), num(y0+float64(b.top)*cellH/8),
			num(float64(j-i)*cellW), num(float64(b.bottom-b.top)*cellH/8), fg)
		i = j
	}
}

// renderText writes the run's other graphemes as one <text>, its leading
// and trailing blanks left out, stretched to exactly its columns so it
// lines up with the grid in any monospace font.
func renderText(w io.Writer, run []cell, x0, y0 float64, fg string, st style) {
	var b strings.Builder
	for _, c := range run {
		switch {
		case c.width == 0:
		case isBlock(c.text):
			b.WriteString(strings.Repeat(" ", c.width))
		default:
			b.WriteString(c.text)
		}
	}
	text := b.String()
	trimmed := strings.TrimLeft(text, " ")
	lead := len(text) - len(trimmed) // spaces are one byte and one column
	trimmed = strings.TrimRight(trimmed, " ")
	if trimmed == "" {
		return
	}
	font := ""
	if st.bold {
		font += ` font-weight="bold"`
	}
	if st.italic {
		font += ` font-style="italic"`
	}
	fmt.Fprintf(w, `<text x="%s" y="%s" fill="%s"%s textLength="%s" lengthAdjust="spacingAndGlyphs">%s</text>`+"\n",
		num(x0+float64(lead)*cellW), num(y0+baseline), fg, font,
		num(float64(ansi.StringWidthWc(trimmed))*cellW), escape(trimmed))
}

// escape makes text safe inside an XML element or attribute.
var escape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace

// num prints a coordinate to two decimals at most.
func num(f float64) string {
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}
