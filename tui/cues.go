package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/backcoach/backcoach/cue"
	"github.com/backcoach/backcoach/routines"
)

// Cue describes the model's state in words for --plain and --speak.
func (m Model) Cue() cue.Cue {
	switch {
	case m.opts.Start != "" && !m.started && m.screen == pickerScreen:
		return cue.Cue{Key: "starting"}
	case m.confirming:
		return cue.Cue{Key: "confirm", Kind: cue.Confirm, Line: "Quit this routine? y or n.", Step: fmt.Sprint("step", m.session.idx)}
	}
	switch m.screen {
	case checkinScreen:
		q := "How does your back feel right now"
		if m.checkinAfter {
			q = "How does your back feel now"
		}
		return cue.Cue{Key: fmt.Sprint("checkin", m.checkinAfter), Kind: cue.Checkin,
			Line: q + ", 0 (no pain) to 10? Press 0 to 9, x for 10, or enter to skip."}
	case painScreen:
		e := m.session.plan.Routine.Exercises[m.painEx]
		return cue.Cue{Key: "pain", Kind: cue.Pain,
			Line: "Stopped " + e.Name + ". " + painAdvice + " Enter for the next exercise, q to end the routine."}
	case sessionScreen:
		return m.sessionCue()
	case summaryScreen:
		r, _ := m.Report()
		line := "done. " + r.String()
		if len(m.opts.Tips) > 0 {
			t := m.opts.Tips[m.tip%len(m.opts.Tips)]
			line += " Tip: " + t.Title + ". " + t.Text
		}
		return cue.Cue{Key: fmt.Sprint("summary", m.tip), Kind: cue.Summary, Line: line}
	}
	if len(m.picker.items) == 0 {
		return cue.Cue{Key: "pick", Kind: cue.Pick, Line: "No routines found. q to quit."}
	}
	r := m.picker.items[m.picker.cursor]
	return cue.Cue{Key: fmt.Sprint("pick", m.picker.cursor), Kind: cue.Pick,
		Line: fmt.Sprintf("Routine %d of %d: %s, %d exercises, %s. Enter to start, j or k for another, q to quit.",
			m.picker.cursor+1, len(m.picker.items), r.Name, len(r.Exercises), spoken(routines.Estimate(r, m.opts.Level)))}
}

func (m Model) sessionCue() cue.Cue {
	s := &m.session
	st := s.current()
	e := s.plan.Routine.Exercises[st.Exercise]
	rem := s.remaining(m.now())
	secs := int((rem + time.Second - 1) / time.Second)
	c := cue.Cue{Key: fmt.Sprint("step", s.idx), Step: fmt.Sprint("step", s.idx), Exercise: e.Name, Side: e.SideLabel(st.Side), Seconds: secs}
	if s.paused {
		c.Key, c.Kind = fmt.Sprint("paused", s.idx), cue.Paused
		c.Line = fmt.Sprintf("paused, %s left. Space to resume.", spoken(rem))
		return c
	}
	where := e.Name
	if c.Side != "" {
		where += ", " + strings.ToLower(c.Side)
	}
	where += ", " + repText(st, e)
	switch st.Kind {
	case prepareKind:
		c.Kind = cue.Prepare
		c.Line = fmt.Sprintf("Get ready: %s. %s %s.", where, strings.Join(e.Steps, " "), spoken(st.Duration))
	case restKind:
		c.Kind = cue.Rest
		c.Line = "rest " + spoken(st.Duration)
	default:
		c.Kind = cue.Work
		verb := "hold "
		if e.Mode == routines.Move {
			verb = "keep moving "
		}
		c.Line = where + ": " + verb + spoken(st.Duration)
		if e.Cue != "" {
			c.Line += ". " + e.Cue
		}
	}
	return c
}

// spoken says a duration in words: "5 seconds", "1 minute 30 seconds".
func spoken(d time.Duration) string {
	secs := int((d + time.Second - 1) / time.Second)
	m, s := secs/60, secs%60
	unit := func(n int, w string) string {
		if n == 1 {
			return "1 " + w
		}
		return fmt.Sprintf("%d %ss", n, w)
	}
	switch {
	case m == 0:
		return unit(s, "second")
	case s == 0:
		return unit(m, "minute")
	}
	return unit(m, "minute") + " " + unit(s, "second")
}
