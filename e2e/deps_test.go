//go:build linux

package e2e

// The tests run a binary built from the module, which go test cannot see;
// importing its packages makes a change to them invalidate cached results.
import (
	_ "github.com/backcoach/backcoach/cli"
	_ "github.com/backcoach/backcoach/internal/terminal/termbg"
)
