//go:build unix

package routines

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOpenCheckedDoesNotWaitOnAFIFO: the check after opening (for a file
// swapped in after the first look) opens without blocking and refuses
// what it opened.
func TestOpenCheckedDoesNotWaitOnAFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "x.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		f, _, err := openChecked(fifo)
		if f != nil {
			f.Close()
		}
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-timeout(t):
		// Let the blocked open go before failing.
		if w, werr := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); werr == nil {
			w.Close()
		}
		t.Fatal("openChecked waited on a FIFO")
	}
	var nr notRegular
	if !errors.As(err, &nr) || err.Error() != "not a regular file (a named pipe)" {
		t.Errorf("openChecked(FIFO) = %v, want not a regular file (a named pipe)", err)
	}
}

// timeout is a channel that is closed after 10 s: long past any open
// that does not block.
func timeout(t *testing.T) <-chan time.Time {
	t.Helper()
	return time.After(10 * time.Second)
}
