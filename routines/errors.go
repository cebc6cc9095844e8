package routines

import (
	"fmt"
	"strings"

	"github.com/backcoach/backcoach/internal/text/safetext"
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
	return safetext.Escape(b.String())
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
