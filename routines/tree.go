package routines

import (
	"fmt"

	"github.com/backcoach/backcoach/internal/yamlstrict"
	"gopkg.in/yaml.v3"
)

func (p *parser) yamlError(err error, data []byte) {
	line, col, msg := yamlstrict.Syntax(err, data)
	if p.layoutError(msg, data) {
		return
	}
	p.errs = append(p.errs, &Error{File: p.file, Line: line, Column: col, Msg: "not valid YAML: " + syntaxHint(msg, line, data)})
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
		return yamlstrict.Quote(n.Value)
	}
	return "an alias"
}

func exerciseLabel(id string, i int) string {
	if id == "" {
		return fmt.Sprintf("exercise %d", i+1)
	}
	return "exercise " + yamlstrict.Quote(id)
}

func sizeMessage(n int64) string {
	return fmt.Sprintf("file is %d bytes, over the 1 MiB (%d-byte) limit for a routine", n, MaxFileSize)
}
