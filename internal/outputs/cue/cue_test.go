package cue

import (
	"bytes"
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
)

func TestPrinterWritesEachEventOnce(t *testing.T) {
	bird := routines.Exercise{Name: "Bird dog", Steps: []string{"Hands and knees.", "Lift one leg."}, Sides: []string{"left leg", "right leg"}, Reps: routines.Count{Min: 10, Max: 10}, Cue: "Hold it straight.", Position: routines.Floor}
	roll := routines.Exercise{Name: "Shoulder roll", Mode: routines.Move, Reps: routines.Count{Min: 1, Max: 1}}
	at := func(e routines.Exercise, kind routines.StepKind, rep, side int, d time.Duration) coach.At {
		return coach.At{Exercise: e, Step: routines.Step{Kind: kind, Rep: rep, Reps: e.Reps.Min, Side: side, Duration: d}}
	}
	var out bytes.Buffer
	p := NewPrinter(&out, nil)
	for _, e := range []coach.Event{
		coach.Shown{Line: "Routine 1 of 2: Low back."},
		coach.StepStarted{At: coach.At{Exercise: bird, Step: routines.Step{Kind: routines.Prepare, Rep: 1, Reps: 10, Duration: 40 * time.Second, From: routines.Chair}}},
		coach.StepEnded{}, // no news: the next step says it
		coach.StepStarted{At: at(bird, routines.Work, 1, 0, 5*time.Second)},
		coach.Countdown{N: 3},
		coach.Paused{Left: 3 * time.Second},
		coach.Shown{Line: "Paused, 3 seconds left. Space to resume."},
		coach.Resumed{Left: 2500 * time.Millisecond},
		coach.StepStarted{At: at(bird, routines.Rest, 1, 1, 5*time.Second)},
		coach.StepStarted{At: at(bird, routines.Work, 1, 1, 5*time.Second), Paused: true},
		coach.StepStarted{At: at(bird, routines.Rest, 2, 0, 5*time.Second)},
		coach.StepStarted{At: at(roll, routines.Work, 1, -1, 90*time.Second)},
		coach.Resumed{Left: 800 * time.Millisecond},
		coach.Ended{},
	} {
		p.Event(e)
	}
	want := "Routine 1 of 2: Low back.\n" +
		"Get ready: Bird dog, left leg, rep 1 of 10. Get down on the floor. Hands and knees. Lift one leg. 40 seconds.\n" +
		"Bird dog, left leg, rep 1 of 10: hold 5 seconds. Hold it straight.\n" +
		"Paused, 3 seconds left. Space to resume.\n" +
		"Resumed, 3 seconds left.\n" +
		"Switch sides: 5 seconds.\n" +
		"Rest: 5 seconds.\n" +
		"Shoulder roll: keep moving 1 minute 30 seconds. Breathe normally.\n" +
		"Resumed, 1 second left.\n" // a sentence, capitalised like the others, and one second
	if out.String() != want {
		t.Errorf("printed:\n%s\nwant:\n%s", out.String(), want)
	}
}

// The plain lines leave out "rep 1 of 1", and say once, as an exercise
// gets ready, what the level takes of the routine's ranges.
func TestRepsAndTheLevelInWords(t *testing.T) {
	ext := routines.Exercise{Name: "Thoracic extension", Steps: []string{"Lean back."}, Hold: routines.Span{Min: 5 * time.Second, Max: 10 * time.Second}, Reps: routines.Count{Min: 3, Max: 5}}
	one := routines.Exercise{Name: "Chin tuck", Steps: []string{"Tuck."}, Hold: routines.Span{Min: 5 * time.Second, Max: 5 * time.Second}, Reps: routines.Count{Min: 1, Max: 1}}
	for _, c := range []struct {
		at   coach.At
		want string
	}{
		{coach.At{Exercise: ext, Level: routines.Gentle, Step: routines.Step{Kind: routines.Prepare, Rep: 1, Reps: 3, Side: -1, Duration: 5 * time.Second}},
			"Get ready: Thoracic extension, rep 1 of 3. Gentle level: 3 reps of 3-5, hold 5s of 5-10s. Lean back. 5 seconds."},
		{coach.At{Exercise: ext, Level: routines.Full, Step: routines.Step{Kind: routines.Work, Rep: 2, Reps: 5, Side: -1, Duration: 10 * time.Second}},
			"Thoracic extension, rep 2 of 5: hold 10 seconds. " + coach.Breathe},
		{coach.At{Exercise: one, Step: routines.Step{Kind: routines.Prepare, Rep: 1, Reps: 1, Side: -1, Duration: 5 * time.Second}},
			"Get ready: Chin tuck. Tuck. 5 seconds."},
		{coach.At{Exercise: one, Step: routines.Step{Kind: routines.Work, Rep: 1, Reps: 1, Side: -1, Duration: 5 * time.Second}},
			"Chin tuck: hold 5 seconds. " + coach.Breathe},
	} {
		if got := Line(coach.StepStarted{At: c.at}); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}
