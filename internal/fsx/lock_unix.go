//go:build unix

package fsx

import (
	"errors"
	"os"
	"syscall"
)

func lock(f *os.File, k kind, wait bool) error {
	how := syscall.LOCK_SH
	if k == exclusive {
		how = syscall.LOCK_EX
	}
	if !wait {
		how |= syscall.LOCK_NB
	}
	err := syscall.Flock(int(f.Fd()), how)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return ErrLocked
	}
	return err
}

func unlock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
