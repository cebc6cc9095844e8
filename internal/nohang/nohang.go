// Package nohang is a test helper: it fails a test whose call blocks,
// as opening a named pipe or reading an endless file would.
package nohang

import (
	"testing"
	"time"
)

// Limit is how long a call may take before it counts as blocked: long
// enough for a loaded CI machine, short enough to fail a hang.
const Limit = 10 * time.Second

// Within runs f, and fails t if f has not returned within Limit: what is
// tested is that f never blocks on what it finds.
func Within(t testing.TB, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(Limit):
		t.Fatalf("%s still blocked after %v", what, Limit)
	}
}
