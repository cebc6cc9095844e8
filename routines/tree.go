package routines

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func (p *parser) yamlError(err error, data []byte) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		msg = m[2]
	}
	if p.layoutError(msg, data) {
		return
	}
	e := &Error{File: p.file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	}
	e.Msg = "not valid YAML: " + e.Msg
	p.errs = append(p.errs, e)
}

// coreTags are the tags a routine is written in; a file may spell them
// out (name: !!str 2026).
var coreTags = []string{"!!str", "!!int", "!!float", "!!bool", "!!null", "!!seq", "!!map"}

// plainTree checks the whole tree before anything is read from it, and
// fails at the first alias, tag or level too deep. Routine files need no
// aliases, and refusing them stops alias bombs before anything expands;
// other tags (!!binary, !!python/object, !foo) would hide a value from a
// reader of the file or mean something to another program.
func (p *parser) plainTree(n *yaml.Node, depth int) bool {
	switch {
	case n.Kind == yaml.AliasNode:
		p.fail(n, "", "YAML aliases (*%s) are not allowed in a routine file; write the value out", cut(n.Value))
		return false
	case depth > maxDepth:
		p.fail(n, "", "nested more than %d levels deep; a routine needs no more than 4", maxDepth)
		return false
	case n.Style&yaml.TaggedStyle != 0 && !contains(coreTags, n.ShortTag()):
		tag := n.ShortTag()
		if !strings.HasPrefix(tag, "!") {
			tag = "!<" + tag + ">"
		}
		p.fail(n, "", "YAML tags (%s) are not allowed in a routine file; write the value plainly", cut(tag))
		return false
	}
	for _, c := range n.Content {
		if !p.plainTree(c, depth+1) {
			return false
		}
	}
	return true
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
		return quote(n.Value)
	}
	return "an alias"
}

func exerciseLabel(id string, i int) string {
	if id == "" {
		return fmt.Sprintf("exercise %d", i+1)
	}
	return "exercise " + quote(id)
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
