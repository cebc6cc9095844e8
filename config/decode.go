package config

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/breaks"
	suggestpkg "github.com/backcoach/backcoach/internal/text/suggest"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/internal/yamlstrict"
	"github.com/backcoach/backcoach/routines"
)

// MaxErrors is the most problems listed for config.yaml, as for a
// routine file; a last line says how many more there are.
const MaxErrors = routines.MaxErrors

// Error is one problem in the config file.
type Error struct {
	File         string
	Line, Column int
	Key          string
	Msg          string
}

func (e *Error) Error() string {
	where := e.File
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)
	}
	if e.Key != "" {
		return fmt.Sprintf("%s: %s: %s", where, e.Key, e.Msg)
	}
	return fmt.Sprintf("%s: %s", where, e.Msg)
}

// Errors are every problem in the file, in order.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

type decoder struct {
	file string
	l    *Loaded
	errs Errors // the first MaxErrors problems
	n    int    // every problem found
}

func (d *decoder) fail(n *yaml.Node, key, format string, args ...any) {
	d.n++
	if len(d.errs) >= MaxErrors {
		return // counted: a file of 10,000 mistakes gives a screenful, not 10,000 lines
	}
	e := &Error{File: d.file, Key: key, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	d.errs = append(d.errs, e)
}

func (d *decoder) decode(data []byte) {
	d.parse(data)
	if d.n > len(d.errs) {
		d.errs = append(d.errs, &Error{File: d.file, Msg: fmt.Sprintf("...and %d more errors in this file", d.n-len(d.errs))})
	}
}

func (d *decoder) parse(data []byte) {
	var doc, extra yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		d.yamlError(err, data)
		return
	}
	if err := dec.Decode(&extra); err != io.EOF {
		// The parser reads one document: the settings of a second (after
		// ---) would be dropped without a word.
		d.fail(&extra, "", "a second YAML document (after ---); want the settings in one")
		return
	}
	if len(doc.Content) == 0 {
		return // an empty file: the defaults
	}
	top := doc.Content[0]
	if !d.plain(top) {
		return
	}
	d.mapping(top, "")
}

// field is a key of a mapping and what decodes its value, given the
// whole key ("remind.every").
type field struct {
	name   string
	decode func(n *yaml.Node, key string)
}

// fields are the keys of the settings table under prefix ("" or
// "remind."), in its order: a setting's own key, or the mapping that
// holds the settings under it.
func (d *decoder) fields(prefix string) []field {
	var fs []field
	seen := map[string]bool{}
	for _, row := range Table() {
		rest, ok := strings.CutPrefix(row.Key, prefix)
		if !ok {
			continue
		}
		name, _, group := strings.Cut(rest, ".")
		switch {
		case seen[name]:
		case group:
			under := prefix + name + "."
			fs = append(fs, field{name, func(n *yaml.Node, _ string) { d.mapping(n, under) }})
		default:
			fs = append(fs, field{name, func(n *yaml.Node, key string) { row.decode(d, n, key, &d.l.Settings) }})
		}
		seen[name] = true
	}
	return fs
}

// yamlError reports what the YAML parser could not read, at its line.
func (d *decoder) yamlError(err error, data []byte) {
	line, col, msg := yamlstrict.Syntax(err, data)
	if line > 0 {
		col = max(col, 1)
	}
	d.n++
	d.errs = append(d.errs, &Error{File: d.file, Line: line, Column: col, Msg: "not valid YAML: " + msg})
}

// plain checks the whole tree before anything is read from it, as a
// routine file is checked: no aliases, no tags but the core ones.
func (d *decoder) plain(n *yaml.Node) bool {
	if bad, msg := yamlstrict.Plain(n, maxDepth, "a config file"); bad != nil {
		d.fail(bad, "", "%s", msg)
		return false
	}
	return true
}

// maxDepth is the deepest a config file nests: remind's routines are at
// depth 2.
const maxDepth = 10

// keyRE is a key shown as it is in a message; any other is quoted, so
// that a key holding a line break or a colon cannot pass for another
// line of the message.
var keyRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,40}$`)

// keyName is how a message names the key at k.
func keyName(k *yaml.Node) string {
	switch {
	case k.Kind != yaml.ScalarNode:
		return kind(k)
	case keyRE.MatchString(k.Value):
		return k.Value
	}
	return yamlstrict.Quote(k.Value)
}

// mapping decodes a mapping of the settings under prefix ("" or
// "remind."), refusing any other key.
func (d *decoder) mapping(n *yaml.Node, prefix string) {
	fields := d.fields(prefix)
	if n.Kind != yaml.MappingNode {
		d.fail(n, strings.TrimSuffix(prefix, "."), "want keys and values (like level: full), got %s", kind(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		i := slices.IndexFunc(fields, func(f field) bool { return f.name == k.Value })
		if i < 0 {
			known := make([]string, len(fields))
			for i, f := range fields {
				known[i] = f.name
			}
			d.fail(k, prefix+keyName(k), "no such setting%s", suggest(k.Value, known))
			continue
		}
		if seen[k.Value] {
			d.fail(k, prefix+k.Value, "set twice")
			continue
		}
		seen[k.Value] = true
		before := len(d.errs)
		fields[i].decode(v, prefix+k.Value)
		if len(d.errs) == before && v.Kind != yaml.MappingNode {
			d.l.Sources[prefix+k.Value] = FromFile
			d.l.Lines[prefix+k.Value] = k.Line
		}
	}
}

func (d *decoder) scalar(n *yaml.Node, key, want string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.fail(n, key, "want %s, got %s", want, kind(n))
		return "", false
	}
	return n.Value, true
}

// oneOf is the index of the word of of at n, or -1 (said) for any other.
func (d *decoder) oneOf(n *yaml.Node, key string, of ...string) int {
	want := words.Or(of)
	s, ok := d.scalar(n, key, want)
	if !ok {
		return -1
	}
	if i := slices.Index(of, s); i >= 0 {
		return i
	}
	d.fail(n, key, "want %s, got %s", want, yamlstrict.Quote(s))
	return -1
}

func (d *decoder) boolean(n *yaml.Node, key string) bool {
	s, ok := d.scalar(n, key, "true or false")
	if !ok {
		return false
	}
	switch s {
	case "true":
		return true
	case "false":
		return false
	}
	d.fail(n, key, "want true or false, got %s", yamlstrict.Quote(s))
	return false
}

// duration reads a time like 50m of at least least and at most
// MaxInterval.
func (d *decoder) duration(n *yaml.Node, key string, least time.Duration) time.Duration {
	s, ok := d.scalar(n, key, "a time like 50m")
	if !ok {
		return 0
	}
	v, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil || v <= 0 || v > MaxInterval {
		d.fail(n, key, "want a time above zero and at most a day, like 50m, 1h or 90s, got %s", yamlstrict.Quote(s))
		return 0
	}
	if v < least {
		d.fail(n, key, "want a time of at least %s, like 50m, 1h or 90s, got %s", words.Spoken(least), yamlstrict.Quote(s))
		return 0
	}
	return v
}

// hours reads working hours as --hours does (breaks.ParseHours), written
// back as 09:00-17:30.
func (d *decoder) hours(n *yaml.Node, key string) string {
	s, ok := d.scalar(n, key, "working hours like 09:00-17:30")
	if !ok {
		return ""
	}
	h, err := breaks.ParseHours(s)
	if err != nil {
		d.fail(n, key, "want working hours like 09:00-17:30, or 22:00-06:00 across midnight, got %s", yamlstrict.Quote(s))
		return ""
	}
	return h.String()
}

var idRE = regexp.MustCompile(`^[\pL\pN]+(-[\pL\pN]+)*$`)

func (d *decoder) ids(n *yaml.Node, key string) []string {
	if n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.fail(n, key, "want a list of routine ids, like [low-back, upper-back], got an empty list; leave remind.routines out for the default")
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, key, "want a list of routine ids, like [low-back, upper-back], got %s", kind(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		s, ok := d.scalar(c, key, "a routine id like low-back")
		if ok && utf8.RuneCountInString(s) > routines.MaxNameLen {
			d.fail(c, key, "want a routine id of at most %d characters, got %s", routines.MaxNameLen, yamlstrict.Quote(s))
			continue
		}
		if ok && !idRE.MatchString(s) {
			d.fail(c, key, "want a routine id like low-back, got %s", yamlstrict.Quote(s))
			continue
		}
		if ok {
			out = append(out, s)
		}
	}
	return out
}

func kind(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "keys and values"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Tag == "!!null":
		return "nothing"
	}
	return yamlstrict.Quote(n.Value)
}

// suggest is "; did you mean X?" for the known name nearest to s, if
// one is near, else the names there are.
func suggest(s string, known []string) string {
	if best := suggestpkg.Nearest(s, known); best != "" {
		return fmt.Sprintf("; did you mean %s?", best)
	}
	sort.Strings(known)
	return "; the settings here are " + strings.Join(known, ", ")
}
