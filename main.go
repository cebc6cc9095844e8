// Command backcoach is a terminal coach for back stretches at your desk.
//
// main sets what is the whole process's (signals, the colour profile, GC
// and GOMAXPROCS), so that cli.Main, which the tests call, changes none
// of it.
package main

import (
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/backcoach/backcoach/cli"
	// Before bubbletea's init, which would otherwise query the terminal.
	_ "github.com/backcoach/backcoach/internal/terminal/termbg"
)

func main() {
	// A reader that goes away (backcoach list | head -1, or --plain's
	// lines) is an error on the write, which ends the command quietly
	// with exit 0, not a signal that kills it with 141 and leaves the
	// terminal as --plain's key mode set it.
	signal.Ignore(syscall.SIGPIPE)
	// NO_COLOR: what lipgloss draws itself (the history report) has no
	// colour; the coach draws bold still, through its own renderer.
	if os.Getenv("NO_COLOR") != "" {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	env := cli.OSEnv()
	env.TuneForCoaching = tuneForCoaching
	os.Exit(cli.Main(os.Args[1:], env))
}

// tuneForCoaching is the process's tuning for a countdown, from when the
// coach or a reminder starts: the commands that read the journal keep
// every core for its decoding.
func tuneForCoaching() {
	// The live heap is tiny and the program runs for minutes or all day:
	// collect a little more often, so memory stays near what is live
	// (about 1 MB of garbage, not the 4 MB Go allows by default).
	debug.SetGCPercent(25)
	// A countdown needs one core: with one, fewer threads wake each
	// second (0.037% of a core instead of 0.047% while a hold counts down).
	runtime.GOMAXPROCS(1)
}
