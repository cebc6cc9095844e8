// Package cue says in words what the coach is doing, for the plain,
// screen-reader-friendly output (--plain) and for spoken cues (--speak).
// The model describes its state as a Cue; observers compare one Cue with
// the next and print or speak what changed.
package cue

// Kinds of state.
const (
	Pick    = "pick"
	Checkin = "checkin"
	Prepare = "prepare"
	Work    = "work"
	Rest    = "rest"
	Paused  = "paused"
	Pain    = "pain"
	Confirm = "confirm"
	Summary = "summary"
	Waiting = "waiting" // remind: waiting for the next break
	Due     = "due"     // remind: a break is due
)

// Cue is the coach's state in words.
type Cue struct {
	// Key changes exactly when Line is news: a new step, a pause, a new
	// screen, a moved cursor.
	Key  string
	Kind string
	// Line is the event as one line, like "Bird dog, left leg, rep 3 of
	// 10: hold 5 seconds".
	Line string
	// Exercise is the exercise's name, Side the side (or ""), for speech.
	Exercise string
	Side     string
	// Seconds is what a countdown shows, rounded up; 0 without one.
	Seconds int
	// Step is the key of the step under way, also while paused or asking
	// to quit, so that a return to it is known as one.
	Step string
}
