package fsx_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backcoach/backcoach/internal/fsx"
)

// open opens path for reading; a lock is per open file, so two opens in
// one process stand for two processes.
func open(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// An exclusive lock keeps out every other lock until it is let go; shared
// locks keep out only an exclusive one.
func TestLocksKeepEachOtherOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	a, b := open(t, path), open(t, path)
	if err := fsx.TryLock(a); err != nil {
		t.Fatalf("TryLock of a free file: %v", err)
	}
	if err := fsx.TryLock(b); !errors.Is(err, fsx.ErrLocked) {
		t.Errorf("TryLock while another holds it: %v, want ErrLocked", err)
	}
	if err := fsx.TryShared(b); !errors.Is(err, fsx.ErrLocked) {
		t.Errorf("TryShared while another holds it: %v, want ErrLocked", err)
	}
	if err := fsx.Unlock(a); err != nil {
		t.Fatal(err)
	}
	if err := fsx.TryShared(b); err != nil {
		t.Errorf("TryShared of a free file: %v", err)
	}
	if err := fsx.TryShared(a); err != nil {
		t.Errorf("a second shared lock: %v", err)
	}
	if err := fsx.TryLock(open(t, path)); !errors.Is(err, fsx.ErrLocked) {
		t.Errorf("TryLock while two share it: %v, want ErrLocked", err)
	}
}

// Closing the file lets go of its lock, and Lock then takes it.
func TestClosingLetsGo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	a := open(t, path)
	if err := fsx.Lock(a); err != nil {
		t.Fatal(err)
	}
	a.Close()
	if err := fsx.Lock(open(t, path)); err != nil {
		t.Errorf("Lock after the holder closed the file: %v", err)
	}
}

// The lock does not keep out those who only read or write the file.
func TestTheLockKeepsOutOnlyLockers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	a := open(t, path)
	if err := fsx.Lock(a); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("x\n"), 0o600); err != nil {
		t.Errorf("writing a locked file: %v", err)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "x\n" {
		t.Errorf("reading a locked file: %q, %v", data, err)
	}
}

// LockWithin waits for a lock held by another only as long as it is told
// to, ends its wait at once when stopped, and takes the lock as soon as
// the other lets go.
func TestLockWithinEndsItsWait(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	holder := open(t, path)
	if err := fsx.Lock(holder); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := fsx.LockWithin(open(t, path), 60*time.Millisecond, nil); !errors.Is(err, fsx.ErrLocked) {
		t.Errorf("LockWithin of a held lock: %v, want ErrLocked", err)
	}
	if took := time.Since(start); took < 60*time.Millisecond || took > 2*time.Second {
		t.Errorf("gave up after %v, want 60ms", took)
	}

	stop := make(chan struct{})
	time.AfterFunc(20*time.Millisecond, func() { close(stop) })
	start = time.Now()
	if err := fsx.LockWithin(open(t, path), time.Minute, stop); !errors.Is(err, fsx.ErrStopped) {
		t.Errorf("LockWithin stopped: %v, want ErrStopped", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("stopped after %v, want at once", took)
	}

	// The holder lets go from another goroutine; the test waits for it
	// to be done with the file before the clean-up closes it.
	let := make(chan struct{})
	time.AfterFunc(20*time.Millisecond, func() { _ = fsx.Unlock(holder); close(let) })
	if err := fsx.LockWithin(open(t, path), time.Minute, nil); err != nil {
		t.Errorf("LockWithin while the holder lets go: %v", err)
	}
	<-let
}
