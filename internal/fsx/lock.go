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
)

// ErrLocked is returned by TryLock and TryShared when another holds a lock
// that keeps this one out.
var ErrLocked = errors.New("locked by another")

// Lock takes an exclusive lock on f, waiting for others to let go.
func Lock(f *os.File) error { return lock(f, exclusive, true) }

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
