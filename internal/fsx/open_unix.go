//go:build unix

package fsx

import "syscall"

// openFlags go with every open: O_NONBLOCK makes the open of a named pipe
// (one put in place of a file after it was looked at) return at once
// instead of waiting for a writer, O_NOCTTY keeps a terminal from becoming
// backcoach's controlling terminal, O_CLOEXEC keeps the file from the
// programs backcoach starts (os sets it too). On a regular file they
// change nothing.
const openFlags = syscall.O_NONBLOCK | syscall.O_NOCTTY | syscall.O_CLOEXEC

// createFlags go with the open that makes a temporary file: O_NOFOLLOW
// refuses a link put at its name (O_EXCL refuses one too, as it refuses
// anything there; this says it twice, on every system).
const createFlags = openFlags | syscall.O_NOFOLLOW
