// Package fsx is backcoach's file plumbing: the one opener of the files a
// user controls (open.go), and locks between processes, on every system
// backcoach ships for: flock(2) on Unix, LockFileEx on Windows. A lock is
// taken on an open file and let go by Unlock or by closing the file.
//
// The locks are advisory on both: they keep out only those who lock too.
// On Windows, where locks are mandatory for the bytes they cover, the lock
// covers one byte far past the end of any real file, so that readers who
// do not lock (history reading the journal while a session appends to it)
// are never refused.
package fsx

import (
	"errors"
	"os"
	"time"
)

// ErrLocked is returned by TryLock and TryShared when another holds a lock
// that keeps this one out, and by LockWithin when it still does at the
// end of the wait.
var ErrLocked = errors.New("locked by another")

// ErrStopped is returned by LockWithin when its wait was ended from
// outside (a signal) before the lock was free.
var ErrStopped = errors.New("the wait for the lock was stopped")

// Lock takes an exclusive lock on f, waiting for others to let go.
func Lock(f *os.File) error { return lock(f, exclusive, true) }

// LockWithin takes an exclusive lock on f, waiting at most patience for
// others to let go (ErrLocked then), and no longer once stop is closed
// (ErrStopped). A lock held by a program that never lets go (a stuck
// process, flock(1) in a shell) must not hold backcoach with it: Lock's
// wait cannot be ended, by a signal either. It tries at once, then again
// after waits that double from a millisecond up to maxBackoff.
func LockWithin(f *os.File, patience time.Duration, stop <-chan struct{}) error {
	deadline := time.Now().Add(patience)
	for wait := time.Millisecond; ; wait = min(2*wait, maxBackoff) {
		err := TryLock(f)
		if !errors.Is(err, ErrLocked) {
			return err
		}
		left := time.Until(deadline)
		if left <= 0 {
			return ErrLocked
		}
		t := time.NewTimer(min(wait, left))
		select {
		case <-stop:
			t.Stop()
			return ErrStopped
		case <-t.C:
		}
	}
}

// maxBackoff is the longest wait between two tries of LockWithin: the
// lock is taken at most this long after it is let go.
const maxBackoff = 50 * time.Millisecond

// TryLock takes an exclusive lock on f if nobody holds a lock on it, and
// returns ErrLocked at once otherwise.
func TryLock(f *os.File) error { return lock(f, exclusive, false) }

// TryShared takes a shared lock on f if nobody holds an exclusive one, and
// returns ErrLocked at once otherwise.
func TryShared(f *os.File) error { return lock(f, shared, false) }

// Unlock lets go of the lock held on f.
func Unlock(f *os.File) error { return unlock(f) }

// kind is a lock's kind: several may share a shared lock, an exclusive
// one is held alone.
type kind int

const (
	shared kind = iota
	exclusive
)
