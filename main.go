// Command backcoach is a terminal coach for back stretches at your desk.
package main

import (
	"os"

	"github.com/backcoach/backcoach/cli"
	// Before bubbletea's init, which would otherwise query the terminal.
	_ "github.com/backcoach/backcoach/internal/terminal/termbg"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.OSEnv()))
}
