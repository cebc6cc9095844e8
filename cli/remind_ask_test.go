package cli

import (
	"strings"
	"testing"

	"github.com/backcoach/backcoach/breaks"
)

// backcoach remind snooze from another terminal: with no remind running
// it says so and exits 1 at once; with one, it prints its answer, and
// exits 1 when nothing was done.
func TestRemindAsksTheRunningOne(t *testing.T) {
	env := stateWith(t)
	r := callWithin(t, env, "remind", "snooze")
	if r.code != ExitInput || !strings.Contains(r.stderr, "no remind is running; start one with backcoach remind") {
		t.Errorf("no remind: exit %d, %q", r.code, r.stderr)
	}
	owner, err := breaks.Claim(statePath(env))
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Release()
	l, err := owner.Listen()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() { // the running remind: a break is due, so snooze works and resume does not
		for req := range l.Requests {
			if req.What == "snooze" {
				req.Answer(true, "Snoozed until 14:10")
			} else {
				req.Answer(false, "Reminders are not paused: next break 14:10\x1b[2J")
			}
		}
	}()
	if r := callWithin(t, env, "remind", "snooze"); r.code != 0 || r.stdout != "Snoozed until 14:10\n" {
		t.Errorf("snooze: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if r := callWithin(t, env, "remind", "resume"); r.code != ExitInput || !strings.Contains(r.stderr, "Reminders are not paused: next break 14:10") || strings.Contains(r.stderr, "\x1b") {
		t.Errorf("resume: exit %d, %q, want refused, escaped", r.code, r.stderr)
	}
	for _, args := range [][]string{{"remind", "snoze"}, {"remind", "snooze", "--every", "5m"}, {"remind", "snooze", "skip"}} {
		if r := callWithin(t, env, args...); r.code != ExitUsage {
			t.Errorf("%q: exit %d, %q; want a usage error", args, r.code, r.stderr)
		}
	}
}

// The shell completes what remind can ask, with what each does.
func TestRemindAsksAreCompleted(t *testing.T) {
	r := call(t, stateWith(t), "__complete", "remind", "")
	for _, want := range []string{"snooze\tput off the due break by 5 min", "skip\t", "pause\t", "resume\t", "now\t"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("completion of remind lacks %q:\n%s", want, r.stdout)
		}
	}
}
