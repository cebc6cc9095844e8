package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/internal/text/words"
)

// What the waiting keys do to the schedule, and what other terminals ask
// (backcoach remind snooze): one way for both, which says what it did.

// act does what (snooze, skip, pause, tomorrow, resume) to the schedule
// and says what came of it, from where it was asked ("" for a key here,
// else "from another terminal"): "Snoozed until 14:10", "Snoozed from
// another terminal until 14:10".
func (r *Reminder) act(what, from string) string {
	now := r.c.now()
	if from != "" {
		from = " " + from
	}
	switch what {
	case "snooze":
		r.sched.Snooze(now)
	case "skip":
		r.sched.Skip(now)
	case "pause":
		r.sched.Pause(now)
	case "tomorrow":
		r.sched.PauseTomorrow(now)
	case "resume":
		r.sched.Resume(now)
	}
	r.show()
	at := words.At(now, r.sched.Next())
	switch what {
	case "snooze":
		return "Snoozed" + from + " until " + at
	case "skip":
		return "Skipped" + from + ": next break " + at
	case "pause", "tomorrow":
		return "Paused" + from + " until " + at
	}
	if r.waiting.state == waitDue {
		return "Resumed" + from + ": the break is due"
	}
	return "Resumed" + from + ": next break " + at
}

// listen waits for the next request from another terminal; nil when none
// can come.
func (r Reminder) listen() tea.Cmd {
	asks := r.opts.Asks
	if asks == nil {
		return nil
	}
	return func() tea.Msg {
		req, ok := <-asks
		if !ok {
			return nil
		}
		return remindAskedMsg{req}
	}
}

// asked does what another terminal asked, as its key would, says so on
// the screen, and answers; what the key could not do now is refused, with
// why.
func (r *Reminder) asked(req breaks.Request) tea.Cmd {
	answer := func(ok bool, text string) tea.Cmd {
		return func() tea.Msg { req.Answer(ok, text); return nil }
	}
	now := r.c.now()
	if r.coaching {
		return answer(false, "A break is on ("+r.routineName()+"); nothing to "+req.What)
	}
	k := r.waiting.keys
	next := words.At(now, r.sched.Next())
	switch req.What {
	case "now":
		return tea.Batch(answer(true, "Break started: "+r.routineName()), r.loadBreak())
	case "snooze", "skip":
		if !k.Snooze.Enabled() {
			if r.waiting.state == waitPaused {
				return answer(false, "Reminders are paused until "+next+"; no break is due to "+req.What)
			}
			return answer(false, "No break is due to "+req.What+": the next is at "+next+", "+words.In(now, r.sched.Next()))
		}
	case "pause":
		if !k.Pause.Enabled() {
			return answer(false, "Reminders are paused already, until "+next)
		}
	case "resume":
		if !k.Resume.Enabled() {
			return answer(false, "Reminders are not paused: next break "+next)
		}
	default:
		return answer(false, "remind understands "+words.Or(breaks.Asks))
	}
	done := r.act(req.What, "from another terminal")
	r.waiting.note = done
	return tea.Batch(answer(true, strings.Replace(done, " from another terminal", "", 1)), r.tick(), r.save(), r.waiting.shown())
}
