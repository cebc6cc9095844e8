//go:build unix

package terminal

import (
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// The signals of a new window size and of job control (ctrl+z).
var (
	sigWinch os.Signal = syscall.SIGWINCH
	sigTSTP  os.Signal = syscall.SIGTSTP
	sigCONT  os.Signal = syscall.SIGCONT
)

// canSuspend says that the program can be stopped and continued.
const canSuspend = true

// Suspend is a command that stops the program as ctrl+z would in a
// terminal that is not in raw mode: models return it for ctrl+z.
func Suspend() tea.Msg {
	_ = syscall.Kill(os.Getpid(), syscall.SIGTSTP)
	return nil
}

// stopSelf stops the process until a SIGCONT.
func stopSelf() { _ = syscall.Kill(os.Getpid(), syscall.SIGSTOP) }

// notifyResize sends sigWinch on c when the window changes size: the
// terminal signals it, so size is not needed. signal.Stop(c) ends it.
func notifyResize(c chan<- os.Signal, _ func() (int, int, error)) (stop func()) {
	signal.Notify(c, syscall.SIGWINCH)
	return func() {}
}
