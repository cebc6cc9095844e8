package tui

import (
	"time"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// Every message of the screens and the two roots, each named for what
// happened. A screen says what happened; the root decides what comes
// next, and only a root quits (tea.Quit).

// programStartedMsg says the program runs: the routine given in
// Options.Start begins now, so that its first deadline is taken from the
// clock then, not when the model was built.
type programStartedMsg struct{}

// sessionTickMsg asks a session to look at the clock: a countdown's
// shown second has changed, or a step has reached its deadline. session
// and gen are the session and its walk's generation when the tick was
// asked for; a tick from another session or generation is stale and
// dropped, so no second tick loop starts.
type sessionTickMsg struct{ session, gen int }

// routineChosenMsg says the picker chose a routine.
type routineChosenMsg struct{ routine routines.Routine }

// levelChosenMsg says the picker switched the level.
type levelChosenMsg struct{ level routines.Level }

// checkinAnsweredMsg says a check-in was answered (rating nil: skipped).
type checkinAnsweredMsg struct{ rating *int }

// checkinLeftMsg says the user left a check-in with q (back, or skip).
type checkinLeftMsg struct{}

// tenWaitEndedMsg says a 1 typed at a check-in waited tenWait with no 0
// after it: the rating is 1. gen drops the wait of a 1 typed before.
type tenWaitEndedMsg struct{ gen int }

// severeDecidedMsg says the user chose, after rating severe pain, to
// start the routine gently anyway, or not to start it.
type severeDecidedMsg struct{ gently bool }

// painStoppedMsg says the session stopped an exercise because it hurts:
// where ("Bird dog, left leg, rep 3"), and whether it was the routine's
// last.
type painStoppedMsg struct {
	where string
	last  bool
}

// painDecidedMsg says the user chose, after a stop for pain, to go on
// with the next exercise or to end the routine.
type painDecidedMsg struct{ goOn bool }

// sessionEndedMsg says the session's walk ended (not quit: that is
// quitChosenMsg).
type sessionEndedMsg struct{}

// anotherRoutineChosenMsg says the user chose, on the summary, to pick
// another routine.
type anotherRoutineChosenMsg struct{}

// quitChosenMsg says the user chose to quit: from the picker or the
// summary, the routine under way, or a check-in of `run`. The coach's
// root quits the program; remind's ends the break and waits again.
type quitChosenMsg struct{}

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

// remindTickMsg says the reminder woke: the minutes shown changed, or a
// break fell due. gen drops ticks from before a snooze or a break.
type remindTickMsg struct{ gen int }

// journalLookedAtMsg says whether the journal holds a routine done
// elsewhere, and when it ended, looked at as the reminder woke (gen):
// before it rings, so a break just taken with `backcoach run` is not
// asked for.
type journalLookedAtMsg struct {
	gen   int
	end   time.Time
	found bool
}

// breakLoadedMsg brings the routines read again as a break starts.
type breakLoadedMsg struct {
	routines []routines.Routine
	warning  string
}

// remindAskedMsg says another terminal asked the reminder something
// (backcoach remind snooze).
type remindAskedMsg struct{ req breaks.Request }

// remindSavedMsg says remind's state was (or could not be) recorded.
type remindSavedMsg struct{ err error }
