//go:build unix

package breaks_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/backcoach/backcoach/breaks"
)

// fifo makes a named pipe at path, or skips the test.
func fifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
}

// within runs f, and fails the test if it has not returned in a few
// seconds: what is tested is that it never blocks.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s blocked on a named pipe", what)
	}
}

// WriteState never blocks on what it finds in its way: a named pipe
// where its temporary file goes is replaced, not opened.
func TestWriteStateDoesNotBlockOnANamedPipe(t *testing.T) {
	p := statePath(t)
	fifo(t, mkdir(t, p)+".42")
	var err error
	within(t, "WriteState", func() { err = breaks.WriteState(p, breaks.State{PID: 42, State: "waiting"}) })
	if st, rerr := breaks.ReadState(p); err != nil || rerr != nil || st == nil || st.PID != 42 {
		t.Errorf("WriteState: %v; read back %+v, %v", err, st, rerr)
	}
}

// A state file or lock file that is a named pipe is refused at once:
// status never hangs on it, and a reminder does not take it.
func TestANamedPipeIsNoState(t *testing.T) {
	p := statePath(t)
	fifo(t, mkdir(t, p))
	fifo(t, p+".lock")
	within(t, "ReadState", func() {
		if st, err := breaks.ReadState(p); err == nil {
			t.Errorf("ReadState of a named pipe = %+v, want an error", st)
		}
	})
	within(t, "StateHeld", func() {
		if breaks.StateHeld(p) {
			t.Error("StateHeld of a named pipe")
		}
	})
	within(t, "OwnState and Write", func() {
		if err := breaks.OwnState(p).Write(breaks.State{PID: 1}); err == nil {
			t.Error("Write with a named pipe for a lock: no error")
		}
	})
}
