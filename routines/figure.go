package routines

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// Limits of a figure: a small drawing beside the steps.
const (
	MaxFigureRows   = 8
	MaxFigureCols   = 24
	MaxFigureFrames = 4
)

// figure reads a figure: one drawing (a block scalar), or a list of up to
// MaxFigureFrames drawings shown in turn, a second each (a movement).
func (p *parser) figure(n *yaml.Node) [][]string {
	switch {
	case n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str":
		if f := p.frame(n); f != nil {
			return [][]string{f}
		}
		return nil
	case n.Kind == yaml.SequenceNode && len(n.Content) > 0:
		if len(n.Content) > MaxFigureFrames {
			p.fail(n, "figure", "want at most %d frames, got %d", MaxFigureFrames, len(n.Content))
			return nil
		}
		var frames [][]string
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode || c.ShortTag() != "!!str" {
				p.fail(c, "figure", "want a drawing (a block of text after |), got %s", describe(c))
				return nil
			}
			f := p.frame(c)
			if f == nil {
				return nil
			}
			frames = append(frames, f)
		}
		return frames
	}
	p.fail(n, "figure", "want a drawing (a block of text after |) or a list of them, got %s", describe(n))
	return nil
}

// frame reads one drawing: at most MaxFigureRows lines of at most
// MaxFigureCols columns, of characters one column wide that cannot act on
// a terminal. Blank lines around it are dropped, and spaces at line ends.
func (p *parser) frame(n *yaml.Node) []string {
	lines := strings.Split(strings.ReplaceAll(n.Value, "\r\n", "\n"), "\n")
	first := 0 // the line of the block where the drawing starts
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	lines = lines[first:]
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		p.fail(n, "figure", "has no drawing, want a few lines of text after |")
		return nil
	}
	// Where a line of the block is in the file: a block scalar's text
	// starts on the line after the |.
	at := func(i int) *yaml.Node {
		line := n.Line
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			line += 1 + first + i
		}
		return &yaml.Node{Line: line}
	}
	if len(lines) > MaxFigureRows {
		p.fail(at(MaxFigureRows), "figure", "is %d lines tall, want at most %d", len(lines), MaxFigureRows)
		return nil
	}
	ok := true
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		lines[i] = l
		if msg := badFigureText(l); msg != "" {
			p.fail(at(i), "figure", "%s", msg)
			ok = false
			continue
		}
		if w := ansi.StringWidth(l); w > MaxFigureCols {
			p.fail(at(i), "figure", "a line is %d columns wide, want at most %d", w, MaxFigureCols)
			ok = false
		}
	}
	if !ok {
		return nil
	}
	return lines
}

// badFigureText says what in a line of a drawing may not reach a
// terminal or would break the drawing's columns, or "".
func badFigureText(l string) string {
	for _, r := range l {
		switch {
		case r == '\t':
			return "has a tab; draw with spaces"
		case safetext.Control(r):
			return fmt.Sprintf("has the control character %U; a drawing may not hold control characters or escape sequences", r)
		case safetext.Invisible(r) || unicode.In(r, unicode.Mn, unicode.Me):
			return fmt.Sprintf("has the invisible or combining character %U; want characters one column wide", r)
		case ansi.StringWidth(string(r)) != 1:
			return fmt.Sprintf("has %q, which is %d columns wide; want characters one column wide", r, ansi.StringWidth(string(r)))
		}
	}
	return ""
}
