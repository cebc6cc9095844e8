package routines

import (
	"math"
	"time"
)

// StepKind is what the user does during a step.
type StepKind int

const (
	// Prepare is the get-ready time before an exercise's first hold.
	Prepare StepKind = iota
	// Work is a hold (or, for a move exercise, the time to keep moving).
	Work
	// Rest is the pause between two holds of one exercise.
	Rest
)

// String names the kind for tests and logs.
func (k StepKind) String() string {
	return [...]string{"prepare", "work", "rest"}[k]
}

// Step is one timed part of a plan. Exercise, Rep and Side say which hold
// it is, or, for Prepare and Rest, which hold comes next.
type Step struct {
	Kind     StepKind
	Exercise int // index into the routine's exercises
	Rep      int // 1-based
	Reps     int // reps of this exercise at the plan's level
	Side     int // index into the exercise's sides, or -1 when it has none
	Duration time.Duration
	// From is, for a get-ready step, the position the user is in before
	// it (the exercise before's, or StartPosition), when the exercise's
	// differs; "" otherwise.
	From Position
}

// SwitchesSides reports whether a rest is the one between the sides of a
// rep (rather than between two reps).
func (s Step) SwitchesSides() bool { return s.Kind == Rest && s.Side > 0 }

// Plan is a routine expanded, at one level, into a flat list of timed
// steps: for each exercise a get-ready step, then every rep on every side
// with a rest between two holds.
type Plan struct {
	Routine Routine
	Level   Level
	Steps   []Step
}

// NewPlan expands a routine at a level. A get-ready step takes the
// exercise's prepare, or by default the time to get from the position
// before into the exercise's (PrepareFor); the user starts at the desk.
//
// A routine from Parse makes at most MaxPlanSteps steps; one made in code
// is expanded as it is.
func NewPlan(r Routine, l Level) Plan {
	p := Plan{Routine: r, Level: l}
	if n := PlanLength(r, l); n <= MaxPlanSteps {
		p.Steps = make([]Step, 0, n)
	}
	at := StartPosition
	for ei, e := range r.Exercises {
		reps := e.Reps.At(l)
		sides := len(e.Sides)
		first := -1
		if sides > 0 {
			first = 0
		}
		prep := Step{Kind: Prepare, Exercise: ei, Rep: 1, Reps: reps, Side: first, Duration: e.Prepare}
		if prep.Duration == 0 {
			prep.Duration = PrepareFor(at, e.Position)
		}
		if e.Position != "" {
			if e.Position != at {
				prep.From = at
			}
			at = e.Position
		}
		p.Steps = append(p.Steps, prep)
		for rep := 1; rep <= reps; rep++ {
			for s := 0; s < max(sides, 1); s++ {
				side := -1
				if sides > 0 {
					side = s
				}
				if rep > 1 || s > 0 {
					p.Steps = append(p.Steps, Step{Kind: Rest, Exercise: ei, Rep: rep, Reps: reps, Side: side, Duration: e.Rest})
				}
				p.Steps = append(p.Steps, Step{Kind: Work, Exercise: ei, Rep: rep, Reps: reps, Side: side, Duration: e.Hold.At(l)})
			}
		}
	}
	return p
}

// Total is the time the whole plan takes.
func (p Plan) Total() time.Duration { return p.From(0) }

// From is the time the steps from index i to the end take.
func (p Plan) From(i int) time.Duration {
	var d time.Duration
	for ; i < len(p.Steps); i++ {
		d += p.Steps[i].Duration
	}
	return d
}

// Holds counts the Work steps of exercise ex.
func (p Plan) Holds(ex int) int {
	n := 0
	for _, s := range p.Steps {
		if s.Kind == Work && s.Exercise == ex {
			n++
		}
	}
	return n
}

// Estimate is the time a routine takes at a level: NewPlan(r, l).Total(),
// worked out without building the plan, so that listing routines costs
// nothing however long they are. It stops at the largest Duration rather
// than overflow, and counts a time below zero (never in a parsed routine)
// as zero.
func Estimate(r Routine, l Level) time.Duration {
	var total int64
	at := StartPosition
	for _, e := range r.Exercises {
		prep := e.Prepare
		if prep == 0 {
			prep = PrepareFor(at, e.Position)
		}
		if e.Position != "" {
			at = e.Position
		}
		holds := holds(e, l)
		total = addSat(total, int64(prep))
		total = addSat(total, mulSat(holds, int64(e.Hold.At(l))))
		total = addSat(total, mulSat(max(holds-1, 0), int64(e.Rest)))
	}
	return time.Duration(total)
}

// PlanLength is the number of steps of NewPlan(r, l), worked out without
// building the plan: for each exercise a get-ready step, its holds, and a
// rest between two holds. It stops at the largest int rather than
// overflow.
func PlanLength(r Routine, l Level) int {
	var n int64
	for _, e := range r.Exercises {
		h := holds(e, l)
		n = addSat(n, addSat(1, addSat(h, max(h-1, 0))))
	}
	return int(min(n, math.MaxInt))
}

// holds is the number of holds of an exercise at a level: every rep on
// every side.
func holds(e Exercise, l Level) int64 {
	reps := int64(max(e.Reps.At(l), 0))
	return mulSat(reps, int64(max(len(e.Sides), 1)))
}

// addSat adds two non-negative numbers, stopping at the largest int64.
func addSat(a, b int64) int64 {
	if b > 0 && a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

// mulSat multiplies two non-negative numbers, stopping at the largest
// int64.
func mulSat(a, b int64) int64 {
	if a <= 0 || b <= 0 {
		return 0
	}
	if a > math.MaxInt64/b {
		return math.MaxInt64
	}
	return a * b
}
