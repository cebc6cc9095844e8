package routines

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/yamlstrict"
)

// scalar returns a scalar's text, or "" after an error naming what was wanted.
func (p *parser) scalar(n *yaml.Node, field, want string) string {
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" || n.Value == "" {
		p.fail(n, field, "want %s, got %s%s", want, describe(n), quoteHint(n, want))
		return ""
	}
	return n.Value
}

// text reads one line of text. Line breaks (from folded YAML) become spaces
// and control and invisible characters are dropped (safetext.Line), so a
// file cannot write to the terminal or reorder what it shows. Text with
// nothing left to see is an error: it would be an empty row.
//
// Text over max characters (once cleaned) is an error too.
func (p *parser) text(n *yaml.Node, field string, max int) string {
	s := safetext.Line(p.scalar(n, field, "text"))
	if !visible(s) {
		if n.Kind == yaml.ScalarNode && n.Value != "" {
			p.fail(n, field, "has no visible text, want text")
		}
		return ""
	}
	if !p.checkLen(n, field, s, max) {
		return ""
	}
	return s
}

// visible reports whether s has a character that draws something: a
// letter, digit, punctuation or symbol (not only spaces and marks).
func visible(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return unicode.In(r, unicode.L, unicode.N, unicode.P, unicode.S)
	})
}

// textList reads a list of at most most items (what they are called in
// the message), each text of at most maxLen characters.
func (p *parser) textList(n *yaml.Node, field, want string, most int, what string, maxLen int) []string {
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		p.fail(n, field, "want a list of %s, got %s", want, describe(n))
		return nil
	}
	if len(n.Content) > most {
		p.fail(n, field, "want at most %d %s, got %s", most, what, yamlstrict.Thousands(len(n.Content)))
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		if s := p.text(c, field, maxLen); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) id(n *yaml.Node, field string) string {
	s := p.scalar(n, field, "an id like bird-dog")
	if s == "" || !p.checkLen(n, field, s, MaxNameLen) {
		return s
	}
	if !isID(s) {
		p.fail(n, field, "want lower-case letters, digits and dashes like bird-dog, got %s", yamlstrict.Quote(s))
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
	if fix := rangeFix(lo, hi); fix != "" {
		p.fail(n, field, "want a range like 5-10s, got %s: write %s", yamlstrict.Quote(s), fix)
		return Span{}
	}
	// "5-10s": a bare low end takes the last unit of the high end.
	max, err := parseDuration(hi, "")
	if err != nil {
		p.fail(n, field, "%v (in the range %s)", err, yamlstrict.Quote(s))
		return Span{}
	}
	min, err := parseDuration(lo, hi[strings.LastIndexAny(hi, "0123456789.")+1:])
	if err != nil {
		p.fail(n, field, "%v (in the range %s)", err, yamlstrict.Quote(s))
		return Span{}
	}
	if min > max {
		p.fail(n, field, "want the shorter time first, like 5-10s, got %s", yamlstrict.Quote(s))
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
		p.fail(n, field, "want a number like 10 or a range like 3-5, got %s", yamlstrict.Quote(s))
	case min < 1:
		p.fail(n, field, "want at least 1, got %s", yamlstrict.Quote(s))
	case max > MaxReps:
		p.fail(n, field, "want at most %d, got %s", MaxReps, yamlstrict.Quote(s))
	case min > max:
		p.fail(n, field, "want the smaller number first, like 3-5, got %s", yamlstrict.Quote(s))
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
		if w, ok := inWords(t); ok && w > 0 && w <= MaxDuration {
			return 0, fmt.Errorf("want a duration like 30s, got %s: write %s", yamlstrict.Quote(s), FormatDuration(w))
		}
		return 0, fmt.Errorf("want a duration like 30s, got %s", yamlstrict.Quote(s))
	case d <= 0:
		return 0, fmt.Errorf("want a duration above zero, got %s", yamlstrict.Quote(s))
	case d > MaxDuration:
		return 0, fmt.Errorf("want at most %s, got %s", FormatDuration(MaxDuration), yamlstrict.Quote(s))
	}
	return d, nil
}

// timeUnits are the words people write for the units of a duration.
var timeUnits = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "secs": time.Second, "second": time.Second, "seconds": time.Second,
	"m": time.Minute, "min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
}

var (
	timePart  = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*([a-z]+)`)
	clockTime = regexp.MustCompile(`^(\d+):([0-5]\d)$`)
)

// inWords reads a duration as people write it, to say how to write it:
// "30 seconds", "2 min", "30sec", "1 minute 30 seconds", "30S", or the
// clock's "1:30". ok is false when s is none of these.
func inWords(s string) (d time.Duration, ok bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	if m := clockTime.FindStringSubmatch(t); m != nil {
		min, _ := strconv.Atoi(m[1])
		sec, _ := strconv.Atoi(m[2])
		return time.Duration(min)*time.Minute + time.Duration(sec)*time.Second, true
	}
	parts := timePart.FindAllStringSubmatch(t, -1)
	if len(parts) == 0 {
		return 0, false
	}
	for _, m := range parts {
		unit, known := timeUnits[m[2]]
		n, err := strconv.ParseFloat(m[1], 64)
		if !known || err != nil {
			return 0, false
		}
		d += time.Duration(n * float64(unit))
	}
	// Between the parts only spaces, commas and "and": "1 min and 30 sec".
	rest := strings.NewReplacer(",", " ", " and ", " ").Replace(" " + timePart.ReplaceAllString(t, " ") + " ")
	return d, strings.TrimSpace(rest) == ""
}

// rangeFix is what to write for a range with an end in words ("5-10
// seconds": 5-10s), or "" when neither end is in words or one end is
// wrong in another way.
func rangeFix(lo, hi string) string {
	fix := func(s string) (string, bool) {
		if _, err := time.ParseDuration(s); err == nil {
			return s, false
		}
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s, false // a bare low end takes the high end's unit
		}
		if d, ok := inWords(s); ok && d > 0 {
			return FormatDuration(d), true
		}
		return "", false
	}
	l, lw := fix(lo)
	h, hw := fix(hi)
	if (!lw && !hw) || l == "" || h == "" {
		return ""
	}
	return l + "-" + h
}
