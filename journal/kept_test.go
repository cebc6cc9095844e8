package journal_test

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
	"github.com/backcoach/backcoach/journal"
)

const holdLockEnv = "JOURNAL_HOLD_LOCK"

// TestHelperHoldLock is not a test: holdLock runs the test binary as a
// child process that runs only this, where flock(1) is missing. It takes
// the lock on the file named in its environment and holds it until its
// standard input closes.
func TestHelperHoldLock(t *testing.T) {
	path := os.Getenv(holdLockEnv)
	if path == "" {
		t.Skip("helper process for holdLock")
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if err := fsx.Lock(f); err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, os.Stdin)
}

// holdLock has another process take the journal's lock at path, as
// `flock -x journal.jsonl sleep 30` in a shell does, and hold it until
// release (or the test's end). flock's child is cat, which ends when its
// input closes: a sleep would hold the lock past flock's own end.
func holdLock(t *testing.T, path string) (release func()) {
	t.Helper()
	var cmd *exec.Cmd
	if flock, err := exec.LookPath("flock"); err == nil {
		cmd = exec.Command(flock, "-x", path, "cat")
	} else {
		cmd = exec.Command(os.Args[0], "-test.run=^TestHelperHoldLock$", "-test.count=1")
		cmd.Env = append(os.Environ(), holdLockEnv+"="+path)
	}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release = func() {
		once.Do(func() {
			stdin.Close()
			_ = cmd.Wait()
		})
	}
	t.Cleanup(release)
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		if lockedByAnother(t, path) {
			return release
		}
		if time.Now().After(deadline) {
			t.Fatalf("%v did not take the lock", cmd.Args)
		}
	}
}

// lockedByAnother reports whether another holds the lock on path.
func lockedByAnother(t *testing.T, path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return errors.Is(fsx.TryLock(f), fsx.ErrLocked)
}

// keptFiles are the files kept aside next to the journal at path.
func keptFiles(t *testing.T, path string) []string {
	t.Helper()
	files, err := filepath.Glob(path + ".pending-*")
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// readIDs is "id:seq outcome" of each session in the journal at path.
func readIDs(t *testing.T, path string) string {
	t.Helper()
	ss, warns, err := journal.Read(path)
	if err != nil || len(warns) > 0 {
		t.Fatalf("read the journal: %v %v", warns, err)
	}
	var got []string
	for _, s := range ss {
		got = append(got, s.ID+":"+string(rune('0'+s.Seq))+" "+s.Outcome)
	}
	return strings.Join(got, ", ")
}

// A lock another program holds and never lets go costs a writer one wait
// of its patience, not a wait for ever: the snapshot is kept aside, the
// next ones without waiting again, and once the lock is free the newest
// goes into the journal and the file kept aside is gone.
func TestAStuckLockCostsOneWaitAndNoRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	day := time.Date(2026, 3, 14, 7, 0, 0, 0, time.UTC)
	if err := journal.Append(path, sess("before", 1, day, journal.Finished)); err != nil {
		t.Fatal(err)
	}
	release := holdLock(t, path)
	w := journal.NewWriter(path)
	const patience = 300 * time.Millisecond
	journal.SetPatience(w, patience)

	start := time.Now()
	err := w.Append(sess("s", 1, day.Add(time.Hour), journal.Running))
	var kept *journal.KeptError
	if !errors.As(err, &kept) || !errors.Is(err, fsx.ErrLocked) {
		t.Fatalf("Append under a stuck lock: %v, want a KeptError of ErrLocked", err)
	}
	if took := time.Since(start); took < patience || took > patience+2*time.Second {
		t.Errorf("gave up after %v, want %v", took, patience)
	}
	start = time.Now()
	if err := w.Append(sess("s", 2, day.Add(time.Hour), journal.Quit)); !errors.As(err, &kept) {
		t.Fatalf("second Append: %v, want it kept aside", err)
	}
	if took := time.Since(start); took >= patience {
		t.Errorf("the second write waited %v again", took)
	}
	if files := keptFiles(t, path); len(files) != 1 || files[0] != kept.Path {
		t.Fatalf("kept aside in %v, want %s alone", files, kept.Path)
	}
	if got := readIDs(t, kept.Path); got != "s:2 quit" {
		t.Errorf("kept aside: %s, want the newest snapshot", got)
	}
	if got := readIDs(t, path); got != "before:1 finished" {
		t.Errorf("the journal holds %s while locked, want only the session before", got)
	}

	release()
	if err := w.Append(sess("t", 1, day.Add(2*time.Hour), journal.Finished)); err != nil {
		t.Fatalf("Append once the lock is free: %v", err)
	}
	if got := readIDs(t, path); got != "before:1 finished, s:2 quit, t:1 finished" {
		t.Errorf("journal: %s, want what was kept aside written too", got)
	}
	if files := keptFiles(t, path); len(files) != 0 {
		t.Errorf("files kept aside left: %v", files)
	}
}

// Stop (a signal) ends a wait under way at once, and what was being
// written is kept aside.
func TestStopEndsTheWait(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	holdLock(t, path)
	w := journal.NewWriter(path)
	journal.SetPatience(w, time.Minute)
	time.AfterFunc(50*time.Millisecond, w.Stop)
	start := time.Now()
	err := w.Append(sess("s", 3, time.Date(2026, 3, 14, 7, 0, 0, 0, time.UTC), journal.Quit))
	if !errors.Is(err, fsx.ErrStopped) {
		t.Fatalf("Append stopped: %v, want ErrStopped", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the stopped wait took %v", took)
	}
	if files := keptFiles(t, path); len(files) != 1 || readIDs(t, files[0]) != "s:3 quit" {
		t.Errorf("kept aside: %v, want the snapshot", files)
	}
}

// What a run kept aside goes into the journal at the next start, once the
// lock is free (and is left alone, without a wait, while it is not). A
// line that is not a snapshot, in a file planted there, is left out; a
// writer's temporary file, maybe half written, is not read.
func TestMergeKeptAddsWhatWasKeptAside(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	release := holdLock(t, path)
	w := journal.NewWriter(path)
	journal.SetPatience(w, 0)
	day := time.Date(2026, 3, 14, 7, 0, 0, 0, time.UTC)
	if err := w.Append(sess("s", 2, day, journal.Finished)); err == nil {
		t.Fatal("Append under a held lock wrote")
	}
	planted := path + ".pending-1"
	if err := os.WriteFile(planted, []byte("rm -rf ~\n"+line(t, sess("p", 1, day.Add(time.Hour), journal.Quit))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	writing := path + ".pending-7.7.0123456789abcdef.tmp"
	if err := os.WriteFile(writing, []byte(line(t, sess("w", 1, day, journal.Quit))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := journal.MergeKept(path); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("MergeKept waited %v for the lock", took)
	}
	if len(keptFiles(t, path)) != 3 {
		t.Fatalf("MergeKept under a held lock took the files: %v", keptFiles(t, path))
	}
	release()
	if err := journal.MergeKept(path); err != nil {
		t.Fatal(err)
	}
	if got := readIDs(t, path); got != "s:2 finished, p:1 quit" {
		t.Errorf("journal: %s, want both kept snapshots", got)
	}
	if files := keptFiles(t, path); len(files) != 1 || files[0] != writing {
		t.Errorf("files kept aside left: %v, want only the one being written", files)
	}
	if b, _ := os.ReadFile(path); strings.Contains(string(b), "rm -rf") {
		t.Errorf("a line that is no snapshot reached the journal: %q", b)
	}
}
