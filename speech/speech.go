// Package speech speaks the coach's cues through the first speech program
// found: espeak-ng, espeak, say or spd-say. Speaking never waits: each cue
// starts the program and goes on, cutting off a cue still being spoken.
package speech

import (
	"fmt"
	"os/exec"
	"sync"

	"github.com/backcoach/backcoach/cue"
)

// Programs are the speech programs tried, in order.
var Programs = []string{"espeak-ng", "espeak", "say", "spd-say"}

// Find returns the first speech program on the PATH.
func Find(lookPath func(string) (string, error)) (string, bool) {
	for _, p := range Programs {
		if path, err := lookPath(p); err == nil {
			return path, true
		}
	}
	return "", false
}

// Speaker turns cues into speech.
type Speaker struct {
	mu       sync.Mutex
	say      func(text string) // starts speaking, does not wait
	prev     cue.Cue
	workSide string  // the side of the last hold, to hear a switch
	step     cue.Cue // the last cue of a step (not a pause or a question)
}

// New speaks with the program at path.
func New(path string) *Speaker {
	var cur *exec.Cmd
	var mu sync.Mutex
	return &Speaker{say: func(text string) {
		mu.Lock()
		defer mu.Unlock()
		if cur != nil && cur.Process != nil {
			_ = cur.Process.Kill() // a new cue cuts the old one short
		}
		cur = exec.Command(path, text)
		if err := cur.Start(); err != nil {
			cur = nil
			return
		}
		go func(c *exec.Cmd) { _ = c.Wait() }(cur)
	}}
}

// NewWith speaks through say; tests record the words.
func NewWith(say func(string)) *Speaker { return &Speaker{say: say} }

// Observe speaks what the change from the last cue calls for.
func (s *Speaker) Observe(c cue.Cue) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.Kind == cue.Paused || c.Kind == cue.Confirm {
		return // an interruption: what follows is compared with the step before
	}
	if w := s.words(c); w != "" {
		s.say(w)
	}
	s.prev = c
}

// words is what to say at c, after s.prev: the exercise's name when it
// starts, "switch sides" or "rest" when a rest starts, and the last three
// seconds of each hold.
func (s *Speaker) words(c cue.Cue) string {
	p := s.prev
	newKey := c.Key != p.Key
	switch {
	case c.Kind == cue.Prepare && newKey && c.Exercise != p.Exercise:
		s.workSide = ""
		return c.Exercise
	case c.Kind == cue.Rest && newKey:
		if c.Side != "" && s.workSide != "" && c.Side != s.workSide {
			return "switch sides"
		}
		return "rest"
	case c.Kind == cue.Work:
		if newKey {
			s.workSide = c.Side
		}
		if c.Seconds >= 1 && c.Seconds <= 3 && (newKey || c.Seconds != p.Seconds) {
			return fmt.Sprint(c.Seconds)
		}
	}
	return ""
}
