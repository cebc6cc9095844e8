//go:build unix

package journal

import "syscall"

// noWait makes opening a named pipe return at once instead of waiting for
// a writer; on a regular file it changes nothing.
const noWait = syscall.O_NONBLOCK
