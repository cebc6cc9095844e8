//go:build !linux

package fsxtest

import "testing"

// NoTerminalMade skips t outside Linux: the terminals made are told by
// inotify.
func NoTerminalMade(t testing.TB, what string, f func()) {
	t.Helper()
	t.Skipf("%s: whether a terminal is made is told only on Linux", what)
}
