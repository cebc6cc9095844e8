package routines_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/backcoach/backcoach/routines"
)

const (
	P = routines.Prepare
	W = routines.Work
	R = routines.Rest
)

func from(s routines.Step, p routines.Position) routines.Step {
	s.From = p
	return s
}

func step(kind routines.StepKind, ex, rep, reps, side int, d time.Duration) routines.Step {
	return routines.Step{Kind: kind, Exercise: ex, Rep: rep, Reps: reps, Side: side, Duration: d}
}

func TestBuiltInPlanTotals(t *testing.T) {
	tests := []struct {
		routine string
		level   routines.Level
		steps   int
		total   time.Duration
		holds   []int // Holds(ex) for each exercise
	}{
		// Piriformis: 40 (desk to floor) + 30 + 5 + 30 = 105s in 4 steps.
		// Bird dog: 10 + 20×5 + 19×5 = 205s in 40 steps.
		// Seated rotation: 10 + 10×5 + 9×5 = 105s in 20 steps.
		{"low-back", routines.Gentle, 64, 6*time.Minute + 55*time.Second, []int{2, 20, 10}},
		// No ranges in low-back: both levels are the same.
		{"low-back", routines.Full, 64, 6*time.Minute + 55*time.Second, []int{2, 20, 10}},
		// Thoracic: 10 (at the desk already) + 3×5 + 2×5 = 35s (6 steps);
		// shoulder roll: 15 (stand up) + 30
		// + 5 + 30 = 75s (4); squeeze: 10 + 3×5 + 2×5 = 35s (6).
		{"upper-back", routines.Gentle, 16, 2*time.Minute + 30*time.Second, []int{3, 2, 3}},
		// Thoracic: 10 + 5×5 + 4×5 = 55s (10 steps); shoulder roll 75s (4);
		// squeeze: 10 + 3×10 + 2×5 = 50s (6).
		{"upper-back", routines.Full, 20, 3*time.Minute + 5*time.Second, []int{5, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.routine+"/"+tt.level.String(), func(t *testing.T) {
			r := builtIn(t, tt.routine)
			p := routines.NewPlan(r, tt.level)
			if p.Level != tt.level || p.Routine.ID != tt.routine {
				t.Errorf("plan is for %s at %s, want %s at %s", p.Routine.ID, p.Level, tt.routine, tt.level)
			}
			if len(p.Steps) != tt.steps {
				t.Errorf("%d steps, want %d", len(p.Steps), tt.steps)
			}
			if got := p.Total(); got != tt.total {
				t.Errorf("Total = %s, want %s", routines.FormatDuration(got), routines.FormatDuration(tt.total))
			}
			if got := routines.Estimate(r, tt.level); got != tt.total {
				t.Errorf("Estimate = %s, want %s", routines.FormatDuration(got), routines.FormatDuration(tt.total))
			}
			for ex, want := range tt.holds {
				if got := p.Holds(ex); got != want {
					t.Errorf("Holds(%d) (%s) = %d, want %d", ex, r.Exercises[ex].ID, got, want)
				}
			}
			if got := p.Holds(len(r.Exercises)); got != 0 {
				t.Errorf("Holds of a missing exercise = %d, want 0", got)
			}
		})
	}
}

func TestPlanStepSequences(t *testing.T) {
	s := time.Second
	low := builtIn(t, "low-back")
	upper := builtIn(t, "upper-back")
	tests := []struct {
		name    string
		routine routines.Routine
		level   routines.Level
		ex      int
		want    []routines.Step
	}{
		{
			name:    "piriformis: get ready, left, rest, right",
			routine: low, level: routines.Gentle, ex: 0,
			want: []routines.Step{
				from(step(P, 0, 1, 1, 0, 40*s), routines.Chair),
				step(W, 0, 1, 1, 0, 30*s),
				step(R, 0, 1, 1, 1, 5*s),
				step(W, 0, 1, 1, 1, 30*s),
			},
		},
		{
			name:    "seated rotation: both sides in each rep; rests name the hold to come",
			routine: low, level: routines.Gentle, ex: 2,
			want: []routines.Step{
				step(P, 2, 1, 5, 0, 10*s),
				step(W, 2, 1, 5, 0, 5*s), step(R, 2, 1, 5, 1, 5*s), step(W, 2, 1, 5, 1, 5*s),
				step(R, 2, 2, 5, 0, 5*s), step(W, 2, 2, 5, 0, 5*s), step(R, 2, 2, 5, 1, 5*s), step(W, 2, 2, 5, 1, 5*s),
				step(R, 2, 3, 5, 0, 5*s), step(W, 2, 3, 5, 0, 5*s), step(R, 2, 3, 5, 1, 5*s), step(W, 2, 3, 5, 1, 5*s),
				step(R, 2, 4, 5, 0, 5*s), step(W, 2, 4, 5, 0, 5*s), step(R, 2, 4, 5, 1, 5*s), step(W, 2, 4, 5, 1, 5*s),
				step(R, 2, 5, 5, 0, 5*s), step(W, 2, 5, 5, 0, 5*s), step(R, 2, 5, 5, 1, 5*s), step(W, 2, 5, 5, 1, 5*s),
			},
		},
		{
			name:    "thoracic extension gentle: no sides, 3 reps",
			routine: upper, level: routines.Gentle, ex: 0,
			want: []routines.Step{
				step(P, 0, 1, 3, -1, 10*s),
				step(W, 0, 1, 3, -1, 5*s), step(R, 0, 2, 3, -1, 5*s),
				step(W, 0, 2, 3, -1, 5*s), step(R, 0, 3, 3, -1, 5*s),
				step(W, 0, 3, 3, -1, 5*s),
			},
		},
		{
			name:    "thoracic extension full: 5 reps",
			routine: upper, level: routines.Full, ex: 0,
			want: []routines.Step{
				step(P, 0, 1, 5, -1, 10*s),
				step(W, 0, 1, 5, -1, 5*s), step(R, 0, 2, 5, -1, 5*s),
				step(W, 0, 2, 5, -1, 5*s), step(R, 0, 3, 5, -1, 5*s),
				step(W, 0, 3, 5, -1, 5*s), step(R, 0, 4, 5, -1, 5*s),
				step(W, 0, 4, 5, -1, 5*s), step(R, 0, 5, 5, -1, 5*s),
				step(W, 0, 5, 5, -1, 5*s),
			},
		},
		{
			name:    "shoulder roll: 30s forward, rest, 30s back",
			routine: upper, level: routines.Gentle, ex: 1,
			want: []routines.Step{
				from(step(P, 1, 1, 1, 0, 15*s), routines.Chair),
				step(W, 1, 1, 1, 0, 30*s),
				step(R, 1, 1, 1, 1, 5*s),
				step(W, 1, 1, 1, 1, 30*s),
			},
		},
		{
			name:    "shoulder blade squeeze gentle holds 5s",
			routine: upper, level: routines.Gentle, ex: 2,
			want: []routines.Step{
				step(P, 2, 1, 3, -1, 10*s),
				step(W, 2, 1, 3, -1, 5*s), step(R, 2, 2, 3, -1, 5*s),
				step(W, 2, 2, 3, -1, 5*s), step(R, 2, 3, 3, -1, 5*s),
				step(W, 2, 3, 3, -1, 5*s),
			},
		},
		{
			name:    "shoulder blade squeeze full holds 10s",
			routine: upper, level: routines.Full, ex: 2,
			want: []routines.Step{
				step(P, 2, 1, 3, -1, 10*s),
				step(W, 2, 1, 3, -1, 10*s), step(R, 2, 2, 3, -1, 5*s),
				step(W, 2, 2, 3, -1, 10*s), step(R, 2, 3, 3, -1, 5*s),
				step(W, 2, 3, 3, -1, 10*s),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []routines.Step
			for _, st := range routines.NewPlan(tt.routine, tt.level).Steps {
				if st.Exercise == tt.ex {
					got = append(got, st)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("steps of exercise %d:\n got %v\nwant %v", tt.ex, got, tt.want)
			}
		})
	}
}

func TestPlanBirdDog(t *testing.T) {
	p := routines.NewPlan(builtIn(t, "low-back"), routines.Gentle)
	var got []routines.Step
	for _, st := range p.Steps {
		if st.Exercise == 1 {
			got = append(got, st)
		}
	}
	if len(got) != 40 {
		t.Fatalf("bird dog has %d steps, want 40", len(got))
	}
	if got[0] != step(P, 1, 1, 10, 0, 10*time.Second) {
		t.Errorf("first step = %+v, want get ready for rep 1 on the left leg", got[0])
	}
	// Then left, right, left, right ... for 10 reps, a rest before each
	// hold but the first.
	for i, st := range got[1:] {
		hold := (i + 1) / 2 // index of the hold this step is or leads to
		rep, side := hold/2+1, hold%2
		kind := W
		if i%2 == 1 {
			kind = R
		}
		want := step(kind, 1, rep, 10, side, 5*time.Second)
		if st != want {
			t.Errorf("step %d = %+v, want %+v", i+1, st, want)
		}
	}
}

// TestPlanShape checks what the coach relies on for every plan: each
// exercise opens with one get-ready step, rests sit only between two holds
// of one exercise, and the plan ends on a hold.
func TestPlanShape(t *testing.T) {
	custom := mustParse(t, "custom.yaml", `name: Custom
rest: 7s
exercises:
  - {name: One, steps: [a], hold: 1s}
  - {name: Sides, steps: [a], hold: 2-4s, reps: 2-3, sides: [a, b, c], rest: 1s, prepare: 3s}
  - {name: Move, steps: [a], hold: 1m, mode: move}
`)
	plans := []routines.Plan{
		routines.NewPlan(custom, routines.Gentle),
		routines.NewPlan(custom, routines.Full),
	}
	for _, r := range builtIns(t) {
		plans = append(plans, routines.NewPlan(r, routines.Gentle), routines.NewPlan(r, routines.Full))
	}
	for _, p := range plans {
		name := p.Routine.ID + "/" + p.Level.String()
		steps := p.Steps
		if len(steps) == 0 {
			t.Errorf("%s: empty plan", name)
			continue
		}
		prepares := 0
		for i, st := range steps {
			e := p.Routine.Exercises[st.Exercise]
			switch st.Kind {
			case routines.Prepare:
				prepares++
				if st.Exercise != prepares-1 {
					t.Errorf("%s: step %d gets ready for exercise %d, want %d", name, i, st.Exercise, prepares-1)
				}
				if i > 0 && steps[i-1].Kind != routines.Work {
					t.Errorf("%s: step %d: get ready follows a %s, want a hold", name, i, steps[i-1].Kind)
				}
				want := e.Prepare
				if want == 0 {
					prev := routines.StartPosition
					for _, x := range p.Routine.Exercises[:st.Exercise] {
						if x.Position != "" {
							prev = x.Position
						}
					}
					want = routines.PrepareFor(prev, e.Position)
				}
				if st.Duration != want || st.Rep != 1 {
					t.Errorf("%s: step %d: %+v, want %v before rep 1", name, i, st, want)
				}
			case routines.Rest:
				if i == 0 || i == len(steps)-1 {
					t.Errorf("%s: step %d: a rest at an end of the plan", name, i)
					continue
				}
				prev, next := steps[i-1], steps[i+1]
				if prev.Kind != routines.Work || next.Kind != routines.Work || prev.Exercise != st.Exercise || next.Exercise != st.Exercise {
					t.Errorf("%s: step %d: rest between %+v and %+v, want two holds of exercise %d", name, i, prev, next, st.Exercise)
				}
				if next.Rep != st.Rep || next.Side != st.Side {
					t.Errorf("%s: step %d: rest names rep %d side %d, the next hold is rep %d side %d", name, i, st.Rep, st.Side, next.Rep, next.Side)
				}
				if st.Duration != e.Rest {
					t.Errorf("%s: step %d: rest %v, want %v", name, i, st.Duration, e.Rest)
				}
			case routines.Work:
				if st.Duration != e.Hold.At(p.Level) {
					t.Errorf("%s: step %d: hold %v, want %v", name, i, st.Duration, e.Hold.At(p.Level))
				}
			}
			if st.Reps != e.Reps.At(p.Level) || st.Rep < 1 || st.Rep > st.Reps {
				t.Errorf("%s: step %d: rep %d of %d, want 1..%d", name, i, st.Rep, st.Reps, e.Reps.At(p.Level))
			}
			if (len(e.Sides) == 0 && st.Side != -1) || (len(e.Sides) > 0 && (st.Side < 0 || st.Side >= len(e.Sides))) {
				t.Errorf("%s: step %d: side %d of %q", name, i, st.Side, e.Sides)
			}
		}
		if prepares != len(p.Routine.Exercises) {
			t.Errorf("%s: %d get-ready steps, want one per exercise (%d)", name, prepares, len(p.Routine.Exercises))
		}
		if last := steps[len(steps)-1]; last.Kind != routines.Work {
			t.Errorf("%s: ends on a %s, want a hold", name, last.Kind)
		}
		for ex, e := range p.Routine.Exercises {
			want := e.Reps.At(p.Level) * max(len(e.Sides), 1)
			if got := p.Holds(ex); got != want {
				t.Errorf("%s: Holds(%d) = %d, want reps × sides = %d", name, ex, got, want)
			}
		}
	}
}

func TestPlanCustomTimings(t *testing.T) {
	r := mustParse(t, "custom.yaml", `name: Custom
rest: 7s
exercises:
  - {name: One, steps: [a], hold: 1s, reps: 2}
  - {name: Two, steps: [a], hold: 2-4s, reps: 1-2, sides: [a, b], rest: 1s, prepare: 3s}
`)
	s := time.Second
	tests := []struct {
		level routines.Level
		want  []routines.Step
	}{
		{routines.Gentle, []routines.Step{
			step(P, 0, 1, 2, -1, 10*s), step(W, 0, 1, 2, -1, s), step(R, 0, 2, 2, -1, 7*s), step(W, 0, 2, 2, -1, s),
			step(P, 1, 1, 1, 0, 3*s), step(W, 1, 1, 1, 0, 2*s), step(R, 1, 1, 1, 1, s), step(W, 1, 1, 1, 1, 2*s),
		}},
		{routines.Full, []routines.Step{
			step(P, 0, 1, 2, -1, 10*s), step(W, 0, 1, 2, -1, s), step(R, 0, 2, 2, -1, 7*s), step(W, 0, 2, 2, -1, s),
			step(P, 1, 1, 2, 0, 3*s), step(W, 1, 1, 2, 0, 4*s), step(R, 1, 1, 2, 1, s), step(W, 1, 1, 2, 1, 4*s),
			step(R, 1, 2, 2, 0, s), step(W, 1, 2, 2, 0, 4*s), step(R, 1, 2, 2, 1, s), step(W, 1, 2, 2, 1, 4*s),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.level.String(), func(t *testing.T) {
			if got := routines.NewPlan(r, tt.level).Steps; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("steps:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestPlanFrom(t *testing.T) {
	p := routines.NewPlan(builtIn(t, "low-back"), routines.Gentle)
	total := 6*time.Minute + 55*time.Second
	n := len(p.Steps)
	tests := []struct {
		i    int
		want time.Duration
	}{
		{0, total},
		{1, total - 40*time.Second},  // after the first get ready
		{4, total - 105*time.Second}, // after the piriformis stretch
		{44, 105 * time.Second},      // the seated rotation alone
		{n - 1, 5 * time.Second},     // the last hold
		{n, 0},                       // done
		{n + 3, 0},                   // past the end
	}
	for _, tt := range tests {
		if got := p.From(tt.i); got != tt.want {
			t.Errorf("From(%d) = %v, want %v", tt.i, got, tt.want)
		}
	}
	// From(i) - From(i+1) is step i's own time.
	for i, st := range p.Steps {
		if d := p.From(i) - p.From(i+1); d != st.Duration {
			t.Errorf("From(%d)-From(%d) = %v, want step %d's %v", i, i+1, d, i, st.Duration)
		}
	}
}

func TestPlanEmptyRoutine(t *testing.T) {
	p := routines.NewPlan(routines.Routine{ID: "none"}, routines.Gentle)
	if len(p.Steps) != 0 || p.Total() != 0 || p.Holds(0) != 0 {
		t.Errorf("plan of no exercises = %+v, total %v", p.Steps, p.Total())
	}
}

func TestStepKindString(t *testing.T) {
	for k, want := range map[routines.StepKind]string{P: "prepare", W: "work", R: "rest"} {
		if got := k.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", k, got, want)
		}
	}
}
