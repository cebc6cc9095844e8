package breaks_test

import (
	"errors"
	"os"
	"runtime"
	"testing"

	"github.com/backcoach/backcoach/breaks"
)

// Another terminal asks the running reminder, and hears its answer; with
// no reminder running it is told so at once, and the socket is gone once
// the reminder quits.
func TestAnotherTerminalAsksTheReminder(t *testing.T) {
	p := statePath(t)
	if _, _, err := breaks.Ask(p, "snooze"); !errors.Is(err, breaks.ErrNotRunning) {
		t.Fatalf("no remind: Ask gave %v, want ErrNotRunning", err)
	}
	o, err := breaks.Claim(p)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Release()
	l, err := o.Listen()
	if err != nil {
		t.Fatal(err)
	}
	go func() { // the reminder: snooze works, skip has nothing to skip
		for r := range l.Requests {
			r.Answer(r.What == "snooze", map[string]string{"snooze": "Snoozed until 14:10", "skip": "No break is due"}[r.What])
		}
	}()
	if ok, text, err := breaks.Ask(p, "snooze"); !ok || text != "Snoozed until 14:10" || err != nil {
		t.Errorf("snooze: %v %q %v", ok, text, err)
	}
	if ok, text, err := breaks.Ask(p, "skip"); ok || text != "No break is due" || err != nil {
		t.Errorf("skip: %v %q %v, want not done, and why", ok, text, err)
	}
	if ok, text, _ := breaks.Ask(p, "explode"); ok || text == "" {
		t.Errorf("an unknown request: %v %q, want refused", ok, text)
	}
	if st, err := os.Lstat(breaks.SocketOf(p)); runtime.GOOS != "windows" && (err != nil || st.Mode().Perm() != 0o600) {
		t.Errorf("the socket: %v %v, want for this user alone (0600)", st, err)
	}
	l.Close()
	o.Release()
	if _, err := os.Lstat(breaks.SocketOf(p)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the socket is left after quitting: %v", err)
	}
	if _, _, err := breaks.Ask(p, "snooze"); !errors.Is(err, breaks.ErrNotRunning) {
		t.Errorf("after quitting: Ask gave %v, want ErrNotRunning", err)
	}
}

// A socket left by a reminder that was killed is no obstacle to the next.
func TestASocketLeftBehindIsReplaced(t *testing.T) {
	p := mkdir(t, statePath(t))
	if err := os.WriteFile(breaks.SocketOf(p), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	o, err := breaks.Claim(p)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Release()
	l, err := o.Listen()
	if err != nil {
		t.Fatalf("Listen over a left socket: %v", err)
	}
	defer l.Close()
	go func() {
		for r := range l.Requests {
			r.Answer(true, "Paused until 15:05")
		}
	}()
	if ok, text, err := breaks.Ask(p, "pause"); !ok || text != "Paused until 15:05" {
		t.Errorf("pause: %v %q %v", ok, text, err)
	}
}
