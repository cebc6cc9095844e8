package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// What a session's screen draws each second into the frame laid out for
// its step: the header's time left, the phase's band with the countdown
// (in digits as large as fit), and the bar.

// clockBlock is the phase's band with the time left in it, and, as room
// allows, the time left again in digits as large as fit (scales). It is
// drawn each second by draw.
func (s sessionModel) clockBlock(scales []int) block {
	b := block{grow: []growth{{rows: 1, prio: prioCore}}, render: func(rows, _ int) []string { return make([]string, rows) }}
	for i, sc := range scales {
		p := prioBigger
		if i == 0 {
			p = prioBig
		}
		b.grow = append(b.grow, growth{rows: 1 + fontRows(sc), prio: p})
	}
	return b
}

// draw puts the lines that change each second into a laid-out frame: the
// header with the time left, the band and the digits, and the bar. They
// are made to fit by construction, so nothing is measured or cut here.
func (s sessionModel) draw(f *frame, now time.Time, rem time.Duration) string {
	out := append([]string(nil), f.lines...)
	width := s.c.width
	fast := &s.c.fast
	if f.header >= 0 {
		out[f.header] = " " + s.headerLine(now, width-2)
	}
	if f.clock >= 0 {
		ph, label := s.phase()
		clock := words.Clock(rem)
		pf := fast.phases[ph]
		if !f.big {
			out[f.clock] = band(label+"  "+clock, pf, width)
		} else {
			out[f.clock] = band(label, pf, width)
			pad := strings.Repeat(" ", max(0, (width-textWidth(clock, f.font.scale))/2))
			for i, l := range f.font.lines(clock) {
				if f.clock+1+i < len(out) {
					out[f.clock+1+i] = pad + pf.text.render(l)
				}
			}
		}
	}
	if f.bar >= 0 {
		frac := 1.0
		if d := s.walk.Step().Duration; d > 0 {
			frac = 1 - float64(rem)/float64(d)
		}
		n := min(max(1, width-4), 50)
		full := int(min(1, max(0, frac))*float64(n) + 0.5)
		out[f.bar] = strings.Repeat(" ", max(0, (width-n)/2)) + fast.barFull.render(strings.Repeat("█", full)) + fast.barEmpty.render(strings.Repeat("░", n-full))
	}
	return strings.Join(out, "\n")
}

// headerLine is the routine's name, and on the right where the routine
// stands: "exercise 2 of 3 · 4:59 left", in width.
func (s sessionModel) headerLine(now time.Time, width int) string {
	w := &s.walk
	name := w.Plan().Routine.Name
	right := fmt.Sprintf("exercise %d of %d · %s left", w.Step().Exercise+1, len(w.Plan().Routine.Exercises), words.Clock(w.TotalLeft(now)))
	fast := &s.c.fast
	nw, rw := ansi.StringWidth(name), ansi.StringWidth(right)
	if nw+rw+2 > width {
		if rw > width {
			return fast.muted.render(fit.Truncate(right, width))
		}
		name = fit.Truncate(name, max(0, width-rw-2))
		nw = ansi.StringWidth(name)
	}
	return fast.header.render(name) + strings.Repeat(" ", max(1, width-nw-rw)) + fast.muted.render(right)
}

// band is a full-width bar in the phase's colour with text in its middle;
// without colour, a line of the phase's own character.
func band(text string, pf fastPhase, width int) string {
	bw := max(1, width-2)
	text = " " + text + " "
	tw := ansi.StringWidth(text)
	if tw >= bw {
		return " " + pf.band.render(fit.Truncate(text, bw))
	}
	left := (bw - tw) / 2
	return " " + pf.band.render(strings.Repeat(pf.fill, left)+text+strings.Repeat(pf.fill, bw-left-tw))
}

// phase is the step's phase and the words for its band: GET READY, HOLD
// 30s, KEEP MOVING 30s, REST, SWITCH SIDES; and PAUSED while paused.
func (s sessionModel) phase() (phase, string) {
	st, e := s.walk.Step(), s.walk.Exercise()
	ph, label := phaseHold, ""
	switch {
	case st.Kind == routines.Prepare:
		ph, label = phasePrepare, "GET READY"
	case e.IsSwitch(st):
		ph, label = phaseSwitch, "SWITCH SIDES"
	case st.Kind == routines.Rest:
		ph, label = phaseRest, "REST"
	default:
		hold := e.Hold.At(s.walk.Plan().Level)
		label = "HOLD " + routines.FormatDuration(hold)
		if e.Mode == routines.Move {
			label = "KEEP MOVING " + routines.FormatDuration(hold)
		}
	}
	if s.walk.Paused() {
		return phasePaused, label + " · PAUSED"
	}
	return ph, label
}
