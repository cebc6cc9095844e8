// Package sound lets a routine be followed by ear, without looking and
// without a speech program: a distinct sound for a hold starting, a hold
// ending (rest or switch sides), each of the last three seconds of a hold,
// and the end of the routine. It plays tones through a sound player when
// one is installed (pw-play, paplay, aplay, afplay), and rings the
// terminal's bell in patterns otherwise. Nothing here ever waits for a
// sound to end.
package sound

import (
	"io"
	"sync"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
)

// Cue is a kind of sound.
type Cue int

// The cues.
const (
	Go     Cue = iota // a hold starts
	Rest              // a hold ended: rest, or get ready for the next exercise
	Switch            // a hold ended: switch sides
	Tick              // 3, 2, 1: the last seconds of a hold
	Done              // the routine is finished
	cues
)

func (c Cue) String() string { return [...]string{"go", "rest", "switch", "tick", "done"}[c] }

// For is the cue an event calls for, if any. Steps that a key started
// make no sound: the user is at the keyboard.
func For(e coach.Event) (Cue, bool) {
	switch e := e.(type) {
	case coach.StepStarted:
		if !e.Clock {
			return 0, false
		}
		switch {
		case e.Step.Kind == routines.Work:
			return Go, true
		case e.Exercise.IsSwitch(e.Step):
			return Switch, true
		}
		return Rest, true
	case coach.Countdown:
		return Tick, true
	case coach.Ended:
		if e.Outcome == coach.Finished {
			return Done, true
		}
	}
	return 0, false
}

// Player plays a cue and returns at once.
type Player interface{ Play(Cue) }

// Sink plays the cue each event calls for.
type Sink struct{ Player Player }

// Event implements coach.Sink.
func (s Sink) Event(e coach.Event) {
	if c, ok := For(e); ok {
		s.Player.Play(c)
	}
}

var _ coach.Sink = Sink{}

// Patterns are the terminal bells of each cue: one for a tick of the
// countdown, two for a hold starting, three for a hold ending, five for
// the end of the routine.
var Patterns = [cues]int{Go: 2, Rest: 3, Switch: 3, Tick: 1, Done: 5}

// BellGap is the time between the bells of a pattern.
const BellGap = 180 * time.Millisecond

// Bells plays cues as patterns of the terminal's bell.
type Bells struct {
	mu    sync.Mutex
	w     io.Writer
	after func(time.Duration, func())
}

// NewBells rings on w, the terminal.
func NewBells(w io.Writer) *Bells {
	return &Bells{w: w, after: func(d time.Duration, f func()) { time.AfterFunc(d, f) }}
}

// Play rings the cue's pattern: the first bell now, the rest later.
func (b *Bells) Play(c Cue) {
	for i := range Patterns[c] {
		if i == 0 {
			b.ring()
			continue
		}
		b.after(time.Duration(i)*BellGap, b.ring)
	}
}

func (b *Bells) ring() {
	b.mu.Lock()
	defer b.mu.Unlock()
	_, _ = io.WriteString(b.w, "\a")
}
