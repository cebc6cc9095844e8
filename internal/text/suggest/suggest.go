// Package suggest finds the known word a typo was meant to be: the field
// of a routine file (hodl: did you mean hold?), the flag of a command
// (--evry: did you mean --every?).
package suggest

import "strings"

// Nearest returns the word of known that word is nearest to, when it is
// near enough to be a slip of the keyboard, else "". Case is ignored, and
// swapping two neighbouring letters counts as one slip: hodl is one slip
// from hold. Words of up to four letters may be one slip away, longer
// ones two. On a tie the first in known wins.
func Nearest(word string, known []string) string {
	w := strings.ToLower(word)
	most := 1
	if len([]rune(w)) > 4 {
		most = 2
	}
	best, bestD := "", most+1
	for _, k := range known {
		if d := distance(w, strings.ToLower(k)); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// distance is the optimal string alignment distance between a and b: the
// letters to insert, delete or change, or neighbours to swap, to turn one
// into the other.
func distance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// Three rows are enough: a swap looks two rows back.
	prev2, prev, cur := make([]int, len(t)+1), make([]int, len(t)+1), make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}
