//go:build e2e

package breaks

import "time"

// The end-to-end tests build backcoach with -tags e2e, so that a
// reminder of theirs rings in seconds instead of making every run wait
// a real minute; the floors themselves are tested in config and cli.
func init() {
	MinEvery = time.Second
	MinAgain = time.Second
}
