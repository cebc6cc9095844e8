//go:build unix

package fsx

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/backcoach/backcoach/internal/nohang"
)

// fifo makes a named pipe at path, or skips the test; whatever happens, a
// reader blocked on it is let go at the end.
func fifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	t.Cleanup(func() {
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
}

// refused checks that err says path is not a regular file but kind.
func refused(t *testing.T, what string, err error, path, kind string) {
	t.Helper()
	var nr *NotRegularError
	if !errors.As(err, &nr) || !errors.Is(err, ErrNotRegular) || err.Error() != path+": not a regular file ("+kind+")" {
		t.Errorf("%s: %v, want %s: not a regular file (%s)", what, err, path, kind)
	}
}

// A named pipe is refused at once, to read or to append to: opening one
// to read waits for a writer, reading it waits for data.
func TestANamedPipeIsRefusedWithoutWaiting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "remind.json")
	fifo(t, path)
	nohang.Within(t, "ReadFile of a named pipe", func() {
		_, err := ReadFile(path, 1024)
		refused(t, "ReadFile", err, path, "a named pipe")
	})
	nohang.Within(t, "OpenFile of a named pipe to append", func() {
		_, _, err := OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
		refused(t, "OpenFile to append", err, path, "a named pipe")
	})
}

// A link to /dev/zero is refused: read, it never ends.
func TestALinkToDevZeroIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.Symlink("/dev/zero", path); err != nil {
		t.Fatal(err)
	}
	nohang.Within(t, "ReadFile of /dev/zero", func() {
		_, err := ReadFile(path, 1024)
		refused(t, "ReadFile", err, path, "a character device")
	})
}

// A regular file swapped for a named pipe after it was looked at is
// refused too, and the open does not wait on the pipe: the open file is
// looked at again.
func TestAFileSwappedForANamedPipeIsRefused(t *testing.T) {
	path := write(t, "journal.jsonl", "{}\n")
	hook(t, func(p string) {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
		fifo(t, p)
	})
	nohang.Within(t, "ReadFile of a file swapped for a named pipe", func() {
		_, err := ReadFile(path, 1024)
		refused(t, "ReadFile", err, path, "a named pipe")
	})
}

// A named pipe at the temporary file's name is passed over, never opened.
func TestWriteFileDoesNotWaitOnANamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo(t, filepath.Join(dir, "planted"))
	names(t, "planted")
	path := filepath.Join(dir, "remind.json")
	nohang.Within(t, "WriteFile", func() {
		if err := WriteFile(path, []byte("{}"), 0o600); err != nil {
			t.Error(err)
		}
	})
}
