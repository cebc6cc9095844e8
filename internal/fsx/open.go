package fsx

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/backcoach/backcoach/internal/text/words"
)

// ErrNotRegular is wrapped by the error for a path that is not a regular
// file, or is a file of the kernel's (a *NotRegularError).
var ErrNotRegular = errors.New("not a regular file")

// NotRegularError says what a path names instead of a regular file: what
// its mode says, or, for a file that says it is regular but is one of the
// kernel's (/proc, /sys on Linux), where it is.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
	// Of is "/proc" or "/sys" for a file of the kernel's file systems:
	// regular to stat, but read from the kernel, and it may block
	// (/proc/kmsg waits for the kernel's next message), never end or
	// act when written to. Empty for any other file.
	Of string
}

// Error is the path and what it is: "x.yaml: not a regular file (a named
// pipe)".
func (e *NotRegularError) Error() string { return e.Path + ": " + e.What() }

// What says it without the path, for messages that name the file their
// own way: "not a regular file (a named pipe)", "a file of /proc, not
// read".
func (e *NotRegularError) What() string {
	if e.Of != "" {
		return e.Kind() + ", not read"
	}
	return "not a regular file (" + e.Kind() + ")"
}

// Unwrap makes the error ErrNotRegular to errors.Is.
func (e *NotRegularError) Unwrap() error { return ErrNotRegular }

// Kind names what the path is: a folder, a named pipe, a socket, a
// character device, a block device, a file of /proc or /sys, or a special
// file.
func (e *NotRegularError) Kind() string {
	m := e.Mode
	switch {
	case e.Of != "":
		return "a file of " + e.Of
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}

// TooLargeError says a file holds more than its reader takes.
type TooLargeError struct {
	Path string
	// Size is the file's size as the system gives it or, where the
	// system says less than the file holds (a file that grew, or a
	// kernel's file Open lets through: outside Linux), what the read
	// found: Limit+1.
	Size  int64
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: larger than the %s it may be", e.Path, words.Size(e.Limit))
}

// beforeOpen, when set, is called between the look at a path and its
// open: tests swap the file there.
var beforeOpen func(path string)

// errReplaced says the path named another file when it was opened than
// when it was looked at; openOnce's caller looks again.
var errReplaced = errors.New("replaced while it was being opened")

// tries is how many times a path replaced while it is opened (a state
// file renamed over, as its writer does) is looked at again.
const tries = 3

// Open opens path for reading if it is a regular file, as OpenFile does.
func Open(path string) (*os.File, fs.FileInfo, error) { return OpenFile(path, os.O_RDONLY, 0) }

// OpenFile opens path with flag (os.O_RDWR|os.O_APPEND|os.O_CREATE for
// the journal) and perm if it is a regular file, and returns it with what
// the open file is. It never waits and never opens anything else: what
// path names is looked at first, so that no device is ever opened (opening
// /dev/ptmx makes a terminal, /dev/zero never ends), and anything but a
// regular file is refused with a *NotRegularError. The open itself does
// not wait on a named pipe put there in between (O_NONBLOCK), makes no
// terminal backcoach's (O_NOCTTY) and is not passed to programs started
// (O_CLOEXEC); the open file is looked at again and kept only if it is
// the regular file that was looked at. A file of the kernel's (/proc,
// /sys on Linux) is refused too, before the open and after it: it says
// it is regular, and may block all the same. With os.O_CREATE a missing
// file is made anew (O_EXCL), so what another puts there in between is
// never opened; a link to a file still to be made makes it where it
// points.
func OpenFile(path string, flag int, perm fs.FileMode) (*os.File, fs.FileInfo, error) {
	for try := 1; ; try++ {
		f, fi, err := openOnce(path, flag, perm)
		if err != errReplaced {
			return f, fi, err
		}
		if try == tries {
			return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
	}
}

// openOnce is one look at path and one open; errReplaced asks for another.
func openOnce(path string, flag int, perm fs.FileMode) (*os.File, fs.FileInfo, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) && flag&os.O_CREATE != 0 {
		return create(path, flag, perm)
	}
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, &NotRegularError{Path: path, Mode: st.Mode()}
	}
	if of := kernelFS(path); of != "" {
		return nil, nil, &NotRegularError{Path: path, Mode: st.Mode(), Of: of}
	}
	if beforeOpen != nil {
		beforeOpen(path)
	}
	f, err := os.OpenFile(path, flag&^os.O_CREATE|openFlags, perm)
	if errors.Is(err, fs.ErrNotExist) && flag&os.O_CREATE != 0 {
		return nil, nil, errReplaced // removed in between: made anew by the next try
	}
	if err != nil {
		return nil, nil, err
	}
	fi, err := checkOpened(f, path)
	if err == nil && !os.SameFile(st, fi) {
		f.Close()
		return nil, nil, errReplaced
	}
	return f, fi, err
}

// create makes the missing file at path with flag and perm.
func create(path string, flag int, perm fs.FileMode) (*os.File, fs.FileInfo, error) {
	excl := os.O_EXCL // never opens what another made in between
	if lst, err := os.Lstat(path); err == nil && lst.Mode()&fs.ModeSymlink != 0 {
		excl = 0 // a link to a file still to be made: O_EXCL would refuse it
	}
	f, err := os.OpenFile(path, flag|excl|openFlags, perm)
	if errors.Is(err, fs.ErrExist) {
		return nil, nil, errReplaced // made by another in between: look at it
	}
	if err != nil {
		return nil, nil, err
	}
	fi, err := checkOpened(f, path)
	return f, fi, err
}

// checkOpened returns what the open file f is if it is a regular file
// and not the kernel's, and closes it otherwise.
func checkOpened(f *os.File, path string) (fs.FileInfo, error) {
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = &NotRegularError{Path: path, Mode: fi.Mode()}
	}
	if err == nil {
		if of := openKernelFS(f); of != "" {
			err = &NotRegularError{Path: path, Mode: fi.Mode(), Of: of}
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return fi, nil
}

// ReadFile reads a regular file whole, as Open opens it, if it holds at
// most limit bytes; a larger one is refused with a *TooLargeError. The
// limit holds on the read too, not only on the size the system gives: a
// file may grow while it is read, and outside Linux a kernel's file
// (/proc says 0 bytes) may never end.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, fi, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi.Size() > limit {
		return nil, &TooLargeError{path, fi.Size(), limit}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{path, int64(len(data)), limit}
	}
	return data, nil
}
