package terminal

import (
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// event stands for a signal Windows does not have, so that runWatched
// handles it as on Unix.
type event string

func (e event) String() string { return string(e) }
func (event) Signal()          {}

// Windows has no job control: nothing sends these but notifyResize, which
// sends sigWinch.
var (
	sigWinch os.Signal = event("window size changed")
	sigTSTP  os.Signal = event("stop")
	sigCONT  os.Signal = event("continue")
)

// canSuspend says that the program cannot be stopped and continued:
// Windows has no ctrl+z for console programs.
const canSuspend = false

// Suspend does nothing on Windows (see canSuspend): ctrl+z is a key
// there, and the countdown goes on.
func Suspend() tea.Msg { return nil }

// stopSelf is never called on Windows.
func stopSelf() {}

// resizePoll is how often the console's size is asked for. Windows tells
// of a new size only among the console's input events, which Bubble Tea
// reads only when it reads the console itself; here the program reads
// through Terminal.Input, so the size is asked for instead.
const resizePoll = 250 * time.Millisecond

// notifyResize sends sigWinch on c when size reports a new window size,
// until stop is called.
func notifyResize(c chan<- os.Signal, size func() (int, int, error)) (stop func()) {
	done := make(chan struct{})
	go func() {
		lastW, lastH, _ := size()
		tick := time.NewTicker(resizePoll)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			w, h, err := size()
			if err != nil || (w == lastW && h == lastH) {
				continue
			}
			lastW, lastH = w, h
			select {
			case c <- sigWinch:
			default: // one is waiting already: it asks for the size anew
			}
		}
	}()
	return func() { close(done) }
}
