package routines

import (
	"bytes"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// Tip is one piece of prevention advice, shown at the end of a routine.
type Tip struct {
	Title string `yaml:"title"`
	Text  string `yaml:"text"`
}

// ParseTips reads a tips file: a mapping with a list of tips, each with a
// title and a text.
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
		doc.Tips[i] = Tip{Title: safetext.Line(t.Title), Text: safetext.Line(t.Text)}
	}
	return doc.Tips, nil
}
