package tui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/terminal"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// sessionModel is the screen of a routine under way: it drives a
// coach.Walk with keys and ticks, shows it, asks before quitting, and
// keeps the journal's record of it.
type sessionModel struct {
	c      *common
	keys   sessionKeys
	id     int // this session's number in the run: ticks of another are stale
	walk   coach.Walk
	asking bool // a question is up: "Quit this routine?", or askEnd's
	askEnd bool // the question is whether s on the last exercise ends the routine
	held   bool // paused by what covers it, not by the user (hidden.go)
	advise bool // its first step shows coach.NotMedicalAdvice: nothing before it did
	rec    recorder
	cache  *frameCache
}

type sessionKeys struct {
	Pause, Next, Back, SkipExercise, Hurts, Quit, Yes, No key.Binding
	globalKeys
}

func (k sessionKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Pause, k.Next, k.SkipExercise, k.Hurts, k.Quit, k.Help}
}

func (k sessionKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Pause, k.Next, k.Back, k.SkipExercise, k.Hurts}, {k.Help, k.Quit, k.ForceQuit}}
}

func (k sessionKeys) narrow() []key.Binding { return []key.Binding{k.Pause, k.Hurts, k.Quit, k.Help} }

func newSessionKeys(g globalKeys) sessionKeys {
	return sessionKeys{
		Pause:        key.NewBinding(key.WithKeys(" "), key.WithHelp("space", "pause")),
		Next:         key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter/→", "skip")),
		Back:         key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "back")),
		SkipExercise: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip exercise")),
		Hurts:        key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "it hurts")),
		Quit:         quitKey("quit"),
		// Only y quits: enter is the key that skips a step, and a habitual
		// enter after q must not end the routine. It does nothing here.
		Yes:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:         key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
		globalKeys: g,
	}
}

// SessionKeys says a routine's keys in words, as ? says them in --plain:
// "Keys: space pause, enter/→ skip, ..., ctrl+c quit now." The root's
// --help gives them from here, so they are the bindings'.
func SessionKeys() string { return keysLine(newSessionKeys(newGlobalKeys())) }

// startSession begins a walk through plan now. id tells this session's
// ticks from another's. advise: no screen before it said
// coach.NotMedicalAdvice, so the session says it first, and its first
// step shows it.
func startSession(c *common, id int, plan routines.Plan, rec recorder, advise bool) (sessionModel, tea.Cmd) {
	now := c.now()
	s := sessionModel{c: c, id: id, walk: coach.Start(plan, now), rec: rec, keys: newSessionKeys(c.keys), cache: &frameCache{}, advise: advise}
	var said tea.Cmd
	if advise {
		said = c.shown("advice", coach.NotMedicalAdvice) // before the first step's words
	}
	s.hold(now) // started under the full help, or in a window too small
	cmd := tea.Batch(said, s.after(s.walk.InExercise(), now))
	if !s.walk.Finished() {
		cmd = tea.Batch(cmd, s.rec.save(&s.walk, now, coach.Running))
	}
	s.setKeys()
	return s, cmd
}

// Update handles the session's keys and ticks.
func (s sessionModel) Update(msg tea.Msg) (sessionModel, tea.Cmd) {
	now := s.c.now()
	ex := s.walk.InExercise()
	next := moved
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case sessionTickMsg:
		if msg.session != s.id || msg.gen != s.walk.Gen() {
			return s, nil // stale: from before a pause, a jump, or another session
		}
		s.walk.Tick(now)
	case terminal.SuspendedMsg:
		// Stopped with ctrl+z: the countdown stops when the program did,
		// and waits for the user after fg.
		if s.walk.Paused() {
			return s, nil
		}
		s.walk.Pause(msg.At, coach.ByUser)
		next = movedPaused
	case tea.KeyMsg:
		if s.asking {
			cmd, next = s.answer(msg, now)
		} else {
			cmd, next = s.key(msg, now)
		}
	default:
		return s, nil
	}
	if next != handled {
		cmd = s.after(ex, now)
		if next == movedPaused {
			cmd = tea.Batch(cmd, s.pausedLine(now))
		}
	}
	s.setKeys()
	return s, cmd
}

// keyResult says what follows a key.
type keyResult int

const (
	handled     keyResult = iota // nothing more
	moved                        // the walk moved: announce it, journal, tick
	movedPaused                  // the same, and say that it stands paused
)

// key handles a key during the routine.
func (s *sessionModel) key(msg tea.KeyMsg, now time.Time) (tea.Cmd, keyResult) {
	w := &s.walk
	switch {
	case key.Matches(msg, s.keys.Quit):
		return s.ask(now, false), handled
	case key.Matches(msg, s.keys.Pause):
		switch {
		case s.held:
			s.held = false // the user's pause now: it stays when the help goes
		case w.Paused() && s.covered():
			s.held = true // the user's resume, once the help goes
			return nil, handled
		case w.Paused():
			w.Resume(now)
			return nil, moved
		default:
			w.Pause(now, coach.ByUser)
		}
	case key.Matches(msg, s.keys.Next):
		w.Next(now)
	case key.Matches(msg, s.keys.Back):
		w.Back(now)
	case key.Matches(msg, s.keys.SkipExercise):
		if _, more := w.NextExercise(); !more {
			// Skipping the last exercise ends the routine: a habit of
			// pressing s must not end it without a word, so ask.
			return s.ask(now, true), handled
		}
		w.SkipExercise(now)
	case key.Matches(msg, s.keys.Hurts):
		_, more := w.NextExercise()
		w.StopForPain(now)
		s.held = false // paused for pain now, until the user chooses
		stops := w.PainStops()
		stopped := painStoppedMsg{where: stops[len(stops)-1].String(), last: !more}
		return tea.Batch(s.c.emit(w.Events()...), s.rec.save(w, now, coach.Running),
			func() tea.Msg { return stopped }), handled
	default:
		return nil, handled
	}
	if w.Paused() && !w.Finished() {
		return nil, movedPaused // say where it stands, and that it waits
	}
	return nil, moved
}

// ask puts a question (end says which: ending the routine at its last
// exercise, or quitting it), holding the countdown while it is up.
func (s *sessionModel) ask(now time.Time, end bool) tea.Cmd {
	w := &s.walk
	s.asking, s.askEnd = true, end
	s.hold(now) // the question covers the countdown
	why, q := s.question()
	line := fmt.Sprintf("%s %s or %s.", q, s.keys.Yes.Help().Key, s.keys.No.Help().Key)
	if why != "" {
		line = why + " " + line
	}
	return tea.Batch(s.c.emit(w.Events()...), s.c.shown("confirm", line))
}

// question is the question up, and why it is asked ("" when it says so).
func (s *sessionModel) question() (why, q string) {
	if s.askEnd {
		return s.walk.Exercise().Name + " is the last exercise: skipping it ends the routine.", "End the routine now?"
	}
	return "", "Quit this routine?"
}

// answer handles the question up: yes ends the routine, quit (to the
// check-in after and the summary, as any end), or at its last exercise;
// no goes back to it as it was.
func (s *sessionModel) answer(msg tea.KeyMsg, now time.Time) (tea.Cmd, keyResult) {
	switch {
	case key.Matches(msg, s.keys.Yes) && s.askEnd:
		s.asking, s.askEnd = false, false
		s.hold(now)
		s.walk.SkipExercise(now)
		return nil, moved
	case key.Matches(msg, s.keys.Yes):
		s.asking = false
		s.walk.End(now, coach.Quit)
		s.hold(now) // ended: nothing more is held
		return nil, moved
	case key.Matches(msg, s.keys.No):
		s.asking, s.askEnd = false, false
		if s.hold(now) {
			return nil, moved // resumed: the question had paused it
		}
		return nil, movedPaused
	}
	return nil, handled
}

// pausedLine says the pause in words, with the key that ends it.
func (s *sessionModel) pausedLine(now time.Time) tea.Cmd {
	return s.c.shown("paused", fmt.Sprintf("Paused, %s left. %s to resume.", words.Spoken(s.walk.Remaining(now)), words.Capitalize(s.keys.Pause.Help().Key)))
}

// after hands the walk's events to the outputs, journals an exercise that
// ended (ex was the one under way before), and asks for the next tick, or
// says that the session ended.
func (s *sessionModel) after(ex int, now time.Time) tea.Cmd {
	cmds := []tea.Cmd{s.c.emit(s.walk.Events()...)}
	switch {
	case s.walk.Finished():
		cmds = append(cmds, s.rec.save(&s.walk, now, s.walk.Outcome()), func() tea.Msg { return sessionEndedMsg{} })
	default:
		if s.walk.InExercise() != ex {
			cmds = append(cmds, s.rec.save(&s.walk, now, coach.Running))
		}
		cmds = append(cmds, s.tick(now))
	}
	return tea.Batch(cmds...)
}

// tick asks for the next tick, tagged with the session and the walk's
// generation.
func (s *sessionModel) tick(now time.Time) tea.Cmd {
	if !s.walk.Ticking() {
		return nil
	}
	id, gen := s.id, s.walk.Gen()
	return s.c.tick(s.walk.NextTickIn(now), func(time.Time) tea.Msg { return sessionTickMsg{id, gen} })
}

// goOn goes on after a stop for pain, with the next exercise.
func (s sessionModel) goOn() (sessionModel, tea.Cmd) {
	now := s.c.now()
	ex := s.walk.InExercise()
	s.walk.GoOn(now)
	s.hold(now)
	cmd := s.after(ex, now)
	s.setKeys()
	return s, cmd
}

// endForPain ends the routine after a stop for pain.
func (s sessionModel) endForPain() (sessionModel, tea.Cmd) {
	now := s.c.now()
	s.walk.End(now, coach.Pain)
	return s, s.after(s.walk.InExercise(), now)
}

// setKeys enables the keys that work now and words their help.
func (s *sessionModel) setKeys() {
	k := &s.keys
	for _, b := range []*key.Binding{&k.Pause, &k.Next, &k.Back, &k.SkipExercise, &k.Hurts, &k.Quit, &k.Help} {
		b.SetEnabled(!s.asking)
	}
	k.Yes.SetEnabled(s.asking)
	k.No.SetEnabled(s.asking)
	k.Pause.SetHelp("space", "pause")
	if s.walk.Paused() && !s.held {
		k.Pause.SetHelp("space", "resume")
	}
	k.Next.SetHelp("enter/→", "skip")
	if s.walk.Step().Kind == routines.Prepare {
		k.Next.SetHelp("enter/→", "start now")
	}
}

// routine is the routine walked.
func (s sessionModel) routine() routines.Routine { return s.walk.Plan().Routine }

// report is what the session did by now.
func (s sessionModel) report() coach.Report { return s.walk.Report(s.c.now()) }

// ratedAfter keeps the check-in after the routine.
func (s sessionModel) ratedAfter(rating *int) sessionModel {
	s.rec.painAfter = rating
	return s
}

// saveEnd writes the session's last word, with the check-in after.
func (s sessionModel) saveEnd() (sessionModel, tea.Cmd) {
	cmd := s.rec.save(&s.walk, s.c.now(), s.walk.Outcome())
	return s, cmd
}

// sessionResult is what a session did, for the summary.
type sessionResult struct {
	routine string
	report  coach.Report
	outcome coach.Outcome
	results []coach.Result
	started time.Time
	record  journal.Session // for the streak and this week's minutes
	before  *int            // the pain check-ins, if answered
	after   *int
}

func (s sessionModel) result() sessionResult {
	now := s.c.now()
	return sessionResult{routine: s.walk.Plan().Routine.Name, report: s.walk.Report(now), outcome: s.walk.Outcome(),
		results: s.walk.Results(), started: s.walk.Started(), record: s.rec.snapshot(&s.walk, now, s.walk.Outcome()),
		before: s.rec.painBefore, after: s.rec.painAfter}
}
