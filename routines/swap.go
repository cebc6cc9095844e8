package routines

import (
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// swapWord is one word of a swap: letters, with hyphens or apostrophes
// inside.
var swapWord = regexp.MustCompile(`^\p{L}+(['-]\p{L}+)*$`)

// swap reads the swap field: exactly two different words, on an exercise
// that is mirrored.
func (p *parser) swap(n *yaml.Node, mirror bool) [2]string {
	const want = "two different words, like [forward, back]"
	if n.Kind != yaml.SequenceNode {
		p.fail(n, "swap", "want %s, got %s", want, describe(n))
		return [2]string{}
	}
	if len(n.Content) != 2 {
		p.fail(n, "swap", "want %s, got %d", want, len(n.Content))
		return [2]string{}
	}
	var out [2]string
	for i, c := range n.Content {
		s := p.text(c, "swap", MaxNameLen)
		if s != "" && !swapWord.MatchString(s) {
			p.fail(c, "swap", "want one word, got %q", s)
			return [2]string{}
		}
		out[i] = s
	}
	if out[0] == "" || out[1] == "" {
		return [2]string{}
	}
	if strings.EqualFold(out[0], out[1]) {
		p.fail(n, "swap", "want %s, got %q twice", want, out[0])
		return [2]string{}
	}
	if !mirror {
		p.fail(n, "swap", "says what changes on the mirrored side, so it needs mirror: true")
		return [2]string{}
	}
	return out
}
