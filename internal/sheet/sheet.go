// Package sheet writes a routine as a sheet to read or print: every
// exercise with where it is done, its steps, its figure, holds, reps,
// sides, rest and get-ready, and the whole routine's time at both levels;
// in plain text or in Markdown. It is what `backcoach show` prints, for a
// routine's author to check and for a physical therapist to read.
package sheet

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/internal/text/safetext"
	"github.com/backcoach/backcoach/internal/text/words"
	"github.com/backcoach/backcoach/routines"
)

// Format is how a sheet is written.
type Format int

// The formats.
const (
	Text Format = iota
	Markdown
)

// ParseFormat reads "text" or "md" (or "markdown").
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "", "text", "txt":
		return Text, nil
	case "md", "markdown":
		return Markdown, nil
	}
	return Text, fmt.Errorf("want text or md, got %q", s)
}

// Write writes r as a sheet in format f. Text from the routine is shown
// as the coach shows it: on one line, with nothing that could act on a
// terminal (the parser has cleaned it already; it is cleaned again here,
// since a sheet may be printed to a terminal or pasted into a document).
func Write(w io.Writer, r routines.Routine, f Format) error {
	s := &sheet{f: f}
	s.routine(r)
	_, err := io.WriteString(w, s.b.String())
	return err
}

type sheet struct {
	f Format
	b strings.Builder
}

func (s *sheet) line(format string, args ...any) { fmt.Fprintf(&s.b, format+"\n", args...) }

// mdEscapes write what Markdown reads as markup in text as itself: a
// backslash before punctuation, and & as its entity, since an entity is
// how Markdown writes any character (&rlm;, &#x202E; and &shy; would
// bring back what the parser takes out of every text; \&rlm; too, its
// backslash escaped).
var mdEscapes = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "&", "&amp;")

// md escapes what Markdown would read as markup in a routine's text.
func (s *sheet) md(t string) string {
	t = safetext.Line(t)
	if s.f != Markdown {
		return t
	}
	return mdEscapes.Replace(t)
}

func (s *sheet) routine(r routines.Routine) {
	gentle, full := routines.Estimate(r, routines.Gentle), routines.Estimate(r, routines.Full)
	times := words.Clock(gentle)
	if full != gentle {
		times = fmt.Sprintf("%s at the gentle level (the low end of each range), %s at full", words.Clock(gentle), words.Clock(full))
	}
	if s.f == Markdown {
		s.line("# %s", s.md(r.Name))
		s.line("")
		if r.Description != "" {
			s.line("%s", s.md(r.Description))
			s.line("")
		}
		s.line("- **Id:** `%s`", r.ID)
		if w := r.Where(); w != "" {
			s.line("- **Where:** %s", w)
		}
		s.line("- **Exercises:** %d", len(r.Exercises))
		s.line("- **Time:** %s, get-ready and rests included", times)
	} else {
		title := safetext.Line(r.Name)
		s.line("%s", title)
		s.line("%s", strings.Repeat("=", max(3, len([]rune(title)))))
		if r.Description != "" {
			s.line("%s", safetext.Line(r.Description))
		}
		s.line("")
		s.line("Id:         %s", r.ID)
		if w := r.Where(); w != "" {
			s.line("Where:      %s", w)
		}
		s.line("Exercises:  %d", len(r.Exercises))
		s.line("Time:       %s, get-ready and rests included", times)
	}
	plan := routines.NewPlan(r, routines.Gentle)
	for i, e := range r.Exercises {
		s.line("")
		s.exercise(i, e, prepareOf(plan, i), len(r.Exercises))
	}
	s.line("")
	note := credit(r) + coach.NotMedicalAdvice
	if s.f == Markdown {
		s.line("*%s*", note)
	} else {
		s.line("%s", note)
	}
}

// credit says what in the sheet is backcoach's rather than the source's:
// on a built-in, the get-ready times, rests, figures and marked notes; on
// one's own routine only the get-ready times it leaves to backcoach, for
// its figures and notes are its author's.
func credit(r routines.Routine) string {
	if r.Source == routines.BuiltIn {
		return "Get-ready times, rests, figures and notes marked so are backcoach's; "
	}
	for _, e := range r.Exercises {
		if e.Prepare == 0 {
			return "Get-ready times not set in the file are backcoach's; "
		}
	}
	return ""
}

// prepareOf is the get-ready time of exercise i in the plan.
func prepareOf(p routines.Plan, i int) time.Duration {
	for _, st := range p.Steps {
		if st.Kind == routines.Prepare && st.Exercise == i {
			return st.Duration
		}
	}
	return 0
}

func (s *sheet) exercise(i int, e routines.Exercise, prepare time.Duration, n int) {
	if s.f == Markdown {
		s.line("## %d. %s", i+1, s.md(e.Name))
	} else {
		head := fmt.Sprintf("%d of %d. %s", i+1, n, safetext.Line(e.Name))
		s.line("%s", head)
		s.line("%s", strings.Repeat("-", len([]rune(head))))
	}
	s.line("")
	for j, step := range e.Steps {
		s.line("%d. %s", j+1, s.md(step))
	}
	if e.Mirror && len(e.Sides) == 2 {
		s.line("")
		s.line("On the second side (%s), %s:", s.md(strings.ToLower(e.SideLabel(1))), s.md(e.SwapPair()))
		second := e.StepsOn(1)
		for j, step := range e.Steps {
			if second[j] != step {
				s.line("%d. %s", j+1, s.md(second[j]))
			}
		}
	}
	if len(e.Figure) > 0 {
		s.line("")
		for k, frame := range e.Figure {
			if k > 0 {
				s.line("")
			}
			fence := codeFence(frame)
			if s.f == Markdown {
				s.line("%stext", fence)
			}
			for _, l := range frame {
				// A figure keeps its spaces (they are the drawing); only what
				// could act on a terminal goes.
				l = strings.Map(func(r rune) rune {
					if safetext.Unsafe(r) {
						return -1
					}
					return r
				}, l)
				if s.f == Markdown {
					s.line("%s", l)
				} else {
					s.line("    %s", l)
				}
			}
			if s.f == Markdown {
				s.line("%s", fence)
			}
		}
	}
	s.line("")
	facts := s.facts(e, prepare)
	col := 0
	for _, f := range facts {
		col = max(col, len(f[0])+1)
	}
	for _, f := range facts {
		if s.f == Markdown {
			s.line("- **%s:** %s", f[0], f[1])
		} else {
			s.line("%-*s  %s", col, f[0]+":", f[1])
		}
	}
}

// facts are the exercise's numbers, each with its label.
func (s *sheet) facts(e routines.Exercise, prepare time.Duration) [][2]string {
	var out [][2]string
	add := func(k, v string) { out = append(out, [2]string{k, v}) }
	if p := e.Position.Phrase(); p != "" {
		add("Where", p)
	}
	verb := "Hold"
	if e.Mode == routines.Move {
		verb = "Keep moving"
	}
	hold := e.Hold.String()
	if e.Hold.IsRange() {
		hold += " (gentle " + routines.FormatDuration(e.Hold.Min) + ", full " + routines.FormatDuration(e.Hold.Max) + ")"
	}
	add(verb, hold)
	reps := e.Reps.String()
	if e.Reps.IsRange() {
		reps += fmt.Sprintf(" (gentle %d, full %d)", e.Reps.Min, e.Reps.Max)
	}
	if reps != "1" {
		add("Reps", reps)
	}
	if len(e.Sides) > 0 {
		sides := make([]string, len(e.Sides))
		for i, sd := range e.Sides {
			sides[i] = s.md(sd)
		}
		add("Sides", strings.Join(sides, ", ")+" (each rep once on each)")
	}
	if e.Reps.Max > 1 || len(e.Sides) > 1 {
		add("Rest", routines.FormatDuration(e.Rest)+" between holds")
	}
	add("Get ready", routines.FormatDuration(prepare))
	if e.Cue != "" {
		add("Cue", s.md(e.Cue))
	}
	if e.Caution != "" {
		add("Take care", s.md(e.Caution))
	}
	return out
}

// clock writes a duration as the coach shows times: 6:55.
// codeFence is a Markdown code fence longer than any run of backticks in
// lines, so that a figure cannot end its own code block.
func codeFence(lines []string) string {
	fence := "```"
	for _, l := range lines {
		for strings.Contains(l, fence) {
			fence += "`"
		}
	}
	return fence
}
