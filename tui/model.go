// Package tui is backcoach's terminal interface: the routine picker, the
// pain check-ins, the guided walk through a plan, the summary, and the
// reminder's waiting screen. Each screen is a component with its own
// model, keys and view; the root only routes messages and changes screens.
// It does no I/O of its own: outputs (bell, speech, plain lines) hear the
// coach's events through a stream, in commands.
package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/terminal"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// screen is which screen is showing.
type screen int

const (
	blankScreen screen = iota // `run ID`: nothing until the routine starts
	pickerScreen
	checkinScreen
	severeScreen
	sessionScreen
	painScreen
	summaryScreen
)

func (s screen) String() string {
	return [...]string{"blank", "picker", "check-in", "severe pain", "session", "pain", "summary"}[s]
}

// Options is what the program is started with.
type Options struct {
	Routines []routines.Routine
	// Warning is shown under the picker, one line (a broken user file).
	Warning string
	Tips    []routines.Tip
	Level   routines.Level
	// Now is the clock; tests replace it. Nil means time.Now.
	Now func() time.Time
	// Events hears what happens (steps, countdowns, screens shown): the
	// bell, speech, plain lines. Nil hears nothing.
	Events coach.Sink
	// Start is the id of a routine to start at once, skipping the picker.
	Start string
	// Journal records a snapshot of a session; it runs in a command. Nil
	// turns the journal off, and the pain check-ins with it.
	Journal func(journal.Session) error
	// History reads the past sessions, in a command at start.
	History func() ([]journal.Session, error)
	// IDSuffix makes session ids unique across processes (the pid).
	IDSuffix string
	// Tick schedules a tick; tests replace it to deliver ticks by the
	// fake clock. Nil means tea.Tick.
	Tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	// NoColor (NO_COLOR) draws without colour, keeping bold.
	NoColor bool
	// CheckIns says when to ask how the back feels, with the journal on.
	CheckIns coach.CheckIns
	// LevelChosen remembers the level chosen in the picker for the next
	// run; it runs in a command. Nil remembers nothing.
	LevelChosen func(routines.Level) error
}

// Model is the root model: it routes messages to the screen showing and
// changes screens when one says it is done.
type Model struct {
	opts     Options
	c        *common
	screen   screen
	sessions int // sessions started in this run

	ratedToday bool // a check-in was given today: "daily" asks no more
	checking   bool // this routine has its check-ins
	advised    bool // this way into a routine said coach.NotMedicalAdvice
	summarized bool // the last session's summary was shown

	picker  pickerModel
	checkin checkinModel
	severe  severeModel
	session sessionModel
	pain    painModel
	summary summaryModel
}

var _ tea.Model = Model{}

// New builds the model.
func New(opts Options) Model { return newModel(opts, coach.NewStream(opts.Events)) }

// newModel builds the model on a stream shared with its owner (remind).
func newModel(opts Options, stream *coach.Stream) Model {
	c := newCommon(opts, stream)
	m := Model{opts: opts, c: c, screen: pickerScreen,
		picker:  newPicker(c, opts.Routines, opts.Level, opts.Warning),
		summary: newSummary(c, opts.Tips, opts.Journal != nil)}
	if opts.Start != "" {
		m.screen = blankScreen
	} else {
		m.advised = true // the picker comes first, and Init says it
	}
	return m
}

// Init reads the journal's history, and starts the routine asked for on
// the command line or shows the picker.
func (m Model) Init() tea.Cmd {
	var first tea.Cmd
	if m.opts.Warning != "" {
		// The picker shows it; --plain says it first, and `run ID` too.
		first = m.c.shown("warning", m.opts.Warning)
	}
	start := m.opts.Start != ""
	// With `run ID` and daily check-ins, the history first: whether
	// today's check-in was given decides the routine's first screen
	// (historyLoadedMsg.start). Otherwise nothing waits for it.
	after := start && m.opts.CheckIns.NeedsToday() && m.opts.History != nil
	if h := m.opts.History; h != nil {
		first = tea.Batch(first, func() tea.Msg {
			s, err := h()
			return historyLoadedMsg{s, err, after}
		})
	}
	if start && !after {
		first = tea.Batch(first, func() tea.Msg { return programStartedMsg{} })
	}
	if !start {
		first = tea.Batch(first, m.pickerShown())
	}
	return first
}

// Update handles the window, the global keys and the screens' messages,
// and hands the rest to the screen showing.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.setSize(msg.Width, msg.Height)
		if m.screen == sessionScreen {
			m.session, cmd = m.session.uncovered() // too small holds it
		}
		return m, cmd
	case tea.KeyMsg:
		if cmd, ok := m.c.globalKey(msg); ok {
			return m, cmd
		}
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 {
			// Keys typed fast (or held down) can arrive as one message,
			// "jj": handle them one by one.
			return m.eachRune(msg.Runes)
		}
		switch {
		case m.c.tooSmall() && m.screen != blankScreen:
			return m.whileTooSmall(msg) // no keys act on a screen not shown
		case key.Matches(msg, m.c.keys.Help) && !(m.screen == sessionScreen && m.session.asking):
			m.c.toggleHelp()
			if m.screen == sessionScreen {
				m.session, cmd = m.session.uncovered() // the help covers it
			}
			return m, tea.Batch(cmd, m.c.keysShown(m.keyMap()))
		}
		return m.toScreen(msg)
	case quitChosenMsg:
		return m, tea.Quit // the coach alone: quitting ends the program
	case sessionTickMsg, terminal.SuspendedMsg:
		if m.screen == sessionScreen {
			m.session, cmd = m.session.Update(msg)
		}
	case historyLoadedMsg:
		m.ratedToday = m.ratedToday || ratedOn(msg.sessions, m.c.now())
		m.summary, cmd = m.summary.Update(msg)
		if msg.start {
			cmd = tea.Batch(cmd, m.startGiven())
		}
	case journalSavedMsg:
		m.summary, cmd = m.summary.Update(msg)
	case levelChosenMsg:
		m.opts.Level = msg.level
		if remember := m.opts.LevelChosen; remember != nil {
			l := msg.level
			cmd = func() tea.Msg { _ = remember(l); return nil } // a level not remembered is no harm
		}
	case programStartedMsg:
		cmd = m.startGiven()
	case routineChosenMsg:
		if m.screen == pickerScreen {
			cmd = m.choose(msg.routine)
		}
	case checkinAnsweredMsg:
		cmd = m.checkinAnswered(msg.rating)
	case checkinLeftMsg:
		cmd = m.checkinLeft()
	case severeDecidedMsg:
		cmd = m.severeDecided(msg.gently)
	case tenWaitEndedMsg:
		if m.screen == checkinScreen {
			m.checkin, cmd = m.checkin.Update(msg)
		}
	case painStoppedMsg:
		m.pain = newPain(m.c, msg.where, msg.last)
		m.screen = painScreen
		cmd = m.pain.shown()
	case painDecidedMsg:
		if m.screen == painScreen {
			m.screen = sessionScreen
			if msg.goOn {
				m.session, cmd = m.session.goOn()
			} else {
				m.session, cmd = m.session.endForPain()
			}
		}
	case sessionEndedMsg:
		cmd = m.sessionEnded()
	case anotherRoutineChosenMsg:
		cmd = m.openPicker()
	}
	return m, cmd
}

// toScreen hands a key to the screen showing.
func (m Model) toScreen(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.screen {
	case pickerScreen:
		m.picker, cmd = m.picker.Update(msg)
	case checkinScreen:
		m.checkin, cmd = m.checkin.Update(msg)
	case severeScreen:
		m.severe, cmd = m.severe.Update(msg)
	case sessionScreen:
		m.session, cmd = m.session.Update(msg)
	case painScreen:
		m.pain, cmd = m.pain.Update(msg)
	case summaryScreen:
		m.summary, cmd = m.summary.Update(msg)
	}
	return m, cmd
}

// keyMap is the keys of the screen showing, or nil before one shows.
func (m Model) keyMap() keyMap {
	switch m.screen {
	case pickerScreen:
		return m.picker.keys
	case checkinScreen:
		return m.checkin.keys
	case severeScreen:
		return m.severe.keys
	case sessionScreen:
		return m.session.keys
	case painScreen:
		return m.pain.keys
	case summaryScreen:
		return m.summary.keys
	}
	return nil
}

// eachRune handles runes that arrived together as separate key presses.
func (m Model) eachRune(runes []rune) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	var next tea.Model = m
	for _, r := range runes {
		var cmd tea.Cmd
		next, cmd = next.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		cmds = append(cmds, cmd)
	}
	return next, tea.Batch(cmds...)
}

// View draws the screen showing, or asks for a larger window.
func (m Model) View() string {
	if m.screen == blankScreen {
		return "" // `run ID`: the routine comes at once, no picker first
	}
	if m.c.tooSmall() {
		if m.screen == sessionScreen {
			return m.session.tooSmallView()
		}
		return m.c.tooSmallView("", "")
	}
	switch m.screen {
	case checkinScreen:
		return m.checkin.View()
	case severeScreen:
		return m.severe.View()
	case painScreen:
		return m.pain.View()
	case sessionScreen:
		return m.session.View()
	case summaryScreen:
		return m.summary.View()
	}
	return m.picker.View()
}

// Final is the snapshot to write when the program ends, and false when no
// routine was started or the journal is off. A session still under way is
// recorded as quit.
func (m Model) Final() (journal.Session, bool) {
	if m.sessions == 0 {
		return journal.Session{}, false
	}
	return m.session.final()
}

// Summarized reports whether the last session's summary was shown (and,
// in --plain, said): a run ended before it (ctrl+c) has its report
// printed after.
func (m Model) Summarized() bool { return m.summarized }

// Report is what the last session did, for the line printed after the
// program ends, and false when no routine was started.
func (m Model) Report() (coach.Report, bool) {
	if m.sessions == 0 {
		return coach.Report{}, false
	}
	return m.session.report(), true
}
