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
