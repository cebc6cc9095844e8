package coach

import (
	"sync"
	"time"

	"github.com/backcoach/backcoach/routines"
)

// Event is something an output may want to ring, say or print. The walk
// emits the step events; the screens emit Shown; the reminder BreakDue.
type Event interface{ event() }

// At says where in a plan an event happened: the step, its exercise, the
// step's number in the plan, how many exercises the routine has, and the
// plan's level.
type At struct {
	Step      routines.Step
	Exercise  routines.Exercise
	Index     int
	Exercises int
	Level     routines.Level
}

// StepStarted: a step (get ready, hold, rest) began. Clock says the
// clock ended the step before (not a key), so the user may be away from
// the keyboard and want to hear it. Paused says the walk is held, so the
// countdown does not run yet (a jump while paused).
type StepStarted struct {
	At
	Clock  bool
	Paused bool
}

// StepEnded: a step ended. Early is true when a key ended it (skip, back,
// skip exercise) rather than the clock.
type StepEnded struct {
	At
	Early bool
}

// Countdown: a hold's shown seconds reached N (3, 2 or 1).
type Countdown struct {
	At
	N int
}

// PauseReason says why a walk was paused.
type PauseReason int

const (
	// ByUser: the user paused.
	ByUser PauseReason = iota
	// ForQuestion: the countdown is held while a question is asked (quit?).
	ForQuestion
	// ForPain: the exercise hurt; the walk waits for the user's choice.
	ForPain
	// WhileHidden: the countdown is held while the screen cannot show it
	// (the full help over it, a window too small).
	WhileHidden
)

// Paused: the countdown was held, Left to go.
type Paused struct {
	At
	Left time.Duration
	Why  PauseReason
}

// Resumed: the countdown runs again, Left to go.
type Resumed struct {
	At
	Left time.Duration
}

// Ended: the walk ended, at the end of the plan or otherwise.
type Ended struct{ Outcome Outcome }

// BreakDue: a reminder says it is time for a break with a routine.
type BreakDue struct{ Routine string }

// Shown: a screen that asks or tells something appeared; Line says it in
// words (for --plain, screen readers and logs). Screen names it.
type Shown struct {
	Screen string
	Line   string
}

func (StepStarted) event() {}
func (StepEnded) event()   {}
func (Countdown) event()   {}
func (Paused) event()      {}
func (Resumed) event()     {}
func (Ended) event()       {}
func (BreakDue) event()    {}
func (Shown) event()       {}

// Sink is an output: it hears every event, in order. Sinks may do I/O, so
// they run outside the model's Update (in a command).
type Sink interface{ Event(Event) }

// Sinks hands each event to every sink in turn.
type Sinks []Sink

// Event implements Sink.
func (s Sinks) Event(e Event) {
	for _, k := range s {
		k.Event(e)
	}
}

// SinkFunc is a function as a Sink.
type SinkFunc func(Event)

// Event implements Sink.
func (f SinkFunc) Event(e Event) { f(e) }

// Stream hands events to a sink in the order they were emitted, whatever
// order the commands carrying them run in: Bubble Tea runs each command on
// a goroutine of its own.
type Stream struct {
	sink Sink

	mu      sync.Mutex
	emitted uint64 // batches handed out
	next    uint64 // the batch to deliver next
	waiting map[uint64][]Event
}

// NewStream streams to sink; a nil sink makes a stream that drops all.
func NewStream(sink Sink) *Stream {
	return &Stream{sink: sink, waiting: map[uint64][]Event{}}
}

// Emit takes a batch of events in its place in the order, and returns the
// function that delivers it (and any batch it held up), to run in a
// command. It returns nil when there is nothing to deliver.
func (s *Stream) Emit(evs ...Event) func() {
	if s == nil || s.sink == nil || len(evs) == 0 {
		return nil
	}
	s.mu.Lock()
	n := s.emitted
	s.emitted++
	s.mu.Unlock()
	return func() { s.deliver(n, evs) }
}

func (s *Stream) deliver(n uint64, evs []Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waiting[n] = evs
	for {
		batch, ok := s.waiting[s.next]
		if !ok {
			return
		}
		delete(s.waiting, s.next)
		s.next++
		for _, e := range batch {
			s.sink.Event(e)
		}
	}
}
