package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/terminal"
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
	// `backcoach status`; it runs in a command. Nil records nothing.
	Saved func(state string, next time.Time, routine string) error
	// Reload reads the routines again as a break starts, so that a fixed
	// file reaches it; it runs in a command. Nil keeps Coach.Routines.
	Reload func() (rs []routines.Routine, warning string)
	// LastBreak is the end of the latest routine recorded after since,
	// done elsewhere (backcoach run while remind waits): the next break is
	// planned from it. It runs in a command, at most once a minute. Nil:
	// none.
	LastBreak func(since time.Time) (time.Time, bool)
}

// breakLoadedMsg brings the routines read again for a break.
type breakLoadedMsg struct {
	routines []routines.Routine
	warning  string
}

// lookedMsg says whether a routine was done elsewhere, and when it ended,
// looked at as the reminder woke (gen): before it rings, so a break just
// taken with `backcoach run` is not asked for.
type lookedMsg struct {
	gen   int
	end   time.Time
	found bool
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
	chosen   string    // the routine chosen at the prompt for the next break, or ""
	warned   string    // the broken-files warning said last
	seen     time.Time // routines done elsewhere up to here are counted
}

var _ tea.Model = Reminder{}

// NewReminder builds the reminder; the first break is one interval away.
func NewReminder(opts RemindOptions) Reminder {
	c := newCommon(opts.Coach, coach.NewStream(opts.Coach.Events))
	r := Reminder{opts: opts, c: c, sched: *breaks.New(opts.Breaks, c.now()), seen: c.now(), warned: opts.Coach.Warning}
	r.waiting = newWaiting(c, opts.Breaks)
	r.show()
	return r
}

// Init schedules the first wake-up and records the next break.
func (r Reminder) Init() tea.Cmd {
	var warning tea.Cmd
	if w := r.opts.Coach.Warning; w != "" {
		warning = r.c.shown("warning", w) // once, not at every break
	}
	return tea.Batch(warning, r.tickCmd(), r.save(), r.waiting.shown())
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
		if look := r.look(); look != nil {
			return r, look // then wake, with what it found
		}
		return r.wake()
	case lookedMsg:
		if r.coaching {
			return r, nil
		}
		found := msg.found && msg.end.After(r.seen)
		if found {
			r.seen = msg.end // the journal is not looked at again for it
			if _, paused := r.sched.Paused(); !paused {
				r.sched.TakenElsewhere(msg.end)
			}
		}
		if msg.gen != r.gen {
			// A key moved on while the journal was looked at: what was
			// found still counts, and the key's own wake-up is planned.
			if !found {
				return r, nil
			}
			r.show()
			return r, tea.Batch(r.tick(), r.save(), r.waiting.shown())
		}
		return r.wake()
	case breakLoadedMsg:
		if r.coaching {
			return r, nil
		}
		return r, r.startBreak(msg)
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
		return r.loadBreak()
	case key.Matches(msg, k.Routine):
		r.chosen = r.otherRoutine()
		r.show()
		return r.waiting.shown()
	case key.Matches(msg, k.Snooze):
		r.sched.Snooze(now)
	case key.Matches(msg, k.Skip):
		r.sched.Skip(now)
	case key.Matches(msg, k.Pause):
		r.sched.Pause(now)
	case key.Matches(msg, k.Tomorrow):
		r.sched.PauseTomorrow(now)
	case key.Matches(msg, k.Resume):
		r.sched.Resume(now)
	default:
		return nil
	}
	r.show()
	return tea.Batch(r.tick(), r.save(), r.waiting.shown())
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

// otherRoutine is the routine after the one the next break would take,
// among all the routines: r at the prompt goes round them.
func (r *Reminder) otherRoutine() string {
	rs := r.opts.Coach.Routines
	if len(rs) == 0 {
		return ""
	}
	cur := r.nextRoutine()
	for i, rt := range rs {
		if rt.ID == cur {
			return rs[(i+1)%len(rs)].ID
		}
	}
	return rs[0].ID
}

// nextRoutine is the id of the next break's routine: the one chosen at
// the prompt, else the rotation's.
func (r Reminder) nextRoutine() string {
	if r.chosen != "" {
		return r.chosen
	}
	return r.sched.Routine()
}

// look asks whether a routine was done elsewhere since the last look; nil
// when there is nothing to look at or reminders are paused.
func (r Reminder) look() tea.Cmd {
	if _, paused := r.sched.Paused(); r.opts.LastBreak == nil || paused {
		return nil
	}
	last, since, gen := r.opts.LastBreak, r.seen, r.gen
	return func() tea.Msg {
		end, ok := last(since)
		return lookedMsg{gen: gen, end: end, found: ok}
	}
}

// wake rings a due break (one reminder, however many breaks were missed;
// again every so often while it is ignored), or shows the time to the next.
// Status is told when the next break moved (a routine done elsewhere, or a
// break missed after working hours moved to the morning) or the state
// changed.
func (r Reminder) wake() (tea.Model, tea.Cmd) {
	was, wasNext := r.waiting.state, r.waiting.next
	if r.sched.Ring(r.c.now()) {
		r.show()
		return r, tea.Batch(r.c.emit(coach.BreakDue{Routine: r.routineName()}), r.waiting.shown(), r.save(), r.tick())
	}
	r.show()
	var cmds []tea.Cmd
	if r.waiting.state != was || !r.waiting.next.Equal(wasNext) {
		cmds = append(cmds, r.save(), r.waiting.shown())
	}
	return r, tea.Batch(append(cmds, r.tick())...)
}

// loadBreak reads the routines again, then starts the break with them.
func (r Reminder) loadBreak() tea.Cmd {
	if r.opts.Reload == nil {
		return func() tea.Msg { return breakLoadedMsg{routines: r.opts.Coach.Routines, warning: r.opts.Coach.Warning} }
	}
	reload := r.opts.Reload
	return func() tea.Msg { rs, w := reload(); return breakLoadedMsg{routines: rs, warning: w} }
}

// startBreak runs the break's routine, with the routines as read now.
func (r *Reminder) startBreak(loaded breakLoadedMsg) tea.Cmd {
	if len(loaded.routines) > 0 {
		r.opts.Coach.Routines = loaded.routines
	}
	opts := r.opts.Coach
	opts.Start = r.nextRoutine()
	opts.Warning = ""
	if loaded.warning != r.warned { // a file broken since the last warning is said
		opts.Warning, r.warned = loaded.warning, loaded.warning
	}
	if _, ok := routines.Find(opts.Routines, opts.Start); !ok && len(opts.Routines) > 0 {
		opts.Start = opts.Routines[0].ID
	}
	r.sched.Choose(opts.Start) // the rotation goes on from the routine taken
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
	r.chosen = ""
	r.sched.Done(r.c.now())
	r.seen = r.c.now() // this break is not one done elsewhere
	r.show()
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
	if rt, ok := routines.Find(r.opts.Coach.Routines, r.nextRoutine()); ok {
		return rt.Name
	}
	return r.nextRoutine()
}

// View draws the waiting screen, the due prompt, or the routine.
func (r Reminder) View() string {
	if r.coaching {
		return r.coach.View()
	}
	return r.waiting.View()
}
