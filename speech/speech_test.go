package speech

import (
	"errors"
	"strings"
	"testing"

	"github.com/backcoach/backcoach/cue"
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
	step := func(key, kind, ex, side string, secs ...int) {
		for _, n := range secs {
			s.Observe(cue.Cue{Key: key, Kind: kind, Exercise: ex, Side: side, Seconds: n})
		}
	}
	step("1", cue.Prepare, "Bird dog", "Left leg", 10, 9, 8)
	step("2", cue.Work, "Bird dog", "Left leg", 5, 4, 3, 3, 2, 1)
	step("3", cue.Rest, "Bird dog", "Right leg", 5, 4)
	step("4", cue.Work, "Bird dog", "Right leg", 5, 4)
	step("p", cue.Paused, "Bird dog", "Right leg", 4)
	step("5", cue.Work, "Bird dog", "Right leg", 4, 3, 2, 1)
	step("6", cue.Rest, "Bird dog", "Left leg", 5)
	step("7", cue.Work, "Bird dog", "Left leg", 5)
	step("8", cue.Rest, "Bird dog", "Left leg", 5) // same side, next rep... no: a rest before the same side
	step("9", cue.Prepare, "Seated rotation", "Left side", 10)
	want := "Bird_dog 3 2 1 switch_sides 3 2 1 switch_sides rest Seated_rotation"
	got := strings.ReplaceAll(strings.Join(said, "|"), " ", "_")
	if got = strings.ReplaceAll(got, "|", " "); got != want {
		t.Errorf("said:\n got %s\nwant %s", got, want)
	}
}
