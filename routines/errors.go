package routines

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/yamlstrict"
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

// quoteHint is what to do when text was wanted and n is a mapping of one
// key and a value on one line: a step like "- Note: then arch your back"
// has ": " in it, which YAML reads as a key and its value.
func quoteHint(n *yaml.Node, want string) string {
	if want != "text" || n.Kind != yaml.MappingNode || len(n.Content) != 2 {
		return ""
	}
	k, v := n.Content[0], n.Content[1]
	if k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode || k.Line != v.Line {
		return ""
	}
	whole := k.Value + ": " + v.Value
	return fmt.Sprintf(`: the ": " in it makes it a key and its value; to keep it as text, put it in quotes: "%s"`,
		strings.ReplaceAll(whole, `"`, `\"`))
}

// syntaxHint is the parser's message msg at line of data, with the fix
// when it is a line of text where a key or a list item was wanted: most
// often a list item missing its "- ".
func syntaxHint(msg string, line int, data []byte) string {
	if !strings.Contains(msg, "could not find expected ':'") || line <= 0 {
		return msg
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	if line > len(lines) {
		return msg
	}
	text := strings.TrimSpace(lines[line-1])
	if text == "" || strings.HasPrefix(text, "-") || strings.Contains(text, ": ") || strings.HasSuffix(text, ":") {
		return msg
	}
	return fmt.Sprintf("%s: line %d %s is neither a key (name: ...) nor a list item; if it is one more item of the list above, start it with \"- \", lined up with the other dashes",
		msg, line, yamlstrict.Quote(text))
}
