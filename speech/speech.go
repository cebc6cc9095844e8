// Package speech speaks the coach's cues through the first speech program
// found: espeak-ng, espeak, say or spd-say. Speaking never waits: each cue
// starts the program and goes on, cutting off a cue still being spoken.
package speech

import (
	"fmt"
	"os/exec"
	"sync"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
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

// Speaker turns the coach's events into speech.
type Speaker struct {
	mu       sync.Mutex
	say      func(text string) // starts speaking, does not wait
	exercise string            // the exercise last named
	workSide string            // the side of the last hold, to hear a switch
}

var _ coach.Sink = (*Speaker)(nil)

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

// Event speaks what an event calls for: the exercise's name when it
// starts, "switch sides" or "rest" when a rest starts, and the last three
// seconds of each hold.
func (s *Speaker) Event(e coach.Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w := s.words(e); w != "" {
		s.say(w)
	}
}

func (s *Speaker) words(e coach.Event) string {
	switch e := e.(type) {
	case coach.StepStarted:
		side := e.Exercise.SideLabel(e.Step.Side)
		switch e.Step.Kind {
		case routines.Prepare:
			if e.Exercise.Name == s.exercise {
				return ""
			}
			s.exercise, s.workSide = e.Exercise.Name, ""
			return e.Exercise.Name
		case routines.Rest:
			if side != "" && s.workSide != "" && side != s.workSide {
				return "switch sides"
			}
			return "rest"
		}
		s.workSide = side
	case coach.Countdown:
		return fmt.Sprint(e.N)
	case coach.Ended:
		s.exercise = "" // a routine run again is named again
	}
	return ""
}
