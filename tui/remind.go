package tui

import (
	"errors"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// RemindOptions is what `backcoach remind` starts with.
type RemindOptions struct {
	// Coach is how each break's routine runs (routines, journal, clock,
	// outputs).
	Coach  Options
	Breaks breaks.Config
	// Saved records what the reminder is doing ("waiting" for the next
	// break, "due" since next, "paused" until next, "break") for
	// `backcoach status`; it runs in a command. Nil records nothing. A
	// *breaks.LockLostError from it ends the program: another remind may
	// run.
	Saved func(state string, next time.Time, routine string) error
	// Reload reads the routines again as a break starts, so that a fixed
	// file reaches it; it runs in a command. Nil keeps Coach.Routines.
	Reload func() (rs []routines.Routine, warning string)
	// LastBreak is the end of the latest routine recorded after since,
	// done elsewhere (backcoach run while remind waits): the next break is
	// planned from it. One that ends later than now counts once, as ended
	// now, and is said. It runs in a command, at most once a minute. Nil:
	// none.
	LastBreak func(since time.Time) (time.Time, bool)
	// Asks are what other terminals ask (backcoach remind snooze): each
	// is done as its key would be, said on the screen, and answered. Nil:
	// none.
	Asks <-chan breaks.Request
	// Problem is said on the waiting screen from the start (the asks of
	// other terminals cannot reach it), or "".
	Problem string
}

// Reminder is the root model of `backcoach remind`: it waits for the next
// break, shows the time to it, says when it is due, and runs the routine.
type Reminder struct {
	opts     RemindOptions
	c        *common
	sched    breaks.Schedule
	gen      int
	waiting  waitingModel
	coaching bool
	coach    Model
	chosen   string    // the routine chosen at the prompt for the next break, or ""
	warned   string    // the broken-files warning said last
	seen     time.Time // routines done elsewhere up to here are counted
	ahead    time.Time // the end of the last session found ending later than now, or zero
}

var _ tea.Model = Reminder{}

// NewReminder builds the reminder; the first break is one interval away.
func NewReminder(opts RemindOptions) Reminder {
	c := newCommon(opts.Coach, coach.NewStream(opts.Coach.Events))
	r := Reminder{opts: opts, c: c, sched: *breaks.New(opts.Breaks, c.now()), seen: c.now(), warned: opts.Coach.Warning}
	r.waiting = newWaiting(c, opts.Breaks)
	r.waiting.err = opts.Problem
	r.show()
	return r
}

// Init schedules the first wake-up and records the next break.
func (r Reminder) Init() tea.Cmd {
	var warning tea.Cmd
	if w := r.opts.Coach.Warning; w != "" {
		warning = r.c.shown("warning", w) // once, not at every break
	}
	return tea.Batch(warning, r.tickCmd(), r.save(), r.waiting.shown(), r.listen())
}

// tick asks to wake when the screen next changes, dropping any tick asked
// for before.
func (r *Reminder) tick() tea.Cmd {
	r.gen++
	return r.tickCmd()
}

// tickCmd asks for a wake-up with the current generation.
func (r Reminder) tickCmd() tea.Cmd {
	gen := r.gen
	wait := max(time.Millisecond, r.sched.WakeIn(r.c.now()))
	return r.c.tick(wait, func(time.Time) tea.Msg { return remindTickMsg{gen} })
}

// save records what remind is doing, for `backcoach status`.
func (r *Reminder) save() tea.Cmd {
	if r.opts.Saved == nil {
		return nil
	}
	state := "waiting"
	switch {
	case r.coaching:
		state = "break"
	case r.waiting.state == waitDue:
		state = "due"
	case r.waiting.state == waitPaused:
		state = "paused"
	}
	next, routine, save := r.sched.Next(), r.sched.Routine(), r.opts.Saved
	return func() tea.Msg { return remindSavedMsg{save(state, next, routine)} }
}

// Update handles the reminder's keys and ticks, and hands everything to
// the routine while one runs.
func (r Reminder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.c.setSize(msg.Width, msg.Height)
	case remindSavedMsg:
		var lost *breaks.LockLostError
		if errors.As(msg.err, &lost) {
			return r, tea.Quit // another remind may run: the command says so
		}
		if msg.err != nil {
			r.waiting.err = msg.err.Error()
		}
		return r, nil
	case remindAskedMsg:
		return r, tea.Batch(r.asked(msg.req), r.listen())
	case journalSavedMsg:
		if msg.err != nil && !r.coaching {
			r.waiting.err = "Could not write the journal: " + msg.err.Error()
		}
	case remindTickMsg:
		if msg.gen != r.gen || r.coaching {
			return r, nil
		}
		if look := r.look(); look != nil {
			return r, look // then wake, with what it found
		}
		return r.wake()
	case journalLookedAtMsg:
		if r.coaching {
			return r, nil
		}
		// A session ending later than now counts once, as ended now.
		found := msg.found && msg.end.After(r.seen) && !msg.end.Equal(r.ahead)
		var ahead tea.Cmd
		if found {
			now := r.c.now()
			r.seen = msg.end // the journal is not looked at again for it
			if msg.end.After(now) {
				ahead = r.sessionAhead(msg.end, now)
				r.seen = now // nor is a run done before then missed
			}
			if _, paused := r.sched.Paused(); !paused {
				r.sched.TakenElsewhere(msg.end, now)
			}
		}
		if msg.gen != r.gen {
			// A key moved on while the journal was looked at: what was
			// found still counts, and the key's own wake-up is planned.
			if !found {
				return r, nil
			}
			r.show()
			return r, tea.Batch(ahead, r.tick(), r.save(), r.waiting.shown())
		}
		next, cmd := r.wake()
		return next, tea.Batch(ahead, cmd)
	case breakLoadedMsg:
		if r.coaching {
			return r, nil
		}
		return r, r.startBreak(msg)
	case quitChosenMsg:
		// Quitting a break's routine (the question answered, q on the
		// summary) goes back to waiting, not out of remind; a choice
		// from a break already over is no one's.
		if r.coaching {
			return r, r.endBreak()
		}
		return r, nil
	case tea.KeyMsg:
		if cmd, ok := r.c.globalKey(msg); ok {
			return r, cmd
		}
		if !r.coaching {
			// Even in a small pane the waiting screen shows its line and
			// its key (compact), so its keys act; a routine in a window
			// too small holds itself.
			return r, r.key(msg)
		}
	}
	if !r.coaching {
		return r, nil
	}
	next, cmd := r.coach.Update(msg)
	r.coach = next.(Model)
	return r, cmd
}

// key handles the waiting screen's keys.
func (r *Reminder) key(msg tea.KeyMsg) tea.Cmd {
	k := r.waiting.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit // remind's root: quitting here ends the program
	case key.Matches(msg, k.Help):
		if r.c.tooSmall() {
			return nil // the compact screen has no help to open
		}
		r.c.toggleHelp()
		return r.c.keysShown(k)
	case key.Matches(msg, k.Start):
		return r.loadBreak()
	case key.Matches(msg, k.Routine):
		r.chosen = r.otherRoutine()
		r.show()
		return r.waiting.shown()
	}
	for _, a := range []struct {
		b    key.Binding
		what string
	}{{k.Snooze, "snooze"}, {k.Skip, "skip"}, {k.Pause, "pause"}, {k.Tomorrow, "tomorrow"}, {k.Resume, "resume"}} {
		if key.Matches(msg, a.b) {
			done := r.act(a.what, "")
			r.waiting.note = ""
			if a.what == "snooze" || a.what == "skip" {
				r.waiting.note = done // the headline says a pause, not a snooze or a skip
			}
			return tea.Batch(r.tick(), r.save(), r.waiting.shown())
		}
	}
	return nil
}

// show brings the waiting screen up to the schedule.
func (r *Reminder) show() {
	now := r.c.now()
	state := waitNext
	due := !now.Before(r.sched.Next()) && r.sched.Due(now) // a pause that ended is a break due
	if _, paused := r.sched.Paused(); paused {
		state = waitPaused
	} else if due {
		state = waitDue
	}
	r.waiting = r.waiting.at(r.sched.Next(), r.routineName(), state, r.sched.Overdue(now))
}

// Final is the record of a break's routine still under way when the
// program ends (ctrl+c, a signal), for the caller to write; false when none.
func (r Reminder) Final() (journal.Session, bool) {
	if !r.coaching {
		return journal.Session{}, false
	}
	return r.coach.Final()
}

// View draws the waiting screen, the due prompt, or the routine.
func (r Reminder) View() string {
	if r.coaching {
		return r.coach.View()
	}
	return r.waiting.View()
}
