//go:build windows

package fsx

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// The byte locked: at offset 1<<62, past the end of any file, so that the
// lock keeps out only other lockers (see the package comment).
const (
	lockOffsetHigh = 1 << 30 // the offset's upper 32 bits
	lockOffsetLow  = 0
	lockLength     = 1
)

func lock(f *os.File, k kind, wait bool) error {
	var flags uint32
	if k == exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	if !wait {
		flags |= windows.LOCKFILE_FAIL_IMMEDIATELY
	}
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, lockLength, 0, at())
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
		return ErrLocked
	}
	return err
}

func unlock(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, lockLength, 0, at())
}

// at is where the locked byte starts, as LockFileEx takes it.
func at() *windows.Overlapped {
	return &windows.Overlapped{Offset: lockOffsetLow, OffsetHigh: lockOffsetHigh}
}
