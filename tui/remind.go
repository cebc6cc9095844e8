package tui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/cue"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// RemindOptions is what `backcoach remind` starts with.
type RemindOptions struct {
	// Coach is how each break's routine runs (routines, journal, clock).
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

// remindState is what the reminder is doing.
type remindState int

const (
	waiting remindState = iota
	due
	coaching
)

// Reminder is the root model of `backcoach remind`: it waits for the next
// break, shows the time to it, says when it is due, and runs the routine.
type Reminder struct {
	opts    RemindOptions
	now     func() time.Time
	sched   breaks.Schedule
	state   remindState
	gen     int
	coach   Model
	keys    remindKeys
	help    help.Model
	styles  Styles
	width   int
	height  int
	notices int
	quiet   bool
	bells   int // rung by routines already over
	err     string
}

type remindKeys struct {
	Start, Snooze, Skip, Pause, Quit key.Binding
}

func (k remindKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Start, k.Snooze, k.Skip, k.Pause, k.Quit}
}
func (k remindKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// NewReminder builds the reminder; the first break is one interval away.
func NewReminder(opts RemindOptions) Reminder {
	r := Reminder{opts: opts, now: opts.Coach.Now, help: help.New(), styles: defaultStyles(), width: 80, height: 24}
	if r.now == nil {
		r.now = time.Now
	}
	if opts.Coach.Quiet {
		r.quiet = true
	}
	if r.opts.Coach.Tick == nil {
		r.opts.Coach.Tick = tea.Tick
	}
	r.help.ShortSeparator = " · "
	r.sched = *breaks.New(opts.Breaks, r.now())
	r.keys = remindKeys{
		Start:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "break now")),
		Snooze: key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "snooze 5 min")),
		Skip:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip this break")),
		Pause:  key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pause 1 hour")),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
	return r
}

// Init schedules the first wake-up and records the next break.
func (r Reminder) Init() tea.Cmd { return tea.Batch(r.tickCmd(), r.save()) }

// tick asks to wake when the screen next changes, dropping any tick asked
// for before.
func (r *Reminder) tick() tea.Cmd {
	r.gen++
	return r.tickCmd()
}

// tickCmd asks for a wake-up with the current generation.
func (r Reminder) tickCmd() tea.Cmd {
	gen := r.gen
	wait := max(time.Millisecond, r.sched.NextChange(r.now()))
	return r.opts.Coach.Tick(wait, func(time.Time) tea.Msg { return remindTickMsg{gen} })
}

func (r *Reminder) save() tea.Cmd {
	if r.opts.Saved == nil {
		return nil
	}
	state := [...]string{"waiting", "due", "break"}[r.state]
	next, routine, save := r.sched.Next(), r.sched.Routine(), r.opts.Saved
	return func() tea.Msg { return journalSavedMsg{save(state, next, routine)} }
}

// Update handles the reminder's keys and ticks, and hands everything to
// the routine while one runs.
func (r Reminder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.width, r.height = msg.Width, msg.Height
		r.help.Width = max(0, msg.Width-1)
	case journalSavedMsg:
		if msg.err != nil {
			r.err = msg.err.Error()
		}
		if r.state != coaching {
			return r, nil
		}
	case remindTickMsg:
		if msg.gen != r.gen || r.state == coaching {
			return r, nil
		}
		if r.state == waiting && r.sched.Due(r.now()) {
			r.state = due
			r.notices++
			return r, r.save() // one reminder, however many breaks were missed
		}
		return r, r.tick()
	case coachDoneMsg:
		return r, r.endBreak()
	case tea.KeyMsg:
		if msg.String() == "ctrl+c" {
			return r, tea.Quit
		}
		if r.state != coaching {
			return r, r.updateKeys(msg)
		}
	}
	if r.state != coaching {
		return r, nil
	}
	next, cmd := r.coach.Update(msg)
	r.coach = next.(Model)
	return r, catchQuit(cmd)
}

func (r *Reminder) updateKeys(msg tea.KeyMsg) tea.Cmd {
	now := r.now()
	switch {
	case key.Matches(msg, r.keys.Quit):
		return tea.Quit
	case key.Matches(msg, r.keys.Start):
		return r.startBreak()
	case r.state != due:
		return nil
	case key.Matches(msg, r.keys.Snooze):
		r.sched.Snooze(now)
	case key.Matches(msg, r.keys.Skip):
		r.sched.Skip(now)
	case key.Matches(msg, r.keys.Pause):
		r.sched.Pause(now)
	default:
		return nil
	}
	r.state = waiting
	return tea.Batch(r.tick(), r.save())
}

// startBreak runs the break's routine.
func (r *Reminder) startBreak() tea.Cmd {
	opts := r.opts.Coach
	opts.Start = r.sched.Routine()
	if _, ok := routines.Find(opts.Routines, opts.Start); !ok && len(opts.Routines) > 0 {
		opts.Start = opts.Routines[0].ID
	}
	r.coach = New(opts)
	r.coach, _ = updateModel(r.coach, tea.WindowSizeMsg{Width: r.width, Height: r.height})
	r.state = coaching
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
	r.bells += r.coach.Bells()
	r.coach = Model{}
	r.state = waiting
	r.sched.Done(r.now())
	return tea.Batch(append(cmds, r.tick(), r.save())...)
}

func updateModel(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
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
	if r.state != coaching {
		return journal.Session{}, false
	}
	return r.coach.Final()
}

// Bells is the bell count of every routine run so far.
func (r Reminder) Bells() int {
	if r.state == coaching {
		return r.bells + r.coach.Bells()
	}
	return r.bells
}

// Notices counts the breaks that fell due: each is a desktop notification.
func (r Reminder) Notices() int { return r.notices }

// Quiet reports that the notification goes without the bell (--quiet).
func (r Reminder) Quiet() bool { return r.quiet }

// Notice is the notification's text.
func (r Reminder) Notice() string {
	return "Time for a back break: " + r.routineName()
}

func (r Reminder) routineName() string {
	if rt, ok := routines.Find(r.opts.Coach.Routines, r.sched.Routine()); ok {
		return rt.Name
	}
	return r.sched.Routine()
}

// Cue says what the reminder is doing, for --plain.
func (r Reminder) Cue() cue.Cue {
	switch r.state {
	case coaching:
		return r.coach.Cue()
	case due:
		return cue.Cue{Key: fmt.Sprint("due", r.notices), Kind: cue.Due,
			Line: r.Notice() + ". Enter to start, z to snooze 5 minutes, s to skip, p to pause for an hour."}
	}
	return cue.Cue{Key: fmt.Sprint("wait", r.sched.Next().Unix()), Kind: cue.Waiting,
		Line: "Next break at " + r.sched.Next().Format("15:04") + ": " + r.routineName() + "."}
}

// View draws the waiting screen, the due prompt, or the routine.
func (r Reminder) View() string {
	if r.state == coaching {
		return r.coach.View()
	}
	m := Model{width: r.width, height: r.height, styles: r.styles}
	if r.width < MinWidth || r.height < MinHeight {
		return m.tooSmallView()
	}
	st := r.styles
	now := r.now()
	lines := []string{" " + st.Header.Render("backcoach remind") + " " + st.Muted.Render("· every "+routines.FormatDuration(r.opts.Breaks.Every)+hoursText(r.opts.Breaks.Hours)), ""}
	keys := r.keys
	if r.state == due {
		keys.Start.SetHelp("enter", "start")
		lines = append(lines, " "+st.Work.Render("Time for a back break"), " "+st.Title.Render(r.routineName()), "")
	} else {
		left := r.sched.Next().Sub(now)
		mins := int((left + time.Minute - 1) / time.Minute)
		lines = append(lines,
			" Next break at "+st.Title.Render(r.sched.Next().Format("15:04"))+st.Muted.Render(fmt.Sprintf(" · in %d min", mins)),
			" "+st.Muted.Render(r.routineName()), "")
		keys.Snooze.SetEnabled(false)
		keys.Skip.SetEnabled(false)
		keys.Pause.SetEnabled(false)
	}
	if r.err != "" {
		lines = append(lines, " "+st.Warning.Render("! "+r.err))
	}
	return m.frame(lines, " "+r.help.View(keys))
}

func hoursText(h *breaks.Hours) string {
	if h == nil {
		return ""
	}
	return ", " + h.String()
}
