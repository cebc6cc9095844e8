package routines

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Error is one problem in a routine file, placed by line and column:
//
//	low-back.yaml:14:11: exercise "bird-dog": hold: want a duration like 30s, got "thirty"
type Error struct {
	File     string
	Line     int // 0 when the problem is the file as a whole
	Column   int
	Exercise string // the exercise's label, empty for routine-level fields
	Field    string // empty when the problem is not one field's
	Msg      string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	if e.Exercise != "" {
		b.WriteString(e.Exercise + ": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return Escape(b.String())
}

// Escape shows control characters (ESC among them) as Go escapes, so that a
// file name or a message can be printed without acting on the terminal.
func Escape(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Errors is every problem found in one or more files, in file order.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// orNil returns nil for an empty list, so callers can test err != nil.
func (es Errors) orNil() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
