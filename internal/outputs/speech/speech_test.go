package speech

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	r, err := routines.Parse("r.yaml", []byte(`name: R
exercises:
  - name: Piriformis stretch
    position: floor
    steps: [Lie down.]
    hold: 30s
    sides: [left, right]
  - name: Bird dog
    position: floor
    steps: [Kneel.]
    hold: 5s
    reps: 2
    sides: [left leg, right leg]
  - name: Shoulder roll
    position: standing
    steps: [Stand.]
    hold: 10s
    mode: move
`))
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	s := NewWith(func(w string) { said = append(said, w) })
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	w := coach.Start(routines.NewPlan(r, routines.Gentle), now)
	for {
		for _, e := range w.Events() {
			s.Event(e)
		}
		if !w.Ticking() {
			break
		}
		now = now.Add(w.NextTickIn(now))
		w.Tick(now)
	}
	want := []string{
		"Piriformis stretch. Get down on the floor.", "Hold, left side, 30 seconds", "3", "2", "1",
		"Switch sides", "Hold, right side, 30 seconds", "3", "2", "1",
		"Bird dog", "Hold, left leg", "3", "2", "1", "Switch sides", "Hold, right leg", "3", "2", "1",
		"Rest", "Hold, left leg", "3", "2", "1", "Switch sides", "Hold, right leg", "3", "2", "1",
		"Shoulder roll. Stand up.", "Keep moving, 10 seconds", "3", "2", "1", "Done",
	}
	if strings.Join(said, "|") != strings.Join(want, "|") {
		t.Errorf("said:\n %q\nwant\n %q", said, want)
	}
}

// A routine's text can never be an option of the speech program: an
// exercise named "-f/etc/passwd" or "-w FILE" reaches each program where
// it reads text, not options. The programs here are fakes that record
// their arguments and what they read.
func TestTextIsNeverAnOption(t *testing.T) {
	dir := t.TempDir()
	for _, name := range Programs {
		path := filepath.Join(dir, name)
		script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > " + path + ".args\ncat > " + path + ".stdin\n"
		if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{"-f/etc/passwd", "-w /tmp/x --stdout"} {
			cmd := Command(path, text)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s: %v %s", name, err, out)
			}
			args, _ := os.ReadFile(path + ".args")
			stdin, _ := os.ReadFile(path + ".stdin")
			argv := strings.Split(strings.TrimSuffix(string(args), "\n"), "\n")
			for i, a := range argv {
				if strings.HasPrefix(a, "-f/") || strings.HasPrefix(a, "-w") {
					if i == 0 || argv[i-1] != "--" {
						t.Errorf("%s: the text %q is an argument where options are read: %q", name, text, argv)
					}
				}
			}
			if !strings.Contains(string(stdin)+string(args), text) {
				t.Errorf("%s: the text %q was not said (args %q, stdin %q)", name, text, args, stdin)
			}
		}
	}
	long := Command("/usr/bin/espeak-ng", strings.Repeat("a", 100000))
	if b, _ := io.ReadAll(long.Stdin); len(b) > maxText {
		t.Errorf("a %d-character text was passed whole", len(b))
	}
}
