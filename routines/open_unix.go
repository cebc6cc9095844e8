//go:build unix

package routines

import (
	"os"
	"syscall"
)

// openNoBlock opens a file for reading without waiting: O_NONBLOCK makes
// opening a FIFO return at once, O_NOCTTY keeps a terminal from becoming
// backcoach's controlling terminal. Reads of a regular file are not
// affected.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
