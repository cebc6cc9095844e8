package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// The reminder's breaks: which routine the next one takes, waking to
// ring it (after looking for one done elsewhere), and running it.

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

func (r Reminder) routineName() string {
	if rt, ok := routines.Find(r.opts.Coach.Routines, r.nextRoutine()); ok {
		return rt.Name
	}
	return r.nextRoutine()
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
		return journalLookedAtMsg{gen: gen, end: end, found: ok}
	}
}

// sessionAhead records a routine done elsewhere that ends at end, later
// than now (a clock set back, a journal synced from a machine whose clock
// is ahead), which the schedule counts as ended now; the first one is
// said.
func (r *Reminder) sessionAhead(end, now time.Time) tea.Cmd {
	first := r.ahead.IsZero()
	r.ahead = end
	if !first {
		return nil
	}
	r.waiting.err = "A session in the journal ends at " + words.At(now, end) + ", later than now: counted as now."
	return r.c.shown("warning", r.waiting.err)
}

// wake rings a due break (one reminder, however many breaks were missed;
// again every so often while it is ignored), or shows the time to the next.
// Status is told when the next break moved (a routine done elsewhere, or a
// break missed after working hours moved to the morning) or the state
// changed.
func (r Reminder) wake() (tea.Model, tea.Cmd) {
	was, wasNext := r.waiting.state, r.waiting.next
	if r.sched.Ring(r.c.now()) {
		r.waiting.note = "" // what was done before is over: the break is due
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
	r.c.help.ShowAll = false   // the waiting screen's help is closed for the next wait
	r.coach = newModel(opts, r.c.stream)
	r.coach.advised = r.waiting.state == waitDue // the prompt said it
	next, _ := r.coach.Update(tea.WindowSizeMsg{Width: r.c.width, Height: r.c.height})
	r.coach = next.(Model)
	r.coaching = true
	r.gen++ // the waiting screen's tick is stale now
	return tea.Batch(r.coach.Init(), r.save())
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
	r.waiting.note = ""
	r.sched.Done(r.c.now())
	r.seen = r.c.now() // this break is not one done elsewhere
	r.show()
	return tea.Batch(append(cmds, r.tick(), r.save(), r.waiting.shown())...)
}
