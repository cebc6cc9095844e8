package coach

// Outcome is how a session, or one of its exercises, ended.
type Outcome string

// The outcomes. A session is Skipped when it ran to its end with no hold
// done; an exercise is NotReached when the session ended before it.
const (
	Running    Outcome = "running"
	Finished   Outcome = "finished"
	Skipped    Outcome = "skipped"
	Pain       Outcome = "pain"
	Quit       Outcome = "quit"
	NotReached Outcome = "not-reached"
)

// Decide is how a session ended: the one rule behind what the summary,
// the journal and its export, history and the streak say of it. how is
// how it stopped: Finished at the end of the plan, Pain when it was ended
// at a stop for pain, Quit when the user quit or the program was stopped,
// Running while it runs. A session with an exercise stopped for pain
// ended for pain, whatever came after (the next exercise, the end, a
// quit); one that ran to its end with no hold done was Skipped.
func Decide(how Outcome, painStops, done int) Outcome {
	switch {
	case how == Running:
		return Running
	case painStops > 0:
		return Pain
	case how == Finished && done == 0:
		return Skipped
	}
	return how
}

// Counts reports whether a session that ended so counts for the streak:
// a finished routine, and one ended for pain, which counts like a
// finished one so that nothing rewards pushing through pain.
func (o Outcome) Counts() bool { return o == Finished || o == Pain }
