// Package cue says the coach's events in words: one line an event for the
// plain, screen-reader-friendly output (--plain), which Printer writes.
package cue

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// Line is an event as one line of plain output, like "Bird dog, left
// leg, rep 3 of 10: hold 5 seconds", or "" when it is no news to a reader.
func Line(e coach.Event) string {
	switch e := e.(type) {
	case coach.Shown:
		return e.Line
	case coach.StepStarted:
		if e.Paused {
			return "" // the screen says where it stands, paused
		}
		return started(e.At)
	case coach.Resumed:
		if secs := seconds(e.Left); secs > 0 {
			return fmt.Sprintf("Resumed, %s left.", words.Spoken(time.Duration(secs)*time.Second))
		}
	}
	return ""
}

// started says a step that begins.
func started(at coach.At) string {
	st, e := at.Step, at.Exercise
	where := e.Name
	if side := e.SideLabel(st.Side); side != "" {
		where += ", " + strings.ToLower(side)
	}
	if rep := Rep(st, e); rep != "" {
		where += ", " + rep
	}
	switch {
	case st.Kind == routines.Prepare:
		move := ""
		if m := routines.MoveTo(st.From, e.Position); m != "" {
			move = " " + m + "."
		}
		care := ""
		if e.Caution != "" {
			care = " Take care: " + e.Caution
		}
		level := ""
		if l := LevelNote(e, at.Level); l != "" {
			level = " " + l + "."
		}
		return fmt.Sprintf("Get ready: %s.%s%s %s%s %s.", where, level, move, strings.Join(e.StepsOn(st.Side), " "), care, words.Spoken(st.Duration))
	case e.IsSwitch(st):
		return "Switch sides: " + words.Spoken(st.Duration) + "."
	case st.Kind == routines.Rest:
		return "Rest: " + words.Spoken(st.Duration) + "."
	}
	verb := "hold "
	if e.Mode == routines.Move {
		verb = "keep moving "
	}
	c := e.CueOn(st.Side)
	if c == "" {
		c = coach.Breathe
	}
	return where + ": " + verb + words.Spoken(st.Duration) + ". " + c
}

// Rep is "rep 3 of 10", or "" when the exercise has one rep.
func Rep(st routines.Step, e routines.Exercise) string {
	if st.Reps <= 1 {
		return ""
	}
	return fmt.Sprintf("rep %d of %d", st.Rep, st.Reps)
}

// LevelNote says, once an exercise, what the level took of the ranges
// the routine gives: "Gentle level: 3 reps of 3-5, hold 5s of 5-10s",
// or "" when the exercise has no range.
func LevelNote(e routines.Exercise, l routines.Level) string {
	var parts []string
	if e.Reps.IsRange() {
		parts = append(parts, fmt.Sprintf("%d reps of %s", e.Reps.At(l), e.Reps))
	}
	if e.Hold.IsRange() {
		verb := "hold "
		if e.Mode == routines.Move {
			verb = "keep moving "
		}
		parts = append(parts, verb+routines.FormatDuration(e.Hold.At(l))+" of "+e.Hold.String())
	}
	if len(parts) == 0 {
		return ""
	}
	return words.Capitalize(l.String()) + " level: " + strings.Join(parts, ", ")
}

// seconds is a countdown's shown seconds: d rounded up.
func seconds(d time.Duration) int { return int((d + time.Second - 1) / time.Second) }

// Printer writes each event's line to w: the output of --plain.
type Printer struct {
	mu     sync.Mutex
	w      io.Writer
	failed func() // called once when a write fails
	done   bool
}

// NewPrinter prints to w; failed, if not nil, is called once when a write
// fails (the reader of a pipe went away), and nothing more is written.
func NewPrinter(w io.Writer, failed func()) *Printer { return &Printer{w: w, failed: failed} }

// Event implements coach.Sink.
func (p *Printer) Event(e coach.Event) {
	l := Line(e)
	if l == "" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return
	}
	if _, err := io.WriteString(p.w, l+"\n"); err != nil {
		p.done = true
		if p.failed != nil {
			p.failed()
		}
	}
}

var _ coach.Sink = (*Printer)(nil)
