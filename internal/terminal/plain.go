package terminal

import (
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// RunPlain runs m without a screen, for --plain: the model's outputs (a
// cue.Printer among them) say what happens, a line an event; the keys and
// the timing are the same. Keys are read from in, unechoed and one by one
// when it is a terminal, and otherwise (a pipe, a file) line by line, its
// end read as ctrl+c (lineKeys). The signals end it as in Run, and so does gone
// being closed: the reader of the lines went away (as SIGPIPE, which
// main ignores, so that a write to a closed pipe fails instead of killing
// the program with the terminal left as keysMode set it).
func RunPlain(m tea.Model, in *os.File, gone <-chan struct{}) (tea.Model, error) {
	w := watch{gone: gone}
	var keys io.Reader = in
	if restore, err := keysMode(in); err == nil {
		defer restore()
		w.suspend, w.resume = restore, func() { _, _ = keysMode(in) }
	} else {
		keys = linesFrom(in)
	}
	p := tea.NewProgram(m, tea.WithoutRenderer(), tea.WithoutSignalHandler(), tea.WithInput(keys), tea.WithOutput(io.Discard))
	return runWatched(p, w)
}
