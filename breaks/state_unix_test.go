//go:build unix

package breaks_test

import (
	"syscall"
	"testing"

	"github.com/backcoach/backcoach/breaks"
	"github.com/backcoach/backcoach/internal/nohang"
)

// fifo makes a named pipe at path, or skips the test.
func fifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
}

// WriteState never blocks on what it finds in its way: a named pipe
// where its temporary file goes is replaced, not opened.
func TestWriteStateDoesNotBlockOnANamedPipe(t *testing.T) {
	p := statePath(t)
	fifo(t, mkdir(t, p)+".42")
	var err error
	nohang.Within(t, "WriteState", func() { err = breaks.WriteState(p, breaks.State{PID: 42, State: "waiting"}) })
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
	nohang.Within(t, "ReadState", func() {
		if st, err := breaks.ReadState(p); err == nil {
			t.Errorf("ReadState of a named pipe = %+v, want an error", st)
		}
	})
	nohang.Within(t, "StateHeld", func() {
		if breaks.StateHeld(p) {
			t.Error("StateHeld of a named pipe")
		}
	})
	nohang.Within(t, "OwnState and Write", func() {
		if err := breaks.OwnState(p).Write(breaks.State{PID: 1}); err == nil {
			t.Error("Write with a named pipe for a lock: no error")
		}
	})
}
