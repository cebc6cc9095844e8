package terminal

import (
	"os"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/windows"
)

// keysMode lets the program read keys one by one, unechoed, and ctrl+c as
// a key. The console's raw mode does just that and no more: it changes
// only the input's modes, so output processing stays on, as keysMode
// keeps it on Unix.
func keysMode(in *os.File) (restore func(), err error) {
	old, err := term.MakeRaw(in.Fd())
	if err != nil {
		return nil, err
	}
	return func() { _ = term.Restore(in.Fd(), old) }, nil
}

// flushInput drops the key presses the console holds that nobody has
// read.
func flushInput(fd uintptr) error {
	return windows.FlushConsoleInputBuffer(windows.Handle(fd))
}
