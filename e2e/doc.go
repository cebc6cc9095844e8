// Package e2e holds backcoach's end-to-end tests: they build the binary
// once, run it in a real pseudo-terminal (or with plain pipes for the
// commands that need no terminal), type keys at it, and check what it
// draws, its exit code, and that it leaves the terminal as it found it.
//
// They run on Linux only: they read the terminal's modes with Linux's
// ioctls. Other systems build the binary without them.
package e2e
