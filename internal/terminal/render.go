package terminal

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// cell is one column of the screen: the grapheme it shows and the SGR
// sequences in effect for it, as the view wrote them. A wide grapheme's
// second column is a cell of width 0.
type cell struct {
	g     string
	style string
	w     int8
}

var blank = cell{g: " ", w: 1}

// parseLine turns one line of a view into width cells: escape sequences
// set the style of what follows (SGR) or are dropped (anything else), and
// the line is cut or padded with blanks to width. A wide grapheme that
// would cross the right edge becomes a blank.
func parseLine(line string, width int, cells []cell) []cell {
	cells = cells[:0]
	style := ""
	for i := 0; i < len(line) && len(cells) < width; {
		b := line[i]
		switch {
		case b == ansi.ESC:
			n, sgr, params := escape(line[i:])
			if sgr {
				switch {
				case params == "" || params == "0":
					style = ""
				case strings.HasPrefix(params, "0;"):
					style = line[i : i+n]
				default:
					style += line[i : i+n]
				}
			}
			i += n
		case b < 0x20 || b == 0x7f:
			i++ // a control character takes no cell
		case b < 0x80 && (i+1 == len(line) || line[i+1] < 0x80):
			// ASCII not followed by a combining mark: one cell, fast.
			cells = append(cells, cell{g: line[i : i+1], style: style, w: 1})
			i++
		case boxAt(line, i) && (i+3 == len(line) || line[i+3] < 0x80 || boxAt(line, i+3)):
			// Box drawing and blocks (the digits, bars and bands), not
			// followed by a combining mark: one cell, fast.
			cells = append(cells, cell{g: line[i : i+3], style: style, w: 1})
			i += 3
		default:
			g, w := ansi.FirstGraphemeCluster(line[i:], ansi.GraphemeWidth)
			i += len(g)
			switch {
			case w <= 0:
				continue // nothing to show on its own
			case w == 2 && len(cells)+2 > width:
				cells = append(cells, cell{g: " ", style: style, w: 1})
			case w == 2:
				cells = append(cells, cell{g: g, style: style, w: 2}, cell{style: style})
			default:
				cells = append(cells, cell{g: g, style: style, w: 1})
			}
		}
	}
	for len(cells) < width {
		cells = append(cells, blank)
	}
	return cells
}

// boxAt reports whether a box-drawing or block character (U+2500 to
// U+259F, three bytes in UTF-8) starts at s[i].
func boxAt(s string, i int) bool {
	if i+2 >= len(s) || s[i] != 0xe2 {
		return false
	}
	return s[i+1] == 0x94 || s[i+1] == 0x95 || s[i+1] == 0x96 && s[i+2] < 0xa0
}

// escape measures the escape sequence at the start of s: its length, and,
// for an SGR sequence (CSI ... m), its parameters.
func escape(s string) (n int, sgr bool, params string) {
	if len(s) < 2 {
		return len(s), false, ""
	}
	switch s[1] {
	case '[': // CSI: parameters and intermediates, then a final byte
		for j := 2; j < len(s); j++ {
			if c := s[j]; c >= 0x40 && c <= 0x7e {
				return j + 1, c == 'm', s[2:j]
			}
		}
		return len(s), false, ""
	case ']', 'P', '_', '^', 'X': // OSC and other strings: to BEL or ST
		for j := 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1, false, ""
			}
			if s[j] == ansi.ESC && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2, false, ""
			}
		}
		return len(s), false, ""
	}
	return 2, false, ""
}

// renderer keeps what the screen shows and writes what changes.
type renderer struct {
	w, h  int
	lines []string // the last view's lines, to skip unchanged ones fast
	cells [][]cell // what each row shows; nil for a blank row
	spare []cell
	blank []cell // a row of blanks, for rows a view leaves out
	pen   string // the style the terminal writes with now
	out   bytes.Buffer
}

func (r *renderer) resize(w, h int) {
	r.w, r.h = w, h
	r.lines, r.cells = nil, nil
}

// moveTo positions the cursor at a 0-based row and column.
func (r *renderer) moveTo(row, col int) {
	r.out.WriteString("\x1b[")
	r.out.WriteString(strconv.Itoa(row + 1))
	r.out.WriteByte(';')
	r.out.WriteString(strconv.Itoa(col + 1))
	r.out.WriteByte('H')
}

// setPen switches the written style to style.
func (r *renderer) setPen(style string) {
	if style == r.pen {
		return
	}
	if r.pen != "" {
		r.out.WriteString("\x1b[0m")
	}
	r.out.WriteString(style)
	r.pen = style
}

// frame writes to r.out what turns the screen into view: everything when
// nothing is known of the screen (the first frame, after a resize), and
// otherwise only the runs of cells that changed.
func (r *renderer) frame(view string) {
	lines := strings.Split(view, "\n")
	full := r.cells == nil
	if full {
		r.cells = make([][]cell, r.h)
		r.lines = make([]string, r.h)
		r.setPen("")
		r.out.WriteString("\x1b[H\x1b[2J")
	}
	for y := 0; y < r.h; y++ {
		line := ""
		if y < len(lines) {
			line = lines[y]
		}
		if !full && line == r.lines[y] {
			continue
		}
		r.lines[y] = line
		old := r.cells[y]
		if full {
			old = nil
		}
		if line == "" {
			// A blank row is kept as nil: the rows under a view cost
			// nothing, however tall the window.
			if old != nil {
				r.row(y, old, r.blankRow())
				r.spare = old[:0]
			}
			r.cells[y] = nil
			continue
		}
		next := parseLine(line, r.w, r.spare)
		r.row(y, old, next)
		r.spare, r.cells[y] = old[:0], next
	}
}

// blankRow is a row of blanks as wide as the screen.
func (r *renderer) blankRow() []cell {
	if len(r.blank) != r.w {
		r.blank = parseLine("", r.w, nil)
	}
	return r.blank
}

// row writes the runs of cells of row y that differ from old (nil: the
// row is blank on the screen).
func (r *renderer) row(y int, old, next []cell) {
	same := func(x int) bool {
		if old == nil {
			return next[x] == blank
		}
		return old[x] == next[x]
	}
	for x := 0; x < len(next); {
		if same(x) {
			x++
			continue
		}
		if next[x].w == 0 && x > 0 {
			x-- // start at the wide grapheme this column belongs to
		}
		// The run goes on through short stretches of equal cells: a few
		// cells cost less than a new cursor move.
		end, gap := x, 0
		for j := x; j < len(next) && gap <= 4; j++ {
			if same(j) {
				gap++
				continue
			}
			end, gap = j+1, 0
		}
		if end < len(next) && next[end].w == 0 {
			end++ // and end after a wide grapheme's second column
		}
		r.moveTo(y, x)
		if blankFrom(next, x) {
			r.setPen("")
			r.out.WriteString("\x1b[K") // the rest of the row is blank
			return
		}
		for ; x < end; x++ {
			if next[x].w == 0 {
				continue
			}
			r.setPen(next[x].style)
			r.out.WriteString(next[x].g)
		}
	}
}

// blankFrom reports whether the cells from x on are all blank.
func blankFrom(cells []cell, x int) bool {
	for ; x < len(cells); x++ {
		if cells[x] != blank {
			return false
		}
	}
	return true
}
