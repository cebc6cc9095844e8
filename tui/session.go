package tui

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

const (
	prepareKind = routines.Prepare
	workKind    = routines.Work
	restKind    = routines.Rest
)

// lateRestart: when the clock is found this far past a deadline (the laptop
// slept), the next step starts from now instead of from the missed
// deadline, so the coach does not race through the steps it slept over.
const lateRestart = time.Second

// stepStatus is what became of a hold.
type stepStatus int

const (
	pending stepStatus = iota
	done
	skipped
)

// sessionModel walks a plan. Every countdown is a deadline: the time left is
// computed from the clock, never counted in ticks, and the next step's
// deadline is the previous deadline plus its duration, so a routine does
// not drift.
type sessionModel struct {
	plan     routines.Plan
	idx      int
	deadline time.Time     // when the current step ends, while running
	left     time.Duration // time left in the current step, while paused
	paused   bool
	gen      int
	started  time.Time
	ended    time.Time
	finished bool
	status   []stepStatus

	// Per exercise, for the journal: how it ended ("" while it has not)
	// and the time spent on it; inEx is the exercise under way (-1 none)
	// and exFrom when it was entered.
	exEnd  []string
	exTime []time.Duration
	inEx   int
	exFrom time.Time
}

// newSession starts a plan at now. gen continues the previous session's
// generation, so that a tick still in flight from it is stale here too.
func newSession(p routines.Plan, now time.Time, gen int) sessionModel {
	n := len(p.Routine.Exercises)
	s := sessionModel{plan: p, started: now, status: make([]stepStatus, len(p.Steps)),
		exEnd: make([]string, n), exTime: make([]time.Duration, n), inEx: -1, gen: gen}
	s.enter(0, now)
	return s
}

// moveExercise leaves the exercise under way and opens ex, both at t.
// Going forward, the one left ends: skipped when no hold was done and some
// were skipped, finished otherwise, unless it already ended another way (s,
// p). Going back, it has not ended: it will be reached again; and the one
// re-entered is open again, except that a stop for pain stays on record.
func (s *sessionModel) moveExercise(ex int, t time.Time, forward bool) {
	if ex == s.inEx {
		return
	}
	if s.inEx >= 0 {
		s.stopClock(t)
		switch {
		case !forward:
			s.exEnd[s.inEx] = ""
		case s.exEnd[s.inEx] == "":
			s.exEnd[s.inEx] = journal.Finished
			if r := s.results()[s.inEx]; r.Done == 0 && r.Skipped > 0 {
				s.exEnd[s.inEx] = journal.Skipped
			}
		}
	}
	if ex >= 0 {
		if !forward && s.exEnd[ex] != journal.Pain {
			s.exEnd[ex] = ""
		}
		s.exFrom = t
	}
	s.inEx = ex
}

// stopClock adds the time since exFrom to the exercise under way; the
// clock runs only while the session does (not paused, not asleep).
func (s *sessionModel) stopClock(t time.Time) {
	if s.inEx >= 0 && !s.paused {
		s.exTime[s.inEx] += max(0, t.Sub(s.exFrom))
	}
	s.exFrom = t
}

// current returns the step under way (the last one once finished).
func (s *sessionModel) current() routines.Step {
	if len(s.plan.Steps) == 0 {
		return routines.Step{}
	}
	return s.plan.Steps[min(s.idx, len(s.plan.Steps)-1)]
}

// enter starts step i at start; past the last step the session is
// finished. A paused session stays paused, with the whole step to go: a
// user who pauses and steps back to reread is not rushed.
func (s *sessionModel) enter(i int, start time.Time) {
	s.gen++
	forward := i >= s.idx
	s.idx = i
	if i >= len(s.plan.Steps) {
		s.moveExercise(-1, start, true)
		s.finished = true
		s.ended = start
		return
	}
	s.moveExercise(s.plan.Steps[i].Exercise, start, forward)
	s.deadline = start.Add(s.plan.Steps[i].Duration)
	s.left = s.plan.Steps[i].Duration
}

// remaining is the time left in the current step.
func (s *sessionModel) remaining(now time.Time) time.Duration {
	if s.finished {
		return 0
	}
	if s.paused {
		return s.left
	}
	return max(0, s.deadline.Sub(now))
}

// totalLeft is the time left in the whole routine.
func (s *sessionModel) totalLeft(now time.Time) time.Duration {
	if s.finished {
		return 0
	}
	return s.remaining(now) + s.plan.From(s.idx+1)
}

// tick moves past every deadline that now has reached and reports whether
// a step ended (which rings the bell).
func (s *sessionModel) tick(now time.Time) (ended bool) {
	for !s.finished && !s.paused && !now.Before(s.deadline) {
		if s.current().Kind == workKind {
			s.status[s.idx] = done
		}
		start := s.deadline
		if now.Sub(start) > lateRestart {
			s.stopClock(start) // asleep: not time spent exercising
			s.exFrom = now
			start = now
		}
		s.enter(s.idx+1, start)
		ended = true
	}
	return ended
}

// next skips the rest of the current step.
func (s *sessionModel) next(now time.Time) {
	if s.finished {
		return
	}
	if s.current().Kind == workKind && s.status[s.idx] == pending {
		s.status[s.idx] = skipped
	}
	s.enter(s.idx+1, now)
}

// back goes to the previous step and starts it again in full.
func (s *sessionModel) back(now time.Time) {
	if s.finished {
		return
	}
	i := max(0, s.idx-1)
	s.status[i] = pending
	s.enter(i, now)
}

// skipExercise skips every hold left in the current exercise.
func (s *sessionModel) skipExercise(now time.Time) {
	if s.finished {
		return
	}
	ex := s.current().Exercise
	i := s.idx
	for ; i < len(s.plan.Steps) && s.plan.Steps[i].Exercise == ex; i++ {
		if s.plan.Steps[i].Kind == workKind && s.status[i] == pending {
			s.status[i] = skipped
		}
	}
	s.exEnd[ex] = journal.Skipped
	s.enter(i, now)
}

// stopForPain ends the current exercise because it hurts: its holds not
// yet done are left undone (not skipped), its time stops, and the session
// pauses until the user goes on (afterPain) or ends the routine.
func (s *sessionModel) stopForPain(now time.Time) {
	if s.finished {
		return
	}
	s.exEnd[s.current().Exercise] = journal.Pain
	s.moveExercise(-1, now, true)
	if !s.paused {
		s.togglePause(now)
	}
}

// nextExerciseStep is the first step of the exercise after the current
// one (len(steps) when it is the last).
func (s *sessionModel) nextExerciseStep() int {
	ex, i := s.current().Exercise, s.idx
	for i < len(s.plan.Steps) && s.plan.Steps[i].Exercise == ex {
		i++
	}
	return i
}

// afterPain goes on with the next exercise, from its start, running.
func (s *sessionModel) afterPain(now time.Time) {
	s.enter(s.nextExerciseStep(), now)
	if s.paused && !s.finished {
		s.togglePause(now)
	}
}

// togglePause pauses, keeping the time left exactly, or resumes.
func (s *sessionModel) togglePause(now time.Time) {
	if s.finished {
		return
	}
	s.gen++
	if s.paused {
		s.paused = false
		s.deadline = now.Add(s.left)
		s.exFrom = now // the exercise's clock starts again
		return
	}
	s.stopClock(now)
	s.left = max(0, s.deadline.Sub(now))
	s.paused = true
}

// nextTickIn is how long until the shown second changes or the step ends,
// whichever is first: the screen redraws once a second, not 60 times.
func (s *sessionModel) nextTickIn(now time.Time) time.Duration {
	rem := s.remaining(now)
	if wait := rem % time.Second; wait > 0 {
		return wait
	}
	return max(time.Millisecond, min(time.Second, rem))
}

// tickCmd asks for the next tick, tagged with the session's generation,
// through after (tea.Tick, or the tests' fake).
func (s *sessionModel) tickCmd(now time.Time, after func(time.Duration, func(time.Time) tea.Msg) tea.Cmd) tea.Cmd {
	if s.finished || s.paused {
		return nil
	}
	gen := s.gen
	return after(s.nextTickIn(now), func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}

// exerciseResult is one line of the summary.
type exerciseResult struct {
	Name                   string
	Planned, Done, Skipped int
}

// results counts each exercise's holds.
func (s *sessionModel) results() []exerciseResult {
	out := make([]exerciseResult, len(s.plan.Routine.Exercises))
	for i, e := range s.plan.Routine.Exercises {
		out[i].Name = e.Name
	}
	for i, st := range s.plan.Steps {
		if st.Kind != workKind {
			continue
		}
		r := &out[st.Exercise]
		r.Planned++
		switch s.status[i] {
		case done:
			r.Done++
		case skipped:
			r.Skipped++
		}
	}
	return out
}

// --- view ---

// repText is "rep 3 of 10", with the range when the reps are one:
// "rep 2 of 3 (3-5)".
func repText(st routines.Step, e routines.Exercise) string {
	rep := fmt.Sprintf("rep %d of %d", st.Rep, st.Reps)
	if e.Reps.IsRange() {
		rep += " (" + e.Reps.String() + ")"
	}
	return rep
}

// position says which hold a step is or leads to: "Left side · rep 3 of 10".
func position(st routines.Step, e routines.Exercise) string {
	if side := e.SideLabel(st.Side); side != "" {
		return side + " · " + repText(st, e)
	}
	return routines.Capitalize(repText(st, e))
}

// phase names a step for the big label above the countdown.
func (m Model) phase(st routines.Step, e routines.Exercise) (string, lipgloss.Style) {
	switch st.Kind {
	case prepareKind:
		return "GET READY", m.styles.Prepare
	case restKind:
		return "REST", m.styles.Rest
	}
	hold := e.Hold.At(m.session.plan.Level)
	label := "HOLD " + routines.FormatDuration(hold)
	if e.Hold.IsRange() {
		label += " (" + e.Hold.String() + ")"
	}
	if e.Mode == routines.Move {
		label = "KEEP MOVING " + routines.FormatDuration(hold)
	}
	return label, m.styles.Work
}

// upNext describes what follows the hold the current step is or leads to.
func (s *sessionModel) upNext() string {
	i := s.idx
	if s.current().Kind != workKind {
		// The position line already names the coming hold; look past it.
		for i < len(s.plan.Steps) && s.plan.Steps[i].Kind != workKind {
			i++
		}
	}
	cur := s.current().Exercise
	for j := i + 1; j < len(s.plan.Steps); j++ {
		st := s.plan.Steps[j]
		if st.Kind != workKind {
			continue
		}
		e := s.plan.Routine.Exercises[st.Exercise]
		if st.Exercise != cur {
			return fmt.Sprintf("Next: %s (exercise %d of %d)", e.Name, st.Exercise+1, len(s.plan.Routine.Exercises))
		}
		return "Next: " + position(st, e)
	}
	return "Next: done, the summary"
}

func (m Model) sessionView() string {
	s := &m.session
	now := m.now()
	st := s.current()
	e := s.plan.Routine.Exercises[st.Exercise]
	w, h := m.width, m.height
	inner := max(1, w-4)
	st8 := m.styles

	help := m.helpView()
	avail := h - lipgloss.Height(help)

	right := fmt.Sprintf("exercise %d of %d · %s left", st.Exercise+1, len(s.plan.Routine.Exercises), routines.Clock(s.totalLeft(now)))
	header := spread(st8.Header.Render(s.plan.Routine.Name), st8.Muted.Render(right), w-2)

	name := st8.Title.Render(e.Name)
	pos := position(st, e)
	if st.Kind != workKind {
		pos = "Coming up: " + pos
	}
	pos = st8.Position.Render(pos)

	label, labelStyle := m.phase(st, e)
	rem := s.remaining(now)
	clock := routines.Clock(rem)
	if s.paused {
		label += " · PAUSED"
		labelStyle = st8.Paused
	}
	frac := 1.0
	if d := st.Duration; d > 0 {
		frac = 1 - float64(rem)/float64(d)
	}
	bar := m.bar(frac, min(inner, 50))
	next := st8.Next.Render(s.upNext())
	cue := ""
	if e.Cue != "" && st.Kind == workKind {
		cue = st8.Cue.Render(e.Cue)
	}

	// Big digits when they leave room for the instructions.
	const coreSmall = 7 // header, name, position, label+clock, bar, next, one step
	big := avail-coreSmall-2 >= 4
	var count []string
	if big {
		count = append([]string{labelStyle.Render(label)}, bigClock(clock, labelStyle)...)
	} else {
		count = []string{labelStyle.Render(label) + "  " + labelStyle.Render(clock)}
	}
	core := 3 + len(count) + 1 + 1
	room := avail - core
	if room < 0 { // cannot happen above the minimum size; stay sane anyway
		next = ""
		room++
	}
	if cue != "" && room >= 2 {
		room--
	} else {
		cue = ""
	}
	steps := m.stepsView(e.Steps, inner, room)
	room -= len(steps)

	var out []string
	gap := func() {
		if room > 0 {
			out = append(out, "")
			room--
		}
	}
	out = append(out, " "+header)
	gap()
	out = append(out, "  "+name, "  "+pos)
	gap()
	for _, l := range steps {
		out = append(out, "  "+l)
	}
	gap()
	// Centre the countdown in the space left below the instructions.
	for spare := room / 2; spare > 0; spare-- {
		out = append(out, "")
		room--
	}
	for _, l := range count {
		out = append(out, center(l, w))
	}
	out = append(out, center(bar, w))
	if cue != "" {
		out = append(out, center(cue, w))
	}
	gap()
	if next != "" {
		out = append(out, "  "+next)
	}
	return m.frame(out, help)
}

// stepsView numbers and wraps the instructions into at most n lines.
func (m Model) stepsView(steps []string, width, n int) []string {
	var lines []string
	for i, s := range steps {
		num := fmt.Sprintf("%d. ", i+1)
		wrapped := strings.Split(m.styles.Step.Width(max(1, width-len(num))).Render(s), "\n")
		for j, l := range wrapped {
			prefix := strings.Repeat(" ", len(num))
			if j == 0 {
				prefix = m.styles.StepNum.Render(num)
			}
			lines = append(lines, prefix+strings.TrimRight(l, " "))
		}
	}
	if len(lines) > n {
		lines = lines[:max(0, n)]
		if n > 0 {
			lines[n-1] = truncate(lines[n-1], width-1) + "…"
		}
	}
	return lines
}

// bar draws the progress of a step, frac from 0 to 1.
func (m Model) bar(frac float64, width int) string {
	frac = min(1, max(0, frac))
	full := int(frac*float64(width) + 0.5)
	return m.styles.BarFull.Render(strings.Repeat("█", full)) +
		m.styles.BarEmpty.Render(strings.Repeat("░", width-full))
}
