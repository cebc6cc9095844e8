package tui

import (
	"testing"
	"time"
)

// The full help covers the countdown: opened during a routine, it holds
// it, as the quit question does; closed, it lets run only what it held.
func TestFullHelpHoldsTheCountdown(t *testing.T) {
	h := startUpper(t)
	h.advance(2 * time.Second)
	h.key("?")
	h.advance(time.Minute) // reading the help
	h.mustShow("a minute under the help", "GET READY · PAUSED", "0:08")
	h.spaceSays("under the help", "pause")
	if h.bells() != 0 {
		t.Fatalf("%d bells under the help", h.bells())
	}
	h.key("?")
	h.mustShow("help closed", "0:08")
	h.runFor(8 * time.Second)
	h.mustShow("8s after the help closed", "HOLD 5s")

	// Paused before the help, it stays paused after it.
	h.key("space", "?", "?")
	h.advance(time.Minute)
	h.mustShow("paused, help, closed", "HOLD 5s · PAUSED")
	h.spaceSays("paused, help, closed", "resume")

	// Paused under the help, it stays paused when the help goes; resumed
	// under it, it runs once the help goes.
	h.key("space", "?", "space")
	h.spaceSays("space under the help", "resume")
	h.key("?")
	h.advance(time.Minute)
	h.mustShow("paused under the help, closed", "HOLD 5s · PAUSED")
	h.key("?", "space", "?")
	h.runFor(5 * time.Second)
	h.mustShow("resumed under the help, closed", "REST")
}

// In --plain nothing is drawn and no window size arrives: ? covers
// nothing there, and the countdown runs on.
func TestHelpWithoutAWindowHoldsNothing(t *testing.T) {
	d := &driver{t: t, clk: &clock{epoch}}
	rs, _ := builtIns(t)
	d.model = New(Options{Routines: rs, Start: "upper-back", Now: d.clk.now, Tick: d.tick, Events: d.sink()})
	d.do(d.model.Init())
	d.key("?")
	d.runFor(10 * time.Second)
	if d.bells() != 1 {
		t.Errorf("%d bells 10s after ? in plain mode, want 1: the get-ready ended", d.bells())
	}
}

// In a window too small to show the routine, its countdown is held, no
// key acts on the screen not shown, and the message says the size, the
// minimum and the pause; once the window is large enough again, the
// countdown runs on.
func TestATooSmallWindowHoldsTheRoutine(t *testing.T) {
	h := startUpper(t)
	h.advance(2 * time.Second)
	h.send(windowSize(30, 8))
	h.advance(time.Minute)
	h.mustShow("30x8", "Window 30x8 — backcoach needs", "40x12. Paused.", "q quit")
	h.key("space", "enter", "right", "left", "s", "p", "?", "n", "y")
	if h.bells() != 0 || h.quit {
		t.Fatalf("in a window too small: %d bells, quit %v", h.bells(), h.quit)
	}
	h.send(windowSize(80, 24))
	h.mustShow("80x24 again", "Thoracic extension", "GET READY", "0:08", "space pause")
	h.runFor(8 * time.Second)
	h.mustShow("8s later", "HOLD 5s")

	// q still asks, in the message; enter does not answer; n goes back.
	h.send(windowSize(30, 8))
	h.key("q")
	h.mustShow("q, too small", "Quit this routine?", "y yes")
	h.key("enter", "n")
	h.mustShow("n, too small", "Paused.", "q quit")
	h.key("q", "y", "q") // the routine, then the check-in after it
	if !h.quit {
		t.Fatal("q then y (then q) did not quit in a window too small")
	}
}

func TestCtrlCQuitsInATooSmallWindow(t *testing.T) {
	h := startUpper(t)
	h.send(windowSize(20, 5))
	h.key("ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c did not quit in a window too small")
	}
}

// Started in a window too small (the check-in timed out, say), the
// routine waits for the window.
func TestARoutineStartedInATooSmallWindowWaits(t *testing.T) {
	h := newHarness(t, Options{Start: "upper-back"}, 30, 8)
	h.advance(time.Minute)
	h.mustShow("30x8", "Paused.")
	h.send(windowSize(80, 24))
	h.mustShow("80x24", "GET READY", "0:10")
}

// The picker not shown starts nothing: enter does nothing, q quits.
func TestAHiddenPickerStartsNothing(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.send(windowSize(30, 8))
	h.key("down", "enter")
	if h.m().screen != pickerScreen {
		t.Fatalf("enter in a window too small opened the %v screen", h.m().screen)
	}
	h.mustShow("30x8", "Window 30x8 — backcoach", "q quit")
	h.key("q")
	if !h.quit {
		t.Fatal("q did not quit in a window too small")
	}
}

// A small pane is remind's place: its line shows the prompt and the key
// (compact), so the keys act there; a routine started in it is held
// until the window is large enough.
func TestASmallReminderPaneStillAnswers(t *testing.T) {
	h := newRemind(t, 50*time.Minute)
	h.wait(50 * time.Minute)
	h.send(windowSize(30, 8))
	h.mustShow("30x8, due", "Break due", "enter: Low back")
	h.key("z")
	h.mustShow("30x8, snoozed", "Break 09:55 · 5 min")
	h.wait(5 * time.Minute)
	h.key("enter", "enter")
	h.mustShow("a routine in 30x8", "Window 30x8", "needs")
	h.send(windowSize(30, 8))
	h.key("ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c did not quit remind in a window too small")
	}
}

// spaceSays fails unless the help names space's action so.
func (h *harness) spaceSays(what, desc string) {
	h.t.Helper()
	if got := h.m().session.keys.Pause.Help().Desc; got != desc {
		h.t.Fatalf("%s: the help says space does %q, want %q", what, got, desc)
	}
}

// The full help opened on the picker closes when the routine starts: the
// routine starts in view, its countdown running.
func TestARoutineStartsWithoutTheHelpOverIt(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.key("?", "enter")
	h.runFor(time.Minute)
	if h.bells() == 0 {
		t.Fatalf("no bell a minute after ? then enter on the picker: the countdown was held")
	}
}
