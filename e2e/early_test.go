//go:build linux

package e2e

import (
	"strings"
	"testing"
	"time"
)

// --speak with no speech program is said before the screen opens, and
// the screen waits for enter: it would cover the line at once, and the
// user would learn it only after the routine. q does not start.
func TestNoSpeechIsSaidBeforeTheScreen(t *testing.T) {
	needBinary(t)
	t.Parallel()
	tm := startWithPath(t, t.TempDir(), "--speak", "--no-journal", "run", "upper-back")
	tm.waitFor("no speech program found", shortWait)
	tm.waitFor("Press enter to start anyway", shortWait)
	time.Sleep(200 * time.Millisecond) // no countdown: the screen must not open by itself
	if raw := tm.raw(); strings.Contains(raw, altScreenOn) {
		t.Fatalf("the screen opened over the warning: %q", raw)
	}
	tm.send("\r")
	tm.waitFor("GET READY", shortWait)
	tm.send("\x03")
	tm.waitExit(0, exitWait)
	raw := tm.raw()
	if said, screen := strings.Index(raw, "no speech program found"), strings.Index(raw, altScreenOn); said < 0 || said > screen ||
		strings.Count(raw, "no speech program found") != 1 {
		t.Errorf("the speech line at %d, the screen opened at %d: want the line once, before", said, screen)
	}

	no := startWithPath(t, t.TempDir(), "--speak", "--no-journal", "run", "upper-back")
	no.waitFor("Press enter to start anyway", shortWait)
	no.send("q\r")
	no.waitExit(0, exitWait)
	if strings.Contains(no.raw(), altScreenOn) {
		t.Errorf("q started the routine: %q", no.raw())
	}
}
