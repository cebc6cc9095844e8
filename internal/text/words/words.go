// Package words says lists, counts and times as backcoach's messages say
// them, in one place for every screen, command and output: "a, b or c",
// "3 exercises", "1:02:03", "1 minute 30 seconds", "in 2 h 5 min",
// "tomorrow 09:00".
package words

import (
	"fmt"
	"strings"
)

// Or is "a, b or c".
func Or(list []string) string { return join(list, "or") }

// And is "a, b and c".
func And(list []string) string { return join(list, "and") }

// join joins list with commas, and conj before the last.
func join(list []string, conj string) string {
	if len(list) < 2 {
		return strings.Join(list, "")
	}
	return strings.Join(list[:len(list)-1], ", ") + " " + conj + " " + list[len(list)-1]
}

// Plural is word for one, else word with an s: "day", "days".
func Plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Count is n and its word: "1 exercise", "3 exercises", "0 days".
func Count(n int, word string) string { return fmt.Sprintf("%d %s", n, Plural(n, word)) }

// Capitalize upper-cases the first letter of s.
func Capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
