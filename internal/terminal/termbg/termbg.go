// Package termbg tells lipgloss whether the terminal's background is dark
// without asking the terminal.
//
// Bubble Tea v1 asks in its package init (tea_init.go): it sends OSC 11 and
// a cursor-position query, then waits up to 5 s for an answer that a
// terminal which ignores the queries never sends. Setting the answer first
// skips the query. This package must be initialised before bubbletea: Go
// initialises ready packages in import-path order, and
// github.com/backcoach/... sorts before github.com/charmbracelet/bubbletea,
// so importing it (blank) from main is enough.
package termbg

import (
	"os"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

func init() {
	lipgloss.SetHasDarkBackground(Dark(os.Getenv("COLORFGBG")))
}

// Dark reads COLORFGBG ("15;0": light text on a dark background), which
// many terminals set; without it, a dark background is assumed.
func Dark(colorfgbg string) bool {
	parts := strings.Split(colorfgbg, ";")
	switch parts[len(parts)-1] {
	case "7", "15":
		return false
	}
	return true
}
