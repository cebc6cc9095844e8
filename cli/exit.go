package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/backcoach/backcoach/internal/text/safetext"
)

// Exit codes.
const (
	ExitOK    = 0 // done, or quit by the user
	ExitInput = 1 // bad input: unknown routine, invalid file, a failed write
	ExitUsage = 2 // usage error, or no terminal
	// A run ended by a signal exits 128 + the signal's number.
)

// exitError is a command's failure with its exit code. Commands return
// it; Main alone prints it (the one "backcoach:" line) and turns it into
// the code, as gum's internal/exit does.
type exitError struct {
	code int
	err  error  // nil: already said (a signal, a list of problems)
	hint string // for a usage error: where to read more
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErr is a mistake in the command line: exit 2.
func usageErr(format string, args ...any) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf(format, args...)}
}

// inputErr is bad input (a file, a routine id) or a failure: exit 1.
func inputErr(err error) error { return &exitError{code: ExitInput, err: err} }

// silentExit ends with code, everything already said.
func silentExit(code int) error { return &exitError{code: code} }

// exitWith prints err as the one "backcoach:" line on stderr (with a
// hint after a usage error) and returns its exit code. Text from the
// command line or from files is shown escaped: it can hold anything.
func exitWith(stderr io.Writer, err error) int {
	if err == nil {
		return ExitOK
	}
	var e *exitError
	if !errors.As(err, &e) {
		e = &exitError{code: ExitInput, err: err}
	}
	if e.err != nil {
		fmt.Fprintf(stderr, "backcoach: %s\n", safe(e.err))
	}
	if e.hint != "" {
		fmt.Fprintln(stderr, e.hint)
	}
	return e.code
}

// warn says something on stderr that does not stop the command (a
// broken file skipped, no speech program): one "backcoach:" line. Text
// in args from files or the command line is the caller's to escape.
func warn(env Env, format string, args ...any) {
	fmt.Fprintf(env.Stderr, "backcoach: "+format+"\n", args...)
}

// safe is an error's text with control characters shown escaped, line by
// line: paths and flags typed or found on disk can hold anything.
func safe(err error) string {
	lines := strings.Split(err.Error(), "\n")
	for i, l := range lines {
		lines[i] = safetext.Escape(l)
	}
	return strings.Join(lines, "\n")
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
