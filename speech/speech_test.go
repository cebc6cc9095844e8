package speech

import (
	"errors"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
)

func TestFindTakesTheFirstProgramThere(t *testing.T) {
	have := map[string]bool{"say": true, "spd-say": true}
	look := func(p string) (string, error) {
		if have[p] {
			return "/usr/bin/" + p, nil
		}
		return "", errors.New("not found")
	}
	if got, ok := Find(look); !ok || got != "/usr/bin/say" {
		t.Errorf("Find = %q %v, want /usr/bin/say", got, ok)
	}
	if _, ok := Find(func(string) (string, error) { return "", errors.New("no") }); ok {
		t.Error("Find found a program where there is none")
	}
}

func TestWhatIsSaid(t *testing.T) {
	var said []string
	s := NewWith(func(w string) { said = append(said, w) })
	bird := routines.Exercise{Name: "Bird dog", Sides: []string{"left leg", "right leg"}}
	rot := routines.Exercise{Name: "Seated rotation", Sides: []string{"left", "right"}}
	at := func(e routines.Exercise, kind routines.StepKind, side int) coach.At {
		return coach.At{Exercise: e, Step: routines.Step{Kind: kind, Side: side}}
	}
	for _, e := range []coach.Event{
		coach.StepStarted{At: at(bird, routines.Prepare, 0)},
		coach.StepEnded{At: at(bird, routines.Prepare, 0)},
		coach.StepStarted{At: at(bird, routines.Work, 0)},
		coach.Countdown{N: 3}, coach.Countdown{N: 2}, coach.Countdown{N: 1},
		coach.StepStarted{At: at(bird, routines.Rest, 1)},
		coach.StepStarted{At: at(bird, routines.Work, 1)},
		coach.Paused{}, coach.Resumed{},
		coach.Countdown{N: 3}, coach.Countdown{N: 2}, coach.Countdown{N: 1},
		coach.StepStarted{At: at(bird, routines.Rest, 0)},
		coach.StepStarted{At: at(bird, routines.Work, 0)},
		coach.StepStarted{At: at(bird, routines.Rest, 0)},    // a rest before the same side
		coach.StepStarted{At: at(bird, routines.Prepare, 0)}, // back to get ready: no name again
		coach.StepStarted{At: at(rot, routines.Prepare, 0)},
		coach.Shown{Line: "words for the screen"},
		coach.Ended{},
		coach.StepStarted{At: at(rot, routines.Prepare, 0)}, // the routine again
	} {
		s.Event(e)
	}
	want := "Bird_dog 3 2 1 switch_sides 3 2 1 switch_sides rest Seated_rotation Seated_rotation"
	got := strings.ReplaceAll(strings.Join(said, "|"), " ", "_")
	if got = strings.ReplaceAll(got, "|", " "); got != want {
		t.Errorf("said:\n got %s\nwant %s", got, want)
	}
}
