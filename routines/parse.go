package routines

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/internal/text/suggest"
	"github.com/backcoach/backcoach/internal/yamlstrict"
)

var (
	routineFields  = []string{"id", "name", "description", "rest", "exercises"}
	exerciseFields = []string{"name", "id", "steps", "hold", "reps", "sides", "mode", "rest", "prepare", "cue", "position", "mirror", "swap", "setup", "figure", "caution"}
)

// Parse decodes one routine file strictly. file names the file in errors
// and gives the default id. Every problem found is returned, as Errors.
func Parse(file string, data []byte) (Routine, error) {
	p := &parser{file: file}
	r := p.routine(data)
	// Found field by field; read top to bottom.
	sort.SliceStable(p.errs, func(i, j int) bool {
		a, b := p.errs[i], p.errs[j]
		return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
	})
	if p.n > len(p.errs) {
		p.errs = append(p.errs, &Error{File: file, Msg: fmt.Sprintf("...and %s more errors in this file", yamlstrict.Thousands(p.n-len(p.errs)))})
	}
	if err := p.errs.orNil(); err != nil {
		return Routine{}, err
	}
	return r, nil
}

// parser walks a yaml.Node tree rather than decoding into structs, so that
// every error can name the line, the column, the exercise and the field.
type parser struct {
	file string
	errs Errors // the first MaxErrors problems
	n    int    // every problem found
	ex   string // label of the exercise being read
	// meant are the fields that unknown keys of the mapping being read
	// were likely meant to be: not said to be missing as well.
	meant map[string]bool
}

// fail records a problem at a node. Past MaxErrors it is only counted: a
// file of 100,000 unknown fields gives a screenful, not megabytes.
func (p *parser) fail(n *yaml.Node, field, format string, args ...any) {
	p.n++
	if len(p.errs) >= MaxErrors {
		return
	}
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
		p.yamlError(err, data)
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
	if bad, msg := yamlstrict.Plain(root, maxDepth, "a routine file"); bad != nil {
		p.fail(bad, "", "%s", msg)
		return Routine{}
	}
	if root.Kind != yaml.MappingNode {
		p.fail(root, "", "want a routine (a mapping with name and exercises), got %s", describe(root))
		return Routine{}
	}
	r := Routine{Rest: DefaultRest}
	fields := p.fields(root, routineFields)
	base := path.Base(strings.ReplaceAll(p.file, `\`, "/"))
	base = strings.TrimSuffix(base, routineExt(base))
	if n := fields["id"]; n != nil {
		r.ID = p.id(n, "id")
	} else if r.ID = Kebab(base); r.ID == "" {
		p.fail(root, "id", "the file name has no letters or digits to make an id from; add a line like id: my-routine")
	}
	if n := fields["name"]; n != nil {
		r.Name = p.text(n, "name", MaxNameLen)
	} else {
		p.missing(root, "name", "want the routine's name")
	}
	if n := fields["description"]; n != nil {
		r.Description = p.text(n, "description", MaxTextLen)
	}
	if n := fields["rest"]; n != nil {
		r.Rest = p.duration(n, "rest")
	}
	n := fields["exercises"]
	if n == nil {
		p.missing(root, "exercises", "want a list of one or more exercises")
		return r
	}
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		p.fail(n, "exercises", "want a list of one or more exercises, got %s", describe(n))
		return r
	}
	if len(n.Content) > MaxExercises {
		p.fail(n, "exercises", "want at most %d exercises, got %s", MaxExercises, yamlstrict.Thousands(len(n.Content)))
		return r
	}
	seen := map[string]int{}
	for i, en := range n.Content {
		e, ok := p.exercise(en, i, r.Rest)
		// A repeated id is said even when the exercise has other errors:
		// every problem of a file comes out at once.
		if line, dup := seen[e.ID]; dup && e.ID != "" {
			p.ex = exerciseLabel(e.ID, i)
			at := en
			if f := fieldNode(en, "id"); f != nil {
				at = f
			}
			p.fail(at, "id", "%q is already the id of the exercise at line %d; give each exercise its own id", e.ID, line)
			p.ex = ""
			continue
		} else if e.ID != "" {
			seen[e.ID] = en.Line
		}
		if ok {
			r.Exercises = append(r.Exercises, e)
		}
	}
	if p.n == 0 {
		p.checkPlan(n, r)
	}
	return r
}

func (p *parser) exercise(n *yaml.Node, i int, rest time.Duration) (Exercise, bool) {
	before := p.n
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
		e.Name = p.text(v, "name", MaxNameLen)
		e.ID = Kebab(e.Name)
	} else {
		p.missing(n, "name", "want the exercise's name")
	}
	if v := f["id"]; v != nil {
		e.ID = p.id(v, "id")
	} else if e.Name != "" && e.ID == "" {
		p.fail(f["name"], "name", "has no letters or digits to make an id from; add an id like rotation")
	}
	if v := f["steps"]; v != nil {
		e.Steps = p.textList(v, "steps", "instructions, one line each", MaxSteps, "lines", MaxTextLen)
	} else {
		p.missing(n, "steps", "want a list of instructions, one line each")
	}
	if v := f["hold"]; v != nil {
		e.Hold = p.span(v, "hold")
	} else {
		p.missing(n, "hold", "want a duration like 30s")
	}
	if v := f["reps"]; v != nil {
		e.Reps = p.count(v, "reps")
	}
	if v := f["sides"]; v != nil {
		e.Sides = p.textList(v, "sides", "sides, like [left, right]", MaxSides, "sides", MaxNameLen)
	}
	if v := f["mode"]; v != nil {
		switch p.scalar(v, "mode", "hold or move") {
		case "hold":
			e.Mode = Hold
		case "move":
			e.Mode = Move
		case "":
		default:
			p.fail(v, "mode", "want hold or move, got %s", yamlstrict.Quote(v.Value))
		}
	}
	if v := f["rest"]; v != nil {
		e.Rest = p.duration(v, "rest")
	}
	if v := f["prepare"]; v != nil {
		e.Prepare = p.duration(v, "prepare")
	}
	if v := f["cue"]; v != nil {
		e.Cue = p.text(v, "cue", MaxTextLen)
	}
	if v := f["position"]; v != nil {
		s := p.scalar(v, "position", "floor, chair or standing")
		if pos, ok := ParsePosition(s); ok {
			e.Position = pos
		} else if s != "" {
			p.fail(v, "position", "want floor, chair or standing, got %s", yamlstrict.Quote(s))
		}
	}
	if v := f["setup"]; v != nil {
		e.Setup = p.text(v, "setup", MaxTextLen)
	}
	if v := f["mirror"]; v != nil {
		if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
			p.fail(v, "mirror", "want true or false, got %s", describe(v))
		} else if _ = v.Decode(&e.Mirror); e.Mirror && len(e.Sides) != 2 {
			p.fail(v, "mirror", "mirrors the second side, so it needs two sides, like [left, right]")
		}
	}
	if v := f["swap"]; v != nil {
		e.Swap = p.swap(v, e.Mirror)
	}
	if v := f["figure"]; v != nil {
		e.Figure = p.figure(v)
	}
	if v := f["caution"]; v != nil {
		e.Caution = p.text(v, "caution", MaxTextLen)
	}
	return e, p.n == before
}

// missing says a field is missing, unless a key a slip away from it was
// already named (hodl: did you mean hold?): one slip, one error.
func (p *parser) missing(n *yaml.Node, field, want string) {
	if !p.meant[field] {
		p.fail(n, field, "missing, %s", want)
	}
}

// fields checks a mapping's keys against the known ones and returns their
// values. Unknown and repeated keys are errors.
func (p *parser) fields(n *yaml.Node, known []string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	p.meant = map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.fail(k, "", "want a field name, got %s", describe(k))
			continue
		}
		if !yamlstrict.Contains(known, k.Value) {
			if len(p.errs) >= MaxErrors {
				p.n++ // only counted: finding what was meant costs
				continue
			}
			msg, meant := unknownField(k.Value, known)
			p.fail(k, "", "%s", msg)
			if meant != "" {
				p.meant[meant] = true
			}
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

// unknownField says what a key that is not a field was likely meant to
// be: a known field a slip away (hodl: did you mean hold?), an exercise's
// field written at the routine's level (its indentation), else the list.
// The field it was likely meant to be comes back too, or "".
func unknownField(key string, known []string) (msg, meant string) {
	if utf8.RuneCountInString(key) <= yamlstrict.MaxQuoted {
		if s := suggest.Nearest(key, known); s != "" {
			return fmt.Sprintf("unknown field %s; did you mean %s?", yamlstrict.Quote(key), s), s
		}
	}
	if slices.Equal(known, routineFields) && yamlstrict.Contains(exerciseFields, key) {
		return fmt.Sprintf("unknown field %s for a routine; it is an exercise's field: indent it to line up with that exercise's name:", yamlstrict.Quote(key)), ""
	}
	return fmt.Sprintf("unknown field %s, want one of %s", yamlstrict.Quote(key), strings.Join(known, ", ")), ""
}
