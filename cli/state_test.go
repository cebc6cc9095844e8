package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/breaks"
)

// statePath is remind's state file under env's XDG_STATE_HOME.
func statePath(env map[string]string) string {
	return filepath.Join(env["XDG_STATE_HOME"], "backcoach", "remind.json")
}

// A state file left behind, whose pid is now another live process (here:
// this test), is not believed: no remind holds its lock.
func TestStatusIgnoresAStaleStateFile(t *testing.T) {
	env := stateWith(t)
	p := statePath(env)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(breaks.State{PID: os.Getpid(), State: "waiting", Next: testNow.Add(time.Hour)})
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := call(t, env, "status"); strings.Contains(r.stdout, "next break") {
		t.Errorf("status believed a stale state file: %q", r.stdout)
	}
}

// Two reminders: only the one holding the state file writes or removes
// it; the other takes it over once the first has quit.
func TestOnlyTheHolderOfTheStateWritesOrRemovesIt(t *testing.T) {
	env := stateWith(t)
	p := statePath(env)
	at := testNow.Add(50 * time.Minute)
	status := func() string { t.Helper(); return call(t, env, "status").stdout }

	first := breaks.OwnState(p)
	if err := first.Write(breaks.State{PID: 1, State: "waiting", Next: at}); err != nil {
		t.Fatal(err)
	}
	second := breaks.OwnState(p)
	if err := second.Write(breaks.State{PID: 2, State: "due", Next: at}); err != nil {
		t.Errorf("the second remind's write: %v, want nothing written and no error", err)
	}
	if got := status(); !strings.HasPrefix(got, "next break in 50 min") {
		t.Errorf("status with two reminders: %q, want the first's next break", got)
	}
	second.Release() // quitting the second leaves the first's state alone
	if got := status(); !strings.HasPrefix(got, "next break in 50 min") {
		t.Errorf("status after the second quit: %q, want the first's next break", got)
	}
	first.Release()
	if _, err := os.Stat(p); !os.IsNotExist(err) || strings.Contains(status(), "break") {
		t.Errorf("after the first quit: state file %v, status %q; want both gone", err, status())
	}

	third := breaks.OwnState(p)
	if err := first.Write(breaks.State{PID: 1, State: "due", Next: at}); err != nil || strings.Contains(status(), "break") {
		t.Errorf("a remind that quit wrote its state: %v, %q", err, status())
	}
	if err := third.Write(breaks.State{PID: 3, State: "break", Next: at}); err != nil || !strings.HasPrefix(status(), "on a break") {
		t.Errorf("a new remind: %v, status %q; want it on a break", err, status())
	}
	third.Release()
}

// The second remind takes the state over when the first quits.
func TestTheStateIsTakenOverWhenItsHolderQuits(t *testing.T) {
	env := stateWith(t)
	p := statePath(env)
	first, second := breaks.OwnState(p), breaks.OwnState(p)
	first.Release()
	if err := second.Write(breaks.State{PID: 2, State: "due", Next: testNow}); err != nil || !strings.HasPrefix(call(t, env, "status").stdout, "break due") {
		t.Errorf("the second remind after the first quit: %v, want its state shown", err)
	}
	second.Release()
}
