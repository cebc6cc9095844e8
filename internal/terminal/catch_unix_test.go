//go:build unix

package terminal

import (
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// After Run the ending signals are ignored; CatchEnding catches them
// again: the first ends the wait (stop) and is the one release says, and
// after release they are ignored again. (Many signals at once are the
// e2e tests': TestRepeatedHangupsKeepTheLastRecord.)
func TestCatchEndingEndsTheWaitNotTheProgram(t *testing.T) {
	// As Run leaves them; and left so: a signal still on its way when
	// the test ends must not kill the test binary.
	signal.Ignore(ending...)
	stopped := make(chan struct{})
	release := CatchEnding(func() { close(stopped) })
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("SIGTERM did not end the wait")
	}
	if got := release(); got != syscall.SIGTERM {
		t.Errorf("release says %v, want SIGTERM, the first", got)
	}
	for _, s := range ending {
		if !signal.Ignored(s) {
			t.Errorf("%v is not ignored after release", s)
		}
	}
}
