package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/outputs/cue"
	"github.com/backcoach/backcoach/internal/text/fit"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// View shows the step under way: where it stands in the routine, the
// exercise, what to get into, its instructions and figure, the phase as a
// band of colour, the countdown as large as fits, and what comes next.
//
// Only the header's time left, the countdown and the bar change from one
// second to the next: the rest of the frame is laid out once for a step
// and a window (see frameCache), which keeps a countdown nearly free.
func (s sessionModel) View() string {
	now := s.c.now()
	rem := s.walk.Remaining(now)
	key := s.frameKey(rem)
	f := s.cache.get(key)
	if f == nil {
		f = s.layOut(rem)
		s.cache.put(key, f)
	}
	return s.draw(f, now, rem)
}

// layOut declares the blocks of the frame, with their priorities, lays
// them out and frames them with the help. The lines that change each
// second are drawn again by draw.
func (s sessionModel) layOut(rem time.Duration) *frame {
	c := s.c
	w := &s.walk
	st, e := w.Step(), w.Exercise()
	width := c.width
	inner := max(1, width-4)
	sty := c.styles

	help := c.helpView(s.keys)
	if s.asking {
		why, q := s.question()
		help = c.question(q, s.keys.Yes, s.keys.No)
		if why != "" {
			help = strings.Join(fit.Wrap(why, width-2, " "), "\n") + "\n" + help
		}
	}
	figure := e.FigureOn(st.Side, s.figureFrame(rem))
	steps := e.StepsOn(st.Side)

	// The blocks drawn into each second, by draw: where layout put them.
	var header, clock, bar span
	blocks := []block{
		fixed(prioCore, "").placed(&header), // drawn each second
		gap(prioGap),
		fixed(prioCore, "  "+sty.Title.Render(fit.Truncate(e.Name, inner+2))),
	}
	// Under the name: the hold under way; before the first, the level's
	// part of the routine's ranges, said once an exercise. (What a rest or
	// a get-ready leads to is the "Next" line's.)
	switch {
	case st.Kind == routines.Work && position(st, e) != "":
		blocks = append(blocks, fixed(prioCore, "  "+sty.Position.Render(fit.Truncate(position(st, e), inner+2))))
	case st.Kind == routines.Prepare && cue.LevelNote(e, w.Plan().Level) != "":
		ls := fit.Indent(fit.Wrap(cue.LevelNote(e, w.Plan().Level), inner, ""), "  ")
		for i := range ls {
			ls[i] = sty.Position.Render(ls[i])
		}
		blocks = append(blocks, para(ls, inner+2, prioNote, prioRest))
	}
	first := 1 // the number of the first step shown
	if st.Kind == routines.Prepare {
		setup := e.SetupOn(st.Side)
		if e.Setup == "" && len(steps) > 1 {
			steps, first = steps[1:], 2 // the first step is the setup: shown once
		}
		if move := routines.MoveTo(st.From, e.Position); move != "" {
			setup = move + ": " + setup
		} else if p := e.Position.Phrase(); p != "" {
			setup = words.Capitalize(p) + ": " + setup
		}
		if first == 2 { // keep the numbering: the setup line is step 1
			setup = "1. " + setup
		}
		ls := fit.Indent(fit.Wrap(setup, inner-2, ""), "    ")
		ls[0] = "  " + sty.Setup.Render("▸ ") + strings.TrimPrefix(ls[0], "    ")
		for i := range ls {
			ls[i] = sty.Setup.Render(ls[i])
		}
		blocks = append(blocks, lines(func(n int) []string { return fit.Cut(ls, n, inner+2) }, len(ls), 1, prioSetup, prioMore, prioMore))
	}
	blocks = append(blocks, gap(prioGap))
	blocks = append(blocks, s.body(steps, first, figure, inner)...)
	if e.Caution != "" {
		ls := fit.Indent(fit.Wrap("Take care: "+e.Caution, inner-2, ""), "    ")
		ls[0] = "  " + sty.Setup.Render("! ") + strings.TrimPrefix(ls[0], "    ")
		// Read before the hold; during it, the digits come first.
		first, rest := prioNote, prioMore
		if st.Kind != routines.Prepare {
			first, rest = prioRest, prioBigger
		}
		blocks = append(blocks, lines(func(n int) []string { return fit.Cut(ls, n, inner+2) }, len(ls), 1, first, rest, rest))
	}
	if s.advise && w.Index() == 0 {
		// Said once, at the start, where no screen before said it.
		ls := fit.Indent(fit.Wrap(coach.NotMedicalAdvice, inner, ""), "  ")
		for i := range ls {
			ls[i] = sty.Muted.Render(ls[i])
		}
		blocks = append(blocks, gap(prioGap), para(ls, inner+2, prioFigure, prioRest))
	}
	scales := scalesFor(words.Clock(st.Duration), width-6)
	blocks = append(blocks, gap(prioGap), spacer(), s.clockBlock(scales).placed(&clock), fixed(prioCore, "").placed(&bar))
	if st.Kind == routines.Work {
		cue := e.CueOn(st.Side)
		if cue == "" {
			cue = coach.Breathe // backcoach's own, where the article gives none
		}
		blocks = append(blocks, fixed(prioNote, fit.Center(sty.Cue.Render(cue), width)))
	}
	blocks = append(blocks, gap(prioLastGap), fixed(prioCore, "  "+sty.Next.Render(s.upNext(inner+2))))
	ls := layout(c.height-lipgloss.Height(help), blocks)
	f := &frame{lines: strings.Split(c.frame(ls, help), "\n"), header: -1, clock: -1, bar: -1}
	shown := func(sp span) bool { return sp.rows > 0 && sp.start < len(f.lines)-lipgloss.Height(help) }
	if shown(header) {
		f.header = header.start
	}
	if shown(clock) {
		f.clock, f.clockRows = clock.start, clock.rows
		if clock.grants > 1 {
			f.font, f.big = fontAt(scales[clock.grants-2]), true
		}
	}
	if shown(bar) {
		f.bar = bar.start
	}
	return f
}

// figureFrame is which frame of a movement's figure shows: a new one each
// second, with the countdown.
func (s sessionModel) figureFrame(rem time.Duration) int {
	if len(s.walk.Exercise().Figure) < 2 {
		return 0
	}
	return int((rem + time.Second - 1) / time.Second)
}

// figureGap is the room between the steps and a figure beside them, and
// stepsMin the narrowest the steps may be to have a figure beside them.
const (
	figureGap = 3
	stepsMin  = 34
)

// body is the instructions and the figure: beside each other in a wide
// window, the figure above the steps in a narrow one, and no figure where
// it does not fit whole.
func (s sessionModel) body(steps []string, first int, figure []string, inner int) []block {
	fw := 0
	for _, l := range figure {
		fw = max(fw, lipgloss.Width(l))
	}
	drawn := make([]string, len(figure))
	for i, l := range figure {
		drawn[i] = s.c.styles.Figure.Render(l + strings.Repeat(" ", fw-lipgloss.Width(l)))
	}
	if len(figure) == 0 || inner < fw {
		ls := s.stepLines(steps, first, inner)
		return []block{lines(func(n int) []string { return fit.Indent(fit.Cut(ls, n, inner), "  ") }, len(ls), 3, prioFirst, prioMore, prioRest)}
	}
	if inner < fw+figureGap+stepsMin {
		ls := s.stepLines(steps, first, inner)
		above := fixed(prioFigure, fit.Indent(drawn, strings.Repeat(" ", 2+(inner-fw)/2))...)
		return []block{above, lines(func(n int) []string { return fit.Indent(fit.Cut(ls, n, inner), "  ") }, len(ls), 3, prioFirst, prioMore, prioRest)}
	}
	// Beside: the steps in what the figure leaves; the block is as tall as
	// the figure once the figure is granted (its fourth growth step).
	sw := inner - fw - figureGap
	ls := s.stepLines(steps, first, sw)
	b := lines(nil, len(ls), 3, prioFirst, prioMore, prioRest)
	grow := append([]growth(nil), b.grow[:min(3, len(b.grow))]...)
	grow = append(grow, growth{rows: len(figure), prio: prioFigure})
	grow = append(grow, b.grow[min(3, len(b.grow)):]...)
	b.grow = grow
	b.render = func(rows, grants int) []string {
		out := fit.Indent(fit.Cut(ls, rows, sw), "  ")
		if grants <= min(3, len(ls)) {
			return out // no room for the figure
		}
		for len(out) < rows {
			out = append(out, "")
		}
		for i, l := range drawn {
			out[i] += strings.Repeat(" ", max(0, 2+sw+figureGap-lipgloss.Width(out[i]))) + l
		}
		return out
	}
	return []block{b}
}

// position says which hold a step is or leads to: "Left side · rep 3 of
// 10", "Left side", "Rep 3 of 10", or "" for an exercise of one hold.
func position(st routines.Step, e routines.Exercise) string {
	side, rep := e.SideLabel(st.Side), cue.Rep(st, e)
	switch {
	case side != "" && rep != "":
		return side + " · " + rep
	case side != "":
		return side
	}
	return words.Capitalize(rep)
}

// upNext is the one line on what comes next, in width: during a hold,
// the hold after it (or the next exercise); during a get-ready, a rest or
// a switch of sides, the hold they lead to.
func (s sessionModel) upNext(width int) string {
	p := s.walk.Plan()
	i := s.walk.Index()
	cur := s.walk.Step()
	if cur.Kind != routines.Work {
		for i < len(p.Steps) && p.Steps[i].Kind != routines.Work {
			i++
		}
		if i < len(p.Steps) {
			return fit.Truncate("Next: "+holdName(p.Steps[i], p.Routine.Exercises[p.Steps[i].Exercise], p.Level), width)
		}
	}
	for j := i + 1; j < len(p.Steps); j++ {
		st := p.Steps[j]
		if st.Kind != routines.Work {
			continue
		}
		e := p.Routine.Exercises[st.Exercise]
		if st.Exercise != cur.Exercise {
			next := "Next: " + e.Name
			if of := fmt.Sprintf(" (exercise %d of %d)", st.Exercise+1, len(p.Routine.Exercises)); lipgloss.Width(next+of) <= width {
				next += of
			}
			return fit.Truncate(next, width)
		}
		return fit.Truncate("Next: "+holdName(st, e, p.Level), width)
	}
	return "Last one, then the summary"
}

// holdName names a hold of the exercise under way: where it stands
// ("Left leg · rep 2 of 10"), or what it asks when that says nothing
// ("hold 30s").
func holdName(st routines.Step, e routines.Exercise, l routines.Level) string {
	if p := position(st, e); p != "" {
		return p
	}
	if e.Mode == routines.Move {
		return "keep moving " + routines.FormatDuration(e.Hold.At(l))
	}
	return "hold " + routines.FormatDuration(e.Hold.At(l))
}

// stepLines numbers the instructions from first and wraps them to width.
func (s sessionModel) stepLines(steps []string, first, width int) []string {
	var lines []string
	for i, text := range steps {
		num := fmt.Sprintf("%d. ", first+i)
		for j, l := range fit.Wrap(text, width-len(num), "") {
			prefix := strings.Repeat(" ", len(num))
			if j == 0 {
				prefix = s.c.styles.StepNum.Render(num)
			}
			lines = append(lines, prefix+l)
		}
	}
	return lines
}
