// Package speech speaks the coach's cues through the first speech program
// found: espeak-ng, espeak, say or spd-say. Speaking never waits: each cue
// starts the program and goes on, cutting off a cue still being spoken
// (one program at a time, see package child), and Stop ends the last.
package speech

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/outputs/child"
	"github.com/backcoach/backcoach/internal/text/words"
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
	program  *child.One        // the speech program speaking; nil in tests
	exercise string            // the exercise last named
	said     int               // a count already said with its hold
}

var _ coach.Sink = (*Speaker)(nil)

// New speaks with the program at path: a new cue cuts the one before
// short.
func New(path string) *Speaker {
	program := &child.One{}
	return &Speaker{program: program, say: func(text string) { _ = program.Start(Command(path, text)) }}
}

// Stop lets the words being said end within grace, then stops them; the
// speaker says nothing more.
func (s *Speaker) Stop(grace time.Duration) {
	if s.program != nil {
		s.program.Stop(grace)
	}
}

// maxText is the most that is said at once: words come from routine
// files, and a stranger's file may hold a very long name.
const maxText = 300

// Command is the command that says text with the speech program at path.
// The text comes from routine files, so it never goes where the program
// reads options: espeak-ng and espeak read it from stdin (--stdin), say
// from stdin (-f -), and spd-say after "--", which ends its options.
func Command(path, text string) *exec.Cmd {
	if r := []rune(text); len(r) > maxText {
		text = string(r[:maxText])
	}
	var cmd *exec.Cmd
	switch filepath.Base(path) {
	case "spd-say":
		return exec.Command(path, "--", text)
	case "say":
		cmd = exec.Command(path, "-f", "-")
	default: // espeak-ng, espeak
		cmd = exec.Command(path, "--stdin")
	}
	cmd.Stdin = strings.NewReader(text)
	return cmd
}

// NewWith speaks through say; tests record the words.
func NewWith(say func(string)) *Speaker { return &Speaker{say: say} }

// Event speaks what an event calls for: the exercise (and the move into
// its position) when it starts, "Hold, left side, 30 seconds" when a hold
// starts, "Switch sides" or "Rest" when a rest starts, 3, 2, 1 at the end
// of a hold, and "Done" at the end of the routine.
func (s *Speaker) Event(e coach.Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w := s.words(e); w != "" {
		s.say(w)
	}
}

// Words is what is said of an event, "" for nothing. It remembers the
// exercise last named, so going back to a get-ready does not repeat it.
func (s *Speaker) words(e coach.Event) string {
	switch e := e.(type) {
	case coach.StepStarted:
		switch e.Step.Kind {
		case routines.Prepare:
			if e.Exercise.Name == s.exercise {
				return ""
			}
			s.exercise = e.Exercise.Name
			if move := routines.MoveTo(e.Step.From, e.Exercise.Position); move != "" {
				return e.Exercise.Name + ". " + move + "."
			}
			return e.Exercise.Name
		case routines.Rest:
			if e.Exercise.IsSwitch(e.Step) {
				return "Switch sides"
			}
			return "Rest"
		}
		w := hold(e.At)
		if secs := int((e.Step.Duration + time.Second - 1) / time.Second); secs <= 3 {
			// A short hold starts with its countdown: say both at once,
			// so the count does not cut the hold's words short.
			s.said = secs
			w += ", " + fmt.Sprint(secs)
		}
		return w
	case coach.Countdown:
		if e.N == s.said {
			s.said = 0
			return ""
		}
		return fmt.Sprint(e.N)
	case coach.Ended:
		s.exercise = "" // a routine run again is named again
		if e.Outcome == coach.Finished {
			return "Done"
		}
	}
	return ""
}

// hold says a hold: "Hold, left side, 30 seconds"; a short one without its
// time, which the countdown says.
func hold(at coach.At) string {
	w := "Hold"
	if at.Exercise.Mode == routines.Move {
		w = "Keep moving"
	}
	if side := at.Exercise.SideLabel(at.Step.Side); side != "" {
		w += ", " + strings.ToLower(side)
	}
	if at.Step.Duration >= 10*time.Second {
		w += ", " + words.Spoken(at.Step.Duration)
	}
	return w
}
