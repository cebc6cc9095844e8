// Package tui is backcoach's terminal interface: the routine picker, the
// guided walk-through of a plan, and the summary. It walks the plan that
// package routines builds and does no I/O of its own: even the bell is a
// count (Bells) that the renderer turns into a "\a" as it draws.
package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// The smallest window the coach draws in; below it a plain message asks
// for a larger one.
const (
	MinWidth  = 40
	MinHeight = 12
)

// screen is which screen is showing.
type screen int

const (
	pickerScreen screen = iota
	checkinScreen
	sessionScreen
	painScreen
	summaryScreen
)

func (s screen) String() string {
	return [...]string{"picker", "check-in", "session", "pain", "summary"}[s]
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
	// Quiet turns the bell off: Bells stays 0.
	Quiet bool
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
}

// Model is the root model: it handles the global keys and hands the rest
// to the screen showing.
type Model struct {
	opts       Options
	now        func() time.Time
	screen     screen
	keys       keyMap
	styles     Styles
	help       help.Model
	width      int
	height     int
	picker     pickerModel
	session    sessionModel
	started    bool // a session was started at least once
	tip        int
	confirming bool // asking whether to quit a routine under way
	confPaused bool // the question paused the countdown
	bells      int  // times the bell has rung

	// The journal's view of the session under way.
	sessionID    string
	seq          int
	pending      routines.Routine // chosen, waiting for the check-in
	checkinAfter bool
	painBefore   *int
	painAfter    *int
	painEx       int    // the exercise that hurt
	outcome      string // how the session ended; "" while it runs
	history      []journal.Session
	journalErr   string // the last failure to read or write the journal
}

// New builds the model.
func New(opts Options) Model {
	m := Model{opts: opts, now: opts.Now, keys: defaultKeys(), styles: defaultStyles(), help: help.New(), width: 80, height: 24}
	if m.now == nil {
		m.now = time.Now
	}
	if m.opts.Tick == nil {
		m.opts.Tick = tea.Tick
	}
	m.help.ShortSeparator = " · "
	m.picker = pickerModel{items: opts.Routines}
	m.keys = m.keys.forScreen(&m)
	return m
}

// Init reads the journal's history, and starts the routine asked for on
// the command line, if any.
func (m Model) Init() tea.Cmd {
	var start tea.Cmd
	if m.opts.Start != "" {
		start = func() tea.Msg { return startSessionMsg{} }
	}
	return tea.Batch(start, m.loadHistory())
}

// Update handles the global messages and keys, then the screen's.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = max(0, msg.Width-1)
		return m, nil
	case startSessionMsg:
		if r, ok := routines.Find(m.opts.Routines, m.opts.Start); ok {
			cmd = m.beginRoutine(r)
		}
	case historyLoadedMsg:
		m.history = msg.sessions
		if msg.err != nil {
			m.journalErr = "Could not read the journal: " + msg.err.Error()
		}
	case journalSavedMsg:
		if msg.err != nil {
			m.journalErr = "Could not write the journal: " + msg.err.Error()
		}
	case tickMsg:
		if m.screen == sessionScreen && msg.gen == m.session.gen {
			cmd = m.afterTick()
		}
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys typed fast (or held down) can arrive as one message,
			// "jj": handle them one by one.
			return m.eachRune(msg.Runes)
		}
		switch {
		case key.Matches(msg, m.keys.ForceQuit):
			return m, tea.Quit
		case m.confirming:
			cmd = m.updateConfirm(msg)
		case key.Matches(msg, m.keys.Help):
			m.help.ShowAll = !m.help.ShowAll
		case m.screen == pickerScreen:
			cmd = m.updatePicker(msg)
		case m.screen == checkinScreen:
			cmd = m.updateCheckin(msg)
		case m.screen == painScreen:
			cmd = m.updatePain(msg)
		case m.screen == sessionScreen:
			cmd = m.updateSession(msg)
		case m.screen == summaryScreen:
			cmd = m.updateSummary(msg)
		}
	}
	m.keys = m.keys.forScreen(&m)
	return m, cmd
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

// startSession builds the plan and starts its first step now.
func (m *Model) startSession(r routines.Routine) tea.Cmd {
	now := m.now()
	if rec, ok := m.Final(); ok {
		// The routine before, in this run, counts in this one's summary.
		m.history = append(m.history, rec)
	}
	m.session = newSession(routines.NewPlan(r, m.opts.Level), now, m.session.gen)
	m.screen = sessionScreen
	m.started = true
	m.confirming = false
	m.sessionID = now.UTC().Format("20060102T150405.000000") + "-" + m.opts.IDSuffix
	m.seq, m.painAfter, m.outcome = 0, nil, ""
	m.tip = int(now.Unix()/86400) % max(1, len(m.opts.Tips))
	if m.session.finished { // an empty plan
		return m.endRoutine(journal.Finished)
	}
	return m.session.tickCmd(now, m.opts.Tick)
}

// afterMove journals an exercise boundary and leaves a finished session.
func (m *Model) afterMove(ex int, now time.Time) tea.Cmd {
	var cmds []tea.Cmd
	if m.session.inEx != ex {
		cmds = append(cmds, m.save(journal.Running))
	}
	if m.session.finished && m.screen == sessionScreen {
		cmds = append(cmds, m.endRoutine(journal.Finished))
	} else {
		cmds = append(cmds, m.session.tickCmd(now, m.opts.Tick))
	}
	return tea.Batch(cmds...)
}

// afterTick moves the session on by the clock, rings the bell when a step
// ended, and asks for the next tick.
func (m *Model) afterTick() tea.Cmd {
	now := m.now()
	ex := m.session.inEx
	if m.session.tick(now) && !m.opts.Quiet {
		m.bells++
	}
	return m.afterMove(ex, now)
}

// Bells is how many times the bell has rung: once at the end of each step
// that ran out (get ready, hold, rest). The renderer writes a "\a" each
// time it goes up, with the frame, so the model stays free of I/O.
func (m Model) Bells() int { return m.bells }

func (m *Model) updateConfirm(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Yes):
		return tea.Quit
	case key.Matches(msg, m.keys.No):
		m.confirming = false
		if m.confPaused && m.screen == sessionScreen {
			now := m.now()
			m.session.togglePause(now)
			return m.session.tickCmd(now, m.opts.Tick)
		}
	}
	return nil
}

func (m *Model) updateSession(msg tea.KeyMsg) tea.Cmd {
	now := m.now()
	s := &m.session
	ex := s.inEx
	switch {
	case key.Matches(msg, m.keys.Quit):
		// Hold the countdown while the question is up.
		m.confirming = true
		m.confPaused = !s.paused
		if m.confPaused {
			s.togglePause(now)
		}
		return nil
	case key.Matches(msg, m.keys.Pause):
		s.togglePause(now)
	case key.Matches(msg, m.keys.Next):
		s.next(now)
	case key.Matches(msg, m.keys.Back):
		s.back(now)
	case key.Matches(msg, m.keys.SkipExercise):
		s.skipExercise(now)
	case key.Matches(msg, m.keys.Hurts):
		m.painEx = s.current().Exercise
		s.stopForPain(now)
		m.screen = painScreen
		return m.save(journal.Running)
	default:
		return nil
	}
	return m.afterMove(ex, now)
}

// View draws the screen showing, or asks for a larger window.
func (m Model) View() string {
	if m.opts.Start != "" && !m.started && m.screen == pickerScreen {
		return "" // `run ID`: the routine comes at once, no picker first
	}
	if m.width < MinWidth || m.height < MinHeight {
		return m.tooSmallView()
	}
	switch m.screen {
	case checkinScreen:
		return m.checkinView()
	case painScreen:
		return m.painView()
	case sessionScreen:
		return m.sessionView()
	case summaryScreen:
		return m.summaryView()
	}
	return m.pickerView()
}

func (m Model) tooSmallView() string {
	msg := "Make the window larger: backcoach needs 40x12."
	if m.width < 20 {
		msg = "Window too small"
	}
	lines := strings.Split(m.styles.Frame.Width(max(1, m.width)).Render(msg), "\n")
	return m.frame(lines, "")
}

func (m Model) helpView() string {
	if m.confirming {
		return " " + m.styles.Confirm.Render("Quit this routine?") + " " + m.help.ShortHelpView([]key.Binding{m.keys.Yes, m.keys.No})
	}
	if !m.help.ShowAll && m.width < 70 {
		// Narrow: the keys that matter most, so quit and help never fall off.
		return " " + m.help.ShortHelpView(m.keys.essential())
	}
	return " " + strings.ReplaceAll(m.help.View(m.keys), "\n", "\n ")
}

// frame places lines at the top and help on the last line, and cuts
// everything to the window so a view is never larger than it.
func (m Model) frame(lines []string, help string) string {
	w, h := max(1, m.width), max(1, m.height)
	if help != "" {
		hl := strings.Split(help, "\n")
		keep := max(0, h-len(hl))
		if len(lines) > keep {
			lines = lines[:keep]
		}
		for len(lines) < keep {
			lines = append(lines, "")
		}
		lines = append(lines, hl...)
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = truncate(l, w)
	}
	return strings.Join(lines, "\n")
}

// spread puts left and right on one line of width w, dropping left when
// both do not fit.
func spread(left, right string, w int) string {
	lw, rw := lipgloss.Width(left), lipgloss.Width(right)
	if lw+rw+2 > w {
		if rw > w {
			return truncate(right, w)
		}
		left = truncate(left, max(0, w-rw-2))
		lw = lipgloss.Width(left)
	}
	return left + strings.Repeat(" ", max(1, w-lw-rw)) + right
}

func center(s string, w int) string {
	return strings.Repeat(" ", max(0, (w-lipgloss.Width(s))/2)) + s
}

func truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, max(0, w), "")
}
