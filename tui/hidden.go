package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/backcoach/backcoach/coach"
)

// What the user cannot see, nothing acts on. While the quit question,
// the full help or a window too small covers a routine, its countdown is
// held; it runs again once nothing covers it, unless the user paused it
// meanwhile. In a window too small only quitting works, and the message
// says the size and the minimum.

// covered reports whether something hides the countdown.
func (s *sessionModel) covered() bool {
	return s.asking || s.c.helpCovers() || s.c.tooSmall()
}

// hold pauses the countdown while it is covered, and lets it run again
// once nothing covers it, if the pause was the cover's. It reports
// whether the walk changed.
func (s *sessionModel) hold(now time.Time) bool {
	w := &s.walk
	switch {
	case w.Finished():
		s.held = false
	case s.covered() && !w.Paused():
		why := coach.WhileHidden
		if s.asking {
			why = coach.ForQuestion
		}
		w.Pause(now, why)
		s.held = true
		return true
	case !s.covered() && s.held:
		s.held = false
		w.Resume(now)
		return true
	}
	return false
}

// uncovered holds or resumes the countdown after what covers it changed
// (the full help opened or closed, the window's size).
func (s sessionModel) uncovered() (sessionModel, tea.Cmd) {
	now := s.c.now()
	if !s.hold(now) {
		return s, nil
	}
	cmd := s.after(s.walk.InExercise(), now)
	s.setKeys()
	return s, cmd
}

// tooSmallView is the session's message in a window too small: paused,
// and the quit question when it is up.
func (s sessionModel) tooSmallView() string {
	note := ""
	if s.walk.Paused() {
		note = "Paused."
	}
	if s.asking { // on two lines: the window is narrow
		return s.c.tooSmallView(note, " "+s.c.styles.Confirm.Render("Quit this routine?")+"\n "+s.c.help.ShortHelpView([]key.Binding{s.keys.Yes, s.keys.No}))
	}
	return s.c.tooSmallView(note, "")
}

// whileTooSmall takes the keys that still work in a window too small to
// show the screen: q quits (during a routine it asks first, and the
// question shows in the message), ctrl+c quits at once.
func (m Model) whileTooSmall(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch {
	case m.screen == sessionScreen && (m.session.asking || key.Matches(msg, m.session.keys.Quit)):
		return m.toScreen(msg)
	case m.screen != sessionScreen && key.Matches(msg, m.c.quit):
		return m, quitChosen
	}
	return m, nil
}

// tooSmallView asks for a larger window, with the size it is and the
// size needed; note follows ("Paused."), and help replaces the quit key's.
func (c *common) tooSmallView(note, help string) string {
	msg := fmt.Sprintf("Window %dx%d — backcoach needs %dx%d.", c.width, c.height, MinWidth, MinHeight)
	if c.width < 20 {
		msg = "Window too small."
	}
	if note != "" {
		msg += " " + note
	}
	if help == "" {
		help = " " + c.help.ShortHelpView([]key.Binding{c.quit})
	}
	lines := strings.Split(c.styles.Frame.Width(max(1, c.width)).Render(msg), "\n")
	return c.frame(lines, help)
}
