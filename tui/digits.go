package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// font draws the countdown in half-block digits three rows high, readable
// from a yoga mat.
var font = map[rune][3]string{
	'0': {"█▀█", "█ █", "▀▀▀"},
	'1': {"▀█ ", " █ ", "▀▀▀"},
	'2': {"▀▀█", "█▀▀", "▀▀▀"},
	'3': {"▀▀█", " ▀█", "▀▀▀"},
	'4': {"█ █", "▀▀█", "  ▀"},
	'5': {"█▀▀", "▀▀█", "▀▀▀"},
	'6': {"█▀▀", "█▀█", "▀▀▀"},
	'7': {"▀▀█", "  █", "  ▀"},
	'8': {"█▀█", "█▀█", "▀▀▀"},
	'9': {"█▀█", "▀▀█", "▀▀▀"},
	':': {" ", "▀", "▀"},
}

// bigClock renders a clock such as "0:05" in the big font.
func bigClock(clock string, style lipgloss.Style) []string {
	var rows [3]strings.Builder
	for i, r := range clock {
		g, ok := font[r]
		if !ok {
			continue
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteByte(' ')
			}
			rows[j].WriteString(g[j])
		}
	}
	out := make([]string, 3)
	for j := range rows {
		out[j] = style.Render(rows[j].String())
	}
	return out
}
