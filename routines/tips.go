package routines

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// The backs a tip or a routine concerns.
const (
	UpperBack = "upper"
	LowBack   = "low"
	BothBacks = "both"
)

// Tip is one piece of prevention advice, shown at the end of a routine.
// Back says which back it concerns: UpperBack, LowBack or BothBacks (the
// default); a tip for both fits either routine.
type Tip struct {
	Title string `yaml:"title"`
	Text  string `yaml:"text"`
	Back  string `yaml:"back"`
}

// ParseTips reads a tips file: a mapping with a list of tips, each with a
// title, a text and, optionally, the back it concerns.
func ParseTips(file string, data []byte) ([]Tip, error) {
	var doc struct {
		Tips []Tip `yaml:"tips"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for i, t := range doc.Tips {
		if t.Title == "" || t.Text == "" {
			return nil, fmt.Errorf("%s: tip %d: want a title and a text", file, i+1)
		}
		switch t.Back {
		case "":
			t.Back = BothBacks
		case UpperBack, LowBack, BothBacks:
		default:
			return nil, fmt.Errorf("%s: tip %d: back: want upper, low or both, got %q", file, i+1, safetext.Line(t.Back))
		}
		doc.Tips[i] = Tip{Title: safetext.Line(t.Title), Text: safetext.Line(t.Text), Back: t.Back}
	}
	return doc.Tips, nil
}

// BackOf says which back a routine concerns, from the words of its id:
// "upper-back" is UpperBack, "low-back" or "lower-back-easy" LowBack, and
// an id that names neither (or both) BothBacks, which every tip fits.
func BackOf(routineID string) string {
	upper, low := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(routineID), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) {
		switch w {
		case "upper":
			upper = true
		case "low", "lower":
			low = true
		}
	}
	switch {
	case upper && !low:
		return UpperBack
	case low && !upper:
		return LowBack
	}
	return BothBacks
}

// Fits reports whether a tip suits a routine about back: a tip for both,
// or a routine for both, always fits.
func (t Tip) Fits(back string) bool {
	return t.Back == BothBacks || back == BothBacks || t.Back == back
}

// TipOfDay is the index in tips of the tip to show at the end of a
// routine about back on the day of at: one of the tips that fit, the next
// one each day, by the date where at is (its location's, not UTC's). With
// none that fits it picks among all; with no tips it is 0.
func TipOfDay(tips []Tip, back string, at time.Time) int {
	var fit []int
	for i, t := range tips {
		if t.Fits(back) {
			fit = append(fit, i)
		}
	}
	if len(fit) == 0 {
		for i := range tips {
			fit = append(fit, i)
		}
	}
	if len(fit) == 0 {
		return 0
	}
	y, m, d := at.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
	return fit[int(((day%int64(len(fit)))+int64(len(fit)))%int64(len(fit)))]
}
