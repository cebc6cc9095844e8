package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/journal"
	"github.com/backcoach/backcoach/routines"
)

// painAdvice is the article's advice, shown when an exercise hurts.
const painAdvice = "Stop any exercise that causes pain. A physical therapist can help you to relieve pain and increase mobility in your back: work with one before you go on with the exercises that hurt."

// notAdvice is the one plain line that backcoach is no medical advice.
const notAdvice = "backcoach is not medical advice: for back pain, see a physical therapist."

// beginRoutine starts r, asking first how the back feels when the journal
// is on.
func (m *Model) beginRoutine(r routines.Routine) tea.Cmd {
	if !m.journaling() {
		return m.startSession(r)
	}
	m.pending = r
	m.checkinAfter = false
	m.screen = checkinScreen
	return nil
}

// endRoutine leaves a session that finished or was stopped for pain: the
// check-in after, then the summary.
func (m *Model) endRoutine(outcome string) tea.Cmd {
	if r, _ := m.Report(); outcome == journal.Finished && r.Done == 0 {
		outcome = journal.Skipped // every hold skipped: no streak for three keys
	}
	m.outcome = outcome
	m.confirming = false
	if m.journaling() {
		m.checkinAfter = true
		m.screen = checkinScreen
		return m.save(outcome) // on disk before the question, in case of a crash
	}
	m.screen = summaryScreen
	return nil
}

func (m *Model) updateCheckin(msg tea.KeyMsg) tea.Cmd {
	var rating *int
	switch {
	case key.Matches(msg, m.keys.Rate):
		v := 10
		if k := msg.String(); k != "x" {
			v = int(k[0] - '0')
		}
		rating = &v
	case key.Matches(msg, m.keys.SkipCheckin):
	case key.Matches(msg, m.keys.Quit) && !m.checkinAfter:
		m.screen = pickerScreen
		if m.opts.Start != "" {
			return tea.Quit
		}
		return nil
	case key.Matches(msg, m.keys.Quit):
		m.screen = summaryScreen
		return m.save(m.outcome)
	default:
		return nil
	}
	if m.checkinAfter {
		m.painAfter = rating
		m.screen = summaryScreen
		return m.save(m.outcome)
	}
	m.painBefore = rating
	return tea.Batch(m.startSession(m.pending), m.save(journal.Running))
}

func (m *Model) updatePain(msg tea.KeyMsg) tea.Cmd {
	now := m.now()
	switch {
	case key.Matches(msg, m.keys.GoOn):
		m.screen = sessionScreen
		m.session.afterPain(now)
		if m.session.finished {
			return m.endRoutine(journal.Pain)
		}
		return m.session.tickCmd(now, m.opts.Tick)
	case key.Matches(msg, m.keys.Quit):
		m.session.enter(len(m.session.plan.Steps), now)
		return m.endRoutine(journal.Pain)
	}
	return nil
}

func (m Model) checkinView() string {
	st := m.styles
	name := m.pending.Name
	q := "How does your back feel right now?"
	if m.checkinAfter {
		name = m.session.plan.Routine.Name
		q = "How does your back feel now?"
	}
	scale := make([]string, 11)
	for i := range scale {
		scale[i] = itoa(i)
	}
	lines := []string{
		" " + st.Header.Render("backcoach") + " " + st.Muted.Render("· "+name), "",
		" " + st.Title.Render(q),
		" " + st.Muted.Render("0 is no pain, 10 the worst you can imagine."), "",
		"   " + strings.Join(scale, "  "), "",
		" " + st.Muted.Render("Press 0-9, or x for 10. Enter skips."),
	}
	return m.frame(lines, m.helpView())
}

func (m Model) painView() string {
	st := m.styles
	e := m.session.plan.Routine.Exercises[m.painEx]
	lines := []string{" " + st.Confirm.Render("Stopped: "+e.Name), ""}
	for _, l := range strings.Split(st.Step.Width(max(1, m.width-4)).Render(painAdvice), "\n") {
		lines = append(lines, "  "+strings.TrimRight(l, " "))
	}
	next := "This was the last exercise."
	if i := m.session.nextExerciseStep(); i < len(m.session.plan.Steps) {
		next = "Next: " + m.session.plan.Routine.Exercises[m.session.plan.Steps[i].Exercise].Name
	}
	lines = append(lines, "", "  "+st.Next.Render(next))
	return m.frame(lines, m.helpView())
}

func itoa(i int) string {
	if i == 10 {
		return "10"
	}
	return string(rune('0' + i))
}
