//go:build linux

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tinyRoutine runs in about seven seconds: every kind of step, two sides.
const tinyRoutine = `name: Tiny
exercises:
  - name: Side bend
    steps: [Tilt your ear towards your shoulder.]
    hold: 1s
    sides: [left, right]
    rest: 1s
    prepare: 1s
    cue: Shoulders down.
  - name: Chin tuck
    steps: [Sit tall., Pull your chin straight back.]
    hold: 1s
    prepare: 1s
`

// --plain prints one line per event, in order, with the routine's own
// timing (the test waits for the program's output, not for a countdown).
func TestPlainRunsAWholeRoutineLineByLine(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := start(t, "--plain", "--no-journal", "--routines", routinesDir(t, "tiny.yaml", tinyRoutine), "run", "tiny")
	tm.waitFor("Done. Tiny finished", 10*time.Second)
	tm.waitFor("Enter for another routine, q to quit.", shortWait)
	tm.markNow()
	tm.send("n") // the next tip, alone
	tm.waitFor("for the next tip.", shortWait)
	tm.send("q")
	tm.waitExit(0, exitWait)
	raw := tm.raw()
	if strings.Count(raw, "\a") < 10 {
		t.Errorf("%d bells: a plain run on a terminal rings the bell's patterns", strings.Count(raw, "\a"))
	}
	raw = strings.ReplaceAll(raw, "\a", "")
	if strings.Contains(raw, "\x1b[") {
		t.Errorf("--plain wrote escape sequences: %q", raw)
	}
	if strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\r") {
		t.Errorf("a bare carriage return: lines would staircase through tee: %q", raw)
	}
	got := strings.Split(strings.TrimRight(strings.ReplaceAll(raw, "\r\n", "\n"), "\n"), "\n")
	want := []string{
		"backcoach is not medical advice: for back pain, see a physical therapist.", // --no-journal: no check-in said it
		"Get ready: Side bend, left side. Tilt your ear towards your shoulder. 1 second.",
		"Side bend, left side: hold 1 second. Shoulders down.",
		"Switch sides: 1 second.",
		"Side bend, right side: hold 1 second. Shoulders down.",
		"Get ready: Chin tuck. Sit tall. Pull your chin straight back. 1 second.",
		"Chin tuck: hold 1 second. Breathe normally.",
		"Done. Tiny finished in 0:06. 3 of 3 holds done, 0 skipped.",
		"Tip",
	}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		g := got[i]
		switch {
		case strings.HasPrefix(want[i], "Done."):
			g, _, _ = strings.Cut(g, " Tip ") // the tip of the day varies
		case want[i] == "Tip":
			g, _, _ = strings.Cut(g, " ") // n: the next tip, and nothing more
		}
		if g != want[i] {
			t.Errorf("line %d:\n got %q\nwant %q", i+1, g, want[i])
		}
	}
}

// With --speak, the cues go to the first speech program on the PATH, in
// the background; without one, a single line says so and the routine goes on.
func TestSpokenCues(t *testing.T) {
	needBinary(t)
	t.Parallel()
	bin := t.TempDir()
	said := filepath.Join(t.TempDir(), "said")
	script := "#!/bin/sh\n[ \"$1\" = --stdin ] || exit 2\nread -r text\necho \"$text\" >> " + said + "\n"
	if err := os.WriteFile(filepath.Join(bin, "espeak-ng"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	dir := routinesDir(t, "tiny.yaml", strings.ReplaceAll(tinyRoutine, "hold: 1s", "hold: 3s"))
	tm := startWithPath(t, bin, "--plain", "--speak", "--no-journal", "--routines", dir, "run", "tiny")
	tm.waitFor("Done. Tiny finished", 20*time.Second)
	tm.send("q")
	tm.waitExit(0, exitWait)
	var words []string
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		b, _ := os.ReadFile(said)
		if words = strings.Fields(strings.ReplaceAll(string(b), " ", "_")); len(words) >= 16 {
			break
		}
	}
	want := "Side_bend Hold,_left_side,_3 2 1 Switch_sides Hold,_right_side,_3 2 1 Chin_tuck Hold,_3 2 1 Done"
	if got := strings.Join(words, " "); got != want {
		t.Errorf("spoken:\n got %s\nwant %s", got, want)
	}

	none := startWithPath(t, t.TempDir(), "--plain", "--speak", "--no-journal", "--routines", dir, "run", "tiny")
	none.waitFor("no speech program found", shortWait)
	none.waitFor("hold 3 seconds", 5*time.Second)
	none.send("\x03")
	none.waitExit(0, exitWait) // ctrl+c is a key here too
}

// In --plain too, enter at the quit question (the key that skips a step,
// pressed out of habit) does not quit: only y does.
func TestPlainEnterDoesNotConfirmQuitting(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := start(t, "--plain", "--no-journal", "run", "upper-back")
	tm.waitFor("Get ready: Thoracic extension", shortWait)
	tm.send("q")
	tm.waitFor("Quit this routine?", shortWait)
	tm.markNow()
	tm.send("\r")
	tm.send("n") // had enter quit, nothing would answer this
	tm.waitFor("Resumed", shortWait)
	tm.markNow()
	tm.send("q")
	tm.quitToEnd(false)
	tm.waitExit(0, exitWait)
}
