// Package yamlstrict is the strict reading that routine files and
// config.yaml share. Both come from other people, so a message quotes
// a value cut short, a file hides nothing behind aliases or tags, and
// a byte YAML refuses is found at its line and column.
package yamlstrict

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// MaxQuoted is how much of a value a message quotes.
const MaxQuoted = 40

// Quote quotes a value from a file for a message, cut to MaxQuoted
// characters so that a huge value gives a line, not a megabyte.
func Quote(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= MaxQuoted {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%s... (%s characters)", strconv.Quote(strings.TrimSuffix(Cut(s), "...")), Thousands(n))
}

// Cut shortens s to MaxQuoted characters, marking the cut with "...".
func Cut(s string) string {
	k := 0
	for i := range s {
		if k == MaxQuoted {
			return s[:i] + "..."
		}
		k++
	}
	return s
}

// Thousands writes n with commas: 99,980.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + Thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// coreTags are the tags a file may spell out (name: !!str 2026).
var coreTags = []string{"!!str", "!!int", "!!float", "!!bool", "!!null", "!!seq", "!!map"}

// Plain checks the whole tree before anything is read from it, and
// returns the first alias, tag or level deeper than maxDepth, with what
// is wrong with it, or nil. A file of settings or exercises needs no
// aliases, and refusing them stops alias bombs before anything expands;
// other tags (!!binary, !!python/object, !foo) would hide a value from a
// reader of the file or mean something to another program. what names
// the file in the message: "a routine file".
func Plain(n *yaml.Node, maxDepth int, what string) (*yaml.Node, string) {
	return plain(n, 0, maxDepth, what)
}

func plain(n *yaml.Node, depth, maxDepth int, what string) (*yaml.Node, string) {
	switch {
	case n.Kind == yaml.AliasNode:
		return n, fmt.Sprintf("YAML aliases (*%s) are not allowed in %s; write the value out", Cut(n.Value), what)
	case depth > maxDepth:
		return n, fmt.Sprintf("nested more than %d levels deep; %s needs a few at most", maxDepth, what)
	case n.Style&yaml.TaggedStyle != 0 && !Contains(coreTags, n.ShortTag()):
		tag := n.ShortTag()
		if !strings.HasPrefix(tag, "!") {
			tag = "!<" + tag + ">"
		}
		return n, fmt.Sprintf("YAML tags (%s) are not allowed in %s; write the value plainly", Cut(tag), what)
	}
	for _, c := range n.Content {
		if bad, msg := plain(c, depth+1, maxDepth, what); bad != nil {
			return bad, msg
		}
	}
	return nil, ""
}

// Contains reports whether list holds s.
func Contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// BadByte finds the first character YAML does not allow, which its
// parser reports without a line: a control character, or a byte that is
// not UTF-8. line and col count from 1; line is 0 if there is none.
func BadByte(data []byte) (line, col int, what string) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return line, col, fmt.Sprintf("byte \\x%02x is not UTF-8", data[i])
		case r == '\n':
			line, col = line+1, 0
		case r < 0x20 && r != '\t' && r != '\r' || r == 0x7f || r >= 0x80 && r < 0xa0 && r != 0x85 || r == 0xfffe || r == 0xffff:
			return line, col, fmt.Sprintf("control character %s is not allowed", strings.Trim(strconv.QuoteRune(r), "'"))
		}
		i += size
		col++
	}
	return 0, 0, ""
}

var parserLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Syntax is where the YAML parser's err is and what it says: the line it
// names (col 0: it names no column), or, for a byte it reports without a
// line, that byte's line and column. line is 0 when neither is known.
func Syntax(err error, data []byte) (line, col int, msg string) {
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
	if m := parserLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		return line, 0, m[2]
	}
	if l, c, what := BadByte(data); l > 0 {
		return l, c, what
	}
	return 0, 0, msg
}
