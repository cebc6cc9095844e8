package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// callWithin is call, failing the test if the command has not ended in a
// few seconds: what is tested is that it never blocks.
func callWithin(t *testing.T, env map[string]string, args ...string) run {
	t.Helper()
	done := make(chan run, 1)
	go func() { done <- call(t, env, args...) }()
	select {
	case r := <-done:
		return r
	case <-time.After(5 * time.Second):
		t.Fatalf("backcoach %s blocked", strings.Join(args, " "))
		return run{}
	}
}

// specialFile puts a named pipe or a symlink to /dev/zero at path.
func specialFile(t *testing.T, kind, path string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	switch kind {
	case "fifo":
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("cannot make a named pipe: %v", err)
		}
	case "zero":
		if err := os.Symlink("/dev/zero", path); err != nil {
			t.Fatal(err)
		}
	}
}

// A journal that is a named pipe or /dev/zero is refused at once, with an
// error naming it, by every command that reads it.
func TestAJournalThatIsNotAFileIsRefused(t *testing.T) {
	for _, kind := range []string{"fifo", "zero"} {
		env := stateWith(t)
		path := filepath.Join(env["XDG_STATE_HOME"], "backcoach", "journal.jsonl")
		specialFile(t, kind, path)
		for _, args := range [][]string{{"history"}, {"history", "--export", "csv"}, {"status"}} {
			r := callWithin(t, env, args...)
			if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, path+": not a regular file") {
				t.Errorf("%s journal, %v: exit %d, stdout %q, stderr %q; want exit 1 and an error naming it", kind, args, r.code, r.stdout, r.stderr)
			}
		}
	}
}

// remind's state file as a named pipe or /dev/zero: status says so and
// goes on with the streak, at once and in little memory.
func TestStatusRefusesAStateFileThatIsNotAFile(t *testing.T) {
	for _, kind := range []string{"fifo", "zero"} {
		env := stateWith(t)
		path := filepath.Join(env["XDG_STATE_HOME"], "backcoach", "remind.json")
		specialFile(t, kind, path)
		r := callWithin(t, env, "status")
		if r.code != 0 || r.stdout != "streak 0 days · 0:00 today\n" || !strings.Contains(r.stderr, path+": not a regular file") {
			t.Errorf("%s state: exit %d, stdout %q, stderr %q; want the streak and an error naming it", kind, r.code, r.stdout, r.stderr)
		}
	}
}
