package cli

import (
	"errors"
	"fmt"
	"io"
	"syscall"
)

// output is a command's stdout, keeping its first failed write: the
// command prints freely and asks once, at the end, whether all of it went
// out.
type output struct {
	w   io.Writer
	err error
}

func newOutput(w io.Writer) *output { return &output{w: w} }

// Write writes to stdout until a write fails, then fails at once.
func (o *output) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// result is how a command that printed to o ends: nil when all of its
// output went out, and when a closed pipe stopped it (backcoach list |
// head -1: the reader has what it wanted); otherwise (a full disk, an I/O
// error) an error that says so, exit 1, so that a cut file is never taken
// for a whole one.
func (o *output) result() error {
	if o.err == nil || errors.Is(o.err, syscall.EPIPE) {
		return nil
	}
	return inputErr(fmt.Errorf("cannot write the output: %w", o.err))
}
