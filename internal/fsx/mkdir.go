package fsx

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// MkdirAll makes dir and the folders above it, as os.MkdirAll does, with
// an error that names dir, the folder wanted, and then what stood in the
// way: "cannot make the folder /dev/null/state/backcoach: /dev/null is
// not a folder". os.MkdirAll's names only the part that failed.
func MkdirAll(dir string, perm fs.FileMode) error {
	err := os.MkdirAll(dir, perm)
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	return &MkdirError{Dir: dir, Part: pe.Path, Err: pe.Err}
}

// MkdirError is a folder that could not be made: Dir, the one wanted, and
// Part, the folder above it (or Dir itself) where making it failed.
type MkdirError struct {
	Dir, Part string
	Err       error // the system's reason: errors.Is(err, fs.ErrPermission) holds
}

func (e *MkdirError) Error() string {
	why := e.Err.Error()
	if errors.Is(e.Err, syscall.ENOTDIR) {
		why = "is not a folder"
	}
	if e.Part == e.Dir || e.Part == "" {
		return "cannot make the folder " + e.Dir + ": " + why
	}
	return "cannot make the folder " + e.Dir + ": " + e.Part + " " + why
}

func (e *MkdirError) Unwrap() error { return e.Err }
