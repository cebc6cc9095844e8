package yamlstrict

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestQuoteCutsALongValue(t *testing.T) {
	if got := Quote("short"); got != `"short"` {
		t.Errorf("Quote(short) = %s", got)
	}
	long := strings.Repeat("é", 12345)
	if got, want := Quote(long), `"`+strings.Repeat("é", MaxQuoted)+`"... (12,345 characters)`; got != want {
		t.Errorf("Quote of 12,345 characters = %s, want %s", got, want)
	}
	if got := Quote("a\x1b[2Jb"); got != `"a\x1b[2Jb"` {
		t.Errorf("an escape sequence is quoted raw: %s", got)
	}
}

func TestPlainFindsAliasesTagsAndDepth(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"a: &x 1\nb: *x\n", "YAML aliases (*x) are not allowed in a test file; write the value out"},
		{"a: !foo 1\n", "YAML tags (!foo) are not allowed in a test file; write the value plainly"},
		{"a: [[[[1]]]]\n", "nested more than 3 levels deep; a test file needs a few at most"},
		{"a: !!str 1\nb: [[1]]\n", ""},
	} {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(c.src), &doc); err != nil {
			t.Fatal(err)
		}
		bad, msg := Plain(doc.Content[0], 3, "a test file")
		if msg != c.want || (bad == nil) != (c.want == "") {
			t.Errorf("%q: %q, want %q", c.src, msg, c.want)
		}
	}
}

// The parser names no line for a control character or a byte that is
// not UTF-8; Syntax finds it.
func TestSyntaxFindsTheLine(t *testing.T) {
	for _, c := range []struct {
		src       string
		line, col int
		msg       string
	}{
		{"a: 1\nb: x\x1by\n", 2, 5, `control character \x1b is not allowed`},
		{"a: 1\n\nb: \xff\n", 3, 4, `byte \xff is not UTF-8`},
		{"a: [1\n", 1, 0, "did not find expected ',' or ']'"},
	} {
		var doc yaml.Node
		err := yaml.Unmarshal([]byte(c.src), &doc)
		if err == nil {
			t.Fatalf("%q parsed", c.src)
		}
		line, col, msg := Syntax(err, []byte(c.src))
		if line != c.line || col != c.col || !strings.Contains(msg, c.msg) {
			t.Errorf("%q: %d:%d %q, want %d:%d %q", c.src, line, col, msg, c.line, c.col, c.msg)
		}
	}
}
