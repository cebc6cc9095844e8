package breaks_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backcoach/backcoach/breaks"
)

// statePath is a state file in a folder not made yet.
func statePath(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "backcoach", "remind.json")
}

// mkdir makes the folder of path, and returns path.
func mkdir(t *testing.T, path string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	return path
}

// shown is the state status would show: the state file's, if a reminder
// holds it, else "".
func shown(t *testing.T, path string) string {
	t.Helper()
	st, err := breaks.ReadState(path)
	if err != nil {
		t.Fatalf("ReadState: %v", err)
	}
	if st == nil || !breaks.StateHeld(path) {
		return ""
	}
	return st.State
}

// A state file left behind, whose pid is now another live process (here:
// this test), is not believed: no reminder holds its lock.
func TestAStaleStateFileIsNotHeld(t *testing.T) {
	p := mkdir(t, statePath(t))
	data, _ := json.Marshal(breaks.State{PID: os.Getpid(), State: "waiting", Next: time.Now().Add(time.Hour)})
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if breaks.StateHeld(p) {
		t.Error("StateHeld of a state file nobody holds")
	}
	if got := shown(t, p); got != "" {
		t.Errorf("a stale state file shows %q", got)
	}
}

// The state reads back as written, and a file that is not a reminder's
// state reads as none.
func TestWriteStateReadsBack(t *testing.T) {
	p := statePath(t)
	want := breaks.State{PID: 7, State: "due", Next: time.Date(2026, 11, 27, 14, 50, 0, 0, time.UTC), Routine: "low-back"}
	if err := breaks.WriteState(p, want); err != nil {
		t.Fatal(err)
	}
	if st, err := breaks.ReadState(p); err != nil || st == nil || *st != want {
		t.Errorf("ReadState = %+v, %v; want %+v", st, err, want)
	}
	if err := os.WriteFile(p, []byte("{half"), 0o600); err != nil {
		t.Fatal(err)
	}
	if st, err := breaks.ReadState(p); err != nil || st != nil {
		t.Errorf("ReadState of a damaged file = %+v, %v; want none", st, err)
	}
	if st, err := breaks.ReadState(p + ".missing"); err != nil || st != nil {
		t.Errorf("ReadState of no file = %+v, %v; want none", st, err)
	}
}

// A state file larger than any reminder writes is refused.
func TestAHugeStateFileIsRefused(t *testing.T) {
	p := mkdir(t, statePath(t))
	if err := os.WriteFile(p, make([]byte, 64<<10+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if st, err := breaks.ReadState(p); err == nil {
		t.Errorf("ReadState of 64 KiB and a byte = %+v, want an error", st)
	}
}

// Two reminders: only the one holding the state file writes or removes
// it; the other takes it over once the first has quit.
func TestOnlyTheHolderOfTheStateWritesOrRemovesIt(t *testing.T) {
	p := statePath(t)
	at := time.Date(2026, 11, 27, 14, 50, 0, 0, time.Local)

	first := breaks.OwnState(p)
	if err := first.Write(breaks.State{PID: 1, State: "waiting", Next: at}); err != nil {
		t.Fatal(err)
	}
	second := breaks.OwnState(p)
	if err := second.Write(breaks.State{PID: 2, State: "due", Next: at}); err != nil {
		t.Errorf("the second reminder's write: %v, want nothing written and no error", err)
	}
	if got := shown(t, p); got != "waiting" {
		t.Errorf("with two reminders: %q, want the first's waiting", got)
	}
	second.Release() // quitting the second leaves the first's state alone
	if got := shown(t, p); got != "waiting" {
		t.Errorf("after the second quit: %q, want the first's waiting", got)
	}
	first.Release()
	if _, err := os.Stat(p); !os.IsNotExist(err) || breaks.StateHeld(p) {
		t.Errorf("after the first quit: state file %v, held %v; want both gone", err, breaks.StateHeld(p))
	}

	third := breaks.OwnState(p)
	if err := first.Write(breaks.State{PID: 1, State: "due", Next: at}); err != nil || shown(t, p) != "" {
		t.Errorf("a reminder that quit wrote its state: %v, %q", err, shown(t, p))
	}
	if err := third.Write(breaks.State{PID: 3, State: "break", Next: at}); err != nil || shown(t, p) != "break" {
		t.Errorf("a new reminder: %v, shows %q; want it on a break", err, shown(t, p))
	}
	third.Release()
}

// The second reminder takes the state over when the first quits.
func TestTheStateIsTakenOverWhenItsHolderQuits(t *testing.T) {
	p := statePath(t)
	first, second := breaks.OwnState(p), breaks.OwnState(p)
	if !breaks.StateHeld(p) {
		t.Error("StateHeld while the first reminder holds it: false")
	}
	first.Release()
	if err := second.Write(breaks.State{PID: 2, State: "due"}); err != nil || shown(t, p) != "due" {
		t.Errorf("the second reminder after the first quit: %v, shows %q; want its state", err, shown(t, p))
	}
	second.Release()
}

// TestHelperHoldsTheState is not a test: run by
// TestOneReminderPerUser as another process, it claims the state file
// named by BACKCOACH_HOLD, says so, and waits to be killed.
func TestHelperHoldsTheState(t *testing.T) {
	path := os.Getenv("BACKCOACH_HOLD")
	if path == "" {
		t.Skip("run by TestOneReminderPerUser")
	}
	o, err := breaks.Claim(path)
	if err != nil {
		fmt.Println("error", err)
		return
	}
	_ = o.Write(breaks.State{PID: os.Getpid(), State: "waiting"})
	fmt.Println("held")
	time.Sleep(time.Minute)
}

// One reminder per user: while another process holds the state, Claim
// names its pid and touches nothing; once that process is killed (no
// chance to let go), its lock is free and the state is taken over.
func TestOneReminderPerUser(t *testing.T) {
	path := filepath.Join(t.TempDir(), "remind.json")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHoldsTheState$")
	cmd.Env = append(os.Environ(), "BACKCOACH_HOLD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "held\n" {
		t.Fatalf("the other process: %q", line)
	}
	before, _ := os.ReadFile(path)
	_, err = breaks.Claim(path)
	var running *breaks.RunningError
	if !errors.As(err, &running) || running.PID != cmd.Process.Pid || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", cmd.Process.Pid)) {
		t.Fatalf("a second reminder: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Errorf("the refused reminder touched the state: %q -> %q", before, after)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	o, err := breaks.Claim(path)
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	o.Release()
}

// A lock file removed while a reminder holds it (rm remind.json.lock)
// lets a second reminder start with a lock of its own. From then on the
// first writes nothing and removes nothing: it says once that it stops,
// and the second's state stays as the second left it.
func TestARemovedLockStopsItsHolder(t *testing.T) {
	p := statePath(t)
	at := time.Date(2026, 11, 27, 14, 50, 0, 0, time.Local)
	first, err := breaks.Claim(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Write(breaks.State{PID: 1, State: "waiting", Next: at}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(p + ".lock"); err != nil {
		t.Fatal(err)
	}
	second, err := breaks.Claim(p)
	if err != nil {
		t.Fatalf("a second reminder once the lock was removed: %v", err)
	}
	if err := second.Write(breaks.State{PID: 2, State: "due", Next: at}); err != nil {
		t.Fatal(err)
	}

	err = first.Write(breaks.State{PID: 1, State: "break", Next: at})
	var lost *breaks.LockLostError
	want := p + ".lock was removed or replaced; another remind may run: this one stops"
	if !errors.As(err, &lost) || err.Error() != want {
		t.Errorf("the first reminder's write after its lock was removed: %v\nwant %q", err, want)
	}
	if err := first.Write(breaks.State{PID: 1, State: "waiting", Next: at}); err != nil {
		t.Errorf("a second write after the lock was lost: %v, want nothing said again", err)
	}
	if !errors.As(first.Lost(), &lost) {
		t.Errorf("Lost() = %v, want the lock's loss", first.Lost())
	}
	first.Release()
	if got := shown(t, p); got != "due" {
		t.Errorf("after the first wrote and quit: %q, want the second's due", got)
	}
	second.Release()
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("the second's release left the state file (%v)", err)
	}
}

// A lock file replaced by another file is no lock either, nor one
// removed with nothing in its place.
func TestAReplacedLockStopsItsHolder(t *testing.T) {
	p := statePath(t)
	o, err := breaks.Claim(p)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Release()
	if err := os.WriteFile(p+".new", nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(p+".new", p+".lock"); err != nil {
		t.Fatal(err)
	}
	err = o.Write(breaks.State{PID: 1, State: "waiting"})
	if want := p + ".lock was removed or replaced; another remind may run: this one stops"; err == nil || err.Error() != want {
		t.Errorf("a write with the lock replaced: %v, want %q", err, want)
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("a state file was written (%v)", err)
	}
	o2, err := breaks.Claim(p)
	if err != nil {
		t.Fatal(err)
	}
	defer o2.Release()
	if err := os.Remove(p + ".lock"); err != nil {
		t.Fatal(err)
	}
	err = o2.Write(breaks.State{PID: 2, State: "waiting"})
	if want := p + ".lock was removed; another remind may run: this one stops"; err == nil || err.Error() != want {
		t.Errorf("a write with the lock removed: %v, want %q", err, want)
	}
}

// A reminder killed between writing its temporary file and renaming it
// leaves remind.json.<pid>.<random>.tmp (remind.json.<pid> before): the next reminder removes those of processes
// that are gone, or that are old, and nothing else.
func TestClaimRemovesTheTemporaryFilesOfDeadReminders(t *testing.T) {
	p := mkdir(t, statePath(t))
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-2 * time.Hour)
	files := map[string]bool{ // name: removed
		fmt.Sprintf("%s.%d", p, dead.Process.Pid):                      true,  // a process that has ended
		fmt.Sprintf("%s.%d", p, os.Getppid()):                          false, // alive, written just now
		fmt.Sprintf("%s.%d", p, os.Getpid()) + "0":                     true,  // made old below
		fmt.Sprintf("%s.%d.00000000000000ab.tmp", p, dead.Process.Pid): true,  // fsx.WriteFile's, its writer gone
		fmt.Sprintf("%s.%d.00000000000000ab.tmp", p, os.Getppid()):     false, // a writer alive
		fmt.Sprintf("%s.%d.0000000000000bad.tmp", p, os.Getpid()):      true,  // made old below
		fmt.Sprintf("%s.%d.notrandom.tmp", p, dead.Process.Pid):        false, // not a name WriteFile makes
		p + ".bak": false, // not a temporary file of ours
	}
	for name := range files {
		if err := os.WriteFile(name, []byte("{"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{fmt.Sprintf("%s.%d0", p, os.Getpid()), fmt.Sprintf("%s.%d.0000000000000bad.tmp", p, os.Getpid())} {
		if err := os.Chtimes(name, old, old); err != nil {
			t.Fatal(err)
		}
	}
	o, err := breaks.Claim(p)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Release()
	for name, removed := range files {
		if _, err := os.Stat(name); os.IsNotExist(err) != removed {
			t.Errorf("%s: removed %v, want %v", filepath.Base(name), os.IsNotExist(err), removed)
		}
	}
}
