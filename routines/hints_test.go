package routines

import (
	"strings"
	"testing"
)

// A step with ": " in it says to quote it, and a list item without its
// dash says which line and to add one (issue 20, item 21).
func TestSlipsInStepsSayTheFix(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"colon", "name: Mine\nexercises:\n  - name: A\n    steps:\n      - Note: then arch your back\n    hold: 5s\n",
			`mine.yaml:5:9: exercise "a": steps: want text, got a mapping: the ": " in it makes it a key and its value; to keep it as text, put it in quotes: "Note: then arch your back"`},
		{"dash", "name: Mine\nexercises:\n  - name: A\n    steps:\n      - Sit tall.\n      Then arch.\n    hold: 5s\n",
			`mine.yaml:6: not valid YAML: could not find expected ':': line 6 "Then arch." is neither a key (name: ...) nor a list item; if it is one more item of the list above, start it with "- ", lined up with the other dashes`},
	} {
		_, err := Parse("mine.yaml", []byte(c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got\n%v\nwant\n%s", c.name, err, c.want)
		}
	}
}
