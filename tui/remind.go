package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
	terminal "github.com/backcoach/backcoach/screen"
)

// RemindOptions is what `backcoach remind` starts with.
type RemindOptions struct {
	// Coach is how each break's routine runs (routines, journal, clock,
	// outputs).
	Coach  Options
	Breaks breaks.Config
	// Saved records what the reminder is doing ("waiting" for the next
	// break, "due", "break") for `backcoach status`; it runs in a command.
	// Nil records nothing.
	Saved func(state string, next time.Time, routine string) error
}

// remindTickMsg wakes the reminder: the minutes shown changed, or a break
// fell due. gen drops ticks from before a snooze or a break.
type remindTickMsg struct{ gen int }

// coachDoneMsg says a break's routine ended (quit or done).
type coachDoneMsg struct{}

// remindSavedMsg says remind's state was (or could not be) recorded.
type remindSavedMsg struct{ err error }

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
}

var _ tea.Model = Reminder{}

// NewReminder builds the reminder; the first break is one interval away.
func NewReminder(opts RemindOptions) Reminder {
	c := newCommon(opts.Coach.Now, opts.Coach.Tick, coach.NewStream(opts.Coach.Events))
	r := Reminder{opts: opts, c: c, sched: *breaks.New(opts.Breaks, c.now())}
	r.waiting = newWaiting(c, opts.Breaks)
	r.waiting = r.waiting.at(r.sched.Next(), r.routineName(), false)
	return r
}

// Init schedules the first wake-up and records the next break.
func (r Reminder) Init() tea.Cmd { return tea.Batch(r.tickCmd(), r.save(), r.waiting.shown()) }

// tick asks to wake when the screen next changes, dropping any tick asked
// for before.
func (r *Reminder) tick() tea.Cmd {
	r.gen++
	return r.tickCmd()
}

// tickCmd asks for a wake-up with the current generation.
func (r Reminder) tickCmd() tea.Cmd {
	gen := r.gen
	wait := max(time.Millisecond, r.sched.NextChange(r.c.now()))
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
	case r.waiting.due:
		state = "due"
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
		if msg.err != nil {
			r.waiting.err = msg.err.Error()
		}
		return r, nil
	case journalSavedMsg:
		if msg.err != nil && !r.coaching {
			r.waiting.err = "Could not write the journal: " + msg.err.Error()
		}
	case remindTickMsg:
		if msg.gen != r.gen || r.coaching {
			return r, nil
		}
		if !r.waiting.due && r.sched.Due(r.c.now()) {
			// One reminder, however many breaks were missed.
			r.waiting = r.waiting.at(r.sched.Next(), r.routineName(), true)
			return r, tea.Batch(r.c.emit(coach.BreakDue{Routine: r.routineName()}), r.waiting.shown(), r.save())
		}
		return r, r.tick()
	case coachDoneMsg:
		return r, r.endBreak()
	case tea.KeyMsg:
		switch {
		case msg.Paste:
			return r, nil // pasted text is no key press
		case msg.String() == "ctrl+c":
			return r, tea.Quit
		case msg.Type == tea.KeyCtrlZ:
			return r, terminal.Suspend
		}
		if !r.coaching {
			if r.c.tooSmall() && !key.Matches(msg, r.waiting.keys.Quit) {
				return r, nil // no keys act on a screen not shown
			}
			return r, r.key(msg)
		}
	}
	if !r.coaching {
		return r, nil
	}
	next, cmd := r.coach.Update(msg)
	r.coach = next.(Model)
	return r, catchQuit(cmd)
}

// key handles the waiting screen's keys.
func (r *Reminder) key(msg tea.KeyMsg) tea.Cmd {
	now := r.c.now()
	k := r.waiting.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Start):
		return r.startBreak()
	case key.Matches(msg, k.Snooze):
		r.sched.Snooze(now)
	case key.Matches(msg, k.Skip):
		r.sched.Skip(now)
	case key.Matches(msg, k.Pause):
		r.sched.Pause(now)
	default:
		return nil
	}
	r.waiting = r.waiting.at(r.sched.Next(), r.routineName(), false)
	return tea.Batch(r.tick(), r.save(), r.waiting.shown())
}

// startBreak runs the break's routine.
func (r *Reminder) startBreak() tea.Cmd {
	opts := r.opts.Coach
	opts.Start = r.sched.Routine()
	if _, ok := routines.Find(opts.Routines, opts.Start); !ok && len(opts.Routines) > 0 {
		opts.Start = opts.Routines[0].ID
	}
	r.coach = newModel(opts, r.c.stream)
	next, _ := r.coach.Update(tea.WindowSizeMsg{Width: r.c.width, Height: r.c.height})
	r.coach = next.(Model)
	r.coaching = true
	r.gen++ // the waiting screen's tick is stale now
	return tea.Batch(catchQuit(r.coach.Init()), r.save())
}

// endBreak records the routine and goes back to waiting.
func (r *Reminder) endBreak() tea.Cmd {
	var cmds []tea.Cmd
	if rec, ok := r.coach.Final(); ok {
		write := r.opts.Coach.Journal
		cmds = append(cmds, func() tea.Msg { return journalSavedMsg{write(rec)} })
	}
	r.coach = Model{}
	r.coaching = false
	r.sched.Done(r.c.now())
	r.waiting = r.waiting.at(r.sched.Next(), r.routineName(), false)
	return tea.Batch(append(cmds, r.tick(), r.save(), r.waiting.shown())...)
}

// catchQuit turns the routine's request to quit into the end of the break:
// quitting a routine goes back to waiting, not out of remind.
func catchQuit(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case tea.QuitMsg:
			return coachDoneMsg{}
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = catchQuit(c)
			}
			return out
		default:
			return msg
		}
	}
}

// Final is the record of a break's routine still under way when the
// program ends (ctrl+c, a signal), for the caller to write; false when none.
func (r Reminder) Final() (journal.Session, bool) {
	if !r.coaching {
		return journal.Session{}, false
	}
	return r.coach.Final()
}

func (r Reminder) routineName() string {
	if rt, ok := routines.Find(r.opts.Coach.Routines, r.sched.Routine()); ok {
		return rt.Name
	}
	return r.sched.Routine()
}

// View draws the waiting screen, the due prompt, or the routine.
func (r Reminder) View() string {
	if r.coaching {
		return r.coach.View()
	}
	return r.waiting.View()
}
