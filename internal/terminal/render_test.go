package terminal

import (
	"bytes"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// vt is a small terminal: enough of one to read what the renderer writes
// (cursor moves, SGR, erase, text with wide characters, the alternate
// screen) and show the screen that results, cell by cell.
type vt struct {
	w, h     int
	cells    [][]cell
	row, col int
	pen      string
	// main is the main screen while the alternate one shows. resized says
	// the window changed size since: leaving the alternate screen then
	// brings its rows that are not blank back above the main screen's, as
	// tmux 3.3a does (it reflows them into its history at the old size,
	// and out again at the new one).
	main    [][]cell
	resized bool
}

func newVT(w, h int) *vt {
	v := &vt{w: w, h: h}
	v.clear()
	return v
}

func (v *vt) clear() {
	v.cells = make([][]cell, v.h)
	for y := range v.cells {
		v.cells[y] = blankRow(v.w)
	}
}

func blankRow(w int) []cell {
	row := make([]cell, w)
	for x := range row {
		row[x] = blank
	}
	return row
}

// resize takes a new window size: the alternate screen is cleared (a full
// repaint follows), the main screen keeps what fits.
func (v *vt) resize(w, h int) {
	fit := func(rows [][]cell) [][]cell {
		out := make([][]cell, h)
		for y := range out {
			out[y] = blankRow(w)
			if y < len(rows) {
				copy(out[y], rows[y])
			}
		}
		return out
	}
	v.w, v.h = w, h
	v.row, v.col = min(v.row, h-1), min(v.col, w-1)
	if v.main == nil {
		v.cells = fit(v.cells)
		return
	}
	v.main, v.resized = fit(v.main), true
	v.clear()
}

// leaveAlt shows the main screen again, with the alternate screen's rows
// that are not blank above it after a resize.
func (v *vt) leaveAlt() {
	if v.main == nil {
		return
	}
	var rows [][]cell
	if v.resized {
		for _, row := range v.cells {
			if !blankFrom(row, 0) {
				rows = append(rows, row)
			}
		}
	}
	v.cells = append(rows, v.main...)[:v.h]
	v.main, v.resized = nil, false
}

func (v *vt) feed(t *testing.T, out string) {
	t.Helper()
	for i := 0; i < len(out); {
		if out[i] == 0x1b {
			n, sgr, params := escape(out[i:])
			seq := out[i : i+n]
			switch {
			case sgr && (params == "" || params == "0"):
				v.pen = ""
			case sgr:
				v.pen += seq
			case seq == "\x1b[2J":
				v.clear()
			case seq == "\x1b[H":
				v.row, v.col = 0, 0
			case seq == "\x1b[K":
				for x := v.col; x < v.w; x++ {
					v.cells[v.row][x] = blank
				}
			case strings.HasSuffix(seq, "H"):
				rc := strings.Split(seq[2:len(seq)-1], ";")
				r, _ := strconv.Atoi(rc[0])
				c, _ := strconv.Atoi(rc[1])
				v.row, v.col = r-1, c-1
			case seq == "\x1b[?1049h":
				if v.main == nil {
					v.main = v.cells
					v.clear()
				}
			case seq == "\x1b[?1049l":
				v.leaveAlt()
			case strings.HasPrefix(seq, "\x1b[?"):
			default:
				t.Fatalf("the renderer wrote an unexpected sequence %q", seq)
			}
			i += n
			continue
		}
		if out[i] == '\a' {
			i++
			continue
		}
		text := out[i : i+nextText(out[i:])]
		for k := 0; k < len(text); {
			g, w := ansi.FirstGraphemeCluster(text[k:], ansi.GraphemeWidth)
			k += len(g)
			if w <= 0 {
				continue
			}
			if v.col+w > v.w {
				t.Fatalf("%q written past the right edge at row %d col %d", g, v.row, v.col)
			}
			v.write(cell{g: g, style: v.pen, w: int8(w)})
			v.col += w
		}
		i += len(text)
	}
}

// nextText is the length of the text before the next escape or bell.
func nextText(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b || s[i] == '\a' {
			return i
		}
	}
	return len(s)
}

// write puts a grapheme at the cursor as a terminal does: a wide
// character cut in half by it loses its other half.
func (v *vt) write(c cell) {
	row, x, w := v.cells[v.row], v.col, int(c.w)
	if row[x].w == 0 && x > 0 {
		row[x-1] = blank // the first half of a wide character written over
	}
	if last := x + w - 1; row[last].w == 2 && last+1 < v.w {
		row[last+1] = blank // the second half of one
	}
	row[x] = c
	if w == 2 {
		row[x+1] = cell{style: c.style}
	}
}

func (v *vt) screen() string {
	var b strings.Builder
	for _, row := range v.cells {
		for _, c := range row {
			b.WriteString(c.style + c.g + "|")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func wantScreen(view string, w, h int) string {
	lines := strings.Split(view, "\n")
	var b strings.Builder
	for y := 0; y < h; y++ {
		line := ""
		if y < len(lines) {
			line = lines[y]
		}
		for _, c := range parseLine(line, w, nil) {
			b.WriteString(c.style + c.g + "|")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Whatever views follow each other, the screen the renderer's output
// makes is the view: checked on a small terminal, over random views
// with styles, wide characters, short and long lines, and resizes.
func TestTheScreenIsAlwaysTheView(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "b", " ", "  ", "█", "▀", "·", "人", "日本", "e\u0301", "\x1b[1m", "\x1b[38;5;81m", "\x1b[0m", "\x1b[1;7m", "\x1b]0;title\a", "\t", "⌚"}
	view := func(h int) string {
		lines := make([]string, rng.Intn(h+2))
		for i := range lines {
			for n := rng.Intn(14); n > 0; n-- {
				lines[i] += pieces[rng.Intn(len(pieces))]
			}
		}
		return strings.Join(lines, "\n")
	}
	for round := 0; round < 300; round++ {
		w, h := 1+rng.Intn(12), 1+rng.Intn(6)
		var out bytes.Buffer
		term := newTerminal(nil, nil, &out, "xterm", w, h)
		v := newVT(w, h)
		for step := 0; step < 20; step++ {
			if nw, nh := 1+rng.Intn(12), 1+rng.Intn(6); rng.Intn(8) == 0 && (nw != w || nh != h) {
				w, h = nw, nh
				term.Resize(w, h)
				v = newVT(w, h) // a new size is followed by a full repaint
			}
			vw := view(h)
			out.Reset()
			if err := term.Draw(vw); err != nil {
				t.Fatal(err)
			}
			v.feed(t, out.String())
			if got, want := v.screen(), wantScreen(vw, w, h); got != want {
				t.Fatalf("round %d step %d, %dx%d, view %q:\nscreen\n%s\nwant\n%s\noutput %q", round, step, w, h, vw, got, want, out.String())
			}
		}
	}
}

func TestParseLine(t *testing.T) {
	cs := parseLine("a\x1b[1mb\x1b[0m人\x1b]0;x\ac\td", 8, nil)
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%q/%q/%d", c.g, c.style, c.w))
	}
	want := []string{`"a"/""/1`, `"b"/"\x1b[1m"/1`, `"人"/""/2`, `""/""/0`, `"c"/""/1`, `"d"/""/1`, `" "/""/1`, `" "/""/1`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("cells:\n%s\nwant\n%s", strings.Join(got, " "), strings.Join(want, " "))
	}
	if cs := parseLine("ab人", 3, nil); cs[2].g != " " {
		t.Errorf("a wide grapheme at the edge: %q, want a blank", cs[2].g)
	}
}

// The fast path for box drawing and blocks takes exactly U+2500 to
// U+259F, all one column wide.
func TestBoxFastPathTakesOneColumnCharacters(t *testing.T) {
	for r := rune(0x2400); r < 0x2700; r++ {
		s := string(r)
		if boxAt(s+"a", 0) != (r >= 0x2500 && r < 0x25a0) {
			t.Errorf("boxAt(%U) = %v", r, boxAt(s+"a", 0))
		}
		if boxAt(s, 0) && ansi.StringWidth(s) != 1 {
			t.Errorf("%U is %d columns wide", r, ansi.StringWidth(s))
		}
	}
}
