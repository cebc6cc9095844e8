package sound

import (
	"bytes"
	"encoding/binary"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/coach"
	"github.com/backcoach/backcoach/routines"
)

// player records the cues it is asked to play.
type player struct{ cues []string }

func (p *player) Play(c Cue) { p.cues = append(p.cues, c.String()) }

// walkAll runs a routine to its end on a fake clock and hands every event
// to sink, as the TUI does; keys, if any, are pressed at the start.
func walkAll(t *testing.T, src string, sink coach.Sink, keys ...func(*coach.Walk, time.Time)) {
	t.Helper()
	r, err := routines.Parse("r.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	w := coach.Start(routines.NewPlan(r, routines.Gentle), now)
	for _, k := range keys {
		k(&w, now)
	}
	for {
		for _, e := range w.Events() {
			sink.Event(e)
		}
		if !w.Ticking() {
			return
		}
		now = now.Add(w.NextTickIn(now))
		w.Tick(now)
	}
}

const twoSides = `name: R
exercises:
  - name: Side bend
    steps: [Bend to the left.]
    hold: 5s
    reps: 2
    sides: [left, right]
  - name: Roll
    steps: [Roll.]
    hold: 4s
    sides: [forward, back]
`

// Each moment a user must hear has its own sound, in order: the hold
// starts (go), its last three seconds (tick), it ends (switch between the
// sides of a rep, rest between reps and exercises), and the routine ends
// (done). A rest between sides that are not left and right is a rest.
func TestEachMomentHasItsSound(t *testing.T) {
	p := &player{}
	walkAll(t, twoSides, Sink{p})
	ticks := "tick tick tick"
	want := strings.Join([]string{
		"go", ticks, "switch", "go", ticks, "rest", // rep 1: left, switch, right
		"go", ticks, "switch", "go", ticks, "rest", // rep 2; then get ready for Roll
		"go", ticks, "rest", "go", ticks, "done", // forward, rest, back, the end
	}, " ")
	if got := strings.Join(p.cues, " "); got != want {
		t.Errorf("heard:\n %s\nwant\n %s", got, want)
	}
}

// A step a key started is silent: the user is at the keyboard.
func TestKeysMakeNoSound(t *testing.T) {
	p := &player{}
	walkAll(t, twoSides, Sink{p}, func(w *coach.Walk, now time.Time) { w.Next(now) })
	if p.cues[0] != "tick" {
		t.Errorf("after enter on get ready, first sound %q, want the first hold's countdown (no go)", p.cues[0])
	}
}

// The bell's patterns: 1 tick, 2 go, 3 for a hold's end, 5 for done; the
// first bell at once, the others a gap apart.
func TestBellPatterns(t *testing.T) {
	var out bytes.Buffer
	var later []time.Duration
	b := NewBells(&out)
	b.after = func(d time.Duration, f func()) { later = append(later, d); f() }
	for _, c := range []Cue{Tick, Go, Rest, Switch, Done} {
		out.Reset()
		later = nil
		b.Play(c)
		if n := strings.Count(out.String(), "\a"); n != Patterns[c] || out.Len() != n {
			t.Errorf("%s rang %q, want %d bells", c, out.String(), Patterns[c])
		}
		for i, d := range later {
			if d != time.Duration(i+1)*BellGap {
				t.Errorf("%s: bell %d at +%v, want +%v", c, i+2, d, time.Duration(i+1)*BellGap)
			}
		}
	}
}

// Every cue's WAV is a valid file of its own, and no two sound alike.
func TestTonesAreDistinctWAVs(t *testing.T) {
	seen := map[string]Cue{}
	for c := range cues {
		w := WAV(c)
		if string(w[:4]) != "RIFF" || string(w[8:16]) != "WAVEfmt " || string(w[36:40]) != "data" {
			t.Fatalf("%s: not a WAV header: %q", c, w[:44])
		}
		if n := binary.LittleEndian.Uint32(w[40:44]); int(n) != len(w)-44 || n == 0 {
			t.Errorf("%s: data size %d, file %d", c, n, len(w))
		}
		if other, dup := seen[string(w)]; dup {
			t.Errorf("%s sounds like %s", c, other)
		}
		seen[string(w)] = c
	}
	if d := len(WAV(Tick)) - 44; d > rate*2/5 { // 16-bit samples
		t.Errorf("a tick lasts %d bytes of sound, want under 0.2s", d)
	}
}

// The player runs with the cue's own file, and never with routine text.
func TestTonesRunThePlayerOnTheCuesFile(t *testing.T) {
	dir := t.TempDir()
	files, err := WriteTones(dir)
	if err != nil {
		t.Fatal(err)
	}
	var argv [][]string
	tones := NewTones("/usr/bin/aplay", []string{"-q"}, files)
	tones.start = func(c *exec.Cmd) error { argv = append(argv, c.Args); return nil }
	walkAll(t, twoSides, Sink{tones})
	if len(argv) != 30 {
		t.Fatalf("%d plays, want 30", len(argv))
	}
	if a := argv[0]; len(a) != 3 || a[0] != "/usr/bin/aplay" || a[1] != "-q" || a[2] != files[Go] {
		t.Errorf("first play %q, want aplay -q %s", a, files[Go])
	}
	if last := argv[len(argv)-1]; last[2] != files[Done] {
		t.Errorf("last play %q, want the done tone", last)
	}
	again, err := WriteTones(dir) // the files are there: nothing to write
	if err != nil || again != files {
		t.Errorf("second write: %v %v", again, err)
	}
}

func TestFindPlayer(t *testing.T) {
	look := func(p string) (string, error) {
		if p == "aplay" || p == "afplay" {
			return "/bin/" + p, nil
		}
		return "", exec.ErrNotFound
	}
	if path, args, ok := FindPlayer(look); !ok || path != "/bin/aplay" || len(args) != 1 {
		t.Errorf("FindPlayer = %q %q %v, want aplay -q", path, args, ok)
	}
	if _, _, ok := FindPlayer(func(string) (string, error) { return "", exec.ErrNotFound }); ok {
		t.Error("found a player where there is none")
	}
}
