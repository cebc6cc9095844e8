package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/backcoach/backcoach/cue"
	"github.com/backcoach/backcoach/routines"
)

// View shows the step under way: where it stands in the routine, the
// exercise and its instructions, the countdown and what comes next. Its
// blocks are declared with priorities; layout keeps what fits.
func (s sessionModel) View() string {
	c := s.c
	w := &s.walk
	now := c.now()
	st, e := w.Step(), w.Exercise()
	width := c.width
	inner := max(1, width-4)
	sty := c.styles

	help := c.helpView(s.keys)
	if s.asking {
		help = c.question("Quit this routine?", s.keys.Yes, s.keys.No)
	}

	right := fmt.Sprintf("exercise %d of %d · %s left", st.Exercise+1, len(w.Plan().Routine.Exercises), routines.Clock(w.TotalLeft(now)))
	header := spread(sty.Header.Render(w.Plan().Routine.Name), sty.Muted.Render(right), width-2)
	pos := position(st, e)
	if st.Kind != routines.Work {
		pos = "Coming up: " + pos
	}

	label, labelStyle := s.phase()
	rem := w.Remaining(now)
	clock := routines.Clock(rem)
	if w.Paused() {
		label += " · PAUSED"
		labelStyle = sty.Paused
	}
	frac := 1.0
	if d := st.Duration; d > 0 {
		frac = 1 - float64(rem)/float64(d)
	}

	count := block{
		grow: []growth{{rows: 1, prio: prioCore}},
		render: func(int) []string {
			return []string{center(labelStyle.Render(label)+"  "+labelStyle.Render(clock), width)}
		},
	}
	big := fontsFor(clock, width)
	for _, f := range big {
		count.grow = append(count.grow, growth{rows: 1 + f.rows, prio: prioBig})
	}
	small := count.render
	count.render = func(rows int) []string {
		for _, f := range big {
			if 1+f.rows == rows {
				out := []string{center(labelStyle.Render(label), width)}
				for _, l := range f.render(clock, labelStyle) {
					out = append(out, center(l, width))
				}
				return out
			}
		}
		return small(rows)
	}

	steps := s.stepLines(e.Steps, inner)
	blocks := []block{
		fixed(prioCore, " "+header),
		gap(prioGap),
		fixed(prioCore, "  "+sty.Title.Render(e.Name), "  "+sty.Position.Render(pos)),
		gap(prioGap),
		lines(func(n int) []string { return indent(cut(steps, n, inner), "  ") }, len(steps), 3, prioFirst, prioMore, prioRest),
		gap(prioGap),
		spacer(),
		count,
		fixed(prioCore, center(s.bar(frac, min(inner, 50)), width)),
	}
	if e.Cue != "" && st.Kind == routines.Work {
		blocks = append(blocks, fixed(prioNote, center(sty.Cue.Render(e.Cue), width)))
	}
	blocks = append(blocks, gap(prioLastGap), fixed(prioCore, "  "+sty.Next.Render(s.upNext())))
	return c.frame(layout(c.height-lipgloss.Height(help), blocks), help)
}

// position says which hold a step is or leads to: "Left side · rep 3 of 10".
func position(st routines.Step, e routines.Exercise) string {
	if side := e.SideLabel(st.Side); side != "" {
		return side + " · " + cue.Rep(st, e)
	}
	return routines.Capitalize(cue.Rep(st, e))
}

// phase names the step for the big label above the countdown.
func (s sessionModel) phase() (string, lipgloss.Style) {
	st, e := s.walk.Step(), s.walk.Exercise()
	switch st.Kind {
	case routines.Prepare:
		return "GET READY", s.c.styles.Prepare
	case routines.Rest:
		return "REST", s.c.styles.Rest
	}
	hold := e.Hold.At(s.walk.Plan().Level)
	label := "HOLD " + routines.FormatDuration(hold)
	if e.Hold.IsRange() {
		label += " (" + e.Hold.String() + ")"
	}
	if e.Mode == routines.Move {
		label = "KEEP MOVING " + routines.FormatDuration(hold)
	}
	return label, s.c.styles.Work
}

// upNext describes what follows the hold the current step is or leads to.
func (s sessionModel) upNext() string {
	p := s.walk.Plan()
	i := s.walk.Index()
	cur := s.walk.Step()
	if cur.Kind != routines.Work {
		// The position line already names the coming hold; look past it.
		for i < len(p.Steps) && p.Steps[i].Kind != routines.Work {
			i++
		}
	}
	for j := i + 1; j < len(p.Steps); j++ {
		st := p.Steps[j]
		if st.Kind != routines.Work {
			continue
		}
		e := p.Routine.Exercises[st.Exercise]
		if st.Exercise != cur.Exercise {
			return fmt.Sprintf("Next: %s (exercise %d of %d)", e.Name, st.Exercise+1, len(p.Routine.Exercises))
		}
		return "Next: " + position(st, e)
	}
	return "Next: done, the summary"
}

// stepLines numbers and wraps the instructions to width.
func (s sessionModel) stepLines(steps []string, width int) []string {
	var lines []string
	for i, text := range steps {
		num := fmt.Sprintf("%d. ", i+1)
		wrapped := strings.Split(s.c.styles.Step.Width(max(1, width-len(num))).Render(text), "\n")
		for j, l := range wrapped {
			prefix := strings.Repeat(" ", len(num))
			if j == 0 {
				prefix = s.c.styles.StepNum.Render(num)
			}
			lines = append(lines, prefix+strings.TrimRight(l, " "))
		}
	}
	return lines
}

// cut keeps the first n lines, marking a cut with "…".
func cut(lines []string, n, width int) []string {
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:max(0, n)]...)
	if n > 0 {
		out[n-1] = truncate(out[n-1], width-1) + "…"
	}
	return out
}

// indent puts prefix before every line.
func indent(lines []string, prefix string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = prefix + l
	}
	return out
}

// bar draws the progress of a step, frac from 0 to 1.
func (s sessionModel) bar(frac float64, width int) string {
	frac = min(1, max(0, frac))
	full := int(frac*float64(width) + 0.5)
	return s.c.styles.BarFull.Render(strings.Repeat("█", full)) +
		s.c.styles.BarEmpty.Render(strings.Repeat("░", width-full))
}
