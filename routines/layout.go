package routines

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/backcoach/backcoach/internal/yamlstrict"
	"gopkg.in/yaml.v3"
)

// The YAML parser's words for a key or a list item out of line.
var indentProblems = []string{
	"did not find expected key",
	"did not find expected '-' indicator",
	"mapping values are not allowed in this context",
	"block sequence entries are not allowed in this context",
}

// maxLayoutSearch is the largest file whose indentation is looked into:
// ten times a long routine. Past it the parser's words are said, and a
// file of a megabyte is not parsed twenty times over.
const maxLayoutSearch = 32 << 10

// layoutError turns a YAML syntax error made by the indentation into its
// fix: a tab (use spaces), or a key or list item out of line with its
// neighbours (which, and what it should line up under). It reports false,
// having said nothing, when the error is of another kind.
//
// The parser names the line where the enclosing block starts, not the
// line at fault, so the line at fault is found by parsing ever longer
// beginnings of the file: the first line that makes one fail.
func (p *parser) layoutError(msg string, data []byte) bool {
	indent := yamlstrict.Contains(indentProblems, msg)
	if len(data) > maxLayoutSearch || !indent && !bytes.Contains(data, []byte("\t")) {
		return false
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	k := firstBadLine(lines)
	if k == 0 {
		return false
	}
	if _, tab := tabAt(lines[k-1]); tab {
		for i, l := range lines {
			if col, tab := tabAt(l); tab {
				p.failAt(i+1, col, "a tab in the indentation%s; YAML indents with spaces only: use spaces", ofKey(l))
			}
		}
		return true
	}
	at := shapeOf(lines[k-1], k)
	if !indent || at.key == "" && len(at.dashes) == 0 {
		return false // not a key or an item: no neighbours to line up with
	}
	var open []anchor
	block := 0 // > 0: in a block of text (figure: |), its lines indented past this column
	for i, l := range lines[:k-1] {
		s := shapeOf(l, i+1)
		if block > 0 && (strings.TrimSpace(l) == "" || len(l)-len(strings.TrimLeft(l, " ")) >= block) {
			continue
		}
		block = s.block
		open = s.push(open)
	}
	want, ok := nearest(open, at)
	if !ok {
		return false
	}
	what := fmt.Sprintf("the indentation of %s looks wrong: ", yamlstrict.Quote(at.text()))
	switch {
	case len(at.dashes) > 0:
		what += fmt.Sprintf("the items of one list line up under the - of %s on line %d", yamlstrict.Quote(want.text), want.line)
	case want.col == 1:
		what += fmt.Sprintf("the routine's fields start at the beginning of the line, like %s on line %d", yamlstrict.Quote(want.text), want.line)
	case yamlstrict.Contains(exerciseFields, strings.TrimSuffix(want.text, ":")):
		what += fmt.Sprintf("the fields of one exercise line up under its %s on line %d", yamlstrict.Quote(want.text), want.line)
	default:
		what += fmt.Sprintf("the fields of one mapping line up under %s on line %d", yamlstrict.Quote(want.text), want.line)
	}
	p.failAt(k, at.col(), "%s", what)
	return true
}

// failAt is fail at a line and column of the file.
func (p *parser) failAt(line, col int, format string, args ...any) {
	p.fail(&yaml.Node{Line: line, Column: col}, "", format, args...)
}

// firstBadLine is the number of the first line that makes the file's
// beginning fail to parse, or 0 when the whole file parses. The search
// halves the lines each time: a megabyte parses about twenty times.
func firstBadLine(lines []string) int {
	fails := func(n int) bool {
		var doc yaml.Node
		err := yaml.NewDecoder(strings.NewReader(strings.Join(lines[:n], "\n"))).Decode(&doc)
		return err != nil && err != io.EOF
	}
	if !fails(len(lines)) {
		return 0
	}
	good, bad := 0, len(lines)
	for bad-good > 1 {
		if mid := (good + bad) / 2; fails(mid) {
			bad = mid
		} else {
			good = mid
		}
	}
	return bad
}

// tabAt finds a tab in a line's indentation: its column.
func tabAt(line string) (int, bool) {
	for i, r := range []byte(line) {
		switch r {
		case '\t':
			return i + 1, true
		case ' ':
		default:
			return 0, false
		}
	}
	return 0, false
}

// ofKey names the key a line starts, as ` of "steps:"`, or "".
func ofKey(line string) string {
	if s := shapeOf(strings.ReplaceAll(line, "\t", " "), 0); s.key != "" {
		return " of " + yamlstrict.Quote(s.key+":")
	}
	return ""
}

// shape is what a line starts with: list items (the columns of their
// dashes) and a key, and where.
type shape struct {
	line    int
	dashes  []int  // columns of "- ", from the left
	key     string // "" when the line starts no key
	keyCol  int
	content string // what the line holds, trimmed, for messages
	block   int    // > 0: a block of text (| or >) follows, on lines indented past this column
}

func shapeOf(l string, line int) shape {
	trimmed := strings.TrimLeft(l, " ")
	s := shape{line: line, content: strings.TrimSpace(l)}
	if trimmed == "" || strings.HasPrefix(trimmed, "#") {
		return s
	}
	col := len(l) - len(trimmed) + 1
	rest := trimmed
	for rest == "-" || strings.HasPrefix(rest, "- ") {
		s.dashes = append(s.dashes, col)
		n := len(rest)
		rest = strings.TrimLeft(strings.TrimPrefix(rest, "-"), " ")
		col += n - len(rest)
	}
	value := rest
	if i := strings.Index(rest+" ", ": "); i > 0 && !strings.ContainsAny(rest[:1], `"'[{#&*!|>%@`+"`") {
		s.key, s.keyCol = rest[:i], col
		value = strings.TrimSpace(rest[i+1:])
	}
	if value != "" && strings.ContainsRune("|>", rune(value[0])) {
		s.block = s.keyCol
		if s.key == "" && len(s.dashes) > 0 {
			s.block = s.dashes[len(s.dashes)-1]
		}
	}
	return s
}

// col is where a shape starts: its first dash, else its key.
func (s shape) col() int {
	if len(s.dashes) > 0 {
		return s.dashes[0]
	}
	return s.keyCol
}

// text is the line's start as a message shows it: "steps:" or "- a".
func (s shape) text() string {
	if s.key != "" && len(s.dashes) == 0 {
		return s.key + ":"
	}
	return s.content
}

// anchor is a level of the file open at a line: a list whose items have
// their dash at col, or a mapping whose keys start at col, first seen at
// line (the first key of one exercise: its name).
type anchor struct {
	col  int
	item bool
	line int
	text string
}

// push adds a line's levels to those open above it, closing the levels it
// is outside of.
func (s shape) push(open []anchor) []anchor {
	if len(s.dashes) == 0 && s.key == "" {
		return open // text, a comment or a blank line
	}
	for _, d := range s.dashes {
		open = closeTo(open, d, true)
		open = append(open, anchor{col: d, item: true, line: s.line, text: s.content})
	}
	if s.key != "" {
		open = closeTo(open, s.keyCol, false)
		if n := len(open); n == 0 || open[n-1].item || open[n-1].col != s.keyCol {
			open = append(open, anchor{col: s.keyCol, line: s.line, text: s.key + ":"})
		}
	}
	return open
}

// closeTo closes the levels deeper than col, and a list at col when a key
// or a new item comes there.
func closeTo(open []anchor, col int, item bool) []anchor {
	for len(open) > 0 {
		top := open[len(open)-1]
		if top.col > col || top.col == col && top.item && !item {
			open = open[:len(open)-1]
			continue
		}
		if top.col == col && top.item && item {
			open = open[:len(open)-1] // the next item of one list
		}
		return open
	}
	return open
}

// nearest is the open level a misplaced line most likely belongs to: of
// its kind (a list item or a key), nearest in column, the deeper on a tie.
func nearest(open []anchor, at shape) (anchor, bool) {
	item := len(at.dashes) > 0
	var best anchor
	found := false
	for _, a := range open {
		if a.item != item || a.col == at.col() {
			continue
		}
		if !found || abs(a.col-at.col()) <= abs(best.col-at.col()) {
			best, found = a, true
		}
	}
	return best, found
}

func abs(n int) int { return max(n, -n) }
