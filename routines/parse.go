package routines

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/safetext"
)

// MaxFileSize is the largest routine file read; larger files are refused
// before they are parsed.
const MaxFileSize = 1 << 20

// Limits that keep a routine humane and its plan small.
const (
	maxDuration = time.Hour
	maxReps     = 1000
	maxSides    = 10
	maxDepth    = 100
)

var (
	routineFields  = []string{"id", "name", "description", "rest", "exercises"}
	exerciseFields = []string{"name", "id", "steps", "hold", "reps", "sides", "mode", "rest", "prepare", "cue", "position", "mirror", "setup", "figure", "caution"}
	idPattern      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	yamlLine       = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
)

// Parse decodes one routine file strictly. file names the file in errors
// and gives the default id. Every problem found is returned, as Errors.
func Parse(file string, data []byte) (Routine, error) {
	p := &parser{file: file}
	r := p.routine(data)
	if err := p.errs.orNil(); err != nil {
		return Routine{}, err
	}
	return r, nil
}

// parser walks a yaml.Node tree rather than decoding into structs, so that
// every error can name the line, the column, the exercise and the field.
type parser struct {
	file string
	errs Errors
	ex   string // label of the exercise being read
}

func (p *parser) fail(n *yaml.Node, field, format string, args ...any) {
	e := &Error{File: p.file, Exercise: p.ex, Field: field, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	p.errs = append(p.errs, e)
}

func (p *parser) routine(data []byte) Routine {
	if len(data) > MaxFileSize {
		p.fail(nil, "", "%s", sizeMessage(int64(len(data))))
		return Routine{}
	}
	var doc, extra yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		p.yamlError(err)
		return Routine{}
	}
	if err := dec.Decode(&extra); err != io.EOF {
		p.fail(&extra, "", "a second YAML document (after ---); want one routine per file")
		return Routine{}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		p.fail(nil, "", "file is empty, want a routine with a name and exercises")
		return Routine{}
	}
	root := doc.Content[0]
	if a := findAlias(root, 0); a != nil {
		if a.Kind == yaml.AliasNode {
			p.fail(a, "", "YAML aliases (*%s) are not allowed in a routine file; write the value out", a.Value)
		} else {
			p.fail(a, "", "nested more than %d levels deep; a routine needs no more than 4", maxDepth)
		}
		return Routine{}
	}
	if root.Kind != yaml.MappingNode {
		p.fail(root, "", "want a routine (a mapping with name and exercises), got %s", describe(root))
		return Routine{}
	}
	r := Routine{Rest: DefaultRest}
	fields := p.fields(root, routineFields)
	base := strings.TrimSuffix(strings.TrimSuffix(path.Base(strings.ReplaceAll(p.file, `\`, "/")), ".yaml"), ".yml")
	r.ID = Kebab(base)
	if n := fields["id"]; n != nil {
		r.ID = p.id(n, "id")
	}
	if n := fields["name"]; n != nil {
		r.Name = p.text(n, "name")
	} else {
		p.fail(root, "name", "missing, want the routine's name")
	}
	if n := fields["description"]; n != nil {
		r.Description = p.text(n, "description")
	}
	if n := fields["rest"]; n != nil {
		r.Rest = p.duration(n, "rest")
	}
	n := fields["exercises"]
	if n == nil {
		p.fail(root, "exercises", "missing, want a list of one or more exercises")
		return r
	}
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		p.fail(n, "exercises", "want a list of one or more exercises, got %s", describe(n))
		return r
	}
	seen := map[string]int{}
	for i, en := range n.Content {
		e, ok := p.exercise(en, i, r.Rest)
		if !ok {
			continue
		}
		if line, dup := seen[e.ID]; dup {
			p.ex = exerciseLabel(e.ID, i)
			at := en
			if f := fieldNode(en, "id"); f != nil {
				at = f
			}
			p.fail(at, "id", "%q is already the id of the exercise at line %d; give each exercise its own id", e.ID, line)
			p.ex = ""
			continue
		}
		seen[e.ID] = en.Line
		r.Exercises = append(r.Exercises, e)
	}
	return r
}

func (p *parser) exercise(n *yaml.Node, i int, rest time.Duration) (Exercise, bool) {
	before := len(p.errs)
	defer func() { p.ex = "" }()
	p.ex = exerciseLabel("", i)
	if n.Kind != yaml.MappingNode {
		p.fail(n, "", "want an exercise (a mapping with name, steps and hold), got %s", describe(n))
		return Exercise{}, false
	}
	// Find the label first, so every error below names the exercise.
	if idn := fieldNode(n, "id"); idn != nil && idn.Kind == yaml.ScalarNode && idn.Value != "" {
		p.ex = exerciseLabel(idn.Value, i)
	} else if nn := fieldNode(n, "name"); nn != nil && nn.Kind == yaml.ScalarNode && Kebab(nn.Value) != "" {
		p.ex = exerciseLabel(Kebab(nn.Value), i)
	}
	e := Exercise{Reps: Count{1, 1}, Rest: rest}
	f := p.fields(n, exerciseFields)
	if v := f["name"]; v != nil {
		e.Name = p.text(v, "name")
		e.ID = Kebab(e.Name)
	} else {
		p.fail(n, "name", "missing, want the exercise's name")
	}
	if v := f["id"]; v != nil {
		e.ID = p.id(v, "id")
	} else if e.Name != "" && e.ID == "" {
		p.fail(f["name"], "name", "has no a-z letters or digits to make an id from; add an id like rotation")
	}
	if v := f["steps"]; v != nil {
		e.Steps = p.textList(v, "steps", "instructions, one line each")
	} else {
		p.fail(n, "steps", "missing, want a list of instructions, one line each")
	}
	if v := f["hold"]; v != nil {
		e.Hold = p.span(v, "hold")
	} else {
		p.fail(n, "hold", "missing, want a duration like 30s")
	}
	if v := f["reps"]; v != nil {
		e.Reps = p.count(v, "reps")
	}
	if v := f["sides"]; v != nil {
		e.Sides = p.textList(v, "sides", "sides, like [left, right]")
		if len(e.Sides) > maxSides {
			p.fail(v, "sides", "want at most %d sides, got %d", maxSides, len(e.Sides))
		}
	}
	if v := f["mode"]; v != nil {
		switch p.scalar(v, "mode", "hold or move") {
		case "hold":
			e.Mode = Hold
		case "move":
			e.Mode = Move
		case "":
		default:
			p.fail(v, "mode", "want hold or move, got %q", v.Value)
		}
	}
	if v := f["rest"]; v != nil {
		e.Rest = p.duration(v, "rest")
	}
	if v := f["prepare"]; v != nil {
		e.Prepare = p.duration(v, "prepare")
	}
	if v := f["cue"]; v != nil {
		e.Cue = p.text(v, "cue")
	}
	if v := f["position"]; v != nil {
		s := p.scalar(v, "position", "floor, chair or standing")
		if pos, ok := ParsePosition(s); ok {
			e.Position = pos
		} else if s != "" {
			p.fail(v, "position", "want floor, chair or standing, got %q", s)
		}
	}
	if v := f["setup"]; v != nil {
		e.Setup = p.text(v, "setup")
	}
	if v := f["mirror"]; v != nil {
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
			p.fail(v, "mirror", "want true or false, got %s", describe(v))
		} else if _ = v.Decode(&e.Mirror); e.Mirror && len(e.Sides) != 2 {
			p.fail(v, "mirror", "mirrors the second side, so it needs two sides, like [left, right]")
		}
	}
	if v := f["figure"]; v != nil {
		e.Figure = p.figure(v)
	}
	if v := f["caution"]; v != nil {
		e.Caution = p.text(v, "caution")
	}
	return e, len(p.errs) == before
}

// fields checks a mapping's keys against the known ones and returns their
// values. Unknown and repeated keys are errors.
func (p *parser) fields(n *yaml.Node, known []string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.fail(k, "", "want a field name, got %s", describe(k))
			continue
		}
		if !contains(known, k.Value) {
			p.fail(k, "", "unknown field %q, want one of %s", k.Value, strings.Join(known, ", "))
			continue
		}
		if _, dup := out[k.Value]; dup {
			p.fail(k, k.Value, "given twice; keep one")
			continue
		}
		out[k.Value] = v
	}
	return out
}

// scalar returns a scalar's text, or "" after an error naming what was wanted.
func (p *parser) scalar(n *yaml.Node, field, want string) string {
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" || n.Value == "" {
		p.fail(n, field, "want %s, got %s", want, describe(n))
		return ""
	}
	return n.Value
}

// text reads one line of text. Line breaks (from folded YAML) become spaces
// and control characters are dropped, so a file cannot write to the terminal.
func (p *parser) text(n *yaml.Node, field string) string {
	s := safetext.Line(p.scalar(n, field, "text"))
	if s == "" && n.Kind == yaml.ScalarNode && n.Value != "" {
		p.fail(n, field, "has no visible text, want text")
	}
	return s
}

func (p *parser) textList(n *yaml.Node, field, want string) []string {
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		p.fail(n, field, "want a list of %s, got %s", want, describe(n))
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		if s := p.text(c, field); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) id(n *yaml.Node, field string) string {
	s := p.scalar(n, field, "an id like bird-dog")
	if s != "" && !idPattern.MatchString(s) {
		p.fail(n, field, "want lower-case letters, digits and dashes like bird-dog, got %q", s)
	}
	return s
}

func (p *parser) duration(n *yaml.Node, field string) time.Duration {
	s := p.scalar(n, field, "a duration like 30s")
	if s == "" {
		return 0
	}
	d, err := parseDuration(s, "")
	if err != nil {
		p.fail(n, field, "%v", err)
	}
	return d
}

func (p *parser) span(n *yaml.Node, field string) Span {
	s := p.scalar(n, field, "a duration like 30s")
	if s == "" {
		return Span{}
	}
	lo, hi, isRange := splitRange(s)
	if !isRange {
		d, err := parseDuration(s, "")
		if err != nil {
			p.fail(n, field, "%v", err)
		}
		return Span{d, d}
	}
	// "5-10s": a bare low end takes the last unit of the high end.
	max, err := parseDuration(hi, "")
	if err != nil {
		p.fail(n, field, "%v (in the range %q)", err, s)
		return Span{}
	}
	min, err := parseDuration(lo, hi[strings.LastIndexAny(hi, "0123456789.")+1:])
	if err != nil {
		p.fail(n, field, "%v (in the range %q)", err, s)
		return Span{}
	}
	if min > max {
		p.fail(n, field, "want the shorter time first, like 5-10s, got %q", s)
	}
	return Span{min, max}
}

func (p *parser) count(n *yaml.Node, field string) Count {
	s := p.scalar(n, field, "a number like 10 or a range like 3-5")
	if s == "" {
		return Count{1, 1}
	}
	lo, hi, isRange := splitRange(s)
	if !isRange {
		lo, hi = s, s
	}
	min, err1 := strconv.Atoi(strings.TrimSpace(lo))
	max, err2 := strconv.Atoi(strings.TrimSpace(hi))
	switch {
	case err1 != nil || err2 != nil:
		p.fail(n, field, "want a number like 10 or a range like 3-5, got %q", s)
	case min < 1:
		p.fail(n, field, "want at least 1, got %q", s)
	case max > maxReps:
		p.fail(n, field, "want at most %d, got %q", maxReps, s)
	case min > max:
		p.fail(n, field, "want the smaller number first, like 3-5, got %q", s)
	default:
		return Count{min, max}
	}
	return Count{1, 1}
}

// splitRange splits "5-10s" into "5" and "10s". A leading minus is not a
// range separator, so "-5s" stays one (negative) value.
func splitRange(s string) (lo, hi string, ok bool) {
	i := strings.Index(strings.TrimPrefix(s, "-"), "-")
	if i < 0 {
		return s, "", false
	}
	if strings.HasPrefix(s, "-") {
		i++
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:]), true
}

// parseDuration reads 30s, 1m30s, or a bare number of seconds (with unit
// used instead of seconds when given).
func parseDuration(s, unit string) (time.Duration, error) {
	t := strings.TrimSpace(s)
	var d time.Duration
	var err error
	if n, ferr := strconv.ParseFloat(t, 64); ferr == nil {
		if unit == "" {
			unit = "s"
		}
		d, err = time.ParseDuration(strconv.FormatFloat(n, 'f', -1, 64) + unit)
	} else {
		d, err = time.ParseDuration(t)
	}
	switch {
	case err != nil:
		return 0, fmt.Errorf("want a duration like 30s, got %q", s)
	case d <= 0:
		return 0, fmt.Errorf("want a duration above zero, got %q", s)
	case d > maxDuration:
		return 0, fmt.Errorf("want at most 1h, got %q", s)
	}
	return d, nil
}

func (p *parser) yamlError(err error) {
	e := &Error{File: p.file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	}
	e.Msg = "not valid YAML: " + e.Msg
	p.errs = append(p.errs, e)
}

// findAlias returns the first alias node in the tree. Routine files need no
// aliases, and refusing them stops alias bombs before anything expands.
func findAlias(n *yaml.Node, depth int) *yaml.Node {
	if n.Kind == yaml.AliasNode || depth > maxDepth {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c, depth+1); a != nil {
			return a
		}
	}
	return nil
}

func fieldNode(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			return "an empty list"
		}
		return "a list"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "nothing"
		}
		return strconv.Quote(safetext.Line(n.Value))
	}
	return "an alias"
}

func exerciseLabel(id string, i int) string {
	if id == "" {
		return fmt.Sprintf("exercise %d", i+1)
	}
	return fmt.Sprintf("exercise %q", id)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sizeMessage(n int64) string {
	return fmt.Sprintf("file is %d bytes, over the 1 MiB (%d-byte) limit for a routine", n, MaxFileSize)
}

// Kebab turns a name into an id: "Bird Dog!" becomes "bird-dog".
func Kebab(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
