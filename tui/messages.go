package tui

import (
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// Messages between the screens and the root. A screen says what happened;
// the root decides which screen comes next.

// tickMsg asks a session to look at the clock: a countdown's shown second
// has changed, or a step has reached its deadline. session and gen are
// the session and its walk's generation when the tick was asked for; a
// tick from another session or generation is stale and dropped, so no
// second tick loop starts.
type tickMsg struct{ session, gen int }

// startMsg starts the routine given in Options.Start once the program
// runs, so that its first deadline is taken from the clock then, not when
// the model was built.
type startMsg struct{}

// routineChosenMsg: the picker chose a routine.
type routineChosenMsg struct{ routine routines.Routine }

// checkinDoneMsg: a check-in was answered (rating nil: skipped).
type checkinDoneMsg struct{ rating *int }

// checkinLeftMsg: the user left a check-in with q (back, or skip).
type checkinLeftMsg struct{}

// painStoppedMsg: the session stopped an exercise because it hurts: where
// ("Bird dog, left leg, rep 3"), and whether it was the routine's last.
type painStoppedMsg struct {
	where string
	last  bool
}

// painDecidedMsg: after a stop for pain, go on with the next exercise or
// end the routine.
type painDecidedMsg struct{ goOn bool }

// sessionEndedMsg: the session's walk ended (not quit: quitting ends the
// program).
type sessionEndedMsg struct{}

// pickAgainMsg: from the summary, back to the picker.
type pickAgainMsg struct{}

// journalSavedMsg says a snapshot was (or could not be) written.
type journalSavedMsg struct{ err error }

// historyLoadedMsg carries the past sessions, read from the journal once
// the program runs, so reading years of history never delays the first
// frame.
type historyLoadedMsg struct {
	sessions []journal.Session
	err      error
	start    bool // then start the routine asked for (run ID)
}
